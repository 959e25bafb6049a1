"""A story's key names: the names its articles give, counted by the articles naming them, as a reader who reads
no Dutch wants them — one entry per person, organisation or place, in English where a well-known name has an
English one (`english`). Split from `brief`, which lists them in a story's brief."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pipeline.stories.common_words import EVERYDAY_ALONE, PORTFOLIOS, is_common, without_function
from pipeline.stories.demonyms import is_demonym
from pipeline.stories.english import english_names, in_english
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import PARTICLES, TITLES
from pipeline.stories.names import strip_genitive
from pipeline.stories.places import place_terms
from pipeline.stories.rarity import NAME_PREFIX, share
from pipeline.stories.terms import stem

_DESCRIPTOR = re.compile(r"^[^\W\d_][\w.]*-[a-zà-ÿ][^-]*$")  # "Ferrari-coureurs", "Oud-tennisser": a noun, no name
EVERYDAY = 0.0006  # a word in this share of Dutch news articles (Zipf 3.5) is an everyday word: "Revolutie", "Unie"
_OUTLET_ARTICLES = ("de ", "het ", "the ")  # "de Volkskrant" is named "Volkskrant"
_ENGLISH_WORDS = frozenset({"the", "and", "for", "of"})  # "The" of "The Hague Centre": no name alone


def key_names(
    features: Sequence[ArticleFeatures], copies: Mapping[str, str | None], top: int = 8
) -> tuple[tuple[str, int], ...]:
    """Names counted by the articles naming them (copies not counted again), most named first, shown in English
    where `english` knows the name ("Londen" -> "London"). No key name: a people's name or an adjective
    ("Amerikanen", "Zwitser", "Russische": `demonyms`), the story's own outlets ("Volkskrant" in a Volkskrant
    story). An adjective in front of a name ("Oostenrijkse Bramberg") is left off when the name is named alone
    too, else the phrase stays ("Franse Revolutie"); a noun in front of a name ("Ferrari-coureurs Vettel",
    `_DESCRIPTOR`) and a title ("Secretary Antony Blinken", `lexicon.TITLES`, `untitled`) are left off; a one-word
    noun compound on a name is shown as that name when it is an abbreviation or named alone ("EU-top" -> "EU"), else
    left off ("Oud-minister"; `_compound_head`).
    A word of a two-part name whose other part is never named alone ("Biden" of "Joe Biden", "Zaken" of
    "Buitenlandse Zaken"), a surname written without its particles ("Vleuten" of "Annemiek van Vleuten"), a
    word of a longer key name ("Tour" of "Tour de France") and a compound of a key name ("Wimbledon-finale" of
    "Wimbledon") are shown as that name, with the larger count; a word two key names share ("Biden" of "Joe
    Biden" and "Hunter Biden") and a well-known place ("Oekraïne" of "Zelensky van Oekraïne") stay as they are.
    Two names side by side in a sentence ("dat Rusland Oekraïne binnenvalt") are no name: each is named alone
    too, and so are two names that Dutch particles join before an English "The" ("Patrick Bolder van het The
    Hague Centre": `_apart`); an English word alone ("The") is none. A name opening with an abbreviation the text
    writes after the same number every time is shown with it ("3FM Serious Request", `_numbered`); a key name ending
    another is one entry with it (`_tails_folded`). A story of
    several articles lists the names at least two of its articles give."""
    originals = [f for f in features if not copies.get(f.article_id)]
    listed = frozenset().union(*(f.names for f in originals))
    forms: dict[str, str] = {}
    for feature in originals:
        for name, form in feature.name_forms:
            forms.setdefault(name, form)
    named = [
        {p for n in f.names for part in _apart(n, forms) for p in _plains(part, listed, forms) if p} for f in originals
    ]
    counts, within = _counted(named)
    adjectives = {n: _without_adjective(n, counts, within) for n in counts}
    named = [{adjectives[n] for n in names} for names in named]
    counts, within = _counted(named)
    outlets = {_outlet_name(f.outlet) for f in features}
    places = frozenset().union(*map(place_terms, originals))
    lowered = frozenset(w for f in originals for w in f.lowered if stem(w) not in places)
    floor = 2 if len(originals) > 1 else 1  # a page briefed again, a wire text and its copies: one article
    shown: Counter[str] = Counter()
    for name, count in counts.items():
        if count < floor or is_demonym(name) or name in outlets or name in _ENGLISH_WORDS:
            continue
        if _side_by_side(name, counts, within):
            continue
        two_part = sorted(
            ((c, n) for n, c in counts.items() if n != name and _part_of(name, n, counts, within)),
            key=lambda cn: (-cn[0], cn[1]),
        )
        shown_as = two_part[0][1] if two_part and not _shared_surname(two_part, floor) else name
        if _common_word(shown_as, lowered):
            continue
        shown[shown_as] = max(shown[shown_as], count)
    shown = _folded(shown, forms)
    english: Counter[str] = Counter()
    before = _before(originals)
    for name, count in shown.items():
        written = _compound_head(name, forms, counts)
        if not written:
            continue
        display = _numbered(in_english(written), before.get(name.split()[0], Counter()))
        english[display] = max(english[display], count)
    ranked = sorted(_tails_folded(english).items(), key=lambda kv: (-kv[1], -len(kv[0].split()), kv[0]))
    return tuple(ranked[:top])


def _compound_head(name: str, forms: Mapping[str, str], named: Mapping[str, int]) -> str:
    """The key name as written — but a one-word noun compound on a name that no key name took in (`_folded`:
    "Wimbledon-finale" where "Wimbledon" is a key name) is shown as that name when it is one: an abbreviation
    ("EU-top" -> "EU") or a name an article gives alone (`named`); a compound on anything else ("Oud-minister",
    `_DESCRIPTOR`) is no name at all ("")."""
    written = _written(name, forms)
    if " " in name or name in english_names() or not _DESCRIPTOR.match(written):
        return written
    head = written.partition("-")[0]
    return head if (head.isupper() and len(head) > 1) or head.lower() in named else ""


def _apart(name: str, forms: Mapping[str, str]) -> tuple[str, ...]:
    """Two names where particles stand before an English "The" ("patrick bolder van het the hague centre" ->
    "patrick bolder", "the hague centre": "van het" is Dutch for "of the", no surname's particles); else the name."""
    words, written = name.split(), _written(name, forms).split()
    if len(written) != len(words):
        return (name,)
    for i in range(2, len(words)):
        if written[i] == "The" and words[i - 1] in PARTICLES:
            start = i - 1
            while start > 0 and words[start - 1] in PARTICLES:
                start -= 1
            return tuple(" ".join(part) for part in (words[:start], words[i:]) if part)
    return (name,)


def _tails_folded(shown: Counter[str]) -> Counter[str]:
    """A key name of two words or more that ends another ("Huis ten Bosch" of "Paleis Huis ten Bosch", "Serious
    Request" of "3FM Serious Request") is one entry with it: the one more articles name (the shorter on a tie)."""
    out = Counter(shown)
    for short in sorted(shown, key=len):
        longer = [n for n in out if n != short and n.endswith(" " + short)]
        if " " not in short or short not in out or len(longer) != 1:
            continue
        keep, drop = (short, longer[0]) if out[short] >= out[longer[0]] else (longer[0], short)
        out[keep] = max(out[keep], out.pop(drop))
    return out


def _before(features: Sequence[ArticleFeatures]) -> dict[str, Counter[str]]:
    """Each word of the articles' paragraphs, lowercased, with the words written right before it, counted."""
    out: dict[str, Counter[str]] = {}
    for feature in features:
        for words in feature.paragraphs:
            for previous, word in zip(("",) + words, words, strict=False):
                out.setdefault(strip_genitive(word), Counter())[previous] += 1  # "fm-dj" of "3FM-dj's"
    return out


def _numbered(display: str, before: Counter[str]) -> str:
    """An abbreviation's name with the number the articles write before it every time, twice or more ("3" of
    "3FM Serious Request", which `names` reads as a number and a name; not "PSV" once after a score "2-1"), glued:
    "3FM"; else the name."""
    if len(before) != 1 or before.total() < 2 or not (number := next(iter(before))).isdigit():
        return display
    return f"{number}{display}" if display.split()[0].isupper() else display


def _written(name: str, forms: Mapping[str, str]) -> str:
    """The name as its articles write it, or else word by word ("anna plichta" of "Poolse Anna Plichta")."""
    return forms.get(name) or " ".join(forms.get(word, word) for word in name.split())


def _counted(named: Iterable[set[str]]) -> tuple[Counter[str], Counter[str]]:
    """How many articles give each name, and how many times each word is named inside a longer name."""
    counts: Counter[str] = Counter()
    for names in named:
        counts.update(names)
    within: Counter[str] = Counter()
    for name, count in counts.items():
        for word in set(name.split()) if " " in name else ():
            within[word] += count
    return counts, within


def _plains(name: str, listed: frozenset[str], forms: Mapping[str, str]) -> tuple[str, ...]:
    """`plain`, and the ministry a title before a person names ("buitenlandse zaken" of "Buitenlandse Zaken Wopke
    Hoekstra": the article names the ministry too)."""
    name_plain = plain(name, listed, forms)
    head = name[: -len(name_plain) - 1] if name_plain and name.endswith(" " + name_plain) else ""
    if " " in head and all(w in PORTFOLIOS for w in head.split()):
        return name_plain, head
    return (name_plain,)


def plain(name: str, listed: frozenset[str], forms: Mapping[str, str]) -> str:
    """The name without a noun written in front of it ("Ferrari-coureurs Vettel" -> "vettel", as written:
    `forms`) and without titles (`untitled`)."""
    words = name.split()
    written = forms.get(name, name).split()
    if len(words) > 1 and len(written) == len(words) and _DESCRIPTOR.match(written[0]) and written[1][0].isupper():
        name = " ".join(words[1:])
    return without_function(untitled(name, listed))


def untitled(name: str, listed: frozenset[str]) -> str:
    """The name without the titles in front ("secretary antony blinken" -> "antony blinken") when that is
    a name of two words or more in `listed`; "" for a title alone ("secretary"); else the name. A name of
    one word is listed for every run holding it, so "General Motors" stays itself."""
    words = name.split()
    if all(word in TITLES for word in words):
        return ""
    start = 0
    while start < len(words) - 2 and words[start] in TITLES:
        start += 1
    while start > 0:
        if " ".join(words[start:]) in listed:
            return " ".join(words[start:])
        start -= 1
    return name


def _without_adjective(name: str, counts: Mapping[str, int], within: Mapping[str, int]) -> str:
    """ "poolse anna plichta" -> "anna plichta"; "oostenrijkse bramberg" -> "bramberg" (named alone too, or no
    everyday Dutch word: `EVERYDAY`); "franse revolutie", "europese unie" stay (the phrase is the name)."""
    first, _, rest = name.partition(" ")
    if not rest or not is_demonym(first):
        return name
    if " " in rest or _alone(rest, counts, within) or max(share(rest), share(stem(rest))) < EVERYDAY:
        return rest
    return name


def _common_word(name: str, lowered: frozenset[str]) -> bool:
    """A Dutch common word alone that the articles write in lower case too (`lowered`: "Kerst", "Veiligheid" of
    "Justitie en Veiligheid") or that is everyday Dutch (`EVERYDAY_ALONE`: "Mensen", "Misschien" opening a quote),
    not a place the articles write after "in" ("leiden" of "in Leiden"); a ministry's portfolio word alone
    ("Justitie"); never a well-known name `english` holds ("defensie")."""
    if " " in name or name in english_names():
        return False
    return name in PORTFOLIOS or (is_common(name) and (name in lowered or share(NAME_PREFIX + name) >= EVERYDAY_ALONE))


def _outlet_name(outlet: str) -> str:
    lowered = outlet.lower().strip()
    for article in _OUTLET_ARTICLES:
        if lowered.startswith(article):
            return lowered[len(article) :]
    return lowered


def _folded(shown: Counter[str], forms: Mapping[str, str]) -> Counter[str]:
    """A one-word key name folds into the one longer key name holding it ("tour" into "tour de france"), unless a
    well-known place; a compound of a key name ("Wimbledon-finale", as written) folds into that name."""
    out: Counter[str] = Counter()
    for name, count in shown.items():
        target = name
        head, dash, tail = _written(name, forms).partition("-")
        if " " not in name and dash and tail[:1].islower() and head.lower() in shown:
            target = head.lower()
        elif " " not in name and name not in english_names():
            longer = [n for n in shown if n != name and name in _parts(n) and _one_name(_written(n, forms))]
            target = longer[0] if len(longer) == 1 else name
        out[target] = max(out[target], count, shown.get(target, 0))
    return out


def _one_name(written: str) -> bool:
    """Every word capitalised but the particles ("Tour de France"; not "Easyjet het Kroatische Split")."""
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in written.split())


def _shared_surname(two_part: list[tuple[int, str]], floor: int) -> bool:
    """Two or more of the story's key names (named by `floor` articles) hold the word ("Joe Biden" and
    "Hunter Biden"): named alone, it may be either of them, and stays as it is."""
    return sum(1 for count, _ in two_part if count >= floor) > 1


def _parts(name: str) -> list[str]:
    return [w for w in name.split() if w not in PARTICLES]  # "Ursula von der Leyen": two parts


def _alone(word: str, counts: Mapping[str, int], within: Mapping[str, int]) -> bool:
    """The word is named on its own (more often than inside longer names)."""
    return counts.get(word, 0) > within.get(word, 0)


def _part_of(word: str, name: str, counts: Mapping[str, int], within: Mapping[str, int]) -> bool:
    """`word` is one part of the two-part `name`, and one of the two parts is never named alone; with
    words between the parts ("Zelensky van Oekraïne", "Raad van State") the word itself must be, or be a
    surname after a first name never named alone ("Vleuten" of "Annemiek van Vleuten": "Van Vleuten" opening
    a sentence is named "Vleuten"), no well-known place."""
    parts = _parts(name)
    if len(parts) != 2 or word not in parts:
        return False
    if len(name.split()) > 2:
        if word == parts[1] and not _alone(parts[0], counts, within) and word not in english_names():
            return True
        return not _alone(word, counts, within)
    return not all(_alone(p, counts, within) for p in parts)


def _side_by_side(name: str, counts: Mapping[str, int], within: Mapping[str, int]) -> bool:
    """Two names that met in a sentence ("dat Rusland Oekraïne binnenvalt"): each part is named alone."""
    parts = _parts(name)
    return len(parts) == 2 and all(_alone(p, counts, within) for p in parts)

"""The pure parts of a story's own brief: its central article (whose English title is the story's),
the summarizer's input (de-duplicated English lead sentences within the model's input limit, what
was left out listed), its key names counted across articles, its outlets and its timeline.

A single-article story stays light: its article's own title, no story summary input.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.stories.demonyms import is_demonym
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import PARTICLES, TITLES
from pipeline.stories.rank import StoryArticle

SAME_SENTENCE = 0.7  # word-set Jaccard above which two English lead sentences say the same
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class EnglishLead:
    """What the story brief reads of an article's bilingual brief: its English title and lead sentences."""

    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class SummarizerInput:
    text: str  # the sentences joined, one per line
    sentences: tuple[tuple[str, str], ...]  # (article id, sentence) in the order given
    left_out: tuple[tuple[str, str], ...]  # (article id, sentence) that did not fit: listed, never lost
    tokens: int


@dataclass(frozen=True)
class TimelineEntry:
    article_id: str
    outlet: str
    published: str  # ISO 8601
    duplicate_of: str | None  # "also published by": a copy of this article


@dataclass(frozen=True)
class StoryBrief:
    story_id: int
    title: str
    central_article: str
    single: bool  # a one-article story: its article's own title and summary stand
    summary_input: SummarizerInput | None
    key_names: tuple[tuple[str, int], ...]  # (name as written, articles naming it)
    outlets: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    numbers: frozenset[str]  # every number its articles print: a story summary's numbers are checked against these


def _vector(features: ArticleFeatures) -> dict[str, float]:
    vec = {t: 1.0 + math.log(w) for t, w in features.terms if not t.startswith("~")}
    length = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / length for t, v in vec.items()}


def central_article(features: Sequence[ArticleFeatures], copies: Mapping[str, str | None]) -> str:
    """The article most like the others (mean cosine of term vectors); copies are not candidates.
    Ties: the earliest, then the lowest id."""
    originals = [f for f in features if not copies.get(f.article_id)] or list(features)
    if len(originals) == 1:
        return originals[0].article_id
    vectors = {f.article_id: _vector(f) for f in features}

    def centrality(f: ArticleFeatures) -> float:
        mine = vectors[f.article_id]
        others = [vectors[g.article_id] for g in features if g.article_id != f.article_id]
        return sum(sum(v * o.get(t, 0.0) for t, v in mine.items()) for o in others) / len(others)

    return min(originals, key=lambda f: (-round(centrality(f), 9), f.published, f.article_id)).article_id


def _words(sentence: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(sentence))


def summarizer_input(
    order: Sequence[str],
    leads: Mapping[str, EnglishLead],
    limit: int,
    count_tokens: Callable[[str], int],
) -> SummarizerInput:
    """Lead sentences of the articles in `order` (central article first), taken round by round: every
    article's first sentence, then every second one...; a sentence that repeats one taken (word-set
    Jaccard >= SAME_SENTENCE) is dropped, a sentence that does not fit in `limit` tokens is left out
    (and listed)."""
    taken: list[tuple[str, str]] = []
    left_out: list[tuple[str, str]] = []
    seen: list[frozenset[str]] = []
    used = 0
    depth = max((len(leads[a].sentences) for a in order if a in leads), default=0)
    for round_ in range(depth):
        for article_id in order:
            lead = leads.get(article_id)
            if lead is None or round_ >= len(lead.sentences):
                continue
            sentence = lead.sentences[round_].strip()
            if not sentence:
                continue
            words = _words(sentence)
            if any(len(words & s) / max(1, len(words | s)) >= SAME_SENTENCE for s in seen):
                continue
            cost = count_tokens(sentence)
            if used + cost > limit:
                left_out.append((article_id, sentence))
                continue
            taken.append((article_id, sentence))
            seen.append(words)
            used += cost
    return SummarizerInput("\n".join(s for _, s in taken), tuple(taken), tuple(left_out), used)


def key_names(
    features: Sequence[ArticleFeatures], copies: Mapping[str, str | None], top: int = 8
) -> tuple[tuple[str, int], ...]:
    """Names counted by the articles naming them (copies not counted again), most named first; a
        people's name or a country's adjective ("Amerikanen", "Russische": `demonyms`) is no key name. A
        word of a two-part name whose other part is never named alone ("Biden" of "Joe Biden", "Zaken" of
        "Buitenlandse Zaken") is shown as that name, with the larger count (a surname of two of its key names,
    "Biden" of "Joe Biden" and "Hunter Biden", is shown as it is); two names side by side in a
        sentence ("dat Rusland Oekraïne binnenvalt") are no such name: each is named alone too. A story of
        several articles lists the names at least two of its articles give. A name with a title in front
        ("Secretary Antony Blinken", `lexicon.TITLES`) is the story's name without it, counted once per
        article (`untitled`); a title alone is no key name."""
    counts: Counter[str] = Counter()
    forms: dict[str, str] = {}
    originals = [f for f in features if not copies.get(f.article_id)]
    listed = frozenset().union(*(f.names for f in originals))
    for feature in originals:
        counts.update({plain for plain in (untitled(name, listed) for name in feature.names) if plain})
        for name, form in feature.name_forms:
            forms.setdefault(name, form)
    within: dict[str, int] = Counter()  # how many times a word is named inside a longer name
    for name, count in counts.items():
        for word in set(name.split()) if " " in name else ():
            within[word] += count
    floor = 2 if len(features) > 1 else 1
    shown: Counter[str] = Counter()
    for name, count in counts.items():
        if count < floor or is_demonym(name) or _side_by_side(name, counts, within):
            continue
        two_part = sorted(
            ((c, n) for n, c in counts.items() if n != name and _part_of(name, n, counts, within)),
            key=lambda cn: (-cn[0], cn[1]),
        )
        shown_as = two_part[0][1] if two_part and not _shared_surname(two_part, floor) else name
        shown[shown_as] = max(shown[shown_as], count)
    ranked = sorted(shown.items(), key=lambda kv: (-kv[1], -len(kv[0].split()), kv[0]))
    return tuple((forms.get(n, n), c) for n, c in ranked[:top])


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
    words between the parts ("Zelensky van Oekraïne", "Raad van State") the word itself must be."""
    parts = _parts(name)
    if len(parts) != 2 or word not in parts:
        return False
    if len(name.split()) > 2:
        return not _alone(word, counts, within)
    return not all(_alone(p, counts, within) for p in parts)


def _side_by_side(name: str, counts: Mapping[str, int], within: Mapping[str, int]) -> bool:
    """Two names that met in a sentence ("dat Rusland Oekraïne binnenvalt"): each part is named alone."""
    parts = _parts(name)
    return len(parts) == 2 and all(_alone(p, counts, within) for p in parts)


def story_brief(
    story_id: int,
    articles: Sequence[StoryArticle],
    features: Mapping[str, ArticleFeatures],
    leads: Mapping[str, EnglishLead],
    limit: int,
    count_tokens: Callable[[str], int],
) -> StoryBrief:
    """The story's brief, but for the summary itself (the summarizer writes it from `summary_input`)."""
    ordered = sorted(articles, key=lambda a: (a.published, a.article_id))
    copies = {a.article_id: a.duplicate_of for a in ordered}
    feats = [features[a.article_id] for a in ordered]
    central = central_article(feats, copies)
    single = sum(1 for a in ordered if not a.duplicate_of) <= 1
    summary = None
    if not single:
        order = [central] + [a.article_id for a in ordered if a.article_id != central and not a.duplicate_of]
        summary = summarizer_input(order, leads, limit, count_tokens)
    lead = leads.get(central)
    return StoryBrief(
        story_id=story_id,
        title=lead.title if lead else "",
        central_article=central,
        single=single,
        summary_input=summary,
        key_names=key_names(feats, copies),
        outlets=tuple(sorted({a.outlet for a in ordered})),
        timeline=tuple(TimelineEntry(a.article_id, a.outlet, a.published.isoformat(), a.duplicate_of) for a in ordered),
        numbers=frozenset().union(*(f.numbers for f in feats)) if feats else frozenset(),
    )

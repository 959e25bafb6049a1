"""The names of an article: runs of capitalised words ("Raad van State", "Fanil Sarvarov", "von der
Leyen"), lowercased, and each of their words; a sentence's first word counts only where the text
capitalises it elsewhere. Split from `features`, which reads an article's names through `names_of`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pipeline.stories.lexicon import (
    FIRST_NAMES_IN_STOPWORDS,
    NAME_STOPWORDS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    STOPWORDS,
)

_ARTICLES = frozenset(("de", "het", "een", "'t"))  # after a place preposition these end the place
HYPHEN_SYLLABLE = 3  # a name's word goes on after a hyphen with a syllable this long at most ("Kim Jong-un")

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’`-][^\W\d_]+)*")  # a number, or a word (inner ' and -)
_NOT_A_NAME = STOPWORDS | NAME_STOPWORDS | PARTICLES


def strip_genitive(word: str) -> str:
    for suffix in ("'s", "’s", "`s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def sentences(text: str) -> list[list[tuple[str, bool]]]:
    """Tokens per sentence, each with whether only a space separates it from the one before (a name
    never runs over punctuation: "Femke Wiersma (BBB)" is not one name)."""
    out: list[list[tuple[str, bool]]] = []
    for chunk in re.split(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])|\n+", text):
        toks: list[tuple[str, bool]] = []
        end = None
        for m in TOKEN.finditer(chunk):
            joined = end is not None and chunk[end : m.start()] in (" ", "\u00a0")
            toks.append((m.group(), joined))
            end = m.end()
        if toks:
            out.append(toks)
    return out


def _is_capitalised(tok: str) -> bool:
    return (tok[0].isupper() and not tok.isupper()) or (tok.isupper() and len(tok) > 1 and tok.isalpha())


def _shouted(toks: list[tuple[str, bool]]) -> bool:
    """A sentence in capitals throughout ("GEEN KOP", a printed paper's headline): its capitals say little."""
    words = [t for t, _ in toks if t[0].isalpha()]
    return len(words) >= 2 and all(w.isupper() for w in words)


def capitalised(sentences: list[list[tuple[str, bool]]]) -> frozenset[str]:
    """The words the text writes capitalised ("Deventer"), not opening a sentence, outside its sentences
    in capitals."""
    return frozenset(
        t for toks in sentences if not _shouted(toks) for t, _ in toks[1:] if t[:1].isupper() and t[1:].islower()
    )


def _unshouted(toks: list[tuple[str, bool]], written: frozenset[str]) -> list[tuple[str, bool]]:
    """A sentence in capitals in lower case, but for the words that may be names: one after a place
    preposition ("BRAND IN DEVENTER", a particle after it taken along: "IN DEN HAAG", not an article) and one the text
    writes capitalised elsewhere; they keep a capital ("Deventer")."""
    out: list[tuple[str, bool]] = []
    after_place = False
    for tok, joined in toks:
        word = tok.lower()
        if word in PLACE_PREPOSITIONS:
            out.append((word, joined))
            after_place = True
            continue
        name = word[:1].upper() + word[1:]
        keep = (after_place and word not in _ARTICLES) or name in written
        out.append((name if keep else word, joined))
        after_place = after_place and word in PARTICLES and word not in _ARTICLES
    return out


def names_of(
    sentences: list[list[tuple[str, bool]]], openers: list[str] | None = None, written: frozenset[str] | None = None
) -> dict[str, str]:
    """Runs of capitalised words (particles allowed inside; a hyphenated syllable, `_name_with_hyphen`),
    lowercased, and each of their words. The first word of a sentence counts only if the text also
    capitalises it elsewhere ("Landbouwminister
    Femke Wiersma" gives "femke wiersma", "femke", "wiersma"); a run of 2-3 words that lost it that
    way ("Bram Verhoeven zegt ...") is added to `openers`, lowercased, whole (for `actors`). A sentence
    in capitals gives only the words after a place preposition and those the text (`written`, by
    default these sentences: see `capitalised`) writes capitalised elsewhere (`_unshouted`)."""
    if written is None:
        written = capitalised(sentences)
    inner: set[str] = set()
    runs: list[tuple[list[str], bool, bool]] = []  # (words, opens its sentence, is the whole sentence)
    for toks in sentences:
        if _shouted(toks):
            toks = _unshouted(toks, written)
        i = 0
        while i < len(toks):
            tok = toks[i][0]
            if not _is_capitalised(tok):
                i += 1
                continue
            run = [tok]
            j = i + 1
            while j < len(toks) and toks[j][1]:
                nxt = toks[j][0]
                if nxt[0].isupper() and (nxt.isalpha() or _name_with_hyphen(nxt)):
                    run.append(nxt)
                    j += 1
                    continue
                k = _particles_end(toks, j)  # "von der Leyen", "van den Bosch", "de la Rúa"
                if k == j:
                    break
                run.extend(t for t, _ in toks[j:k])
                j = k
            runs.append((run, i == 0, i == 0 and j == len(toks)))
            if i > 0:
                inner.update(w.lower() for w in run)
            i = j
    names: dict[str, str] = {}
    for run, at_start, whole in runs:
        words = [strip_genitive(w) for w in run]
        if at_start and words[0].lower() not in inner and not (whole and _full_name(words)):
            first = words[0].lower()  # a person's first name may be a stopword ("Ben Hermans zegt ...")
            if (
                openers is not None
                and (1 < len(words) <= 3 or _particled(words))
                and (first not in _NOT_A_NAME or first in FIRST_NAMES_IN_STOPWORDS)
            ):
                openers.append(" ".join(words).lower())
            words = words[1:]
        # a lower-case particle left in front goes ("van" of "Inwoners van Den Haag"); a capitalised one
        # is the name's own ("Den Haag", "De Bilt", "Van der Laan")
        while words and (words[0].lower() in NAME_STOPWORDS or (words[0].islower() and words[0] in PARTICLES)):
            words = words[1:]
        while words and words[-1].lower() in PARTICLES:
            words = words[:-1]
        if not words:
            continue
        for w in words:
            if len(w) >= 3 and w.lower() not in _NOT_A_NAME:
                names.setdefault(w.lower(), w)
        if len(words) > 1:
            names.setdefault(" ".join(words).lower(), " ".join(words))
    return names


def headline_opener(title: str, names: Mapping[str, str]) -> str | None:
    """The headline's first word, lowercased, when it is written as a name ("Koeman looft Van de Beek")
    but `names_of` left it out (a sentence's first word counts only where the text capitalises it
    elsewhere, and a short text may name its subject only up front): not a stopword, particle or
    word of under three letters, not a word in capitals. Whether it is a name the window tells (see
    `cluster.assign`)."""
    first = next(iter(TOKEN.findall(title)), "")
    word = strip_genitive(first)
    if len(word) < 3 or not word.isalpha() or not (word[0].isupper() and word[1:].islower()):
        return None
    lower = word.lower()
    return None if lower in _NOT_A_NAME or lower in names else lower


def _name_with_hyphen(word: str) -> bool:
    """A word of a name: a capitalised part, a hyphen and a lower-case syllable of at most `HYPHEN_SYLLABLE`
    letters ("Jong-un" of "Kim Jong-un", "Jae-in"), which goes on with the name before it; not a compound of a
    name ("Ajax-fans", "PSV-trainer": a word after the hyphen)."""
    head, _, tail = word.partition("-")
    return head.isalpha() and tail.isalpha() and tail.islower() and len(tail) <= HYPHEN_SYLLABLE


def _particled(words: list[str]) -> bool:
    """A first word, up to three name particles and one capitalised word: a person's full name with its particles
    ("Mathieu van der Poel heeft ...", four words), an opener as a run of 2-3 words is."""
    return 3 < len(words) <= 5 and all(w in PARTICLES for w in words[1:-1]) and words[-1][:1].isupper()


def _full_name(words: list[str]) -> bool:
    """A sentence that is only a first word, a name particle and a capitalised word is a full name
    ("Hans van Manen" as a headline over an obituary). Only the whole sentence: where a sentence goes on,
    its capitalised first word is as often a group of people of a place ("Inwoners van Den Haag
    protesteren …", "Fans van Ajax …") — that name then counts when the text capitalises it elsewhere."""
    first = words[0].lower()
    return len(words) > 2 and words[1].lower() in PARTICLES and first not in _NOT_A_NAME


def _particles_end(toks: list[tuple[str, bool]], j: int) -> int:
    """Where a run of up to three name particles starting at `j` ends, when a capitalised word
    joined by spaces follows it (so the particles belong inside a name); else `j`."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k][1] and toks[k][0].lower() in PARTICLES:
        k += 1
    if k > j and k < len(toks) and toks[k][1] and toks[k][0][0].isupper():
        return k
    return j

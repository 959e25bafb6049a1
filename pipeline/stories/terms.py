"""The story terms of a word, and the extra terms a compound word gives.

A word's term is the Snowball stem of the lowercased word (a stopword gives none), a number's is the number
normalised ("1.200" and "1200" agree). A compound gives more, beside its own term: the first letters of a
long word ("embryo" of "embryowet": `add_prefix`), each part of a name made of names ("Visma" of
"Jumbo-Visma": `add_name_parts`) and the head of a hyphenated compound ("mestplan" of "BBB-mestplan":
`add_head`). `features.extract` counts them for an article.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.stories.exonyms import dutch
from pipeline.stories.lexicon import NAME_PART_SKIP, STOPWORDS
from pipeline.stories.names import strip_genitive as _strip_genitive

PREFIX_LETTERS = 5
PREFIX_FROM = 6  # words of at least this many letters give a prefix term
PREFIX_WEIGHT = 0.7
PART_WEIGHT = 0.5  # a part of a name made of names ("Visma" of "Jumbo-Visma") is a term this much, once ...
PART_MIN = 3  # ... when it has this many letters ("EU" of "EU-baas", "AI" of "AI-bedrijf" say little)
# ... and no part is a compass, institution or prefix word (lexicon.NAME_PART_SKIP)
HEAD_WEIGHT = 1.0  # the lower-case last part of a hyphenated compound is a term this much, once (`add_head`)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # small, pure Python; only the story stage needs it

    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def normalise_number(token: str) -> str:
    """'1.200' and '1200' agree; '2,5' becomes '2.5'."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return token.replace(".", "")
    return token.replace(",", ".")


def add_prefix(counts: Counter[str], token: str, weight: float) -> None:
    """Dutch writes compounds as one word ("embryowet", "kamermeerderheid", "stikstofdoelen"): the
    first letters of a long word are a term of their own, at lower weight, so "embryo" meets
    "embryowet" and "Kamer" meets "Kamermeerderheid"."""
    if token[0].isalpha() and len(token) >= PREFIX_FROM:
        counts["~" + token[:PREFIX_LETTERS].lower()] += weight * PREFIX_WEIGHT


def add_name_parts(counts: Counter[str], token: str, weight: float) -> None:
    """A name made of names ("Jumbo-Visma", "Visma-Lease") is a term of its own for each part too,
    beside the whole word's term, so the team meets the text that names it alone: only where every
    part is capitalised ("PSV-trainer", "rapport-Wennink", "btw-verhoging" are a thing of a name, and
    their parts would pull every such compound together), not where a part is a compass or
    institution word ("Noord-Gaza", "Kabinet-Schoof", "Oud-PSV'er": `NAME_PART_SKIP`), and for parts of
    `PART_MIN` letters or more ("EU", "AI" say little). A lower-case tail goes first ("Jumbo-Visma-ploegbaas"
    names "Jumbo-Visma"). Each part counts once per text, at its heaviest (a headline's), times
    `PART_WEIGHT`: the whole word's term counts each time already, and a text that names the team
    throughout would otherwise be pulled to any story of the team (review26c's probes)."""
    parts = token.split("-")
    while parts and not parts[-1][:1].isupper():
        parts.pop()  # a thing of the name: "Jumbo-Visma-ploegbaas" names "Jumbo-Visma"
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return
    if any(p.lower() in NAME_PART_SKIP for p in parts):
        return
    for part in parts:
        term = term_of(part) if len(part) >= PART_MIN else None
        if term:
            counts[term] = max(counts[term], weight * PART_WEIGHT)


def add_head(counts: Counter[str], token: str, weight: float) -> None:
    """Dutch compounds are right-headed: a hyphenated compound ("BBB-mestplan", "EU-baas",
    "D-day-veteraan", "principe-akkoord") names a kind of its last part, so that part, written in lower
    case, is a term too, beside the whole word's term: the plan meets the text that writes "mestplan",
    the new boss the text that calls her "de nieuwe baas". Once per text, at its heaviest (a
    headline's), as the word written alone once; parts of `PART_MIN` letters or more. A capitalised last
    part is a name ("rapport-Wennink", "Noord-Gaza": see `add_name_parts`) and gives none."""
    parts = token.split("-")
    if len(parts) < 2 or not parts[-1][:1].islower() or len(parts[-1]) < PART_MIN:
        return
    term = term_of(parts[-1])
    if term:
        counts[term] = max(counts[term], weight * HEAD_WEIGHT)


def term_of(token: str) -> str | None:
    """The story term of a token: a stem, a number ('#2500'), or nothing for a stopword."""
    if token[0].isdigit():
        number = normalise_number(token)
        return "#" + number if len(number) >= 2 else None
    word = dutch(_strip_genitive(token).lower())
    if len(word) < 2 or word in STOPWORDS:
        return None
    return stem(word)

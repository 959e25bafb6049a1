"""A name an edited cut writes another way than its original (`copy_checks.names_its_own`): "Istanboel" for
"Istanbul", "Zurich" for "Zürich", "Hendry" for "Henry" — the Dutch exonym of a foreign place, a transliteration, a
slip. The cut names nothing new: put the original's spelling in its place and the words around it are the original's
words (its shingles inside the original's opening). An agency's template filled in again for another place changes the
place and keeps the words around it too, but the other place is spelled otherwise ("Ede" for "Deventer"), and a road
("A12" for "A1") sits among other changed words ("bij Ede"): more than half of the shingles around the name stay
apart."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from pipeline.stories.openings import hashes_around, opening_of
from pipeline.stories.store import Signature

ALIKE = 0.75  # two names spelled alike: this SequenceMatcher ratio of their letters (Istanboel/Istanbul: 0.94)
MIN_LETTERS = 4  # ... each at least this long (a road number, an initial: never respelled)


def respelled(name: str, paragraphs: Sequence[tuple[str, ...]], known: Iterable[str], original: Signature) -> bool:
    """Is the one-word `name` of the cut (of its `paragraphs`) one of the `known` names (the original's story's)
    written another way: spelled alike (`ALIKE`), and with that name in its place more than half of the cut's shingles
    holding it inside the `original`'s opening (at least one)?"""
    if " " in name or len(name) < MIN_LETTERS:
        return False
    inside = opening_of(original.values)
    if not inside:
        return False
    for other in known:
        if " " in other or len(other) < MIN_LETTERS or SequenceMatcher(None, name, other).ratio() < ALIKE:
            continue
        around = [h for para in paragraphs for h in hashes_around(_put(para, name, other), other)]
        if around and 2 * sum(h in inside for h in around) > len(around):
            return True
    return False


def _put(para: tuple[str, ...], name: str, other: str) -> tuple[str, ...]:
    return tuple(other if word == name else word for word in para)

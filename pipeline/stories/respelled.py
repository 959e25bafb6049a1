"""A name an edited cut writes another way than its original (`copy_checks.names_its_own`): "Istanboel" for
"Istanbul" (the Dutch exonym), "Zurich" for "Zürich" (an accent dropped). The cut names nothing new: the two spell
alike (`spelling`), and with the original's spelling put in its place the words around it are the original's words
(its shingles inside the original's opening). Two places a letter or two apart ("Heerde" beside "Heerlen", "Emmer"
beside "Emmen", "Horn" beside "Hoorn", "West-Vlaanderen" beside "Oost-Vlaanderen": an agency's template filled in
again) never spell alike, nor a German "ü" beside a Dutch "oe" ("Lünen" beside "Loenen"); and a name spelled alike
among words of the cut's own is another item's."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from pipeline.stories.openings import hashes_around, opening_of
from pipeline.stories.store import Signature


def spelling(name: str) -> str:
    """A (lower-case) name's letters without accents, "oe" read as "u": the Dutch spelling of a foreign place
    ("istanboel", "oeganda") and the international one ("istanbul", "uganda") read alike."""
    return _plain(name).replace("oe", "u")


def _umlaut_as_oe(name: str, other: str) -> bool:
    """Does one name write "ü" where the other writes "oe": German Lünen beside Dutch Loenen, two places (Dutch writes
    a foreign "u" as "oe", a foreign "ü" as "u" or "ü", never as "oe")?"""
    return _plain(name) != _plain(other) and _plain(name.replace("ü", "oe")) == _plain(other.replace("ü", "oe"))


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def respelled(name: str, paragraphs: Sequence[tuple[str, ...]], known: Iterable[str], original: Signature) -> bool:
    """Is the one-word `name` of the cut (of its `paragraphs`) one of the `known` names (the original's story's)
    written another way: spelled alike (`spelling`), and with that name in its place more than half of the cut's
    shingles holding it inside the `original`'s opening (at least one)?"""
    inside = opening_of(original.values)
    if " " in name or not inside:
        return False
    for other in known:
        if other == name or " " in other or spelling(other) != spelling(name) or _umlaut_as_oe(name, other):
            continue
        around = [h for para in paragraphs for h in hashes_around(_put(para, name, other), other)]
        if around and 2 * sum(h in inside for h in around) > len(around):
            return True
    return False


def _put(para: tuple[str, ...], name: str, other: str) -> tuple[str, ...]:
    return tuple(other if word == name else word for word in para)

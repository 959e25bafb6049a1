"""Release marks (`events`): `release:calibre` for a headline that is a program's name and its version ("Calibre
3.41.2", "MongoDB 4.0.9 / 3.6.12", "Threema 4.2.1 for iOS"), the way a download site lists the day's updates. Two
such items of two programs are two events however alike their template words ("Versie ... is uitgekomen", "de
changelog"), and so are a release and a story that holds none (a program's update is no other news of its maker);
the versions of one program the same morning share its name and stay one story (stop 46)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import clash_of

NAME_WORDS = 4  # a program's name of at most this many words
# a name's last word that makes the number after it a time ("Persconferentie om 19.00", "Stremming A2 tot 16.30")
TIME_WORDS = frozenset(["om", "tot", "vanaf", "sinds", "rond", "na", "voor", "tussen", "op", "per", "van", "tegen"])
# a version: numbers joined by dots, two at least ("3.41", "9.6.40"); not a number written with a thousands dot
# ("5.000") nor a date ("12.05.2019"); after it nothing, or another version or platform ("/ 3.6.12", "_ 3.0.0", "for iOS", "bèta")
_RELEASE = re.compile(
    rf"^\W*(?P<name>[^\W\d][\w+#&'-]*(?:\s+[\w+#&'-]+){{0,{NAME_WORDS - 1}}})\s+v?(?!\d+\.\d{{3}}\b)(?!\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d\b)\d+(?:\.\d+){{1,3}}[a-z]?"
    r"(?:\s*$|\s*[_/(|]|\s+(?:for|voor|en|and|beta|bèta|rc\d*|build)\b)",
    re.IGNORECASE,
)


def marks(title: str) -> frozenset[str]:
    """`release:<name>` when the headline is a program's name and version."""
    found = _RELEASE.match(title.strip())
    if not found or found["name"].split()[-1].lower() in TIME_WORDS:
        return frozenset()
    return frozenset({f"release:{found['name'].lower()}"})


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Releases of two programs, or a release and a story holding none."""
    return clash_of(article, story, "release")

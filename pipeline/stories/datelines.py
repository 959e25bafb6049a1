"""Headline datelines (`events`): `at:zwolle` for each place a headline opens on before a dash ("Heemskerk - Straatroof:
getuigen gezocht", "Emmen, Zwolle - Diefstal rugtas in trein", "Capelle aan den IJssel - Wie heeft de camera
gevonden?"). A police feed or a regional desk writes one such item per case; two items whose headlines each open on
places and share none tell of two cases (a street robbery in one town and one in the next), however alike the words
of the kind (`getuigen gezocht`). A later item on one case names its place again ("Zwolle - Verdachte aangehouden").

A dateline is one or more capitalised names (with the particles of a place's name between their words: "Bergen op
Zoom"), joined by commas, "en" or an underscore, then a dash written with spaces, then a sentence (a word in lower case
after it); no name's first word a Dutch word (`common_words.is_common`: "Gezocht - Mannen op straat mishandeld",
"Analyse - ...", "Live - ..." open on no place): not a match's sides ("Ajax - PSV 2-1", no sentence), and where both
headlines name one match's sides (`sides`: "PSV - Ajax: Bosz boos" beside "Ajax - PSV: ..."), no clash."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.common_words import is_common
from pipeline.stories.mark_kinds import apart, of_kind

KIND = "at"
_PARTICLES = r"(?:aan|den|de|op|in|bij|van|upon|sur|le|la)"
_PLACE = rf"[A-Z][\w'.-]*(?:[ \t]+(?:{_PARTICLES}|[A-Z][\w'.-]*))*"
_JOIN = r"(?:\s*[,_/&]\s*|\s+en\s+)"
_DATELINE = re.compile(rf"^\s*({_PLACE}(?:{_JOIN}{_PLACE})*)\s+[-–]\s+(\S.*)$")
_SPLIT = re.compile(_JOIN)
_LOWER = re.compile(r"(?<![\w'-])[a-zà-ÿ][\w'-]*")


def marks(title: str) -> frozenset[str]:
    """The places the headline opens on before a dash and a sentence, as `at:zwolle`."""
    found = _DATELINE.match(title)
    if not found or not _LOWER.search(found.group(2)):
        return frozenset()
    places = [place.lower() for place in _SPLIT.split(found.group(1)) if place]
    if any(is_common(place.split(" ")[0]) for place in places):
        return frozenset()  # a word, no place: "Gezocht - ...", "Analyse - ...", "Live - ..."
    return frozenset(f"{KIND}:{place}" for place in places)


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both headlines open on places and none is shared, and no match's sides are shared (`sides`' `match` marks)."""
    article, story = set(article), set(story)
    if not apart(article, story, KIND):
        return False
    return not of_kind(article, "match") & of_kind(story, "match")

"""Road marks (`events`): `road:a28` for each motorway or provincial road a headline names ("Twee doden bij
ongeluk op A28 bij Staphorst", "N34 dicht na botsing"). Two reports whose headlines each name a road, and no road
in common, tell of two events on one morning's roads (a crash on the A1 near Deventer and one on the A28); a report
that names the story's road beside another ("File op A1 en A28 na ongeluk") shares one and stays with it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import apart

# a Dutch road number as headlines write it: a capital A or N and one to three digits, as a word of its own
# ("A28", "N 34" is not written); not a paper size or a grade after a digit or a letter ("2A4", "DA1")
_ROAD = re.compile(r"(?<![\w-])([AN])(\d{1,3})(?![\w-])")


def marks(title: str) -> frozenset[str]:
    """The roads the headline names, as `road:a28`."""
    return frozenset(f"road:{letter.lower()}{int(number)}" for letter, number in _ROAD.findall(title))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both headlines' sides name roads and none in common: two events on two roads."""
    return apart(article, story, "road")

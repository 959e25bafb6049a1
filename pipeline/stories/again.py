"""Again, on another day: "Weer ongeluk met vrachtwagen op A12 bij Ede" ("Op de A12 bij Ede is
woensdagochtend een vrachtwagen gekanteld") beside Monday's report of the same spot, told in the same
words by the same agency ("maandagochtend"). The headline says it happened again (the mark `again`,
`events`); the time of the event in the lead's first sentence says when: another day is another event.

A weekday with a part of the day ("woensdagochtend", "maandagnacht") in the first sentence of the lead
gives a mark `when:<weekday>` (`DAY_PARTS`); a plain weekday is often the day of a step of the story ("De
politie heeft woensdag een man aangehouden"), not of its event, and is left to `dates`. An article marked
`again` whose `when` marks share none of the story's is another event (`clash`); one naming the story's
day too ("woensdagochtend opnieuw aangehouden voor de brand van maandagnacht") is not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.lexicon import WEEKDAYS
from pipeline.stories.mark_kinds import apart

DAY_PARTS = ("ochtend", "morgen", "middag", "avond", "nacht")
_WHEN = re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:{'|'.join(DAY_PARTS)})\b", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s")


def marks(lead: str) -> frozenset[str]:
    """`when:<weekday>` for each weekday with a part of the day in the lead's first sentence."""
    first = _FIRST_SENTENCE.split(lead.strip(), maxsplit=1)[0]
    return frozenset(f"when:{day.lower()}" for day in _WHEN.findall(first))


_DAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:{'|'.join(DAY_PARTS)})?\b", re.IGNORECASE)


def day_marks(lead: str) -> frozenset[str]:
    """`day:<weekday>` for each weekday, with a part of the day or without, in the lead's first sentence: the day
    of its event or of the step it tells, which a copy repeats (read by `copy_checks` only; a rewrite that says
    "gisteren" gives none)."""
    first = _FIRST_SENTENCE.split(lead.strip(), maxsplit=1)[0]
    return frozenset(f"day:{day.lower()}" for day in _DAY.findall(first))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """The article says it happened again, at another time of day than any the story gives."""
    article = set(article)
    return "again" in article and apart(article, story, "when")

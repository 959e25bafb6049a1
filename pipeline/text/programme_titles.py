"""A programme's dated title under the page's date stamp (issue 21, head50): a broadcaster's bulletin page
("Nieuws 25/07/2018 - 18:31" over "TVL Nieuws, 25 juli 2018" over the bulletin's items) prints the programme's name
and the day it was broadcast as its title. Read alone, "<name>, <date>" is a place's dateline ("Eindhoven, 14 maart
2023"); directly under a date stamp of the same day (a date line, or set aside), it is the title: a page gives its
date once. The name has two words at least (a place's name of one word, under a stamp, stays a dateline) and names
a programme: a broadcaster's word (PROGRAMME_WORDS: "Drenthe Vandaag", "Omroep Gelderland") or a station's letters
("TVL Nieuws", "L1 …"; in a name not all in capitals); a place's name of two words or more ("Den Haag, 25 juli 2018",
"DEN HAAG, …", "Bergen op Zoom, …") under a stamp of that day is the article's dateline (review50).
Used by pipeline.text.lead_in_titles when no other rule found a headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.dutch_rules import MONTH_NAME_GROUP, MONTHS, vocabulary

_WORDED = rf"(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAME_GROUP})\s+(?P<year>\d{{4}})"  # "25 juli 2018"
NAMED_DATE = re.compile(rf"^(?P<name>(?-i:[A-ZÀ-Ý])[^,.!?:;]{{1,40}}?),\s+{_WORDED}$", re.IGNORECASE)
NAME_MIN_WORDS = 2
# a programme's name holds a broadcaster's word, or a station's letters: capitals together or a letter and a figure
PROGRAMME_WORDS = vocabulary(
    """
    nieuws journaal vandaag actueel omroep tv radio fm bulletin update uitzending editie weekoverzicht magazine
    """
)
_STATION_LETTERS = re.compile(r"[A-Z]{2,}(?![a-z])|\b[A-Za-z]+\d|\b\d+[A-Za-z]")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_WORDED_DATE = re.compile(rf"\b{_WORDED}\b", re.IGNORECASE)


def _day(text: str) -> tuple[int, int, int] | None:
    """(day, month, year) of the first date in `text`, written in figures or with the month's name."""
    if found := _NUMERIC_DATE.search(text):
        return int(found[1]), int(found[2]), int(found[3])
    if found := _WORDED_DATE.search(text):
        return _named_day(found)
    return None


def programme_title(blocks: Sequence[Block]) -> int | None:
    """The index of a programme's dated title under the page's date stamp (the module docstring), or None."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT][:2]
    first = blocks[kept[0]] if kept else None
    if len(kept) == 2 and first.kind is BlockKind.DATELINE and not NAMED_DATE.match(first.text.strip()):
        kept = kept[1:]  # the stamp read as a date line, not set aside
    if not kept or kept[0] == 0 or blocks[kept[0]].kind is not BlockKind.DATELINE:
        return None
    title = kept[0]
    found = NAMED_DATE.match(blocks[title].text.strip())
    if found is None or len(found["name"].split()) < NAME_MIN_WORDS or not _programme(found["name"]):
        return None
    return title if _day(blocks[title - 1].text) == _named_day(found) else None


def _programme(name: str) -> bool:
    """The name before the date names a programme, not a place (the module docstring)."""
    words = [w.strip("-'’").casefold() for w in name.split()]
    letters = not name.isupper() and _STATION_LETTERS.search(name) is not None  # "DEN HAAG": a place in capitals
    return letters or any(w in PROGRAMME_WORDS for w in words)


def _named_day(found: re.Match[str]) -> tuple[int, int, int]:
    return int(found["day"]), MONTHS.index(found["month"].casefold()) + 1, int(found["year"])

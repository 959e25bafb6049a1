"""Market reports: the close of the exchange is told every day in the same words ("De AEX sloot
dinsdag 0,8 procent lager", "Beleggers wachten af"), so the whole texts of Monday's and Thursday's
reports are alike, yet each day's close is a story of its own.

A headline or lead that names the exchange or its index (`INDEX_WORDS`: "AEX", "Damrak", "de
Europese beurzen"), or a headline about the investors or the exchange (`HEADLINE_WORDS`: "Beleggers
wachten af"), gives a mark `market:<day>`, the day of publication; market reports of different days
are different stories (`clash`), as forecasts are (`weather.forecast`). A market report and a story that holds none,
or a company's news and a story of market reports, are two events too (stop 46: "Damrak wacht op banencijfer VS"
names the Vivat deal among its movers; the deal's own reports, and an analyst's note on one share, are not the
day's close)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.stories.mark_kinds import clash_of

INDEX_WORDS = frozenset(
    ["aex", "aex-index", "damrak", "beurzen", "aandelenmarkten", "hoofdindex", "amx", "midkap", "beursgraadmeter"]
)
HEADLINE_WORDS = frozenset(["beleggers", "beurs", "beursdag", "beursweek", "aandelenbeurs"])
_WORD = re.compile(r"[^\W\d_][\w-]*")


def marks(title: str, lead: str, day: date) -> frozenset[str]:
    """`market:<day>` when the headline or lead names the exchange's index, or the headline its investors."""
    head = set(_WORD.findall(title.lower()))
    if INDEX_WORDS & (head | set(_WORD.findall(lead.lower()))) or HEADLINE_WORDS & head:
        return frozenset({f"market:{day.isoformat()}"})
    return frozenset()


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both are market reports, and of no common day; or one is a market report and the other no market report
    (a story's marks are its articles': a story holding a market report is one)."""
    return clash_of(article, story, "market")

"""Readers' letters numbered in their headlines ("Brief 1 ’…’", "Brief 2: ’…’"): a newspaper's letters page, on one
theme, posted by one outlet within minutes. `marks` gives such a letter the mark `letters` (a bare kind, as `roundup`:
its outlet and time are the article's, and `letter_pages` reads them there); the stories such letters join are merged
by `letter_pages`."""

from __future__ import annotations

import re

KIND = "letters"
# "Brief 1 ’…’", "Brief 2: ’…’", "Brief 3:’…’": a numbered letter whose own headline follows in quotes (one run of
# spaces on each side of the colon: linear on a long hostile line, where `\s*:?\s*` was quadratic)
NUMBERED = re.compile(r"^\s*brief\s+\d{1,2}\s*(?::\s*)?[’‘'\"“”„]", re.IGNORECASE)


def marks(title: str, outlet: str | None) -> frozenset[str]:
    """The mark of a numbered letter (none without an outlet: the page is one outlet's)."""
    return frozenset([KIND]) if outlet and NUMBERED.match(title) else frozenset()

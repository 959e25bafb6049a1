"""Readers' letters numbered in their headlines ("Brief 1 ’…’", "Brief 2: ’…’"): a newspaper's letters page, on one
theme, posted by one outlet within minutes. `marks` gives such a letter the mark `letters:<outlet>@<minute>` (the
minute since the epoch it was posted); `one_page` says an article and a story hold letters of one page. The stories
they join are merged by `letter_pages`."""

from __future__ import annotations

import re
from datetime import datetime

from pipeline.stories.store import StoryState

KIND = "letters"
# "Brief 1 ’…’", "Brief 2: ’…’", "Brief 3:’…’": a numbered letter whose own headline follows in quotes (one run of
# spaces on each side of the colon: linear on a long hostile line, where `\s*:?\s*` was quadratic)
NUMBERED = re.compile(r"^\s*brief\s+\d{1,2}\s*(?::\s*)?[’‘'\"“”„]", re.IGNORECASE)


def marks(title: str, outlet: str | None, published: datetime) -> frozenset[str]:
    """The mark of a numbered letter posted by `outlet` (none without an outlet: the page is one outlet's)."""
    if not outlet or not NUMBERED.match(title):
        return frozenset()
    return frozenset([f"{KIND}:{outlet}@{int(published.timestamp() // 60)}"])


def posted(marks_: tuple[str, ...] | frozenset[str]) -> list[tuple[str, int]]:
    """(outlet, minute) of each letter mark."""
    out = []
    for mark in marks_:
        if mark.startswith(KIND + ":"):
            outlet, _, minute = mark[len(KIND) + 1 :].rpartition("@")
            out.append((outlet, int(minute)))
    return out


def one_page(article: tuple[str, ...] | frozenset[str], story: StoryState, minutes: float) -> bool:
    """The story holds a numbered letter of an outlet the article is a numbered letter of, posted within `minutes`."""
    theirs = posted(story.marks)
    return any(o == p and abs(m - n) <= minutes for o, m in posted(article) for p, n in theirs)

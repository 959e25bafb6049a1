"""One outlet's posts at one moment (`duplicates`, `copy_checks`): which of two came first is not known.

A site posts one item in several sections at the same minute (AD's feed: three posts of one court report, a
name corrected in one; Volkskrant's one interview under two quote headlines), and posts its first flash and the
same text with sentences of news added at one time too. For two such posts the text alone tells: of a size
(neither more than `rewrite_ratio` times the other's shingles), the same item again, whatever its headline or a
name corrected in it, or one a short sentence longer (`together_line`: blind47's AD "SEC in Soest"); one grown by
sentences of news is the update of the other, whichever the order of the feed (the copy check reads later texts as
cuts or re-posts of earlier ones), unless the other is a short post it grows below (blind41's Janie H., two sentences
added: one text, `copy_align.grown_at_once`, STORIES_CONVENTIONS rule 6a). A time of exactly midnight is read as a
date (a printed paper's day: its articles of that day are not one moment)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import Protocol

from pipeline.stories.store import Signature


class Post(Protocol):
    outlet: str
    published: datetime


def posted_together(a: Post, b: Post) -> bool:
    """Did one outlet post the two at the same moment (a time of day, not a date's midnight)?"""
    if a.outlet != b.outlet or a.published != b.published:
        return False
    return not at_midnight(a.published)


def at_midnight(when: datetime) -> bool:
    """A time of exactly midnight: a printed paper's date, not a moment of the day (the module docstring)."""
    return when.time() == time(0, 0)


def of_a_size(a: Signature, b: Signature, ratio: float) -> bool:
    """Is neither more than `ratio` times the other's shingles (no paragraph or sentences of news added)?"""
    return max(a.shingles, b.shingles) <= ratio * min(a.shingles, b.shingles)


def grown_together(article: Signature, candidates: Sequence[Signature], ratio: float, line: int = 0) -> set[str]:
    """The candidates (ids) its outlet posted at the article's moment, one of the two grown by sentences of news
    (not `of_a_size`, and by more than `line` shingles: one short sentence added is the same item posted twice): the
    flash and its update, neither a copy of the other."""
    return {
        c.article_id
        for c in candidates
        if posted_together(article, c)
        and not of_a_size(article, c, ratio)
        and abs(article.shingles - c.shingles) > line
    }

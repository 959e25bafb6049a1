"""The days a Dutch text names: a day and month ("28 december"), a weekday ("dinsdag", the nearest) or a
relative day ("gisteren"), resolved against the publication date (see `features`); and the hours
between an article and a story's span (`gap_hours`, and `day_gap_hours` where the sources gave dates only)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TypeVar

from pipeline.stories.lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS
from pipeline.text.dutch_rules import LETTER_WORD

_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
# a day and month further than this from the publication is background, not the news's day ("het proces
# begint op 9 maart" read in June: blind8's MH17 reports, kept from their story as naming another day;
# 14 lets unrelated reports of one week agree)
NEAR_DAYS = 31
# a weekday is the nearest day of that name: at most this many days back, else the coming one ("Oranje speelt
# donderdag" read on Wednesday is tomorrow, not six days ago: a report of last week names the week or the date)
WEEK_BACK = 3
D = TypeVar("D", date, datetime)


def named_days(text: str, published: date) -> frozenset[date]:
    """The days the text names near its publication (a day and month at most `NEAR_DAYS` from it; a weekday
    the nearest day of that name, `WEEK_BACK`)."""
    found: set[date] = set()
    for day_s, month_s in _DAY_MONTH.findall(text):
        month = MONTHS[month_s.lower()]
        year = published.year
        # "28 december" read on 2 January is last year's
        if month - published.month > 6:
            year -= 1
        elif published.month - month > 6:
            year += 1
        try:
            day = date(year, month, int(day_s))
        except ValueError:
            continue
        if abs((day - published).days) <= NEAR_DAYS:
            found.add(day)
    for word in LETTER_WORD.findall(text.lower()):
        if word in RELATIVE_DAYS:
            found.add(earlier(published, timedelta(days=-RELATIVE_DAYS[word])))
        elif word in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS[word]) % 7
            found.add(earlier(published, timedelta(days=back if back <= WEEK_BACK else back - 7)))
    return frozenset(found)


def earlier(when: D, span: timedelta) -> D:
    """`when - span`, held at the ends of the calendar: a caller's time near year 1 or 9999 (a zero time
    passed on unchecked) must not fail the article (the store then evicts nothing, a day falls on the end)."""
    try:
        return when - span
    except OverflowError:
        end = type(when).min if span > timedelta(0) else type(when).max
        return end.replace(tzinfo=when.tzinfo) if isinstance(when, datetime) else end


def gap_hours(published: datetime, first_seen: datetime, last_seen: datetime) -> float:
    """Hours between an article and a story's span (0 within it), as the times say: a time of
    midnight is a time (a night item, a feed item of 01:00 CET in UTC), never a whole day."""
    if published >= last_seen:
        return (published - last_seen).total_seconds() / 3600
    if published < first_seen:
        return (first_seen - published).total_seconds() / 3600
    return 0.0


def day_gap_hours(
    published: datetime, first_seen: datetime, last_seen: datetime, dated: bool, first_dated: bool, last_dated: bool
) -> float:
    """`gap_hours`, a day less (not below 0) where the article and the end of the story's span it is
    measured to both gave a date only (`dated`; `first_dated`, `last_dated`: see `StoryState`): two
    printed papers of consecutive days may tell news of the same evening. Only where the sources said
    so (`ArticleText.timed`): a time of midnight is a time (a night item, a feed item of 01:00 CET in UTC),
    and a dated paper against a timed item is measured as the times say (the paper's news is older than
    its date, never younger)."""
    gap = gap_hours(published, first_seen, last_seen)
    if not dated or gap == 0.0:
        return gap
    if (published >= last_seen and last_dated) or (published < first_seen and first_dated):
        return max(0.0, gap - 24.0)
    return gap


def dated_end(seen: datetime, dated: bool, published: datetime, timed: bool, first: bool) -> bool:
    """Whether the first (`first`) or last end of a story's span, at `seen` and a date only when `dated`,
    is a date only once an article `published` (`timed`: with a time of day) joins: the article's own when it
    moves that end; at the same time, a date only while no article there gave a time."""
    if published == seen:
        return dated and not timed
    moves = published < seen if first else published > seen
    return not timed if moves else dated


def days_agree(article: frozenset[date], story: frozenset[date]) -> bool | None:
    """Whether the days an article and a story name say one event: True when they share one, False when both
    name days and none is the same or next to one of the other's (two matches of one club, two trials), None
    when a side names none or their days are neighbours (a report of the evening and one of the next morning,
    "gisteravond" and "vandaag"; an announcement and what followed the next day): neither agree nor clash."""
    if not article or not story:
        return None
    if article & story:
        return True
    near = any(day + timedelta(days=step) in story for day in article for step in (-1, 1))
    return None if near else False

"""The days a Dutch text names: a day and month ("28 december"), a weekday ("dinsdag") or a
relative day ("gisteren"), resolved against the publication date (see `features`); and the hours
between an article and a story (`gap_hours`), where a date without a time stands for its whole day."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from pipeline.stories.lexicon import MONTHS, RELATIVE_DAYS, WEEKDAYS

_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def named_days(text: str, published: date) -> frozenset[date]:
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
            found.add(date(year, month, int(day_s)))
        except ValueError:
            continue
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word in RELATIVE_DAYS:
            found.add(published + timedelta(days=RELATIVE_DAYS[word]))
        elif word in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS[word]) % 7
            found.add(published - timedelta(days=back))
    return frozenset(found)


def day_only(moment: datetime) -> bool:
    """A time of exactly midnight: a date without a time (a printed paper's, a label's "2015-06-17")."""
    return moment.hour == 0 and moment.minute == 0 and moment.second == 0 and moment.microsecond == 0


def gap_hours(published: datetime, first_seen: datetime, last_seen: datetime, day_hours: float) -> float:
    """Hours between an article and a story's span (0 within it), less `day_hours` where either side
    is a date without a time (`day_only`): a printed paper's article of 18 June may tell the news of
    the evening before or of that day, so it is known to within a day, and one of the next day's
    paper is no later day than a web article an hour on."""
    if published >= last_seen:
        gap, dated = (published - last_seen).total_seconds() / 3600, day_only(last_seen)
    elif published < first_seen:
        gap, dated = (first_seen - published).total_seconds() / 3600, day_only(first_seen)
    else:
        return 0.0
    if day_hours and (dated or day_only(published)):
        return max(0.0, gap - day_hours)
    return gap

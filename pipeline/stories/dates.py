"""The days a Dutch text names: a day and month ("28 december"), a weekday ("dinsdag") or a
relative day ("gisteren"), resolved against the publication date (see `features`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

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

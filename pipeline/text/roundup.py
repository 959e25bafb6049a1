"""A news round-up's opening frame (page_rules.ROUNDUP_*): the presenter's greeting, today's date and "this is
the news in Zeeland", set aside as "greeting" when it makes a whole edge paragraph of the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import page_rules as rules

_GREETING = re.compile(rules.ROUNDUP_GREETING, re.IGNORECASE)
_DATE = re.compile(rules.ROUNDUP_DATE, re.IGNORECASE)
_NEWS = re.compile(rules.ROUNDUP_NEWS, re.IGNORECASE)


def _announces(sentence: str) -> bool:
    if _NEWS.match(sentence):
        return True
    dated = _DATE.match(sentence)
    return bool(dated and dated["news"] and _NEWS.match(dated["news"].strip() + "."))


def roundup_opening(sentences: Sequence[str]) -> bool:
    """Every sentence is a greeting, today's date or an announcement of the news; one announces it and one greets
    or gives the date (the date and the announcement may share a sentence: "Het is 3 maart en dit is het nieuws")."""
    stripped = [" ".join(s.split()) for s in sentences]
    if not stripped or not any(_announces(s) for s in stripped):
        return False
    if not any(_GREETING.match(s) or _DATE.match(s) for s in stripped):
        return False
    return all(_GREETING.match(s) or _DATE.match(s) or _announces(s) for s in stripped)

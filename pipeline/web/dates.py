"""When a page says it was published: with clock time and zone when it states them (meta tags,
JSON-LD, <time datetime>, a Dutch "Gepubliceerd: 12 november 2015 12:07" line), as ISO 8601."""

from __future__ import annotations

import json
import re
from datetime import datetime

from pipeline.text.dutch_rules import MONTHS

_PUBLISHED_LINE = re.compile(
    r"(?:gepubliceerd|geplaatst|publicatie)\s*:?\s*(?:op\s+)?(\d{1,2}) ("
    + "|".join(MONTHS)
    + r") (\d{4}),?\s+(?:om\s+)?(\d{1,2})[:.](\d{2})",
    re.I,
)
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date")


def published_time(tree, visible_text: str) -> str | None:
    """The publication time with clock time and zone when the page states one (meta tags, JSON-LD,
    <time datetime>), as ISO 8601; None when only a date or nothing is given."""
    if tree is None:
        return None
    candidates: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_KEYS and meta.get("content"):
            candidates.append(meta.get("content"))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        candidates += _json_ld_dates(script.text or "")
    candidates += [t.get("datetime") for t in tree.iter("time") if t.get("datetime")]
    for candidate in candidates:
        if parsed := _iso_with_time(candidate):
            return parsed
    return _dutch_published_line(visible_text)


def _dutch_published_line(text: str) -> str | None:
    """ "Gepubliceerd: 12 november 2015 12:07" (as NU.nl writes it), in Dutch/Belgian local time."""
    match = _PUBLISHED_LINE.search(text)
    if not match:
        return None
    from zoneinfo import ZoneInfo

    day, month, year, hour, minute = match.groups()
    local = datetime(int(year), MONTHS.index(month.lower()) + 1, int(day), int(hour), int(minute))
    return local.replace(tzinfo=ZoneInfo("Europe/Amsterdam")).isoformat()


def _json_ld_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack += list(item.values())
        elif isinstance(item, list):
            stack += item
    return found


def _iso_with_time(value: str) -> str | None:
    value = value.strip()
    if "T" not in value and " " not in value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.isoformat()

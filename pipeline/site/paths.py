"""Where each page lives in the site folder; ids and dates become file names only when they are safe."""

from __future__ import annotations

import hashlib
import re
from datetime import date

SITE_FOLDER = "site"  # the site is OUT/site/ (brief site build, the daily flow)
_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def safe_name(identifier: str) -> str:
    """`identifier` as a file name: kept when it is plain letters, digits, - and _; else a hash of it
    (never a path, a dot file or a name two ids could share by accident)."""
    if _SAFE.fullmatch(identifier):
        return identifier
    return "x-" + hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def valid_date(day: str) -> str:
    """An ISO date (YYYY-MM-DD) or ValueError naming the bad value."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return date.fromisoformat(day).isoformat()
    except ValueError:
        pass
    raise ValueError(f"day {day!r} is not a date (YYYY-MM-DD)")


def article_path(key: str) -> str:
    return f"articles/{safe_name(key)}.html"


def story_path(story_id: str) -> str:
    return f"stories/{safe_name(story_id)}.html"


def day_path(day: str) -> str:
    return f"days/{valid_date(day)}.html"


FRONT = "index.html"
SEARCH = "search.html"
STYLE = "static/site.css"
SEARCH_SCRIPT = "static/search.js"

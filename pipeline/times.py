"""An ISO 8601 time as outside input gives it (a page's or feed item's publication time, a front
matter `date`, a brief's `created_at`): parsed once, here, for the catalog and the story desk alike.
A time without a zone counts as UTC (the zone every time is stored and compared in); one that does
not parse is None, never an error."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_time(value: object) -> datetime | None:
    """`value` as an aware datetime in UTC, or None when it is not an ISO 8601 date or time."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)

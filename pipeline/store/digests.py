"""The day's digest on disk (OUT/digest-DAY.md); which briefs and failures belong to the day is
kept in the catalog (pipeline.catalog.days). A run with nothing new leaves the file untouched. A
day is an ISO date and nothing else: it becomes part of a file name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pipeline.errors import SettingsError
from pipeline.store.files import write_if_changed

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def valid_day(day: str) -> str:
    """`day` if it is an ISO date (YYYY-MM-DD); SettingsError otherwise."""
    try:
        if _ISO_DAY.fullmatch(day):
            return date.fromisoformat(day).isoformat()
    except (TypeError, ValueError):
        pass
    raise SettingsError(f"day {day!r} is not a date — use YYYY-MM-DD, e.g. 2026-02-12")


def digest_path(out_dir: Path, day: str) -> Path:
    return out_dir / f"digest-{valid_day(day)}.md"


def save_digest(out_dir: Path, day: str, text: str) -> tuple[Path, bool]:
    """Write the day's digest; nothing is written when it is unchanged.
    Returns (digest path, whether anything was written)."""
    path = digest_path(out_dir, day)
    return path, write_if_changed(path, text)

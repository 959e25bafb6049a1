"""The day's digest on disk: a small JSON manifest beside the Markdown keeps the day's entries
and failures, so several runs on one day add up, and a run with nothing new leaves both files
untouched. A day is an ISO date and nothing else: it becomes part of a file name."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from pathlib import Path

from pipeline.document import DigestEntry, DigestFailure
from pipeline.errors import SettingsError
from pipeline.store.files import write_atomic

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


def manifest_path(out_dir: Path, day: str) -> Path:
    return out_dir / f".digest-{valid_day(day)}.json"


def load_day(out_dir: Path, day: str) -> tuple[list[DigestEntry], list[DigestFailure]]:
    """The day's entries and failures so far (none if the manifest is missing or unreadable)."""
    path = manifest_path(out_dir, day)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = [DigestEntry(**item) for item in data["entries"]]
        failures = [DigestFailure(**item) for item in data.get("failures", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return [], []
    return entries, failures


def save_digest(
    out_dir: Path, day: str, entries: list[DigestEntry], failures: list[DigestFailure], text: str
) -> tuple[Path, bool]:
    """Write the day's digest and its manifest; nothing is written when the digest is unchanged.
    Returns (digest path, whether anything was written)."""
    path = digest_path(out_dir, day)
    try:
        if path.read_text(encoding="utf-8") == text:
            return path, False
    except OSError:
        pass
    manifest = {"entries": [asdict(e) for e in entries], "failures": [asdict(f) for f in failures]}
    write_atomic(manifest_path(out_dir, day), json.dumps(manifest, ensure_ascii=False, indent=1))
    write_atomic(path, text)
    return path, True

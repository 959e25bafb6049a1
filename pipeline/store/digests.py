"""The day's digest on disk (OUT/digest-DAY.md); which briefs and failures belong to the day is
kept in the catalog (pipeline.catalog.days). A run with nothing new leaves the file untouched. A
day is an ISO date and nothing else: it becomes part of a file name.

The file ends with the day's record, an HTML comment Markdown viewers do not show: the day's
briefs (file, cache key, source) and failures (source, reason), from which `brief catalog rebuild`
restores the day exactly — the digest's text cannot tell it: a story lists its articles of earlier
days too, and links no wire copy."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.errors import SettingsError
from pipeline.store.files import write_if_changed
from pipeline.times import iso_day

_RECORD = re.compile(r"^<!-- dutch-brief day: (\{.*\}) -->$", re.MULTILINE)


def valid_day(day: str) -> str:
    """`day` if it is an ISO date (YYYY-MM-DD, pipeline.times.iso_day); SettingsError otherwise."""
    try:
        return iso_day(day)
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


def digest_path(out_dir: Path, day: str) -> Path:
    return out_dir / f"digest-{valid_day(day)}.md"


def save_digest(out_dir: Path, day: str, text: str) -> tuple[Path, bool]:
    """Write the day's digest; nothing is written when it is unchanged.
    Returns (digest path, whether anything was written)."""
    path = digest_path(out_dir, day)
    return path, write_if_changed(path, text)


def with_day_record(text: str, entries: Sequence[DigestEntry], failures: Sequence[DigestFailure]) -> str:
    """The digest's `text` with the day's record of `entries` and `failures` at its end."""
    record = {
        "briefs": [[e.brief, e.key, e.source_name] for e in entries],
        "failures": [[f.source_name, f.message] for f in failures],
    }
    data = json.dumps(record, ensure_ascii=False, separators=(",", ":")).replace(
        "--", "-\\u002d"
    )  # no "--" in a comment
    return f"{text.rstrip(chr(10))}\n\n<!-- dutch-brief day: {data} -->\n"


def read_day_record(text: str) -> tuple[list[DigestEntry], list[DigestFailure]] | None:
    """The day's briefs (title and summary left empty) and failures from a digest's record; None
    for a digest without one (written before the record, or by hand)."""
    match = _RECORD.search(text)
    if match is None:
        return None
    try:
        record = json.loads(match.group(1))
        entries = [DigestEntry("", "", str(f), str(s), str(k)) for f, k, s in record.get("briefs") or []]
        failures = [DigestFailure(str(s), str(m)) for s, m in record.get("failures") or []]
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    return entries, failures

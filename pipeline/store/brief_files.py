"""A brief file read back: its front matter (JSON scalars, one key a line) and its body — what
the catalog is rebuilt from and feed.xml shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.document import FORMAT


@dataclass(frozen=True)
class BriefFile:
    path: Path
    front: dict[str, object]
    body: str  # the Markdown after the front matter

    @property
    def summary(self) -> str:
        _, _, rest = self.body.partition("## Summary\n\n")
        return rest.split("\n\n## ", 1)[0].strip()

    def when(self, key: str) -> datetime | None:
        value = self.front.get(key)
        if not isinstance(value, str) or not value:
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_brief_file(path: Path) -> BriefFile | None:
    """A brief's front matter (JSON scalars, one key a line) and body; None for any other file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("---\n") or "\n---\n" not in text:
        return None
    head, body = text[4:].split("\n---\n", 1)
    front: dict[str, object] = {}
    for line in head.splitlines():
        key, sep, value = line.partition(": ")
        if sep:
            try:
                front[key] = json.loads(value)
            except ValueError:
                continue
    return BriefFile(path, front, body) if front.get("format") == FORMAT else None

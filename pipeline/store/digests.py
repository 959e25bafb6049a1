"""The day's digest on disk: a small JSON manifest beside the Markdown keeps the day's entries,
so several runs on one day add up, and a run with nothing new leaves both files untouched."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from pipeline.document import DigestEntry
from pipeline.store.files import write_atomic


def digest_path(out_dir: Path, day: str) -> Path:
    return out_dir / f"digest-{day}.md"


def manifest_path(out_dir: Path, day: str) -> Path:
    return out_dir / f".digest-{day}.json"


def load_entries(out_dir: Path, day: str) -> list[DigestEntry]:
    path = manifest_path(out_dir, day)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [DigestEntry(**item) for item in data["entries"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def save_digest(out_dir: Path, day: str, entries: list[DigestEntry], text: str) -> tuple[Path, bool]:
    """Write the day's digest and its manifest; nothing is written when the digest is unchanged.
    Returns (digest path, whether anything was written)."""
    path = digest_path(out_dir, day)
    try:
        if path.read_text(encoding="utf-8") == text:
            return path, False
    except OSError:
        pass
    write_atomic(
        manifest_path(out_dir, day), json.dumps({"entries": [asdict(e) for e in entries]}, ensure_ascii=False, indent=1)
    )
    write_atomic(path, text)
    return path, True

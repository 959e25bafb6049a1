"""The daily digest: one Markdown page listing the day's briefs (title, summary, link) and the
articles that could not be briefed. Framework-free; the daily flow calls it.

A small JSON manifest beside the digest keeps the day's entries, so several runs on one day add
up, and a run with nothing new leaves both files untouched.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.cache import write_atomic
from pipeline.render import escape_markdown


@dataclass(frozen=True)
class DigestEntry:
    title: str
    summary: str
    brief: str  # the brief's file name, relative to the digest
    source_name: str
    key: str


@dataclass(frozen=True)
class DigestFailure:
    source_name: str
    message: str


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


def render_digest(day: str, entries: list[DigestEntry], failures: list[DigestFailure]) -> str:
    lines = [f"# Dutch news briefing — {day}", ""]
    count = f"{len(entries)} article{'s' if len(entries) != 1 else ''} briefed"
    if failures:
        count += f"; {len(failures)} could not be briefed"
    lines += [f"_{count}._", ""]
    for entry in entries:
        lines += [f"## [{escape_markdown(entry.title) or 'Untitled'}]({_link(entry.brief)})", ""]
        lines += [escape_markdown(entry.summary) or "_No summary._", ""]
        lines += [f"_Source: {escape_markdown(entry.source_name)}_", ""]
    if failures:
        lines += ["## Not briefed", ""]
        for failure in failures:
            lines.append(f"- {escape_markdown(failure.source_name)}: {escape_markdown(failure.message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _link(name: str) -> str:
    return "<" + name.replace("<", "%3C").replace(">", "%3E") + ">"


def update_digest(
    out_dir: Path, day: str, new_entries: list[DigestEntry], failures: list[DigestFailure]
) -> tuple[Path, bool]:
    """Add `new_entries` to the day's digest and replace its failure list.
    Returns (digest path, whether anything was written)."""
    entries = load_entries(out_dir, day)
    known = {entry.key for entry in entries}
    for entry in new_entries:
        if entry.key not in known:
            entries.append(entry)
            known.add(entry.key)
    text = render_digest(day, entries, failures)
    path = digest_path(out_dir, day)
    try:
        if path.read_text(encoding="utf-8") == text:
            return path, False
    except OSError:
        pass
    write_atomic(manifest_path(out_dir, day), json.dumps({"entries": [asdict(e) for e in entries]}, ensure_ascii=False, indent=1))
    write_atomic(path, text)
    return path, True

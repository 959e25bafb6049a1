"""OUT/feed.xml: the catalog's newest briefs (here: listed from the brief files on the catalog's first
open), newest first, and valid XML whatever the models wrote."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser

from pipeline.document import FORMAT
from pipeline.settings import BriefSettings
from pipeline.web.atom import write_atom_feed


def brief_file(folder: Path, name: str, title: str, created: str, **extra: object) -> None:
    front = {"format": FORMAT, "cache_key": name * 8, "title": title, "created_at": created, **extra}
    lines = ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()), "---", ""]
    lines += [f"# {title}", "", "## Summary", "", f"Summary of {name}.", "", "## Article", "", "Text."]
    (folder / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_feed_lists_the_newest_briefs_first_and_skips_other_files(tmp_path: Path) -> None:
    brief_file(tmp_path, "old", "Old news", "2026-01-01T10:00:00Z")
    brief_file(
        tmp_path,
        "new",
        "New \x01 news\x1f",
        "2026-02-01T10:00:00Z",
        source_url="https://nos.nl/a",
        published="2026-01-31T09:00:00+01:00",
    )
    (tmp_path / "digest-2026-02-01.md").write_text("# Digest\n", encoding="utf-8")
    write_atom_feed(BriefSettings(out_dir=tmp_path, feed_entries=1))
    atom = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not atom.bozo
    assert [e.title for e in atom.entries] == ["New \ufffd news\ufffd"]
    entry = atom.entries[0]
    assert entry.link == "https://nos.nl/a" and entry.summary == "Summary of new."
    assert entry.published.startswith("2026-01-31T09:00:00")
    write_atom_feed(BriefSettings(out_dir=tmp_path, feed_entries=10))
    stamp = (tmp_path / "feed.xml").stat().st_mtime_ns
    write_atom_feed(BriefSettings(out_dir=tmp_path, feed_entries=10))  # nothing new: the file is not rewritten
    assert (tmp_path / "feed.xml").stat().st_mtime_ns == stamp
    assert [e.title for e in feedparser.parse((tmp_path / "feed.xml").read_bytes()).entries] == [
        "New \ufffd news\ufffd",
        "Old news",
    ]

"""User pass 44 (a feed polled over several days): a page that changed is briefed again, and OUT/feed.xml
showed the article twice, the old version beside the new."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import BriefSettings
from pipeline.store.brief_files import BriefFile
from pipeline.web import atom


def _brief(key: str, url: str | None, created: str) -> BriefFile:
    front = {"cache_key": key, "title": f"Death toll {key}", "created_at": created, "source_url": url}
    return BriefFile(Path(f"{key}.md"), front, "# Death toll\n\n## Summary\n\nA summary.\n\n## Article\n\nText.\n")


def test_feed_xml_lists_the_newest_version_of_a_page_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = "https://nos.example/artikel/1"
    newest_first = [
        _brief("new", page, "2026-12-07T01:53:14+00:00"),
        _brief("other", "https://nu.example/2", "2026-12-06T10:00:00+00:00"),
        _brief("plain", None, "2026-12-06T09:00:00+00:00"),  # a file: no page, never taken for another
        _brief("file", None, "2026-12-06T08:00:00+00:00"),
        _brief("old", page, "2026-12-05T01:48:41+00:00"),
    ]
    monkeypatch.setattr(atom, "newest_briefs", lambda settings, limit: newest_first)
    settings = BriefSettings(out_dir=tmp_path)
    text = atom.write_atom_feed(settings).read_text(encoding="utf-8")
    ids = [line.strip() for line in text.splitlines() if "<id>urn:dutch-brief:brief:" in line]
    assert ids == [f"<id>urn:dutch-brief:brief:{k}</id>" for k in ("new", "other", "plain", "file")]


def test_feed_xml_still_holds_feed_entries_when_older_versions_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review44: the older versions were dropped after the newest `feed_entries` briefs were taken, so a feed of
    three entries showed two when one page had been briefed twice."""
    page = "https://nos.example/artikel/1"
    newest_first = [
        _brief("new", page, "2026-12-07T01:53:14+00:00"),
        _brief("old", page, "2026-12-06T01:48:41+00:00"),
        _brief("other", "https://nu.example/2", "2026-12-05T10:00:00+00:00"),
        _brief("third", "https://nu.example/3", "2026-12-04T10:00:00+00:00"),
        _brief("fourth", "https://nu.example/4", "2026-12-03T10:00:00+00:00"),
    ]
    monkeypatch.setattr(atom, "newest_briefs", lambda settings, limit: newest_first[:limit])
    settings = BriefSettings(out_dir=tmp_path, feed_entries=3)
    text = atom.write_atom_feed(settings).read_text(encoding="utf-8")
    ids = [line.strip() for line in text.splitlines() if "<id>urn:dutch-brief:brief:" in line]
    assert ids == [f"<id>urn:dutch-brief:brief:{k}</id>" for k in ("new", "other", "third")]

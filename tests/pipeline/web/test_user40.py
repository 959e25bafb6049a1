"""OUT/feed.xml's id names no folder of the operator's disk: a feed reader shows it (user40)."""

from __future__ import annotations

from pathlib import Path

from pipeline.settings import BriefSettings
from pipeline.web.atom import feed_id, write_atom_feed


def test_the_feed_id_is_stable_per_folder_and_names_no_path(tmp_path: Path) -> None:
    out = tmp_path / "home-of-the-desk"
    out.mkdir()
    text = write_atom_feed(BriefSettings(out_dir=out)).read_text(encoding="utf-8")
    assert "home-of-the-desk" not in text and str(tmp_path) not in text
    assert f"<id>{feed_id('feed', out)}</id>" in text
    assert feed_id("feed", out) == feed_id("feed", tmp_path / "." / "home-of-the-desk")  # the same folder
    assert feed_id("feed", out) != feed_id("feed", tmp_path / "another") != feed_id("stories", out)

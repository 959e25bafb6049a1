"""OUT/feed.xml's id names no folder of the operator's disk: a feed reader shows it (user40)."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(("text", "said"), [("kort", "(1 word)"), ("een korte tekst", "(3 words)")])
def test_a_teaser_counts_its_words_in_english(text: str, said: str) -> None:
    """'only a teaser (1 word)', not '(1 words)' (user40)."""
    from pipeline.errors import InputError
    from pipeline.web.feeds import Feed, FeedEntry, page_from_entry

    url = "http://127.0.0.1:9/a.html"
    entry = FeedEntry(url, url, "Titel", None, None, "f", (text,))
    with pytest.raises(InputError) as refused:
        page_from_entry(entry, Feed("Feed", None, "nl", (entry,)), feed_url=url, why="HTTP 404")
    assert f"only a teaser {said} — not briefed from the feed" in str(refused.value)

"""A feed longer than a poll reads says so (issue 19, user pass 41): of a feed of 1,237 items only the first
MAX_ENTRIES are read, and the poll's report and the catalog's feed row count the 237 items cut off — they were
dropped without a word, while the report spoke only of the new entries left for the next poll."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.catalog.feeds import load_states
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from pipeline.web.feeds import MAX_ENTRIES, cut_entries, not_read_line
from tests.pipeline.test_feeds import NOS, FakeModels, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved


def test_items_after_the_bound_are_counted_not_dropped_silently(server, tmp_path: Path) -> None:
    settings = BriefSettings(
        out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0, feed_new_entries=1
    )
    server.serve("/a", saved(NOS))
    items = [{"title": f"Bericht {i}", "link": server.url("/a"), "guid": f"g{i}"} for i in range(MAX_ENTRIES + 237)]
    serve_feed(server, rss(items))
    feed = server.url("/feed.xml")
    [report] = poll_feeds([feed], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert report.not_read == 237
    assert report.left == MAX_ENTRIES - 1  # new entries read, waiting for the next poll: another count
    assert load_states(open_catalog(settings))[feed].not_read == 237
    line = not_read_line(237)
    assert line.startswith(f"237 items after the first {MAX_ENTRIES:,} not read") and "no setting raises" in line


def test_a_feed_within_the_bound_cuts_nothing() -> None:
    items = rss([{"title": f"t{i}", "guid": f"g{i}"} for i in range(3)])
    assert cut_entries(items, 3) == (items, 0)
    head, cut = cut_entries(items, 2)
    assert cut == 1 and head.count(b"</item>") == 2 and head.endswith(b"</channel></rss>")
    assert not_read_line(1).startswith("1 item after")

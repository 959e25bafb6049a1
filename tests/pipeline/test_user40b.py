"""A feed item with neither a link nor a guid is skipped, but listed with the poll's failures, named by the feed
and the item's title (user40b; it vanished without a word)."""

from __future__ import annotations

from pathlib import Path

from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from tests.pipeline.test_feeds import NOS, FakeModels, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved


def test_an_item_without_link_or_guid_is_listed_not_lost(server, tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    server.serve("/a", saved(NOS))
    items = [
        {"title": "Parijs", "link": server.url("/a"), "guid": "a"},
        {"title": "Storm raast over Zeeland", "description": "Een item zonder adres."},
        {"description": "Nog een, zonder titel."},
    ]
    serve_feed(server, rss(items))
    feed = server.url("/feed.xml")
    [report] = poll_feeds([feed], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert report.status == "new" and len(report.briefed) == 1
    reason = "has neither a link nor a guid — skipped (it cannot be told from the feed's next items)"
    assert report.failed == {f'{feed}: item "Storm raast over Zeeland"': reason, f"{feed}: an untitled item": reason}

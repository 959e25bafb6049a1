"""user41: what a correspondent polling feeds would trip over."""

from __future__ import annotations

from pathlib import Path

from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from tests.pipeline.test_feeds import NOS, FakeModels, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved

NO_LINK = "has neither a link nor a guid — skipped (it cannot be told from the feed's next items)"


def test_an_item_without_link_or_guid_is_listed_once_not_at_every_poll(server, tmp_path: Path) -> None:
    """A regional feed with a weather notice that has no link: the first poll lists it; the next polls of the
    feed (changed: a new item, another ETag) pass over it — it used to fail again at every poll, and a daily
    run that briefed nothing else ended Failed for it; the notice edited is listed again."""
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    server.serve("/a", saved(NOS))
    notice = {"title": "Weeralarm Friesland", "description": "Code oranje tot 18.00 uur."}
    first = [{"title": "Parijs", "link": server.url("/a"), "guid": "a"}, notice]
    serve_feed(server, rss(first), etag='"v1"')
    feed = server.url("/feed.xml")
    models = FakeModels(settings)
    [report] = poll_feeds([feed], settings, fetcher=fetcher(), models=models)
    assert report.failed == {f'{feed}: item "Weeralarm Friesland"': NO_LINK}

    server.serve("/b", saved(NOS))
    second = [{"title": "Nog een", "link": server.url("/b"), "guid": "b"}, *first]
    serve_feed(server, rss(second), etag='"v2"')
    [report] = poll_feeds([feed], settings, fetcher=fetcher(), models=models)
    assert report.status == "new" and report.failed == {}
    assert report.unchanged == 2  # the page seen before and the notice

    edited = [*second[:2], {**notice, "description": "Code rood tot 20.00 uur."}]
    serve_feed(server, rss(edited), etag='"v3"')
    [report] = poll_feeds([feed], settings, fetcher=fetcher(), models=models)
    assert report.failed == {f'{feed}: item "Weeralarm Friesland"': NO_LINK}

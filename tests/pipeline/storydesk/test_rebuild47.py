"""`brief catalog rebuild` rejoined a web brief with its front matter's `source_file` — for a page, the address as a
display name ("host/path") — as its source: the rebuilt catalog knew no page of it (`articles.page`), and the page
briefed again after it changed was clustered like any article instead of found as a version of its story (review47).
A brief whose `source_file` is its `source_url`'s display name was read from that address."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import articles
from pipeline.feeds import poll_feeds
from pipeline.settings import load_settings
from pipeline.storydesk.rebuild import rebuild_with_stories
from tests.pipeline.test_feeds import FakeModels, fetcher, serve_two_pages


def _pages(settings) -> dict[str, str | None]:
    query = select(articles.c.brief_file, articles.c.page)
    return open_catalog(settings).read(lambda connection: dict(connection.execute(query).all()))


def test_a_rebuilt_catalog_knows_the_pages_its_web_briefs_were_read_from(server, tmp_path: Path) -> None:
    serve_two_pages(server)
    settings = load_settings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    (report,) = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert len(report.briefed) == 2
    written = _pages(settings)
    assert sorted(written.values()) == [server.url("/a"), server.url("/b")]

    forget_open_catalogs()
    for path in settings.out_dir.glob("catalog.sqlite*"):
        path.unlink()
    assert rebuild_with_stories(settings).found == 2
    assert _pages(settings) == written

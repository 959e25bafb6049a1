"""`brief feeds poll` by hand while a daily run's poll held the feeds lock said nothing until that poll ended — up to
lock_timeout, an hour (user53) — and the pipeline's warnings reached a poll's stderr without the `brief:` mark, if at
all. A lock held past LOCK_QUIET_S is said at once now, as a `brief:` line, and the poll goes on when it is free."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog import connection
from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.settings import BriefSettings
from tests.brief_cli.test_main import model_args
from tests.pipeline.catalog.helpers import lock_held_elsewhere
from tests.pipeline.test_feeds import rss, serve_feed


def test_a_poll_waiting_for_another_poll_says_so_in_a_brief_line(
    server, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "LOCK_QUIET_S", 0.1)
    server.serve("/later", b"", status=404)
    serve_feed(
        server, rss([{"title": "Later", "description": "Kort bericht.", "guid": "g1", "link": server.url("/later")}])
    )
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nfetch_delay = 0\n", encoding="utf-8")
    out = tmp_path / "out"
    catalog = open_catalog(BriefSettings(out_dir=out))
    try:  # another poll's lock, held past the poll's imports and its fetch of the feed
        with lock_held_elsewhere(catalog, "feeds", release_after=5.0):
            polled = CliRunner().invoke(
                app, ["feeds", "poll", server.url("/feed.xml"), *model_args(settings, out), "--config", str(config)]
            )
    finally:
        forget_open_catalogs()
    said = [line for line in polled.stderr.splitlines() if "feeds lock" in line]
    assert len(said) == 1 and said[0].startswith("brief: another process holds the feeds lock"), polled.stderr
    assert "Traceback" not in polled.output and "1 waiting for their page" in polled.stderr, polled.stderr

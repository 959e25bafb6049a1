"""Review of stop 48 (helper review48): what `brief feeds poll` and `brief feeds list` say while a feed entry waits
for its 404 page (`feed_missing_retry_hours`), and when it is given up."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.settings import BriefSettings
from tests.brief_cli.test_main import model_args
from tests.pipeline.test_feeds import rss, serve_feed

runner = CliRunner()


@pytest.fixture()
def tiny_settings(tiny_settings, terse_marian: Path):
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


def test_poll_and_list_while_an_entry_waits_for_its_page_then_when_it_is_given_up(
    server, tiny_settings, tmp_path: Path
) -> None:
    server.serve("/late", b"", status=404)
    serve_feed(
        server, rss([{"title": "Later", "description": "Kort bericht.", "guid": "g", "link": server.url("/late")}])
    )
    config = tmp_path / "brief.toml"
    config.write_text(f'[brief]\nfetch_delay = 0\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    out = tmp_path / "out"
    poll = ["feeds", "poll", server.url("/feed.xml"), *model_args(tiny_settings, out), "--config", str(config)]
    first = runner.invoke(app, poll)
    assert first.exit_code == 0 and first.stdout == ""  # waiting for its page: no failure, nothing briefed yet
    assert not [line for line in first.stderr.splitlines() if line.startswith("brief: error: ")]
    (waits,) = [line for line in first.stderr.splitlines() if "asked again until 20" in line]
    assert "HTTP 404" in waits and waits.count("waiting") + waits.count("asked again") == 1
    assert "1 waiting for their page" in first.stderr
    assert "Traceback" not in first.output
    listed = runner.invoke(app, ["feeds", "list", "--out", str(out), "--config", str(config)])
    assert listed.exit_code == 0 and "waiting for its page" in listed.stdout and "tried again" not in listed.stdout

    catalog = open_catalog(BriefSettings(out_dir=out))
    catalog.write(lambda c: c.execute(text("UPDATE feed_entries SET retry_until = '2020-01-01 00:00:00.000000'")))
    forget_open_catalogs()
    last = runner.invoke(app, poll)  # the window is over: asked once more, given up in one line
    assert last.exit_code == 2 and len(server.asked("/late")) == 2
    (line,) = [line for line in last.stderr.splitlines() if line.startswith("brief: error: ")]
    assert "not asked again until the entry changes" in line
    listed = runner.invoke(app, ["feeds", "list", "--out", str(out), "--config", str(config)])
    assert listed.exit_code == 0 and "error:" not in listed.stdout and "1 entry seen, 0 briefed" in listed.stdout
    after = runner.invoke(app, poll)
    assert after.exit_code == 0 and len(server.asked("/late")) == 2

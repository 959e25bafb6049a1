"""What a poll says of a feed (user51): a feed whose items are teasers with pages that answer 404 said one line per
entry ("…: <link>: HTTP 404, and the feed has only a teaser — its page asked again until …"), 30 lines for a feed of
30 such items, at every poll and in every daily run's log. Now one line per feed, with the count and the first entry;
a gone feed (410) stays one line per poll, saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.brief_cli.test_main import model_args
from tests.pipeline.test_feeds import rss, serve_feed

runner = CliRunner()


@pytest.fixture()
def poll_args(tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    config = tmp_path / "brief.toml"
    config.write_text(f'[brief]\nfetch_delay = 0\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    return [*model_args(settings, tmp_path / "out"), "--config", str(config)]


def test_teasers_waiting_for_their_pages_are_one_line_per_feed_with_a_count(server, poll_args) -> None:
    links = [server.url(f"/later{i}") for i in range(3)]
    for link in links:
        server.serve(link.removeprefix(server.url("")), b"", status=404)
    items = [
        {"title": f"Later {i}", "description": "Kort bericht.", "guid": f"g{i}", "link": link}
        for i, link in enumerate(links)
    ]
    serve_feed(server, rss(items))
    for _ in range(2):  # the first poll, and the next (the feed read whole while its entries wait)
        polled = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *poll_args])
        assert polled.exit_code == 0, polled.output
        waits = [line for line in polled.stderr.splitlines() if "HTTP 404" in line or "waiting for" in line]
        assert len(waits) == 2, polled.stderr  # the feed's outcome line, and one line of why, for the three
        (why,) = [line for line in waits if "HTTP 404" in line]
        assert "3 entries waiting for their page" in why and links[0] in why and "2 more" in why, why
        assert "3 waiting for their page" in polled.stderr


def test_one_teaser_waiting_names_its_entry(server, poll_args) -> None:
    server.serve("/later", b"", status=404)
    serve_feed(server, rss([{"title": "Later", "description": "Kort.", "guid": "g", "link": server.url("/later")}]))
    polled = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *poll_args])
    (why,) = [line for line in polled.stderr.splitlines() if "HTTP 404" in line]
    assert server.url("/later") in why and "asked again until 20" in why and "more" not in why, why


def test_a_gone_feed_is_one_line_a_poll_saying_what_to_do(server, poll_args) -> None:
    server.serve("/feed.xml", b"", status=410)
    for _ in range(3):
        polled = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *poll_args])
        assert polled.exit_code == 2, polled.output
        lines = [line for line in polled.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "410" in lines[0], polled.output
        assert "remove it from the feeds setting ([[brief.feeds]]) or the poll's URLs" in lines[0]
    assert len(server.asked("/feed.xml")) == 1

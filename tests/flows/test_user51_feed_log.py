"""The daily run's log of its feed poll (user51): a gone feed (410) said two lines at every run — "feed URL: gone",
then "feed gone: URL: answered 410 Gone before … — the feed is gone: remove it …" — and a feed that answered 500
"feed URL: error" above its reason; teasers waiting for their pages were a line each. Now a feed is one line a run
(what to do, for a gone feed), and its waiting entries one line with their count."""

from __future__ import annotations

from flows.feeds import poll_configured_feeds
from pipeline.settings import BriefSettings
from tests.pipeline.test_feeds import rss, serve_feed


def _settings(server, tiny_settings) -> BriefSettings:
    return BriefSettings.model_validate(
        {
            **tiny_settings.model_dump(),
            "feeds": [{"url": server.url("/feed.xml")}],
            "fetch_delay": 0,
            "fetch_retries": 0,
            "fetch_private_hosts": list(server.allowed),
        }
    )


def _feed_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_a_gone_feed_is_one_line_a_run_saying_what_to_do(server, tiny_settings, capsys) -> None:
    server.serve("/feed.xml", b"", status=410)
    settings = _settings(server, tiny_settings)
    for _ in range(2):  # the 410, then a run that does not ask again
        poll_configured_feeds.fn(settings)
        lines = _feed_lines(capsys)
        assert len(lines) == 1, lines
        line = lines[0]
        assert line.startswith(f"feed gone: {server.url('/feed.xml')}: ") and "410" in line, line
        assert "remove it from the feeds setting" in line, line
    assert len(server.asked("/feed.xml")) == 1


def test_a_feed_that_fails_is_one_line_with_its_reason(server, tiny_settings, capsys) -> None:
    server.serve("/feed.xml", b"down", status=500)
    poll_configured_feeds.fn(_settings(server, tiny_settings))
    lines = _feed_lines(capsys)
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith(f"feed error: {server.url('/feed.xml')}: ") and "500" in line, line


def test_teasers_waiting_for_their_pages_are_one_line_with_a_count(server, tiny_settings, capsys) -> None:
    links = [server.url(f"/later{i}") for i in range(4)]
    for i in range(4):
        server.serve(f"/later{i}", b"", status=404)
    serve_feed(
        server,
        rss(
            [{"title": f"L{i}", "description": "Kort.", "guid": f"g{i}", "link": link} for i, link in enumerate(links)]
        ),
    )
    poll_configured_feeds.fn(_settings(server, tiny_settings))
    lines = _feed_lines(capsys)
    assert len(lines) == 2, lines  # the feed's outcome, and why its entries wait
    assert "4 waiting for their page" in lines[0] and "4 entries waiting for their page" in lines[1], lines

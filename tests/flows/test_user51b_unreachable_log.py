"""The daily run's log of a feed whose article pages' host cannot be reached (user51b): a "not briefed: …: cannot
connect …" line per entry. Now one line for the host with the count and the first entry; the digest's outcomes stay
one per entry (each counted, each listed by `brief failures list`)."""

from __future__ import annotations

from flows.feeds import feed_outcomes, poll_configured_feeds
from pipeline.settings import BriefSettings
from tests.brief_cli.test_user51b_unreachable_lines import closed_port
from tests.pipeline.test_feeds import rss, serve_feed


def test_entries_of_an_unreachable_host_are_one_log_line_with_a_count(server, tiny_settings, capsys) -> None:
    port = closed_port()
    links = [f"http://127.0.0.1:{port}/artikel{i}" for i in range(3)]
    serve_feed(
        server,
        rss(
            [{"title": f"K{i}", "description": "Kort.", "guid": f"g{i}", "link": link} for i, link in enumerate(links)]
        ),
    )
    settings = BriefSettings.model_validate(
        {
            **tiny_settings.model_dump(),
            "feeds": [{"url": server.url("/feed.xml")}],
            "fetch_delay": 0,
            "fetch_retries": 0,
            "fetch_private_hosts": [*server.allowed, f"127.0.0.1:{port}"],
        }
    )
    reports = poll_configured_feeds.fn(settings)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(lines) == 2, lines  # the feed's outcome, and why its entries were not briefed
    assert "3 not briefed" in lines[0], lines
    assert lines[1].startswith(f"not briefed: 127.0.0.1:{port}: 3 entries not briefed"), lines
    assert links[0] in lines[1] and "2 more" in lines[1], lines
    failed = [outcome.source_name for outcome in feed_outcomes(reports) if outcome.failure]
    assert failed == links  # each entry a failure of its own: the day's record and `brief failures list` list each

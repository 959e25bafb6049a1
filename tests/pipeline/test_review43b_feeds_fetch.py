"""Review of stop 43's feed and fetch changes (helper review43): the poll's note on entries dated ahead names the
date the brief is filed under, and a server that hangs up without an answer is not said to break HTTP."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from pipeline.feed_report import poll_notes
from pipeline.feeds import poll_feeds
from pipeline.settings import BriefSettings
from pipeline.web.fetch import Fetcher, FetchError
from tests.pipeline.test_feeds import NOS, FakeModels, _nos_paragraphs, fetcher, rss, serve_feed
from tests.pipeline.web.conftest import saved


def _settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


def test_a_feed_date_ahead_is_not_noted_when_the_page_gives_its_own_date(server, tmp_path: Path) -> None:
    # the entry's page (NOS, 14 Nov 2015) carries its own date: the brief is filed under it, the feed's wrong year
    # changes nothing — a note that "its story counts it as published when briefed" would be wrong
    settings = _settings(tmp_path)
    server.serve("/b", saved(NOS))
    ahead = datetime.now(UTC).replace(year=datetime.now(UTC).year + 1)
    serve_feed(
        server, rss([{"title": "Parijs", "link": server.url("/b"), "guid": "b", "pubDate": format_datetime(ahead)}])
    )
    [report] = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert len(report.briefed) == 1 and not report.failed
    assert report.ahead == []
    assert not [note for note in poll_notes(report) if "after the poll" in note]


def test_an_entry_briefed_from_the_feed_with_a_date_ahead_is_noted(server, tmp_path: Path) -> None:
    # no page to read (404): the brief is made from the feed's full text and carries the feed's date
    settings = _settings(tmp_path)
    text = "".join(f"<p>{p}</p>" for p in _nos_paragraphs())
    ahead = datetime.now(UTC).replace(year=datetime.now(UTC).year + 1)
    item = {
        "title": "Aanslagen in Parijs",
        "link": server.url("/weg"),
        "guid": "weg",
        "pubDate": format_datetime(ahead),
        "content:encoded": f"<![CDATA[<h1>Aanslagen in Parijs</h1>{text}]]>",
    }
    content = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    server.serve("/feed.xml", rss([item], content), content_type="application/rss+xml")
    [report] = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))
    assert len(report.briefed) == 1, report.failed
    assert [name.split(" dated ")[0] for name in report.ahead] == [server.url("/weg")]


@pytest.fixture()
def hang_up() -> str:
    """A loopback server that reads the request and closes the connection without a byte of answer."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/a"
    listener.close()


def test_a_server_that_hangs_up_without_an_answer_is_not_said_to_break_http(hang_up: str) -> None:
    client = Fetcher(private_hosts=("127.0.0.1",), delay=0, retries=0, sleep=lambda seconds: None)
    with pytest.raises(FetchError) as caught:
        client.get(hang_up)
    message = str(caught.value)
    assert "breaks HTTP" not in message and "cannot connect" not in message
    assert "hung up without an answer" in message and caught.value.transient
    assert "\n" not in message

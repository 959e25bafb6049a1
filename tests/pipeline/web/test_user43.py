"""Stop 43, as a user: a feed's entries on a host that cannot be reached (no DNS answer, nothing listening) each
waited out every retry — 30 entries, 3 s each, 95 s for a poll with nothing to show. The fetcher now remembers a
host no connection reached and fails its other URLs at once, for HOST_DOWN_SECONDS."""

from __future__ import annotations

import socket

import pytest

from pipeline.web import fetch
from pipeline.web.fetch import Fetcher, FetchError
from tests.pipeline.web.conftest import LOCAL


def _closed_port() -> int:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_host_no_connection_reached_is_not_asked_again_for_a_while(sleeps, monkeypatch) -> None:
    port = _closed_port()
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=2, sleep=sleeps.append)
    with pytest.raises(FetchError, match="cannot connect"):
        client.get(f"http://127.0.0.1:{port}/a")
    assert sleeps == [1.0, 2.0]
    with pytest.raises(FetchError) as caught:
        client.get(f"http://127.0.0.1:{port}/b")
    message = str(caught.value)
    assert message.startswith(f"http://127.0.0.1:{port}/b: cannot connect (not tried: 127.0.0.1:{port} could not")
    assert "ConnectError" in message and "300 s" in message
    assert caught.value.transient and caught.value.exit_code == 1  # a later poll tries the entry again
    assert sleeps == [1.0, 2.0]  # no retries, no waiting
    later = fetch.time.monotonic() + fetch.HOST_DOWN_SECONDS + 1
    monkeypatch.setattr(fetch.time, "monotonic", lambda: later)
    with pytest.raises(FetchError, match="cannot connect"):  # asked again once the time is up
        client.get(f"http://127.0.0.1:{port}/c")
    assert sleeps == [1.0, 2.0, 1.0, 2.0]


def test_another_port_of_the_host_and_a_server_that_answers_are_still_asked(server, sleeps) -> None:
    server.serve("/page", b"<html><body><p>Hallo</p></body></html>")
    server.serve("/down", b"", status=502)
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=1, sleep=sleeps.append)
    with pytest.raises(FetchError, match="cannot connect"):
        client.get(f"http://127.0.0.1:{_closed_port()}/a")
    assert client.get(server.url("/page")).status == 200  # the same host on the server's port
    for _ in range(2):  # a server that answers 5xx was reached: each URL gets its retries
        with pytest.raises(FetchError, match="HTTP 502"):
            client.get(server.url("/down"))
    assert len(server.asked("/down")) == 4

"""Probes of the team's standards (standards42) against the fetcher: it backs off on every 429/503,
whatever date a Retry-After gives."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest

from pipeline.web.fetch import retry_after
from tests.pipeline.web.conftest import saved
from tests.web_server import Answer

NOS = "html/nos_dodental-parijs-op-129.html"


@pytest.mark.parametrize("value", ["Wed, 21 Oct 2015 07:28:00 GMT", "0"])
def test_a_retry_after_in_the_past_or_of_zero_still_backs_off(server, fetcher, sleeps, value: str) -> None:
    answers = iter(
        [Answer(503, b"busy", {"Retry-After": value}), Answer(200, saved(NOS), {"Content-Type": "text/html"})]
    )
    server.handle("/busy", lambda request: next(answers))
    assert fetcher.get(server.url("/busy")).status == 200
    assert sleeps == [1.0]  # was [0.0]: asked again at once


def test_a_retry_after_date_in_minus_0000_is_gmt_not_the_machines_local_time(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        value = formatdate(time.time() + 60)  # 'Sun, 06 Dec 2026 20:00:50 -0000'
        assert value.endswith(" -0000")
        assert retry_after(value) == pytest.approx(60, abs=2)  # was 60 s + 5 hours: over fetch_max_wait, given up
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()

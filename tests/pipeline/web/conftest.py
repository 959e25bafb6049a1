"""Web test fixtures: a fetcher that never waits for real, the saved pages (the server: ../conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.web.fetch import Fetcher
from tests.conftest import shared_dir

LOCAL = ("127.0.0.1", "localhost")  # the fetcher refuses loopback unless allowed: the tests allow it
WEB = shared_dir("web")
HTML = WEB / "html"
FEEDS = WEB / "feeds"


def saved(name: str) -> bytes:
    """One file of ../shared/web, read in place (never copied)."""
    path = WEB / name
    return Path(path).read_bytes()


@pytest.fixture()
def sleeps() -> list[float]:
    return []


@pytest.fixture()
def fetcher(sleeps: list[float]):
    """No per-host delay, one retry, and sleeps recorded instead of slept."""
    client = Fetcher(private_hosts=LOCAL, delay=0, timeout=2, retries=1, max_bytes=5_000_000, sleep=sleeps.append)
    yield client
    client.close()

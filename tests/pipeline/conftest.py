"""Fixtures of the pipeline tests: the loopback HTTP server (tests.web_server) for everything web."""

from tests.web_server import server  # noqa: F401 — a fixture

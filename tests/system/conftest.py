"""Fixtures of the system tests: the loopback HTTP server (tests.web_server)."""

from tests.web_server import server  # noqa: F401 — a fixture

"""Fixtures of the pipeline tests: a loopback HTTP server (127.0.0.1) for everything web."""

from __future__ import annotations

import socket

import pytest

from tests.web_server import LoopbackServer

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch):
    """The server; while it runs, resolving any other host fails: a test can never reach the internet."""
    resolve = socket.getaddrinfo

    def loopback_only(host, *args, **kwargs):
        if host not in LOOPBACK:
            raise socket.gaierror(socket.EAI_NONAME, f"tests resolve only loopback addresses, not {host}")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_only)
    loopback = LoopbackServer().start()
    yield loopback
    loopback.stop()

"""A loopback HTTP server for the web tests (127.0.0.1 only): routes with fixed answers or handlers,
and a log of every request (path and headers) so tests can count what the client asked."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass
class Answer:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a hanging server)


Handler = Callable[[Request], Answer]


class LoopbackServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Request] = []
        self.closing = threading.Event()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(request)
                handler = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                answer = handler(request) if handler else Answer(404, b"not found")
                if answer.delay and server.closing.wait(answer.delay):
                    return
                self._send(answer)

            def _send(self, answer: Answer) -> None:
                self.send_response(answer.status)
                streamed = not isinstance(answer.body, bytes)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if streamed:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                try:
                    for chunk in [answer.body] if not streamed else answer.body:
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a size limit): fine

            def log_message(self, format: str, *args) -> None:  # quiet
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def start(self) -> LoopbackServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def allowed(self) -> tuple[str, ...]:
        """fetch_private_hosts entries for this server (its port only)."""
        port = self.httpd.server_address[1]
        return (f"127.0.0.1:{port}", f"localhost:{port}")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def serve(self, path: str, body: bytes = b"", status: int = 200, content_type: str = "text/html", **headers: str):
        """A fixed answer at `path` (header names with '_' for '-')."""
        fixed = {"Content-Type": content_type, **{k.replace("_", "-"): v for k, v in headers.items()}}
        self.routes[path] = lambda request: Answer(status, body, dict(fixed))

    def handle(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def asked(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path.split("?")[0] == path]


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
    # the fetcher refuses loopback addresses unless allowed: this server's port only
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", json.dumps(list(loopback.allowed)))
    yield loopback
    loopback.stop()

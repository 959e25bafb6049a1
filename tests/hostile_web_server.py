"""A loopback server (127.0.0.1, a free port) for the hostile-web corpus: each route writes its
answer itself, byte by byte if it likes (header bombs, slow drips, lies about lengths)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpcore

Route = Callable[["RawHandler"], None]
DRIP_LIMIT = 30.0  # a slow route gives up after this many seconds (the client is gone long before)


class RawHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: dict[str, Route] = {}
    closing: threading.Event = threading.Event()

    def do_GET(self) -> None:
        route = self.routes.get(self.path) or self.routes.get(self.path.split("?")[0])
        try:
            if route is None:
                answer(self, 404, {"Content-Type": "text/plain"}, b"not found")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client stopped reading (a limit or a deadline): fine

    def log_message(self, format: str, *args) -> None:  # quiet
        pass


def answer(handler: RawHandler, status: int, headers: dict[str, str], body: bytes | Iterable[bytes]) -> None:
    """A whole answer: Content-Length for bytes, a closed connection for an iterable."""
    handler.wfile.write(f"HTTP/1.1 {status} X\r\n".encode())
    for name, value in headers.items():
        handler.wfile.write(f"{name}: {value}\r\n".encode())
    if isinstance(body, bytes):
        length = "" if "Content-Length" in headers else f"Content-Length: {len(body)}\r\n"
        handler.wfile.write(f"{length}\r\n".encode() + body)
        return
    handler.wfile.write(b"Connection: close\r\n\r\n")
    handler.close_connection = True
    for chunk in body:
        handler.wfile.write(chunk)


def drip(handler: RawHandler, data: bytes, every: float) -> None:
    """Write `data` one byte at a time, `every` seconds apart (until DRIP_LIMIT or shutdown)."""
    started = time.monotonic()
    for i in range(len(data)):
        if handler.closing.wait(every) or time.monotonic() - started > DRIP_LIMIT:
            return
        handler.wfile.write(data[i : i + 1])
        handler.wfile.flush()


class HostileServer:
    def __init__(self) -> None:
        handler = type("Handler", (RawHandler,), {"routes": {}, "closing": threading.Event()})
        self.handler = handler
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, route: Route) -> None:
        self.handler.routes[path] = route

    def stop(self) -> None:
        self.handler.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def loopback_resolver(host, port, *args, **kwargs):
    """Names resolve only to loopback (localhost); every other name fails: no DNS query leaves."""
    if host != "localhost":
        raise socket.gaierror(socket.EAI_NONAME, f"the hostile-web tests resolve only localhost, not {host}")
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]


class LoopbackOnly(httpcore.NetworkBackend):
    """Connects (for real) only to 127.0.0.0/8 and records every connection: a test can assert that
    no packet went anywhere else."""

    def __init__(self) -> None:
        self.inner = httpcore.SyncBackend()
        self.connects: list[tuple[str, int]] = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connects.append((host, port))
        if not host.startswith("127."):
            raise AssertionError(f"a connection to {host}:{port} was attempted")
        return self.inner.connect_tcp(host, port, timeout, local_address, socket_options)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

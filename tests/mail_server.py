"""A real SMTP server (aiosmtpd) and a JSON webhook receiver, both on 127.0.0.1 (fixtures: import them
into a conftest)."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Mailbox:
    host: str
    port: int
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    logins: list[str] = field(default_factory=list)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.messages if address in rcpts]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def smtp_server():
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    box = Mailbox("127.0.0.1", _free_port())

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address in box.refuse:
                return "550 5.1.1 no such mailbox here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            parsed = message_from_bytes(envelope.content, policy=policy.default)
            box.messages.append((list(envelope.rcpt_tos), parsed))
            return "250 Message accepted"

    def authenticator(server, session, envelope, mechanism, auth_data):
        text = lambda v: v.decode() if isinstance(v, bytes) else v
        ok = text(auth_data.login) == "brief" and text(auth_data.password) == "secret"
        if ok:
            box.logins.append(text(auth_data.login))
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    controller = Controller(
        Handler(), hostname=box.host, port=box.port, authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    yield box
    controller.stop()


@dataclass
class Hooks:
    url: str
    received: list[dict] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # path and query of each POST taken


@pytest.fixture()
def webhook():
    """Apprise's json:// target posts here."""
    hooks = Hooks("")

    class Receive(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            status = 500 if self.path.startswith("/broken") else 200
            if status == 200:
                hooks.received.append(json.loads(body))
                hooks.paths.append(self.path)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hooks.url = f"json://127.0.0.1:{server.server_address[1]}"
    yield hooks
    server.shutdown()
    server.server_close()

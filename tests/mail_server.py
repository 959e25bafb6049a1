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
    encrypted: list[bool] = field(default_factory=list)  # per message taken: did it come over TLS

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.messages if address in rcpts]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Certificates:
    ca_file: str  # the CA the client is told to trust (smtp_ca_file)
    cert_file: str  # the server's certificate for 127.0.0.1, signed by that CA
    key_file: str


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A private CA and a server certificate for 127.0.0.1 it signed (cryptography), made once."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dutch-brief test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    files = Certificates(str(folder / "ca.pem"), str(folder / "server.pem"), str(folder / "server.key"))
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return files


def _smtp(security: str, certificates: Certificates | None):
    """An aiosmtpd server on 127.0.0.1: plain ("none"), STARTTLS required ("starttls"), or TLS from
    the first byte ("tls"). Login: brief/secret."""
    import ssl

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
            box.encrypted.append(session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None)
            return "250 Message accepted"

    def authenticator(server, session, envelope, mechanism, auth_data):
        text = lambda v: v.decode() if isinstance(v, bytes) else v
        ok = text(auth_data.login) == "brief" and text(auth_data.password) == "secret"
        if ok:
            box.logins.append(text(auth_data.login))
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    # aiosmtpd counts only STARTTLS as TLS for auth_require_tls: a TLS-from-the-first-byte server need not ask
    options: dict = {"authenticator": authenticator, "auth_require_tls": security == "starttls"}
    if certificates is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificates.cert_file, certificates.key_file)
        if security == "starttls":
            options |= {"tls_context": context, "require_starttls": True}
        else:
            options |= {"ssl_context": context}
    controller = Controller(Handler(), hostname=box.host, port=box.port, **options)
    controller.start()
    return box, controller


@pytest.fixture()
def smtp_server():
    box, controller = _smtp("none", None)
    yield box
    controller.stop()


@pytest.fixture()
def smtp_starttls_server(certificates: Certificates):
    box, controller = _smtp("starttls", certificates)
    yield box
    controller.stop()


@pytest.fixture()
def smtp_tls_server(certificates: Certificates):
    box, controller = _smtp("tls", certificates)
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

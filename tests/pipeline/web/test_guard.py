"""Where requests may go: the decision for private, link-local, unique-local… addresses in every
spelling, and names that resolve to them — checked with a resolver the test controls and a network
backend that records instead of connecting: no packet leaves this machine."""

from __future__ import annotations

import socket

import httpcore
import pytest

from pipeline.errors import InputError
from pipeline.settings import load_settings
from pipeline.web.fetch import Fetcher, FetchError
from pipeline.web.guard import refuse, vetted_address

FAKE_DNS = {
    "intern.example": "10.1.2.3",
    "metadata.example": "169.254.169.254",
    "router.example": "192.168.1.1",
    "v6.example": "fd00::1",
    "news.example": "93.184.216.34",
}


def fake_resolver(host, port, *args, **kwargs):
    if host not in FAKE_DNS:
        raise socket.gaierror(socket.EAI_NONAME, "unknown")
    address = FAKE_DNS[host]
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    return [(family, socket.SOCK_STREAM, 6, "", (address, port))]


class Recorder(httpcore.NetworkBackend):
    """Records each connection asked for and refuses it: nothing is sent."""

    def __init__(self) -> None:
        self.connects: list[tuple[str, int]] = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connects.append((host, port))
        raise httpcore.ConnectError("recorded, not connected")


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://10.255.1.2:8080/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.10/",
        "http://172.16.0.5/",
        "http://100.64.0.1/",  # shared address space (CGNAT)
        "http://127.0.0.1/",
        "http://127.1/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a00:1]/",  # NAT64 of 10.0.0.1
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://0.0.0.0/",
        "http://intern.example/",
        "http://metadata.example/",
        "http://router.example/",
        "http://v6.example/",
    ],
)
def test_non_public_addresses_are_refused_in_every_spelling(url: str) -> None:
    reason = refuse(url, resolver=fake_resolver)
    assert reason is not None and "\n" not in reason and "fetch_private_hosts" in reason


def test_public_addresses_and_allowed_hosts_pass() -> None:
    assert refuse("https://news.example/a", resolver=fake_resolver) is None
    assert refuse("http://93.184.216.34/", resolver=fake_resolver) is None
    assert refuse("http://intern.example/", ["intern.example"], resolver=fake_resolver) is None
    assert refuse("http://intern.example:8080/", ["intern.example:8080"], resolver=fake_resolver) is None
    assert refuse("http://intern.example:8081/", ["intern.example:8080"], resolver=fake_resolver) is not None
    assert refuse("http://10.1.2.3/", ["10.1.2.3"], resolver=fake_resolver) is None
    assert refuse("http://[fd00::1]:81/", ["[fd00::1]:81"], resolver=fake_resolver) is None


def test_the_connection_goes_to_the_checked_address() -> None:
    assert vetted_address("news.example", 443, resolver=fake_resolver) == "93.184.216.34"
    assert vetted_address("127.1", 80, ["127.0.0.1:80"]) == "127.0.0.1"


def test_a_refused_url_is_never_a_connection() -> None:
    recorder = Recorder()
    fetcher = Fetcher(delay=0, retries=0, resolver=fake_resolver, network=recorder, sleep=lambda s: None)
    for url in ("http://intern.example/feed", "http://169.254.169.254/", "http://[fd00::1]/", "http://0x0a000001/"):
        with pytest.raises(FetchError) as refused:
            fetcher.get(url)
        assert refused.value.exit_code == 2 and "fetch_private_hosts" in str(refused.value)
    assert recorder.connects == []
    with pytest.raises(FetchError):  # a public name is connected to by its checked address (here: recorded)
        fetcher.get("http://news.example/a")
    assert recorder.connects and set(recorder.connects) == {("93.184.216.34", 80)}


def test_fetch_private_hosts_is_a_setting(monkeypatch) -> None:
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", '["intern.example:8080", "10.0.0.5"]')
    assert load_settings().fetch_private_hosts == ["intern.example:8080", "10.0.0.5"]


def test_every_vetted_address_is_tried_in_turn_and_any_private_one_refuses_the_name() -> None:
    def two(host, port, *args, **kwargs):
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2606:2800:220:1::1", port, 0, 0)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
        ]

    recorder = Recorder()
    fetcher = Fetcher(delay=0, retries=0, resolver=two, network=recorder, sleep=lambda s: None)
    with pytest.raises(FetchError):
        fetcher.get("http://dual.example/a")
    assert recorder.connects[:2] == [("2606:2800:220:1::1", 80), ("93.184.216.34", 80)]

    def mixed(host, port, *args, **kwargs):  # one public, one private answer: refused
        return [*two(host, port), (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    assert "10.0.0.7" in (refuse("http://mixed.example/", resolver=mixed) or "")


@pytest.mark.parametrize("url", ["http://[::1/", "http://news.example:abc/", "http://\u2603.example/"])
def test_a_malformed_url_is_one_line_not_a_traceback(url: str) -> None:
    fetcher = Fetcher(delay=0, retries=0, resolver=fake_resolver, network=Recorder(), sleep=lambda s: None)
    with pytest.raises(InputError, match="not a valid URL"):
        fetcher.get(url)


def test_the_host_header_keeps_the_name_while_the_checked_address_is_connected(server) -> None:
    """A name is connected to by the address it was checked at; the request still names the host."""
    server.serve("/a", b"<p>ok</p>")
    port = server.httpd.server_address[1]

    def local(host, port_, *args, **kwargs):
        assert host == "nieuws.test"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

    fetcher = Fetcher(delay=0, retries=0, resolver=local, private_hosts=(f"nieuws.test:{port}",))
    assert fetcher.get(f"http://nieuws.test:{port}/a").status == 200
    assert server.asked("/a")[0].headers["host"] == f"nieuws.test:{port}"
    fetcher.close()


def test_tls_is_verified_against_the_host_name_not_the_checked_address(tmp_path) -> None:
    """Over https the checked address is connected to, and SNI and certificate check use the name."""
    pytest.importorskip("cryptography")  # (comes with prefect) makes the test's own certificate
    import datetime
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import httpx
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from pipeline.web.guard import GuardedBackend

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "nieuws.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("nieuws.test")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    seen: list[str | None] = []

    class Hello(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args) -> None:
            pass

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    context.sni_callback = lambda sock, server_name, ctx: seen.append(server_name)
    httpd = HTTPServer(("127.0.0.1", 0), Hello)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.handle_request, daemon=True).start()
    port = httpd.server_address[1]

    def local(host, port_, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

    transport = httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(tmp_path / "cert.pem")))
    transport._pool._network_backend = GuardedBackend([f"nieuws.test:{port}"], local)
    with httpx.Client(transport=transport) as client:
        assert client.get(f"https://nieuws.test:{port}/").text == "ok"
    httpd.server_close()
    assert seen == ["nieuws.test"]

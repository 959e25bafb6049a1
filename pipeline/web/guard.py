"""Where requests may go: before every connection (the first URL, every redirect hop, robots.txt) the
host is resolved once and every address it resolves to is checked; the connection then goes to the
address that was checked (no second lookup a DNS answer could change in between). Loopback, private
(RFC 1918, unique-local IPv6), shared (CGNAT), link-local (cloud metadata), multicast, unspecified
and reserved addresses are refused, in every spelling (`127.1`, `2130706433`, `0x7f000001`, octal,
IPv4-mapped or NAT64/6to4 IPv6), unless the host or host:port is in `fetch_private_hosts`.

The check lives in an httpcore network backend (`GuardedBackend`): whatever httpx connects to
passes through it. Its streams also enforce the request's total deadline (`deadline`): every
connect, read and write gets at most the time that is left.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import SplitResult

import httpcore

from pipeline.errors import BriefError

Resolver = Callable[..., Sequence[tuple]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SHOWN_HOST_MAX = 200  # a hostile URL's host ("000…0177.0.0.1", 100 kB) is cut in the one-line refusal (review50)
_LEGACY_IPV4 = re.compile(r"\A(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}\Z", re.IGNORECASE)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class RefusedAddress(BriefError):
    """The host is (or resolves to) an address requests may not go to: bad input, exit 2."""

    exit_code = 2


def ip_literal(host: str) -> IPAddress | None:
    """The address a host written as an IP means, in any spelling inet_aton accepts (127.1,
    2130706433, 0x7f000001, 0177.0.0.1) or IPv6 (brackets and zone dropped); None for a name."""
    host = host.strip("[]").split("%")[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _LEGACY_IPV4.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def forbidden(ip: IPAddress) -> str | None:
    """Why requests may not go to `ip` (None: a public address)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = (
            ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        )
        if embedded is not None:
            return forbidden(embedded)
    for test, what in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local (cloud metadata)"),
        ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"),
        ("is_private", "private"),
        ("is_reserved", "reserved"),
    ):
        if getattr(ip, test):
            return what
    return None if ip.is_global else "not public"


def _allowed(host: str, port: int, allowed: Iterable[str], ip: IPAddress | None = None) -> bool:
    names = {host.lower().strip("[]")} | ({str(ip)} if ip is not None else set())
    for entry in allowed:
        entry = entry.strip().lower()
        if entry.startswith("["):  # [::1]:8080 or [::1]
            name, _, rest = entry[1:].partition("]")
            entry_port = rest[1:] if rest.startswith(":") else ""
        elif entry.count(":") == 1:
            name, entry_port = entry.split(":")
        else:
            name, entry_port = entry, ""
        if name in names and (not entry_port or entry_port == str(port)):
            return True
    return False


def vetted_address(host: str, port: int, allowed: Iterable[str] = (), resolver: Resolver | None = None) -> str:
    """The first address to connect to for host:port (see vetted_addresses)."""
    return vetted_addresses(host, port, allowed, resolver)[0]


def vetted_addresses(host: str, port: int, allowed: Iterable[str] = (), resolver: Resolver | None = None) -> list[str]:
    """The addresses to connect to for host:port, in the resolver's order, resolved once; raises
    RefusedAddress when the host is, or resolves to any, address requests may not go to (unless allowed)."""
    allowed = tuple(allowed)
    literal = ip_literal(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = (resolver or socket.getaddrinfo)(host, port, 0, socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
    for ip in addresses:
        why = forbidden(ip)
        if why and not _allowed(host, port, allowed, ip):
            entry = f"[{host.strip('[]')}]:{port}" if ":" in host else f"{host}:{port}"
            raise RefusedAddress(
                _refusal(host, ip, why, f"add {entry} to fetch_private_hosts to allow an internal host")
            )
    return list(dict.fromkeys(str(ip) for ip in addresses))


def _refusal(host: str, ip: IPAddress, why: str, hint: str) -> str:
    host = host if len(host) <= SHOWN_HOST_MAX else f"{host[:SHOWN_HOST_MAX]}…"
    shown = host if str(ip) == host.strip("[]") else f"{host} ({ip})"
    return f"{shown}: {'an' if why[0] in 'aeiou' else 'a'} {why} address — not fetched ({hint})"


def unparsed_literal_refusal(host: str, port: int) -> RefusedAddress | None:
    """For a URL the URL parser rejects: its refusal when the host is an address requests may not go to, written in
    a spelling that parser does not take (octal `0177.0.0.1`) — the user is told what the address is, not that the
    URL is malformed; None otherwise. Allowing it takes the usual spelling, so the hint names that."""
    ip = ip_literal(host)
    why = forbidden(ip) if ip is not None else None
    if ip is None or why is None:
        return None
    hint = f"write it {ip} and add {ip}:{port} to fetch_private_hosts to allow an internal host"
    return RefusedAddress(_refusal(host, ip, why, hint))


def url_port(parts: SplitResult) -> int:
    """The port a split URL names, else its scheme's (443 for https, else 80); ValueError for a port that is no
    number (pipeline.web.fetch.require_http and `refuse`)."""
    return parts.port or (443 if parts.scheme.lower() == "https" else 80)


def refuse(url: str, allowed: Iterable[str] = (), resolver: Resolver | None = None) -> str | None:
    """The decision alone, for a URL: None if it may be fetched, else the one-line reason."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = url_port(parts)
    except ValueError:
        return f"{url}: not a valid port"
    try:
        vetted_address(parts.hostname or "", port, allowed, resolver)
    except RefusedAddress as exc:
        return str(exc)
    except httpcore.ConnectError:
        return None  # a name that does not resolve is refused by the connection, not here
    return None


# The total deadline of the request being made in this thread (time.monotonic()); None: no deadline.
_deadline = threading.local()


def set_deadline(when: float | None) -> None:
    _deadline.at = when


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    at = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the request's total deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        stream = self.inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream)

    def get_extra_info(self, info: str):
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connects only to vetted addresses (the host name stays in the Host header and TLS SNI:
    httpcore takes both from the URL, not from the address connected to)."""

    def __init__(
        self,
        allowed: Iterable[str] = (),
        resolver: Resolver | None = None,
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self.allowed = tuple(allowed)
        self.resolver = resolver
        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        """The vetted addresses in turn (an IPv6 address first on a machine without IPv6 falls
        through to the IPv4 one, as socket.create_connection would)."""
        addresses = vetted_addresses(host, port, self.allowed, self.resolver)
        for i, address in enumerate(addresses):
            try:
                stream = self.inner.connect_tcp(
                    address, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
                )
            except httpcore.ConnectError:
                if i == len(addresses) - 1:
                    raise
                continue
            return _DeadlineStream(stream)
        raise httpcore.ConnectError(f"cannot connect to {host}")  # pragma: no cover — addresses is never empty

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise RefusedAddress(f"{path}: unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def guarded_transport(allowed: Iterable[str] = (), resolver: Resolver | None = None, inner=None):
    """An httpx transport whose every connection goes through GuardedBackend; no proxy from the
    environment (the proxy's own address would be what is checked)."""
    import httpx

    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool._network_backend = GuardedBackend(allowed, resolver, inner)  # httpx has no parameter for it
    return transport

"""Fetching pages and feeds politely: one kept httpx client, robots.txt per host (protego: `*`, `$`,
longest match, Allow; Crawl-delay up to fetch_max_wait), a delay per host, Retry-After on 429/503,
transient failures retried with backoff, bounded redirects, a total deadline per request and a size
limit on the decoded body (pipeline.web.body). Only http and https URLs reach the network, and only public addresses unless allowed
(pipeline.web.guard: every connection, redirect hops and robots.txt included). Redirects are
followed here (not by httpx) so that each hop is checked against robots.txt and a permanent move
(301/308) can be reported to the caller."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from pipeline.errors import BriefError, InputError
from pipeline.web import identity
from pipeline.web.body import BodyError, read_body
from pipeline.web.guard import RefusedAddress, Resolver, guarded_transport, set_deadline, unparsed_literal_refusal

MAX_REDIRECTS = 5
TRANSIENT_STATUS = {429, 500, 502, 503, 504}
BACKOFF_SECONDS = 1.0  # first retry delay; doubles per retry
ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is kept (a long-lived worker reads it again after that)
HUNG_UP = "without sending a response"  # httpcore's RemoteProtocolError when the server closes before answering
ROBOTS_MAX_BYTES = 512_000  # what is read of a robots.txt (RFC 9309 asks parsers to read at least 500 KiB)
HOST_DOWN_SECONDS = 300.0  # a host no connection reached (after its retries) is not asked again for this long
_REFUSED = " (access refused — the site does not serve it to this client)"
_STATUS_HINTS = {410: " (gone for good)", 404: " (not found — check the URL)", 401: _REFUSED, 403: _REFUSED}


class FetchError(BriefError):
    """A page or feed could not be had: `status` is the HTTP status (None: no response).
    `transient` (timeouts, refused connections) is worth a retry; a 4xx answer, a robots.txt
    refusal or an over-large page is the input's fault (exit 2); the rest is operational (exit 1)."""

    def __init__(
        self, message: str, *, status: int | None = None, transient: bool = False, unreachable: str | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.transient = status, transient
        self.unreachable = unreachable  # why no connection was made at all (no address, refused), else None
        client_fault = status is not None and 400 <= status < 500 and status != 429
        self.exit_code = 2 if client_fault or (status is None and not transient) else 1


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional request answered "not modified"
    headers: Mapping[str, str]
    content: bytes
    moved_to: str | None = None  # the new URL when every redirect on the way was permanent (301/308)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class Fetcher:
    """One per run (or worker process): keeps the HTTP client, each host's robots.txt (for an hour) and
    when each host was last asked."""

    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 2
    max_bytes: int = 5_000_000
    max_wait: float = 120.0
    user_agent: str = field(default_factory=identity.user_agent)
    sleep: Callable[[float], None] = time.sleep
    private_hosts: tuple[str, ...] = ()  # host or host:port entries that may be private (fetch_private_hosts)
    resolver: Resolver | None = None  # socket.getaddrinfo's signature; tests give their own
    network: object | None = None  # an httpcore NetworkBackend under the guard (tests record instead of connecting)
    _robots: dict[str, tuple[float, Protego | None]] = field(default_factory=dict, repr=False)
    _crawl_delay: dict[str, float] = field(default_factory=dict, repr=False)
    _last: dict[str, float] = field(default_factory=dict, repr=False)
    _down: dict[str, tuple[float, str]] = field(default_factory=dict, repr=False)  # host -> (when, why)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _client: httpx.Client | None = field(default=None, repr=False)

    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=False,
                transport=guarded_transport(self.private_hosts, self.resolver, self.network),
                trust_env=False,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """GET `url` (conditional if `headers` carry validators). Raises FetchError with a one-line reason."""
        require_http(url)
        permanent, current = True, url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                self.require_allowed(current)
                response = self._get_once(current, headers or {})
            except FetchError as exc:  # a hop's failure opens with the URL given (user53)
                exc.args = (f"{url}: redirected to {exc}",) if current != url else exc.args
                raise
            if response.status not in (301, 302, 303, 307, 308):
                moved = current if current != url and permanent else None
                return Response(current, response.status, response.headers, response.content, moved)
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"{current}: redirect without a Location header", status=response.status)
            permanent = permanent and response.status in (301, 308)
            try:
                current = urljoin(current, location)
            except ValueError:
                raise FetchError(f"{current}: redirects to an invalid URL ({location[:200]})") from None
            require_http(current)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects — open it in a browser to see where it leads")

    def _get_once(self, url: str, headers: Mapping[str, str]) -> Response:
        """One URL, with retries of transient failures; 404/410 and other 4xx are not retried. A host that
        no connection reached is not asked again for HOST_DOWN_SECONDS (a poll's other entries on it fail at once)."""
        self._require_up(url)
        for attempt in range(self.retries + 1):
            last_try = attempt == self.retries
            try:
                response = self._request(url, headers)
            except FetchError as exc:
                if last_try and exc.unreachable:
                    with self._lock:
                        self._down[urlsplit(url).netloc.lower()] = (time.monotonic(), exc.unreachable)
                if last_try or not exc.transient:
                    raise
                self.sleep(BACKOFF_SECONDS * 2**attempt)
                continue
            if response.status not in TRANSIENT_STATUS:
                if 400 <= response.status < 600:
                    raise FetchError(
                        f"{url}: HTTP {response.status}{_STATUS_HINTS.get(response.status, '')}", status=response.status
                    )
                return response
            wait = retry_after(response.headers.get("retry-after"))
            if last_try or (wait is not None and wait > self.max_wait):
                later = f"; the server asks to wait {wait:.0f} s" if wait is not None else ""
                raise FetchError(
                    f"{url}: HTTP {response.status} (tried {attempt + 1}×){later} — try again later",
                    status=response.status,
                )
            backoff = BACKOFF_SECONDS * 2**attempt  # also the least wait: a Retry-After of 0 or in the past
            self.sleep(backoff if wait is None else max(wait, backoff))
        raise AssertionError("unreachable")  # pragma: no cover — the loop returns or raises

    def _request(self, url: str, headers: Mapping[str, str]) -> Response:
        self._wait_for_host(url)
        deadline = time.monotonic() + self.timeout
        set_deadline(deadline)  # every connect, read and write of this request gets what is left
        try:
            with self.client().stream("GET", url, headers=dict(headers)) as response:
                declared = response.headers.get("content-length")
                encoding = response.headers.get("content-encoding", "")
                if declared and declared.isdigit() and int(declared) > self.max_bytes and not encoding:
                    raise FetchError(f"{url}: {int(declared):,} bytes is over the {self.max_bytes:,}-byte limit")
                body = read_body(
                    response.iter_raw(),
                    url=url,
                    encoding=encoding,
                    max_bytes=self.max_bytes,
                    deadline=deadline,
                    timeout=self.timeout,
                )
                return Response(url, response.status_code, dict(response.headers), body)
        except RefusedAddress as exc:
            raise FetchError(f"{url}: {exc}") from None
        except BodyError as exc:
            raise FetchError(str(exc)) from None
        except (httpx.TimeoutException, TimeoutError):
            raise FetchError(f"{url}: no answer within {self.timeout:g} s (timed out)", transient=True) from None
        except httpx.RemoteProtocolError as exc:  # connected, but what came back is not HTTP (a header bomb)
            said = "the server hung up without an answer" if HUNG_UP in str(exc) else "the server's answer breaks HTTP"
            raise FetchError(f"{url}: {said} ({exc})", transient=True) from None
        except httpx.HTTPError as exc:
            why = f"{type(exc).__name__}: {exc}"
            unreachable = why if isinstance(exc, httpx.ConnectError) else None
            raise FetchError(f"{url}: cannot connect ({why})", transient=True, unreachable=unreachable) from None
        finally:
            set_deadline(None)

    def _require_up(self, url: str) -> None:
        """Raise the host's last connection failure (transient: a later poll tries again) while it is recent."""
        host = urlsplit(url).netloc.lower()
        when, why = self._down.get(host, (None, ""))
        if when is None:
            return
        ago = time.monotonic() - when
        if ago >= HOST_DOWN_SECONDS:
            self._down.pop(host, None)
            return
        raise FetchError(
            f"{url}: cannot connect (not tried: {host} could not be reached {ago:.0f} s ago — {why}; "
            f"it is tried again {HOST_DOWN_SECONDS:.0f} s after that)",
            transient=True,
            unreachable=why,
        )

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            delay = max(self.delay, self._crawl_delay.get(host, 0.0))
            wait = self._last.get(host, -1e9) + delay - now
            self._last[host] = now + max(wait, 0.0)
        if wait > 0:
            self.sleep(wait)

    def require_allowed(self, url: str) -> None:
        """Raise FetchError (exit 2) if the host's robots.txt disallows `url` for this client."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        read_at, robots = self._robots.get(origin, (None, None))
        if read_at is None or time.monotonic() - read_at > ROBOTS_TTL:
            robots = self._read_robots(origin)
            self._robots[origin] = (time.monotonic(), robots)
        if robots is not None and not robots.can_fetch(url, identity.PRODUCT):
            raise FetchError(f"{url}: disallowed by {origin}/robots.txt — not fetched")

    def _read_robots(self, origin: str) -> Protego | None:
        """None: no rules (no robots.txt: RFC 9309 treats a 4xx as allow-all; no connection: the request
        itself will fail). A 5xx answer means "unreachable": everything is disallowed for now (RFC 9309).
        Crawl-delay is honoured up to fetch_max_wait seconds."""
        try:
            response = self._get_robots(origin + "/robots.txt")
        except FetchError:
            return None
        if response.status >= 500:
            text = "User-agent: *\nDisallow: /"
        elif response.status != 200:
            return None
        else:
            text = response.content[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
        robots = Protego.parse(text)
        delay = robots.crawl_delay(identity.PRODUCT)
        if delay:
            self._crawl_delay[urlsplit(origin).netloc.lower()] = min(float(delay), self.max_wait)
        return robots

    def _get_robots(self, url: str) -> Response:
        current = url
        for _ in range(MAX_REDIRECTS):
            response = self._request(current, {})
            if response.status not in (301, 302, 303, 307, 308) or "location" not in response.headers:
                return response
            current = urljoin(current, response.headers["location"])
        return response


def require_http(url: str) -> None:
    """InputError (one line) unless `url` is a well-formed http(s) URL (RefusedAddress: a forbidden 0177.0.0.1)."""
    from pipeline.web.guard import url_port  # loaded already (the import line above is full: ≤ 300 lines)

    try:
        parts = urlsplit(url)
        port = url_port(parts)  # ValueError: a port that is no number
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        refused = unparsed_literal_refusal(parts.hostname or "", port) if isinstance(exc, httpx.InvalidURL) else None
        raise refused or InputError(f"{url[:200]}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = f"{scheme}: URLs" if scheme else "paths on disk (a saved page is briefed as a file: brief PAGE.html)"
        raise InputError(f"{url}: only http and https URLs are fetched, not {what}")


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # '-0000': an HTTP-date is GMT, never the machine's local time
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())

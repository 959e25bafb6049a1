"""The hostile-web corpus: pages, feeds and robots.txt files an attacker would serve, each with the
one-line outcome it must come to (a fragment of it; "ok" for a page or feed that is read) and the
time and memory it may take (generous bounds, for a busy 2-core machine). `run_case` fetches one
through the real chain: guard, fetcher, decoding, extraction (trafilatura, htmldate, lxml) or
feedparser, with its own Fetcher (robots.txt is read per case) and a 3 s fetch_timeout."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from dataclasses import dataclass
from functools import cache

from pipeline.errors import BriefError
from pipeline.web.feeds import parse_feed
from pipeline.web.fetch import Fetcher
from pipeline.web.page import article_from_page
from pipeline.web.source import fetch_page
from tests.hostile_web_server import HostileServer, LoopbackOnly, answer, drip, loopback_resolver

TIMEOUT = 3.0
MAX_BYTES = 5_000_000
DUTCH = "Het kabinet heeft dinsdag besloten de steun voor Oekraïne met een jaar te verlengen. " * 3
ARTICLE = "<html><head><title>Nieuws</title></head><body><article><h1>Kop van het bericht</h1>" + "".join(
    f"<p>{DUTCH} Alinea {i}.</p>" for i in range(6)
)
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml"}


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # "page" or "feed"
    expect: str  # a fragment of the one-line outcome ("ok …" when read)
    seconds: float = 60.0  # bound on the wall time (one run measured 0.1-27 s on a busy machine: see the notes)
    megabytes: float = 150.0  # bound on the peak of Python allocations (tracemalloc)


@cache
def bomb(encoding: str) -> bytes:
    zeros = b"\0" * 60_000_000  # 60 MB decoded from ~60 KB sent
    return gzip.compress(zeros, 6) if encoding == "gzip" else zlib.compress(zeros, 6)


def rss(items: str, prolog: str = "") -> bytes:
    head = f'<?xml version="1.0"?>{prolog}<rss version="2.0"><channel><title>Hostile</title>'
    return (head + items + "</channel></rss>").encode()


def item(i: int, link: str) -> str:
    return (
        f"<item><title>Bericht {i}</title><link>{link}</link><guid>g{i}</guid><description>Kort.</description></item>"
    )


def routes(server: HostileServer, other_port: int) -> list[Case]:
    """Set up every route on `server`; the cases in the order they run."""
    cases: list[Case] = []
    url = server.url
    bomb("gzip"), bomb("deflate")  # made now: not while a case's memory is measured

    def page(name: str, body, expect: str, headers: dict | None = None, **bounds) -> None:
        data = body.encode() if isinstance(body, str) else body
        server.route(f"/{name}", lambda h: answer(h, 200, headers or HTML, data() if callable(data) else data))
        cases.append(Case(name, "page", expect, **bounds))

    def raw(name: str, write, expect: str, kind: str = "page", **bounds) -> None:
        server.route(f"/{name}", write)
        cases.append(Case(name, kind, expect, **bounds))

    def redirect(to: str):
        return lambda h: answer(h, 302, {"Location": to}, b"")

    # the transport: headers, deadlines, sizes, encodings
    raw("header-bomb", lambda h: answer(h, 200, {f"X-{i}": "a" * 90 for i in range(100_000)}, b"x"), "breaks HTTP")
    raw("one-huge-header", lambda h: answer(h, 200, {"X-Big": "a" * 2_000_000}, b"x"), "breaks HTTP")
    raw("slow-headers", lambda h: drip(h, b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 100, 0.5), "timed out")
    raw("slow-status-line", lambda h: drip(h, b"HTTP/1.1 200 OK\r\n", 1.0), "timed out")
    raw("never-answers", lambda h: h.closing.wait(10), "timed out")
    raw("byte-per-half-second", lambda h: (answer(h, 200, HTML, iter(())), drip(h, ARTICLE.encode(), 0.5)), "timed out")
    page("gzip-bomb", lambda: bomb("gzip"), "(decoded)", {**HTML, "Content-Encoding": "gzip"}, megabytes=60)
    page("deflate-bomb", lambda: bomb("deflate"), "(decoded)", {**HTML, "Content-Encoding": "deflate"}, megabytes=60)
    page("brotli-unasked", b"\x1b\xff\xff" * 1000, "not asked for", {**HTML, "Content-Encoding": "br"})
    page("gzip-twice", b"x" * 100, "not asked for", {**HTML, "Content-Encoding": "gzip, gzip"})
    page("gzip-corrupt", b"\x1f\x8b\x08\x00garbage" * 100, "corrupt", {**HTML, "Content-Encoding": "gzip"})
    page("length-lie", b"<p>kort</p>", "over the", {**HTML, "Content-Length": "999999999999"})
    raw("endless-body", lambda h: answer(h, 200, HTML, iter([b"<p>" + b"a " * 32_768] * 10_000)), "byte limit")
    # where requests may go: every hop checked, refused hops never connected
    raw("redirect-loop", redirect("/redirect-loop"), "more than 5 redirects")
    raw("redirect-to-10", redirect("http://10.0.0.1/admin"), "private")
    raw("redirect-to-metadata", redirect("http://169.254.169.254/latest/meta-data/"), "link-local")
    raw("redirect-to-other-port", redirect(f"http://127.0.0.1:{other_port}/"), "loopback")
    raw("redirect-to-localhost", redirect(f"http://localhost:{other_port}/"), "loopback")
    raw("redirect-to-decimal-ip", redirect(f"http://2130706433:{other_port}/"), "loopback")
    raw("redirect-to-hex-ip", redirect(f"http://0x7f000001:{other_port}/"), "loopback")
    raw("redirect-to-mapped-v6", redirect(f"http://[::ffff:127.0.0.1]:{other_port}/"), "loopback")
    raw("redirect-to-fd00", redirect("http://[fd00::1]/"), "private")
    raw("redirect-to-file", redirect("file:///etc/passwd"), "only http and https")
    raw("redirect-to-broken-ipv6", redirect("http://[::1/x"), "Invalid URL in location")
    raw("redirect-to-bad-port", redirect("http://127.0.0.1:abc/"), "Invalid URL in location")
    raw("redirect-with-credentials", redirect("http://user:pw@10.0.0.1/"), "private")
    raw("redirect-to-unknown-name", redirect("http://intranet.example/"), "cannot connect")
    # what a page holds
    page("unclosed-script-5mb", ARTICLE + "<script>" + "if(a<b){x()}" * 410_000, "ok")
    page("unclosed-script-tag", ARTICLE + "<script" + "a" * 4_900_000, "ok")
    page("unclosed-comment", ARTICLE + "<!--" + "x " * 2_400_000, "ok")
    page("nested-50k", "<html><body>" + "<div>" * 50_000 + ARTICLE + "</div>" * 50_000, "no article text")
    page("nested-tables", "<html><body>" + "<table><tr><td>" * 20_000 + ARTICLE, "no article text")
    page("million-open-divs", "<html><body>" + "<div" * 1_000_000, "no article text")
    page("huge-single-line", "<html><body><p>" + "a" * 4_900_000 + "</p>", "word of article text")
    page("many-words-one-line", "<html><body><p>" + "woord " * 300_000 + "</p>", "ok", seconds=120, megabytes=300)
    page("title-bomb", "<title>" * 700_000, "no article text")
    page("attribute-bomb", "<div " + 'a="b" ' * 700_000 + ">" + ARTICLE, "ok")
    page("entity-flood", ARTICLE + "<p>" + "&amp;" * 900_000 + "</p>", "ok")
    page("json-ld-deep", ARTICLE + '<script type="application/ld+json">' + "[" * 200_000 + "</script>", "ok")
    page("time-tags-50k", ARTICLE + '<time datetime="2020-01-01">x</time>' * 50_000, "ok")
    page("tags-100k", ARTICLE + "<span>x</span>" * 100_000, "ok")
    page("charset-lie-utf8", (ARTICLE + "<p>Café één €</p>").encode("cp1252"), "ok")
    page("charset-lie-sjis", ARTICLE.encode(), "ok", {"Content-Type": "text/html; charset=shift_jis"})
    page("charset-unknown", ARTICLE.encode(), "ok", {"Content-Type": "text/html; charset=x-nonsense"})
    page("charset-utf16-lie", ARTICLE.encode(), "", {"Content-Type": "text/html; charset=utf-16"})
    page(
        "charset-detect-4mb",
        ARTICLE.encode() + bytes(range(128, 256)) * 31_000,
        "",
        {"Content-Type": "text/html; charset=ascii"},
    )
    page("nul-bytes", b"\0" * 5000 + ARTICLE.encode(), "binary data")
    page("pdf-as-html", b"%PDF-1.4" + b"x" * 10_000, "a PDF")
    page("consent-and-unclosed", "<title>Privacy Gate</title><script" + "a" * 1_000_000, "consent wall")
    # robots.txt (one Fetcher per case: each case reads it anew)
    cases.append(Case("robots-wildcard-query", "page", "disallowed by"))  # /robots/… routes: robots_routes
    cases.append(Case("robots-dollar-pdf", "page", "disallowed by"))
    cases.append(Case("robots-allow-longest", "page", "ok"))
    # feeds
    raw("billion-laughs", lambda h: answer(h, 200, RSS, LAUGHS), "declares XML entities", kind="feed")
    raw("feed-30k-entries", lambda h: answer(h, 200, RSS, rss("".join(item(i, url("/a")) for i in range(30_000)))),
        "ok 1000 entries", kind="feed")  # fmt: skip
    raw("feed-links-redirect-loopback", lambda h: answer(h, 200, RSS, rss(item(1, url("/redirect-to-other-port")))),
        "loopback", kind="feed")  # fmt: skip
    raw("feed-links-redirect-10", lambda h: answer(h, 200, RSS, rss(item(1, url("/redirect-to-10")))),
        "private", kind="feed")  # fmt: skip
    raw("feed-link-to-metadata", lambda h: answer(h, 200, RSS, rss(item(1, "http://169.254.169.254/"))),
        "link-local", kind="feed")  # fmt: skip
    raw("feed-external-dtd", lambda h: answer(h, 200, RSS, rss(item(1, url("/a")), EXTERNAL_DTD)), "ok 1 entries",
        kind="feed")  # fmt: skip
    raw("feed-gzip-bomb", lambda h: answer(h, 200, {**RSS, "Content-Encoding": "gzip"}, bomb("gzip")), "(decoded)",
        kind="feed", megabytes=60)  # fmt: skip
    raw("feed-is-html", lambda h: answer(h, 200, HTML, ARTICLE.encode()), "not an RSS or Atom feed", kind="feed")
    raw("feed-deep-content", lambda h: answer(h, 200, RSS, rss(DEEP_ITEM)), "ok 1 entries", kind="feed")
    for name, body in FEED_BODIES.items():
        raw(name, lambda h, body=body: answer(h, 200, RSS, rss(body)), "ok 1 entries", kind="feed")
    server.route("/a", lambda h: answer(h, 200, HTML, ARTICLE.encode()))
    return cases


LAUGHS = rss(
    "<item><guid>a</guid><title>&l9;</title></item>",
    "<!DOCTYPE r [<!ENTITY l0 'lol'>"
    + "".join(f"<!ENTITY l{i} '{('&l' + str(i - 1) + ';') * 10}'>" for i in range(1, 10))
    + "]>",
)
EXTERNAL_DTD = '<!DOCTYPE rss SYSTEM "file:///etc/passwd">'
DEEP_ITEM = (
    "<item><guid>d</guid><title>Diep</title><description><![CDATA[" + "<div>" * 50_000 + "x]]></description></item>"
)
FEED_BODIES = {
    "feed-deep-xml": "<item><guid>x</guid><description>" + "<x>" * 50_000 + "</x>" * 50_000 + "</description></item>",
    "feed-unclosed-deep": "<item><guid>x</guid>" + "<x>" * 50_000,
    "feed-escaped-deep-html": "<item><guid>x</guid><description>" + "&lt;div&gt;" * 100_000 + "</description></item>",
    "feed-50k-categories": "<item><guid>x</guid>" + "<category>c</category>" * 50_000 + "</item>",
}
ROBOTS = {
    "robots-wildcard-query": ("User-agent: *\nDisallow: /*?\n", "/artikel?id=1"),
    "robots-dollar-pdf": ("User-agent: *\nDisallow: /*.pdf$\n", "/stuk.pdf"),
    "robots-allow-longest": ("User-agent: *\nDisallow: /nieuws/\nAllow: /nieuws/artikel\n", "/nieuws/artikel"),
}


def run_case(case: Case, server: HostileServer, robots_server: HostileServer) -> tuple[str, float, float]:
    """(one-line outcome, seconds, peak MB of Python allocations). An exception that is not a
    BriefError propagates: that is a traceback, and the test fails on it."""
    network = LoopbackOnly()
    allowed = (f"127.0.0.1:{server.port}", f"127.0.0.1:{robots_server.port}")
    fetcher = Fetcher(
        delay=0, timeout=TIMEOUT, retries=0, max_bytes=MAX_BYTES, max_wait=5, sleep=lambda s: None,
        private_hosts=allowed, resolver=loopback_resolver, network=network,
    )  # fmt: skip
    target = server.url(f"/{case.name}")
    if case.name in ROBOTS:
        text, path = ROBOTS[case.name]
        robots_server.route("/robots.txt", lambda h: answer(h, 200, {"Content-Type": "text/plain"}, text.encode()))
        robots_server.route(path.split("?")[0], lambda h: answer(h, 200, HTML, ARTICLE.encode()))
        target = robots_server.url(path)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = _outcome(case, target, fetcher)
    except BriefError as exc:
        outcome = str(exc)
    finally:
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        fetcher.close()
    assert all(host.startswith("127.") for host, _ in network.connects)
    return outcome, seconds, peak


def _outcome(case: Case, url: str, fetcher: Fetcher) -> str:
    if case.kind == "page":
        article = article_from_page(fetch_page(url, fetcher))
        return f"ok {len(article.text.split())} words"
    feed = parse_feed(fetcher.get(url).content, url=url)
    for entry in feed.entries[:3]:  # the links are followed as the poll follows them
        if entry.link and entry.link.startswith("http") and not entry.link.endswith("/a"):
            fetch_page(entry.link, fetcher)
    return f"ok {len(feed.entries)} entries"

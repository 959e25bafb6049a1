"""The fetcher against a loopback server: identity, robots.txt, Retry-After, retries, redirects,
timeouts, the size limit, gzip, and refusals of what is not an HTML page."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.settings import BriefSettings
from pipeline.web.fetch import Fetcher, FetchError
from pipeline.web.identity import user_agent
from pipeline.web.source import fetch_page, read_source
from tests.pipeline.web.conftest import LOCAL, saved
from tests.web_server import Answer

NOS = "html/nos_dodental-parijs-op-129.html"


def test_a_page_is_fetched_with_the_product_user_agent_and_gzip(server, fetcher) -> None:
    server.serve(
        "/artikel", gzip.compress(saved(NOS)), content_type="text/html; charset=utf-8", Content_Encoding="gzip"
    )
    page = fetch_page(server.url("/artikel"), fetcher)
    assert page.meta.headline == "Dodental Parijs op 129, maar zal nog stijgen"
    assert page.meta.url == server.url("/artikel") and page.meta.fetched_at.endswith("Z")
    asked = server.asked("/artikel")[0].headers
    assert asked["user-agent"] == user_agent()
    assert user_agent().startswith("dutch-brief/0.1.0 (+http")
    assert "gzip" in asked["accept-encoding"]


def test_robots_txt_is_read_once_per_host_and_a_disallowed_url_is_never_fetched(server, fetcher) -> None:
    server.serve("/robots.txt", b"User-agent: dutch-brief\nDisallow: /prive/\n", content_type="text/plain")
    server.serve("/prive/a", saved(NOS))
    server.serve("/open", saved(NOS))
    with pytest.raises(FetchError, match="disallowed by .*robots.txt") as caught:
        fetcher.get(server.url("/prive/a"))
    assert caught.value.exit_code == 2
    assert fetcher.get(server.url("/open")).status == 200
    assert server.asked("/prive/a") == []
    assert len(server.asked("/robots.txt")) == 1


def test_retry_after_on_429_is_honoured(server, fetcher, sleeps) -> None:
    answers = iter(
        [Answer(429, b"slow down", {"Retry-After": "7"}), Answer(200, saved(NOS), {"Content-Type": "text/html"})]
    )
    server.handle("/busy", lambda request: next(answers))
    assert fetcher.get(server.url("/busy")).status == 200
    assert sleeps == [7.0]
    assert len(server.asked("/busy")) == 2


def test_a_retry_after_longer_than_the_limit_gives_up_at_once(server, sleeps) -> None:
    server.serve("/later", b"", status=503, Retry_After="3600")
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=3, max_wait=120, sleep=sleeps.append)
    with pytest.raises(FetchError, match="HTTP 503.*wait 3600 s"):
        client.get(server.url("/later"))
    assert len(server.asked("/later")) == 1 and sleeps == []


def test_transient_errors_are_retried_with_backoff_then_reported(server, sleeps) -> None:
    server.serve("/down", b"", status=502)
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=2, sleep=sleeps.append)
    with pytest.raises(FetchError, match=r"HTTP 502 \(tried 3×\)") as caught:
        client.get(server.url("/down"))
    assert caught.value.exit_code == 1
    assert sleeps == [1.0, 2.0] and len(server.asked("/down")) == 3


@pytest.mark.parametrize(("status", "hint"), [(404, "not found"), (410, "gone for good")])
def test_404_and_410_are_reported_once_not_retried(server, fetcher, status: int, hint: str) -> None:
    server.serve("/weg", b"", status=status)
    with pytest.raises(FetchError, match=hint) as caught:
        fetcher.get(server.url("/weg"))
    assert caught.value.status == status and caught.value.exit_code == 2
    assert len(server.asked("/weg")) == 1


def test_redirects_are_followed_and_a_permanent_move_is_reported(server, fetcher) -> None:
    server.serve("/old", b"", status=301, Location="/new")
    server.serve("/tmp", b"", status=302, Location="/new")
    server.serve("/new", saved(NOS))
    moved = fetcher.get(server.url("/old"))
    assert moved.url == server.url("/new") and moved.moved_to == server.url("/new")
    assert fetcher.get(server.url("/tmp")).moved_to is None  # a temporary redirect moves nothing


def test_a_redirect_loop_is_bounded(server, fetcher) -> None:
    server.serve("/a", b"", status=301, Location="/b")
    server.serve("/b", b"", status=301, Location="/a")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(server.url("/a"))
    assert len(server.requests) <= 7  # robots.txt + 6 hops


def test_a_redirect_to_another_scheme_is_refused(server, fetcher) -> None:
    server.serve("/ftp", b"", status=302, Location="ftp://example.org/file")
    with pytest.raises(InputError, match="only http and https"):
        fetcher.get(server.url("/ftp"))


def test_a_hanging_server_times_out(server, sleeps) -> None:
    server.handle("/hang", lambda request: Answer(200, b"late", delay=10))
    client = Fetcher(private_hosts=LOCAL, delay=0, timeout=0.5, retries=0, sleep=sleeps.append)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        client.get(server.url("/hang"))
    assert time.monotonic() - started < 9  # gave up well before the server's 10 s answer


def test_a_20_mb_page_is_stopped_at_the_size_limit(server, fetcher) -> None:
    chunk = b"<p>" + b"x" * 65533 + b"\n"
    server.handle("/huge", lambda request: Answer(200, (chunk for _ in range(320)), {"Content-Type": "text/html"}))
    with pytest.raises(FetchError, match="larger than the 5,000,000-byte limit") as caught:
        fetcher.get(server.url("/huge"))
    assert caught.value.exit_code == 2
    declared = b"x" * 20_000_000
    server.serve("/declared", declared)
    with pytest.raises(FetchError, match="20,000,000 bytes is over"):
        fetcher.get(server.url("/declared"))


def test_a_pdf_or_an_image_is_not_a_page(server, fetcher) -> None:
    server.serve("/doc.pdf", b"%PDF-1.7\n%...binary", content_type="application/pdf")
    server.serve("/foto", b"\x89PNG\r\n\x1a\n....", content_type="image/png")
    server.serve("/data", b'{"a": 1}', content_type="application/json")
    with pytest.raises(InputError, match="a PDF, not an HTML page"):
        fetch_page(server.url("/doc.pdf"), fetcher)
    with pytest.raises(InputError, match="a PNG image"):
        fetch_page(server.url("/foto"), fetcher)
    with pytest.raises(InputError, match="sent application/json, not an HTML page"):
        fetch_page(server.url("/data"), fetcher)


def test_a_consent_wall_and_a_js_shell_are_refused_when_fetched(server, fetcher) -> None:
    server.serve("/wall", saved("html/hln_dpg-privacy-gate_consent-wall.html"))
    server.serve("/app", saved("html/rtlxl_spa-shell_js-only.html"))
    with pytest.raises(InputError, match="consent wall"):
        fetch_page(server.url("/wall"), fetcher)
    with pytest.raises(InputError, match="JavaScript-only"):
        fetch_page(server.url("/app"), fetcher)


def test_the_per_host_delay_spaces_requests(server, sleeps) -> None:
    server.serve("/x", saved(NOS))
    client = Fetcher(private_hosts=LOCAL, delay=1.5, sleep=sleeps.append)
    client.get(server.url("/x"))
    client.get(server.url("/x"))
    # robots.txt, then the page 1.5 s later, then the page again 1.5 s after that (the fake sleep does not
    # pass time, so each wait is counted from the same moment, less the real time the requests took: a loaded
    # machine's CI took 12 ms between them)
    assert len(sleeps) == 2 and 1.0 < sleeps[0] <= 1.5 and 1.3 < sleeps[1] - sleeps[0] <= 1.51


def test_file_urls_and_paths_never_reach_the_network(tmp_path: Path, monkeypatch) -> None:
    import httpx

    monkeypatch.setattr(httpx.Client, "send", lambda *a, **k: pytest.fail("the network was used"))
    article = tmp_path / "a.txt"
    article.write_text("Het kabinet is gevallen. De premier bood zijn ontslag aan.", encoding="utf-8")
    assert read_source(article.as_uri(), BriefSettings()).blocks[0].text.startswith("Het kabinet")
    with pytest.raises(InputError, match="only http and https"):
        read_source("ftp://example.org/a.html", BriefSettings())


def test_robots_txt_is_read_again_once_it_is_older_than_its_ttl(server, fetcher, monkeypatch) -> None:
    from pipeline.web import fetch

    server.serve("/x", saved(NOS))
    fetcher.get(server.url("/x"))
    fetcher.get(server.url("/x"))
    assert len(server.asked("/robots.txt")) == 1
    monkeypatch.setattr(fetch, "ROBOTS_TTL", -1.0)
    fetcher.get(server.url("/x"))
    assert len(server.asked("/robots.txt")) == 2


def test_a_refused_connection_is_retried_with_backoff_then_reported(sleeps) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=2, sleep=sleeps.append)
    with pytest.raises(FetchError, match="cannot connect") as caught:
        client.get(f"http://127.0.0.1:{port}/a")
    assert caught.value.exit_code == 1 and sleeps == [1.0, 2.0]


def test_a_robots_txt_that_answers_5xx_disallows_the_host_for_now(server, fetcher) -> None:
    server.serve("/robots.txt", b"", status=500)
    server.serve("/a", saved(NOS))
    with pytest.raises(FetchError, match="disallowed by"):
        fetcher.get(server.url("/a"))
    assert server.asked("/a") == []


def test_robots_wildcards_and_crawl_delay_are_honoured(server, sleeps) -> None:
    """protego: `/*?` and `$` rules forbid what plain prefix matching allowed; the longest rule wins;
    Crawl-delay spaces requests to the host (at most fetch_max_wait)."""
    robots = (
        "User-agent: *\nDisallow: /*?\nDisallow: /*.pdf$\nDisallow: /nieuws/\nAllow: /nieuws/open\nCrawl-delay: 7\n"
    )
    server.serve("/robots.txt", robots.encode(), content_type="text/plain")
    for path in ("/a", "/nieuws/open", "/stuk.pdf", "/stuk.pdf.html", "/nieuws/dicht"):
        server.serve(path, saved(NOS))
    client = Fetcher(private_hosts=LOCAL, delay=0, retries=0, max_wait=5, sleep=sleeps.append)
    for path in ("/a?id=1", "/stuk.pdf", "/nieuws/dicht"):
        with pytest.raises(FetchError, match="disallowed by"):
            client.get(server.url(path))
    for path in ("/a", "/nieuws/open", "/stuk.pdf.html"):
        assert client.get(server.url(path)).status == 200
    # Crawl-delay 7, capped at fetch_max_wait 5: each request waits for a slot 5 s after the last one
    # (sleeps are recorded, not slept, so the slots add up)
    assert len(sleeps) == 3 and round(sleeps[0]) == 5 and all(round(b - a) == 5 for a, b in zip(sleeps, sleeps[1:]))
    assert server.asked("/stuk.pdf") == [] and server.asked("/nieuws/dicht") == []
    client.close()

"""The README's promises about web pages and feeds: pages from ../shared/web/ served on 127.0.0.1 only,
`brief URL` and `brief feeds poll` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acceptance.conftest import WEB, User, front_matter
from tests.web_server import Answer, LoopbackServer, Request

ROBOTS = b"User-agent: *\nDisallow:\n\nUser-agent: dutch-brief\nDisallow: /private/\n"


@pytest.fixture()
def web():
    server = LoopbackServer().start()
    server.serve("/robots.txt", ROBOTS, content_type="text/plain")
    yield server
    server.stop()


def _allow(web: LoopbackServer) -> dict[str, str]:
    return {"BRIEF_FETCH_PRIVATE_HOSTS": json.dumps(list(web.allowed)), "BRIEF_FETCH_DELAY": "0"}


def _page(name: str) -> bytes:
    return (WEB / "html" / name).read_bytes()


def _one_line(run) -> str:
    assert "Traceback" not in run.text, run.text
    assert len(run.lines) == 1, run.lines
    return run.lines[0]


def test_page_by_url_is_briefed_politely(user: User, web: LoopbackServer):
    """README: "`brief https://…` # fetch, extract, brief; prints the brief's path"; "The front matter of a web
    brief adds `source_title`, `source_url`, `outlet`, …, `fetched_at`, `extractor` and `extracted_from`";
    "Requests name the product: `User-Agent: dutch-brief/<version> (+<repository URL>)`"."""
    web.serve("/binnenland/mh17.html", _page("telegraaf_geen-id-twee-mh17-slachtoffers.html"))
    url = web.url("/binnenland/mh17.html")
    run = user.brief(url, extra=_allow(web))
    assert run.code == 0, run.text
    meta = front_matter(Path(run.out.strip().splitlines()[-1]))
    assert meta["source_url"] == url and meta["extracted_from"] == "page"
    assert meta["source_title"] and meta["fetched_at"] and meta["extractor"]
    agents = {r.headers.get("user-agent", "") for r in web.requests}
    assert agents and all(a.startswith("dutch-brief/") and "(+" in a for a in agents), agents


def test_robots_txt_disallow_is_never_fetched(user: User, web: LoopbackServer):
    """README: "the group for `dutch-brief` is used, else `*`. A disallowed URL is never fetched"; a page
    "refused by robots.txt" is bad input."""
    web.serve("/private/article.html", _page("telegraaf_geen-id-twee-mh17-slachtoffers.html"))
    run = user.brief(web.url("/private/article.html"), extra=_allow(web))
    assert run.code == 2, run.text
    assert "robots" in _one_line(run).lower()
    assert web.asked("/private/article.html") == []
    assert user.briefs() == []


def test_private_addresses_are_refused_in_any_spelling_without_a_request(user: User, web: LoopbackServer):
    """README: "Refused, in any spelling (`127.1`, `2130706433`, `0x7f000001`, `0177.0.0.1`,
    `[::ffff:10.0.0.1]` …): loopback, private … A refused URL is one line ("… — not fetched (add HOST:PORT to
    fetch_private_hosts …)"), exit 2 on the command line, … and never a request"."""
    port = web.url("/").split(":")[2].rstrip("/")
    hosts = ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]", "localhost"]
    urls = [f"http://{host}:{port}/artikel.html" for host in hosts]
    run = user.brief(*urls)
    assert run.code == 2, run.text
    assert "Traceback" not in run.text
    for url in urls:
        lines = [line for line in run.lines if url in line]
        assert len(lines) == 1 and "not fetched" in lines[0] and "fetch_private_hosts" in lines[0], (url, run.lines)
    assert web.requests == []
    assert user.briefs() == []


def test_octal_loopback_spelling_is_refused_without_a_request(user: User, web: LoopbackServer):
    """README: "Refused, in any spelling (… `0177.0.0.1` …) … A refused URL is one line ("… a private address — not
    fetched (add HOST:PORT to fetch_private_hosts …)"), exit 2 on the command line, … and never a request" (httpx
    does not parse the octal spelling: the line still says what the address is, not that the URL is malformed)."""
    port = web.url("/").split(":")[2].rstrip("/")
    run = user.brief(f"http://0177.0.0.1:{port}/artikel.html")
    line = _one_line(run)
    assert run.code == 2 and "0177.0.0.1" in line and "loopback" in line, run.text
    assert "not fetched" in line and f"127.0.0.1:{port} to fetch_private_hosts" in line, line
    assert web.requests == [] and user.briefs() == []


def test_allowed_private_host_is_that_port_only(user: User, web: LoopbackServer):
    """README: "name it in `fetch_private_hosts`: `host` (any port) or `host:port` (that port only …)"."""
    run = user.brief(web.url("/artikel.html"), extra={"BRIEF_FETCH_PRIVATE_HOSTS": '["127.0.0.1:9"]'})
    assert run.code == 2 and "fetch_private_hosts" in _one_line(run)
    assert web.requests == []


def test_consent_wall_is_one_line_exit_2(user: User, web: LoopbackServer):
    """README: "Refused with a one-line reason (exit 2): consent walls (DPG Media's Privacy Gate and the like),
    JavaScript-only shells …"."""
    web.serve("/nieuws/a.html", _page("hln_dpg-privacy-gate_consent-wall.html"))
    run = user.brief(web.url("/nieuws/a.html"), extra=_allow(web))
    assert run.code == 2, run.text
    _one_line(run)
    assert user.briefs() == []


def test_page_that_fails_by_hand_is_listed_with_the_failures(user: User, web: LoopbackServer):
    """README: "A page given by hand that fails (`brief URL`: 404, refused by robots.txt, not Dutch, too large) is
    listed with the day's failures"; `brief failures list` shows "what else the day's digest lists as not
    briefed"."""
    url = web.url("/weg.html")
    run = user.brief(url, extra=_allow(web))
    assert run.code != 0 and url in _one_line(run)
    listed = user.brief("failures", "list", "--out", str(user.out))
    assert listed.code == 0, listed.text
    assert url in listed.out, listed.out


def _feed(web: LoopbackServer) -> bytes:
    link = web.url("/nieuws/sapjes.html")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Metro</title>'
        f"<link>{web.url('/')}</link><description>nieuws</description>"
        f"<item><title>Sapjes en fris stijgen sneller in prijs dan alcohol</title><link>{link}</link>"
        "<guid>metro-sapjes-1</guid><pubDate>Thu, 10 Mar 2016 10:00:00 +0100</pubDate>"
        "<description>Frisdrank en sapjes worden sneller duurder dan alcohol.</description></item>"
        "</channel></rss>"
    ).encode()


def test_feed_poll_briefs_entries_and_asks_again_conditionally(user: User, web: LoopbackServer):
    """README: "`brief feeds poll URL` # brief every new entry of these feeds"; "Feeds are fetched
    conditionally: their `ETag` and `Last-Modified` are sent back (`If-None-Match`, `If-Modified-Since`), so an
    unchanged feed costs one small request and no work"; each feed ends "with one line: not modified, or how
    many entries were briefed"."""
    feed = _feed(web)

    def answer(request: Request) -> Answer:
        if request.headers.get("if-none-match") == '"v1"':
            return Answer(304, b"", {"ETag": '"v1"'})
        return Answer(200, feed, {"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    web.handle("/feed.xml", answer)
    web.serve("/nieuws/sapjes.html", _page("metronieuws_sapjes-en-fris-stijgen-sneller.html"))
    first = user.brief("feeds", "poll", web.url("/feed.xml"), extra=_allow(web))
    assert first.code == 0, first.text
    assert len(user.briefs()) == 1 and "briefed" in first.text
    assert front_matter(user.briefs()[0])["source_url"] == web.url("/nieuws/sapjes.html")
    second = user.brief("feeds", "poll", web.url("/feed.xml"), extra=_allow(web))
    assert second.code == 0, second.text
    assert "not modified" in second.text.lower(), second.text
    assert web.asked("/feed.xml")[-1].headers.get("if-none-match") == '"v1"'
    assert len(web.asked("/nieuws/sapjes.html")) == 1


def _teaser_feed(web: LoopbackServer) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Snel</title>'
        f"<link>{web.url('/')}</link><description>nieuws</description>"
        f"<item><title>Brand in Drachten</title><link>{web.url('/nog-niet.html')}</link><guid>snel-1</guid>"
        "<description>Een boerderij brandt.</description></item></channel></rss>"
    ).encode()


def test_teaser_whose_page_answers_404_waits_without_failing(user: User, web: LoopbackServer):
    """README: "A teaser-only entry whose page answers 404 waits for its page …: no failure — the poll says "N
    waiting for their page" and a line per entry, exit 0, `brief feeds list` names it"."""
    web.serve("/snel.xml", _teaser_feed(web), content_type="application/rss+xml")
    run = user.brief("feeds", "poll", web.url("/snel.xml"), extra=_allow(web))
    assert run.code == 0, run.text
    assert "1 waiting for their page" in run.text, run.text
    listed = user.brief("feeds", "list", "--out", str(user.out), extra=_allow(web))
    assert listed.code == 0 and "nog-niet.html" in listed.text, listed.text


def test_feed_answering_410_is_not_asked_again(user: User, web: LoopbackServer):
    """README: "a feed that answers 410 is marked gone and not asked again" (a feed of the settings:
    `[[brief.feeds]]`, polled by `brief feeds poll`)."""
    web.serve("/weg.xml", b"gone", status=410, content_type="text/plain")
    config = user.root / "brief.toml"
    config.write_text(f'[brief]\n\n[[brief.feeds]]\nurl = "{web.url("/weg.xml")}"\nname = "Weg"\n', encoding="utf-8")
    extra = {**_allow(web), "BRIEF_CONFIG": str(config)}
    first = user.brief("feeds", "poll", extra=extra)
    second = user.brief("feeds", "poll", extra=extra)
    assert "Traceback" not in first.text + second.text, first.text + second.text
    assert len(web.asked("/weg.xml")) == 1

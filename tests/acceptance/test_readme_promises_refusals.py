"""The README's promises about what `brief` refuses, and how: one line, the documented exit status, no
traceback, no brief, and no request it should not make. Pages on 127.0.0.1 only."""

from __future__ import annotations

import json

import pytest

from tests.acceptance.conftest import WEB, User
from tests.web_server import LoopbackServer

ENGLISH_PAGE = (
    b"<html lang='en'><head><title>Rain in London</title></head><body><article><h1>Rain in London</h1>"
    + b"<p>The weather in London was cold and rainy again today, and many trains ran late in the evening.</p>" * 6
    + b"</article></body></html>"
)


@pytest.fixture()
def web():
    server = LoopbackServer().start()
    server.serve("/robots.txt", b"User-agent: *\nDisallow:\n", content_type="text/plain")
    yield server
    server.stop()


def _allow(web: LoopbackServer) -> dict[str, str]:
    return {"BRIEF_FETCH_PRIVATE_HOSTS": json.dumps(list(web.allowed)), "BRIEF_FETCH_DELAY": "0"}


def _refused(user: User, run, code: int = 2) -> str:
    assert run.code == code, run.text
    assert "Traceback" not in run.text, run.text
    assert len(run.lines) == 1, run.lines
    assert user.briefs() == []
    return run.lines[0]


PAGES = {
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf"),
    "image": (b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
    "javascript-shell": ((WEB / "html" / "rtlxl_spa-shell_js-only.html").read_bytes(), "text/html"),
    "english": (ENGLISH_PAGE, "text/html; charset=utf-8"),
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_page_that_is_no_dutch_article_is_one_line_exit_2(user: User, web: LoopbackServer, kind: str):
    """README: "Refused with a one-line reason (exit 2): consent walls …, JavaScript-only shells, PDFs, images
    and other non-HTML answers, pages with no article text, pages not in Dutch"."""
    content, content_type = PAGES[kind]
    web.serve("/nieuws/pagina", content, content_type=content_type)
    _refused(user, user.brief(web.url("/nieuws/pagina"), extra=_allow(web)))


def test_robots_txt_answering_5xx_disallows_the_host(user: User, web: LoopbackServer):
    """README: "a robots.txt that answers 5xx disallows the host for now"; "A disallowed URL is never
    fetched"."""
    web.serve("/robots.txt", b"down", status=503, content_type="text/plain")
    web.serve("/nieuws/a.html", (WEB / "html" / "telegraaf_geen-id-twee-mh17-slachtoffers.html").read_bytes())
    run = user.brief(web.url("/nieuws/a.html"), extra={**_allow(web), "BRIEF_FETCH_RETRIES": "0"})
    assert run.code != 0, run.text
    assert "Traceback" not in run.text and user.briefs() == []
    assert web.asked("/nieuws/a.html") == []


def test_redirect_to_a_host_not_allowed_is_refused_before_connecting(user: User, web: LoopbackServer):
    """README: "Before every connection — the URL given, every redirect hop and robots.txt — the host is
    resolved once and every address it resolves to is checked"; a refused URL is "never a request"."""
    other = LoopbackServer().start()
    try:
        web.serve("/verhuisd", b"", status=302, content_type="text/plain", Location=other.url("/binnen.html"))
        line = _refused(user, user.brief(web.url("/verhuisd"), extra=_allow(web)))
        assert "fetch_private_hosts" in line, line
        assert other.requests == []
    finally:
        other.stop()


def test_redirect_to_a_file_url_is_refused(user: User, web: LoopbackServer, tmp_path):
    """README: "Only http and https URLs are fetched: a feed, an entry's link or a redirect that is a `file://`
    URL or a path is refused in one line"."""
    secret = tmp_path / "artikel.txt"
    secret.write_text("Het kabinet komt vandaag bijeen over de begroting van volgend jaar.\n", encoding="utf-8")
    web.serve("/verhuisd", b"", status=302, content_type="text/plain", Location=secret.as_uri())
    run = user.brief(web.url("/verhuisd"), extra=_allow(web))
    assert run.code != 0 and "Traceback" not in run.text and len(run.lines) == 1, run.text
    assert user.briefs() == []


def test_yaml_front_matter_with_aliases_is_refused_before_loading(user: User):
    """README: "Markdown front matter with YAML anchors/aliases, nesting deeper than 10 or over 64 KB is refused
    with one line before it is loaded"."""
    article = user.root / "bom.md"
    article.write_text(
        "---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n\n"
        "# Kabinet valt\n\nHet kabinet is vandaag gevallen na een lang debat over de begroting.\n",
        encoding="utf-8",
    )
    _refused(user, user.brief(str(article)))


def test_model_that_cannot_be_had_offline_is_one_sentence_exit_1(user: User):
    """README: "Without internet access and without a cached copy, `brief` stops with one sentence saying so
    (exit 1)"."""
    article = user.root / "a.txt"
    article.write_text("Het kabinet komt vandaag bijeen over de begroting van volgend jaar.\n", encoding="utf-8")
    env = {k: v for k, v in user.env.items() if k not in ("BRIEF_TRANSLATOR", "BRIEF_SUMMARIZER")}
    offline = User(user.root, env)
    _refused(offline, offline.brief(str(article)), code=1)


def test_serve_without_a_prefect_server_is_one_sentence(user: User):
    """README: "Without `PREFECT_API_URL`, `brief serve` stops with one sentence saying how to start a
    server"."""
    (user.root / "inbox").mkdir()
    run = user.brief("serve", "--cron", "0 7 * * *", "--inbox", str(user.root / "inbox"), "--out", str(user.out))
    assert run.code != 0 and "Traceback" not in run.text, run.text
    assert len(run.lines) == 1 and "server" in run.lines[0].lower(), run.lines


def test_serve_refuses_a_day(user: User):
    """README: "`brief serve` refuses it (every scheduled run would be that day's — give a run its `day`
    instead)"."""
    (user.root / "inbox").mkdir()
    run = user.brief(
        "serve",
        "--inbox",
        str(user.root / "inbox"),
        "--out",
        str(user.out),
        extra={"BRIEF_DAY": "2026-12-01", "PREFECT_API_URL": "http://127.0.0.1:9/api"},
    )
    assert run.code != 0 and "Traceback" not in run.text, run.text
    assert len(run.lines) == 1 and "day" in run.lines[0].lower(), run.lines


def test_private_host_named_without_port_allows_any_port(user: User, web: LoopbackServer):
    """README: "name it in `fetch_private_hosts`: `host` (any port) or `host:port` (that port only …)" — here
    robots.txt is asked (and refuses the page), so the connection was allowed."""
    web.serve("/robots.txt", b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    run = user.brief(web.url("/nieuws/a.html"), extra={"BRIEF_FETCH_PRIVATE_HOSTS": '["127.0.0.1"]'})
    assert run.code == 2 and "robots" in run.text.lower(), run.text
    assert len(web.asked("/robots.txt")) == 1 and web.asked("/nieuws/a.html") == []


def test_proxies_from_the_environment_are_not_used(user: User, web: LoopbackServer):
    """README: "Proxies from the environment (`HTTP_PROXY`…) are not used"."""
    proxy = LoopbackServer().start()
    try:
        web.serve("/robots.txt", b"User-agent: *\nDisallow: /\n", content_type="text/plain")
        allowed = json.dumps([*web.allowed, *proxy.allowed])
        proxies = {"HTTP_PROXY": proxy.url(""), "http_proxy": proxy.url(""), "ALL_PROXY": proxy.url("")}
        run = user.brief(web.url("/nieuws/a.html"), extra={"BRIEF_FETCH_PRIVATE_HOSTS": allowed, **proxies})
        assert run.code == 2 and "robots" in run.text.lower(), run.text
        assert proxy.requests == [] and len(web.asked("/robots.txt")) == 1
    finally:
        proxy.stop()

"""Feed polls end to end on a loopback server with fake engines: conditional GET, new and changed
entries, feed-only full text, teasers refused, moved and gone feeds, and the English Atom feed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser
import pytest
import yaml

from pipeline.batch import build_brief
from pipeline.catalog.db import open_catalog
from pipeline.catalog.feeds import load_states
from pipeline.errors import InputError
from pipeline.feeds import poll_feeds
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.web.atom import write_atom_feed
from pipeline.web.fetch import Fetcher
from tests.fakes import FakeEngine
from tests.pipeline.web.conftest import saved
from tests.web_server import Answer

NOS = "html/nos_dodental-parijs-op-129.html"
TELEGRAAF = "html/telegraaf_geen-id-twee-mh17-slachtoffers.html"


class FakeModels(Models):
    """Models whose engines are fakes: the translator upper-cases, the summarizer keeps 12 words."""

    def __init__(self, settings: BriefSettings) -> None:
        super().__init__(settings)
        self.translation = FakeEngine(max_input_tokens=400)
        self.summary = FakeEngine(max_input_tokens=4000, transform=lambda text, options: " ".join(text.split()[:12]))

    def engine(self, ref, role):
        return self.translation if role == "translator" else self.summary


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)


def fetcher() -> Fetcher:
    return Fetcher(private_hosts=("127.0.0.1", "localhost"), delay=0, retries=0, sleep=lambda seconds: None)


def rss(items: list[dict[str, str]], namespaces: str = "") -> bytes:
    body = "".join(
        "<item>"
        + "".join(
            f"<{tag}>{escape(value) if not tag.endswith('encoded') else value}</{tag}>" for tag, value in item.items()
        )
        + "</item>"
        for item in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" {namespaces}><channel><title>Testnieuws</title>'
        f"<link>http://127.0.0.1/</link><description>d</description><language>nl</language>{body}</channel></rss>"
    ).encode()


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])


def serve_feed(server, body: bytes, etag: str = '"v1"', modified: str = "Sat, 14 Nov 2015 19:00:00 GMT") -> None:
    def answer(request):
        if request.headers.get("if-none-match") == etag:
            return Answer(304, b"", {"ETag": etag})
        return Answer(200, body, {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": modified})

    server.handle("/feed.xml", answer)


def serve_two_pages(server) -> None:
    """/feed.xml with two entries: the NOS page at /a, the Telegraaf page at /b."""
    server.serve("/a", saved(NOS))
    server.serve("/b", saved(TELEGRAAF))
    items = [
        {"title": "Parijs", "link": server.url("/a"), "guid": "a"},
        {"title": "MH17", "link": server.url("/b"), "guid": "b"},
    ]
    serve_feed(server, rss(items))


def test_second_poll_sends_validators_gets_304_and_briefs_nothing(server, settings) -> None:
    serve_two_pages(server)
    models = FakeModels(settings)
    first = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)
    first_requests = len(server.requests)
    assert first[0].status == "new" and len(first[0].briefed) == 2
    translated = len(models.translation.texts_seen)

    second = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)  # a new run
    poll2 = server.requests[first_requests:]
    assert second[0].status == "not modified" and second[0].briefed == []
    assert [r.path for r in poll2] == ["/robots.txt", "/feed.xml"]
    assert poll2[1].headers["if-none-match"] == '"v1"'
    assert poll2[1].headers["if-modified-since"] == "Sat, 14 Nov 2015 19:00:00 GMT"
    assert len(models.translation.texts_seen) == translated  # no model work at all
    assert first_requests == 4  # robots.txt, the feed, two pages
    print(f"conditional poll: first poll {first_requests} requests, second poll {len(poll2)} requests (304)")


def test_entries_of_all_feeds_share_model_batches_and_get_one_article_briefs(server, settings, tmp_path) -> None:
    server.serve("/a", saved(NOS))
    server.serve("/b", saved(TELEGRAAF))
    server.serve(
        "/one.xml",
        rss([{"title": "Parijs", "link": server.url("/a"), "guid": "a"}]),
        content_type="application/rss+xml",
    )
    server.serve(
        "/two.xml", rss([{"title": "MH17", "link": server.url("/b"), "guid": "b"}]), content_type="application/rss+xml"
    )
    models = FakeModels(settings)
    reports = poll_feeds([server.url("/one.xml"), server.url("/two.xml")], settings, fetcher=fetcher(), models=models)
    assert [len(r.briefed) for r in reports] == [1, 1]
    batches = models.translation.batches
    assert any(any("Bataclan" in t for t in b) and any("MH17" in t for t in b) for b in batches)  # one batch, two feeds

    def body(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [line for line in lines if not line.startswith(("created_at:", "fetched_at:"))]

    alone = settings.model_copy(update={"out_dir": tmp_path / "alone", "cache_dir": tmp_path / "alone-cache"})
    for report, page in zip(reports, ("/a", "/b")):
        single = build_brief(server.url(page), alone, models=FakeModels(alone)).path
        assert body(Path(report.briefed[0])) == body(single)


def test_a_passing_entry_failure_keeps_the_feed_asked_in_full_next_time(server, settings) -> None:
    pages = iter([Answer(503, b"", {"Retry-After": "0"}), Answer(200, saved(NOS), {"Content-Type": "text/html"})])
    server.handle("/a", lambda request: next(pages))
    serve_feed(server, rss([{"title": "Parijs", "link": server.url("/a"), "guid": "a"}]))
    models = FakeModels(settings)
    first = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    assert first.briefed == [] and "503" in next(iter(first.failed.values()))
    state = load_states(open_catalog(settings))[server.url("/feed.xml")]  # what `brief feeds list` shows
    assert state.entries == {} and state.error is not None  # nothing seen: the list says why, not a bare "new"
    assert state.error.startswith("not briefed, tried again at the next poll: ") and "503" in state.error
    asked = len(server.requests)
    second = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    feed_request = server.asked("/feed.xml")[-1]
    assert "if-none-match" not in feed_request.headers  # not a 304: the entry is seen, and tried, again
    assert second.status == "new" and len(second.briefed) == 1
    assert load_states(open_catalog(settings))[server.url("/feed.xml")].error is None  # briefed now: no error
    assert [r.path for r in server.requests[asked:]] == ["/robots.txt", "/feed.xml", "/a"]
    third = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    assert third.status == "not modified"  # all handled: the validators are kept now


def test_entries_left_for_the_next_poll_do_not_hide_behind_a_304(server, settings) -> None:
    serve_two_pages(server)
    settings = settings.model_copy(update={"feed_new_entries": 1})
    models = FakeModels(settings)
    first = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    assert len(first.briefed) == 1 and first.left == 1
    second = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    assert "if-none-match" not in server.asked("/feed.xml")[-1].headers  # asked in full: the left entry comes now
    assert len(second.briefed) == 1 and second.left == 0 and second.briefed != first.briefed
    third = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)[0]
    assert third.status == "not modified"


def test_a_web_brief_names_its_origin_in_the_front_matter(server, settings) -> None:
    server.serve("/artikel/2069130", saved(NOS))
    url = server.url("/artikel/2069130")
    result = build_brief(url, settings, models=FakeModels(settings))
    meta = front_matter(result.path)
    assert meta["source_url"] == url and meta["source_title"] == "Dodental Parijs op 129, maar zal nog stijgen"
    assert meta["outlet"] == "NOS" and meta["published"] == "2015-11-14T19:28:38+01:00"
    assert meta["extractor"].startswith("trafilatura ") and meta["extracted_from"] == "page"
    assert meta["fetched_at"].endswith("Z") and meta["source_date"] == "2015-11"


def test_a_page_not_in_dutch_is_refused(server, settings) -> None:
    english = " ".join(["The government announced on Tuesday that it will raise taxes on energy next year."] * 6)
    page = f"<html lang='en'><head><title>Taxes rise</title></head><body><article><h1>Taxes rise</h1><p>{english}</p><p>{english}</p></article></body></html>"
    server.serve("/en", page.encode())
    with pytest.raises(InputError, match="looks like English, not Dutch"):
        build_brief(server.url("/en"), settings, models=FakeModels(settings))


def test_an_updated_article_is_rebriefed_and_only_its_changed_sentence_translated(server, settings) -> None:
    original = saved(NOS)
    edited = original.replace(
        b"Alleen al in de concertzaal Bataclan zijn 89 mensen gedood.",
        b"In de concertzaal Bataclan zijn 89 mensen gedood.",
    )
    assert edited != original
    pages = iter([original, edited])
    server.handle("/a", lambda request: Answer(200, next(pages), {"Content-Type": "text/html"}))
    serve_feed(
        server,
        rss([{"title": "Parijs", "link": server.url("/a"), "guid": "a", "pubDate": "Sat, 14 Nov 2015 19:28:00 GMT"}]),
    )
    models = FakeModels(settings)
    first = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)
    before = len(models.translation.texts_seen)
    update = rss(
        [{"title": "Parijs", "link": server.url("/a"), "guid": "a", "pubDate": "Sat, 14 Nov 2015 21:00:00 GMT"}]
    )
    serve_feed(server, update, etag='"v2"')
    second = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=models)
    assert len(second[0].briefed) == 1 and second[0].briefed != first[0].briefed
    assert models.translation.texts_seen[before:] == ["In de concertzaal Bataclan zijn 89 mensen gedood."]
    state = load_states(open_catalog(settings))[server.url("/feed.xml")]
    assert state.entries["a"].brief == Path(second[0].briefed[0]).name


def test_de_morgen_feed_with_odd_namespace_briefs_full_text_from_the_feed(server, settings) -> None:
    real = saved("feeds/demorgen_rss_2017-10-25.xml")  # content: namespace under De Morgen's later prefix
    odd = real.replace(b"xmlns:content=", b"xmlns:wstxns1=").replace(b"content:encoded>", b"wstxns1:encoded>")
    first_link = feedparser.parse(real).entries[0].link
    article = "".join(f"<p>{p}</p>" for p in _nos_paragraphs())
    odd = odd.replace(b"<wstxns1:encoded>", b"<wstxns1:encoded><![CDATA[" + article.encode() + b"]]>", 1)
    odd = odd.replace(first_link.encode(), server.url("/verdwenen").encode())
    odd = odd.replace(b"https://www.demorgen.be/", server.url("/").encode())  # every page here answers 404
    server.serve("/demorgen.xml", odd, content_type="application/rss+xml")
    settings = settings.model_copy(update={"feed_new_entries": 3})
    report = poll_feeds([server.url("/demorgen.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]
    assert len(report.briefed) == 1 and report.left == 185
    meta = front_matter(Path(report.briefed[0]))
    assert meta["extracted_from"] == "feed" and meta["source_url"] == server.url("/verdwenen")
    assert meta["outlet"] == "De Morgen: Nieuws" and meta["byline"] == "Bewerkt door: sam"
    teasers = list(report.waiting.values())  # the next two entries: teaser only, their pages 404: waiting for them
    assert len(teasers) == 2 and all("HTTP 404" in r and "the feed has only a teaser" in r for r in teasers)
    assert report.failed == {}


def _nos_paragraphs() -> list[str]:
    from pipeline.web.source import read_saved_page
    from tests.pipeline.web.conftest import HTML

    page = read_saved_page(HTML / "nos_dodental-parijs-op-129.html", BriefSettings())
    return [b.text for b in page.article_blocks[1:]]


def test_a_moved_feed_is_followed_and_a_gone_feed_is_not_asked_again(server, settings) -> None:
    server.serve("/old.xml", b"", status=301, Location="/new.xml")
    serve_feed(server, rss([]))
    server.routes["/new.xml"] = server.routes.pop("/feed.xml")
    server.serve("/gone.xml", b"", status=410)
    reports = poll_feeds(
        [server.url("/old.xml"), server.url("/gone.xml")], settings, fetcher=fetcher(), models=FakeModels(settings)
    )
    assert reports[0].url == server.url("/new.xml") and reports[1].status == "gone"
    states = load_states(open_catalog(settings))
    assert states[server.url("/old.xml")].url == server.url("/new.xml") and states[server.url("/gone.xml")].gone
    asked = len(server.requests)
    poll_feeds(
        [server.url("/old.xml"), server.url("/gone.xml")], settings, fetcher=fetcher(), models=FakeModels(settings)
    )
    assert [r.path for r in server.requests[asked:]] == ["/robots.txt", "/new.xml"]


def test_the_english_atom_feed_parses_back_with_the_required_elements(server, settings) -> None:
    server.serve("/a", saved(NOS))
    server.serve("/b", saved(TELEGRAAF))
    serve_feed(
        server,
        rss(
            [
                {"title": "A", "link": server.url("/a"), "guid": "a"},
                {"title": "B", "link": server.url("/b"), "guid": "b"},
            ]
        ),
    )
    report = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]
    write_atom_feed(settings)  # what `brief feeds poll` and the daily flow do next
    atom = feedparser.parse((settings.out_dir / "feed.xml").read_bytes())
    assert not atom.bozo and atom.version == "atom10"
    assert atom.feed.id and atom.feed.title and atom.feed.updated
    assert len(atom.entries) == 2
    briefs = {front_matter(Path(p))["cache_key"]: Path(p) for p in report.briefed}
    for entry in atom.entries:
        path = briefs[entry.id.rsplit(":", 1)[1]]
        meta = front_matter(path)
        assert entry.title == meta["title"] and entry.updated and entry.published
        assert entry.link == meta["source_url"]
        assert entry.summary and entry.summary in path.read_text(encoding="utf-8")
        assert entry.content[0].value.startswith("# ")
    assert json.dumps(sorted(e.link for e in atom.entries)) == json.dumps(sorted([server.url("/a"), server.url("/b")]))


def test_rss_dates_are_kept_as_iso() -> None:
    stamp = format_datetime(datetime(2026, 10, 1, 14, 46, tzinfo=UTC), usegmt=True)
    from pipeline.web.feeds import parse_feed

    feed = parse_feed(rss([{"title": "t", "link": "http://x/a", "pubDate": stamp}]), url="http://x/feed")
    assert feed.entries[0].published == "2026-10-01T14:46:00+00:00"


def test_a_feed_listing_a_wire_copy_before_the_article_it_copies_still_marks_the_copy(server, settings) -> None:
    # a feed lists its newest item first; with one article a batch, the copy (newer) would be briefed
    # first and could copy nothing: the poll briefs its entries in publication order
    article = "".join(f"<p>{p}</p>" for p in _nos_paragraphs())
    content = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'

    def item(title: str, path: str, when: datetime) -> dict[str, str]:
        return {
            "title": title,
            "link": server.url(path),  # every page here answers 404: the feed's full text is used
            "guid": path,
            "pubDate": format_datetime(when),
            "content:encoded": f"<![CDATA[<h1>{title}</h1>{article}]]>",
        }

    items = [
        item("Tientallen doden bij aanslagen in Parijs", "/kopie", datetime(2015, 11, 14, 9, 0, tzinfo=UTC)),
        item("Aanslagen in Parijs: 129 doden", "/origineel", datetime(2015, 11, 14, 7, 0, tzinfo=UTC)),
    ]
    server.serve("/feed.xml", rss(items, content), content_type="application/rss+xml")
    settings = settings.model_copy(update={"batch_articles": 1})
    report = poll_feeds([server.url("/feed.xml")], settings, fetcher=fetcher(), models=FakeModels(settings))[0]
    assert len(report.briefed) == 2, report.failed
    from pipeline.storydesk.listing import as_json, listed

    (story,) = as_json(listed(open_catalog(settings), None, None))
    by_source = {a["source"]: a for a in story["articles"]}
    assert by_source[server.url("/kopie")]["duplicate_of"] == by_source[server.url("/origineel")]["brief"]
    assert by_source[server.url("/origineel")]["duplicate_of"] is None

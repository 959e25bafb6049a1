"""Parsing the saved real feeds of ../shared/web/feeds: entries, keys, dates, and teaser vs full text."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.web.feeds import html_paragraphs, page_from_entry, parse_feed
from tests.pipeline.web.conftest import saved


def test_hln_rss_gives_30_teaser_entries_keyed_by_guid() -> None:
    feed = parse_feed(saved("feeds/hln_rss_2018-12-03.xml"), url="https://www.hln.be/rss.xml")
    assert len(feed.entries) == 30 and feed.language == "nl-BE"
    first = feed.entries[0]
    assert first.title == 'Vakbonden dreigen met acties na "onverteerbaar" voorstel Homans over ambtenarenstatuut'
    assert first.key == first.link and "utm_medium=rss" in first.link
    assert first.published == "2018-12-03T17:49:10+00:00"
    assert not any(e.is_full_text for e in feed.entries)  # "Een..." descriptions are teasers
    with pytest.raises(InputError, match="the feed has only a teaser"):
        page_from_entry(first, feed, feed_url="https://www.hln.be/rss.xml", why="page is a consent wall")


def test_de_morgen_rss_content_encoded_holding_an_image_url_is_not_text() -> None:
    feed = parse_feed(saved("feeds/demorgen_rss_2017-10-25.xml"), url="https://www.demorgen.be/rss.xml")
    assert len(feed.entries) == 188 and feed.title == "De Morgen: Nieuws"
    first = feed.entries[0]
    assert first.author == "Bewerkt door: sam"
    assert first.paragraphs[0].startswith("Oostenrijk mag een Iraanse asielzoeker niet terugsturen")
    assert not any("persgroep.net" in p for e in feed.entries for p in e.paragraphs)
    assert not any(e.is_full_text for e in feed.entries)


def test_de_morgen_odd_prefix_without_a_declaration_is_still_read_as_content() -> None:
    real = saved("feeds/demorgen_rss_2017-10-25.xml")
    body = "<p>" + " ".join(["Dit is een zin van het volledige artikel in de feed."] * 20) + "</p>"
    odd = real.replace(b' xmlns:content="http://purl.org/rss/1.0/modules/content/"', b"")
    odd = odd.replace(b"content:encoded>", b"wstxns1:encoded>")
    odd = odd.replace(b"<wstxns1:encoded>", b"<wstxns1:encoded><![CDATA[" + body.encode() + b"]]>", 1)
    feed = parse_feed(odd, url="https://www.demorgen.be/rss.xml")
    assert feed.entries[0].is_full_text and feed.entries[0].words == 220


def test_tweakers_entries_without_text_are_teasers_with_no_words() -> None:
    feed = parse_feed(saved("feeds/tweakers_mixed_rss_trimmed.xml"), url="https://tweakers.net/feeds/mixed.xml")
    assert [e.key for e in feed.entries] == [
        "https://tweakers.net/nieuws/252860",
        "https://tweakers.net/downloads/78450",
        "https://tweakers.net/nieuws/252840",
    ]
    assert all(e.words == 0 and not e.is_full_text for e in feed.entries)
    assert feed.entries[0].published == "2026-10-01T14:46:10+00:00"


def test_not_a_feed_is_refused() -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hallo</body></html>", url="https://example.org/")


def test_entry_html_becomes_paragraphs() -> None:
    assert html_paragraphs("<p>Een.</p><h2>Kop</h2><ul><li>twee</li></ul>") == ("Een.", "Kop", "twee")
    assert html_paragraphs("Eerste alinea.\n\nTweede alinea.") == ("Eerste alinea.", "Tweede alinea.")
    assert html_paragraphs("//images.example/x.jpg") == ()


def test_tracking_parameters_leave_the_cited_url() -> None:
    from pipeline.addresses import without_tracking

    link = "https://www.hln.be/nieuws/a~a0f88ab9/?utm_medium=rss&utm_content=Net%20binnen&id=3"
    assert without_tracking(link) == "https://www.hln.be/nieuws/a~a0f88ab9/?id=3"

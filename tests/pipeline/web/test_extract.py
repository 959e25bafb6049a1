"""Extraction of every saved page in ../shared/web/html: headline, date, body facts, chrome left out;
and the pages that are not articles, refused with one-line reasons."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.document import BlockKind
from pipeline.errors import InputError
from pipeline.settings import BriefSettings
from pipeline.web.decode import decode_html
from pipeline.web.extract import extract_page
from pipeline.web.page import article_from_page
from pipeline.web.source import read_saved_page
from tests.pipeline.web.conftest import HTML


@dataclass(frozen=True)
class Facts:
    headline: str
    published: str  # prefix of the ISO date found
    outlet: str
    body: tuple[str, ...]  # sentences that must be in the article text
    chrome: tuple[str, ...]  # page text that must not be
    lede: str | None = None  # the intro, which must come first after the headline
    status: str | None = None  # a status tag closing the page's title ("(gesloten)"): set aside, not the headline's


PAGES = {
    "nos_dodental-parijs-op-129.html": Facts(
        "Dodental Parijs op 129, maar zal nog stijgen",
        "2015-11-14T19:28:38+01:00",
        "NOS",
        (
            "Bij de aanslagen in Parijs zijn 129 mensen omgekomen.",
            "Alleen al in de concertzaal Bataclan zijn 89 mensen gedood.",
            "Onder de dodelijke slachtoffers zijn zeker vijf buitenlanders: twee Belgen, een Portugees, een Spanjaard en een Brit.",
        ),
        ("Gerelateerd aan dit artikel", "Aboutaleb: tijd om IS weg te vagen", "NOS Studio Sport Eredivisie"),
    ),
    "nunl_kamer-onderzoek-lekken-commissie-stiekem.html": Facts(
        "Bestuur Kamer stelt onderzoek in wegens lekken uit commissie-Stiekem",
        "2015-11-12T12:07:00+01:00",  # "Gepubliceerd: 12 november 2015 12:07"
        "NU",
        (
            "Dat is donderdag bekendgemaakt door Kamervoorzitter Anouchka van Miltenburg",
            "Daarom is het dossier overgedragen aan het presidium",
        ),
        ("Reageer", "Lees meer over", "Gerelateerde artikelen", "Diederik Samsom ontkent lekken uit commissie-Stiekem"),
        lede="Het presidium, het dagelijks bestuur van de Tweede Kamer, stelt een onderzoekscommissie in",
    ),
    "nunl_psv-nederlaag-cska-moskou.html": Facts(
        "Reacties PSV na 3-2 nederlaag bij CSKA Moskou (gesloten)",
        "2015-09-30T19:56:00+02:00",  # summer time
        "NU",
        (
            "In de tweede poulewedstrijd in de Champions League neemt PSV het in Moskou op tegen CSKA.",
            "Het duel tussen CSKA Moskou en PSV wordt live uitgezonden door SBS6 en NU.nl.",
        ),
        ("Reageer", "Het laatste nieuws het eerst op NU.nl", "Robben trefzeker bij ruime zege Bayern München"),
        lede="In de tweede poulewedstrijd in de Champions League",
        status="(gesloten)",
    ),
    "telegraaf_geen-id-twee-mh17-slachtoffers.html": Facts(
        "Rutte: geen identificatie 2 slachtoffers MH17",
        "2016-03-01",
        "telegraaf.nl",
        (
            "Rutte noemde de kans ,,helaas heel klein'' dat die twee personen alsnog worden geïdentificeerd.",
            "Midden vorig jaar liet minister Ard van der Steur (Veiligheid en Justitie) al weten",
        ),
        ("Tweets", "pic.twitter.com", "Palin poseert met geschoten zwijn", "Kok moet stukken verwijderen van site"),
        lede="Identificatie van twee slachtoffers van de MH17-ramp is vrijwel uitgesloten.",
    ),
    "metronieuws_sapjes-en-fris-stijgen-sneller.html": Facts(
        "Sapjes en fris stijgen sneller in prijs dan alcohol",
        "2016-03-10",
        "Metronieuws",
        (
            "Mineraalwater, sap en frisdrank zijn de afgelopen vijf jaar flink in prijs gestegen: ruim 17 procent.",
            "„Dat fris en water harder in prijs stijgen dan alcohol is een vreemd signaal”, zegt Van Dalen.",
        ),
        ("Like ons dan even op Facebook", "Laatste nieuws", "Samsung Galaxy S7", "Lees ook"),
        lede="Mineraalwater, sap en frisdrank zijn de afgelopen vijf jaar flink in prijs gestegen",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_saved_article_page_gives_headline_date_body_and_no_chrome(name: str) -> None:
    facts = PAGES[name]
    raw = (HTML / name).read_text(encoding="utf-8")
    assert all(chrome in raw for chrome in facts.chrome)  # the chrome is on the page: leaving it out is work
    page = read_saved_page(HTML / name, BriefSettings())
    article = article_from_page(page)
    assert page.meta.headline == facts.headline
    assert page.meta.published and page.meta.published.startswith(facts.published)
    assert page.meta.outlet == facts.outlet
    assert page.meta.extracted_from == "page" and page.meta.extractor.startswith("trafilatura ")
    headline = facts.headline.removesuffix(f" {facts.status}") if facts.status else facts.headline
    assert article.headline is not None and article.headline.text == headline
    if facts.status:  # a closed liveblog's tag: listed as left out, not translated as the headline
        assert any(b.text == facts.status for b in article.set_aside)
    for sentence in facts.body:
        assert sentence in article.text, sentence
    for chrome in facts.chrome:
        assert chrome not in article.text, chrome
    if facts.lede:
        assert next(b for b in article.blocks if b.kind is BlockKind.LEDE).text.startswith(facts.lede)
        assert page.blocks[1].kind is BlockKind.LEDE


def test_site_text_found_on_a_page_is_listed_not_dropped() -> None:
    article = article_from_page(
        read_saved_page(HTML / "metronieuws_sapjes-en-fris-stijgen-sneller.html", BriefSettings())
    )
    assert article.origin is not None
    listed = " ".join(f"{b.reason}: {b.text}" for b in article.set_aside)
    # the reasons of the rule table every input format shares (pipeline.text.site_rules)
    assert "promo: Like ons dan even op Facebook." in listed
    assert "teaser: Laatste nieuws" in listed
    assert "teaser: Verhogen minimumjeugdloon ‘dilemma’19:00 / Samsung Galaxy S7" in listed  # one list, items apart


def test_subheadings_stay_headings() -> None:
    article = article_from_page(
        read_saved_page(HTML / "nunl_kamer-onderzoek-lekken-commissie-stiekem.html", BriefSettings())
    )
    headings = [b.text for b in article.blocks if b.kind in (BlockKind.HEADLINE, BlockKind.SUBHEADING)]
    assert headings == [
        "Bestuur Kamer stelt onderzoek in wegens lekken uit commissie-Stiekem",
        "Voldoende gronden",
        "Aanleiding",
        "Commissie-Stiekem",
        "Presidium",
    ]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("hln_dpg-privacy-gate_consent-wall.html", "consent wall"),
        ("rtlxl_spa-shell_js-only.html", "JavaScript-only page"),
    ],
)
def test_pages_that_are_not_articles_are_refused_in_one_line(name: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        read_saved_page(HTML / name, BriefSettings())
    assert "\n" not in str(caught.value) and str(caught.value).startswith(name)


def test_a_page_without_article_text_is_refused() -> None:
    html = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/x'>Sport</a></nav></body></html>"
    with pytest.raises(InputError, match="no article text|words? of article text"):
        extract_page(html, name="home.html")


def test_declared_utf8_that_is_cp1252_decodes_right() -> None:
    body = "<p>Het kabinet wil café’s en crèches helpen – zegt de minister.</p>"
    data = ("<html><head><meta charset='utf-8'></head><body>" + body + "</body></html>").encode("cp1252")
    text, encoding, warnings = decode_html(data, content_type="text/html; charset=UTF-8", name="p.html")
    assert "café’s en crèches helpen – zegt" in text
    assert encoding == "utf-8+cp1252" and "not all UTF-8" in warnings[0]


def test_mixed_utf8_and_cp1252_bytes_both_decode() -> None:
    data = "<p>Één ".encode() + "café’s".encode("cp1252") + b"</p>"
    text, _, _ = decode_html(data, content_type="text/html; charset=utf-8")
    assert text == "<p>Één café’s</p>"


def test_header_charset_wins_over_meta_and_meta_over_detection() -> None:
    data = "<meta charset='utf-8'><p>Überraschung für ü</p>".encode("latin-1")
    assert decode_html(data, content_type="text/html; charset=ISO-8859-1")[1] == "iso8859-1"
    assert "für ü" in decode_html(data, content_type="text/html; charset=ISO-8859-1")[0]
    meta_only = "<meta charset='windows-1252'><p>€ 5</p>".encode("cp1252")
    assert decode_html(meta_only)[0].endswith("<p>€ 5</p>")


def test_an_article_that_loads_a_consent_script_is_not_taken_for_a_wall() -> None:
    html = (HTML / "nos_dodental-parijs-op-129.html").read_text(encoding="utf-8")
    with_script = html.replace(
        "<head>", '<head><script src="https://myprivacy.dpgmedia.net/privacy-gate.js"></script>', 1
    )
    assert with_script != html
    page = extract_page(with_script, name="nos.html")
    assert page.meta.headline == "Dodental Parijs op 129, maar zal nog stijgen"

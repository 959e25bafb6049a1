"""Site text by shape, round 2 of issue 21: a site name glued to the title, a kicker before it, an
aggregator's cut-off marker and a consent wall — each rule on an example written for it, with the
article text around it kept (and the headline: `meta.headline` is never lost)."""

from __future__ import annotations

import pytest

from pipeline.text.site_name_tails import site_name_tail
from pipeline.text.title_line import kicker_of
from tests.pipeline.text.site_helpers import BODY, K, article, aside


@pytest.mark.parametrize(
    "title, tail",
    [
        ("Zwembad in Zwolle gaat toch door - Stadskrant.nl", "- Stadskrant.nl"),  # a domain
        ("Zwembad in Zwolle gaat toch door | Omroep Brabant", "| Omroep Brabant"),  # a known outlet
        ("Zwembad in Zwolle gaat toch door - IJsselpost | Nieuws uit de regio", "- IJsselpost | Nieuws uit de regio"),
        ("Ajax - Feyenoord eindigt in 2-2", None),  # a match, not a site name
        ("Zwembad in Zwolle: ja - maar niet dit jaar", None),
        ("Raad - college", None),  # too short a title
    ],
)
def test_site_name_tail_by_shape(title: str, tail: str | None) -> None:
    assert site_name_tail(title) == tail


def test_the_source_named_outlet_is_a_site_name() -> None:
    assert site_name_tail("Zwembad in Zwolle gaat toch door - IJsselpost", "IJsselpost") == "- IJsselpost"
    assert site_name_tail("Zwembad in Zwolle gaat toch door - IJsselpost") is None


def test_site_name_after_the_title_is_set_aside_and_the_headline_kept() -> None:
    found = article(f"Zwembad in Zwolle gaat toch door - Stadskrant.nl\n\n{BODY}\n")
    assert found.meta.headline == "Zwembad in Zwolle gaat toch door"
    assert ("site_name", "- Stadskrant.nl") in [(b.reason, b.text) for b in found.set_aside]
    assert found.meta.outlet == "Stadskrant.nl"
    assert BODY in " ".join(b.text for b in found.blocks if b.kind is not K.SITE_TEXT)


def test_only_the_title_position_is_looked_at() -> None:
    line = "De raad stemde in met het plan - Stadskrant.nl"
    found = article(f"Zwembad gaat door\n\n{BODY}\n\n{line}\n")
    assert ("site_name", "- Stadskrant.nl") not in aside(f"Zwembad gaat door\n\n{BODY}\n\n{line}\n")
    assert found.meta.headline == "Zwembad gaat door"


@pytest.mark.parametrize(
    "line, kicker",
    [
        ("Opvallend. Gemeente verkoopt raadhuis voor één euro", "Opvallend."),
        ("#Stadsnieuws. Gemeente verkoopt raadhuis voor één euro", "#Stadsnieuws."),
        ("STADSNIEUWS Zwolle. Gemeente verkoopt raadhuis", "STADSNIEUWS Zwolle."),  # capitals and two words
        ("Dr. Jansen neemt afscheid van het ziekenhuis", None),  # an abbreviation
        ("Ajax wint. PSV verliest punten in Zwolle", None),  # two sentences: no kicker
        ("Opvallend. Raadhuis", None),  # too short a headline after it
        ("Gemeente verkoopt raadhuis voor één euro", None),
    ],
)
def test_kicker_by_shape(line: str, kicker: str | None) -> None:
    assert kicker_of(line) == kicker


def test_kicker_and_headline_on_one_line_keep_the_headline() -> None:
    """A one-word kicker, a full stop, the headline with its own full stop: still the headline."""
    line = "Opvallend. Gemeente verkoopt het oude raadhuis voor één euro."
    found = article(f"{line}\n\n{BODY}\n")
    assert found.meta.headline == line
    assert not found.set_aside


def test_an_aggregators_cut_off_marker_is_set_aside() -> None:
    found = article(f"Zwembad gaat door\n\n{BODY} De bouw begint in het voorj… [+812 chars]\n")
    # the ellipsis glued before the marker is the marker's (STRUCTURE_CONVENTIONS.md; structgen38)
    assert aside(f"Zwembad gaat door\n\n{BODY} De bouw begint in het voorj… [+812 chars]\n") == [
        ("interface", "… [+812 chars]")
    ]
    kept = " ".join(b.text for b in found.blocks if b.kind is not K.SITE_TEXT)
    assert kept.endswith("De bouw begint in het voorj")


def test_a_bracketed_number_in_the_text_is_no_cut_off_marker() -> None:
    assert aside(f"Zwembad gaat door\n\n{BODY} Het plan kost [+3 miljoen euro] meer.\n") == []


def test_a_consent_wall_where_the_article_was_is_set_aside() -> None:
    wall = (
        "Stadskrant.nl en Regiopost.nl maken deel uit van Mediahuis Oost. Onze sites gebruiken cookies "
        "om je een optimale gebruikerservaring te bieden. Ook kunnen we hierdoor het gedrag van "
        "bezoekers vastleggen en analyseren."
    )
    found = article(f"Zwembad in Zwolle gaat toch door\n\n{wall}\n")
    assert {b.kind for b in found.blocks if b.text != found.meta.headline} == {K.SITE_TEXT}
    assert " ".join(b.text for b in found.set_aside) == wall
    assert found.meta.headline == "Zwembad in Zwolle gaat toch door"


def test_reporting_on_cookies_is_article_text() -> None:
    text = (
        "De toezichthouder onderzoekt hoe webwinkels het gedrag van klanten volgen. "
        "Volgens de Autoriteit Persoonsgegevens plaatsen veel winkels cookies zonder toestemming."
    )
    assert aside(f"Toezichthouder onderzoekt webwinkels\n\n{text}\n") == []


def test_keep_all_keeps_the_title_whole() -> None:
    found = article(f"Zwembad in Zwolle gaat toch door - Stadskrant.nl\n\n{BODY}\n", keep_all=True)
    assert not found.set_aside
    assert found.meta.headline == "Zwembad in Zwolle gaat toch door - Stadskrant.nl"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Download de gratis app voor iOS en Android.", "app"),  # words between the verb and "app"
        ("Installeer nu de nieuwe Streekbode-app.", "app"),
        ("Blijf op de hoogte van al het nieuws uit Drenthe.", "promo"),  # a promise to keep the reader posted
    ],
)
def test_promos_addressed_to_the_reader(line: str, reason: str) -> None:
    assert aside(f"Zwembad gaat door\n\n{BODY}\n\n{line}\n") == [(reason, line)]


def test_app_news_and_keeping_up_in_reporting_stay() -> None:
    text = (
        "Wie de app wil downloaden, moet eerst een account maken. "
        "De wethouder wil op de hoogte blijven van het nieuws over de bouw."
    )
    assert aside(f"Nieuwe app voor parkeren\n\n{text}\n") == []


def test_a_consent_dialogs_name_and_buttons_are_set_aside_by_their_place() -> None:
    notice = "Streekbode gebruikt cookies om je ervaring te verbeteren. Ga je akkoord met het gebruik van cookies?"
    found = aside(f"Zwembad gaat door\n\n{BODY}\n\nStreekbode\n\n{notice}\n\nInstellingen\n")
    assert ("site_name", "Streekbode") in found
    assert ("consent", "Instellingen") in found
    # the same short lines away from a consent notice are the article's
    assert aside(f"Zwembad gaat door\n\nInstellingen\n\n{BODY}\n") == []


def test_a_given_headline_loses_the_site_name_of_a_page_title() -> None:
    from pipeline.document import ArticleMeta, Block
    from pipeline.text.article import article_from_blocks

    meta = ArticleMeta(headline="Zwembad in Zwolle gaat toch door | Stadskrant.nl")
    found = article_from_blocks([Block(K.PARAGRAPH, BODY)], source_name="a.html", text=BODY, meta=meta)
    assert found.meta.headline == "Zwembad in Zwolle gaat toch door"

"""Review probes (review25) of outlet25: the list-heading repetition rule (templates), the bare-host
pointer (pointer_rules.URL_POINTER) and `--dates published`. Each test states the behaviour a reader
needs; each xfailed (strict) on outlet25's code because of a defect the review found and passes since
fixtext25. Texts written for these probes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.document import Block, BlockKind
from pipeline.text.templates import MemoryOutletLines, TemplateDetector
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

K = BlockKind
DAY = date(2026, 3, 2)
WEATHER = ["zon", "regen", "wind", "mist", "sneeuw", "hagel"]


def weather_page(number: int, rest: list[Block]) -> list[Block]:
    """An article, then the outlet's daily weather section (the same heading every day, a new
    forecast under it), then `rest`."""
    return [
        Block(K.HEADLINE, f"Nieuwe brug nummer {number} over de Vecht geopend"),
        Block(K.LEDE, f"De brug is de {number}e in de gemeente. Wethouder {number} knipte het lint door."),
        Block(K.SUBHEADING, "Het weer"),
        Block(K.PARAGRAPH, f"Vandaag {WEATHER[number % 6]} bij {10 + number} graden, morgen {WEATHER[number % 5]}."),
        *rest,
    ]


def related(number: int) -> list[Block]:
    """A short list of other stories at the page's foot, each closed by the same link line."""
    return [
        Block(K.SUBHEADING, "Lees ook"),
        Block(K.PARAGRAPH, f"Raad kiest plan {number}1 voor het oude stationsgebied"),
        Block(K.SITE_TEXT, "Lees verder »", reason="teaser"),
        Block(K.PARAGRAPH, f"Weekmarkt verhuist in week {number}2 naar het Kerkplein"),
        Block(K.SITE_TEXT, "Lees verder »", reason="teaser"),
    ]


def last_page(page) -> list[Block]:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    out: list[Block] = []
    for number in range(6):
        out = detector.set_aside(
            page(number), outlet="Vechtstreek", article=str(number), day=DAY + timedelta(days=number)
        )
    return out


def forecast(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.text.startswith(("Vandaag", "In het weekend"))]


def liveblog(number: int) -> list[Block]:
    """A liveblog: a lede, then entries each under the outlet's "Update" label and closed by its share line."""
    out = [
        Block(K.HEADLINE, f"Storm trekt over het land, dag {number}"),
        Block(K.LEDE, f"Code oranje in {number} provincies: volg hier het laatste nieuws over de storm."),
    ]
    for entry in range(4):
        out += [
            Block(K.SUBHEADING, "Update"),
            Block(K.PARAGRAPH, f"Bericht {number}-{entry}: in regio {entry} zijn bomen omgewaaid en wegen dicht."),
            Block(K.SITE_TEXT, "Deel dit bericht", reason="share"),
        ]
    return out


def test_a_liveblogs_entries_under_a_repeated_label_stay():
    out = last_page(liveblog)
    assert sum(b.kind is K.PARAGRAPH for b in out) == 4


def test_a_short_section_under_a_repeated_heading_stays_when_a_related_list_follows():
    def page(number: int) -> list[Block]:
        extra = Block(K.PARAGRAPH, f"In het weekend {WEATHER[(number + 2) % 6]} en {8 + number} graden.")
        return weather_page(number, [extra, *related(number)])

    out = last_page(page)
    assert [b.kind for b in forecast(out)] == [K.PARAGRAPH, K.PARAGRAPH]


def test_paragraphs_between_identical_photo_credits_under_a_repeated_heading_stay():
    def page(number: int) -> list[Block]:
        credit = Block(K.SITE_TEXT, "Foto: ANP", reason="credit")
        extra = Block(K.PARAGRAPH, f"In het weekend {WEATHER[(number + 2) % 6]} en {8 + number} graden.")
        return weather_page(number, [credit, extra, credit])

    out = last_page(page)
    assert [b.kind for b in forecast(out)] == [K.PARAGRAPH, K.PARAGRAPH]


def test_a_section_heading_over_long_text_stays_when_a_list_follows_further_down():
    def page(number: int) -> list[Block]:
        text = [Block(K.PARAGRAPH, f"Alinea {number}{n} over het weer in de Vechtstreek en de wind.") for n in range(5)]
        return weather_page(number, [*text, *related(number)])

    heading = next(b for b in last_page(page) if b.text == "Het weer")
    assert heading.kind is K.SUBHEADING and heading.reason is None


def test_a_sentence_naming_a_company_by_its_domain_stays():
    paragraph = (
        "Steeds meer Nederlanders doen hun boodschappen online, en de winkelstraat merkt dat. "
        "Kijk maar naar de groei van Bol.com."
    )
    analysis = "Kijk bijvoorbeeld naar het datalek bij Booking.com."
    text = joined(TITLE, BODY, paragraph, analysis, MORE)
    assert not [a for a in aside(text) if a[0] == "link"]
    assert "Kijk maar naar de groei van Bol.com." in kept(text)


def test_an_unreadable_published_date_is_an_error_not_an_undated_page(tmp_path: Path):
    from scripts.outlet_sets import page_days

    pages = [(tmp_path / f"{n}.txt", {"published": value}) for n, value in enumerate(["2019-03-01", "12-03-2019"])]
    with pytest.raises(ValueError, match="12-03-2019"):
        page_days(pages, "published")

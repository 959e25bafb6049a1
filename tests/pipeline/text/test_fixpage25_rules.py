"""One rule where two read the same thing (fixpage25): a dated byline, a wire's replacement notice, the units of a
relative time. Texts written here."""

from __future__ import annotations

import re

from pipeline.text import card_rules, patterns, title_rules
from pipeline.text.page_body import RELATIVE_TIME
from tests.pipeline.text.site_helpers import K, article, joined

LEDE = "De brand in een loods in de Almeerse haven is dinsdagavond onder controle gebracht, meldt de brandweer."
MORE = "Er raakte niemand gewond. De oorzaak van de brand wordt nog onderzocht door de politie en de brandweer."


def test_a_dated_byline_is_one_rule_for_the_structure_pass_and_a_saved_page() -> None:
    for line in ("12 MAART 2024 om 09:15 uur door Anna de Wit", "3 mrt. 2024 door Sem en Piet de Vries"):
        assert patterns.is_byline(line)
        assert (K.BYLINE, line) in [(b.kind, b.text) for b in article(joined("Brand in Almere", line, LEDE)).blocks]
    assert not patterns.is_byline("12 maart 2024 sloot de gemeente de haven door de storm.")


def test_a_wires_notice_is_read_with_one_vocabulary_alone_and_glued_to_the_lede() -> None:
    alone = "Aanvulling, vervangt: Brand in loods"
    assert alone in {
        b.text for b in article(joined("Brand in Almere", alone, LEDE, MORE)).blocks if b.kind is K.SITE_TEXT
    }
    glued = article(joined("Brand in Almere", f"Gecorrigeerd bericht, vervangt: Brand in loods. {LEDE}", MORE))
    assert any(b.kind is K.SITE_TEXT and b.text.startswith("Gecorrigeerd bericht") for b in glued.blocks)
    assert any(b.kind is not K.SITE_TEXT and "Almeerse haven" in b.text for b in glued.blocks)


def test_the_units_of_a_relative_time_are_one_list() -> None:
    age = re.compile(card_rules.AGE_STAMP, re.IGNORECASE)
    stamp = re.compile(title_rules.RELATIVE_STAMP, re.IGNORECASE)
    for text in ("2 mins ago", "3 jaren geleden", "een seconde geleden", "5 hrs ago"):
        assert RELATIVE_TIME.match(text) and age.search(text)
    assert stamp.search("Bron: NOS · 2h") and stamp.search("12 min geleden")
    assert not age.search("Het gebeurde 3 jaar later.")


def test_a_list_announced_right_under_the_title_keeps_the_title() -> None:
    # review25b finding 1 without a lede between the title and the list: the items are no title, nothing is set aside
    from tests.pipeline.text.test_review25b_probes import PAGE_HEAD, ROADS, SNOW, page

    title = "Sneeuw legt verkeer in het zuiden plat"
    for text in (
        joined("Binnenland", title, "Afgesloten wegen:", *ROADS, *SNOW),
        page(*PAGE_HEAD, title, "Afgesloten wegen:", *ROADS, *SNOW),
    ):
        blocks = article(text).blocks
        assert next(b.text for b in blocks if b.kind is K.HEADLINE) == title
        assert not [b for b in blocks if b.kind is K.SITE_TEXT and (b.text in ROADS or b.text in SNOW)]
        assert "Afgesloten wegen:" not in {b.text for b in blocks if b.kind is K.SITE_TEXT}


def test_an_announced_list_of_stories_with_their_times_after_each_title_still_goes() -> None:
    # a timeline's time comes before its event (review25b findings 5-6 keep those); a list of stories has each
    # title's time after it: under a heading ending in a colon it is still the page's tail
    from tests.pipeline.text import test_page_dump as saved

    stories = ["Uit de regio:", "Raad stemt in met nieuw zwembad", "10:42", "Fietsenstalling bij station vol", "10:17"]
    foot = ["Over ons", "Contact", "© 2024 Voorbeeldkrant BV", "Reageer", "Deel op Facebook"]
    text = saved.page(*saved.MENU, saved.TITLE, saved.BYLINE, saved.P1, saved.P2, saved.P3, *stories, *foot)
    assert set(stories) <= {b.text for b in article(text).blocks if b.kind is K.SITE_TEXT}

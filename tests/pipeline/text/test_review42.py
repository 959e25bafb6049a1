"""Review of round site42's rules (issue 21): article text of the shapes each new rule reads, written here, that
the rule must leave as the article's — no article text set aside, no line of it made a byline, the headline found.
Each test is one probe of one rule."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kinds, page

TURNOUT = "Volgens de kiescommissie lag de opkomst in Zwolle dit jaar hoger dan bij de vorige verkiezingen in 2021."

# --- signatures.initials_bylines: capitals under a paragraph with more article text below them ------------------


def test_a_partys_initials_in_a_results_table_are_no_byline() -> None:
    found = kinds(joined(TITLE, BODY, TURNOUT, "VVD", "8 zetels", "CDA", "5 zetels", MORE))
    assert (K.BYLINE, "VVD") not in found
    assert (K.SUBHEADING, "VVD") in found


def test_a_country_code_heading_the_next_paragraph_is_no_byline() -> None:
    europe = "In Europa ligt het anders. De lidstaten verschillen sterk in hoe ze de regels voor zwembaden uitleggen."
    usa = "In de Verenigde Staten gelden strengere eisen voor de waterkwaliteit van openbare zwembaden."
    assert [k for k, t in kinds(joined(TITLE, BODY, europe, "VS", usa, MORE)) if t == "VS"] == [K.SUBHEADING]


def test_a_country_code_in_brackets_under_a_paragraph_with_text_after_is_no_byline() -> None:
    gold = "Het goud ging zaterdag naar de schaatsster die vorig jaar nog geblesseerd aan de kant stond."
    assert (K.BYLINE, "(NL)") not in kinds(joined(TITLE, BODY, gold, "(NL)", MORE))
    # the page's chrome (a carousel's slides) under the initials ends the article: the cards below are the page's
    cards = ("Fietspad langs de IJssel dicht", "Het fietspad tussen Zwolle en Hattem is vanaf maandag drie weken [...]")
    found = kinds(joined(TITLE, BODY, LONGER + "\n(PK)", "• Dia\n• Dia", *cards, "12/05/2021"))
    assert (K.BYLINE, "(PK)") in found


def test_a_partys_initials_announced_by_a_colon_at_the_texts_end_are_no_byline() -> None:
    announced = "De grootste partij in Zwolle werd bij deze verkiezingen opnieuw:"
    assert (K.BYLINE, "VVD") not in kinds(joined(TITLE, BODY, LONGER, announced, "VVD"))


def test_an_interviewees_initials_over_the_answer_are_no_byline() -> None:
    question = "Hoe kijkt u terug op het besluit van de raad over het nieuwe zwembad in de wijk?"
    answer = "Met opluchting. De verenigingen hebben hier jaren op gewacht en nu kan het eindelijk."
    assert (K.BYLINE, "KB") not in kinds(page(TITLE, BODY, question, "KB", answer, LONGER, MORE))


# --- glued_labels.GLUED_BEFORE_DATE: a dateline's place glued to its date ----------------------------------------


def test_a_datelines_place_glued_to_its_date_is_not_set_aside() -> None:
    assert aside(page(TITLE, "Zwolle12 juni 2021", BODY, LONGER, MORE)) == []
    assert aside(page(TITLE, "Kampen3 mei 2024, 09:12", BODY, LONGER, MORE)) == []


@pytest.mark.xfail(
    strict=True,
    reason="GLUED_BEFORE_DATE: a place glued to a theme's date (comma before the year) has the category's shape",
)
def test_a_datelines_place_glued_to_a_date_with_a_comma_is_not_set_aside() -> None:
    assert aside(page(TITLE, "Deventer3 mei, 2024", BODY, LONGER, MORE)) == []


# --- web_rules counter with a tag: a table of visitors per museum -------------------------------------------------


def test_a_table_of_visitors_per_museum_stays_the_articles() -> None:
    rows = ("Rijksmuseum 2.700.000 bezoekers", "Artis 1.450.000 bezoekers", "Kröller-Müller 600.000 bezoekers")
    assert aside(page(TITLE, BODY, "De drukst bezochte musea van vorig jaar:", *rows, MORE)) == []
    assert aside(page(TITLE, BODY, "Meeste likes:", "Feyenoord 12.000 likes", MORE)) == []


def test_a_title_and_a_heading_counting_views_or_shares_stay_the_articles() -> None:
    assert headline(joined("Dansvideo 300.000 keer bekeken", BODY, MORE)) == "Dansvideo 300.000 keer bekeken"
    assert aside(joined(TITLE, BODY, "Tiktok 300.000 keer gedeeld", MORE)) == []


# --- line_groups.placeholder_items: an article's list that repeats its item ---------------------------------------


def test_a_chant_quoted_as_a_list_stays_the_articles() -> None:
    assert aside(joined(TITLE, BODY, "Het publiek scandeerde:\n• Nooit meer oorlog\n• Nooit meer oorlog", LONGER)) == []
    assert aside(joined(TITLE, BODY, "Het publiek scandeerde:\n• Hup Holland\n• Hup Holland", LONGER)) == []


def test_a_vote_list_with_one_answer_and_text_after_it_stays_the_articles() -> None:
    assert aside(joined(TITLE, BODY, "Stemming\n\n• Voor\n• Voor\n• Voor\n• Voor", LONGER)) == []
    # over a card's standfirst the page cut off, the same list is a carousel's slides
    card = "Het fietspad tussen Zwolle en Hattem is vanaf maandag drie weken dicht..."
    assert ("widget", "• Dia\n• Dia") in aside(joined(TITLE, BODY, LONGER, "• Dia\n• Dia", card))


# --- teasers.teaser_prefixes: a lede without its full stop that the first paragraph repeats -----------------------


def test_a_lede_without_its_full_stop_repeated_by_the_first_paragraph_stays() -> None:
    lede = (
        "Het kabinet trekt driehonderd miljoen euro uit voor de opvang van asielzoekers in kleine gemeenten in het "
        "noorden van het land"
    )
    first = f"{lede}. Dat heeft de minister dinsdag bekendgemaakt. {MORE}"
    assert aside(joined(TITLE, lede, first, BODY)) == []


def test_a_quoted_lede_without_its_closing_mark_repeated_by_the_first_paragraph_stays() -> None:
    lede = "“Dit is een zwarte dag voor de stad en voor alle verenigingen die jarenlang op dit zwembad hebben gewacht"
    assert aside(joined(TITLE, lede, f"{lede}”, zegt wethouder Bakker. {MORE}", BODY)) == []


# --- title_copies: a kicker, the headline, then both on one line (not an e-paper's masthead) ----------------------


def test_a_section_set_aside_over_the_title_and_both_on_one_line_leave_the_headline() -> None:
    text = page("Menu", "Home", "Sport", "Ajax wint in Eindhoven", "Sport Ajax wint in Eindhoven", BODY, LONGER, MORE)
    assert headline(text) == "Ajax wint in Eindhoven"


def test_a_kicker_the_title_then_both_on_one_line_at_the_top_leave_the_headline() -> None:
    # the same without a menu above: the kicker opens the text (title_copies._masthead read it as a masthead's name)
    text = page("Eredivisie", "Ajax wint met 3-0 van PSV", "Eredivisie Ajax wint met 3-0 van PSV", BODY, LONGER, MORE)
    assert headline(text) == "Ajax wint met 3-0 van PSV"

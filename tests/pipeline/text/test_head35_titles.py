"""The article text a rule set aside on structure_blind25, and the headlines it missed (issue 21, helper head35):
examples written here, next to site text of the same shape that stays set aside."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, headline, joined, kept


def test_a_text_cut_off_in_a_word_keeps_the_words_opening() -> None:
    # "Zwemb": only the opening of a word above ("zwembad"), never a word of its own: the next heading, cut off
    text = joined(TITLE, BODY, LONGER, "Zwemb")
    assert "Zwemb" in kept(text)
    # a whole word closing the page is its tail, and so is an opening under the page's closing lines
    assert ("tail", "Gerelateerd") in aside(joined(TITLE, BODY, LONGER, "Gerelateerd"))
    assert "Zwemb" in [t for _, t in aside(joined(TITLE, BODY, LONGER, "Meer nieuws\n\nZwemb"))]


def test_a_caption_shown_twice_in_a_row_in_the_text_keeps_its_first_copy() -> None:
    caption = "Zwembad De Vondel - Zwolle"
    found = aside(joined(TITLE, BODY, f"{caption}\n{caption}", "Nieuwe plannen", LONGER))
    assert found == [("repeated", caption)]
    assert caption in kept(joined(TITLE, BODY, f"{caption}\n{caption}", "Nieuwe plannen", LONGER))


def test_the_heading_with_its_byline_under_it_below_a_menus_short_headings_is_the_title() -> None:
    menu = ("Artikelen", "Vacatures", "Bedrijven zoeken nu")
    assert headline(joined(*menu, TITLE, "Door ANP", BODY, LONGER)) == TITLE
    # a title over its subtitle and the byline: the title stays (a heading above longer than a label)
    subtitle = "Fietsers en voetgangers kunnen vanaf maandag de rivier over"
    assert headline(joined(TITLE, subtitle, "Door ANP", BODY, LONGER)) == TITLE


def test_a_tagline_naming_nothing_of_the_text_over_the_title_is_no_headline() -> None:
    tagline, title = "Platform voor stedelijke vernieuwing", "Zwembad krijgt nieuwe kans"
    assert headline(joined(tagline, title, "Praktijkverhaal", BODY, LONGER)) == title
    # a title naming nothing of the text over its standfirst set as a heading (longer): the title
    deck = "Het nieuwe zwembad gaat in 2027 open, als de aanbesteding slaagt"
    assert headline(joined("Kwestie van geduld", deck, BODY, LONGER)) == "Kwestie van geduld"
    # a title with a title's marks (a comma, a question) over a heading as short: the title
    assert headline(joined("Nat, natter, natst", "Zwembad krijgt kans", BODY, LONGER)) == "Nat, natter, natst"


def test_a_title_and_its_standfirst_on_one_line_without_a_full_stop_is_the_headline() -> None:
    line = "Van zwembad tot brug. De raad van Zwolle zit vol plannen. Lees hier welke plannen doorgaan en welke niet"
    assert headline(joined(line, BODY, LONGER)) == line
    # the same sentences closed by a full stop: the lede, no headline
    assert headline(joined(f"{line}.", BODY, LONGER)) is None


def test_a_signup_forms_buttons_under_its_prompt_are_no_headline() -> None:
    prompt = "Schrijf je in voor onze dagelijkse nieuwsbrief en ontvang elke ochtend het laatste nieuws!"
    assert headline(joined(prompt, "Inschrijven Ik ben al lid", BODY, LONGER)) is None
    # under a link's line (no prompt's sentence), a heading is the title
    assert headline(joined("Inschrijven op de gratis nieuwsbrief", TITLE, BODY, LONGER)) == TITLE


def test_a_label_closed_by_a_period_of_days_over_the_title_is_no_headline() -> None:
    assert headline(joined("Weekoverzicht Zwolle 3-9 mei", TITLE, BODY, LONGER)) == TITLE
    # a title naming a period, with no heading under it: the title
    title = "Kermis op de Grote Markt van 3-9 mei"
    assert headline(joined(title, BODY, LONGER)) == title


def test_a_buttons_word_closing_the_text_stays_set_aside_though_it_opens_a_word_of_the_text() -> None:
    text = joined(TITLE, BODY, f"{LONGER} De deelnemers reageerden blij.", "Deel")
    assert "Deel" in [t for _, t in aside(text)]

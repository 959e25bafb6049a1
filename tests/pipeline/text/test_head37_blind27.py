"""The article text a rule set aside on structure_blind27, and the headlines it missed (issue 21, helper head37):
examples written here, next to site text of the same shape that stays set aside."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import (
    BODY,
    LONG,
    LONGER,
    MORE,
    TITLE,
    K,
    aside,
    headline,
    joined,
    kept,
    kinds,
    page,
)


def test_a_matchs_scores_in_a_sentence_are_no_list_of_stamped_stories() -> None:
    # "een 3-1 zege … via 16-25 … met 15-12": scores, not the day-and-month stamps of a list of other stories
    report = (
        "Dalfsen won zaterdag thuis van Zwolle. Het team boekte een 3-1 zege op de koploper, via 16-25 en 25-21 "
        "kwam het op voorsprong, die het daarna met 15-12 vasthield. Trainer Bakker was tevreden over het spel."
    )
    text = joined(TITLE, BODY, report, LONGER)
    assert aside(text) == []
    assert report in kept(text)
    # three stories each after its day and month on one line: a list of other stories, set aside
    stories = (
        "Meer nieuws 3-2 Brand in schuur aan de Dorpsstraat 4-2 Wegwerkzaamheden in het centrum 5-2 Nieuwe burgemeester"
    )
    assert any(reason == "teaser" for reason, _ in aside(joined(TITLE, BODY, LONGER, stories)))


def test_a_line_holding_a_menu_glued_into_one_word_is_no_title() -> None:
    # the outlet's name and its sections glued into one word ("NieuwsSportCultuurRegio") over the date: a menu
    head = (TITLE, "", "- Regio", "- 12 mrt 2024 @ 09:15", "- Link", "-", "Redactie Regio", "Redactie")
    menu = ("Stadskrant - NieuwsSportCultuurRegio", "- 12 mrt 2024 @ 09:15", "- Redactie Regio")
    tail = (
        "-",
        "Redactie Stad",
        "- Werkt bij: Stadskrant",
        "- Functie: Redactie",
        "- brug",
        "- IJssel",
        "Nieuwsbrief",
    )
    lines = (*head, *menu, BODY, LONGER, MORE, LONG, *tail)
    assert headline(page(*lines)) == TITLE
    assert TITLE in kept(page(*lines))
    # a name with a capital or two inside a word ("GroenLinks-PvdA") over the date stays the page's title
    title = "GroenLinks-PvdA wil nieuwe brug over de IJssel"
    assert headline(page("Home", "Nieuws", "Regio", title, "12 maart 2024, 09:15", BODY, LONGER, MORE)) == title
    # the author's name under a bare dash (a share row's) stays the byline; the menu after it stays set aside
    found = kinds(page(*lines))
    assert (K.BYLINE, "Redactie Regio") in found
    assert ("share", "Stadskrant - NieuwsSportCultuurRegio") in aside(page(*lines))


def test_a_heading_in_capitals_naming_a_section_and_a_day_is_not_set_aside() -> None:
    # "NIEUWS 12 MAART": a day's news round-up titled in capitals, the month too — not a section's label glued to
    # the page's date
    text = joined("NIEUWS 12 MAART", BODY, LONGER)
    assert aside(text) == []
    assert "NIEUWS 12 MAART" in kept(text)
    # a section's word before the date in the date's own case stays set aside as a label
    assert ("label", "Gesponsord") in aside(joined(TITLE, "Gesponsord 12 maart 2024", BODY, LONGER))


def test_a_breadcrumb_glued_before_the_title_over_the_title_alone_is_set_aside() -> None:
    # "Home Regio Zwolle <title>" / "<title>": the page's breadcrumb then the title, over the article's heading
    text = joined(f"Home Regio Zwolle {TITLE}", TITLE, BODY, LONGER)
    assert headline(text) == TITLE
    assert ("breadcrumb", f"Home Regio Zwolle {TITLE}") in aside(text)
    # words before it with a sentence's marks are a longer title's own, not a breadcrumb's items
    longer = f"Na tien jaar uitstel, {TITLE}"
    assert ("breadcrumb", longer) not in aside(joined(longer, TITLE, BODY, LONGER))


def test_a_short_heading_the_closing_credit_names_after_an_at_sign_is_the_outlets_name() -> None:
    # "Vizier op zwemmen" over the title, the text closed by "pj @ Vizier op zwemmen.": the outlet's name
    text = joined("Vizier op zwemmen", TITLE, BODY, LONGER, "pj @ Vizier op zwemmen.")
    assert headline(text) == TITLE
    # without that credit the first heading stays the title
    assert headline(joined("Vizier op zwemmen", TITLE, BODY, LONGER)) == "Vizier op zwemmen"


def test_the_dated_heading_under_a_run_of_other_stories_titles_is_the_title() -> None:
    # three titles of other stories on the lines above, then the title over its date line (lower case: "dinsdag")
    stories = page(
        "Wethouder Bakker stapt op na ruzie in de raad",
        "Kermis in Zwolle gaat dit jaar niet door",
        "Brand in schuur aan de Dorpsstraat snel onder controle",
    )
    text = joined(stories, TITLE, page("dinsdag 12 maart 2024", "Foto: Piet Jansen"), BODY, LONGER)
    assert headline(text) == TITLE
    # a title over its deck, then the date: the first stays the title
    deck = "Fietsers en voetgangers kunnen vanaf maandag de rivier over"
    assert headline(joined(TITLE, deck, "dinsdag 12 maart 2024", BODY, LONGER)) == TITLE


def test_a_heading_of_capitalised_words_only_over_the_title_is_a_menu() -> None:
    # places and a section, each capitalised, no mark: a menu over the title
    text = joined("Zwolle Kampen Nieuws Deventer Raalte Olst-Wijhe", TITLE, BODY, LONGER)
    assert headline(text) == TITLE
    # a title has lower-case words: the first heading, over its deck, stays the title
    deck = "Fietsers en voetgangers kunnen vanaf maandag de rivier over"
    assert headline(joined(TITLE, deck, BODY, LONGER)) == TITLE
    # a title in capitals throughout over its deck in capitals: no menu
    caps = "ZWOLLE EN KAMPEN SAMEN ROND DE TAFEL"
    assert headline(joined(caps, "BURGEMEESTERS OVERLEGGEN OVER DE BRUG", BODY, LONGER)) == caps


def test_a_periods_bound_and_a_date_on_the_first_line_is_no_headline() -> None:
    # "Tot dinsdag 12 maart 2024": the news of an edition that runs until then, over its items — no title
    text = joined("Tot dinsdag 12 maart 2024", BODY, LONGER)
    assert headline(text) is None
    # an event's title with its day stays the headline
    assert headline(joined("Braderie zaterdag 14 september", BODY, LONGER)) == "Braderie zaterdag 14 september"


def test_a_matchs_two_sides_the_first_after_its_article_in_lower_case_is_the_title() -> None:
    # "de Zwaluwen - SV Zwolle '28" over the score: a match report's title, not a label in lower case
    title = "de Zwaluwen - SV Zwolle '28"
    assert headline(joined(title, "Uitslag 3 - 1 (1 - 0)", BODY, LONGER)) == title
    # a label in lower case above the title stays a label
    assert headline(joined("de gids", TITLE, BODY, LONGER)) == TITLE

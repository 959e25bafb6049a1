"""Review of round site47 (issue 21): article text of the shapes the site47 rules look for, written here, that must
stay article text (nothing set aside)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined

# --- page_sections.schedules: an event's programme closing a local news article --------------------------------


def test_a_village_feasts_programme_closing_the_article_stays() -> None:
    text = joined(
        "Dorpsfeest Hattem viert 100 jaar",
        BODY,
        "Het programma op zaterdag",
        "10.00 - 11.00 uur",
        "Opening door burgemeester Jansen",
        "11.00 - 13.00 uur",
        "Optocht door het centrum",
        "13.00 - 15.00 uur",
        "Braderie op de Markt",
    )
    assert aside(text) == []


def test_tv_tips_closing_on_tonights_programmes_stay() -> None:
    text = joined(
        "Dit zijn de tv-tips voor vanavond",
        BODY,
        "Vanavond op tv",
        "20.30 - 21.25",
        "Boer zoekt vrouw",
        "21.25 - 22.10",
        "Nieuwsuur",
        "22.10 - 23.00",
        "Op1",
    )
    assert aside(text) == []


# --- site_rules "Top N …": a ranking's heading in an article --------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a line rule: the most-read box's heading above the title ('Top 10 van de maand', test_site47_rules) has its shape",
)
def test_a_rankings_heading_over_baby_names_stays() -> None:
    text = joined("Dit zijn de populairste babynamen", BODY, "Top 10 van de maand", "1. Noah\n2. Emma\n3. Liam", MORE)
    assert aside(text) == []


# --- web_rules "Sponsors": a club story's subheading ----------------------------------------------------------


def test_a_club_storys_sponsors_subheading_stays() -> None:
    # between paragraphs of running text, the one below naming it: that paragraph's heading (xfail48:
    # announced.announced_lines); over the box's names it stays the box's heading (test_site47_rules)
    paragraph = (
        "De club zoekt nog sponsors voor het nieuwe seizoen. Wie wil helpen, kan zich melden bij de penningmeester."
    )
    assert aside(joined(TITLE, BODY, "Sponsors", paragraph, MORE)) == []
    assert ("promo", "Sponsors") in aside(joined(TITLE, BODY, "Sponsors", "Bakkerij Jansen", MORE))


# --- icon_names: an underscored name inside a short line of a story about a hack ------------------------------


def test_a_hacked_accounts_name_quoted_in_the_story_stays() -> None:
    text = joined("Hackers kraakten systeem van de gemeente", BODY, "Gebruikersnaam admin_root", MORE)
    assert aside(text) == []


# --- page_sections.bylined_stories: a letters page, each reader's letter over its name and date --------------


@pytest.mark.xfail(
    strict=True,
    reason="a letters page's letters have the other stories' shape (a title over 'Name-date' of another month)",
)
def test_a_letters_pages_earlier_letter_stays() -> None:
    letter = "Al maanden ligt de straat open. Wanneer gaat de gemeente eindelijk iets doen aan de gaten in het wegdek?"
    text = joined(
        "Brieven van lezers",
        "Anna de Wit-3 maart 2024",
        BODY,
        "Gaten in de Dorpsstraat",
        "Piet Jansen-28 februari 2024",
        letter,
    )
    assert aside(text) == []


# --- site_rules "Al het nieuws …": a roundup's subheading -----------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a line rule: the topic link closing the page ('Alle nieuws over de kermis', test_site47_rules) has its shape",
)
def test_a_roundups_subheading_on_the_councils_news_stays() -> None:
    paragraph = "De raad besprak dinsdag ook de begroting. Die werd met ruime meerderheid aangenomen."
    assert aside(joined(TITLE, BODY, "Al het nieuws uit de gemeenteraad", paragraph, MORE)) == []

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

# --- site_rules "Top N …": a ranking's heading in an article --------------------------------------------------

def test_a_rankings_heading_over_baby_names_stays() -> None:
    text = joined("Dit zijn de populairste babynamen", BODY, "Top 10 van de maand", "1. Noah\n2. Emma\n3. Liam", MORE)
    assert aside(text) == []

# --- web_rules "Sponsors": a club story's subheading ----------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="the sponsor box's heading rule reads one line; a club story's subheading too")
def test_a_club_storys_sponsors_subheading_stays() -> None:
    paragraph = "De club zoekt nog sponsors voor het nieuwe seizoen. Wie wil helpen, kan zich melden bij de penningmeester."
    assert aside(joined(TITLE, BODY, "Sponsors", paragraph, MORE)) == []

# --- icon_names: an underscored name inside a short line of a story about a hack ------------------------------

@pytest.mark.xfail(strict=True, reason="an underscored word among capitalised words is read as an interface line")
def test_a_hacked_accounts_name_quoted_in_the_story_stays() -> None:
    text = joined("Hackers kraakten systeem van de gemeente", BODY, "Gebruikersnaam admin_root", MORE)
    assert aside(text) == []

"""Review of head45 (stop 45): headlines a reporter writes that the new rules cut or lose — a headline saying who did
it, with a number or a date further on ("… ingehuldigd door Koning Filip, 120 jaar na de brand": a number is no
stamp), an airline's name written as one word with a capital inside ("easyJet"). Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.signed_titles import signed_title
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, headline, joined

BY_WHOM = (
    "Stadhuis van Leuven ingehuldigd door Koning Filip, 120 jaar na de brand",
    "Nieuwe fietsbrug over de IJssel geopend door Koning Willem-Alexander na 12 jaar bouwen",
    "Record op de 400 meter horden gebroken door Femke Bol in 50,95 seconden",
)


@pytest.mark.parametrize("title", BY_WHOM)
def test_a_headline_saying_by_whom_with_a_number_after_it_stays_whole(title: str) -> None:
    assert signed_title(title) is None
    assert headline(joined(title, BODY, MORE)) == title


@pytest.mark.parametrize(
    "stamp", ("12 maart 2024, 10:32", "12/03/24", "12-03-24, 10:32", "dinsdag 12 maart 2024", "10:32")
)
def test_a_byline_with_its_date_or_time_after_the_name_is_still_cut(stamp: str) -> None:
    line = f"Stadhuis van Leuven feestelijk ingehuldigd door Anna de Vries {stamp}"
    assert signed_title(line) == ("Stadhuis van Leuven feestelijk ingehuldigd", f"door Anna de Vries {stamp}")


@pytest.mark.parametrize(
    "title",
    (
        "Honderden vakantiegangers gestrand na staking bij easyJet Schiphol",
        "Honderden vakantiegangers gestrand na staking bij easyJet Europe",
        "Nieuwe vestiging van easyHotel Amsterdam Centrum",
    ),
)
def test_an_airline_written_easyjet_at_the_end_of_a_headline_is_no_byline(title: str) -> None:
    assert signed_title(title) is None
    assert headline(joined(title, BODY, MORE)) == title


def test_a_name_glued_to_a_title_ending_in_a_lower_case_word_is_still_cut() -> None:
    # the look-alike: the title's last word in lower case and no brand ("gestrand", "geopend")
    line = "Honderden vakantiegangers urenlang gestrandJan Peeters"
    assert signed_title(line) == ("Honderden vakantiegangers urenlang gestrand", "Jan Peeters")


def test_a_story_and_its_sidebar_by_one_reporter_keep_the_storys_headline() -> None:
    sidebar = "Ook de tweede brug over de IJssel is bijna klaar"
    text = joined("Door Jan Peeters", TITLE, BODY, MORE, "Door Jan Peeters", sidebar, MORE)
    assert headline(text) == TITLE


def test_a_liveblog_of_three_signed_entries_of_two_paragraphs_each_has_no_title() -> None:
    # the look-alike: three signed headings are a blog's entries however long each is (entry_titles.ENTRY_MIN_SIGNED)
    entries = ("Mondelinge vragen allemaal gesteld", "Opvang zit op het maximum", "Debat gaat na de pauze verder")
    text = joined(*(part for entry in entries for part in ("Door Jan Peeters", entry, BODY, MORE)))
    assert headline(text) is None

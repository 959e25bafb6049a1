"""Review of site42's rules (issue 21: article text must never be set aside): article text of each rule's shape,
written here. Kept by the narrowed rules: an interview's stage word after a quote ("(lacht)") and a serial's "(slot)"
(inline_rules.SIGN_OFF_INITIALS), an article's headings "Automatische updates" and "Lees voor"
(mainstream_rules.SITE_LINES), a heading
opened by a compound of a paywall's word (outlet_cards.PAYWALL_LABEL), a byline whose surname is a share button's word
(outlet_cards.byline_buttons), a list of titles with their outlets announced by a colon (outlet_cards.titled_cards).
Left as they are (xfail): one such title alone between paragraphs, and a magazine's "Dossier: <Topic>" subheading — the
rules' own labelled shapes."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, joined, kept, kinds

K = BlockKind


@pytest.mark.parametrize(
    "line",
    [
        "‘We gaan gewoon door, wat de raad ook beslist. Dat hebben we altijd gedaan.’ (lacht)",
        '"Nee, dit was genoeg voor één leven." (zucht)',
        "Of hij spijt heeft? Nee. Dat zegt hij zonder aarzelen. (knikt)",
        "De bouw begint in maart, en dan is het verhaal van de brug voorlopig verteld. (slot)",
    ],
)
def test_an_interviews_stage_word_after_the_last_sentence_stays(line: str) -> None:
    text = joined(TITLE, BODY, line, LONGER)
    assert aside(text) == []
    assert line in kept(text)


def test_reporters_initials_after_the_last_sentence_are_still_set_aside() -> None:
    assert ("credit", "(agy)") in aside(joined(TITLE, BODY, f"{LONGER} (agy)"))


def test_an_articles_heading_automatische_updates_stays() -> None:
    text = joined(TITLE, BODY, "Automatische updates", LONGER)
    assert (K.SUBHEADING, "Automatische updates") in kinds(text)


def test_the_liveblogs_refresh_switch_with_its_colon_is_still_set_aside() -> None:
    assert ("interface", "Automatische update:") in aside(joined(TITLE, BODY, "Automatische update:", LONGER))


def test_a_tips_heading_lees_voor_stays_and_the_read_aloud_button_with_its_length_goes() -> None:
    tip = "Kinderen die thuis elke dag een verhaal horen, leren op school sneller lezen, zegt de onderzoeker."
    text = joined(TITLE, BODY, "Lees voor", tip, "Lees voor 3:12", LONGER)
    assert "Lees voor" in kept(text).split(" Kinderen")[0]
    assert ("interface", "Lees voor 3:12") in aside(text)


def test_a_heading_opened_by_a_compound_of_a_paywall_word_stays() -> None:
    heading = "Abonnee-aantallen De Telegraaf dalen"
    text = joined(TITLE, BODY, heading, LONGER)
    assert heading in kept(text)


@pytest.mark.parametrize(
    "byline",
    [
        "Door Jan Delen",
        "Door Marieke van Deel",
        "Door Kees Bakker en Jan Delen",
        "Door Peter Mail",
        "Door onze correspondent op X",
    ],
)
def test_a_byline_ending_in_a_surname_that_is_a_buttons_word_stays_whole(byline: str) -> None:
    text = joined(TITLE, byline, BODY, LONGER)
    assert (K.BYLINE, byline) in kinds(text)
    assert aside(text) == []


def test_buttons_after_a_surname_that_is_a_buttons_word_are_cut_off() -> None:
    text = joined(TITLE, "Door Jan Delen Facebook Twitter", BODY, LONGER)
    assert (K.BYLINE, "Door Jan Delen") in kinds(text)
    assert ("share", "Facebook Twitter") in aside(text)


_NOMINEES = (
    "Het verdwenen geld van de toeslagen - RTL Nieuws",
    "De stille stikstofdeal - NRC",
    "Wie betaalt de zorg? - Trouw",
)


def test_a_list_of_titles_with_their_outlets_announced_by_a_colon_stays() -> None:
    intro = "De genomineerden voor De Tegel in de categorie onderzoek zijn:"
    text = joined(TITLE, BODY, intro, *_NOMINEES, LONGER)
    assert aside(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="one title with an outlet after a dash alone between paragraphs is titled_cards' labelled shape "
    "(a related story's card, test_site42)",
)
def test_one_nominated_title_with_its_outlet_between_paragraphs_stays() -> None:
    text = joined(TITLE, BODY, LONGER, _NOMINEES[0], LONGER)
    assert _NOMINEES[0] in kept(text)


@pytest.mark.xfail(
    strict=True,
    reason="'Dossier: <Topic>' alone on its line is the topic page link SITE_LINES sets aside (site42's labelled "
    "shape); a magazine's subheading of that shape cannot be told from it",
)
def test_a_magazines_dossier_subheading_stays() -> None:
    text = joined(TITLE, BODY, "Dossier: Stikstof en de boeren", LONGER)
    assert "Dossier: Stikstof en de boeren" in kept(text)


def test_a_dossier_subheading_in_lower_case_stays() -> None:
    text = joined(TITLE, BODY, "Dossier: de stikstofcrisis", LONGER)
    assert "Dossier: de stikstofcrisis" in kept(text)

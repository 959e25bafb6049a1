"""Rules of site52b_rules (issue 21: short outlet furniture on fresh pages by its shape, second round), each on
examples written here with a near miss that stays article text."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept, kinds

# --- a genre label run into the name of the person the piece is about ----------------------------------------------


@pytest.mark.parametrize(
    "label", ["InterviewMarieke de Wit", "InterviewJan P. Smit", "PortretAnna van der Berg", "ProfielK.M. Bakker"]
)
def test_a_genre_label_glued_to_its_subjects_name_is_set_aside_whole(label: str) -> None:
    text = joined(label, TITLE, BODY, MORE)
    assert ("label", label) in aside(text)
    assert BODY in kept(text)
    assert "Wit" not in kept(text).replace(label, "")


def test_an_essays_glued_name_is_still_its_authors_byline() -> None:
    text = joined("EssayAnna de Vries", TITLE, BODY, MORE)
    assert ("label", "Essay") in aside(text)
    assert "Anna de Vries" in kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Interview Marieke de Wit",  # a heading: the label and the name apart
        "InterviewMarieke de Wit vertelt over haar nieuwe bedrijf in Zwolle",  # a sentence after the name
    ],
)
def test_a_name_beside_the_label_apart_or_in_a_sentence_is_no_glued_label(line: str) -> None:
    text = joined(TITLE, BODY, line, MORE)
    assert ("label", line) not in aside(text)


def test_an_initial_in_a_short_line_is_no_sentence_end() -> None:
    # the initial's full stop does not make "InterviewJan P. Smit" two sentences; a real stop still does
    sentence = "Het ging mis bij de VS. Daarna niet meer."
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert (BlockKind.SITE_TEXT, "InterviewJan P. Smit") in kinds(joined("InterviewJan P. Smit", TITLE, BODY))


# --- a dossier's banner: the word and the count of its articles ---------------------------------------------------


@pytest.mark.parametrize("banner", ["DOSSIER - 12 ARTIKELS", "Dossier | 40 artikelen"])
def test_a_dossiers_banner_with_its_count_is_set_aside(banner: str) -> None:
    text = joined(banner, TITLE, BODY, MORE)
    assert ("link", banner) in aside(text)
    assert TITLE in kept(text)


def test_a_sentence_counting_a_dossiers_articles_stays() -> None:
    sentence = "Het dossier telt inmiddels 12 artikelen over de brug."
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)
    assert not aside(text)


# --- a side of the title line's bar printed again alone under it ---------------------------------------------------

BAR_TITLE = "Nieuws uit Overijssel van 3 en 4 mei | Brand in loods & Nieuwe burgemeester"


@pytest.mark.parametrize("copy", ["Nieuws uit Overijssel van 3 en 4 mei.", "Nieuws uit Overijssel van 3 en 4 mei"])
def test_a_side_of_the_title_bar_printed_again_under_it_is_set_aside(copy: str) -> None:
    text = joined(BAR_TITLE, copy, BODY, MORE)
    assert ("repeated", copy) in aside(text)
    assert BAR_TITLE in kept(text)
    assert BODY in kept(text)


def test_a_line_going_on_past_the_side_of_the_bar_stays() -> None:
    lede = "Nieuws uit Overijssel van 3 en 4 mei: in Zwolle brandde een loods af en Deventer kreeg een burgemeester."
    text = joined(BAR_TITLE, lede, BODY, MORE)
    assert lede in kept(text)
    assert not aside(text)


# --- the pointer to the outlet's live player -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "pointer",
    [
        "Vanaf 19:30 uur is hier live te volgen wie de nieuwe voorzitter van de club wordt.",
        "De eerste wedstrijd is woensdagavond hier LIVE te zien.",
    ],
)
def test_a_pointer_to_the_live_player_is_set_aside(pointer: str) -> None:
    text = joined(TITLE, BODY, pointer, MORE)
    assert ("link", pointer) in aside(text)
    assert MORE in kept(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "De raadsvergadering is live te volgen via de website van de gemeente.",  # another's stream, no "hier"
        "Het debat is hier te zien geweest, zegt de voorzitter.",  # no live player, and reported
        "Woensdag staat de finale op het programma en die is hier live te volgen.",  # news first, then the pointer
    ],
)
def test_a_stream_named_without_the_pages_player_stays(sentence: str) -> None:
    text = joined(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text)

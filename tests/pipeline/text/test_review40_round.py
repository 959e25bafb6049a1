"""Review of round site40 (issue 21): article text of the shapes the round's rules read as a page's furniture — a
column's heading, a print article's continuation, a results list, an agenda, a band's name, places under a byline —
must stay the article's (no sentence of the article set aside), and the title stays the title. Each fixed rule keeps
its own example on the other side (tests.pipeline.text.test_site40_rules and the tests here)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, headline, joined, kept, page

# --- site_rules back link: a column's heading or title that sends the reader back somewhere --------------------------


def test_a_heading_ga_terug_naar_af_stays_the_articles() -> None:
    text = joined(TITLE, BODY, "Ga terug naar af", LONGER, MORE)
    assert aside(text) == []


def test_a_title_ga_terug_naar_je_roots_stays_the_headline() -> None:
    title = "Ga terug naar je roots"
    text = joined(title, BODY, LONGER)
    assert headline(text) == title


def test_a_back_link_with_its_arrow_and_where_it_goes_is_still_set_aside() -> None:
    link = "‹ Terug naar overzicht"
    assert aside(joined(link, TITLE, BODY, LONGER)) == [("navigation", link)]


# --- reference_lines.continued_tail: the article's continuation printed right after its reference -------------------


def test_the_continuations_heading_after_vervolg_van_pagina_stays() -> None:
    heading = "Wachtlijst voor het zwembad"
    text = joined(TITLE, BODY, LONGER, "Vervolg op pagina 3", "Vervolg van pagina 1", heading, MORE + " " + LONGER)
    assert heading in kept(text)


def test_a_results_list_announced_after_the_continuation_reference_stays() -> None:
    rows = ("1. Anna Smit (Zwolle) 2.34,12", "2. Kees Bakker (Kampen) 2.35,40", "3. Jan Visser (Deventer) 2.36,01")
    text = joined(TITLE, BODY, LONGER, "Vervolg op pagina 5", "De uitslagen:", *rows)
    assert all(row in kept(text) for row in rows)


def test_short_sentences_after_the_continuation_reference_stay() -> None:
    lines = ("Het zwembad gaat pas in 2027 open.", "Dat zegt wethouder Bakker.")
    text = joined(TITLE, BODY, LONGER, "Lees verder op pagina 3", *lines, MORE)
    assert all(line in kept(text) for line in lines)


@pytest.mark.xfail(
    strict=True,
    reason="review40: an interview's short question and quoted answer after 'Lees verder op pagina 5' have the shape "
    "of a print page's other items (a teaser's question, a title in quotes); kept only if a 'Vervolg van' line precedes",
)
def test_an_interviews_question_and_quote_after_the_continuation_reference_stay() -> None:
    lines = ("Waarom duurt het zo lang?", "‘Het is echt genoeg geweest’")
    text = joined(TITLE, BODY, LONGER, "Lees verder op pagina 5", *lines, MORE)
    assert all(line in kept(text) for line in lines)


# --- glued_labels.BULLET_TAG: an informal 'n' (een) after a sentence's first word ------------------------------------


def test_a_sentence_opening_with_an_informal_n_stays_whole() -> None:
    sentence = "Echt n Amsterdammer was hij, zegt zijn buurman. Hij woonde er zijn hele leven."
    text = joined(TITLE, BODY, sentence, LONGER)
    assert aside(text) == []


# --- title_labels._tags_below_byline: one-word lines of the article under the byline ---------------------------------

TAGS_UNDER_BYLINE = pytest.mark.xfail(
    strict=True,
    reason="review40: two or more one-word capitalised lines under the byline are read as tags; the article's places "
    "or a poem's lines have the same shape (the round's example 'Ondernemen' / 'Bedrijfsoverdracht' also recurs in "
    "its text), no shape found to tell them apart",
)


@TAGS_UNDER_BYLINE
def test_two_places_under_the_byline_stay() -> None:
    text = page(TITLE, "Door: Anna Smit", "Zwolle", "Kampen", "", BODY, "", LONGER)
    assert aside(text) == []


@TAGS_UNDER_BYLINE
def test_a_poems_one_word_lines_under_the_byline_stay() -> None:
    text = page(TITLE, "Door: Anna Smit", "Regen", "Wind", "Stilte", "", BODY, "", LONGER)
    assert aside(text) == []


# --- glued_labels.section_after: an agenda's items in the article --------------------------------------------------


def test_an_agendas_items_closing_on_a_section_word_stay_whole() -> None:
    items = ("Zaterdag 14 maart om 20:00 Cultuur", "Zondag 15 maart om 14:00 Sport")
    text = joined(TITLE, BODY, "Het programma:", *items, LONGER)
    assert aside(text) == []


# --- site_words.ALT_TEXT_WORDS: English names in a Dutch article --------------------------------------------------


def test_a_bands_english_name_as_a_heading_stays() -> None:
    text = joined(TITLE, BODY, "Picture This", LONGER, MORE)
    assert aside(text) == []


def test_a_bands_english_name_as_the_title_is_the_headline() -> None:
    assert headline(joined("Picture This", BODY, LONGER)) == "Picture This"


def test_a_plays_english_title_as_a_heading_stays() -> None:
    text = joined(TITLE, BODY, "The Author", LONGER, MORE)
    assert aside(text) == []


def test_an_alt_text_of_two_alt_words_is_still_set_aside() -> None:
    text = page("Profile picture", TITLE, BODY, LONGER)
    assert aside(text) == [("interface", "Profile picture")]


# --- opening_rules.FRAMED_QUOTE: a speaker's office ending in a section's word ------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="review40: an office naming a section's subject ('Schepen Cultuur') before a quoted title reads as a "
    "rubric's label ('Weekblad Premium'); both are capitalised words ending in a section's word",
)
def test_a_speakers_office_before_a_quoted_title_stays_in_the_headline() -> None:
    title = "Schepen Cultuur ‘We openen het museum opnieuw in de zomer’"
    text = joined(title, BODY, LONGER)
    assert headline(text) == title


# --- repeated_lines.credited_copies: a title over its copy with the author's name, then the text's first question ----


def test_a_title_over_its_copy_with_the_authors_name_above_a_first_question_stays_the_title() -> None:
    title = "Wethouder Bakker stapt op na ruzie over zwembad"
    text = page(title, f"{title} Anna Smit", "", "Wat is er gebeurd?", "", BODY, "", LONGER)
    assert headline(text) == title
    assert ("image", title) not in aside(text)

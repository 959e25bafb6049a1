"""Round site46 (issue 21, blind37 as a development set): each rule with an example written here that it must
handle, and text of the same shape on the other side of the rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- page_dump._copy_above: the title, a byline's label, the title again over its photo's credit -------------------


def test_the_title_printed_again_under_a_bare_byline_label_stays_set_aside_and_the_first_copy_is_the_headline() -> None:
    text = page(TITLE, "", "door", TITLE, "Foto: © Persbureau Zuid", "", BODY, "", LONGER, "", MORE)
    assert headline(text) == TITLE
    assert ("repeated", TITLE) in aside(text)
    assert kept(text).count(TITLE) == 1


def test_a_heading_that_differs_from_the_title_under_the_byline_label_stays_article_text() -> None:
    other = "Fietsers blij met de nieuwe verbinding"
    text = page(TITLE, "", "door", other, "Foto: © Persbureau Zuid", "", BODY, "", LONGER, "", MORE)
    assert headline(text) in (TITLE, other)
    assert other in kept(text) and TITLE in kept(text)


# --- site_rules.SITE_LINES "print": a printed article's record number under the issue's reference ------------------

ISSUE = "14 maart 2019, jaargang 61, nummer 11"


def test_an_archive_record_number_under_the_issue_reference_is_set_aside() -> None:
    text = page(ISSUE, "Artikel 004711", TITLE, BODY, LONGER, MORE)
    assert ("print", "Artikel 004711") in aside(text)
    assert headline(text) == TITLE


def test_a_law_article_heading_with_its_short_number_stays_article_text() -> None:
    text = joined(TITLE, BODY, "Artikel 23", LONGER, "Artikel 120a", MORE)
    assert aside(text) == []
    assert "Artikel 23" in kept(text) and "Artikel 120a" in kept(text)


# --- flat_title._byline_cut: title, author's initials and name, first sentence on one line -------------------------

GLUED_OPENING = f"{TITLE} A.B. de Vries {BODY}"


def test_a_title_and_an_initialled_author_glued_before_the_first_sentence_are_cut_apart() -> None:
    text = page(ISSUE, GLUED_OPENING, LONGER, MORE)
    assert headline(text) == TITLE
    assert (K.BYLINE, "A.B. de Vries") in kinds(text)
    assert any(kind is K.LEDE and t.startswith("De gemeenteraad van Zwolle") for kind, t in kinds(text))


def test_a_title_and_an_initialled_author_after_door_glued_before_the_first_sentence_are_cut_apart() -> None:
    text = page(f"{TITLE} door A.B. de Vries {BODY}", LONGER, MORE)
    assert headline(text) == TITLE
    assert (K.BYLINE, "door A.B. de Vries") in kinds(text)


def test_an_initialled_name_inside_the_first_sentence_stays_in_the_running_text() -> None:
    for opening in (
        f"Afscheid van de oude brug van A.B. de Vries {BODY}",
        f"Een gesprek over de brug met A.B. de Vries {BODY}",
        f"De brug is eindelijk open. Wethouder A.B. de Vries {BODY}",
    ):
        text = page(opening, LONGER, MORE)
        assert (K.BYLINE, "A.B. de Vries") not in kinds(text), opening
        assert "A.B. de Vries" in kept(text)


# --- last_card.boxed_last_cards: a closing card on one line, the page's name line under it, several cards ---------

CARD_TITLE = "Nieuwe directeur voor het stadstheater in Deventer gaat in maart aan de slag met een klein team"
CARD_TEASER = "Het stadstheater in Deventer heeft na een lange zoektocht een nieuwe directeur gevonden, die …"
NAME_LINE = "Stadsblad Het nieuws van hier en nu"


def test_a_closing_card_whose_title_runs_on_into_its_teaser_and_the_name_line_under_it_are_set_aside() -> None:
    text = page(TITLE, "", BODY, "", LONGER, "Check Also", CARD_TITLE, CARD_TEASER, NAME_LINE)
    assert aside(text) == [
        ("interface", "Check Also"),
        ("teaser", f"{CARD_TITLE} {CARD_TEASER}"),
        ("site_name", NAME_LINE),
    ]


def test_the_name_line_under_a_card_of_two_blocks_is_set_aside_with_it() -> None:
    text = joined(TITLE, BODY, LONGER, "Check Also", "Nieuwe directeur voor het stadstheater", CARD_TEASER, NAME_LINE)
    assert ("site_name", NAME_LINE) in aside(text)
    assert ("teaser", CARD_TEASER) in aside(text)


def test_two_cards_under_a_read_also_marker_alone_are_set_aside() -> None:
    second = "Zwembad in Zwolle gaat een jaar later open"
    text = page(TITLE, "", BODY, "", LONGER, "Lees ook", CARD_TITLE, CARD_TEASER, second, "De opening van het …")
    assert [t for _, t in aside(text)] == ["Lees ook", f"{CARD_TITLE} {CARD_TEASER}", second, "De opening van het …"]


def test_paragraphs_trailing_off_under_the_articles_own_subheading_stay_article_text() -> None:
    heading = "Hoe verder met het theater"
    trailing = "Het theater zoekt een directeur en de gemeente zoekt geld, maar wie betaalt …"
    text = joined(TITLE, BODY, LONGER, heading, CARD_TEASER, trailing)
    assert aside(text) == []


def test_a_last_paragraph_trailing_off_without_a_box_heading_and_a_name_line_under_no_card_stay_article_text() -> None:
    trailing = "De wethouder keek nog eens naar de plannen en zuchtte: misschien volgend jaar …"
    assert aside(joined(TITLE, BODY, LONGER, trailing)) == []
    text = page(
        TITLE, "", BODY, "", LONGER, "Check Also", CARD_TITLE, "Het theater zoekt al jaren een directeur.", NAME_LINE
    )
    assert NAME_LINE in kept(text)


# --- glued_edges.row_dates: a metadata row's date glued with its bar before the first sentence -----------------------


def test_the_date_closing_a_metadata_row_glued_before_the_first_sentence_is_set_aside_with_the_row() -> None:
    text = page("Nieuws | de redactie", f"12 maart 2024 | {BODY}", "", LONGER, "", MORE)
    found = aside(text)
    assert [t for _, t in found] == ["Nieuws | de redactie", "12 maart 2024 |"]
    assert found[0][0] == found[1][0]
    assert BODY in kept(text)


def test_a_date_and_a_bar_opening_the_text_under_no_row_and_a_bar_inside_a_sentence_stay_article_text() -> None:
    text = page(TITLE, f"12 maart 2024 | {BODY}", "", LONGER)
    assert "12 maart 2024 |" in kept(text)
    text = page("Nieuws | de redactie", f"Volgens de raad | {BODY}", "", LONGER)
    assert "Volgens de raad |" in kept(text)


# --- site_rules.SITE_LINES "credit": a photo's credit alone on its line, its label and the copyright sign ------------


def test_a_photo_credit_line_with_its_label_and_copyright_sign_is_set_aside() -> None:
    text = page(TITLE, "Foto: © Persbureau Zuid", "", BODY, "", LONGER)
    assert aside(text) == [("credit", "Foto: © Persbureau Zuid")]
    assert headline(text) == TITLE


def test_a_caption_under_the_photo_word_and_a_sentence_naming_a_copyright_stay_article_text() -> None:
    for line in ("Foto: © de brug bij nacht, gezien vanaf de oude kade", "Foto: De brug bij nacht"):
        text = page(TITLE, line, "", BODY, "", LONGER)
        assert line in kept(text), line
    line = "Foto: © Persbureau Zuid bleef jarenlang onder de rechthebbenden van de beelden."
    assert line in kept(joined(TITLE, BODY, line, MORE))


# --- edge_rules.PHOTO_LICENCE_END: a picture's open licence closing its caption --------------------------------------

LICENCE = "Beeld: A. de Vries/Wikimedia Commons/CC BY-SA 4.0."


def test_a_credit_naming_an_open_licence_is_cut_off_a_short_caption_which_stays_a_caption() -> None:
    caption = "Het stadhuis van Zwolle bij nacht."
    text = joined(TITLE, f"{caption} {LICENCE}", BODY, LONGER)
    assert aside(text) == [("credit", LICENCE)]
    assert (K.CAPTION, caption) in kinds(text)
    assert headline(joined(f"{caption} {LICENCE}", BODY, LONGER)) != caption


def test_a_captions_plain_credit_goes_and_a_sentence_about_a_licence_stays_article_text() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): the caption's plain credit is site text (it stayed)
    caption = "De minister in Den Haag. Foto: Persbureau Zuid"
    sentence = "De archivaris zei dat de foto's onder de licentie CC BY-SA 4.0 vallen."
    text = joined(TITLE, caption, BODY, sentence, LONGER)
    assert aside(text) == [("credit", "Foto: Persbureau Zuid")]
    assert "De minister in Den Haag." in kept(text) and sentence in kept(text)


# --- scrape_rules.ISSUE_FIELDS: a print issue's reference of its fields alone, in any order ----------------------------


def test_an_issue_reference_of_its_fields_in_any_order_is_set_aside() -> None:
    for line in ("Jaargang 61 - nr. 11 - 14 maart 2019", "Nummer 11, 14 maart 2019", "Editie 7 | 3 mei 2019"):
        text = page(line, TITLE, BODY, LONGER, MORE)
        assert aside(text) == [("print", line)], line
        assert headline(text) == TITLE


def test_a_history_heading_of_a_volume_and_a_year_and_a_sentence_naming_an_issue_stay_article_text() -> None:
    for line in ("Jaargang 1, 1945", "Nummer 11 verscheen op 14 maart 2019, een dag later dan gepland."):
        assert line in kept(joined(TITLE, BODY, line, LONGER)), line

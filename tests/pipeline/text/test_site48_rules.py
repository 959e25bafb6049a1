"""Round site48 (issue 21, cross-set): shapes of site text missed at three or more outlets of the development sets,
each rule with an example written here that it must handle, and text of the same shape on the other side of the
rule that must stay as it was."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, K, aside, date_lines, joined, kept, kinds

# --- pointer_rules.LINK_POINTER_END: an imperative and "hier" before the link's label ------------------------------


def test_a_read_here_pointer_closing_a_paragraph_is_set_aside() -> None:
    pointer = "Lees hier het volledige verslag."
    text = joined(TITLE, BODY, f"{MORE} {pointer}")
    assert aside(text) == [("link", pointer)]
    assert MORE in kept(text)


def test_a_here_you_read_pointer_and_a_watch_here_pointer_closing_paragraphs_are_set_aside() -> None:
    first = "Hier lees je het hele interview."
    second = "Bekijk hier de reactie van de burgemeester:"
    text = joined(TITLE, BODY, f"{MORE} {first}", f"{LONG} {second}")
    assert aside(text) == [("link", first), ("link", second)]
    assert MORE in kept(text) and LONG in kept(text)


def test_a_follow_here_pointer_at_a_livestream_is_set_aside() -> None:
    pointer = "Volg hier de livestream van de raadsvergadering."
    assert aside(joined(TITLE, BODY, pointer, MORE)) == [("link", pointer)]


def test_an_instruction_with_here_and_no_link_label_stays_article_text() -> None:
    for line in (
        "Volg hier de borden naar het centrum en parkeer bij het station.",
        "Lees hier niet te veel in, waarschuwt de wethouder.",
        "Kijk hier naar de beelden van de brand, zei de agent tegen de omstanders.",
    ):
        text = joined(TITLE, BODY, f"{MORE} {line}")
        assert aside(text) == [], line
        assert line in kept(text)


# --- opening_stamps: a page's date stamp glued before the opening of the article's text ----------------------------


def test_a_date_stamp_glued_to_the_first_paragraph_is_set_aside_and_the_paragraph_stays_the_lede() -> None:
    text = joined(TITLE, f"Dinsdag 14 maart 2023{BODY}", MORE)
    assert aside(text) == [("stamp", "Dinsdag 14 maart 2023")]
    assert (K.LEDE, BODY) in kinds(text)


def test_a_date_in_figures_and_its_dash_before_the_first_paragraph_is_set_aside() -> None:
    text = joined(TITLE, f"14-03-2023 - {BODY}", MORE)
    assert aside(text) == [("stamp", "14-03-2023 -")]
    assert (K.LEDE, BODY) in kinds(text)


def test_a_date_stamp_before_a_print_dateline_is_set_aside_and_the_dateline_stays() -> None:
    lede = "ZWOLLE - " + BODY
    text = joined(TITLE, f"Vrijdag 28 september 2007{lede}", MORE)
    assert aside(text) == [("stamp", "Vrijdag 28 september 2007")]
    assert lede in kept(text)


def test_a_date_that_opens_a_sentence_or_an_agenda_item_stays_article_text() -> None:
    for opening in (
        "14 maart 2023 was de dag waarop de raad het plan voor een nieuw zwembad aannam.",
        "Zaterdag 18 maart 2023 Open dag in het nieuwe zwembad",
        "Op 14-03-2023 stemde de raad in met het plan voor een nieuw zwembad.",
    ):
        text = joined(TITLE, opening, BODY, MORE)
        assert aside(text) == [], opening
        assert opening in kept(text)


def test_a_date_stamp_glued_to_a_paragraph_further_down_stays() -> None:
    line = f"14-03-2023 - {MORE}"
    text = joined(TITLE, BODY, line)
    assert aside(text) == []
    assert line in kept(text)


# --- shape_rules.SECTION_LABELS "algemeen" and glued_labels.SECTION_AFTER: a CMS's category after the date --------


def test_a_date_line_closed_by_the_general_category_is_the_dateline_and_the_category_is_set_aside() -> None:
    text = joined(TITLE, "31 mei 2022, 12:27 Algemeen", BODY, MORE)
    assert aside(text) == [("date_line", "31 mei 2022, 12:27"), ("label", "Algemeen")]  # the date line: conv52
    assert "31 mei 2022, 12:27" in date_lines(text)


def test_a_date_line_and_a_compound_news_section_after_a_bar_is_the_dateline_and_the_section_set_aside() -> None:
    text = joined(TITLE, "8 september 2018 | Branchenieuws", BODY, MORE)
    assert aside(text) == [("date_line", "8 september 2018"), ("label", "| Branchenieuws")]  # conv52
    assert "8 september 2018" in date_lines(text)


def test_the_general_category_alone_under_the_headline_is_set_aside() -> None:
    text = joined(TITLE, "Algemeen", BODY, MORE)
    assert aside(text) == [("rubric", "Algemeen")]


def test_general_as_a_word_of_the_text_and_a_date_with_a_title_after_it_stay_article_text() -> None:
    for line in ("Algemeen directeur Jan de Vries", "12 januari 2023 Algemene ledenvergadering", "Over het algemeen"):
        text = joined(TITLE, BODY, line, MORE)
        assert aside(text) == [], line
        assert line in kept(text)


# --- line_kind_rules.DATELINES: a CMS's "created" and "last changed" stamps, a date with an English month ----------


def test_a_created_stamp_and_a_last_changed_stamp_under_the_headline_are_datelines() -> None:
    for stamp in ("Aangemaakt op: donderdag, 26 juni 2025", "Laatste wijziging: 9 juli 2019, 17:09"):
        text = joined(TITLE, stamp, BODY, MORE)
        assert stamp in date_lines(text), stamp


def test_a_date_line_with_an_english_month_and_its_time_is_a_dateline() -> None:
    stamp = "6 June 2021, 15:53 uur"
    assert stamp in date_lines(joined(TITLE, stamp, BODY, MORE))


def test_a_heading_that_opens_with_created_or_last_change_stays_a_heading() -> None:
    for line in ("Aangemaakt op de markt: 2000 stroopwafels", "Laatste wijziging in de regels: 2026"):
        text = joined(TITLE, BODY, line, MORE)
        assert all(kind is not K.DATELINE for kind, _ in kinds(text)), line
        assert line in kept(text)


def test_a_date_and_a_bar_opening_the_text_stays_as_under_no_metadata_row() -> None:
    line = f"14-03-2023 | {BODY}"
    assert "14-03-2023 |" in kept(joined(TITLE, line, MORE))

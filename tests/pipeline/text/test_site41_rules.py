"""Round site41 (issue 21, blind30 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONG, LONGER, MORE, TITLE, K, aside, headline, kept, kinds, page
from tests.pipeline.text.site_helpers import joined as _text

# --- line_groups.own_paragraph: a page saved one paragraph per line, its blank lines lost -------------------------

FIRST = (
    "Het waterschap gaat de dijk bij Kampen dit najaar over een lengte van drie kilometer verhogen. De werkzaamheden "
    "duren naar verwachting tot de zomer van volgend jaar."
)
SECOND = (
    "Omwonenden krijgen volgende week een brief over de omleidingen. Het fietspad op de dijk blijft tijdens het werk "
    "zoveel mogelijk open, maar wordt op drukke dagen begeleid door verkeersregelaars."
)


def test_long_lines_each_ending_a_sentence_are_paragraphs_of_their_own() -> None:
    found = [(kind, text) for kind, text in kinds(page(TITLE, FIRST, SECOND)) if kind is not K.HEADLINE]
    assert [text for _, text in found] == [FIRST, SECOND]


def test_a_long_line_going_on_in_a_list_of_names_stays_one_paragraph() -> None:
    names = "Kampen, Zwolle, Deventer, Zutphen, Hattem, Heerde, Olst, Wijhe, " * 3
    found = [text for kind, text in kinds(page(TITLE, FIRST, names.strip())) if kind is not K.HEADLINE]
    assert found == [f"{FIRST} {names.strip()}"]


# --- print_edges.next_articles: the next article of a printed page ---------------------------------------------

MASTHEAD = ("Stadsblad Kampen", "8 februari 2019", "Stadsblad Kampen 8 februari 2019")  # an e-paper's page
NEXT = ("Markt gaat naar het plein", "HATTEM - De weekmarkt verhuist in april naar het Kerkplein. " + LONG)


def test_a_second_dated_article_under_its_heading_is_set_aside_with_all_after_it() -> None:
    lede = f"KAMPEN - {FIRST}"
    found = aside(_text(*MASTHEAD, TITLE, lede, SECOND, *NEXT, MORE))
    assert [text for reason, text in found if reason != "masthead"] == [*NEXT, MORE]
    assert {reason for reason, _ in found} == {"masthead", "next_article"}


def test_a_second_dated_article_stays_on_a_page_without_an_e_papers_masthead() -> None:
    assert aside(_text(TITLE, f"KAMPEN - {FIRST}", SECOND, *NEXT, MORE)) == []  # a report from several places


def test_a_dated_paragraph_in_an_article_without_a_dateline_of_its_own_stays() -> None:
    assert NEXT[1] in kept(_text(TITLE, FIRST, SECOND, *NEXT, MORE))


def test_a_heading_over_undated_text_in_a_dated_article_stays() -> None:
    lede = f"KAMPEN - {FIRST}"
    assert aside(_text(TITLE, lede, SECOND, "Werk in fasen", LONGER)) == []


# --- paragraph_copies._doubled_intro: the intro printed twice ------------------------------------------------------


def test_the_first_paragraph_printed_again_right_under_itself_is_set_aside_once() -> None:
    assert aside(_text(TITLE, FIRST, FIRST, SECOND, MORE)) == [("repeated", FIRST)]


def test_a_paragraph_the_article_repeats_further_down_stays() -> None:
    # not in a row (printed twice in a row: the second copy is site text since stop 38, test_repeat38)
    assert aside(_text(TITLE, FIRST, SECOND, BODY, SECOND, MORE)) == []


# --- shape_rules.SECTION_HEADER: a section's news of one place over the title ------------------------------------


def test_a_sections_news_of_one_place_over_the_title_is_its_label() -> None:
    text = _text("Regionaal nieuws Hattem", TITLE, BODY, MORE)
    assert aside(text) == [("label", "Regionaal nieuws Hattem")]
    assert headline(text) == TITLE


def test_a_title_of_news_for_a_place_going_on_stays_the_headline() -> None:
    title = "Goed nieuws voor Hattem"
    assert headline(_text(title, BODY, MORE)) == title
    assert headline(_text("Laatste nieuws Hattem over de brug", BODY, MORE)) == "Laatste nieuws Hattem over de brug"


# --- title_line._caps_kicked: a dateline's lede of one long sentence is no kicker and title ------------------------


def test_a_lede_of_one_long_sentence_after_its_dateline_is_no_headline() -> None:
    lede = "HATTEM – Bij een aanrijding op de Hoofdweg is zaterdagmiddag een fietser zwaargewond geraakt."
    assert headline(_text(lede, BODY, MORE)) is None


def test_a_long_headline_without_a_full_stop_after_a_kicker_stays_the_headline() -> None:
    title = "Waarom het kabinet na maanden van ruzie over asiel op het laatste moment toch nog viel"
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline
    assert headline(_text(f"ANALYSE – {title}", BODY, MORE)) == f"ANALYSE – {title}"


# --- line_kind_rules.CAPTIONS: a credit after a comma closing the caption ------------------------------------------


def test_a_caption_closed_by_a_comma_and_its_credit_is_no_headline() -> None:
    caption = "'Hier fietsen straks alleen nog toeristen', foto JanB/Creative Commons"
    found = kinds(_text(caption, TITLE, BODY, MORE))
    assert found[:2] == [(K.CAPTION, caption), (K.HEADLINE, TITLE)]


def test_a_sentence_naming_a_photo_after_a_comma_stays_running_text() -> None:
    line = "De winnaar kreeg een beker, foto en oorkonde van de burgemeester en de wethouder van sport."
    assert (K.PARAGRAPH, line) in kinds(_text(TITLE, BODY, line, MORE))


# --- line_groups.doubled_caption: a photo's alt text and caption, one line printed twice --------------------------

PHOTO = "De nieuwe brug bij Hattem kort na de opening op zaterdagmiddag. Fotografie: Anne Smit."


def test_a_credited_line_printed_twice_is_the_caption_then_its_copy() -> None:
    found = kinds(_text(page(PHOTO, PHOTO), TITLE, BODY, MORE))
    # the caption's credit is site text (conventions37, tests/data/STRUCTURE_CONVENTIONS.md; it stayed in it); the
    # first copy is the caption, the second site text (the same file; was the other way round until aside38)
    caption, credit = PHOTO.split(" Fotografie")
    assert found[:4] == [
        (K.CAPTION, caption),
        (K.SITE_TEXT, "Fotografie" + credit),
        (K.SITE_TEXT, PHOTO),
        (K.HEADLINE, TITLE),
    ]


def test_a_credited_line_printed_once_is_no_alt_text() -> None:
    caption = PHOTO.split(" Fotografie")[0]
    assert caption in kept(_text(TITLE, BODY, PHOTO, MORE))


# --- line tables: a shortcode, a comment box in English and its login notice, a counter, a reading time ----------


def test_a_cms_shortcode_left_as_a_line_is_set_aside() -> None:
    code = "[video]id=9a8b7c6d&autoplay=0[/video]"
    assert aside(_text(TITLE, BODY, MORE, code)) == [("embed", code)]


def test_a_bracketed_phrase_with_words_outside_the_tags_stays() -> None:
    line = "[update] De brug gaat pas om negen uur open, meldt de gemeente. [/update]"
    assert "De brug gaat pas om negen uur open" in kept(_text(TITLE, BODY, line, MORE))


def test_an_english_comment_box_heading_and_its_login_notice_are_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, "Leave a comment", "U moet ingelogd zijn om een reactie te plaatsen."))
    assert found == [
        ("comments", "Leave a comment"),
        ("comments", "U moet ingelogd zijn om een reactie te plaatsen."),
    ]


def test_a_sentence_about_logging_in_to_react_reported_in_the_article_stays() -> None:
    line = "Inwoners moeten inloggen om een reactie te plaatsen op het digitale loket van de gemeente."
    assert line in kept(_text(TITLE, BODY, line, MORE))


def test_a_section_and_its_read_count_under_the_title_are_set_aside() -> None:
    assert aside(_text(TITLE, "Cultuur 312 keer gelezen", BODY, MORE)) == [("counter", "Cultuur 312 keer gelezen")]


def test_a_heading_with_a_figure_stays() -> None:
    assert aside(_text(TITLE, BODY, "Zwolle 312 keer in het nieuws", MORE)) == []


def test_a_date_a_name_and_the_reading_time_are_set_aside() -> None:
    line = "3 maart 2021 Redactie 4 min. leestijd"
    assert aside(_text(TITLE, line, BODY, MORE)) == [("interface", line)]


def test_a_sentence_about_reading_time_stays() -> None:
    line = "In 2021 besteedde de gemiddelde lezer per artikel 4 min. aan de krant, blijkt uit onderzoek naar leestijd."
    assert line in kept(_text(TITLE, BODY, line, MORE))


# --- print_edges._line_reason: a photo credit in brackets alone on its line stays (the caption's) -----------------


def test_a_bracketed_credit_under_a_paragraph_is_site_text() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a credit alone is site text — the outlet sets' gold (Omroep
    # Zeeland) kept "(foto: …)" between paragraphs as the photo's caption until stop 37 relabelled it
    assert ("credit", "(foto: Anne Smit)") in aside(_text(TITLE, BODY, "(foto: Anne Smit)", MORE))


def test_a_bracketed_note_of_the_article_stays() -> None:
    note = "(Beeld van de week: een zwembad vol scholieren)"
    assert note in kept(_text(TITLE, BODY, note, MORE))


# --- page_edges.tail_lines: a numbered wordmark closing the text --------------------------------------------------


def test_a_number_glued_to_a_name_closing_the_text_is_the_outlets_signature() -> None:
    assert aside(_text(TITLE, BODY, MORE, "112Veluwe")) == [("tail", "112Veluwe")]


def test_a_closing_heading_with_a_figure_apart_stays() -> None:
    assert aside(_text(TITLE, BODY, MORE, "Fase 2", LONGER)) == []
    assert "Fase 2" in kept(_text(TITLE, BODY, MORE, "Fase 2"))

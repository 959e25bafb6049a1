"""Round site40 (issue 21, structure_blind29 as development set): each rule with an example written here that it must
handle, and text of the same shape on the other side of it."""

from __future__ import annotations

from pipeline.text.untitled_shapes import glued_menu
from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, article, aside, headline, joined, kept, page

# --- text_ends.CUT_SENTENCE: a quotation's opening cut off where the text ends ---------------------------------


def test_a_quotation_cut_off_at_the_texts_end_stays_article_text() -> None:
    for cut in (",,De bewoners van de", "‘Het was een", "“Op de markt"):
        text = joined(TITLE, BODY, MORE, cut)
        assert aside(text) == [], cut
        assert cut in kept(text)


def test_a_closing_line_in_quotes_without_a_sentence_opening_stays_the_pages_tail() -> None:
    assert aside(joined(TITLE, BODY, MORE, "‘Meest gelezen’")) == [("tail", "‘Meest gelezen’")]


# --- text_ends.unstopped_text: a text whose items go without their closing full stop ----------------------------

ITEMS = (
    "De brug over de Vecht bij Dalfsen is dinsdag dicht voor onderhoud. Fietsers worden omgeleid via de oude "
    "veerpont bij het dorp",
    "Op de Hessenweg botsten maandag twee auto's. Een van de bestuurders is met lichte verwondingen naar het "
    "ziekenhuis gebracht",
)


def test_a_closing_line_of_a_text_that_drops_its_full_stops_stays_article_text() -> None:
    last = "Wielrennen : Ronde van Dalfsen"
    text = joined(*ITEMS, BODY, MORE, last)
    assert aside(text) == []
    assert last in kept(text)


def test_one_paragraph_without_its_full_stop_does_not_keep_the_pages_tail() -> None:
    text = joined(ITEMS[0], BODY, MORE, "Meer berichten")
    assert aside(text) == [("tail", "Meer berichten")]


# --- untitled_shapes.glued_menu: a site's address in a title is one name, not a glued menu ----------------------


def test_a_title_naming_a_sites_camel_cased_address_is_the_headline() -> None:
    title = "‘ZwolleStadNieuws.nl blijft gratis voor iedereen’"
    assert not glued_menu(title)
    assert headline(joined(title, BODY, LONGER)) == title


def test_a_glued_menu_with_the_sites_address_among_its_items_stays_a_menu() -> None:
    assert glued_menu("HomeNieuwsSport ZwolleStad.nl")
    assert glued_menu("NieuwsSportCultuur")


# --- title_shapes.lone_item: a caption with a bullet before it, above the title ---------------------------------

CAPTION = "• Het nieuwe gemeentehuis aan de Grote Markt, gezien vanaf de brug. Foto: Jan Jansen."


def test_a_bulleted_caption_opening_the_page_is_passed_over_to_the_title() -> None:
    text = joined(CAPTION, TITLE, BODY, LONGER)
    assert headline(text) == TITLE
    assert CAPTION.removeprefix("• ") in kept(text)


def test_a_lone_bulleted_point_under_the_title_stays_the_articles() -> None:
    point = "• De brug kostte ruim twaalf miljoen euro."
    text = joined(TITLE, point, BODY, LONGER)
    assert headline(text) == TITLE
    assert point.removeprefix("• ") in kept(text)


# --- site_words.ALT_TEXT_WORDS: an image's alt text in English above the text ------------------------------------


def test_an_images_english_alt_text_above_the_title_is_set_aside() -> None:
    text = page("AI-generated image", "Author avatar", TITLE, BODY, LONGER)
    assert [t for _, t in aside(text)] == ["AI-generated image", "Author avatar"]
    assert headline(text) == TITLE


def test_an_english_title_with_an_alt_texts_word_stays_the_headline() -> None:
    title = "Picture perfect Giethoorn"
    assert headline(page(title, BODY, LONGER)) == title


# --- title_line: a quoted title framed by a rubric's label and a share button (opening_rules.FRAMED_QUOTE) --------

QUOTE = "‘We richten de haven helemaal opnieuw in'"


def test_a_quoted_title_between_a_rubric_label_and_a_share_button_is_the_headline() -> None:
    text = joined(f"Stadsblad Premium {QUOTE} Twitter", BODY, LONGER)
    assert headline(text) == QUOTE
    assert aside(text) == [("rubric", "Stadsblad Premium"), ("share", "Twitter")]


def test_a_speaker_before_a_quoted_title_stays_in_the_headline() -> None:
    title = f"Wethouder Jansen {QUOTE}"
    text = joined(title, BODY, LONGER)
    assert headline(text) == title
    assert aside(text) == []


# --- inline_chrome: a page's reading time opening the line, glued before its byline -------------------------------


def test_a_reading_time_glued_before_the_byline_is_set_aside() -> None:
    text = joined(TITLE, "6min leestijd   door Anna de Vries op 3 mei 2021", BODY, LONGER)
    assert aside(text) == [("interface", "6min leestijd")]
    assert "door Anna de Vries op 3 mei 2021" in kept(text)
    assert aside(joined(TITLE, "6min leestijd", BODY, LONGER)) == [("interface", "6min leestijd")]  # alone on its line


def test_a_sentence_opening_with_a_reading_time_stays() -> None:
    sentence = "12 minuten leestijd kost het rapport volgens de gemeente, en dat vindt de raad te lang."
    assert aside(joined(TITLE, BODY, sentence, LONGER)) == []


# --- site_rules: a back link above the article -----------------------------------------------------------------


def test_a_back_link_above_the_title_is_set_aside() -> None:
    for link in ("Ga terug", "« Terug naar nieuws"):
        text = joined(link, TITLE, BODY, LONGER)
        assert aside(text) == [("navigation", link)], link
        assert headline(text) == TITLE


def test_a_part_headed_terug_and_a_sentence_sending_the_reader_back_stay() -> None:
    sentence = "Ga terug naar je jeugd in de speelgoedwinkel die zaterdag aan de Markt opengaat."
    text = joined(TITLE, BODY, "Terug", LONGER, sentence, MORE)
    assert aside(text) == []


# --- reference_lines.continued_tail: a print page's other items after the article's continuation -----------------

OTHER_ITEMS = (
    "Cultuur: Nieuwe expositie in het museum",
    "Sport: wie wint de beker dit jaar?",
    "Het nieuwe clubhuis van de hockeyclub aan de Dijk. | Foto: Jan Jansen",
)


def test_a_print_pages_other_items_after_the_articles_continuation_are_set_aside() -> None:
    text = joined(TITLE, BODY, LONGER, "Lees verder op P7", *OTHER_ITEMS)
    assert [t for _, t in aside(text)] == ["Lees verder op P7", *OTHER_ITEMS]
    assert LONGER in kept(text)


def test_running_text_after_a_continuation_reference_stays() -> None:
    text = joined(TITLE, BODY, MORE, "Vervolg op pagina 7", LONGER)
    assert LONGER in kept(text)
    assert "Vervolg op pagina 7" not in kept(text)


# --- glued_labels.BULLET_TAG: a rubric's tag with a symbol font's bullet read as "n" -----------------------------


def test_a_tag_and_its_bullet_read_as_n_before_the_first_sentence_are_set_aside() -> None:
    for tag in ("onderwijs n", "SPORT n"):
        text = joined(TITLE, f"{tag} {BODY}", LONGER)
        assert aside(text) == [("label", tag)], tag
        assert BODY in kept(text)


def test_an_informal_n_for_een_inside_a_sentence_stays() -> None:
    sentence = "Het werd n mooie dag aan de IJssel, zegt de wethouder, en de brug kan maandag open."
    assert aside(joined(TITLE, sentence, LONGER)) == []


# --- repeated_lines.credited_copies: a photo's alt text over its caption with the photographer's name -------------


def test_an_alt_text_over_its_caption_and_credit_above_the_title_is_set_aside() -> None:
    alt = "Wethouder Kees Bakker bij de brug"
    text = page(alt, f"{alt} Anna Smit", "", TITLE, "", BODY, "", LONGER)
    assert aside(text) == [("image", alt), ("credit", "Anna Smit")]
    assert headline(text) == TITLE
    assert alt in kept(text)  # the caption


def test_a_title_over_its_copy_with_the_authors_name_stays_the_title() -> None:
    text = page(TITLE, f"{TITLE} Anna Smit", "", "Bijgewerkt: 12 maart 2024", "", BODY, "", LONGER)
    assert headline(text) == TITLE
    assert ("image", TITLE) not in aside(text)


# --- title_labels: a section and tags, one word a line, under the headline's byline -------------------------------


def test_one_word_tags_between_the_byline_and_the_text_are_set_aside() -> None:
    text = page(TITLE, "Door: Anna Smit", "Mobiliteit", "Bruggen", "", BODY, "", LONGER)
    assert aside(text) == [("rubric", "Mobiliteit"), ("rubric", "Bruggen")]


def test_one_word_under_the_byline_stays_it_may_be_the_place() -> None:
    text = page(TITLE, "Door: Anna Smit", "Zwolle", "", BODY, "", LONGER)
    assert aside(text) == []
    assert "Zwolle" in kept(text)


# --- glued_labels.section_after: a section's word closing a date line ---------------------------------------------


def test_a_section_word_after_the_date_line_is_set_aside_and_the_date_kept() -> None:
    text = joined(TITLE, "12 maart 2024 om 09:15 Sport", BODY, LONGER)
    assert aside(text) == [("date_line", "12 maart 2024 om 09:15"), ("label", "Sport")]  # the date line: conv52
    assert article(text).meta.published == "12 maart 2024 om 09:15"


def test_a_line_naming_a_date_and_closing_on_a_section_word_stays() -> None:
    line = "Raad besluit op 12 maart 2024 over sport"
    assert aside(joined(TITLE, BODY, line, LONGER)) == []

"""Helper site43b (issue 21): site text of the older low-recall TUNE sets, by its shape — an intro printed twice on one
line (pipeline.text.glued_copies), a CMS's shortcode glued before the text (pipeline.text.glued_markup), and the
other rules of the helper's commits. Real-shaped Dutch lines, written here; and article text that must stay."""

from __future__ import annotations

from pipeline.text.glued_markup import glued_prefix
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kinds
from tests.pipeline.text.site_helpers import joined as _text

INTRO = (
    "De provincie trekt vanaf volgend jaar vier miljoen euro uit voor betere fietspaden in het buitengebied. "
    "Gemeenten en terreineigenaren kunnen samen een aanvraag indienen voor hun routes."
)


def _kept(text: str) -> list[str]:
    return [t for kind, t in kinds(text) if kind in (K.PARAGRAPH, K.LEDE)]


# --- an intro printed twice on one line ------------------------------------------------------------------------------


def test_an_intro_said_twice_on_one_line_keeps_the_first_copy_and_sets_the_second_aside() -> None:
    text = _text(TITLE, f"{INTRO} {INTRO}", BODY, MORE)
    assert aside(text) == [("repeated", INTRO)]
    assert _kept(text)[0] == INTRO


def test_new_words_after_the_second_copy_stay_as_text() -> None:
    text = _text(TITLE, f"{INTRO} {INTRO} {BODY}", MORE)
    assert aside(text) == [("repeated", INTRO)]
    assert BODY in _kept(text)


def test_one_sentence_said_twice_on_a_line_stays() -> None:
    once = "Wij willen gewoon een eerlijke prijs voor ons werk en niets meer dan dat, zeggen de boeren."
    text = _text(TITLE, f"{once} {once}", BODY)
    assert aside(text) == []


def test_a_verse_sung_twice_on_a_line_stays() -> None:
    verse = (
        "Wij gaan nog niet naar huis, nog lange niet, nog lange niet. Wij blijven hier, tot morgenvroeg, de hele nacht."
    )
    text = _text(TITLE, BODY, f"{verse} {verse}", MORE)
    assert aside(text) == []


def test_a_paragraph_that_opens_two_sentences_alike_stays() -> None:
    alike = (
        "De provincie trekt vanaf volgend jaar vier miljoen euro uit voor betere fietspaden in het buitengebied. "
        "De provincie trekt vanaf volgend jaar ook geld uit voor nieuwe bushaltes in de dorpen rond de stad."
    )
    assert aside(_text(TITLE, alike, BODY)) == []


# --- a CMS's shortcode glued before the text -------------------------------------------------------------------------

SHORTCODE = '[caption id="attachment_5120" align="alignleft" width="300"]laadpaal bij het fietscafé laadpaal[/caption]'


def test_a_caption_shortcode_glued_before_a_paragraph_is_set_aside_and_the_paragraph_kept() -> None:
    text = _text(TITLE, INTRO, f"{SHORTCODE}{BODY}", MORE)
    assert aside(text) == [("stamp", SHORTCODE)]
    assert BODY in _kept(text)


def test_bracketed_words_of_the_article_stay() -> None:
    assert glued_prefix("[update] De weg is weer vrij, meldt de politie.") is None
    assert glued_prefix("[…] en daarna gingen de deuren dicht, schreef de burgemeester.") is None
    assert glued_prefix("[red.] De namen zijn bekend bij de redactie.") is None


def test_a_shortcode_alone_on_its_line_is_not_split() -> None:
    assert glued_prefix(SHORTCODE) is None


def test_a_text_said_three_times_on_a_line_stays() -> None:
    assert aside(_text(TITLE, f"{INTRO} {INTRO} {INTRO}", BODY)) == []


# --- a menu row closed by its bar --------------------------------------------------------------------------------


def test_a_menu_row_in_capitals_closed_by_a_bar_is_navigation() -> None:
    menu = "WELKOM | VERENIGING | SCHIETEN | AGENDA | KRONIEK |"
    assert aside(_text(menu, TITLE, BODY)) == [("navigation", menu)]


def test_a_markdown_tables_row_with_bars_on_both_sides_is_no_menu() -> None:
    row = "| Ajax | 12 | 30 |"
    assert ("navigation", row) not in aside(_text(TITLE, BODY, row, MORE))


# --- sentences to the reader -----------------------------------------------------------------------------------------


def test_a_layout_note_in_brackets_glued_after_a_quote_is_set_aside() -> None:
    quote = "“Wij blijven ons verzetten tegen de sluiting van de zender”, zegt de voorzitter."
    found = aside(_text(TITLE, BODY, f"{quote} (lees verder onder de Facebookpost)", MORE))
    assert found == [("interface", "(lees verder onder de Facebookpost)")]


def test_brackets_that_say_where_something_goes_on_in_the_story_stay() -> None:
    line = "De optocht trekt daarna verder (langs de kade en de markt) naar het stadhuis."
    assert aside(_text(TITLE, BODY, line)) == []


def test_a_question_for_suggestions_before_the_tip_request_goes_with_it() -> None:
    tip = "Heb je suggesties of wil je dat we een onderwerp uit jouw dorp uitzoeken? Mail je ideeën naar tips@voorbeeld.nl."
    found = aside(_text(TITLE, BODY, MORE, tip))
    assert [reason for reason, _ in found] == ["tip"] and "suggesties" in found[0][1]


def test_a_question_for_ideas_in_the_story_stays() -> None:
    line = "Heeft u ideeën voor het plein? De gemeente houdt donderdag een avond in het dorpshuis."
    assert aside(_text(TITLE, BODY, line)) == []


def test_a_call_to_message_the_newsroom_before_its_tip_request_goes_with_it() -> None:
    tip = "💬 App ons! Heb jij een tip voor de redactie? Stuur ons een bericht op 06 - 123 456 78 of mail tips@voorbeeld.nl!"
    found = aside(_text(TITLE, BODY, MORE, tip))
    assert found and found[0][1].startswith("💬 App ons!") and all(reason == "tip" for reason, _ in found)


def test_the_latest_news_of_one_field_is_a_boxs_heading() -> None:
    text = _text(TITLE, "Laatste sportnieuws", BODY, MORE)
    assert [text for _, text in aside(text)] == ["Laatste sportnieuws"]
    assert [text for _, text in aside(_text(TITLE, "Het laatste regionieuws", BODY))] == ["Het laatste regionieuws"]


def test_a_sentence_about_the_latest_news_stays() -> None:
    line = "Het laatste sportnieuws uit de regio kwam dit jaar vooral van de wielrenners uit Den Helder."
    assert aside(_text(TITLE, BODY, line)) == []


# --- an organisation's contact box over its page's text -------------------------------------------------------------

CONTACT_BOX = [
    "Contact",
    "Stationsweg 12",
    "8011 CZ Zwolle",
    "t: 038 421 00 00",
    "info@voorbeeldvereniging.nl",
    "Openingstijden:",
    "maandag t/m vrijdag 9.00-17.00u",
    "Routebeschrijving naar het verenigingshuis",
]


def test_a_contact_box_over_the_text_is_set_aside_and_its_postcode_is_no_headline() -> None:
    found = article(_text(*CONTACT_BOX, TITLE, BODY, MORE))
    gone = [b.text for b in found.blocks if b.kind is K.SITE_TEXT]
    assert gone == CONTACT_BOX
    assert found.meta.headline == TITLE


def test_an_address_in_the_story_stays() -> None:
    lines = ["Adres", "De nieuwe winkel zit aan de Stationsweg 12 in Zwolle, naast het oude postkantoor."]
    assert aside(_text(TITLE, BODY, *lines, MORE)) in ([], [("label", "Adres")], [("navigation", "Adres")])


def test_two_address_lines_under_contact_are_no_box() -> None:
    found = aside(_text(TITLE, BODY, "Contact", "Stationsweg 12", "8011 CZ Zwolle", MORE))
    assert ("contact", "Stationsweg 12") not in found


def test_a_reports_introduction_heading_under_its_title_stays() -> None:
    found = article(_text(*CONTACT_BOX, TITLE, "Woensdag, 24 oktober 2018", "Inleiding", BODY, MORE))
    assert "Inleiding" not in [b.text for b in found.blocks if b.kind is K.SITE_TEXT]


# --- a bulletin's list items closed by the player's chapter pointer -------------------------------------------------


def test_a_chapter_pointer_closing_a_list_item_is_set_aside_and_the_item_kept() -> None:
    items = [
        "- De gemeente opent volgende week een nieuw fietspad langs het kanaal. (Vanaf 08:57)",
        "- De basisschool in het dorp groeit weer, na jaren van krimp. (Vanaf 12:51)",
    ]
    found = article(_text(TITLE, BODY, "Verder in het journaal:", "\n".join(items), MORE))
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [
        ("video", "(Vanaf 08:57)"),
        ("video", "(Vanaf 12:51)"),
    ]
    lists = [b.items for b in found.blocks if b.kind is K.LIST]
    assert lists == [
        ("De gemeente opent volgende week een nieuw fietspad langs het kanaal.",),
        ("De basisschool in het dorp groeit weer, na jaren van krimp.",),
    ]


def test_a_list_items_times_in_brackets_of_its_own_stay() -> None:
    items = ["- Aftrap in Zwolle (14:30)", "- Aftrap in Deventer (vanaf het begin van de middag)"]
    found = article(_text(TITLE, BODY, "\n".join(items), MORE))
    assert [b for b in found.blocks if b.kind is K.SITE_TEXT] == []


# --- a source credit glued between the title and the text -----------------------------------------------------------


def test_a_source_credit_glued_between_title_and_text_is_cut_out_and_the_title_is_the_headline() -> None:
    glued = f"{TITLE}Bron: Anna de WitDe gemeenteraad van Zwolle stemde dinsdagavond in met het plan."
    found = article(_text(glued, MORE))
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [("source", "Bron: Anna de Wit")]
    assert found.meta.headline == TITLE


def test_a_source_named_with_its_spaces_inside_a_sentence_stays() -> None:
    line = "De cijfers komen van het CBS. Bron: CBS Statline meldt een daling van de werkloosheid in de regio."
    assert ("source", "Bron: CBS Statline") not in aside(_text(TITLE, line, MORE))


def test_the_editors_rubric_on_the_first_line_is_a_section_header_not_the_headline() -> None:
    found = article(_text("Van de hoofdredactie", BODY, MORE))
    assert [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT] == [("label", "Van de hoofdredactie")]
    assert found.meta.headline is None


def test_a_title_about_the_editors_stays() -> None:
    title = "Van de hoofdredactie naar de gemeenteraad: Anna de Wit stapt over"
    assert article(_text(title, BODY, MORE)).meta.headline == title

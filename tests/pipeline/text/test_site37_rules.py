"""Round site37 (issue 21, blind27 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

# --- outlet_notes.self_descriptions: the outlet's "about us" in its own voice -----------------------------------

ABOUT = (
    "Radio Noord is een regionale omroep voor de kop van Overijssel. Wij maken radio en televisie voor de regio.",
    "Radio Noord is dag en nacht te beluisteren via de ether en internet. Met onze uitzendingen willen we de regio "
    "verbinden.",
)


def test_the_outlets_self_description_and_its_same_voiced_paragraph_are_set_aside() -> None:
    found = aside(_text(*ABOUT, TITLE, BODY, MORE, LONGER))
    assert [text for _, text in found] == list(ABOUT)
    assert {reason for reason, _ in found} == {"about"}


def test_an_article_describing_a_broadcaster_in_the_third_person_stays() -> None:
    news = (
        "Radio Noord is een regionale omroep die sinds vorig jaar zonder subsidie werkt. De directeur zegt dat "
        "de omroep het zonder steun van de gemeente niet lang volhoudt."
    )
    assert news in kept(_text(TITLE, BODY, news, MORE))


def test_a_quoted_we_in_an_articles_description_is_no_self_description() -> None:
    quoted = (
        "Radio Noord is een kleine omroep in de kop van Overijssel. 'Wij draaien op vrijwilligers', zegt de voorzitter."
    )
    assert quoted in kept(_text(TITLE, BODY, quoted, MORE))


# --- outlet_notes.join_calls: a call to sign up for the outlet's panel or club ----------------------------------

JOIN = (
    "Doe mee met het Lezerspanel van de Stadskrant! Via het panel kunt u uw mening geven over het nieuws uit de stad."
)


def test_a_sign_up_call_and_its_text_to_the_reader_are_set_aside() -> None:
    assert aside(_text(TITLE, BODY, MORE, JOIN)) == [("promo", JOIN)]


def test_a_sign_up_call_with_its_text_on_the_next_line_is_set_aside_whole() -> None:
    call, text = JOIN.split("! ")
    found = aside(_text(TITLE, BODY, MORE, call + "!", text))
    assert [t for _, t in found] == [call + "!", text]


def test_an_exclamation_quoting_a_sign_up_in_the_article_stays() -> None:
    news = "Doe mee aan de kerstloop! Met die oproep zoekt de atletiekclub dit jaar tweehonderd lopers voor de route."
    assert news in kept(_text(TITLE, BODY, news, MORE))


# --- outlet_notes.donation_widgets / address_lines / close_buttons ---------------------------------------------


def test_a_donation_box_under_the_article_is_set_aside() -> None:
    box = ("Steun Stadsradio Zwolle", "Een kleine bijdrage voor de Stadsradio - Doneer")
    found = aside(_text(TITLE, BODY, MORE, *box))
    assert [text for _, text in found] == list(box)
    assert {reason for reason, _ in found} == {"donation"}


def test_a_line_of_addresses_alone_is_set_aside_and_addresses_in_a_sentence_stay() -> None:
    contact = "www.zwollenieuws.nl | redactie@zwollenieuws.nl"
    named = "Aanmelden kan via www.zwemclubzwolle.nl - of info@zwemclubzwolle.nl"
    assert aside(_text(contact, TITLE, BODY, MORE, named, LONGER)) == [("contact", contact)]


def test_a_boxs_close_button_takes_its_short_heading() -> None:
    found = aside(_text(TITLE, BODY, MORE, LONGER, "Over Stadsradio", "x"))
    assert [text for _, text in found] == ["Over Stadsradio", "x"]
    assert found[0][0] == "widget"


def test_a_sentence_above_a_lone_x_stays() -> None:
    news = "De burgemeester opende de brug."
    assert news in kept(_text(TITLE, BODY, MORE, news, "x"))


# --- site_sentence_rules "app": a note to the app's reader -----------------------------------------------------


def test_a_note_for_the_apps_readers_is_set_aside_from_its_paragraph() -> None:
    note = "Lees je dit artikel in de Stadskrant-app, dan staat de video onder het tabblad media."
    found = aside(_text(TITLE, BODY, f"{MORE} {note}"))
    assert found == [("app", note)]


# --- outlet_notes.copyright_footers and reader_rules "copyright" in English -------------------------------------


def test_an_english_copyright_caption_and_the_footer_links_above_it_are_set_aside() -> None:
    footer = ("Kranten in Europa", "Kranten uit Nederland", "© Krantenkiosk. All rights reserved.")
    found = aside(_text(TITLE, BODY, MORE, LONGER, *footer))
    assert [text for _, text in found] == list(footer)


def test_a_subheading_heading_text_above_a_copyright_line_stays() -> None:
    heading = "Nieuwe plannen"
    text = kept(_text(TITLE, BODY, heading, MORE, "© Krantenkiosk. All rights reserved."))
    assert heading in text


# --- outlet_notes.boxed_last_cards: a closing card under an English box heading --------------------------------


def test_a_closing_card_with_a_cut_teaser_under_an_english_box_heading_is_set_aside() -> None:
    card = ("Zwembad gaat later open", "De bouw van het nieuwe zwembad in Zwolle loopt vertraging op door de ...")
    found = aside(_text(TITLE, BODY, MORE, LONGER, "You May Also Like", *card))
    assert [text for _, text in found] == ["You May Also Like", *card]


def test_a_closing_paragraph_trailing_off_under_a_subheading_stays() -> None:
    closing = ("Wat nu?", "De raad beslist in het voorjaar. Tot die tijd blijft het wachten ...")
    text = kept(_text(TITLE, BODY, MORE, LONGER, *closing))
    assert all(line in text for line in closing)


# --- reader_rules "interface": a paywall's prompt and the page's print version ---------------------------------


def test_a_print_version_link_and_a_read_on_prompt_are_set_aside() -> None:
    found = aside(_text(TITLE, "Printvriendelijke versie", BODY, MORE, "Nu verder lezen?", LONGER))
    assert found == [("interface", "Printvriendelijke versie"), ("interface", "Nu verder lezen?")]


# --- outlet_notes.embedded_cards: a link to another article between two paragraphs -----------------------------

EMBEDDED = (
    "Zwembaden Overijssel",
    "Provincie wil geld voor nieuwe zwembaden",
    "De provincie trekt tien miljoen euro uit voor gemeenten die een oud zwembad willen vervangen.",
)


def test_a_card_embedded_between_paragraphs_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, *EMBEDDED, "Kritiek van de oppositie", LONGER))
    assert [text for _, text in found] == list(EMBEDDED)
    assert {reason for reason, _ in found} == {"teaser"}


def test_two_subheadings_over_one_sentence_without_a_shared_topic_stay() -> None:
    own = ("Dag twee", "Aankomst in Deventer", "De fietsers kwamen na tachtig kilometer in de stromende regen aan.")
    text = kept(_text(TITLE, BODY, MORE, *own, "Dag drie", LONGER))
    assert all(line in text for line in own)


# --- site_words.ENGLISH_INTERFACE_WORDS: an author placeholder in English --------------------------------------


def test_an_english_author_placeholder_above_the_text_is_set_aside() -> None:
    found = aside(_text(TITLE, "Guest user (not verified)", BODY, MORE))
    assert [text for _, text in found] == ["Guest user (not verified)"]


# --- outlet_notes.empty_fields: a template line with an empty field --------------------------------------------


def test_a_template_line_with_an_empty_field_is_set_aside_and_a_dashed_aside_stays() -> None:
    template = "Stadskrant Zwolle - - REGIO -"
    dashed = "Het plan - voor zover het er is - kost veel geld."
    assert aside(_text(TITLE, template, BODY, dashed, MORE)) == [("page", template)]

"""Site text of a press archive's export and of a paper's column (pipeline.text.print_edges): each rule on
an example written here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kept
from tests.pipeline.text.site_helpers import joined as _text


def test_metadata_labels_in_capitals_with_a_colon_at_the_tail_are_the_archives() -> None:
    found = aside(_text(TITLE, BODY, MORE, "SCAN VAN DE PAGINA:", "TREFWOORDEN: VERKEER; BRUGGEN; GEMEENTE ZWOLLE; OV"))
    assert ("archive", "SCAN VAN DE PAGINA:") in found
    assert ("archive", "TREFWOORDEN: VERKEER; BRUGGEN; GEMEENTE ZWOLLE; OV") in found
    assert BODY in kept(_text(TITLE, BODY, MORE, "SCAN VAN DE PAGINA:"))


def test_a_label_before_a_caption_at_the_tail_is_cut_off_and_the_caption_stays() -> None:
    read = article(_text(TITLE, BODY, MORE, "AFBEELDING: De nieuwe brug bij avond."))
    assert [(b.kind, b.text) for b in read.blocks[-2:]] == [
        (K.SITE_TEXT, "AFBEELDING:"),
        (K.CAPTION, "De nieuwe brug bij avond."),
    ]


def test_a_title_or_a_question_with_a_capital_key_stays() -> None:
    title = "OM: tien jaar cel geëist tegen inbreker"
    read = article(_text(title, BODY, MORE, "VRAAG: Wat gebeurt er nu met de oude brug?"))
    assert read.meta.headline == title
    assert "VRAAG: Wat gebeurt er nu met de oude brug?" in kept(
        _text(title, BODY, MORE, "VRAAG: Wat gebeurt er nu met de oude brug?")
    )


def test_a_page_reference_alone_on_its_line_is_set_aside() -> None:
    found = aside(_text(TITLE, "vervolg op pagina 3", BODY, "Bladzijde-lijn", "Pagina 7", MORE))
    assert ("page", "Pagina 7") in found
    assert ("page", "vervolg op pagina 3") in found or ("label", "vervolg op pagina 3") in found


def test_a_page_named_in_a_sentence_stays() -> None:
    sentence = "De begroting staat op pagina 7 van het rapport van de rekenkamer, dat dinsdag verscheen."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))


def test_a_photo_credit_under_its_caption_or_in_capitals_at_the_tail_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, "AFBEELDING: De nieuwe brug bij avond.", "Foto Anna de Wit"))
    assert ("credit", "Foto Anna de Wit") in found
    assert ("credit", "FOTO ANNA DE WIT") in aside(_text(TITLE, BODY, MORE, "FOTO ANNA DE WIT"))


def test_a_credit_in_ordinary_case_on_its_own_is_site_text() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a photo's credit alone on its line is site text (it was read
    # as a caption)
    read = article(_text(TITLE, BODY, MORE, "Foto Anna de Wit"))
    assert [(b.kind, b.text) for b in read.blocks[-1:]] == [(K.SITE_TEXT, "Foto Anna de Wit")]


def test_a_sentence_about_photos_at_the_tail_stays() -> None:
    sentence = "Foto's van de opening gingen rond op sociale media."
    assert sentence in kept(_text(TITLE, BODY, MORE, sentence))


def test_an_address_line_and_the_question_above_it_at_the_tail_are_contact_lines() -> None:
    found = aside(_text(TITLE, BODY, MORE, "Reageren?", "j.devries@dagblad.example"))
    assert ("contact", "Reageren?") in found and ("contact", "j.devries@dagblad.example") in found


def test_a_request_to_write_to_an_address_at_the_top_or_the_tail_is_a_contact_note() -> None:
    note = (
        "Stuur uw reactie van hooguit 200 woorden voor vrijdag naar lezers@weekblad.example, met naam en "
        "woonplaats. Een keuze uit de reacties verschijnt zaterdag."
    )
    found = dict((text, reason) for reason, text in aside(_text(TITLE, note, BODY, MORE)))
    assert found.get(note) in ("contact", "tip")  # the whole note; the reason of the sentence rule that knows it
    tail = "Ook een vraag over uw geld? Schrijf naar: geldvraag@krant.example We beantwoorden er elke week een."
    assert ("contact", tail) in aside(_text(TITLE, BODY, MORE, tail))


def test_a_request_closing_a_paragraph_of_running_text_takes_only_its_own_sentences() -> None:
    last = f"{MORE} Reageren? Mail naar lezers@dagblad.example"
    assert MORE in kept(_text(TITLE, BODY, last))


def test_an_authoritys_appeal_a_quote_or_a_report_with_an_address_stays() -> None:
    police = "Wie iets heeft gezien, kan het melden. Mail naar tips@politie.nl of bel de politie."
    quoted = "„Stuur uw vragen naar info@gemeente.example”, zegt de wethouder tegen de bewoners."
    report = "Bewoners konden reageren via inspraak@gemeente.example; dat deden er driehonderd."
    statement = "Reageren kan tot 1 maart via inspraak@gemeente.example."
    for line in (police, quoted, report, statement):
        assert line in kept(_text(TITLE, BODY, MORE, line))


def test_a_columns_name_and_its_strapline_naming_the_columnist_are_set_aside() -> None:
    strapline = "Sanne Visser is journalist en woont in Deventer. Reacties naar sanne@voorbeeld.example"
    found = aside(_text(TITLE, "Sanne Visser zoekt het uit", BODY, MORE, strapline))
    assert ("column", "Sanne Visser zoekt het uit") in found and ("column", strapline) in found


def test_a_short_line_at_the_top_that_the_tail_does_not_name_stays() -> None:
    strapline = "Sanne Visser is journalist en woont in Deventer. Reacties naar sanne@voorbeeld.example"
    assert "Geen gewonden bij brand" in kept(_text(TITLE, "Geen gewonden bij brand", BODY, MORE, strapline))


def test_a_lower_case_label_with_the_authors_name_at_the_top_is_a_byline() -> None:
    assert ("byline", "de stelling van Piet de Boer") in aside(_text(TITLE, "de stelling van Piet de Boer", BODY))


def test_an_archives_cut_off_replacement_title_and_its_footnote_are_set_aside() -> None:
    text = _text(
        "[Brug UTRECHT. De gemeente wil een nieu...]*", "Brug", f"UTRECHT. {BODY}", MORE, "* Vervangende titel"
    )
    found = aside(text)
    assert ("archive", "[Brug UTRECHT. De gemeente wil een nieu...]*") in found
    assert ("archive", "* Vervangende titel") in found
    assert article(text).meta.headline == "Brug"


def test_a_footnote_line_without_a_marked_line_stays() -> None:
    assert "* Alle bedragen exclusief btw" in kept(_text(TITLE, BODY, MORE, "* Alle bedragen exclusief btw"))


def test_a_lower_case_value_after_a_key_at_the_tail_is_not_taken_for_a_caption() -> None:
    read = article(_text(TITLE, BODY, MORE, "TAGS: brug, verkeer"))
    assert [(b.kind, b.text) for b in read.blocks[-1:]] == [(K.SITE_TEXT, "TAGS: brug, verkeer")]


def test_the_only_lines_of_a_text_without_running_text_keep_their_title() -> None:
    read = article("OM: TIEN JAAR CEL GEEIST\n\nZWOLLE: RECHTBANK\n")
    assert read.meta.headline == "OM: TIEN JAAR CEL GEEIST"


def test_a_social_account_alone_at_the_tail_is_a_contact_line_but_a_handle_in_a_sentence_stays() -> None:
    assert ("contact", "Twitter: @stadskrant") in aside(_text(TITLE, BODY, MORE, "Twitter: @stadskrant"))
    assert ("contact", "@stadskrant") in aside(_text(TITLE, BODY, MORE, "@stadskrant"))
    said = "De gemeente meldde het op @gemeentezwolle."
    assert said in kept(_text(TITLE, BODY, MORE, said))

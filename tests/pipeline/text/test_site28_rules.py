"""Site text and headlines of small sites' pages, by shape (issue 21, round site28): each rule on an example written
here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text


def test_a_letters_salutation_closed_by_a_comma_is_no_headline() -> None:
    for salutation in ("Beste buurtbewoners,", "Geachte leden van de vereniging,"):
        text = _text(salutation, BODY, MORE)
        assert headline(text) is None
        assert any(salutation in t for _, t in kinds(text))
    # a title above it stays the headline
    assert headline(_text(TITLE, "Beste buurtbewoners,", BODY, MORE)) == TITLE


def test_the_numbers_of_a_lost_photo_gallery_between_its_captions_are_set_aside() -> None:
    text = _text(
        "Nieuwe speeltuin in het dorp geopend2",
        "De kinderen stonden al vroeg bij het hek te wachten.",
        "3",
        "De wethouder knipte het lint door.",
        "4",
        "5",
        "Daarna mocht iedereen de glijbaan uitproberen.",
        "7",
        "Het weer werkte gelukkig ook mee.",
    )
    assert [t for r, t in aside(text) if r == "gallery"] == ["2", "3", "4", "5", "7"]
    assert headline(text) == "Nieuwe speeltuin in het dorp geopend"
    assert "De wethouder knipte het lint door." in kept(text)
    # a figure box: the number opens the sentence below it
    figures = _text(TITLE, BODY, "21", "procent moet het tarief worden.", "6", "procent blijft het voor voedsel.", MORE)
    assert not [t for r, t in aside(figures) if r == "gallery"]
    # a ranking: each number above a name, not a caption's sentence
    ranking = _text(TITLE, BODY, "1", "Ajax", "2", "PSV", "3", "Feyenoord", "4", "AZ")
    assert not [t for r, t in aside(ranking) if r == "gallery"]


def test_a_long_run_of_short_title_lines_closing_the_text_is_the_sites_list_of_other_items() -> None:
    items = [
        "Zomerfeest op het dorpsplein",
        "Gezocht: vrijwilligers voor de bibliotheek.",
        "Kaartavond in het buurthuis",
        "Nieuwe bankjes langs de vijver.",
        "Verkeershinder door werken aan de Kerkstraat",
        "Oproep: wie heeft deze fiets gezien?",
        "Bakkerij sluit na veertig jaar",
        "Jeugdkamp weer volgeboekt.",
        "Vacature: medewerker groendienst",
    ]
    text = "\n".join([TITLE, BODY, MORE, *items])
    assert [t for _, t in aside(text)] == items  # the last line is a tail line by its own shape
    assert [r for r, _ in aside(text)].count("other_items") == len(items) - 1
    assert MORE in kept(text)
    # an announced list closing the article stays, and so do a few short lines
    announced = "\n".join([TITLE, BODY, "Dit zijn de winnaars van de dorpsquiz:", *items])
    assert not [t for r, t in aside(announced) if r == "other_items"]
    few = "\n".join([TITLE, BODY, MORE, *items[:4]])
    assert not [t for r, t in aside(few) if r == "other_items"]


def test_a_link_to_a_document_named_by_a_compound_of_its_format_is_set_aside() -> None:
    for link in ("Bekijk het jaarverslag 2023 als PDF-bestand.", "Download de nieuwsbrief van mei in pdf-formaat."):
        assert ("link", link) in aside(_text(TITLE, BODY, MORE, link))
    # a sentence about such a file stays
    sentence = "Het college stuurde de raad het rapport als pdf-bestand, maar de bijlagen ontbraken nog."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))


def test_a_table_of_attached_files_with_their_sizes_is_set_aside() -> None:
    text = _text(
        TITLE, BODY, MORE, "BestandOmvang", "Notulen_ledenvergadering_maart.docx 86 KB", "Jaarverslag 2023.pdf 1,2 MB"
    )
    assert [t for r, t in aside(text) if r == "attachment"] == [
        "BestandOmvang",
        "Notulen_ledenvergadering_maart.docx 86 KB",
        "Jaarverslag 2023.pdf 1,2 MB",
    ]
    # a sentence naming a file and its size stays
    sentence = "Het bestand rapport.pdf van 4 MB bleek de volledige ledenlijst te bevatten."
    assert sentence in kept(_text(TITLE, BODY, sentence))


def test_a_village_papers_standing_notices_on_contributed_copy_are_set_aside() -> None:
    notices = (
        "Kopij voor het volgende nummer kunt u tot 3 mei inleveren bij de redactie.",
        "Stuur uw kopij uiterlijk vrijdag naar redactie@dorpsblad.nl.",
        "De redactie is niet aansprakelijk voor fouten in ingezonden kopij.",
    )
    for notice in notices:
        assert notice not in kept(_text(TITLE, BODY, MORE, notice))
    # reporting on a paper's copy stays
    sentence = "Het dorpsblad kampte dit jaar met een tekort aan kopij en adverteerders, zegt de voorzitter."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))
    # the writer's first name glued after the notice is the foreword's signature, kept
    signed = _text(TITLE, BODY, MORE, "De volgende kopij-inleverdatum is 10 april. Marieke")
    assert ("Marieke" in kept(signed)) and "kopij-inleverdatum" not in kept(signed)


def test_a_box_of_other_stories_under_an_interface_heading_in_english_or_german_is_set_aside() -> None:
    box = [
        "Ähnliche Beiträge",
        "Nieuwe fietsbrug bij Kampen open",
        "• 12 maart 2024",
        "De fietsbrug over de IJssel bij Kampen is zaterdag geopend. Fietsers besparen zo een omweg van…",
        "Weiterlesen",
        "Recent Posts",
        "Gemeente zoekt vrijwilligers voor de bibliotheek",
    ]
    text = _text(TITLE, BODY, MORE, *box)
    assert [t for _, t in aside(text)] == box
    assert MORE in kept(text)
    # an English heading with the article going on below it stays
    going_on = _text(TITLE, BODY, "Breaking News", MORE + " " + BODY + " " + MORE)
    assert "Breaking News" not in [t for r, t in aside(going_on) if r == "teaser"]


def test_an_archive_sections_label_above_the_title_is_set_aside() -> None:
    for label in ("Archief", "Nieuwsarchief"):
        text = _text(label, TITLE, BODY, MORE)
        assert ("navigation", label) in aside(text)
        assert headline(text) == TITLE


def test_a_pointer_to_the_pages_attachments_is_set_aside() -> None:
    pointer = "In de bijlage vindt u het volledige programma van de feestweek."
    assert pointer not in kept(_text(TITLE, BODY, MORE, pointer))
    # an attachment the news reports on stays
    sentence = "In de bijlage van het rapport staan de cijfers per gemeente, maar die zijn nog niet openbaar."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))


def test_a_dated_round_ups_title_is_the_headline_not_a_sections_header() -> None:
    text = _text("dinsdag 4 maart 2025", "Nieuws van dinsdag 4 maart 2025", BODY, MORE)
    assert headline(text) == "Nieuws van dinsdag 4 maart 2025"
    assert "Nieuws van dinsdag 4 maart 2025" in kept(text)
    # a section's header naming a place stays set aside
    assert ("label", "Nieuws uit Zwolle") in aside(_text("Nieuws uit Zwolle", TITLE, BODY, MORE))


def test_a_footers_english_link_above_the_articles_last_paragraph_opens_no_box() -> None:
    text = _text(TITLE, BODY, "Privacy Policy", MORE, "Meer weten? Kijk op de website van de gemeente.")
    assert MORE in kept(text)

"""Rules of round site45 (issue 21: rules that reach fresh pages, structure_blind67/68 as development sets): each kind
by its shape, on wordings invented here the way other Dutch and Flemish sites print it, with a line of article text
of the same shape beside it that stays the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, joined, kept

# --- credit_rules: a credit in brackets closing a caption, in words with no name, the rights' holder, a platform -----


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Bart Voskamp in zijn tuin in Zetten", "(eigen foto)"),
        ("Een agent bij het afzetlint", "(stockfoto)"),
        ("Traumaheli vliegt 5000 keer uit", "(Rechten: RTV Drenthe/Steven Ophof)"),
        ("De molen in Wijhe", "(Fotorechten: Gemeente Olst-Wijhe)"),
        ("Zon in Wilhelminadorp", "(foto: Arjan van Lomwel (Flickr))"),
        ("Burgemeester Jansen in de raadszaal", "(foto: Jan Smit (Instagram))"),
        ("Twee damherten in de duinen", "(foto: Jan Smit, Goes)"),
        ("De brug bij Lochem", "(bron: lochem.nl)"),
    ],
)
def test_a_bracketed_credit_closing_a_caption_is_cut_off(caption: str, credit: str) -> None:
    text = joined(TITLE, BODY, f"{caption} {credit}", MORE)
    assert ("credit", credit) in aside(text)
    assert caption in kept(text)


def test_brackets_of_the_articles_own_stay() -> None:
    for caption in ("De oude kerk van Zwolle (archieffoto)", "Een agent bij het afzetlint (foto ter illustratie)"):
        assert caption in kept(joined(TITLE, BODY, caption, MORE))  # what the picture is: the caption's words
    sentence = "Het archief (eigen foto's van de familie) bleef dicht."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))
    heading = "De rechten van de huurders (Rechten: zie de wet)"  # no name after the colon
    assert heading in kept(joined(TITLE, BODY, heading, MORE))


@pytest.mark.parametrize("source", ["(Bron: ad.nl)", "(bron: omroepbrabant.nl)", "(Source: nu.nl)"])
def test_a_web_source_in_brackets_closing_a_paragraph_is_a_credit(source: str) -> None:
    text = joined(TITLE, f"{BODY} {source}", MORE)
    assert ("credit", source) in aside(text)
    assert BODY in kept(text)


def test_a_web_address_in_brackets_inside_a_sentence_stays() -> None:
    sentence = "De bron (zie ad.nl) meldde het als eerste, zei de woordvoerder."
    assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


# --- glued_labels.GLUED_GENRE_MEDIA: a genre's word and its media glued to the text's first word --------------------------


@pytest.mark.parametrize(
    "label",
    ["Overzicht + video", "Analyse & foto's", "Reportage met video", "Liveblog + foto’s", "Uitzending en podcast"],
)
def test_a_genre_and_its_media_glued_to_the_first_word_is_a_label(label: str) -> None:
    for text in (joined(TITLE, label + BODY, MORE), joined(label + BODY, MORE)):
        assert ("label", label) in aside(text)
        assert BODY in kept(text)


def test_a_media_word_in_a_sentence_stays() -> None:
    lede = "Overzicht en video van de brand staan online. " + BODY  # spaced: a sentence of the article
    assert lede in kept(joined(TITLE, lede, MORE))


# --- pointer_rules.LIVE_HERE: an imperative to follow a broadcast "hier live" closing a paragraph -----------------


@pytest.mark.parametrize(
    "pointer",
    [
        "Volg de gemeenteraad hier live vanaf 20 uur.",
        "Kijk de persconferentie hier live mee.",
        "Bekijk de uitzending hier live om 19.30 uur.",
        "Volg de verkiezingsavond hier live vanaf 21.00 uur.",
        "Luister de wedstrijd hier live.",
    ],
)
def test_a_live_pointer_closing_a_paragraph_is_a_link(pointer: str) -> None:
    text = joined(TITLE, f"{BODY} {pointer}", MORE)
    assert ("link", pointer) in aside(text)
    assert BODY in kept(text)


@pytest.mark.parametrize(
    "sentence",
    ["Volg de man die hier live optrad in 1975 nooit na.", "Kijk: hier live muziek maken mag niet meer."],
)
def test_a_sentence_with_live_here_of_its_own_stays(sentence: str) -> None:
    assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))


# --- title_rules.DATED_BYLINE: a date and the desk's name or the author's after a separator ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "31 december 2018 Redactie Apache",
        "12-03-2021 Redactie Zwolle Nieuws",
        "12 maart 2021, door Jan de Vries",
        "3 mei 2024 | Door Anna de Vries",
    ],
)
def test_a_date_and_a_desk_or_author_is_a_byline(line: str) -> None:
    blocks = article(joined(TITLE, line, BODY, MORE)).blocks
    assert any(b.kind is K.BYLINE and b.text == line for b in blocks)


def test_a_sentence_opening_with_a_date_and_the_desk_stays() -> None:
    sentence = "31 december 2018 was voor de redactie van Apache een zware dag, zei de hoofdredacteur."
    assert sentence in kept(joined(TITLE, sentence, MORE))


# --- reader_rules.LETTERS_NOTE: a letters page's standing note, its call to send one --------------------------------

NOTE = (
    "Op deze plek verzamelen we ingezonden brieven van lezers van De Stentor. Zelf een brief schrijven? Lees hier hoe u"
    " een brief of opiniestuk instuurt."
)


@pytest.mark.parametrize(
    "note",
    [
        NOTE,
        "In deze rubriek publiceren wij reacties van onze lezers.",
        "Hier plaatsen we een selectie van de brieven van lezers.",
        "Op deze pagina vindt u ingezonden brieven van lezers van het Dagblad.",
    ],
)
def test_a_letters_pages_note_is_site_text(note: str) -> None:
    assert ("letters", note) in aside(joined(TITLE, note, BODY, MORE))


def test_a_letters_note_opening_the_text_leaves_the_letters_heading_a_subheading() -> None:
    found = article(joined(NOTE, "Zwembad", BODY, MORE))
    assert ("letters", NOTE) in [(b.reason, b.text) for b in found.blocks if b.kind is K.SITE_TEXT]
    assert not any(b.kind is K.HEADLINE for b in found.blocks)  # each letter's topic heading, no page title


def test_letters_of_readers_in_a_reporters_sentence_stay() -> None:
    sentence = "Hier verzamelen de brieven van lezers zich in een doos, zei de archivaris."
    assert sentence in kept(joined(TITLE, f"{BODY} {sentence}", MORE))

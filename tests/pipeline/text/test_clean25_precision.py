"""Article text the structure pass set aside in real all-article texts (scripts/structure_precision.py),
by shape, each with a same-shape example of site text that stays set aside. All examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from pipeline.text.read import parse_article

K = BlockKind
TITLE = "Gemeente moet zuiniger met het geld van de burger\n\n"
LETTER = (
    "De gemeente geeft elk jaar meer uit aan adviseurs, terwijl de bibliotheek in onze wijk dicht moet. "
    "Dat is de verkeerde keuze, en de raad zou dat moeten zien voordat de begroting wordt vastgesteld.\n\n"
    "Wie de cijfers naast elkaar legt, ziet dat het geld er wel is. Het wordt alleen aan de verkeerde dingen "
    "besteed, en daar betalen de bewoners van de wijk de prijs voor.\n\n"
)


def aside(text: str) -> list[str]:
    return [b.text for b in parse_article(text, source_name="a.txt").blocks if b.kind is K.SITE_TEXT]


def test_a_letter_writer_s_signature_at_the_text_s_end_is_kept() -> None:
    for signature in (
        "Arno Veldkamp, Zwolle",
        "P.J. Hendriks, Oosterhout",
        "Henk L. Bosman\n\nDoetinchem",
        "Marieke de Groot,\n\nwethouder Financiën gemeente Breda",
        "Jan van der Berg, Stichting Wijkbelang, Den Bosch",
    ):
        assert aside(TITLE + LETTER + signature + "\n") == [], signature


def test_short_site_lines_closing_a_text_stay_set_aside() -> None:
    assert aside(TITLE + LETTER + "Zomerfeest\n\nWinterkost\n") == ["Zomerfeest", "Winterkost"]
    # after a name, more than the one line that completes a signature is the page's tail
    assert aside(TITLE + LETTER + "Henk L. Bosman\n\nZomerfeest\n\nWinterkost\n") == ["Zomerfeest", "Winterkost"]
    # a place alone, with no name above it, is no signature
    assert aside(TITLE + LETTER + "Doetinchem\n") == ["Doetinchem"]


STORY = (
    "De boswachter loopt elke ochtend langs de oude vijver achter de boerderij van zijn ouders. Daar stond "
    "vroeger een pomp, die de"
)


def test_a_sentence_in_capitals_between_two_halves_of_a_paragraph_is_kept() -> None:
    pull_quote = "TOEN DE KINDEREN HET GELUID VAN DE BEL HOORDEN WAS HET TIJD VOOR HET ETEN IN DE TUIN"
    text = TITLE + STORY + "\n\n" + pull_quote + "\n\nhele zomer water gaf aan het vee. Nu is de vijver droog.\n"
    assert aside(text) == []


def test_a_menu_in_capitals_stays_navigation() -> None:
    menu = "NIEUWS SPORT ECONOMIE CULTUUR MEDIA WONEN EN TUIN REIZEN AUTO WEER VERKEER PUZZELS"
    assert aside(TITLE + menu + "\n\n" + LETTER) == [menu]


BOX = "De ijsvogel\n\nBeestje van de week\n\n" + LETTER + "DE IJSVOGEL\n\nBroedsel: zes tot acht eieren.\n"


def test_a_title_whose_topic_heads_a_box_in_capitals_is_kept() -> None:
    """Kept as text (which line is the headline, title or column name, is headline.py's call)."""
    assert aside(BOX) == []


def test_a_line_the_page_repeats_as_it_is_stays_set_aside() -> None:
    """The same short line twice, same case, opening the text and again further on: the page's own line."""
    text = BOX.replace("DE IJSVOGEL", "De ijsvogel")
    assert aside(text) == ["De ijsvogel", "De ijsvogel"]


INTERVIEW = TITLE + LETTER + "{question}\n\n,,Ja, ook. Daar ben ik niet zo handig in, maar ik zit er wel op, hoor.''\n"


def test_a_word_ending_in_a_preposition_before_a_verb_is_no_glued_label() -> None:
    """ "LinkedIn is …": "In" before a finite verb opens no sentence, so "Linked" is no label glued to it."""
    assert aside(INTERVIEW.format(question="LinkedIn is toch de trend?")) == []


def test_a_section_label_glued_to_a_sentence_stays_set_aside() -> None:
    assert aside(INTERVIEW.format(question="LiveblogIn de nacht is de storm over het land getrokken.")) == ["Liveblog"]


def test_a_place_in_capitals_glued_to_the_lede_is_its_dateline() -> None:
    text = TITLE + "ZWOLLEHet college wil de belasting komend jaar met zes procent verhogen.\n\n" + LETTER
    article = parse_article(text, source_name="a.txt")
    assert aside(text) == []
    assert (K.DATELINE, "ZWOLLE") in [(b.kind, b.text) for b in article.blocks]


def test_a_label_in_capitals_glued_to_the_lede_stays_set_aside() -> None:
    for label in ("LIVEBLOG", "EXCLUSIEF", "OPINIE"):
        text = TITLE + label + "Het college wil de belasting komend jaar met zes procent verhogen.\n\n" + LETTER
        assert aside(text) == [label]

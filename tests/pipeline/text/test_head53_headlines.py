"""head53 (issue 21): a bulletin's or a programme's title holding its date is the page's headline, no date line
(pipeline.text.date_lines.programme_title). Invented pages; the near misses stay date lines: a bare date with its time
and a place before a date, at the page's top and under the title."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.text.date_lines import DATE_LINE, set_aside_date_lines
from tests.pipeline.text.site_helpers import MORE, K, article, aside, headline, joined, page

TITLE = "Gemeente opent nieuwe fietsbrug over de Schipbeek"
LEDE = (
    "De nieuwe fietsbrug over de Schipbeek bij Deventer is zaterdag geopend. Wethouder Anna Smit knipte het lint "
    "door in het bijzijn van honderden fietsers."
)


@pytest.mark.parametrize(
    "title",
    [
        "Omroep Zuid Nieuws, 11 juli 2024",  # an outlet's name and its programme's word
        "RTV Oost Journaal, dinsdag 3 maart 2024",  # with the weekday
        "Regiojournaal, 3 maart",  # a compound ending in the programme's word, no year
        "Het Weekoverzicht, zaterdag 9 maart 2024",
    ],
)
def test_a_programmes_title_holding_its_date_is_the_headline(title: str) -> None:
    for text in (joined(title, LEDE, MORE), page("Menu", title, LEDE, MORE)):
        read = article(text)
        assert read.meta.headline == title
        assert (DATE_LINE, title) not in aside(text)  # no article text set aside


def test_a_title_with_its_date_in_words_after_van_is_the_headline() -> None:
    assert headline(joined("Journaal van dinsdag 3 maart", LEDE, MORE)) == "Journaal van dinsdag 3 maart"


@pytest.mark.parametrize("line", ["Dinsdag 3 maart 2024, 14:05", "Deventer, 14 maart 2024", "Nieuwstadt, 3 maart 2024"])
def test_a_date_line_stays_one_at_the_top_and_under_the_title(line: str) -> None:
    top = joined(line, TITLE, LEDE, MORE)
    assert aside(top) == [(DATE_LINE, line)] and headline(top) == TITLE
    assert aside(joined(line, LEDE, MORE)) == [(DATE_LINE, line)]  # no title below it: still no headline
    assert headline(joined(line, LEDE, MORE)) is None
    under = joined(TITLE, line, LEDE, MORE)
    assert aside(under) == [(DATE_LINE, line)] and headline(under) == TITLE


def test_a_programmes_title_below_the_headline_is_no_title() -> None:
    text = joined(TITLE, "Omroep Zuid Nieuws, 11 juli 2024", LEDE, MORE)
    assert headline(text) == TITLE  # the page's title stands above it: a programme's date line under it


def test_the_date_line_rule_leaves_a_programmes_title_at_the_top() -> None:
    blocks = [Block(K.DATELINE, "Omroep Zuid Nieuws, 11 juli 2024"), Block(K.LEDE, LEDE), Block(K.PARAGRAPH, MORE)]
    assert set_aside_date_lines(blocks, joined(*(b.text for b in blocks))) == blocks  # the headline given elsewhere
    placed = [Block(K.DATELINE, "Deventer, 14 juli 2024"), *blocks[1:]]
    assert set_aside_date_lines(placed, "")[0].reason == DATE_LINE


# --- opening_titles: a title's colon in a statement before its question ------------------------------------------

STANDFIRST = (
    "Steeds meer gemeenten zetten voorlichters in tussen bestuurders en pers. Is dat een probleem? Wij vroegen het aan "
    "wethouders en verslaggevers in het hele land."
)


def test_a_title_of_a_statement_with_its_colon_and_a_question_is_the_headline() -> None:
    title = "Wethouders en lokale verslaggevers: een lastige relatie. Wie bepaalt het nieuws?"
    assert headline(joined("Media", title, STANDFIRST, "Anna Smit en Piet de Vries", LEDE, MORE)) == title


def test_a_question_reported_after_a_colon_is_no_title() -> None:
    asked = "De wethouder vraagt zich af: wie betaalt de brug? En wanneer?"
    assert headline(joined(asked, STANDFIRST, LEDE, MORE)) is None  # the colon opens the question: reported


# --- letters_pages: a page of readers' letters, each signed with a name and a place --------------------------------

LETTER_ONE = (
    "De nieuwe fietsbrug is mooi, maar waarom duurde het zo lang? Al tien jaar praat de gemeente erover en al tien jaar "
    "fietsen wij om via de drukke provinciale weg."
)
LETTER_TWO = (
    "Het zwembad gaat dicht omdat het te duur is. Voor de kinderen in onze wijk is het de enige plek om te leren zwemmen "
    "en daar wordt nu dus op bezuinigd."
)


def test_a_page_of_signed_letters_has_no_headline() -> None:
    one, two = ("Lang wachten op een brug", LETTER_ONE, "Jan de Boer, Deventer"), (LETTER_TWO, "Els ter Horst, Olst")
    assert headline(page(*one, "Zwemmen is geen luxe", *two)) is None
    assert headline(joined(*one, "Wie betaalt dit?", *two)) is None  # a letter's title read as a paragraph


def test_one_signature_or_one_without_a_title_under_it_leaves_the_headline() -> None:
    once = page(TITLE, LETTER_ONE, "Jan de Boer, Deventer", "Het zwembad", LETTER_TWO)  # one reader quoted
    assert headline(once) == TITLE
    running = page(TITLE, LETTER_ONE, "Jan de Boer, Deventer", f"{LETTER_TWO} {MORE}", "Els ter Horst, Olst")
    assert headline(running) == TITLE  # a long paragraph under the first name: no letter's title


def test_a_letters_pages_own_title_or_names_under_labels_stay() -> None:
    one, two = (LETTER_ONE, "Jan de Boer, Deventer"), (LETTER_TWO, "Els ter Horst, Olst")
    titled = joined(TITLE, "Lang wachten op een brug", *one, "Zwemmen is geen luxe", *two)
    assert headline(titled) == TITLE  # the page's title over the first letter's
    listed = joined(TITLE, LEDE, "Ronde 1:", "Jan de Boer, Go Ahead Eagles", "Ronde 2:", "Els ter Horst, FC Twente")
    assert headline(listed) == TITLE  # names under labels: a list's items, no letters


# --- credited_captions: a photo's caption between its picture's file name and its credit, under the title --------

BRIDGE = "Fietsbrug over de Schipbeek feestelijk geopend"


def test_a_caption_between_the_pictures_name_and_its_credit_is_no_title() -> None:
    text = joined(
        "Deventer", f"{BRIDGE}", page("20240311 02 deventer", "Wethouder knipt het lint door", "Beeld: Anna Smit")
    )
    read = article(joined(text, LEDE, MORE))
    assert read.meta.headline == BRIDGE
    assert [b.kind for b in read.blocks if b.text == "Wethouder knipt het lint door"] == [K.CAPTION]


def test_a_title_over_its_credit_or_a_short_label_over_the_picture_stays() -> None:
    assert headline(joined(page(BRIDGE, "Beeld: Anna Smit"), LEDE, MORE)) == BRIDGE  # the title over its photo's credit
    labelled = joined("Deventer", page("20240311 02 deventer", BRIDGE, "Beeld: Anna Smit"), LEDE, MORE)
    assert headline(labelled) == BRIDGE  # a place's label above the picture: no title over it, the heading is one


def test_a_dated_section_label_over_the_articles_title_leaves_the_title() -> None:
    # (review53) a section's label with its date over the page's own title: the title under it is the headline
    for label in ("Verkiezingsnieuws, 3 maart 2024", "Omroep Zuid Nieuws, 11 juli 2024"):
        for text in (joined(label, TITLE, LEDE, MORE), page("Menu", label, TITLE, LEDE, MORE)):
            assert headline(text) == TITLE


def test_an_article_of_readers_reactions_with_a_sentence_under_each_name_keeps_its_headline() -> None:
    # (review53) a short sentence under a signature (closed by a full stop) is the article's running text, no
    # letter's title: readers quoted by name and place in a report
    title = "Lezers boos over brug en zwembad"
    bridge = f'"{LETTER_ONE}" schrijft een lezer.'
    text = joined(
        title,
        bridge,
        "Jan de Boer, Deventer",
        "Ook over het zwembad kwamen reacties.",
        LETTER_TWO,
        "Els ter Horst, Olst",
    )
    assert headline(text) == title

"""head52 (issue 21): a photo's alt text printed above the title and again under it as its caption, with its credit
(pipeline.text.alt_copies), and an author's or interviewee's name with a middle initial over the title
(pipeline.text.title_shapes.name_above). Invented pages; the near misses keep what they had: an intro printed
twice with nothing added, a copy far down the text (a pull quote), a short line printed twice, a name over a name."""

from __future__ import annotations

from pipeline.document import Block
from pipeline.text.alt_copies import alt_text_above
from pipeline.text.title_shapes import name_above
from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, headline, joined, page

TITLE = "‘Lezen is een ambacht dat je moet bijhouden’"
ALT = "Schrijver Jan Smit: ‘Ik lees elke ochtend de krant. Daarna begin ik pas met schrijven.’"
CREDIT = "Beeld Piet de Vries"


def _page(*, alt: str = ALT, caption: str = ALT + CREDIT, name: str = "Jan K. Smit") -> str:
    return joined(page("Zaterdag 01/10/2022", alt), f"Interview{name}", TITLE, caption, BODY, LONGER)


def test_the_alt_text_above_the_title_is_a_caption_and_the_title_is_found() -> None:
    read = article(_page())
    assert read.meta.headline == TITLE
    assert [b.kind for b in read.blocks if b.text == ALT] == [K.CAPTION]


def test_a_copy_with_nothing_added_or_far_below_is_no_alt_text() -> None:
    blocks = [Block(K.PARAGRAPH, ALT), Block(K.SUBHEADING, TITLE), Block(K.PARAGRAPH, ALT)]
    assert alt_text_above(blocks) == blocks  # the intro printed twice (title_copies decides)
    added = [Block(K.PARAGRAPH, ALT), Block(K.SUBHEADING, TITLE), Block(K.PARAGRAPH, f"{ALT} {BODY}")]
    assert alt_text_above(added) == added  # the intro repeated with the text's sentences after it
    far = [Block(K.PARAGRAPH, ALT), Block(K.SUBHEADING, TITLE), *[Block(K.PARAGRAPH, BODY)] * 5]
    assert alt_text_above([*far, Block(K.PARAGRAPH, ALT + CREDIT)])[0].kind is K.PARAGRAPH  # a pull quote
    no_heading = [Block(K.PARAGRAPH, ALT), Block(K.PARAGRAPH, BODY), Block(K.PARAGRAPH, ALT + CREDIT)]
    assert alt_text_above(no_heading) == no_heading  # no title between the two copies
    short = [Block(K.PARAGRAPH, "Jan Smit leest."), Block(K.SUBHEADING, TITLE), Block(K.CAPTION, "Jan Smit leest. ANP")]
    assert alt_text_above(short) == short


def test_a_name_with_a_middle_initial_over_the_title_is_its_label() -> None:
    assert name_above("Eric C. Hendriks", TITLE)
    assert name_above("Anna M. J. de Vries", TITLE)
    assert headline(joined("Jan K. Smit", TITLE, BODY, LONGER)) == TITLE
    # near misses: a name over another name is the title over its author; a title is no name
    assert not name_above("Jan K. Smit", "Piet de Vries")
    assert not name_above("Kabinet K. wil meer", TITLE)  # words in lower case: a title with an initial


LETTER = "Het seizoen zit er bijna op. De laatste wedstrijden worden in mei gespeeld, daarna volgt de feestavond."


def test_a_letters_title_over_its_salutation_is_the_headline() -> None:
    assert headline(page("Woord van de voorzitter.", "Beste leden,", LETTER, LONGER)) == "Woord van de voorzitter."
    read = article(page("logo", "qxzBericht van het bestuur.", "Beste leden,", LETTER, LONGER))
    assert read.meta.headline == "Bericht van het bestuur."
    assert [(b.kind, b.reason) for b in read.blocks if b.text == "qxz"] == [(K.SITE_TEXT, "icon")]


def test_a_letter_without_a_title_or_a_sentence_over_it_gets_none() -> None:
    assert headline(page("Beste leden,", LETTER, LONGER)) is None
    # near misses: a sentence of the letter with its clauses, a long sentence, a lower-case opening
    assert headline(page("Na een lang seizoen, eindelijk rust.", "Beste leden,", LETTER, LONGER)) is None
    long = "Het bestuur heeft besloten de contributie voor volgend seizoen niet te verhogen."
    assert headline(page(long, "Beste leden,", LETTER, LONGER)) is None
    assert headline(page("iPhone van de voorzitter.", "Beste leden,", LETTER, LONGER)) is None

"""The headline of a text flattened onto one line by a scraper (issue 21), and a title quoting two sentences.
Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import article

TEXT = (
    "De gemeenteraad stemde dinsdagavond in met het plan voor een nieuw zwembad. Wethouder Kees Bakker noemde het "
    "besluit een opluchting voor de verenigingen, die al jaren uitwijken naar de buurgemeenten. Het oude bad sluit "
    "volgend jaar de deuren. De bouw begint in het voorjaar en moet twee jaar duren. De oppositie vindt het plan te "
    "duur en stemde tegen, maar de coalitie heeft een ruime meerderheid in de raad en zette het besluit door."
)
CAPTION = "Zwemmers in het oude bad aan de Stationsweg in Zwolle."


def kinds(text: str) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in article(text).blocks]


def test_a_title_glued_to_a_dateline_is_the_headline() -> None:
    blocks = kinds(f"Zwolle krijgt nieuw zwembad ZWOLLE - {TEXT}")
    assert blocks[0] == (BlockKind.HEADLINE, "Zwolle krijgt nieuw zwembad")
    assert blocks[1][1].startswith("ZWOLLE - De gemeenteraad")


def test_a_title_glued_to_a_caption_the_text_repeats_is_the_headline_and_the_caption_a_caption() -> None:
    flat = f"Zwolle krijgt nieuw zwembad {CAPTION}  {TEXT} {CAPTION} Het nieuwe bad krijgt vijf banen."
    blocks = kinds(flat)
    assert blocks[0] == (BlockKind.HEADLINE, "Zwolle krijgt nieuw zwembad")
    assert blocks[1] == (BlockKind.CAPTION, CAPTION)
    assert blocks[2][1].startswith("De gemeenteraad")


def test_a_flat_text_without_a_dateline_or_a_repeated_caption_is_left_whole() -> None:
    blocks = kinds(f"Zwolle krijgt nieuw zwembad en {TEXT}")
    assert BlockKind.HEADLINE not in [kind for kind, _ in blocks]
    assert " ".join(text for _, text in blocks).startswith("Zwolle krijgt nieuw zwembad en De gemeenteraad")


def test_a_short_text_on_one_line_is_not_cut_at_a_dash() -> None:
    short = "Kees Bakker en Anna de Vries Zwolle - Deventer is de verbinding die zij willen verbeteren."
    assert BlockKind.HEADLINE not in [kind for kind, _ in kinds(short)]


def test_a_title_quoting_two_sentences_after_the_speaker_is_the_headline() -> None:
    # longer than a heading (12 words): a paragraph; a two-part title (opening_titles._two_part_title)
    title = "Wethouder Kees B. (61): ’Ik ben door de gemeente nooit gehoord. Twintig jaar lang niet, en nu weer niet’"
    blocks = kinds(f"{title}\n\n{TEXT}")
    assert blocks[0] == (BlockKind.HEADLINE, title)
    two = "Ik ben nooit gehoord. Twintig jaar lang niet."  # two sentences without a speaker: no title
    assert (BlockKind.HEADLINE, two) not in kinds(f"{two}\n\n{TEXT}")

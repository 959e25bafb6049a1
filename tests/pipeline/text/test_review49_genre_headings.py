"""Review 49 probes of `title_labels._genre_lines` (site49): a genre's word alone on its line is set aside wherever it
stands, but inside the article — running text above it — it is an intertitle, article text, whatever follows it: a
short paragraph, a second heading, a quote left open. The texts are made up for these tests."""

from __future__ import annotations

import pytest

from pipeline.document import Block, BlockKind
from pipeline.text.title_labels import labels_below_title

P = BlockKind.PARAGRAPH
HEAD = Block(BlockKind.HEADLINE, "Zwolle krijgt nieuw zwembad")
ABOVE = Block(
    P,
    "De gemeenteraad van Zwolle heeft dinsdagavond na een lang debat ingestemd met de bouw van een nieuw zwembad aan "
    "de rand van de stad.",
)
BELOW = Block(
    P,
    "Volgens de wethouder moet het bad in 2028 open gaan, maar de oppositie vreest dat de kosten flink zullen oplopen "
    "door de gestegen bouwprijzen.",
)
NEXT = {
    "short paragraph": Block(P, "Het oude bad sloot in 2019."),
    "second heading": Block(BlockKind.SUBHEADING, "Wie betaalt de rekening?"),
    "open quote": Block(P, "'We zwemmen hier al veertig jaar', zegt Joke (71)"),
}


@pytest.mark.parametrize("shape", sorted(NEXT))
def test_a_genre_word_heading_a_part_of_the_article_is_kept(shape):
    blocks = [HEAD, ABOVE, Block(BlockKind.SUBHEADING, "Achtergrond"), NEXT[shape], BELOW]
    out = labels_below_title(blocks)
    assert [b.text for b in out if b.kind is BlockKind.SITE_TEXT] == []


def test_a_genre_label_below_the_last_paragraph_is_still_set_aside():
    blocks = [HEAD, ABOVE, BELOW, Block(BlockKind.PARAGRAPH, "Liveblog"), Block(P, "Meer nieuws uit de regio")]
    out = labels_below_title(blocks)
    assert [b.text for b in out if b.kind is BlockKind.SITE_TEXT] == ["Liveblog"]

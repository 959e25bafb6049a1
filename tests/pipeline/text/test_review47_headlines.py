"""Review of stop 47's headline rules (head47) on ordinary Dutch news: a headline ending in a place of two
capitalised words, the text below naming it otherwise, keeps its place (signed_titles.named_title)."""

from __future__ import annotations

import pytest

from pipeline.document import Block, BlockKind
from pipeline.text.headline import choose_headline

BODY = (
    "Bij een steekpartij in de Korte Putstraat in 's-Hertogenbosch is zaterdagnacht een 23-jarige man gewond "
    "geraakt. De politie heeft een verdachte aangehouden."
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Man gewond bij steekpartij in uitgaansgebied Den Bosch", BODY),
        (
            "Honderden asielzoekers slapen opnieuw in het gras Ter Apel",
            "Bij het aanmeldcentrum in Groningen sliepen ook afgelopen nacht weer honderden mensen buiten. "
            "Het COA zegt geen plek meer te hebben.",
        ),
        (
            "Fietser zwaargewond na aanrijding met vrachtwagen Sint Oedenrode",
            "Een 67-jarige fietser is dinsdagochtend zwaargewond geraakt bij een aanrijding op de N279 bij "
            "Meierijstad. De bestuurder van de vrachtwagen bleef ongedeerd.",
        ),
    ],
)
def test_a_dated_headline_ending_in_a_two_word_place_keeps_it(title: str, body: str) -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, title),
        Block(BlockKind.DATELINE, "za 12 okt 2019, 14:03"),
        Block(BlockKind.PARAGRAPH, body),
    ]
    chosen = choose_headline(blocks)
    assert [b.text for b in chosen if b.kind is BlockKind.HEADLINE] == [title]
    assert not [b for b in chosen if b.kind is BlockKind.BYLINE]

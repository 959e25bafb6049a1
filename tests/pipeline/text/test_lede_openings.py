"""Texts that open with their lede, no title above it (pipeline.text.lede_openings, helper head32b): a round-up's
introduction first, its items' short headings below it; a short first sentence closed by a full stop over the rest of
the lede. Examples written here, next to titles of a similar shape that stay the headline."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import article, joined

ITEM_ONE = (
    "De brug over het kanaal bij Sluiskil is sinds gisteravond dicht voor al het verkeer. Een schip voer tegen een van "
    "de pijlers en de schade wordt vandaag onderzocht."
)
ITEM_TWO = (
    "Het blijft vandaag grotendeels droog met af en toe een bui. Bij een matige zuidwestenwind wordt het acht tot "
    "negen graden."
)
LEDE = (
    "De dijken in Zeeland houden het hoge water nog tegen, maar het waterschap waarschuwt dat het peil in de rivieren "
    "de komende dagen verder stijgt."
)


def _subheadings(text: str) -> list[str]:
    return [b.text for b in article(text).blocks if b.kind is BlockKind.SUBHEADING]


def test_the_headings_below_a_round_ups_dated_introduction_are_its_items_not_the_headline() -> None:
    for intro in (
        "MIDDELBURG - Vrijdag 3 maart 2023, goedemorgen. In het nieuws in Zeeland vanmorgen:",  # a round-up's frame
        "GOES - Het waterschap heeft dinsdag deze maatregelen tegen de droogte genomen:",  # a dated introduction
    ):
        text = joined(intro, "Brug dicht", ITEM_ONE, "Weer", ITEM_TWO)
        assert article(text).meta.headline is None, intro
        assert _subheadings(text) == ["Brug dicht", "Weer"], intro


def test_a_dated_heading_below_a_dated_introduction_closed_by_a_colon_is_its_first_item() -> None:
    # a short opening line over a heading with its date under it reads as a page's slogan over its title
    # (title_shapes.title_after_opening) — but a paragraph opening with its dateline is the article's own
    text = joined("GOES - Dit is het nieuws van vandaag:", "Brug bij Sluiskil dicht", "3 maart 2023", ITEM_ONE)
    assert article(text).meta.headline is None
    assert _subheadings(text) == ["Brug bij Sluiskil dicht"]


def test_a_title_above_a_dated_lede_is_still_the_headline() -> None:
    title = "Brug bij Sluiskil dicht na aanvaring"
    for lede in (
        f"SLUISKIL - {ITEM_ONE}",
        "SLUISKIL - Na de aanvaring van gisteravond gelden rond de brug deze omleidingen:",  # closed by a colon too
    ):
        assert article(joined(title, lede, "Omleiding", ITEM_TWO)).meta.headline == title, lede


def test_a_short_first_sentence_of_the_lede_closed_by_a_full_stop_is_no_headline() -> None:
    for first, lede in (
        ("Het regent al dagen in Zeeland.", LEDE),  # opened as running text opens a sentence
        ("Boeren in Zeeland zijn bezorgd.", f"Dat blijkt uit een rondgang langs bedrijven. {LEDE}"),  # goes on from it
    ):
        read = article(joined(first, lede))
        assert read.meta.headline is None, first
        assert read.blocks[0].kind is BlockKind.LEDE and read.blocks[0].text == first, first


def test_a_title_closed_by_a_full_stop_with_evidence_under_it_is_still_the_headline() -> None:
    for title, rest in (
        ("Het water in Zeeland stijgt.", [f"MIDDELBURG - {LEDE}"]),  # the lede's own dateline under it
        ("Het water in Zeeland stijgt.", ["Door Anna de Vries", LEDE]),  # a byline under it
        ("Waterschap Zeeland slaat alarm.", [LEDE]),  # a title's words over a lede that stands on its own
        ("Waterschap Zeeland slaat alarm.", ["Foto: ANP", LEDE]),  # a photo's caption between them
    ):
        assert article(joined(title, *rest)).meta.headline == title, rest[0]

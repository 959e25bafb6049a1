"""Site-text rules of helper site36c (issue 21): examples written for these tests, each with an article look-alike
that stays."""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text.glued_edges import agency_credits


def _cut(kind: BlockKind, text: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in agency_credits([Block(kind, text)])]


def test_a_photographers_credit_closing_a_caption_is_set_aside() -> None:
    for caption, credit in (
        ("De fanfare trekt door de Dorpsstraat.", "| Foto: Kees de Wit"),
        ("Het koor bij de eerste repetitie in maart.", "(Foto: K. de Wit)"),
        ("De oude molen aan de dijk, ter illustratie.", "Foto: Kees de Wit"),
        ("Leden van de club bij het jubileum.", "(foto’s: Kees de Wit)"),
    ):
        pieces = _cut(BlockKind.CAPTION, f"{caption} {credit}")
        assert pieces[0] == ("caption", caption) and pieces[-1] == ("site_text", credit)


def test_a_captions_agency_credit_and_its_own_words_stay() -> None:
    # an agency's credit stays with its caption (the older sets' convention), as does a short caption
    for text in (
        "De minister in Den Haag bij het debat. Foto: ANP",
        "Strandgangers in Oostende op zondag. (Foto: Belga)",
        "Het koor. Foto: Kees de Wit",
        "De wethouder op de markt. Foto: Kees de Wit",
    ):
        assert _cut(BlockKind.CAPTION, text) == [("caption", text)]
    # a sentence of the caption that speaks of a photo: no name after the colon's capital
    text = "De tentoonstelling in het museum opent zaterdag. Foto: een zelfportret van de schilder."
    assert _cut(BlockKind.CAPTION, text) == [("caption", text)]
    # a paragraph is not a caption: this rule leaves it alone
    text = "De fanfare trekt door de Dorpsstraat. (Foto: K. de Wit)"
    assert _cut(BlockKind.PARAGRAPH, text) == [("paragraph", text)]

"""A photo credit glued to a caption's last word without a full stop, and a credit printed twice (site49,
pipeline.text.credit_rules CAPTION_CREDIT_END): "Foto:" or "Beeld:" with its colon closing the caption is the
credit's label wherever the caption's words stop — as different Dutch and Flemish sites print it (invented here) —
while a caption naming an exhibition "Foto: …" in its own words keeps them."""

from __future__ import annotations

import pytest

from pipeline.document import Block, BlockKind
from pipeline.text.caption_credits import caption_credits


def _split(caption: str) -> list[tuple[BlockKind, str | None, str]]:
    return [(b.kind, b.reason, b.text) for b in caption_credits([Block(BlockKind.CAPTION, caption)])]


@pytest.mark.parametrize(
    ("words", "credit"),
    [
        # a regional broadcaster's photo, the credit printed twice (the photo's and the preview's)
        (
            "De veerboot vaart de haven van Vlissingen binnen",
            "Foto: Jan Smit / Persbureau Zee Foto: Jan Smit / Persbureau Zee",
        ),
        ("Supporters vieren de promotie op de Grote Markt", "Foto: Piet de Boer"),  # a regional daily
        ("Het oude raadhuis staat sinds maandag in de steigers", "Beeld: Stadsarchief Gent"),  # a Flemish city site
        ("Brandweerlieden blussen de brand in de loods", "FOTO: Omroep Oost"),  # a local broadcaster, in capitals
        ("Een luchtfoto van de sluis bij Terneuzen", "Foto's: Rijkswaterstaat"),  # a news site's gallery
    ],
)
def test_a_credit_glued_after_the_captions_last_word_is_cut_off(words: str, credit: str) -> None:
    assert _split(f"{words} {credit}") == [
        (BlockKind.CAPTION, None, words),
        (BlockKind.SITE_TEXT, "credit", credit),
    ]


def test_a_caption_naming_a_show_called_foto_keeps_its_words() -> None:
    caption = "De expositie heet Foto: een eeuw Zeeland en opent zaterdag"
    assert _split(caption) == [(BlockKind.CAPTION, None, caption)]

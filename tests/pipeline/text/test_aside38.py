"""Rules narrowed in aside38 (issue 21: no article text set aside, on every set): each on an example written here —
the article-text look-alike that must stay — beside the site text the rule exists for, which must still go."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, joined, kinds, page

# --- line_groups.doubled_caption: a caption printed twice in a row, the first copy the caption --------------------

CAPTION = "De burgemeester knipt het lint door bij de nieuwe bibliotheek aan de Markt."
CREDITED = "Fietsers op de nieuwe brug bij Hattem op de eerste zaterdag na de opening. Foto: Anne Smit"


def test_a_caption_printed_twice_above_the_title_is_the_caption_then_its_copy() -> None:
    found = kinds(joined(page(CAPTION, CAPTION), TITLE, BODY, MORE))
    assert found[:3] == [(K.CAPTION, CAPTION), (K.SITE_TEXT, CAPTION), (K.HEADLINE, TITLE)]
    assert ("repeated", CAPTION) in aside(joined(page(CAPTION, CAPTION), TITLE, BODY, MORE))


def test_a_credited_caption_printed_twice_is_the_caption_its_credit_then_its_copy() -> None:
    found = kinds(joined(TITLE, BODY, page(CREDITED, CREDITED), MORE))
    caption = CREDITED.split(" Foto:")[0]
    assert (K.CAPTION, caption) in found
    assert found.index((K.CAPTION, caption)) < found.index((K.SITE_TEXT, CREDITED))
    # printed once it is the caption, no copy set aside
    assert ("repeated", CREDITED) not in aside(joined(TITLE, BODY, CREDITED, MORE))

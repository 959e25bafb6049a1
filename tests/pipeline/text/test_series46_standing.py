"""Round series46 (issue 21): a series' or a programme's standing lines, found by their grammatical shape
(pipeline.text.page_voice_rules: OTHER_NEWS) — the closing "Dit en ander nieuws … in PROGRAMMA". Article sentences
of a standing line's shape stay: no product named, a report on someone else's series, a programme quoted. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, aside, joined, kept

STANDING = (
    # a regional broadcaster's closing formula
    "Dit en ander nieuws uit de regio in Omroep Zeeland Nieuws.",
    # a local broadcaster's
    "Dit en meer nieuws uit Lansingerland in Studio Lansingerland Actueel.",
)
ARTICLE = (
    "De gemeente zet elke week afval aan de straat.",
    "Wij bespreken dat elke week met de raad.",
    "In de serie bespreken ze elke week een nieuwe zaak uit de rechtbank.",
    "In het programma bespreken we elke week de politiek, zei presentator Jansen.",
    "'In ons programma bespreken we elke week de politiek.'",
    "Elke week spreken we met de burgemeester in het gemeentehuis.",
)


@pytest.mark.parametrize("line", STANDING)
def test_a_standing_line_of_a_series_is_set_aside(line: str) -> None:
    assert line in [text for _, text in aside(joined(TITLE, BODY, line, LONG, MORE))]
    assert LONG in kept(joined(TITLE, BODY, line, LONG, MORE))


@pytest.mark.parametrize("sentence", ARTICLE)
def test_an_article_sentence_of_the_same_shape_stays(sentence: str) -> None:
    text = joined(TITLE, BODY, f"{LONG} {sentence}", MORE)
    assert sentence in kept(text)
    assert not aside(text)

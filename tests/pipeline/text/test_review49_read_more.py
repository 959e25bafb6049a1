"""Review 49 probes of the read-more rule (site_rules.SPAN_READ_MORE, LINE_READ_MORE): a card's link wordings ("Kijk
verder", "Luister meer", "Lees het bericht") are read-more links on a line of their own, but inside a paragraph of
article text they are the writer's words — a sentence closing it is not a teaser tail. The texts are made up."""

from __future__ import annotations

import pytest

from pipeline.text import patterns
from pipeline.text.spans import site_spans

ENDINGS = (
    "De trainer bleef na de nederlaag tegen Ajax opvallend rustig. Ik kijk verder dan dat.",
    "De burgemeester riep de inwoners op om elkaar te helpen. Luister meer naar elkaar.",
    "De wethouder wil de plannen nog niet opgeven. We kijken verder, zei ze. Bekijk verder de cijfers.",
)


@pytest.mark.parametrize("text", ENDINGS)
def test_a_card_links_wording_closing_a_paragraph_is_article_text(text):
    assert site_spans(text) == []


@pytest.mark.parametrize("line", ("Kijk verder", "Luister meer »", "Lees het hele bericht", "» Lees verder"))
def test_on_a_line_of_its_own_it_is_a_read_more_link(line):
    assert patterns.LINE_READ_MORE.fullmatch(line.rstrip(" »")) or patterns.LINE_READ_MORE.match(line)

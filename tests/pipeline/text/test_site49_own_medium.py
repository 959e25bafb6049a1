"""A sentence sending the reader to the outlet's own medium (site49, pipeline.text.pointer_rules LINK_POINTER_END): the
reader addressed, a verb to read, watch or follow, and "in/via/op ons/onze" with what the link opened (an article,
a liveblog, a podcast, the outlet's news or app) — glued to a paragraph's end, as different Dutch and Flemish sites
word it (invented here), beside sentences of the same shape that stay the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoe de wedstrijd verliep, lees je in ons verslag.",  # a regional daily's sports page
        "Via onze app blijf je altijd op de hoogte.",  # a regional broadcaster
        "Het gesprek met de trainer beluister je in onze podcast.",  # a Flemish local radio station
        "Wat de raad besloot, zie je vanavond in ons nieuws.",  # a local TV station
        "Alle uitslagen vind je op onze liveblog.",  # a news site's live page
    ],
)
def test_a_sentence_sending_the_reader_to_the_outlets_medium_is_set_aside(sentence: str) -> None:
    text = joined(TITLE, f"{BODY} {sentence}", MORE)
    assert ("link", sentence) in aside(text)
    assert BODY in kept(text) and MORE in kept(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat zie je ook in onze buurt, waar de huizen leeg staan.",  # a place, no medium
        "Via onze leden blijven we op de hoogte van de plannen.",  # no reader addressed
        "In ons land lees je daar weinig over.",  # the country, no medium
    ],
)
def test_a_sentence_of_the_same_shape_stays(sentence: str) -> None:
    paragraph = f"{BODY} {sentence}"
    assert paragraph in kept(joined(TITLE, paragraph, MORE))

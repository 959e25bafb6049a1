"""Review of stop 38's structure rules (issue 21: article text is never set aside): article text written here in the
shape of each new or narrowed rule, run through the real pass. Each probe that broke a rule is kept as a test beside
the rule's fix; the site text the rule exists for must still go (its own tests: test_structgen38, test_headline38,
test_aside38)."""

from __future__ import annotations

import pytest

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined, kept, page

# --- shape38_rules.SITE_LINES "repeated": a chant, a refrain or a headline saying its phrase again ----------------

SAID_AGAIN = (
    "Leve de koning leve de koning",  # the crowd on King's Day
    "Nooit meer oorlog nooit meer oorlog",  # a chant at a commemoration
    "Wij willen huizen wij willen huizen",
    "Laat me laat me",  # a refrain
    "Het regent het regent",
    "Sneller sneller sneller",
    "Ja ja ja ja ja ja",  # someone quoted in an interview
)


@pytest.mark.parametrize("line", SAID_AGAIN)
def test_a_phrase_said_again_with_a_space_is_no_repeated_site_line(line: str) -> None:
    assert patterns.site_line_reason(line) is None
    for text in (
        joined(TITLE, BODY, "Op het plein zongen de supporters steeds weer hetzelfde:", line, MORE),
        joined(TITLE, BODY, page("Het refrein gaat zo:", line, "en dan begint het weer van voren af aan"), MORE),
    ):
        assert not aside(text), text
        assert line in kept(text)


def test_a_headline_that_says_its_word_again_stays_the_headline() -> None:
    for title in ("Oefenen oefenen oefenen", "Woningen woningen woningen"):
        text = joined(title, BODY, MORE)
        assert headline(text) == title
        assert not aside(text)


def test_a_phrase_glued_to_its_copy_or_spaced_four_times_over_still_goes() -> None:
    for line in (
        "OPENING JUBILEUMJAAR HEEMKUNDEKRINGOPENING JUBILEUMJAAR HEEMKUNDEKRING",
        "foto: Anatolii Stepanov / AFPfoto: Anatolii Stepanov / AFP",
        "header foto header foto header foto header foto header foto header foto",
        "_" * 60,
    ):
        assert patterns.site_line_reason(line) == "repeated", line

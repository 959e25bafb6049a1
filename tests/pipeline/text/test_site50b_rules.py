"""Rules of round site50b (issue 21; the widened link pointer, found on site text of Tubantia and De Stentor — one
publisher's template — and on one Telegraaf story text): each on wordings written here, with an article line of the
same shape beside them that stays the article's."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept

# --- pointer_rules.LINK_POINTER_END: plural labels, an update, "al onze" and two words before the label ----------

POINTERS = (
    "Lees hier de nieuwsupdate uit Deventer.",
    "Lees hier al onze verhalen over de nieuwe brug.",
    "Bekijk hier alle updates over de storing.",
    "Lees HIER de korte updates uit Brussel.",
    "Lees hier de eerdere interviews met de burgemeester.",
)


@pytest.mark.parametrize("pointer", POINTERS)
def test_a_read_here_pointer_at_updates_or_stories_closing_a_paragraph_is_set_aside(pointer: str) -> None:
    text = joined(TITLE, BODY, f"{MORE} {pointer}")
    assert aside(text) == [("link", pointer)]
    assert MORE in kept(text)


def test_two_things_named_before_the_label_stay_article_text() -> None:
    for line in (
        "Volg hier de uitslagen en reacties.",  # "en" before the label: a second thing named, the article's
        "Lees hier de cijfers of verhalen van de bewoners zelf na.",
    ):
        text = joined(TITLE, BODY, f"{MORE} {line}")
        assert aside(text) == [], line
        assert line in kept(text)

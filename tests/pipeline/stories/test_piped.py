"""Headlines of items a pipe joins (`piped`): a round-up, not a headline with a label."""

from __future__ import annotations

from pipeline.stories import events, piped
from tests.pipeline.stories.texts import at, feat

ROUNDUP_TITLE = "Hockeysters spelen eerste halve finale | Zoektocht naar vermiste duiker hervat"


def test_two_items_a_pipe_joins_are_a_roundup() -> None:
    assert piped.two_items(ROUNDUP_TITLE)
    assert "roundup" in events.marks(ROUNDUP_TITLE, "")


def test_a_label_after_a_pipe_is_no_second_item() -> None:
    assert not piped.two_items("Zuid-Afrika - Nederland (groep B) | EK 2022")
    assert not piped.two_items("Kabinet moet nu doorpakken. Commentaar | Piet van Dam")
    assert "roundup" not in events.marks("Peru-Zweden (groep C) | EK 2022", "")


def test_the_roundups_headline_names_only_its_lead_item() -> None:
    terms = feat("a1", "NOS", at(hours=7), ROUNDUP_TITLE, "Het nieuws van de ochtend.").title_terms
    assert any(t.startswith("hockey") for t in terms)
    assert not any(t.startswith("duiker") for t in terms)

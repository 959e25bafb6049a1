"""A name made of capitalised names written with a hyphen ("Jumbo-Visma", "Jumbo-Visma-ploegbaas") gives
each part as a story term too, so a text that writes the team that way meets the text that names it
"Jumbo" or "Visma"; a thing of a name ("PSV-trainer", "rapport-Wennink") and a region or office
("Noord-Gaza", "Kabinet-Schoof") give none. Texts written for these tests."""

import pytest

from pipeline.stories import features
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.features import stem
from tests.pipeline.stories.texts import at, feat, unrelated_window

TRANSFER = (
    "Kruijswijk verlengt contract bij Jumbo-Visma",
    "Steven Kruijswijk heeft zijn contract bij Jumbo-Visma met twee jaar verlengd. De Fries reed dit jaar naar "
    "het podium in de Tour de France en blijft kopman van de Jumbo-Visma-ploeg.",
)
REACTION = (  # the same day: the team's manager, naming the team "Visma"
    "Plugge: 'Kruijswijk hoort bij Visma'",
    "Ploegbaas Richard Plugge is blij dat zijn kopman blijft.",
)


def _terms(title: str) -> set[str]:
    return {t for t, _ in feat("x", "NOS", at(), title, "").terms}


def test_the_parts_of_a_name_made_of_names_are_terms():
    assert {stem("jumbo"), stem("visma")} <= _terms("Dumoulin naar Jumbo-Visma")
    assert {stem("jumbo"), stem("visma")} <= _terms("Jumbo-Visma-ploegbaas Plugge blij")
    # a thing of a name, a region or office, a capital that may only open a sentence, lower-case parts
    assert stem("wennink") not in _terms("Kabinet neemt rapport-Wennink over")
    assert "psv" not in _terms("Zege voor PSV-trainer Bosz")
    assert "gaza" not in _terms("Luchtaanval in Noord-Gaza")
    assert stem("schoof") not in _terms("Kabinet-Schoof schrapt subsidie")
    assert stem("oud") not in _terms("Oud-topman wordt commissaris")
    assert not {"btw", stem("verhoging")} & _terms("Kabinet wil btw-verhoging")
    assert not {"wk", stem("finale")} & _terms("Oranje in WK-finale")


def _run() -> tuple[int, int, float]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    transfer = assign(feat("t", "NOS", at(0, 1), *TRANSFER), store, settings).story_id
    reaction = assign(feat("r", "AD", at(0, 4), *REACTION), store, settings)
    return transfer, reaction.story_id, reaction.score


def test_a_reaction_naming_the_team_by_one_part_joins_closer(monkeypatch: pytest.MonkeyPatch):
    transfer, reaction, with_parts = _run()
    assert reaction == transfer
    monkeypatch.setattr(features, "PART_WEIGHT", 0.0)
    _, _, without = _run()
    assert with_parts > without  # "Visma" meets the "Visma" of "Jumbo-Visma"

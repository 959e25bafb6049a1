"""A name made of capitalised names written with a hyphen ("Jumbo-Visma", "Jumbo-Visma-ploegbaas") gives
each part as a story term too, so a text that writes the team that way meets the text that names it
"Jumbo" or "Visma"; a thing of a name ("PSV-trainer", "rapport-Wennink") and a region or office
("Noord-Gaza", "Kabinet-Schoof") give none. Texts written for these tests."""

import pytest

from pipeline.stories import terms
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.terms import stem
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
    assert "btw" not in _terms("Kabinet wil btw-verhoging")  # a lower-case part in front: no name
    assert "wk" not in _terms("Oranje in WK-finale")


def _run() -> tuple[int, int, float]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    transfer = assign(feat("t", "NOS", at(0, 1), *TRANSFER), store, settings).story_id
    reaction = assign(feat("r", "AD", at(0, 4), *REACTION), store, settings)
    return transfer, reaction.story_id, reaction.score


def test_a_reaction_naming_the_team_by_one_part_joins_closer(monkeypatch: pytest.MonkeyPatch):
    transfer, reaction, with_parts = _run()
    assert reaction == transfer
    monkeypatch.setattr(terms, "PART_WEIGHT", 0.0)
    _, _, without = _run()
    assert with_parts > without  # "Visma" meets the "Visma" of "Jumbo-Visma"


# --- the head of a hyphenated compound (terms.add_head) ---------------------------------------------

PLAN = (
    "Crisisoverleg in kabinet over BBB-mestplan",
    "Het kabinet praat dinsdagavond in crisissfeer over het BBB-mestplan van minister Groenveld. Coalitiepartners "
    "vrezen dat het BBB-mestplan de natuurdoelen onhaalbaar maakt.",
)
MOTION = (  # the next morning, 14 hours on (no second look): the plan as a plain "mestplan"
    "Kamer wil dat minister mestplan in la legt",
    "Een meerderheid van de Tweede Kamer wil dat minister Groenveld haar mestplan niet doorzet.",
)


def test_the_lower_case_head_of_a_hyphenated_compound_is_a_term():
    assert stem("mestplan") in _terms("Crisisoverleg over BBB-mestplan")
    assert stem("baas") in _terms("Wie is de nieuwe EU-baas?")
    assert stem("veteraan") in _terms("D-day-veteraan maakt sprong")
    assert stem("verhoging") in _terms("Kabinet wil btw-verhoging")


def _plan_run() -> tuple[int, int, float]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    plan = assign(feat("p", "NOS", at(0, 9), *PLAN), store, settings).story_id
    motion = assign(feat("m", "AD", at(0, 23), *MOTION), store, settings)
    return plan, motion.story_id, motion.score


def test_a_follow_up_writing_the_plain_head_joins_the_compounds_story(monkeypatch: pytest.MonkeyPatch):
    plan, motion, with_heads = _plan_run()
    assert motion == plan  # "mestplan" meets the "mestplan" of "BBB-mestplan"
    monkeypatch.setattr(terms, "HEAD_WEIGHT", 0.0)
    _, _, without = _plan_run()
    assert with_heads > without

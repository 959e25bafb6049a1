"""Candidate stories are found by the weight of the terms they share with the article: a short lead whose
heaviest words are its own (a quote in the headline no other article has) still meets its story."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.test_rescue import window_with_bridge
from tests.pipeline.stories.texts import at, feat

# a quote of words of its own (more than fifteen terms no story holds), then whom and what it is about
QUOTE = (
    "'Niemand had zulke haarscheurtjes verwacht: duikers, lassers, schilders en staalbouwers werken dag en "
    "nacht door, desnoods met kerst'",
    "Dat zegt projectleider Marieke Sloothaak over de IJsselbrug bij Zwolle.",
)


def test_a_lead_whose_heaviest_words_are_its_own_still_meets_its_story():
    # a low threshold: the lead joins the bridge story if it is compared with it at all
    settings = replace(ClusterSettings(), threshold=0.15)
    store, bridge = window_with_bridge(settings)
    quote = assign(feat("nu", "NU.nl", at(0, 3), *QUOTE), store, settings)
    assert quote.story_id == bridge and not quote.created

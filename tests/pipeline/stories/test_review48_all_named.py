"""Review of stop 48's story joins (helper review48): a short lead of another event that names only what its
story's articles name — the two clubs of a match (its next match's draw), the town and the pool of an alderman's
leaving (the pool shut for legionella) — must not join that story on the second look. Texts written for these
tests; the mechanism of tests/pipeline/stories/texts.second_look with a story of two articles."""

from __future__ import annotations

from importlib.util import find_spec

import pytest

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued
from tests.pipeline.stories.texts import at, feat, unrelated_window

MATCH = (
    "Ajax wint topper van PSV",
    "Ajax heeft zondagmiddag de topper tegen PSV met 2-1 gewonnen. De thuisploeg stond bij rust al met 2-0 voor."
    " PSV kwam na de pauze nog terug tot 2-1, maar verder kwamen de bezoekers niet.",
)
MATCH_TOO = (
    "PSV onderuit bij Ajax",
    "PSV heeft zondag verloren van Ajax. De bezoekers kwamen niet verder dan één doelpunt in de tweede helft.",
)
# the next match: the cup draw of the evening after (rule 4: the next match is another story)
DRAW = (
    "Ajax en PSV treffen elkaar in de beker",
    "Ajax en PSV spelen in de kwartfinale van de beker opnieuw tegen elkaar. Dat bleek maandagavond bij de loting.",
)
RESIGNS = (
    "Wethouder stapt op na ruzie over zwembad",
    "Wethouder Pieter Smit van Rijnstad is maandag opgestapt. Hij kreeg ruzie met de gemeenteraad over de bouw van"
    " het nieuwe zwembad De Wielen. De oppositie had al weken kritiek op de hoge kosten van het bad.",
)
RESIGNS_TOO = (
    "Smit weg als wethouder",
    "In Rijnstad is wethouder Smit vertrokken. De ruzie over zwembad De Wielen liep hoog op in de raad.",
)
# the same town and pool, another event: the pool shut for legionella, nobody named
LEGIONELLA = (
    "Zwembad dicht om legionella",
    "Zwembad De Wielen in Rijnstad is dinsdag gesloten nadat legionella in het water is gevonden.",
)


PRE_EXISTING = (
    "review48: pre-existing on main 81e1e208 (the lead joins at the first look, cluster.assign at default settings): a "
    "short lead of another event naming only its story's names is not told apart (rule 4: the next match is another "
    "story; a pool shut for legionella is no news of the alderman's leaving). A call for the stories lead."
)
# stories48 (not merged when written): `all_named` rescues such a lead at the second look even when the first look
# leaves it apart
ALL_NAMED = find_spec("pipeline.stories.all_named") is not None


def _assigned(story: tuple[tuple[str, str], tuple[str, str]], lead: tuple[str, str], hours: float) -> tuple[set, int]:
    """The story ids of the story's two articles and that of the lead, assigned in turn at default settings."""
    settings = ClusterSettings()
    store = unrelated_window(settings)
    first = assign(feat("a", "Omroep Oost", at(0, 1), *story[0]), store, settings)
    second = assign(feat("a2", "Dagblad Oost", at(0, 1.5), *story[1]), store, settings)
    lead_story = assign(feat("b", "Omroep West", at(0, hours), *lead), store, settings).story_id
    return {first.story_id, second.story_id}, lead_story


def _second_look(story: tuple[tuple[str, str], tuple[str, str]], lead: tuple[str, str], hours: float) -> bool:
    """Whether `lead`, scoring 0.2 with the story of two articles (tests/pipeline/stories/texts.second_look), joins
    it on the second look."""
    settings = ClusterSettings()
    store = unrelated_window(settings)
    first = assign(feat("a", "Omroep Oost", at(0, 1), *story[0]), store, settings)
    second = assign(feat("a2", "Dagblad Oost", at(0, 1.5), *story[1]), store, settings)
    assert second.story_id == first.story_id
    article = feat("b", "Omroep West", at(0, hours), *lead)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(article, name_weights(article, store, prior), (0.2, first.story_id), store, settings)


@pytest.mark.xfail(reason=PRE_EXISTING, strict=True)
def test_the_next_matchs_draw_naming_only_the_two_clubs_stays_apart_from_the_match():
    match, lead = _assigned((MATCH, MATCH_TOO), DRAW, hours=9)
    assert lead not in match


@pytest.mark.xfail(reason=PRE_EXISTING, strict=True)
def test_the_pool_shut_for_legionella_stays_apart_from_the_aldermans_leaving():
    leaving, lead = _assigned((RESIGNS, RESIGNS_TOO), LEGIONELLA, hours=9)
    assert lead not in leaving


@pytest.mark.xfail(
    condition=ALL_NAMED,
    reason="review48: stories48's all_named rescues, at the second look, a short lead of another event whose every "
    "name (Rijnstad, De Wielen) its story's two articles give: the pool shut for legionella joins the alderman's "
    "leaving. Names alone do not make one event: the rule needs a word of what happened too (lead's call).",
    strict=True,
)
def test_the_second_look_does_not_join_the_pool_shut_for_legionella_by_its_names_alone():
    assert not _second_look((RESIGNS, RESIGNS_TOO), LEGIONELLA, hours=9)

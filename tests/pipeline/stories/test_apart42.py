"""Weak evidence on the second look (`weak`, `rescue.rescued`): a short lead sharing with a story one rare name (the
town) beside a headline word that general Dutch news writes all the time reports another event; one sharing a
headline word of what happened that news seldom writes still joins."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued
from pipeline.stories.weak import common, uncommon
from tests.pipeline.stories.texts import at, feat, unrelated_window

PARKING = (
    "Zutphenaren klagen over parkeren en auto's in binnenstad",
    "Inwoners van Zutphen klagen steeds vaker over parkeeroverlast in de binnenstad, blijkt uit de stadspeiling.",
)
SQUARE = (  # another item on the town: one rare name (the town) and a word all news writes ("auto")
    "Raadslid wil minder auto's op plein in Zutphen",
    "Een raadslid van Zutphen wil het plein bij de Houtmarkt autoluw maken.",
)
PARKING_AGAIN = (  # the survey's news: a word of what happened that news seldom writes
    "Zutphen belooft iets te doen aan parkeeroverlast",
    "De gemeente Zutphen gaat na de klachten handhaven op parkeeroverlast in de binnenstad.",
)


def _second_look(story: list[tuple[str, str]], lead: tuple[str, str], settings: ClusterSettings) -> bool:
    """Whether `lead`, scoring 0.2 with the story of `story` (a window of 60 unrelated items first), joins it."""
    store = unrelated_window(settings)
    ids = {assign(feat(f"s{i}", "NOS", at(0, 1 + i), *t), store, settings).story_id for i, t in enumerate(story)}
    assert len(ids) == 1
    article = feat("x", "AD", at(0, 5), *lead)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(article, name_weights(article, store, prior), (0.2, ids.pop()), store, settings)


def test_one_town_and_a_common_word_is_no_event():
    settings = ClusterSettings()
    assert not _second_look([PARKING], SQUARE, settings)
    assert _second_look([PARKING], SQUARE, replace(settings, rescue_common=0.0))  # "auto" was the join


def test_the_town_and_a_word_of_what_happened_still_joins():
    assert _second_look([PARKING], PARKING_AGAIN, ClusterSettings())


def test_common_reads_general_dutch_news():
    assert common(["auto", "tijd", "parkeeroverlast"], 0.02) == {"auto", "tijd"}
    assert common(["auto"], 0.0) == frozenset()
    assert uncommon(("raadslid", "auto", "plein"), 0.02) == ("raadslid", "plein")
    assert uncommon(("kamer", "tijd"), 0.02, ["eerste kamer"]) == ("kamer",)  # the shared name's own word

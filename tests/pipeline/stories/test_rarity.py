"""The prior of Dutch word rarity: from the first article of an empty store, common Dutch words weigh
less than rare names and words, and the prior fades as the window fills. Texts written for these tests."""

from dataclasses import replace

import pytest

from pipeline.stories import rarity
from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.terms import stem
from pipeline.stories.vectors import tfidf
from tests.pipeline.stories.texts import at, feat

ESCAPE = (
    "Zeehond Snuffie ontsnapt uit opvang Pieterburen",
    "Een jonge zeehond is ontsnapt uit de zeehondenopvang in Pieterburen. Het gaat om Snuffie, "
    "een pup die vorige maand ziek werd gevonden op het strand van Schiermonnikoog.",
)
# the same event told with other, everyday words: it shares the rare ones ("Snuffie", "Pieterburen", "zeehond")
SEARCH = (
    "Nog geen spoor van Snuffie",
    "Tientallen vrijwilligers zijn de hele dag op pad geweest, maar het dier is nog niet terecht, laat "
    "het centrum in Pieterburen weten. Mensen die een zeehond zien liggen, moeten afstand houden en de "
    "politie of de gemeente bellen. Volgens de verzorgers is de kans klein dat het jonge beest het lang "
    "volhoudt zonder eten en zorg van mensen die weten wat ze doen. De zoektocht gaat verder als het weer "
    "het toelaat.",
)
WINDOW_ONLY = replace(ClusterSettings(), prior_docs=0.0)


def test_common_dutch_words_are_expected_in_more_articles_than_rare_names():
    assert rarity.share("@nederland") > rarity.share("@amsterdam") > rarity.share("@pieterburen")
    assert rarity.share("@sarvarov") == 0.0  # not in the table: rare
    assert rarity.share(stem("gemeente")) > 0.05  # an everyday term
    # a name of several words, or a hyphenated word, is as common as its rarest part
    assert rarity.share("@jan sarvarov") == 0.0
    assert rarity.share("@den haag") == pytest.approx(rarity.share("@haag"))
    assert rarity.share("wk-sarvarov") == 0.0


def test_the_prior_fades_as_the_window_fills():
    assert rarity.pseudo_docs(0, 50.0, 100.0) == 50.0
    assert rarity.pseudo_docs(50, 50.0, 100.0) == 25.0
    assert rarity.pseudo_docs(100, 50.0, 100.0) == rarity.pseudo_docs(5000, 50.0, 100.0) == 0.0
    assert rarity.pseudo_docs(5000, 50.0, 0.0) == 50.0  # fade 0: never fades
    assert rarity.frequencies(10, 3, "@sarvarov", 0.0) == (10.0, 3.0)  # no prior: the window's own


def test_in_an_empty_store_a_common_name_weighs_less_than_a_rare_one():
    store = MemoryStoryStore()
    article = feat("a", "x", at(), "Nederland helpt Snuffie", "De zeehond Snuffie krijgt hulp uit heel Nederland.")
    store.add_document(["@" + n for n in article.names], article.day)
    weights = name_weights(article, store, 50.0)
    assert weights["snuffie"] == pytest.approx(1.0)
    assert weights["nederland"] < 0.7
    alone = name_weights(article, store)  # the window alone (one article): every name looks as rare
    assert alone["snuffie"] == alone["nederland"] == 1.0


def test_in_an_empty_store_a_rare_word_weighs_more_than_a_common_one():
    store = MemoryStoryStore()
    article = feat("a", "x", at(), "Gemeente zoekt zeehond", "De gemeente zoekt de zeehond.")
    store.add_document([t for t, _ in article.terms], article.day)
    with_prior = tfidf(article, store, prior_docs=50.0)
    common = stem("gemeente")
    assert with_prior["zeehond"] > 1.3 * with_prior[common]
    alone = tfidf(article, store)
    assert alone["zeehond"] == pytest.approx(alone[common])


def test_the_first_two_articles_of_an_empty_store_join_on_their_rare_words():
    store = MemoryStoryStore()
    first = assign(feat("a", "Dagblad", at(), *ESCAPE), store)
    second = assign(feat("b", "Omroep", at(hours=2), *SEARCH), store)
    assert second.story_id == first.story_id and not second.created
    # with idf of the two articles alone, the shared rare words weigh less than the other words
    store = MemoryStoryStore()
    first = assign(feat("a", "Dagblad", at(), *ESCAPE), store, WINDOW_ONLY)
    assert assign(feat("b", "Omroep", at(hours=2), *SEARCH), store, WINDOW_ONLY).created


def test_without_a_readable_table_the_clusterer_goes_on_without_the_prior_and_says_so_once(
    monkeypatch, tmp_path, caplog
):
    monkeypatch.setattr(rarity, "TABLE", tmp_path / "missing.tsv.gz")
    rarity._shares.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="pipeline.stories.rarity"):
            store = MemoryStoryStore()
            first = assign(feat("a", "Dagblad", at(), *ESCAPE), store)
            second = assign(feat("b", "Omroep", at(hours=2), *SEARCH), store)
        assert not rarity.available()
        warnings = [r for r in caplog.records if r.name == "pipeline.stories.rarity"]
        assert len(warnings) == 1 and "missing.tsv.gz" in warnings[0].getMessage()
        assert "build_rarity.py" in warnings[0].getMessage()
        # as with the prior off: the window's own frequencies
        window = MemoryStoryStore()
        assign(feat("a", "Dagblad", at(), *ESCAPE), window, WINDOW_ONLY)
        alone = assign(feat("b", "Omroep", at(hours=2), *SEARCH), window, WINDOW_ONLY)
        assert second.created == alone.created and second.score == pytest.approx(alone.score)
        assert first.created
    finally:
        rarity._shares.cache_clear()


def test_a_year_or_a_short_or_round_number_is_common_and_a_specific_figure_rare():
    # the table has no numbers: a year or a percentage two items share is no sign of one event
    for common in ("#2027", "#12", "#2.5", "#100", "#2500"):
        assert rarity.share(common) == pytest.approx(rarity.share(stem("gemeente")), abs=0.03), common
    assert rarity.share("#1250") == rarity.share("#48317") == 0.0

"""When two stories of the window may merge: alike words, a telling name both are about, and
event marks that agree (Tour stage 4 and Giro Rosa stage 4 stay apart)."""

from dataclasses import replace
from datetime import date

from pipeline.stories.cluster import ClusterSettings
from pipeline.stories.evidence import NAME_PREFIX
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.merge import _alike, merge_if_one
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat

CENTROID = {"etapp": 1.0, "sprint": 0.8, "rit": 0.6}


def state(story_id: int, names: dict[str, int], marks: tuple[str, ...] = ()) -> StoryState:
    size = max(names.values())
    return StoryState(
        story_id=story_id,
        first_seen=at(0, 1),
        last_seen=at(0, 2),
        article_ids=tuple(f"{story_id}-{i}" for i in range(size)),
        outlets=("NOS",),
        centroid=CENTROID,
        norm=sum(v * v for v in CENTROID.values()) ** 0.5,
        names=names,
        days=(date(2026, 3, 2),),
        dates=frozenset(),
        marks=marks,
    )


def window() -> MemoryStoryStore:
    store = MemoryStoryStore()
    for i in range(80):  # a window of articles: a name in two of them is telling
        store.add_document([f"w{i}", NAME_PREFIX + f"naam{i}"], date(2026, 3, 2))
    for name in ("groenewegen", "borghesi", "tour"):
        store.add_document([NAME_PREFIX + name, NAME_PREFIX + name], date(2026, 3, 2))
    return store


def test_alike_stories_about_one_rare_name_may_merge():
    store, settings = window(), ClusterSettings()
    assert _alike(state(1, {"groenewegen": 3, "tour": 1}), state(2, {"groenewegen": 2}), store, settings)


def test_alike_stories_about_other_names_do_not_merge():
    store, settings = window(), ClusterSettings()
    # "tour" is named once in a three-article story: not what that story is about
    assert not _alike(state(1, {"groenewegen": 3, "tour": 1}), state(2, {"borghesi": 2, "tour": 2}), store, settings)


def test_stories_whose_event_marks_clash_do_not_merge():
    store, settings = window(), ClusterSettings()
    stage3 = state(1, {"groenewegen": 3}, ("round:3",))
    stage4 = state(2, {"groenewegen": 2}, ("round:4",))
    assert not _alike(stage3, stage4, store, settings)


def test_an_article_fitting_a_lone_first_report_beside_its_grown_story_merges_them():
    """The first short report of an escape (the clinic's word: 0.45 alike the police's search story that
    grew beside it) and that story: the sister's interview scores 0.3 with the lone report, above the
    threshold, and both are about the one village."""
    store, settings = window(), ClusterSettings()
    grown = state(1, {"groenewegen": 3})
    lone = replace(state(2, {"groenewegen": 1}), centroid={"etapp": 1.0, "kliniek": 1.2})
    lone = replace(lone, norm=sum(v * v for v in lone.centroid.values()) ** 0.5)
    assert 0.42 <= _alike_cosine(grown, lone) < 0.5
    store.save_story(grown)
    store.save_story(lone)
    article = feat("z", "AD", at(0, 3), "Zus van ontsnapte man", "De zus van de man is bezorgd.")
    merges = merge_if_one(grown, [(0.6, 1), (0.3, 2)], article, store, settings)
    assert [(m.kept, m.absorbed) for m in merges] == [(1, 2)]


def _alike_cosine(a: StoryState, b: StoryState) -> float:
    return sum(w * b.centroid.get(t, 0.0) for t, w in a.centroid.items()) / (a.norm * b.norm)

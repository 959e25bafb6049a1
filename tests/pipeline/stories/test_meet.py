"""Two sizable stories of the window that grew side by side about one event merge when one grows
(`meet.merge_met`); two events of one place, club or person stay apart. The stories, names and terms
are made up for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.evidence import NAME_PREFIX
from pipeline.stories.meet import merge_met
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.store import StoryState
from pipeline.stories.vectors import norm
from tests.pipeline.stories.texts import at, feat, unrelated_window

DAY = date(2026, 3, 2)
RARE = ("peter m", "jannienne", "den dolder", "brouwersdam", "ten hag", "zwolle", "trump", "utrecht")


def window() -> MemoryStoryStore:
    """A window of 80 articles with names of their own; the names the stories share are each in a few."""
    store = MemoryStoryStore()
    for i in range(80):
        store.add_document([f"w{i}", NAME_PREFIX + f"naam{i}"], DAY)
    for name in RARE:
        store.add_document([NAME_PREFIX + name], DAY)
        store.add_document([NAME_PREFIX + name], DAY)
    return store


def vector(shared: int, own: str, total: int = 5) -> dict[str, float]:
    """`total` unit terms, the first `shared` common to every vector made here: two of them are
    shared/total alike."""
    return {(f"t{i}" if i < shared else f"{own}{i}"): 1.0 for i in range(total)}


def story(
    story_id: int,
    size: int,
    names: tuple[str, ...],
    centroid: dict[str, float],
    hours: tuple[float, float] = (0.0, 3.0),
    marks: tuple[str, ...] = (),
) -> StoryState:
    return StoryState(
        story_id=story_id,
        first_seen=at(0, hours[0]),
        last_seen=at(0, hours[1]),
        article_ids=tuple(f"{story_id}-{i}" for i in range(size)),
        outlets=("NOS",),
        centroid=centroid,
        norm=norm(centroid),
        names={n: size for n in names},
        days=(DAY,),
        dates=frozenset(),
        marks=marks,
    )


def meet(a: StoryState, b: StoryState, settings: ClusterSettings | None = None) -> MemoryStoryStore:
    """Store both stories, let `a` grow by its last article (scoring 0.3 with `b`) and return the store."""
    store = window()
    for s in (a, b):
        store.save_story(s)
        for aid in s.article_ids:
            store.set_article_story(aid, s.story_id, DAY)
    article = feat(a.article_ids[-1], "NOS", a.last_seen, "Kop", "Tekst.")
    merge_met(a, [(0.9, a.story_id), (0.3, b.story_id)], article, store, settings or ClusterSettings())
    return store


def test_two_stories_of_one_escaped_patient_merge_and_the_merge_is_recorded():
    # the police's search and the sister's word: three shared names, half alike, both that evening;
    # the sister's age beside the patient's is no second case when both name him in full
    police = story(7, 4, ("peter m", "den dolder", "jannienne"), vector(3, "p", 6), (0, 5), ("age:43",))
    sister = story(3, 2, ("peter m", "den dolder", "jannienne"), vector(3, "s", 6), (1, 2), ("age:49",))
    store = meet(sister, police)
    assert store.story(3) is None and store.story(7).size == 6  # the larger keeps its id
    assert store.article_story("3-0") == 7
    assert [(m.kept, m.absorbed) for m in store.merges] == [(7, 3)]


def test_one_storm_night_over_two_stories_merges():
    warning = story(1, 3, ("brouwersdam", "utrecht"), vector(2, "w"))
    damage = story(2, 4, ("brouwersdam", "utrecht"), vector(2, "d"))
    assert [(m.kept, m.absorbed) for m in meet(damage, warning).merges] == [(2, 1)]


def test_stories_of_papers_that_give_dates_only_never_meet_by_their_hours():
    # a print archive's day: every article at the same date, so "within hours" says nothing
    warning = replace(story(1, 3, ("brouwersdam", "utrecht"), vector(2, "w")), first_dated=True, last_dated=True)
    damage = story(2, 4, ("brouwersdam", "utrecht"), vector(2, "d"))
    assert meet(damage, warning).merges == []
    assert meet(replace(damage, last_dated=True), story(1, 3, ("brouwersdam", "utrecht"), vector(2, "w"))).merges == []


def test_two_fires_in_one_town_stay_apart():
    # only the town in common: one shared entity needs more alike words than two fire reports have
    first = story(1, 3, ("zwolle",), vector(2, "a"))
    second = story(2, 2, ("zwolle",), vector(2, "b"))
    assert not meet(second, first).merges


def test_two_cases_with_other_ages_stay_apart_without_a_shared_full_name():
    man = story(1, 3, ("zwolle", "utrecht"), vector(4, "a"), marks=("age:38",))
    woman = story(2, 2, ("zwolle", "utrecht"), vector(4, "b"), marks=("age:45",))
    assert not meet(woman, man).merges


def test_two_matches_of_one_club_stay_apart():
    cup = story(1, 3, ("ten hag", "zwolle"), vector(4, "a"), marks=("score:2-1",))
    league = story(2, 2, ("ten hag", "zwolle"), vector(4, "b"), marks=("score:0-3",))
    assert not meet(league, cup).merges


def test_one_person_in_two_stories_of_a_day_needs_very_alike_words():
    sanctions = story(1, 4, ("trump",), vector(3, "a"))
    iran = story(2, 2, ("trump",), vector(2, "b"))  # 0.4 alike
    assert not meet(iran, sanctions).merges
    close = story(3, 2, ("trump",), vector(3, "c"))  # 0.6 alike: one event
    assert meet(close, sanctions).merges


def test_stories_a_day_apart_stay_apart():
    today = story(1, 3, ("peter m", "jannienne"), vector(4, "a"), (0, 2))
    tomorrow = story(2, 3, ("peter m", "jannienne"), vector(4, "b"), (20, 22))
    assert not meet(tomorrow, today).merges


def test_stories_of_one_article_or_without_shared_names_or_a_roundup_stay_apart():
    big = story(1, 3, ("peter m", "jannienne"), vector(4, "a"))
    assert not meet(story(2, 1, ("peter m", "jannienne"), vector(4, "b")), big).merges
    assert not meet(story(2, 3, ("naam1", "naam2"), vector(4, "b")), big).merges
    roundup = story(2, 3, ("peter m", "jannienne"), vector(4, "b"), marks=("roundup",))
    assert not meet(roundup, big).merges


def test_off_and_unalike_centroids():
    a = story(1, 3, ("peter m", "jannienne"), vector(4, "a"))
    b = story(2, 3, ("peter m", "jannienne"), vector(4, "b"))
    assert not meet(b, a, replace(ClusterSettings(), meet_similarity=0.0)).merges
    assert not meet(story(2, 3, ("peter m", "jannienne"), vector(1, "b")), a).merges  # 0.2 alike


def _two_stories(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> MemoryStoryStore:
    """A window with `first` as one story and `second` as another (its first article made to open a
    story of its own, as a lead that scored just below the threshold would; nothing merges meanwhile)."""
    off = replace(ClusterSettings(), meet_similarity=0.0)
    store = unrelated_window(off)
    for i, (title, body) in enumerate(first + second):
        settings = replace(off, threshold=0.99) if i == len(first) else off
        assign(feat(f"a{i}", "Krant", at(0, 1 + i * 0.5), title, body), store, settings)
    assert len({store.article_story(f"a{i}") for i in range(len(first) + len(second))}) == 2
    return store


SISTER = [
    (
        "Zus van Peter M.: kliniek Vossenberg nam ons niet serieus",
        "Zus Marieke van Peter M. zegt dat de familie zich niet serieus genomen voelt door de kliniek Vossenberg"
        " in Veldhoven. Zij waarschuwde de kliniek al dat haar broer wilde vluchten, vertelt Marieke.",
    ),
    (
        "Familie Peter M. boos op kliniek: 'Hij wilde vluchten'",
        "De familie van Peter M. is boos op de kliniek Vossenberg in Veldhoven. Zus Marieke waarschuwde de kliniek"
        " vorige week al dat haar broer wilde vluchten, maar niemand belde de familie terug.",
    ),
]
SEARCH = [
    (
        "Politie zoekt ontsnapte patiënt Peter M. uit kliniek in Veldhoven",
        "De politie zoekt met een foto naar Peter M., een patiënt die zaterdag niet terugkeerde van zijn verlof uit"
        " de forensische kliniek Vossenberg in Veldhoven. De politie verspreidt zijn signalement en vraagt getuigen"
        " zich te melden.",
    ),
    (
        "Signalement ontsnapte Peter M. verspreid",
        "De politie heeft het signalement verspreid van Peter M., die ontsnapte uit de forensische kliniek"
        " Vossenberg in Veldhoven. Getuigen die hem zien, moeten direct de politie bellen; benader hem niet zelf,"
        " zegt de politie.",
    ),
]
KERKEWIJK = [
    (
        "Uitslaande brand in woning aan de Kerkewijk in Veenendaal",
        "In een woning aan de Kerkewijk in Veenendaal is dinsdagavond een uitslaande brand uitgebroken. De"
        " brandweer schaalde op naar middelbrand; de bewoners konden op tijd naar buiten.",
    ),
    (
        "Woning Kerkewijk Veenendaal onbewoonbaar na brand",
        "De woning aan de Kerkewijk in Veenendaal die dinsdagavond in brand stond, is onbewoonbaar. De brandweer"
        " had het vuur na twee uur onder controle; de bewoners slapen bij familie.",
    ),
]
BERNHARDLAAN = [
    (
        "Brand in schuur aan de Prins Bernhardlaan in Veenendaal",
        "Aan de Prins Bernhardlaan in Veenendaal is dinsdagavond een schuur in brand gevlogen. De brandweer"
        " voorkwam dat het vuur oversloeg naar de woning; de politie onderzoekt of de brand is aangestoken.",
    ),
    (
        "Politie zoekt getuigen van schuurbrand Prins Bernhardlaan",
        "De politie zoekt getuigen van de brand in een schuur aan de Prins Bernhardlaan in Veenendaal."
        " Buurtbewoners zagen dinsdagavond twee jongens wegrennen kort voordat de brand uitbrak.",
    ),
]


def test_assign_merges_two_stories_of_one_escape_when_one_grows():
    store = _two_stories(SISTER, SEARCH)
    body = (
        "De politie zoekt nog altijd naar Peter M., die ontsnapte uit de kliniek Vossenberg in Veldhoven. Zus"
        " Marieke zegt dat de familie niet serieus werd genomen en dat hij wilde vluchten; de politie vraagt"
        " getuigen zich te melden."
    )
    result = assign(feat("z", "Krant", at(0, 4), "Politie en familie zoeken ontsnapte Peter M.", body), store)
    assert len(result.merges) == 1 and store.merges == list(result.merges)
    assert {store.article_story(f"a{i}") for i in range(4)} == {result.story_id}


def test_assign_keeps_two_fires_of_one_town_apart():
    store = _two_stories(KERKEWIJK, BERNHARDLAAN)
    body = (
        "De woning aan de Kerkewijk in Veenendaal is na de uitslaande brand van dinsdagavond gesloopt. De brandweer"
        " onderzoekt nog hoe de brand kon ontstaan."
    )
    result = assign(feat("z", "Krant", at(0, 4), "Brandweer onderzoekt brand Kerkewijk Veenendaal", body), store)
    assert not result.merges and not store.merges
    assert store.article_story("a0") != store.article_story("a2")

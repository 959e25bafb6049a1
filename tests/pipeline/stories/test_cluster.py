from dataclasses import replace
from datetime import timedelta

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import (
    AJAX_SUNDAY,
    AJAX_THURSDAY,
    BRAND_BODY,
    DIJK_DAY2,
    DIJK_DAY3,
    DIJK_OWN,
    DIJK_WIRE,
    STAKING_BODY,
    STORM_FRIDAY,
    STORM_MONDAY,
    at,
    feat,
    unrelated_window,
)


def day_stream():
    return [
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE),
        feat("b1", "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking Zaltbommel", DIJK_OWN),
        feat("s1", "RTV Oost", at(1, 0), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY),
        feat("d3", "NOS", at(2, 3), "Geëvacueerde bewoners Bommelerwaard mogen terug naar huis", DIJK_DAY2),
        feat("d4", "de Volkskrant", at(3, 5), "Waterschap onderzoekt verzakking Waaldijk Zaltbommel", DIJK_DAY3),
    ]


def test_a_story_grows_across_days_and_keeps_its_id():
    store = MemoryStoryStore()
    results = {f.article_id: assign(f, store) for f in day_stream()}
    dijk = {results[k].story_id for k in ("d1", "d2", "d3", "d4")}
    assert dijk == {results["d1"].story_id}
    assert results["d1"].created and not results["d4"].created
    story = store.story(results["d1"].story_id)
    assert story.article_ids == ("d1", "d2", "d3", "d4")
    assert story.outlets == ("NOS", "NU.nl", "Omroep Gelderland", "de Volkskrant")
    assert len(story.days) == 3  # Monday (twice), Wednesday, Thursday


def test_different_events_are_kept_apart():
    store = MemoryStoryStore()
    results = {f.article_id: assign(f, store) for f in day_stream()}
    assert len({results[k].story_id for k in ("d1", "b1", "s1")}) == 3


def test_same_topic_on_another_day_is_another_story():
    store = MemoryStoryStore()
    sunday = assign(feat("aj1", "NOS", at(0, 0), "Ajax wint ruim van FC Utrecht", AJAX_SUNDAY), store)
    thursday = assign(feat("aj2", "NOS", at(3, 12), "Ajax verliest van Lyon in Europa League", AJAX_THURSDAY), store)
    assert sunday.story_id != thursday.story_id
    storm1 = assign(
        feat("st1", "NU.nl", at(0, 8), "Storm Ciarán zorgt voor schade in het zuidwesten", STORM_MONDAY), store
    )
    storm2 = assign(
        feat("st2", "NU.nl", at(4, 8), "Storm Debi zorgt voor overlast in het noorden", STORM_FRIDAY), store
    )
    assert storm1.story_id != storm2.story_id


def test_assignment_is_deterministic_for_a_given_order():
    runs = []
    for _ in range(2):
        store = MemoryStoryStore()
        runs.append([assign(f, store) for f in day_stream()])
    assert runs[0] == runs[1]


def test_a_merge_of_two_stories_is_recorded_and_the_larger_keeps_its_id():
    store = MemoryStoryStore()
    strict = replace(ClusterSettings(), threshold=2.0, plain_cosine=0.0, kin_words=0)  # nothing joins: each its own
    a = assign(
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store, strict
    )
    a2 = assign(
        feat(
            "d1b",
            "Omroep Gelderland",
            at(0, 2),
            "Dijk bij Zaltbommel verzakt",
            "Een Waaldijk bij Zaltbommel is verzakt. Bewoners van Brakel en Poederoijen moesten hun huizen uit en"
            " worden opgevangen in een sporthal. Dijkgraaf Anne Verhoeven spreekt van een ernstige situatie.",
        ),
        store,
        strict,
    )
    b = assign(
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking Zaltbommel", DIJK_OWN),
        store,
        strict,
    )
    assert len({a.story_id, a2.story_id, b.story_id}) == 3
    # with the usual settings the next article fits the stories and they are alike: merged, not silently
    merged_into = {}
    for f in [
        feat(
            "d3",
            "NOS",
            at(0, 8),
            "Dijk Zaltbommel: bewoners Brakel en Poederoijen in sporthal",
            DIJK_OWN + "\n\n" + DIJK_WIRE,
        )
    ]:
        result = assign(f, store, replace(ClusterSettings(), merge_threshold=0.3, merge_similarity=0.3))
        merged_into = result
    assert merged_into.merges, "the two stories were not merged"
    merge = merged_into.merges[0]
    assert store.merges == [merge]
    assert store.story(merge.absorbed) is None
    kept = store.story(merge.kept)
    assert set(kept.article_ids) >= {"d3"} and merge.article_id == "d3"
    for article_id in kept.article_ids:
        assert store.article_story(article_id) == merge.kept


def test_the_window_bounds_the_store():
    store = MemoryStoryStore()
    for f in day_stream():
        assign(f, store)
    before = store.size()
    # a week later: the old stories, documents and signatures are forgotten
    assign(feat("late", "NOS", at(10), "Buschauffeurs Keolis leggen opnieuw werk neer", STAKING_BODY), store)
    after = store.size()
    assert after["stories"] == 1 and before["stories"] >= 3
    assert after["articles"] == 1
    assert after["signatures"] <= 1
    assert store.document_count() == 1


def test_an_article_older_than_the_window_of_a_story_opens_a_new_one():
    store = MemoryStoryStore()
    first = assign(feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), store)
    later = assign(
        feat("d9", "NOS", at(0, 1) + timedelta(days=9), "Dijk bij Zaltbommel verzakt opnieuw", DIJK_DAY3), store
    )
    assert later.story_id != first.story_id and later.created


def test_an_article_without_words_opens_a_story_of_its_own():
    store = MemoryStoryStore()
    first = assign(feat("e1", "NOS", at(0, 1), "", ""), store)
    second = assign(feat("e2", "NOS", at(0, 2), "", "   "), store)
    assert first.created and second.created and first.story_id != second.story_id
    assert second.duplicate_of is None


TRIAL = """De rechtbank in Utrecht heeft een man ({age}) veroordeeld tot {years} jaar cel voor een steekpartij
in een woning in de wijk Kanaleneiland. Het slachtoffer raakte zwaargewond. De officier van justitie had
een hogere straf geëist. De rechtbank vond de verklaringen van getuigen betrouwbaar."""


def test_two_trials_of_one_day_with_other_defendants_are_two_stories():
    def run(settings):
        store = MemoryStoryStore()
        a = assign(
            feat("t1", "NOS", at(0, 1), "Man (38) krijgt cel voor steekpartij", TRIAL.format(age=38, years=6)),
            store,
            settings,
        )
        b = assign(
            feat("t2", "AD", at(0, 5), "Man (52) krijgt cel voor steekpartij", TRIAL.format(age=52, years=4)),
            store,
            settings,
        )
        return a.story_id == b.story_id

    assert run(replace(ClusterSettings(), event_clash=1.0))  # the words alone would join them
    assert not run(ClusterSettings())


MATCH = """{club} heeft in de {round} ronde van het toernooi in Rotterdam {result}. Het duel in de
Ahoy werd gespeeld voor een uitverkochte zaal. Trainer Piet Zandvliet was na afloop {mood}."""


def test_a_match_followed_live_stays_one_story_and_the_next_round_is_another():
    store = MemoryStoryStore()
    club = "Feyenoord Basketbal"
    live = assign(
        feat(
            "m1",
            "NU.nl",
            at(0, 19),
            "Feyenoord leidt met 1-0",
            MATCH.format(club=club, round="tweede", result="een 1-0 voorsprong", mood="nog niet tevreden"),
        ),
        store,
    )
    end = assign(
        feat(
            "m2",
            "NU.nl",
            at(0, 21),
            "Feyenoord wint met 3-1",
            MATCH.format(club=club, round="tweede", result="met 3-1 gewonnen", mood="tevreden"),
        ),
        store,
    )
    next_round = assign(
        feat(
            "m3",
            "NU.nl",
            at(2, 21),
            "Feyenoord verliest met 0-2",
            MATCH.format(club=club, round="derde", result="met 0-2 verloren", mood="teleurgesteld"),
        ),
        store,
    )
    assert end.story_id == live.story_id
    assert next_round.story_id != live.story_id


def test_a_roundup_gathers_no_stories():
    store = MemoryStoryStore()
    roundup = assign(
        feat(
            "w1",
            "NOS",
            at(0, 0),
            "Wekdienst 2/3: dijk Zaltbommel verzakt en buschauffeurs Keolis staken",
            DIJK_WIRE + "\n\n" + STAKING_BODY,
        ),
        store,
    )
    dijk = assign(
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE), store
    )
    staking = assign(feat("s1", "RTV Oost", at(0, 2), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY), store)
    assert len({roundup.story_id, dijk.story_id, staking.story_id}) == 3


FIRE_VEENENDAAL = """In een loods van transportbedrijf Van der Wal aan de Industrieweg in Veenendaal heeft
dinsdagnacht een grote brand gewoed. De brandweer schaalde op naar zeer grote brand vanwege de rook.
Omwonenden kregen een NL-Alert om ramen en deuren te sluiten. Niemand raakte gewond."""

FIRE_HARDERWIJK = """Bij een bedrijfspand van Bakkerij Hoogendoorn in Harderwijk is dinsdagnacht een grote brand
uitgebroken. Door de rook moesten omwonenden ramen en deuren sluiten. De loods is verwoest,
gewonden vielen er niet. De brandweer schaalde op naar zeer grote brand."""


def test_two_fires_in_other_towns_are_two_stories():
    def run(settings):
        store = MemoryStoryStore()
        a = assign(feat("f1", "AD", at(1, 1), "Grote brand in loods", FIRE_VEENENDAAL), store, settings)
        b = assign(feat("f2", "NOS", at(1, 3), "Zeer grote brand in loods", FIRE_HARDERWIJK), store, settings)
        assert a.duplicate_of is None and b.duplicate_of is None
        return a.story_id == b.story_id

    small_window = replace(ClusterSettings(), name_min_docs=0)  # the test's window holds two articles
    assert run(replace(small_window, name_clash=1.0))  # the words alone would join them
    assert not run(small_window)


# a death and the farewell two days later: a developing story's follow-up shares its person and few words
DEATH = (
    "Beeldhouwer Gerrit Hoefnagel (88) overleden",
    "De beeldhouwer Gerrit Hoefnagel is zondag op 88-jarige leeftijd overleden in zijn atelier in Zwolle. Hoefnagel "
    "maakte naam met zijn grote bronzen beelden van werkende mensen, die in tientallen Nederlandse steden op "
    "pleinen staan. Zijn bekendste werk, de Sjouwer, staat sinds 1979 bij het station van Zwolle.",
)
FAREWELL = (
    "Honderden mensen nemen afscheid van Gerrit Hoefnagel",
    "In de Grote Kerk hebben woensdag honderden mensen afscheid genomen van Gerrit Hoefnagel. Zijn kleinkinderen "
    "lazen gedichten voor.",
)


def test_a_follow_up_two_days_later_still_joins_its_story():
    """Monday 11:00 the death, Wednesday 17:00 the farewell (54 hours on): the score decays with the days
    between, slowly enough that a developing story's follow-up still joins (`decay_days`); with the score
    halving every six days it fell just below the threshold."""
    for decay_days, joins in ((ClusterSettings().decay_days, True), (6.0, False)):
        settings = replace(ClusterSettings(), decay_days=decay_days, plain_cosine=0.0)  # the decay alone decides
        store = unrelated_window(settings)
        death = assign(feat("o", "NOS", at(0, 2), *DEATH), store, settings)
        farewell = assign(feat("f", "AD", at(2, 8), *FAREWELL), store, settings)
        assert (farewell.story_id == death.story_id) is joins

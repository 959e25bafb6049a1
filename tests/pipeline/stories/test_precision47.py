"""Stop 47's fewer wrong joins on a fresh day (issue 19). A Thursday's articles all say "donderdag", and a big story's
days are all its articles': sharing only the day they are published on with a big story is no sign of one event
(`today`), while a day before the article's own, the event's, still is. And on a fresh day a big story whose articles name an institution a handful of times does not own it (`owned`):
the inspectorate's report on another school stays apart from the day's story of one school's report."""

from dataclasses import replace
from datetime import date, timedelta

from pipeline.stories import owned
from pipeline.stories.cluster import ClusterSettings, score
from pipeline.stories.store import StoryState
from pipeline.stories.today import agree_bonus
from tests.pipeline.stories.texts import at, feat

SETTINGS = ClusterSettings()
MONDAY = at(0, 1).date()


def _story(dates: frozenset[date], names: dict[str, int] | None = None, size: int = 1) -> StoryState:
    return StoryState(
        story_id=1,
        first_seen=at(0, 1),
        last_seen=at(0, 2),
        article_ids=tuple(f"a{i}" for i in range(size)),
        outlets=("AD", "NOS", "Trouw"),
        centroid={"rapport": 1.0},
        norm=1.0,
        names=names or {},
        days=(MONDAY,),
        dates=dates,
    )


REPORT = feat(
    "x",
    "Omroep West",
    at(0, 3),
    "Inspectie over basisschool: minister moet ingrijpen",
    "De Inspectie van het Onderwijs vindt dat de minister maandag moet ingrijpen bij een basisschool in Delft. "
    "Het rapport spreekt van wanbeheer.",
)


def test_sharing_only_the_day_of_publication_with_a_big_story_gains_nothing() -> None:
    assert REPORT.dates == frozenset({MONDAY})
    big = SETTINGS.today_size
    plain = score(REPORT, {"rapport": 0.2}, {}, _story(frozenset(), size=big), SETTINGS)
    assert agree_bonus(REPORT, _story(frozenset({MONDAY}), size=big), SETTINGS) == 0.0
    assert score(REPORT, {"rapport": 0.2}, {}, _story(frozenset({MONDAY}), size=big), SETTINGS) == plain
    before = replace(SETTINGS, today_agree=SETTINGS.date_agree)  # as before stop 47
    assert score(REPORT, {"rapport": 0.2}, {}, _story(frozenset({MONDAY}), size=big), before) > plain


def test_a_small_story_sharing_the_day_of_publication_still_agrees() -> None:
    small = _story(frozenset({MONDAY}), size=SETTINGS.today_size - 1)
    assert agree_bonus(REPORT, small, SETTINGS) == SETTINGS.date_agree


def test_a_day_before_the_publication_still_agrees() -> None:
    later = feat("y", "NOS", at(1, 3), "Rapport over basisschool", "Het rapport van maandag spreekt van wanbeheer.")
    assert later.dates == frozenset({MONDAY})  # Tuesday's article names Monday
    big = SETTINGS.today_size
    assert agree_bonus(later, _story(frozenset({MONDAY}), size=big), SETTINGS) == SETTINGS.date_agree
    both = frozenset({MONDAY, MONDAY + timedelta(days=1)})  # and today: the event's day is shared too
    assert agree_bonus(later, _story(both, size=big), SETTINGS) == SETTINGS.date_agree


INSPECTORATE = "inspectie van het onderwijs"


def test_a_name_one_other_article_of_a_fresh_window_gives_too_is_no_storys_own() -> None:
    assert INSPECTORATE in (REPORT.lead_names or REPORT.names)
    story = _story(frozenset(), {INSPECTORATE: 5}, size=17)  # five of seventeen; the window's sixth is elsewhere
    assert not owned.owns(REPORT, story, 1.0, SETTINGS, lambda key: 7)  # the item, the story's five, one more
    assert owned.owns(REPORT, story, 1.0, replace(SETTINGS, owned_share=0.75), lambda key: 7)  # as before stop 47


def test_a_name_only_the_storys_articles_give_is_its_own() -> None:
    story = _story(frozenset(), {INSPECTORATE: 5}, size=17)
    assert owned.owns(REPORT, story, 1.0, SETTINGS, lambda key: 6)  # the item and the story's five

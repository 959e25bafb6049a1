"""A date without a time (midnight: a printed paper's, or a label's "2015-06-17") stands for its day: the
next day's paper continues a story as a web article an hour later would (`dates.gap_hours`), while a
look-alike event days later stays apart."""

from dataclasses import replace
from datetime import timedelta

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.dates import day_only, gap_hours
from tests.pipeline.stories.test_rescue import OTHER_BRIDGE, SHORT_LEAD
from tests.pipeline.stories.texts import at, feat, unrelated_window
from tests.pipeline.stories.wire_texts import BRUG_FULL

MIDNIGHT = at(0, -9)  # Monday 00:00 (`at()` is 09:00)


def test_a_date_without_a_time_is_known_to_within_a_day():
    day = timedelta(days=1)
    assert day_only(MIDNIGHT) and not day_only(at())
    assert gap_hours(MIDNIGHT + day, MIDNIGHT, MIDNIGHT, 24.0) == 0.0  # the next day's paper
    assert gap_hours(MIDNIGHT + 3 * day, MIDNIGHT, MIDNIGHT, 24.0) == 48.0
    assert gap_hours(MIDNIGHT + day, MIDNIGHT, MIDNIGHT, 0.0) == 24.0
    assert gap_hours(at(1), at(-1), at(), 24.0) == 24.0  # times on both sides: as they are
    assert gap_hours(at(1, -9), at(-1), at(), 24.0) == 0.0  # a web story, then the next day's paper
    assert gap_hours(at(0, -3), at(-1), at(), 24.0) == 0.0  # within the story's span


def _print_run(settings: ClusterSettings, days: int, text: tuple[str, str]) -> tuple[int, int]:
    store = unrelated_window(settings)
    bridge = assign(
        feat("tg", "De Telegraaf", MIDNIGHT, "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL), store, settings
    )
    later = assign(feat("ad", "AD", MIDNIGHT + timedelta(days=days), *text), store, settings)
    return bridge.story_id, later.story_id


# idf from the window alone, as in test_rescue: the short lead joins by its second look, not by its words
WINDOW_ONLY = replace(ClusterSettings(), prior_docs=0.0)


def test_the_next_days_paper_continues_the_story():
    bridge, lead = _print_run(WINDOW_ONLY, 1, SHORT_LEAD)
    assert lead == bridge  # the short lead's second look: within hours of the story, by the paper's day
    bridge, lead = _print_run(replace(WINDOW_ONLY, day_hours=0.0), 1, SHORT_LEAD)
    assert lead != bridge  # read as 24 hours later: another day, no second look


def test_another_bridge_in_a_later_paper_stays_apart():
    for days in (2, 3):  # the same official at another bridge, days later (the next day's is as the same day's)
        for settings in (ClusterSettings(), WINDOW_ONLY):
            bridge, other = _print_run(settings, days, OTHER_BRIDGE)
            assert other != bridge

"""The gap between an article and a story is measured to the story's span, as the times say: a time of
midnight (a printed paper's date, a night item, a feed item of 01:00 CET in UTC) is a time, never a
whole day (`dates.gap_hours`), so a look-alike event in a later paper stays apart."""

from datetime import timedelta

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.dates import gap_hours
from tests.pipeline.stories.test_rescue import OTHER_BRIDGE
from tests.pipeline.stories.texts import at, feat, unrelated_window
from tests.pipeline.stories.wire_texts import BRUG_FULL

MIDNIGHT = at(0, -9)  # Monday 00:00 (`at()` is 09:00)


def test_the_gap_is_measured_to_the_storys_span_as_the_times_say():
    day = timedelta(days=1)
    assert gap_hours(MIDNIGHT + day, MIDNIGHT, MIDNIGHT) == 24.0  # the next day's paper: a day later
    assert gap_hours(MIDNIGHT + 3 * day, MIDNIGHT, MIDNIGHT) == 72.0
    assert gap_hours(at(1), at(-1), at()) == 24.0  # after the story's last article
    assert gap_hours(at(-2), at(-1), at()) == 24.0  # before its first
    assert gap_hours(at(0, -3), at(-1), at()) == 0.0  # within the story's span


def _print_run(settings: ClusterSettings, days: int, text: tuple[str, str]) -> tuple[int, int]:
    store = unrelated_window(settings)
    bridge = assign(
        feat("tg", "De Telegraaf", MIDNIGHT, "IJsselbrug bij Zwolle dicht na vondst scheur", BRUG_FULL), store, settings
    )
    later = assign(feat("ad", "AD", MIDNIGHT + timedelta(days=days), *text), store, settings)
    return bridge.story_id, later.story_id


def test_another_bridge_in_a_later_paper_stays_apart():
    window_only = ClusterSettings(prior_docs=0.0)  # idf from the window alone, as in test_rescue
    for days in (1, 2, 3):  # the same official at another bridge, in a later paper
        for settings in (ClusterSettings(), window_only):
            bridge, other = _print_run(settings, days, OTHER_BRIDGE)
            assert other != bridge

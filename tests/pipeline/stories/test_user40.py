"""A story's day number counts Amsterdam's days, as the site's timeline lists them (user40): an article
at 23:30 UTC is the next day's in Amsterdam, so a story from Friday evening to that article is on its
third day on Sunday, not its second."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.stories.rank import story_day


def test_story_day_counts_amsterdams_days() -> None:
    friday = datetime(2022, 2, 11, 17, 0, tzinfo=UTC)
    saturday_late = datetime(2022, 2, 12, 23, 30, tzinfo=UTC)  # Sunday 00:30 in Amsterdam
    assert story_day(friday, saturday_late, date(2022, 2, 13)) == 3
    assert story_day(friday, saturday_late, date(2022, 2, 12)) == 2  # never past the day asked about
    assert story_day(datetime(2022, 2, 11, 23, 30, tzinfo=UTC), saturday_late, date(2022, 2, 13)) == 2

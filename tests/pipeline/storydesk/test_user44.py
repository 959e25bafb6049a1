"""User pass 44: `brief stories --since T --until T` with one time twice."""

from __future__ import annotations

import pytest

from pipeline.errors import SettingsError
from pipeline.storydesk.listing import period


def test_the_same_time_twice_is_named_as_such_not_told_to_swap() -> None:
    with pytest.raises(SettingsError) as caught:  # it said "… swap them?", which gives the same empty period
        period("2026-12-07T00:30", "2026-12-07T00:30:00Z")
    assert str(caught.value) == (
        "--since '2026-12-07T00:30' and --until '2026-12-07T00:30:00Z' are the same time — the period is empty"
        " (--until a time is not included: give a later one)"
    )
    with pytest.raises(SettingsError, match="swap them"):
        period("2026-12-08", "2026-12-06")
    assert period("2026-12-07", "2026-12-07")[0] is not None  # one day: its whole day

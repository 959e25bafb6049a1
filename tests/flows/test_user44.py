"""User pass 44 (several days faked with the daily flow's `day`): a day after today is refused, in one line. (Since
pass 46 the flow's `day` is the `day` setting, checked as the settings are read: pipeline.times.checked_day.)"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipeline.errors import SettingsError
from pipeline.settings import load_settings
from pipeline.times import READER_ZONE, run_day


def test_a_day_after_today_in_amsterdam_is_refused_today_and_earlier_days_run() -> None:
    today = datetime.now(READER_ZONE).date()
    tomorrow = (today + timedelta(days=1)).isoformat()
    # it ran: digest-TOMORROW.md listed today's briefs, and its briefing went out as tomorrow's
    with pytest.raises(SettingsError, match=rf"^day {tomorrow} is after today in Amsterdam \({today.isoformat()}\)"):
        load_settings(day=tomorrow)
    assert run_day(None) in (today.isoformat(), tomorrow)  # (midnight may pass between the two clocks)
    assert run_day(load_settings(day="2026-02-12").day) == "2026-02-12"
    with pytest.raises(SettingsError, match="is not a date"):
        load_settings(day="07-12-2026")

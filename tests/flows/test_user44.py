"""User pass 44 (several days faked with the daily flow's `day`): a day after today is refused, in one line."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from flows.daily_briefing import run_day
from pipeline.errors import SettingsError
from pipeline.times import READER_ZONE


def test_a_day_after_today_in_amsterdam_is_refused_today_and_earlier_days_run() -> None:
    today = datetime.now(READER_ZONE).date()
    tomorrow = (today + timedelta(days=1)).isoformat()
    # it ran: digest-TOMORROW.md listed today's briefs, and its briefing went out as tomorrow's
    with pytest.raises(SettingsError, match=rf"^day {tomorrow} is after today in Amsterdam \({today.isoformat()}\)"):
        run_day(tomorrow)
    assert run_day(None) in (today.isoformat(), tomorrow)  # (midnight may pass between the two clocks)
    assert run_day("2026-02-12") == "2026-02-12"
    with pytest.raises(SettingsError, match="is not a date"):
        run_day("07-12-2026")

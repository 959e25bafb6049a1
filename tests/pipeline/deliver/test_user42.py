"""user42: a run for an earlier day (a backfill, `daily_briefing(day=...)`) after today's briefing went out sent
that day's briefing and recorded it as the recipient's last, so the next run of today sent today's briefing a
second time. A briefing of a day before the last one a recipient got is not sent (the catch-up owes only later
days), and today's stays sent once."""

from __future__ import annotations

from pipeline.deliver.run import deliver_day
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def test_a_backfill_days_briefing_after_todays_does_not_send_today_again(smtp_server) -> None:
    site = sample_site(12, 3)
    earlier, today = site.days[0].date, site.days[-1].date
    settings = BriefSettings(
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security="none",
        smtp_from="brief@example.org",
        mail_to=["ann@example.org"],
    )
    state = MemoryState()
    assert deliver_day(settings, today, state, site).briefing.sent == ["ann@example.org"]
    assert deliver_day(settings, earlier, state, site).briefing.skipped == ["ann@example.org"]  # the backfill
    assert deliver_day(settings, today, state, site).briefing.skipped == ["ann@example.org"]  # today's next run
    subjects = [mail["Subject"] for mail in smtp_server.to("ann@example.org")]
    assert len(subjects) == 1 and today in subjects[0]

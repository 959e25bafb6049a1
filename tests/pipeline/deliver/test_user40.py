"""A briefing a recipient missed (its send failed at that day's run) is sent at the next run, on a
later day too, before that day's own — not lost (user40)."""

from __future__ import annotations

from pipeline.deliver.run import deliver_day
from pipeline.deliver.state import MemoryState
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def _settings(smtp_server, *mail_to: str, **more: str) -> BriefSettings:
    """Delivery to the test's SMTP server (plain, on loopback) for these recipients."""
    return BriefSettings(
        smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_security="none", mail_to=list(mail_to), **more
    )


def test_a_briefing_that_failed_to_send_is_sent_at_the_next_run_of_a_later_day(smtp_server) -> None:
    site = sample_site(12, 3)
    first, missed, today = (d.date for d in site.days)
    settings = _settings(smtp_server, "ann@example.org", "bob@example.org", smtp_from="brief@example.org")
    state = MemoryState()
    assert deliver_day(settings, first, state, site).briefing.sent == ["ann@example.org", "bob@example.org"]
    smtp_server.refuse.add("ann@example.org")  # the day's run meets a server that refuses her
    refused = deliver_day(settings, missed, state, site)
    assert [f.recipient for f in refused.failures] == ["ann@example.org"]
    smtp_server.refuse.discard("ann@example.org")
    late = deliver_day(settings, today, state, site)  # the next run, a day later
    assert late.briefing.sent == ["ann@example.org", "bob@example.org"]
    assert late.briefing.late == [f"ann@example.org ({missed})"]
    assert late.summary() == "briefing sent to 2, 1 missed briefing of earlier days sent late"
    subjects = [m["Subject"] for m in smtp_server.to("ann@example.org")]
    assert [s.split("briefing of ")[1][:10] for s in subjects] == [first, missed, today]  # oldest first
    assert len(smtp_server.to("bob@example.org")) == 3
    assert state.last_sent("ann@example.org").day == today
    assert deliver_day(settings, today, state, site).briefing.skipped == ["ann@example.org", "bob@example.org"]


def test_a_recipient_whose_late_briefing_fails_again_keeps_it_owed(smtp_server) -> None:
    """The first failure ends a recipient's turn: the day's briefing is not recorded over one it never got."""
    site = sample_site(12, 3)
    first, missed, today = (d.date for d in site.days)
    settings = _settings(smtp_server, "ann@example.org", smtp_from="brief@example.org")
    state = MemoryState()
    deliver_day(settings, first, state, site)
    smtp_server.refuse.add("ann@example.org")
    deliver_day(settings, missed, state, site)
    assert len(deliver_day(settings, today, state, site).failures) == 1  # one line, not one per day owed
    assert state.last_sent("ann@example.org").day == first
    smtp_server.refuse.discard("ann@example.org")
    caught_up = deliver_day(settings, today, state, site).briefing
    assert (caught_up.late, caught_up.sent) == ([f"ann@example.org ({missed})"], ["ann@example.org"])


def test_a_new_recipient_gets_the_days_briefing_only_and_stale_days_are_not_owed(smtp_server) -> None:
    """Nobody is sent a backlog on joining (no briefing yet: the day's only), and a briefing older
    than CATCH_UP_DAYS before the run's day is not sent late."""
    from pipeline.deliver.run import CATCH_UP_DAYS, missed_days

    site = sample_site(12, 3)
    today = site.days[-1].date
    settings = _settings(smtp_server, "new@example.org")
    assert deliver_day(settings, today, MemoryState(), site).briefing.sent == ["new@example.org"]
    assert [d.date for d in missed_days(site, today)] == [d.date for d in site.days[:-1]]
    assert CATCH_UP_DAYS == 3 and missed_days(site, "2026-02-07") == []

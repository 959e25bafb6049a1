"""User pass 45 (a briefing followed over several days): a recipient whose very first briefing failed to send
was never sent that day's briefing later — the catch-up only owed days after a briefing that was sent, so it was
taken for a recipient added today. The day of its first failed send is now kept (catalog: delivery_owed)."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import forget_open_catalogs
from pipeline.deliver.run import deliver_day
from pipeline.deliver.state import MemoryState, catalog_state
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def _settings(smtp_server, tmp_path: Path, database: str | None, *mail_to: str) -> BriefSettings:
    return BriefSettings(
        out_dir=tmp_path / "out",
        database_url=database,
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security="none",
        smtp_from="brief@example.org",
        mail_to=list(mail_to),
    )


def _days(smtp_server, who: str) -> list[str]:
    return [m["Subject"].split("briefing of ")[1][:10] for m in smtp_server.to(who)]


def test_a_first_briefing_that_failed_is_sent_at_the_next_run(smtp_server, tmp_path: Path, database) -> None:
    site = sample_site(12, 3)
    first, second, third = (d.date for d in site.days)
    settings = _settings(smtp_server, tmp_path, database, "ann@example.org")
    smtp_server.refuse.add("ann@example.org")  # her very first briefing: the server refuses it
    assert len(deliver_day(settings, first, catalog_state(settings), site).failures) == 1
    assert len(deliver_day(settings, second, catalog_state(settings), site).failures) == 1  # one line, not two
    smtp_server.refuse.discard("ann@example.org")
    forget_open_catalogs()  # another process: the owed day is in the catalog
    state = catalog_state(settings)
    caught_up = deliver_day(settings, third, state, site).briefing
    assert caught_up.late == [f"ann@example.org ({first})", f"ann@example.org ({second})"]
    assert caught_up.sent == ["ann@example.org"]
    assert _days(smtp_server, "ann@example.org") == [first, second, third]
    assert state.owed_since("ann@example.org") is None  # she has had one: the last one sent counts from now on
    assert deliver_day(settings, third, state, site).briefing.skipped == ["ann@example.org"]


def test_a_recipient_added_later_still_gets_no_backlog(smtp_server) -> None:
    site = sample_site(12, 3)
    first, _, third = (d.date for d in site.days)
    settings = BriefSettings(
        smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_security="none", mail_to=["ann@example.org"]
    )
    state = MemoryState()
    deliver_day(settings, first, state, site)
    added = settings.model_copy(update={"mail_to": ["ann@example.org", "bob@example.org"]})
    report = deliver_day(added, third, state, site).briefing
    assert report.sent == ["ann@example.org", "bob@example.org"] and report.late == [
        f"ann@example.org ({site.days[1].date})"
    ]
    assert _days(smtp_server, "bob@example.org") == [third]


def test_a_day_with_no_briefing_says_so_not_sent_to_0(smtp_server) -> None:
    """A run for a day nothing was briefed on logged "delivery: briefing sent to 0", as if every send failed."""
    site = sample_site(12, 3)
    settings = BriefSettings(
        smtp_host=smtp_server.host, smtp_port=smtp_server.port, smtp_security="none", mail_to=["ann@example.org"]
    )
    empty = deliver_day(settings, "2026-01-01", MemoryState(), site)
    assert empty.summary() == "no briefing of 2026-01-01 to send (nothing was briefed that day)"
    assert deliver_day(settings, site.days[-1].date, MemoryState(), site).summary() == "briefing sent to 1"

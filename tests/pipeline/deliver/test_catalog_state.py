"""Delivery's memory in the catalog, on SQLite and PostgreSQL: it survives the process (the
catalog reopened), keeps no recipient in clear (an Apprise URL holds tokens), and the migration
makes the tables the code declares (tests/pipeline/catalog checks the whole schema)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import deliveries
from pipeline.deliver.send import deliver_briefing, notify_watchlists
from pipeline.deliver.state import Sent, catalog_state
from pipeline.settings import BriefSettings
from pipeline.testing.site_sample import sample_site


def test_what_was_sent_survives_the_process_and_names_no_token(tmp_path: Path, database: str | None) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out", database_url=database)
    state = catalog_state(settings)
    url = "ntfy://user:s3cret@ntfy.example.org/topic"
    assert state.last_sent(url) is None and state.watch_notices("w") == {}
    state.record_sent(url, Sent("2026-02-01", "a" * 64))
    state.record_sent(url, Sent("2026-02-02", "b" * 64))  # the newest replaces it
    state.record_watch("w", "story-1", 2)
    state.record_watch("w", "story-1", 3)
    state.record_watch("v", "story-2", 1)
    forget_open_catalogs()
    again = catalog_state(settings)
    assert again.last_sent(url) == Sent("2026-02-02", "b" * 64)
    assert again.watch_notices("w") == {"story-1": 3} and again.watch_notices("v") == {"story-2": 1}
    stored = open_catalog(settings).read(lambda connection: connection.execute(select(deliveries)).all())
    assert len(stored) == 1 and all("s3cret" not in str(value) for value in stored[0])


def test_delivery_with_the_catalog_state_sends_once(tmp_path: Path, database: str | None, smtp_server) -> None:
    settings = BriefSettings(
        out_dir=tmp_path / "out",
        database_url=database,
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security="none",
        mail_to=["ann@example.org"],
        watch=[{"name": "all", "terms": ["Utrecht"], "notify": ["bob@example.org"]}],
    )
    site = sample_site(4, 2)
    day = site.days[-1]
    assert deliver_briefing(site, day, settings, catalog_state(settings)).sent == ["ann@example.org"]
    first = notify_watchlists(site, settings, catalog_state(settings)).sent
    assert len(first) == len(site.stories) == 2
    forget_open_catalogs()
    assert deliver_briefing(site, day, settings, catalog_state(settings)).skipped == ["ann@example.org"]
    assert notify_watchlists(site, settings, catalog_state(settings)).sent == []
    assert len(smtp_server.to("ann@example.org")) == 1 and len(smtp_server.to("bob@example.org")) == len(first)


def test_deliver_day_sends_once_and_a_catalog_that_cannot_open_is_a_problem_not_an_exception(
    tmp_path: Path, smtp_server, caplog
) -> None:
    from pipeline.deliver.run import deliver_day

    settings = BriefSettings(
        out_dir=tmp_path / "out",
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security="none",
        mail_to=["ann@example.org"],
    )
    site = sample_site(4, 2)
    day = site.days[-1].date
    assert deliver_day(settings, day, site=site).briefing.sent == ["ann@example.org"]
    again = deliver_day(settings, day, site=site)
    assert again.briefing.sent == [] and again.summary() == "briefing sent to 0 (1 already had it)"
    assert deliver_day(settings, "1999-01-01", site=site).briefing.sent == []  # a day with no briefing: nothing
    assert deliver_day(BriefSettings(out_dir=tmp_path / "x"), day, site=site) is None  # nobody to tell
    (tmp_path / "file").write_text("not a folder")
    broken = settings.model_copy(update={"out_dir": tmp_path / "file" / "out"})
    delivery = deliver_day(broken, day, site=site)
    assert delivery.problem and "\n" not in delivery.problem and delivery.summary().startswith("nothing delivered: ")
    assert "delivery stopped" in caplog.text
    assert len(smtp_server.to("ann@example.org")) == 1

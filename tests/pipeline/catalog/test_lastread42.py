"""Last read of stop 42: the first listing of a brief wins across runs on PostgreSQL too. Its transactions read
committed rows only, so two runs listing days at once (a backfill for another day beside today's) would each find a
brief listed nowhere and both list it; `days.add_to_day` takes the days' advisory lock first (SQLite's write
transactions take one at a time already)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from pipeline.catalog import days
from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings


def test_a_run_listing_a_day_waits_for_another_runs_listing_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out", database_url=postgres_url))
    done = threading.Event()
    with catalog.engine.connect() as other:  # another run, listing its day
        other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": days._DAYS_LOCK})
        other.commit()
        run = threading.Thread(target=lambda: (days.add_to_day(catalog, "2025-12-15", [], []), done.set()))
        run.start()
        try:
            assert not done.wait(1.0)  # was: listed at once, beside the other run's transaction
        finally:
            other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": days._DAYS_LOCK})
            other.commit()
        assert done.wait(60)
    run.join()

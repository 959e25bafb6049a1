"""Review of stop 47's days listing (pipeline.catalog.days._list_first): each row of a run is now checked on its own
(`_listed_elsewhere`, was once per run), and that check reads `day_briefs` by brief_key, which no index leads with
(uq_day_briefs_day_key is (day, brief_key)): a scan of every day's listings per article — 300 rows at 15,000 day
rows 0.50 s here, growing with the archive. Migration 0008 indexes it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.catalog import days
from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.helpers import query_plan


def test_a_briefs_listing_elsewhere_is_looked_up_through_an_index(tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _, steps = catalog.write(
        lambda connection: query_plan(connection, lambda c: days._listed_elsewhere(c, date(2026, 12, 7), ["ab" * 32]))
    )
    assert not any(step.startswith("SCAN day_briefs") for step in steps), steps

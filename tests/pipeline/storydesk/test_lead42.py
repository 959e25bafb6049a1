"""`brief stories`' text listing reads days and times on Amsterdam's clock, the clock --since/--until count days
on (stop 42: it printed UTC days, so a story of a late-evening article listed under the day before)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.stories.texts import DIJK_WIRE, feat
from tests.pipeline.storydesk.helpers import record


def test_listing_prints_amsterdam_days_and_json_keeps_utc(tmp_path: Path) -> None:
    from pipeline.storydesk.listing import as_json, as_text, listed, period

    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out"))
    late = datetime(2026, 12, 14, 23, 30, tzinfo=UTC)  # 00:30 on 15 December in Amsterdam
    record(catalog, feat("d1", "NOS", late, "Dijk bij Zaltbommel verzakt", DIJK_WIRE), title="EN d1")
    since, until = period("2026-12-15", "2026-12-15")
    stories = listed(catalog, since, until)
    head, line = as_text(stories)
    assert head.endswith("(2026-12-15; NOS)")
    assert line.strip().startswith("2026-12-15T00:30:00+01:00")
    assert as_json(stories)[0]["articles"][0]["published"] == "2026-12-14T23:30:00+00:00"
    assert listed(catalog, *period("2026-12-14", "2026-12-14")) == []  # not of the 14th, in either form

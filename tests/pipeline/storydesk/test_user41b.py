"""`brief stories --since/--until DAY` count Amsterdam's days, as the digest, the timeline and "developing —
day N" do (issue 19, user pass 41): an article published at 23:30 UTC on 14 December 2025 is of Monday
15 December in Amsterdam (00:30), so `--since 2025-12-15` lists it and `--until 2025-12-14` does not — with UTC
days it was the other way round. Texts written for this test, never copied from news."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.errors import SettingsError
from pipeline.settings import BriefSettings
from pipeline.storydesk.listing import day_bound, listed, period
from tests.pipeline.stories.texts import feat
from tests.pipeline.storydesk.helpers import record

LATE = datetime(2025, 12, 14, 23, 30, tzinfo=UTC)  # 00:30 on 15 December in Amsterdam
BODY = (
    "De gemeente Deventer sluit de Wilhelminabrug voor onderhoud. Wethouder Kees Brandsma zegt dat fietsers "
    "een pont krijgen. De brug blijft drie weken dicht."
)


@pytest.fixture()
def settings(tmp_path: Path) -> BriefSettings:
    settings = BriefSettings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", device="cpu", fetch_delay=0)
    record(open_catalog(settings), feat("brug", "Tubantia", LATE, "Wilhelminabrug in Deventer dicht", BODY))
    return settings


@pytest.mark.parametrize(
    ("since", "until", "found"),
    [
        ("2025-12-15", None, True),  # Amsterdam's 15 December begins at 23:00 UTC on the 14th
        (None, "2025-12-15", True),
        (None, "2025-12-14", False),  # Amsterdam's 14 December ended at 23:00 UTC
        ("2025-12-16", None, False),
    ],
)
def test_an_article_of_2330_utc_is_of_the_next_day_in_amsterdam(settings, since, until, found) -> None:
    assert bool(listed(open_catalog(settings), *period(since, until))) is found
    args = [f"--{name}={value}" for name, value in (("since", since), ("until", until)) if value]
    result = CliRunner().invoke(app, ["stories", "--out", str(settings.out_dir), "--json", *args])
    assert result.exit_code == 0, result.output
    assert ('"brief": "brug.md"' in result.output) is found


def test_day_bounds_are_amsterdam_midnights_and_iso_times_stay_as_given() -> None:
    assert day_bound("2025-12-15", "--since") == datetime(2025, 12, 14, 23, tzinfo=UTC)  # CET, UTC+1
    assert day_bound("2025-07-01", "--until", end=True) == datetime(2025, 7, 1, 22, tzinfo=UTC)  # CEST, UTC+2
    assert day_bound("2025-12-15T00:00", "--since") == datetime(2025, 12, 15, tzinfo=UTC)
    assert "out of range" in str(pytest.raises(SettingsError, day_bound, "9999-12-31", "--until", end=True).value)
    # year 1's first day starts before UTC's year 1 in Amsterdam: it is UTC's start, not "out of range"
    assert day_bound("0001-01-01", "--since") == datetime(1, 1, 1, tzinfo=UTC)

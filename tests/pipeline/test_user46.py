"""User pass 46: which day a run's briefs are listed under. `brief FILE` and `brief feeds poll` always listed
theirs under Amsterdam's real day (the day they were briefed on), so a user catching up on yesterday, or a
multi-day run, could not say "these are yesterday's". One setting, `day` (`--day`, BRIEF_DAY, the TOML file, the
daily flow's `day`), checked in one place (pipeline.times.checked_day), lists them under the day it names."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from pipeline.batch import build_brief
from pipeline.catalog.days import add_to_day, day_digest
from pipeline.catalog.db import open_catalog
from pipeline.errors import SettingsError
from pipeline.feeds import poll_feeds
from pipeline.settings import load_settings
from pipeline.times import reader_today, run_day
from tests.conftest import SEEDS, short_article
from tests.pipeline.test_feeds import FakeModels, fetcher, serve_two_pages


def _days() -> tuple[str, str]:
    today = reader_today()
    return (today - timedelta(days=1)).isoformat(), today.isoformat()


def test_a_brief_by_hand_is_listed_under_the_day_setting_not_under_today(tmp_path: Path) -> None:
    settings = load_settings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch")
    yesterday, today = _days()
    article = tmp_path / "a.txt"
    article.write_bytes(short_article(SEEDS[0]))
    result = build_brief(article, settings.model_copy(update={"day": yesterday}), models=FakeModels(settings))
    catalog = open_catalog(settings)
    entries, _ = day_digest(catalog, yesterday)
    assert [entry.brief for entry in entries] == [result.path.name]
    # today's digest does not take it in as a brief of today's (the first listing wins)
    assert add_to_day(catalog, today, [], []) == ([], [])


def test_a_feed_poll_lists_its_briefs_under_the_day_setting(server, tmp_path: Path) -> None:
    serve_two_pages(server)
    settings = load_settings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch", fetch_delay=0)
    yesterday, _ = _days()
    on_day = settings.model_copy(update={"day": yesterday})
    (report,) = poll_feeds([server.url("/feed.xml")], on_day, fetcher=fetcher(), models=FakeModels(settings))
    entries, _ = day_digest(open_catalog(settings), yesterday)
    assert sorted(entry.brief for entry in entries) == sorted(Path(path).name for path in report.briefed)
    assert len(entries) == 2


def test_without_the_setting_a_brief_by_hand_waits_for_the_digest_of_the_day_it_was_briefed_on(tmp_path: Path) -> None:
    settings = load_settings(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", backend="torch")
    yesterday, today = _days()
    article = tmp_path / "a.txt"
    article.write_bytes(short_article(SEEDS[0]))
    build_brief(article, settings, models=FakeModels(settings))
    catalog = open_catalog(settings)
    assert day_digest(catalog, yesterday) == ([], []) and day_digest(catalog, today) == ([], [])
    assert len(add_to_day(catalog, today, [], [])[0]) == 1  # as before: today's digest takes it in


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("tomorrow", r"^day 'tomorrow' is not a date — use YYYY-MM-DD"),
        ("07-12-2026", r"^day '07-12-2026' is not a date — use YYYY-MM-DD"),
        ("+1", r"^day \d{4}-\d{2}-\d{2} is after today in Amsterdam \(\d{4}-\d{2}-\d{2}\) — give today or an earlier"),
    ],
    ids=["word", "day-first", "after-today"],
)
def test_the_day_setting_is_checked_in_one_line(given: str, message: str, monkeypatch) -> None:
    if given == "+1":
        given = (reader_today() + timedelta(days=2)).isoformat()  # (two: midnight may pass between the clocks)
    with pytest.raises(SettingsError, match=message) as caught:
        load_settings(day=given)
    assert "\n" not in str(caught.value)
    monkeypatch.setenv("BRIEF_DAY", given)
    with pytest.raises(SettingsError, match=message):
        load_settings()


def test_a_toml_date_is_a_day_and_without_one_a_run_is_today_s(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nday = 2026-02-12\n", encoding="utf-8")  # unquoted: a TOML date
    assert load_settings(config).day == "2026-02-12"
    assert run_day(load_settings(config).day) == "2026-02-12"
    assert run_day(load_settings().day) in {reader_today().isoformat(), (reader_today() + timedelta(1)).isoformat()}


def test_the_day_changes_no_brief_and_no_known_failure(tmp_path: Path) -> None:
    from pipeline.store.failures import settings_fingerprint

    settings = load_settings(out_dir=tmp_path)
    assert settings_fingerprint(settings) == settings_fingerprint(settings.model_copy(update={"day": "2026-02-12"}))

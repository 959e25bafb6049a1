"""user48: a number setting given as a boolean. The environment refused `BRIEF_FETCH_DELAY=false`, but the TOML
file's `fetch_delay = false` and the daily flow's `settings={"num_beams": true}` were taken as 0 and 1 (pydantic
reads a bool as a number): no delay between requests, one beam, without a word. Every way in now refuses it in one
line naming the setting. Also the new `feed_missing_retry_hours` at each way in."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SettingsError
from pipeline.settings import load_settings


@pytest.mark.parametrize(("name", "toml"), [("fetch_delay", "false"), ("feed_missing_retry_hours", "true")])
def test_a_boolean_for_a_number_in_the_file_is_refused(tmp_path: Path, name: str, toml: str) -> None:
    config = tmp_path / "brief.toml"
    config.write_text(f"[brief]\n{name} = {toml}\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"^invalid setting {name}: a number, not {toml}$"):
        load_settings(config)


def test_a_boolean_for_a_number_as_a_flow_parameter_is_refused() -> None:
    with pytest.raises(SettingsError, match=r"^invalid setting num_beams: a number, not true$"):
        load_settings(num_beams=True)


def test_booleans_stay_booleans_and_numbers_numbers(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nkeep_all = true\nfeed_missing_retry_hours = 0\nfetch_delay = 2\n", encoding="utf-8")
    settings = load_settings(config, summary_max_length=64)
    assert (settings.keep_all, settings.feed_missing_retry_hours, settings.fetch_delay) == (True, 0, 2)
    assert settings.summary_max_length == 64


@pytest.mark.parametrize("raw", ["-1", "721", "six", "inf"])
def test_feed_missing_retry_hours_out_of_range_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, raw: str
) -> None:
    assert load_settings().feed_missing_retry_hours == 6  # the README's default
    monkeypatch.setenv("BRIEF_FEED_MISSING_RETRY_HOURS", raw)
    with pytest.raises(SettingsError, match=r"^invalid setting feed_missing_retry_hours: "):
        load_settings()
    monkeypatch.delenv("BRIEF_FEED_MISSING_RETRY_HOURS")
    config = tmp_path / "brief.toml"
    config.write_text(f'[brief]\nfeed_missing_retry_hours = "{raw}"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^invalid setting feed_missing_retry_hours: "):
        load_settings(config)

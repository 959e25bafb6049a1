"""Probes of the team's standards (standards42) against pipeline code outside pipeline/text."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.errors import SettingsError
from pipeline.settings import load_settings
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("fetch_timeout", float("inf")),  # socket timeouts overflowed: 'unexpected OverflowError'
        ("fetch_delay", float("inf")),  # time.sleep(inf) overflowed
        ("fetch_max_wait", float("inf")),  # any Retry-After honoured: a server's 999999 s hung the run
        ("fetch_max_wait", 1e9),
        ("feed_retention_days", float("inf")),  # timedelta(days=inf) overflows
        ("feed_retention_days", 1e12),
        ("lock_timeout", float("nan")),
        ("fetch_timeout", 1e12),
    ],
)
def test_a_time_setting_that_is_infinite_or_absurd_is_refused_in_one_line(name: str, value: float) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(**{name: value})
    assert str(caught.value).startswith(f"invalid setting {name}: ")
    assert "\n" not in str(caught.value)


def test_inf_in_a_variable_is_a_bad_setting_exit_2_not_an_overflow(tmp_path) -> None:
    env = {**os.environ, "BRIEF_FETCH_TIMEOUT": "inf"}
    run = subprocess.run(
        [sys.executable, "-m", "brief_cli.main", "http://127.0.0.1:9/x", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "fetch_timeout" in run.stderr and "OverflowError" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_list_setting_nested_thousands_deep_is_a_bad_setting_not_a_recursion_error(monkeypatch) -> None:
    monkeypatch.setenv("BRIEF_FEEDS", "[" * 100_000)
    with pytest.raises(SettingsError) as caught:
        load_settings()  # was RecursionError out of json.loads (a traceback in every command)
    assert str(caught.value).startswith("invalid setting feeds: ")


def test_a_brief_whose_catalog_record_failed_joins_its_story_on_the_next_run(
    tiny_settings, terse_marian, tmp_path, monkeypatch
) -> None:
    import sqlite3

    import pipeline.storydesk.join as join
    from pipeline.batch import build_brief
    from pipeline.errors import OutputError
    from tests.conftest import SEEDS, short_article

    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    other, article = tmp_path / "ander.txt", tmp_path / "artikel.txt"
    other.write_bytes(short_article(SEEDS[2]))
    article.write_bytes(short_article(SEEDS[0]))
    build_brief(other, settings)  # the catalog exists, with one story
    real = join.record_and_join

    def locked(*args, **kwargs):
        raise OutputError("the catalog is locked")

    monkeypatch.setattr(join, "record_and_join", locked)  # the brief file is written, its record is not
    with pytest.raises(OutputError):
        build_brief(article, settings)
    monkeypatch.setattr(join, "record_and_join", real)
    again = build_brief(article, settings)
    assert again.cached
    with sqlite3.connect(settings.out_dir / "catalog.sqlite") as catalog:
        rows = dict(catalog.execute("SELECT brief_file, story_id FROM articles").fetchall())
    assert rows[again.path.name] is not None  # was None: in no story (brief stories, the site) until a rebuild


def test_a_config_file_nested_thousands_deep_is_a_one_line_error(tmp_path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nfeeds = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="is not valid TOML"):  # was RecursionError out of tomllib
        load_settings(config)


def test_a_config_file_of_megabytes_is_refused_before_it_is_read(tmp_path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('[brief]\nx = "' + "a" * 2_000_000 + '"\n', encoding="utf-8")  # 300 MB: 2 min, 645 MB
    with pytest.raises(SettingsError, match="is over 1,000,000 bytes"):
        load_settings(config)

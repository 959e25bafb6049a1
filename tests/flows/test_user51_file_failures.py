"""One file, one name on the day's failures (user51): an inbox file that failed in the daily run was listed by its
file name (`leeg.txt`), the same file failing by hand (`brief inbox/leeg.txt`) by its file:// address since user50 —
one article, two lines under "Not briefed", and a brief of it by hand took off only one. Both now name it by its
address; `brief failures list` shows it once and `brief failures retry` takes the address or the bare name."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from tests.conftest import SEEDS, short_article

DAY = "2026-02-12"


@pytest.fixture()
def terse_flow_settings(terse_marian: Path, tiny_bart: Path, tmp_path: Path) -> dict[str, str]:
    """The terse translator (a word a sentence), its own sentence cache."""
    return {
        "translator": str(terse_marian),
        "summarizer": str(tiny_bart),
        "device": "cpu",
        "cache_dir": str(tmp_path / "sentence-cache"),
    }


def _by_hand(path: Path, settings: dict[str, str], out: Path) -> int:
    args = [str(path), "--day", DAY, "--out", str(out)]
    args += ["--translator", settings["translator"], "--summarizer", settings["summarizer"], "--device", "cpu"]
    return CliRunner().invoke(app, args, env={"BRIEF_CACHE_DIR": settings["cache_dir"]}).exit_code


def _inbox_with_empty_file(tmp_path: Path, monkeypatch) -> tuple[Path, Path, Path]:
    """(inbox, out, inbox/leeg.txt written empty), no configuration or day from the environment."""
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    empty = inbox / "leeg.txt"
    empty.write_bytes(b"")
    return inbox, out, empty


def _day_failures(out: Path) -> list[str]:
    return [f.source_name for f in day_digest(open_catalog(BriefSettings(out_dir=out)), DAY)[1]]


def test_a_file_failing_by_hand_and_in_the_daily_run_is_one_failure_of_the_day(
    prefect_harness, terse_flow_settings, tmp_path: Path, monkeypatch
) -> None:
    from flows.daily_briefing import daily_briefing

    inbox, out, empty = _inbox_with_empty_file(tmp_path, monkeypatch)
    (inbox / "artikel.txt").write_bytes(short_article(SEEDS[1]))  # one briefed: the run Completes
    assert _by_hand(empty, terse_flow_settings, out) == 2
    report = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=terse_flow_settings, day=DAY)
    assert set(report.failed) == {"leeg.txt"}  # the run's report and log name the file as the inbox shows it
    assert _day_failures(out) == [empty.as_uri()]
    digest = Path(report.digest).read_text(encoding="utf-8").split("<!--")[0]
    assert digest.count("leeg.txt") == 1, digest
    listed = CliRunner().invoke(app, ["failures", "list", "--out", str(out)], env={"BRIEF_DAY": DAY})
    assert [line for line in listed.stdout.splitlines() if "leeg.txt" in line] == [
        f"{DAY}  {empty.as_uri()}: the file has no text — pass a non-empty article"
    ], listed.output

    empty.write_bytes(short_article(SEEDS[0]))  # mended, and briefed by the daily run: its failure taken off
    again = daily_briefing(inbox=str(inbox), out_dir=str(out), settings=terse_flow_settings, day=DAY)
    assert len(again.briefed) == 1 and _day_failures(out) == []


def test_a_file_failing_in_the_daily_run_is_taken_off_by_a_brief_by_hand(
    prefect_harness, terse_flow_settings, tmp_path: Path, monkeypatch
) -> None:
    from flows.daily_briefing import daily_briefing
    from pipeline.catalog.failures import forget

    inbox, out, empty = _inbox_with_empty_file(tmp_path, monkeypatch)
    daily_briefing(inbox=str(inbox), out_dir=str(out), settings=terse_flow_settings, day=DAY, return_state=True)
    assert _day_failures(out) == [empty.as_uri()]
    empty.write_bytes(short_article(SEEDS[0]))
    assert _by_hand(empty, terse_flow_settings, out) == 0
    assert _day_failures(out) == []
    catalog = open_catalog(BriefSettings(out_dir=out))
    assert [f.source_name for f in forget(catalog, ["leeg.txt"])] == [empty.as_uri()]  # retry by the bare name

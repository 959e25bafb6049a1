"""What `brief FILE` by hand does to the day's digest and web edition (user51). Before: a brief or a failure by hand was
recorded under the day in the catalog, but OUT/digest-DAY.md and the web edition's day page showed it only after a
daily run for that day — and with the schedule in the morning, a file briefed or failed by hand in the afternoon
reached no digest at all (the next run's day is the next day). Now a `brief` that writes a brief or lists a failure
rewrites the day's digest (no model loaded for a failure) and then the web edition, and says where it is listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.times import run_day
from tests.conftest import SEEDS, model_args, short_article


@pytest.fixture()
def settings(tiny_settings, terse_marian: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tiny_settings.cache_dir))
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


def test_a_brief_and_a_failure_by_hand_are_in_the_days_digest_and_site_at_once(tmp_path, settings) -> None:
    article, empty = tmp_path / "artikel.txt", tmp_path / "leeg.txt"
    article.write_bytes(short_article(SEEDS[0]))
    empty.write_bytes(b"")
    out, day = settings.out_dir, run_day(None)
    briefed = CliRunner().invoke(app, [str(article), *model_args(settings)])
    assert briefed.exit_code == 0, briefed.output
    digest = out / f"digest-{day}.md"
    (brief_path,) = [Path(line) for line in briefed.stdout.splitlines()]
    assert f"(<{brief_path.name}>)" in digest.read_text(encoding="utf-8")  # the brief by hand, listed on its day
    assert CliRunner().invoke(app, ["site", "build", "--out", str(out)]).exit_code == 0

    failed = CliRunner().invoke(app, [str(empty), *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    listed = [line for line in failed.stderr.splitlines() if "listed" in line]
    assert listed == [f"brief: 1 not briefed, listed under {day}: digest-{day}.md and `brief failures list` show it"]
    text = digest.read_text(encoding="utf-8").split("<!--")[0]
    assert "## Not briefed" in text and "leeg.txt: the file has no text" in text and f"(<{brief_path.name}>)" in text
    assert "1 article could not be briefed." in (out / "site" / "days" / f"{day}.html").read_text(encoding="utf-8")


def test_a_failure_by_hand_loads_no_model(tmp_path, settings, monkeypatch) -> None:
    """A file refused by hand rewrites the day's digest without loading a model (a story summary is left to a run
    that has the summarizer at hand)."""
    from pipeline.engines import registry

    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    registry.unload_all()
    failed = CliRunner().invoke(app, [str(empty), *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    assert registry.loaded() == []
    assert empty.as_uri() in (settings.out_dir / f"digest-{run_day(None)}.md").read_text(encoding="utf-8")

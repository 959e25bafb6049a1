"""`brief FILE --day D` on a file briefed before (its brief cached) listed nothing under D: the day setting was
applied only where a brief is written. D's digest is to show what the run briefed, cached or not, as a brief
written under --day D would be listed (pipeline.catalog.days.list_cached): a cached brief no day lists yet joins D
— also one briefed by hand on another day whose digest has not taken it in (the day given wins) — while the
first listing still wins: a brief another day lists stays there and D's digest does not show it again. Both
cache-hit paths: the index of file bytes (every file cached: nothing is read) and the build path (one file new)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.times import reader_today
from tests.brief_cli.test_main import model_args
from tests.conftest import SEEDS, short_article

runner = CliRunner()


def _brief(settings, *args: str):
    done = runner.invoke(app, [*args, *model_args(settings), "-q"])
    assert done.exit_code == 0, done.output
    return done


def _listed(settings, day: str) -> list[str]:
    entries, _ = day_digest(open_catalog(settings), day)
    return [entry.brief for entry in entries]


def test_a_cached_brief_is_listed_under_the_day_given(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(short_article(SEEDS[2]))
    second.write_bytes(short_article(SEEDS[3]))
    yesterday = (reader_today() - timedelta(days=1)).isoformat()
    before = (reader_today() - timedelta(days=2)).isoformat()
    a = Path(_brief(settings, str(first)).stdout.strip()).name  # briefed by hand, no day: listed nowhere yet

    done = _brief(settings, str(first), "--day", yesterday)  # cached: the index of file bytes answers
    assert _listed(settings, yesterday) == [a]
    assert f"brief: listed under {yesterday}" in done.stderr

    _brief(settings, str(first), "--day", before)  # the first listing wins
    assert _listed(settings, before) == [] and _listed(settings, yesterday) == [a]

    done = _brief(settings, str(first), str(second), "--day", before)  # one new: the build path, a cached
    b = Path(done.stdout.strip().splitlines()[1]).name
    assert _listed(settings, before) == [b] and _listed(settings, yesterday) == [a]


def test_a_cached_brief_read_through_the_build_path_is_listed(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(short_article(SEEDS[2]))
    second.write_bytes(short_article(SEEDS[3]))
    yesterday = (reader_today() - timedelta(days=1)).isoformat()
    a = Path(_brief(settings, str(first)).stdout.strip()).name
    done = _brief(settings, str(first), str(second), "--day", yesterday)
    b = Path(done.stdout.strip().splitlines()[1]).name
    assert _listed(settings, yesterday) == [a, b]  # in the order the run went through them

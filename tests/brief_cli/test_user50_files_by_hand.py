"""A file given by hand that fails is recorded on the day (user50), as a page by hand is since user49: `brief FILE`
(or `brief file://…`) said "not Dutch", "empty", "too large" on the terminal and forgot it. A local file's address
is its absolute path as a file:// URL (`file:///home/me/inbox/x.txt`, however it was given: relative, with `..`,
as a file:// URL): that is what the day's failures list, and a later brief of the same file takes it off."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.times import run_day
from tests.conftest import SEEDS, model_args, short_article

ENGLISH = (
    "The government announced on Tuesday that it would raise taxes on fuel next year, a move that drew "
    "criticism from opposition parties and from drivers' associations across the country.\n\n"
    "The finance minister said the money would go to public transport and to insulating homes.\n"
)


@pytest.fixture()
def settings(tiny_settings, terse_marian: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


def _failures(settings, day: str | None = None) -> list[str]:
    return [f.source_name for f in day_digest(open_catalog(settings), day or run_day(None))[1]]


def test_a_file_by_hand_that_fails_is_listed_on_the_day_until_it_is_briefed(tmp_path, settings, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    english, empty = tmp_path / "fuel.txt", tmp_path / "leeg.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    empty.write_bytes(b"")
    failed = CliRunner().invoke(app, ["fuel.txt", empty.as_uri(), *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    assert _failures(settings) == [english.as_uri(), empty.as_uri()]
    listed = CliRunner().invoke(app, ["failures", "list", "--out", str(settings.out_dir)])
    assert listed.exit_code == 0, listed.output
    lines = listed.stdout.splitlines()
    assert lines[0].startswith(f"{run_day(None)}  {english.as_uri()}: looks like English"), lines
    assert "fuel.txt: fuel.txt" not in listed.stdout and "--force" in lines[0]

    english.write_bytes(short_article(SEEDS[0]))  # the file is Dutch now: briefed, its failure taken off
    (tmp_path / "sub").mkdir()
    briefed = CliRunner().invoke(app, [str(tmp_path / "sub" / ".." / "fuel.txt"), *model_args(settings)])
    assert briefed.exit_code == 0, briefed.output
    assert _failures(settings) == [empty.as_uri()]


def test_a_file_briefed_before_takes_its_failure_off_when_briefed_again(tmp_path, settings, database) -> None:
    """A file the index of briefs knows, failed since and back as it was: its failure listed on the day keeps it off
    the fast path, and the full path takes the failure off."""
    settings = settings.model_copy(update={"database_url": database})
    settings_env = {"BRIEF_DATABASE_URL": database} if database else {}
    article = tmp_path / "artikel.txt"
    article.write_bytes(short_article(SEEDS[0]))
    args = [str(article), *model_args(settings)]
    assert CliRunner().invoke(app, args, env=settings_env).exit_code == 0
    article.write_text(ENGLISH, encoding="utf-8")
    assert CliRunner().invoke(app, args, env=settings_env).exit_code == 2
    assert _failures(settings) == [article.as_uri()]
    article.write_bytes(short_article(SEEDS[0]))  # back as it was: a hit of the index
    again = CliRunner().invoke(app, args, env=settings_env)
    assert again.exit_code == 0, again.output
    assert _failures(settings) == []


def test_a_file_by_hand_with_a_day_is_listed_under_that_day(tmp_path, settings) -> None:
    big = tmp_path / "groot.txt"
    big.write_bytes(short_article(SEEDS[0]) * 4)
    args = [str(big), "--day", "2026-02-12", *model_args(settings)]
    failed = CliRunner().invoke(app, args, env={"BRIEF_MAX_INPUT_BYTES": "100"})
    assert failed.exit_code == 2, failed.output
    assert _failures(settings, "2026-02-12") == [big.as_uri()]
    assert _failures(settings) == []


def test_a_missing_file_is_no_failure_of_the_day(tmp_path, settings) -> None:
    """A path mistyped names no article: the terminal says so, the day lists nothing."""
    failed = CliRunner().invoke(app, [str(tmp_path / "typo.txt"), *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    assert _failures(settings) == []


def test_a_missing_file_given_as_a_file_url_is_no_failure_of_the_day(tmp_path, settings) -> None:
    """`brief file:///…/typo.txt`: its address is the URL as given, and still names no file (mend50p)."""
    failed = CliRunner().invoke(app, [(tmp_path / "typo.txt").as_uri(), *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    assert _failures(settings) == []


def test_a_file_that_failed_on_another_day_and_was_briefed_since_takes_the_fast_path(
    tmp_path, settings, database, monkeypatch
) -> None:
    """Only a failure of the run's day sends a file the index knows the full way (which takes off that day's only):
    one listed on another day does not, or the fast path would be off for that file for good (mend50p)."""
    settings = settings.model_copy(update={"database_url": database})
    settings_env = {"BRIEF_DATABASE_URL": database} if database else {}
    article = tmp_path / "artikel.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    args = [str(article), *model_args(settings)]
    assert CliRunner().invoke(app, [*args, "--day", "2026-02-11"], env=settings_env).exit_code == 2
    article.write_bytes(short_article(SEEDS[0]))
    assert CliRunner().invoke(app, args, env=settings_env).exit_code == 0  # briefed today, the full way
    full_way: list[object] = []
    monkeypatch.setattr("brief_cli.main._record_pages", lambda *args: full_way.append(args))
    again = CliRunner().invoke(app, args, env=settings_env)
    assert again.exit_code == 0, again.output
    assert full_way == []
    assert _failures(settings, "2026-02-11") == [article.as_uri()]

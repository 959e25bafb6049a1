"""Review of the by-hand digest rewrite (user51): a `brief` whose catalog was deleted rewrites the day's digest with the
day's briefs still in it (the new catalog is rebuilt from OUT), and a `brief --day` of another day rewrites that day's
digest, not today's."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.digest import update_digest
from pipeline.times import run_day
from tests.conftest import SEEDS, model_args, short_article

OTHER_DAY = "2026-02-12"


def _brief(path: Path, settings, code: int, *extra: str):
    done = CliRunner().invoke(app, [str(path), *model_args(settings), *extra])
    assert done.exit_code == code, done.output
    assert "Traceback" not in done.output
    return done


def test_a_failure_after_the_catalog_was_deleted_keeps_the_days_briefs_in_its_digest(tmp_path, settings) -> None:
    article, empty = tmp_path / "artikel.txt", tmp_path / "leeg.txt"
    article.write_bytes(short_article(SEEDS[0]))
    empty.write_bytes(b"")
    out, day = settings.out_dir, run_day(None)
    (brief,) = [Path(line) for line in _brief(article, settings, 0).stdout.splitlines()]
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's run
    digest = out / f"digest-{day}.md"
    assert f"(<{brief.name}>)" in digest.read_text(encoding="utf-8")
    (out / "catalog.sqlite").unlink()
    failed = _brief(empty, settings, 2)
    assert len(failed.stderr.splitlines()) == 2, failed.stderr  # the error, and where it is listed
    text = digest.read_text(encoding="utf-8").split("<!--")[0]
    assert f"(<{brief.name}>)" in text and "leeg.txt: the file has no text" in text


def test_a_failure_by_hand_on_another_day_rewrites_that_days_digest(tmp_path, settings) -> None:
    article, empty = tmp_path / "artikel.txt", tmp_path / "leeg.txt"
    article.write_bytes(short_article(SEEDS[1]))
    empty.write_bytes(b"")
    out, today = settings.out_dir, run_day(None)
    _brief(article, settings, 0, "--day", OTHER_DAY)
    _brief(article, settings, 0)  # listed under today too? the first listing wins: today has no brief of it
    update_digest(settings, OTHER_DAY, [], [], summarizer=lambda: None)  # that day's run
    before_today = sorted(p.name for p in out.glob("digest-*.md"))
    failed = _brief(empty, settings, 2, "--day", OTHER_DAY)
    assert f"listed under {OTHER_DAY}: {out / f'digest-{OTHER_DAY}.md'}" in failed.stderr
    assert "leeg.txt: the file has no text" in (out / f"digest-{OTHER_DAY}.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.glob("digest-*.md")) == before_today  # no digest of today appears
    assert f"digest-{today}.md" not in before_today

"""What `brief FILE` by hand does to the day's digest and web edition (user51). Before: a brief or a failure by hand was
recorded under the day in the catalog, but OUT/digest-DAY.md and the web edition's day page showed it only after a
daily run for that day — with the schedule in the morning, a file briefed or failed by hand in the afternoon reached
no digest at all (the next run's day is the next day), and `brief` said nothing of where a failure went. Now a `brief`
that writes a brief or lists a failure rewrites the day's digest when a run wrote one already (no model loaded for a
failure) and then the web edition, and says where the failure is listed; a day without a digest gets none (and a
bad file stays one line)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.digest import update_digest
from pipeline.times import run_day
from tests.conftest import SEEDS, model_args, short_article


def _brief(path: Path, settings, code: int):
    done = CliRunner().invoke(app, [str(path), *model_args(settings)])
    assert done.exit_code == code, done.output
    return done


def test_a_brief_and_a_failure_after_the_days_run_are_in_its_digest_and_site_at_once(tmp_path, settings) -> None:
    morning, afternoon, empty = tmp_path / "ochtend.txt", tmp_path / "middag.txt", tmp_path / "leeg.txt"
    morning.write_bytes(short_article(SEEDS[0]))
    afternoon.write_bytes(short_article(SEEDS[1]))
    empty.write_bytes(b"")
    out, day = settings.out_dir, run_day(None)
    digest = out / f"digest-{day}.md"
    _brief(morning, settings, 0)
    assert not digest.exists()  # `brief` alone writes no digest of a day that has none
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's (morning) run
    assert CliRunner().invoke(app, ["site", "build", "--out", str(out)]).exit_code == 0

    (later,) = [Path(line) for line in _brief(afternoon, settings, 0).stdout.splitlines()]
    assert f"(<{later.name}>)" in digest.read_text(encoding="utf-8")  # the afternoon's brief, in the day's digest
    failed = _brief(empty, settings, 2)
    listed = [line for line in failed.stderr.splitlines() if "listed" in line]
    assert listed == [f"brief: 1 not briefed, listed under {day}: {digest} and `brief failures list` show it"]
    text = digest.read_text(encoding="utf-8").split("<!--")[0]
    assert "## Not briefed" in text and "leeg.txt: the file has no text" in text and f"(<{later.name}>)" in text
    assert "1 article could not be briefed." in (out / "site" / "days" / f"{day}.html").read_text(encoding="utf-8")


def test_a_failure_by_hand_loads_no_model(tmp_path, settings) -> None:
    from pipeline.engines import registry

    first, second = tmp_path / "leeg.txt", tmp_path / "ook leeg.txt"
    first.write_bytes(b"")
    second.write_bytes(b"  \n")
    day = run_day(None)
    failed = _brief(first, settings, 2)
    assert len(failed.stderr.splitlines()) == 1  # no digest yet: bad input stays one line, and no digest is written
    assert not (settings.out_dir / f"digest-{day}.md").exists()
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's run
    registry.unload_all()
    _brief(second, settings, 2)
    assert registry.loaded() == []
    text = (settings.out_dir / f"digest-{day}.md").read_text(encoding="utf-8")
    assert "/leeg.txt: the file has no text" in text and "/ook%20leeg.txt: the file has no text" in text

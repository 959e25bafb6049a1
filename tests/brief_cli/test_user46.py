"""User pass 46, the command line: `--day` (the `day` setting) on `brief FILE` and `brief feeds poll` lists what
they brief under that day (a user catching up on yesterday); a day that is no date, or after today in Amsterdam,
is one line and exit 2 before anything is read; `brief serve` refuses a fixed day (every scheduled run would be
that day's)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.times import reader_today
from tests.brief_cli.test_main import assert_one_line_error, model_args, run_cli
from tests.conftest import SEEDS, short_article

runner = CliRunner()


def test_brief_file_with_day_lists_the_brief_under_that_day(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    article = tmp_path / "a.txt"
    article.write_bytes(short_article(SEEDS[2]))
    yesterday = (reader_today() - timedelta(days=1)).isoformat()
    done = runner.invoke(app, [str(article), *model_args(settings), "-q", "--day", yesterday])
    assert done.exit_code == 0, done.output
    entries, _ = day_digest(open_catalog(settings), yesterday)
    assert [entry.brief for entry in entries] == [Path(done.stdout.strip()).name]
    # said, so that a BRIEF_DAY exported for one run and forgotten does not list later briefs there unseen
    assert f"brief: listed under {yesterday} (the day setting: --day, BRIEF_DAY or --config), not under today" in (
        done.stderr
    )


@pytest.mark.parametrize("command", [["seeds/001_1ca57c5b1627cb3d.txt"], ["feeds", "poll", "http://127.0.0.1:9/f"]])
def test_a_day_after_today_is_one_line_and_exit_2(command: list[str], tmp_path: Path) -> None:
    later = (reader_today() + timedelta(days=2)).isoformat()
    done = run_cli(*command, "--day", later, "--out", str(tmp_path / "out"))
    assert_one_line_error(done, 2, f"day {later} is after today in Amsterdam")
    assert not (tmp_path / "out").exists()


def test_brief_serve_refuses_a_fixed_day(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "inbox").mkdir()
    monkeypatch.setenv("BRIEF_DAY", "2026-02-12")
    done = runner.invoke(app, ["serve", "--inbox", str(tmp_path / "inbox"), "--out", str(tmp_path / "out")])
    assert done.exit_code == 2
    assert "the day setting (2026-02-12: BRIEF_DAY or --config) would make every scheduled run that day's" in (
        done.output
    )


def test_sigterm_ends_a_poll_as_ctrl_c_does(server, tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    """A poll killed by SIGTERM (`kill`, a service manager's stop) died without a word (Ctrl-C says what is
    kept); it now unwinds as Ctrl-C does: one line, exit 143, no temporary file, and the next poll briefs all."""
    import os
    import signal
    import subprocess
    import time

    from tests.conftest import BRIEF, ROOT
    from tests.pipeline.test_feeds import rss, serve_feed
    from tests.pipeline.web.conftest import saved
    from tests.web_server import Answer

    page, other = (
        saved("html/nos_dodental-parijs-op-129.html"),
        saved("html/telegraaf_geen-id-twee-mh17-slachtoffers.html"),
    )
    server.serve("/a", page)
    server.handle("/b", lambda request: Answer(200, other, {"Content-Type": "text/html"}, delay=60))  # hangs
    items = [
        {"title": "A", "link": server.url("/a"), "guid": "a"},
        {"title": "B", "link": server.url("/b"), "guid": "b"},
    ]
    serve_feed(server, rss(items))
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    env = {**os.environ, "BRIEF_FETCH_PRIVATE_HOSTS": '["127.0.0.1"]', "BRIEF_FETCH_DELAY": "0"}
    command = [*BRIEF, "feeds", "poll", server.url("/feed.xml"), *model_args(settings), "--day", _yesterday()]
    poll = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not server.asked("/b") and time.monotonic() < deadline and poll.poll() is None:
        time.sleep(0.1)
    assert server.asked("/b"), poll.communicate(timeout=30)
    poll.send_signal(signal.SIGTERM)
    out, err = poll.communicate(timeout=60)
    assert poll.returncode == 143, err
    assert err.strip().splitlines()[-1] == (
        "brief: terminated (SIGTERM) — the entries briefed so far are kept; the next poll takes up the rest"
    )
    assert "Traceback" not in err and out == ""
    assert not list(settings.out_dir.rglob("*.tmp")) and not list(settings.out_dir.glob("*.md"))
    server.serve("/b", other)  # the page answers again: the next poll takes up both entries
    done = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *model_args(settings)], env=env)
    assert done.exit_code == 0, done.output
    assert len(done.stdout.split()) == 2


def _yesterday() -> str:
    return (reader_today() - timedelta(days=1)).isoformat()

"""The README's promises about state a user keeps: the catalog rebuilt from the briefs, files given by
other spellings, and a run stopped by SIGTERM. Black box: `brief` as a subprocess, tiny models."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

from tests.acceptance.conftest import BRIEF, User, front_matter
from tests.conftest import SEEDS


def _stories(user: User) -> list[dict]:
    run = user.brief("stories", "--out", str(user.out), "--json")
    assert run.code == 0, run.text
    return json.loads(run.out)


def test_catalog_rebuild_recreates_it_from_the_briefs(copied_user: User):
    """README: "lose it and … `brief catalog rebuild` recreates it from the briefs' front matter and the
    digests"; "the stories are made again (each brief joins its story from its Dutch text …)"."""
    before = sorted(a["brief"] for s in _stories(copied_user) for a in s["articles"])
    for path in copied_user.out.glob("catalog.sqlite*"):
        path.unlink()
    run = copied_user.brief("catalog", "rebuild", "--out", str(copied_user.out))
    assert run.code == 0, run.text
    assert sorted(a["brief"] for s in _stories(copied_user) for a in s["articles"]) == before


def test_file_url_reads_the_file_from_disk(copied_user: User):
    """README: "`brief file:///…/article.txt` on the command line reads that file from disk, as `brief PATH`
    does"."""
    briefs = {p.name for p in copied_user.briefs()}
    run = copied_user.brief((copied_user.root / "articles" / "seed.txt").as_uri())
    assert run.code == 0, run.text
    assert Path(run.out.strip().splitlines()[-1]).name in briefs


def test_file_named_like_a_subcommand_is_briefed_by_its_path(copied_user: User):
    """README: "A file whose name is a subcommand is briefed by its path: `brief ./cache`"."""
    briefs = {p.name for p in copied_user.briefs()}
    (copied_user.root / "cache").write_bytes((copied_user.root / "articles" / "seed.txt").read_bytes())
    run = copied_user.brief("./cache")
    assert run.code == 0, run.text
    assert Path(run.out.strip().splitlines()[-1]).name in briefs


def test_sigterm_keeps_what_was_written_and_nothing_half(user: User):
    """README: "SIGTERM (`kill`, a service manager's stop; exit 143) end `brief` …: one line saying what was
    kept (the briefs written so far; the next run … takes up the rest), nothing half-written"."""
    files = []
    for seed in SEEDS:
        files.append(user.root / seed.name)
        files[-1].write_bytes(seed.read_bytes())
    process = subprocess.Popen(
        [*BRIEF, *map(str, files)], env=user.env, cwd=user.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if (user.out / ".locks").is_dir() and any((user.out / ".locks").iterdir()):
            break
        time.sleep(0.1)
    assert process.poll() is None, "brief ended before it took an article's lock"
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    text = (out + err).decode("utf-8", "replace")
    assert process.returncode == 143, text
    assert "Traceback" not in text
    assert len([line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]) == 1, text
    for path in user.briefs():
        assert front_matter(path)["cache_key"] and "## Article" in path.read_text(encoding="utf-8")
    strays = [p.name for p in user.out.iterdir() if p.suffix not in (".md", ".xml") and "catalog" not in p.name]
    assert strays in ([], [".locks"]), strays


def test_day_setting_is_said(user: User):
    """README: "`brief` and `brief feeds poll` say "listed under DAY" when it is set"."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    yesterday = (datetime.now(ZoneInfo("Europe/Amsterdam")).date() - timedelta(days=1)).isoformat()
    article = user.root / "kort.txt"
    article.write_text("Kabinet valt.\n", encoding="utf-8")
    run = user.brief(str(article), "--day", yesterday)
    assert run.code == 0, run.text
    assert f"listed under {yesterday}" in run.text, run.text


def test_stories_period_counts_amsterdam_days(copied_user: User):
    """README: "`brief stories [--since DAY] [--until DAY]` … (a DAY is Amsterdam's …: an article of 23:30 UTC
    on 14 December is of the 15th; `--until` includes its day …)" — Omrop Fryslân's article is dated
    2022-02-11T23:30:00Z, so it is of 12 February."""

    def outlets(*args: str) -> set[str]:
        run = copied_user.brief("stories", "--out", str(copied_user.out), "--json", *args)
        assert run.code == 0, run.text
        return {a["outlet"] for s in json.loads(run.out) for a in s["articles"]}

    assert "Omrop Fryslân" in outlets("--since", "2022-02-12", "--until", "2022-02-12")
    assert "Omrop Fryslân" not in outlets("--until", "2022-02-11")

"""`brief FILE --day D` on a file whose brief is cached (user52): the brief was listed under D in the catalog, but
D's digest (and the web edition's day page) did not show it until a daily run for D rewrote it — while a brief
written by hand is in the digest at once (brief_cli.common.refresh_day, user51). A user who re-runs `brief` to place
an article on a day saw no change. Now a cached brief placed on D rewrites D's digest too, by the index of briefs
(no article read) and by the full path (a copy of the file with other bytes, the same article) alike."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.digest import update_digest
from pipeline.times import reader_today
from tests.conftest import SEEDS, model_args, short_article


def _brief(settings, *args: str) -> tuple[Path, str]:
    done = CliRunner().invoke(app, [*args, *model_args(settings), "-q"])
    assert done.exit_code == 0, done.output
    (path,) = [Path(line) for line in done.stdout.splitlines()]
    return path, done.stderr


def _stories_on(site: Path, day: str) -> int:
    return (site / "days" / f"{day}.html").read_text(encoding="utf-8").count('<article class="story"')


@pytest.mark.parametrize("copy", [False, True], ids=["index-of-briefs", "full-path"])
def test_a_cached_brief_placed_on_a_day_is_in_that_days_digest(tmp_path, settings, copy: bool) -> None:
    day = (reader_today() - timedelta(days=1)).isoformat()
    first, placed = tmp_path / "eerste.txt", tmp_path / "later.txt"
    first.write_bytes(short_article(SEEDS[0]))
    placed.write_bytes(short_article(SEEDS[1]))
    _brief(settings, str(first), "--day", day)
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's run wrote its digest
    digest = settings.out_dir / f"digest-{day}.md"
    assert CliRunner().invoke(app, ["site", "build", "--out", str(settings.out_dir)]).exit_code == 0
    brief, _ = _brief(settings, str(placed))  # written by hand today, before any digest of today: no day lists it
    assert f"(<{brief.name}>)" not in digest.read_text(encoding="utf-8")
    assert _stories_on(settings.out_dir / "site", day) == 1
    if copy:  # other bytes, the same article: the index of briefs misses, the full path finds the brief by its key
        placed = tmp_path / "later kopie.txt"
        placed.write_bytes(short_article(SEEDS[1]) + b"\n\n\n")
    again, said = _brief(settings, str(placed), "--day", day)
    assert again == brief
    assert f"brief: listed under {day}" in said, said
    assert f"(<{brief.name}>)" in digest.read_text(encoding="utf-8")  # the day's digest shows it now
    assert _stories_on(settings.out_dir / "site", day) == 2  # and the web edition's day page
    if copy:  # the full path again (the index of briefs knows the copy now)
        placed = tmp_path / "later kopie 2.txt"
        placed.write_bytes(short_article(SEEDS[1]) + b"\n\n\n\n")
    _, said = _brief(settings, str(placed), "--day", day)  # placed already: nothing to bring up to date
    assert f"brief: listed under {day}" in said and "site:" not in said, said


def test_a_polled_entry_found_cached_placed_on_a_day_is_in_that_days_digest(server, tmp_path, settings) -> None:
    """`brief feeds poll --day D` whose changed entry (a new title, the same article) is found briefed lists it under
    D (pipeline.brief.list_under_day) — and now D's digest shows it, as it shows an entry the poll wrote."""
    from tests.pipeline.test_feeds import NOS, rss, serve_feed
    from tests.pipeline.web.conftest import saved

    day = (reader_today() - timedelta(days=1)).isoformat()
    first = tmp_path / "eerste.txt"
    first.write_bytes(short_article(SEEDS[0]))
    _brief(settings, str(first), "--day", day)
    update_digest(settings, day, [], [], summarizer=lambda: None)  # the day's run wrote its digest
    digest = settings.out_dir / f"digest-{day}.md"
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nfetch_delay = 0\n", encoding="utf-8")
    server.serve("/a", saved(NOS))
    poll = ["feeds", "poll", server.url("/feed.xml"), *model_args(settings), "--config", str(config)]
    for title, etag, when in (("Parijs", '"v1"', []), ("Parijs, bijgewerkt", '"v2"', ["--day", day])):
        serve_feed(server, rss([{"title": title, "link": server.url("/a"), "guid": "a"}]), etag=etag)
        polled = CliRunner().invoke(app, [*poll, *when])
        assert polled.exit_code == 0, polled.output
        (brief,) = [Path(line) for line in polled.stdout.splitlines()]
        assert (f"(<{brief.name}>)" in digest.read_text(encoding="utf-8")) is bool(when), title

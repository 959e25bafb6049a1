"""A page given by hand that fails is recorded on the day (user49): `brief URL` said a 404, a robots.txt refusal or
a page that is not Dutch on the terminal and forgot it, while a feed entry's failure is listed with the day's
failures. Now it is listed as the feed's are — the day's digest ("Not briefed"), `brief failures list` — and a
later brief of the same address takes it off. Loopback server, tiny models."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.times import run_day
from tests.conftest import model_args
from tests.pipeline.test_feeds import NOS
from tests.pipeline.web.conftest import saved

ENGLISH = (
    b"<html lang='en'><head><title>Fuel tax</title></head><body><article><h1>Fuel tax to rise</h1>"
    b"<p>The government announced on Tuesday that it would raise taxes on fuel next year, a move that drew "
    b"criticism from opposition parties and from drivers' associations across the country.</p>"
    b"<p>The finance minister said the money would go to public transport and to insulating homes.</p>"
    b"</article></body></html>"
)


@pytest.fixture()
def settings(tiny_settings, terse_marian: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", '["127.0.0.1"]')
    monkeypatch.setenv("BRIEF_FETCH_DELAY", "0")
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


def _listed(settings) -> list[str]:
    listed = CliRunner().invoke(app, ["failures", "list", "--out", str(settings.out_dir)])
    assert listed.exit_code == 0, listed.output
    return listed.stdout.splitlines()


def test_a_page_by_hand_that_fails_is_listed_on_the_day_until_it_is_briefed(server, settings) -> None:
    server.serve("/nieuws/later", b"", status=404)
    server.serve("/news/fuel", ENGLISH)
    missing, english = server.url("/nieuws/later"), server.url("/news/fuel")
    failed = CliRunner().invoke(app, [missing, english, *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    today = run_day(None)
    lines = _listed(settings)
    assert len(lines) == 2 and all(line.startswith(f"{today}  ") for line in lines), lines
    assert lines[0].startswith(f"{today}  {missing}: ") and "404" in lines[0]
    assert lines[1].startswith(f"{today}  {english}: looks like English") and "--force" in lines[1]
    assert [f.source_name for f in day_digest(open_catalog(settings), today)[1]] == [missing, english]

    server.serve("/nieuws/later", saved(NOS))  # the page is there now: briefed by hand, its failure taken off
    briefed = CliRunner().invoke(app, [missing, *model_args(settings)])
    assert briefed.exit_code == 0, briefed.output
    assert _listed(settings) == [lines[1]]
    assert [f.source_name for f in day_digest(open_catalog(settings), today)[1]] == [english]


def test_a_page_by_hand_with_a_day_is_listed_under_that_day(server, settings) -> None:
    server.serve("/nieuws/later", b"", status=404)
    url = server.url("/nieuws/later")
    failed = CliRunner().invoke(app, [url, "--day", "2026-02-12", *model_args(settings)])
    assert failed.exit_code == 2, failed.output
    assert [f.source_name for f in day_digest(open_catalog(settings), "2026-02-12")[1]] == [url]
    assert day_digest(open_catalog(settings), run_day(None))[1] == []


def test_a_feed_polled_by_hand_lists_its_failed_entries_on_the_day(server, settings, monkeypatch) -> None:
    """`brief feeds poll` said a failed entry on the terminal only; the daily run listed it with the day's failures."""
    from tests.pipeline.test_feeds import rss, serve_feed

    monkeypatch.setenv("BRIEF_FEED_MISSING_RETRY_HOURS", "0")  # a 404 is given up at once
    server.serve("/nieuws/weg", b"", status=404)
    serve_feed(
        server, rss([{"title": "Weg", "description": "Kort.", "guid": "weg", "link": server.url("/nieuws/weg")}])
    )
    polled = CliRunner().invoke(app, ["feeds", "poll", server.url("/feed.xml"), *model_args(settings)])
    assert polled.exit_code == 2, polled.output
    (line,) = _listed(settings)
    assert line.startswith(f"{run_day(None)}  {server.url('/nieuws/weg')}: ") and "404" in line

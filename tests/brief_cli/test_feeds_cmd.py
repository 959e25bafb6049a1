"""`brief PAGE.html`, `brief URL`, `brief feeds poll|list` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
import yaml
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.feeds import poll_feeds
from pipeline.web.fetch import Fetcher
from tests.brief_cli.test_main import assert_one_line_error, model_args, run_cli
from tests.conftest import shared_dir
from tests.pipeline.test_feeds import FakeModels, rss, serve_feed

HTML = shared_dir("web") / "html"
runner = CliRunner()


@pytest.fixture()
def tiny_settings(tiny_settings, terse_marian: Path):
    """The tiny models with the terse translator (tests/conftest.py, a word a sentence): these
    tests check what is fetched, briefed, printed and listed, not the English."""
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})


def test_a_saved_page_is_briefed_without_network_and_listed_in_the_atom_feed(tiny_settings, monkeypatch) -> None:
    import httpx

    monkeypatch.setattr(httpx.Client, "send", lambda *a, **k: pytest.fail("the network was used"))
    page = str(HTML / "telegraaf_geen-id-twee-mh17-slachtoffers.html")
    done = runner.invoke(app, [page, *model_args(tiny_settings), "-q"])
    assert done.exit_code == 0, done.output
    brief = Path(done.stdout.strip())
    meta = yaml.safe_load(brief.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0])
    assert meta["source_title"] == "Rutte: geen identificatie 2 slachtoffers MH17"
    assert meta["fetched_at"] is None and meta["extracted_from"] == "page"
    atom = feedparser.parse((tiny_settings.out_dir / "feed.xml").read_bytes())
    assert [e.title for e in atom.entries] == [meta["title"]]


def test_a_consent_wall_page_exits_2_with_one_line() -> None:
    done = run_cli(str(HTML / "hln_dpg-privacy-gate_consent-wall.html"))
    assert_one_line_error(done, 2, "consent wall")


def test_a_url_robots_txt_disallows_exits_2_without_fetching_it(server, tmp_path: Path) -> None:
    server.serve("/robots.txt", b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    done = runner.invoke(app, [server.url("/artikel"), "--out", str(tmp_path)])
    assert done.exit_code == 2 and "disallowed by" in done.output
    assert server.asked("/artikel") == []


def test_feeds_poll_without_feeds_exits_2(tmp_path: Path) -> None:
    done = runner.invoke(app, ["feeds", "poll", "--out", str(tmp_path)])
    assert done.exit_code == 2 and "no feeds given and none configured" in done.output


def test_feeds_list_shows_configured_feeds_with_their_state(server, tmp_path: Path) -> None:
    from pipeline.settings import load_settings

    server.serve("/a", (HTML / "nos_dodental-parijs-op-129.html").read_bytes())
    serve_feed(server, rss([{"title": "Parijs", "link": server.url("/a"), "guid": "a"}]))
    config = tmp_path / "brief.toml"
    config.write_text(
        f'[brief]\nout_dir = "{tmp_path / "out"}"\nbackend = "torch"\nfetch_delay = 0\n'
        f'[[brief.feeds]]\nurl = "{server.url("/feed.xml")}"\nname = "Test"\n'
        '[[brief.feeds]]\nurl = "http://127.0.0.1:9/never.xml"\n',
        encoding="utf-8",
    )
    settings = load_settings(config, cache_dir=tmp_path / "cache")
    poll_feeds(
        [server.url("/feed.xml")],
        settings,
        fetcher=Fetcher(private_hosts=("127.0.0.1", "localhost"), delay=0),
        models=FakeModels(settings),
    )
    done = runner.invoke(app, ["feeds", "list", "--config", str(config)])
    assert done.exit_code == 0, done.output
    first, second = done.output.strip().splitlines()
    assert first.startswith(f"Test {server.url('/feed.xml')}: last poll 20") and "1 entry seen, 1 briefed" in first
    assert second == "http://127.0.0.1:9/never.xml: last poll never (-), 0 entries seen, 0 briefed"


def test_feeds_poll_prints_each_new_brief_and_nothing_when_unchanged(server, tiny_settings, tmp_path: Path) -> None:
    server.serve("/a", (HTML / "telegraaf_geen-id-twee-mh17-slachtoffers.html").read_bytes())
    server.serve("/gone", b"", status=404)
    items = [
        {"title": "MH17", "link": server.url("/a"), "guid": "a"},
        {"title": "Weg", "link": server.url("/gone"), "guid": "g"},
    ]
    serve_feed(server, rss(items))
    config = tmp_path / "brief.toml"
    config.write_text(  # a 404 is bad input at once (no window of retries: tests/pipeline/test_missing_pages.py)
        f'[brief]\nfetch_delay = 0\nfeed_missing_retry_hours = 0\ncache_dir = "{tmp_path / "cache"}"\n',
        encoding="utf-8",
    )
    # the models, device and output folder as options, as `brief FILE` takes them
    args = [
        "feeds",
        "poll",
        server.url("/feed.xml"),
        *model_args(tiny_settings, tmp_path / "out"),
        "--config",
        str(config),
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 2  # the 404 entry (a teaser only) is bad input, listed in one line
    assert [Path(line).is_file() for line in first.stdout.splitlines()] == [True]
    assert "HTTP 404" in first.stderr and "the feed has only a teaser" in first.stderr
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and second.stdout == ""

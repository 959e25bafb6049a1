"""A feed whose article pages' host cannot be reached (user51b): `brief feeds poll` said one error line per entry
("…: cannot connect (not tried: 127.0.0.1:PORT could not be reached 0 s ago — …)"), 30 lines for a feed of 30
teasers, and the day's digest listed each. Now one line per host with the count and the first entry; each entry is
still listed by `brief failures list` and tried again at the next poll."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.brief_cli.test_main import model_args
from tests.pipeline.test_feeds import rss, serve_feed

runner = CliRunner()


def closed_port() -> int:
    """A loopback port nothing listens on: a connection to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def dead_links(server, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    port = closed_port()
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", json.dumps([*server.allowed, f"127.0.0.1:{port}"]))
    links = [f"http://127.0.0.1:{port}/artikel{i}" for i in range(4)]
    items = [
        {"title": f"Kort {i}", "description": "Kort.", "guid": f"g{i}", "link": link} for i, link in enumerate(links)
    ]
    serve_feed(server, rss(items))
    return links


@pytest.fixture()
def poll_args(tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    config = tmp_path / "brief.toml"
    config.write_text(
        f'[brief]\nfetch_delay = 0\nfetch_retries = 0\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8"
    )
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    return [*model_args(settings, tmp_path / "out"), "--config", str(config)]


def test_entries_of_an_unreachable_host_are_one_line_with_a_count(server, dead_links, poll_args) -> None:
    polled = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *poll_args])
    assert polled.exit_code == 1, polled.output
    lines = [line for line in polled.stderr.splitlines() if "cannot connect" in line or "could not be reached" in line]
    assert len(lines) == 1, polled.stderr
    (line,) = lines
    assert "4 entries" in line and dead_links[0] in line and "3 more" in line, line
    assert "brief failures list" in line, line
    assert "4 not briefed" in polled.stderr, polled.stderr  # the feed's outcome line counts each
    listed = runner.invoke(app, ["failures", "list", *poll_args[poll_args.index("--out") :]])
    assert listed.exit_code == 0, listed.output
    for link in dead_links:  # no silent loss: each entry still listed, one line each
        assert link in listed.stdout, listed.output


def test_one_unreachable_entry_names_its_entry(server, poll_args, monkeypatch: pytest.MonkeyPatch) -> None:
    port = closed_port()
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", json.dumps([*server.allowed, f"127.0.0.1:{port}"]))
    link = f"http://127.0.0.1:{port}/artikel"
    serve_feed(server, rss([{"title": "Kort", "description": "Kort.", "guid": "g", "link": link}]))
    polled = runner.invoke(app, ["feeds", "poll", server.url("/feed.xml"), *poll_args])
    (line,) = [line for line in polled.stderr.splitlines() if "cannot connect" in line]
    assert link in line and "more" not in line, line


def test_the_digest_lists_an_unreachable_host_once_and_counts_each_entry() -> None:
    from pipeline.digest_document import DigestFailure
    from pipeline.render.digest import render_digest

    down = [DigestFailure(f"https://example.test/stuk{i}", "cannot connect (ConnectError: refused)") for i in range(3)]
    other = DigestFailure("https://example.org/weg", "HTTP 404 — the page is gone")
    alone = DigestFailure("https://elders.test/een", "cannot connect (ConnectError: refused)")
    digest = render_digest("2026-12-07", [], [down[0], other, *down[1:], alone])
    bullets = [line for line in digest.split("## Not briefed", 1)[1].splitlines() if line.startswith("- ")]
    assert len(bullets) == 3, digest
    assert bullets[0].startswith("- example.test: 3 entries not briefed") and "stuk0" in bullets[0], bullets
    assert "and 2 more" in bullets[0] and "stuk1" not in bullets[0], bullets
    assert "example.org/weg" in bullets[1] and "elders.test/een" in bullets[2] and "entries" not in bullets[2]
    assert "5 could not be briefed" in digest, digest

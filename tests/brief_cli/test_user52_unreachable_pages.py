"""`brief URL URL …` by hand with several pages on one host no connection reaches (user52): the terminal said one
error line per page, while `brief feeds poll`, the daily run's log and the digest say them in one line per host
(pipeline.host_failures). Now the terminal says them the same way; each page is still a failure of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.brief_cli.test_main import model_args
from tests.brief_cli.test_user51b_unreachable_lines import closed_port

runner = CliRunner()


@pytest.fixture()
def args(tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    config = tmp_path / "brief.toml"
    config.write_text(
        f'[brief]\nfetch_delay = 0\nfetch_retries = 0\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8"
    )
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    return [*model_args(settings, tmp_path / "out"), "--config", str(config), "-q"]


def test_pages_of_an_unreachable_host_are_one_line_by_hand_too(args, tmp_path, monkeypatch) -> None:
    port, other = closed_port(), closed_port()
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", json.dumps([f"127.0.0.1:{port}", f"127.0.0.1:{other}"]))
    pages = [f"http://127.0.0.1:{port}/artikel{i}" for i in range(3)]
    alone = f"http://127.0.0.1:{other}/los"
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    done = runner.invoke(app, [pages[0], str(empty), *pages[1:], alone, *args])
    assert done.exit_code == 2, done.output  # bad input among the failures: exit 2 as before
    errors = done.stderr.splitlines()
    assert len(errors) == 3, done.stderr  # the host's line, the empty file's, the other host's one page
    host_line, file_line, alone_line = errors
    assert host_line.startswith(f"brief: error: 127.0.0.1:{port}: 3 pages not briefed, their host could not be reached")
    assert f"the first, {pages[0]}: cannot connect (" in host_line and "and 2 more" in host_line, host_line
    assert "the same command again tries each; `brief failures list` lists each" in host_line, host_line
    assert "leeg.txt" in file_line and alone_line.startswith(f"brief: error: {alone}: cannot connect ("), errors
    listed = runner.invoke(app, ["failures", "list", *args[args.index("--out") : args.index("--out") + 2]])
    for page in [*pages, alone]:  # no loss: each page is still a failure of its own
        assert page in listed.stdout, listed.output


def test_the_digest_says_pages_by_hand_are_not_tried_by_a_poll(args, tmp_path, monkeypatch) -> None:
    """The day's digest lists a poll's entries and the pages given by hand alike; its host line said "each tried again
    at the next poll" of pages no poll will ask for. It now says which are tried again when."""
    from pipeline.digest import update_digest
    from pipeline.settings import load_settings
    from pipeline.times import run_day

    port = closed_port()
    monkeypatch.setenv("BRIEF_FETCH_PRIVATE_HOSTS", json.dumps([f"127.0.0.1:{port}"]))
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    assert runner.invoke(app, [str(empty), *args]).exit_code == 2  # a failure of the day: the day has something
    out = Path(args[args.index("--out") + 1])
    update_digest(load_settings(None, out_dir=out), run_day(None), [], [], summarizer=lambda: None)  # the day's run
    pages = [f"http://127.0.0.1:{port}/artikel{i}" for i in range(2)]
    assert runner.invoke(app, [*pages, *args]).exit_code == 1
    digest = (out / f"digest-{run_day(None)}.md").read_text(encoding="utf-8").split("<!--")[0]
    (line,) = [line for line in digest.splitlines() if "could not be reached" in line]
    assert "2 entries not briefed" in line and "tried again at the next poll" not in line, line
    assert "a page given by hand when briefed again" in line, line

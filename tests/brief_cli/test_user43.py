"""Stop 43, as a user: a settings file with a mistyped key ('translater') was refused with pydantic's words,
"invalid setting translater: Extra inputs are not permitted" — not which file, nor what the key should be. It now
names the file and the setting it is likely a typo of."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pipeline.errors import SettingsError
from pipeline.settings import load_settings
from tests.brief_cli.test_main import assert_one_line_error
from tests.conftest import BRIEF, ROOT, SEEDS


def test_a_mistyped_key_in_the_config_file_names_the_file_and_the_setting_meant(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('[brief]\ntranslater = "Helsinki-NLP/opus-mt-nl-en"\n', encoding="utf-8")
    done = subprocess.run(
        [*BRIEF, "--config", str(config), str(SEEDS[0]), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert_one_line_error(done, 2, f"unknown setting translater in {config} — did you mean translator?")
    assert not (tmp_path / "out").exists()  # refused before anything is made


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("fetch_privat_hosts", "did you mean fetch_private_hosts?"),
        ("out-dri", "did you mean out_dir?"),  # a dash is read as an underscore first
        ("zzz", "no setting has that name"),
    ],
    ids=["typo", "dashed", "nothing-close"],
)
def test_the_nearest_setting_is_named(tmp_path: Path, key: str, hint: str) -> None:
    config = tmp_path / "brief.toml"
    config.write_text(f"[brief]\n{key} = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(config)
    assert str(caught.value) == f"unknown setting {key.replace('-', '_')} in {config} — {hint}"


def test_an_unknown_key_given_in_code_names_no_file(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('[brief]\ndevice = "cpu"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(config, devise="cpu")  # the flow's settings parameter, say
    assert str(caught.value) == "unknown setting devise — did you mean device?"


def test_a_mistyped_key_of_a_watchlist_is_still_refused(tmp_path: Path) -> None:
    config = tmp_path / "brief.toml"
    config.write_text('[[brief.watch]]\nname = "n"\nterms = ["a"]\nnotfy = ["a@example.org"]\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"invalid setting watch\.0\."):
        load_settings(config)


def test_a_feed_entry_changed_in_the_feed_only_is_not_counted_as_briefed(server, tmp_path: Path, monkeypatch) -> None:
    """An entry whose title changed in the feed is fetched again; its article had not changed, so its brief stands
    — the poll said "1 briefed" all the same (and wrote nothing)."""
    from typer.testing import CliRunner

    import pipeline.feeds
    from brief_cli.main import app
    from tests.pipeline.test_feeds import FakeModels, rss, serve_feed
    from tests.pipeline.web.conftest import HTML

    monkeypatch.setattr(pipeline.feeds, "Models", FakeModels)
    server.serve("/a", (HTML / "telegraaf_geen-id-twee-mh17-slachtoffers.html").read_bytes())
    config = tmp_path / "brief.toml"
    config.write_text(f'[brief]\nfetch_delay = 0\ncache_dir = "{tmp_path / "cache"}"\n', encoding="utf-8")
    args = ["feeds", "poll", server.url("/feed.xml"), "--out", str(tmp_path / "out"), "--config", str(config)]
    lines = []
    for version, title in (("v1", "MH17"), ("v2", "MH17 (bijgewerkt)")):
        serve_feed(server, rss([{"title": title, "link": server.url("/a"), "guid": "a"}]), etag=f'"{version}"')
        done = CliRunner().invoke(app, args)
        assert done.exit_code == 0, done.output
        assert Path(done.stdout.strip()).is_file()  # the brief's path, both times
        lines.append(done.stderr.strip().splitlines()[-1])
    assert lines == [
        f"brief: {server.url('/feed.xml')}: 1 briefed, 0 not briefed, 0 seen before",
        f"brief: {server.url('/feed.xml')}: 0 briefed, 1 already briefed (the article unchanged), 0 not briefed, "
        "0 seen before",
    ]


def test_a_mistyped_command_is_named_before_anything_runs(server) -> None:
    """`brief feed poll URL` read 'feed' and 'poll' as missing files and fetched the feed's URL as an article."""
    from tests.brief_cli.test_main import run_cli

    done = run_cli("feed", "poll", server.url("/feed.xml"))
    assert_one_line_error(done, 2, "feed: no such file, and no command — did you mean `brief feeds`?")
    assert "poll" not in done.stderr and server.asked("/feed.xml") == []


@pytest.mark.parametrize("first", ["feed", "stoires"])
def test_a_file_of_that_name_or_a_name_like_no_command_is_briefed_as_before(
    tmp_path: Path, monkeypatch, first: str
) -> None:
    import typer

    from brief_cli.shell import _refuse_a_mistyped_command

    commands = ["serve", "eval", "stories", "cache", "models", "feeds", "failures", "catalog", "site"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / first).write_text("Een artikel.", encoding="utf-8")
    _refuse_a_mistyped_command(first, commands)  # the file exists: it is briefed
    for missing in ("artikel", "nieuws", "feed.txt", "./feed", "https://example.org/feed"):
        _refuse_a_mistyped_command(missing, commands)  # a missing file stays the file's own error
    with pytest.raises(typer.Exit):
        _refuse_a_mistyped_command("catlog", commands)


def test_ctrl_c_during_a_poll_says_so_and_what_is_kept(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C in `brief feeds poll` ended it with a blank line and exit 130; `brief FILE` says 'interrupted'."""
    from typer.testing import CliRunner

    import pipeline.feeds
    from brief_cli.main import app

    def interrupted(urls, settings):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.feeds, "poll_feeds", interrupted)
    done = CliRunner().invoke(app, ["feeds", "poll", "http://127.0.0.1:9/feed.xml", "--out", str(tmp_path)])
    assert done.exit_code == 130
    assert done.stderr.strip() == (
        "brief: interrupted — the entries briefed so far are kept; the next poll takes up the rest"
    )


def test_site_build_help_names_the_exit_status_it_gives_for_a_missing_folder(tmp_path: Path) -> None:
    """`brief site build --help` said 'Exit status: 0 built, 1 the site could not be written'; a mistyped --out
    exits 2."""
    from typer.testing import CliRunner

    from brief_cli.main import app

    help_text = " ".join(CliRunner().invoke(app, ["site", "build", "--help"]).output.split())
    assert "2 OUT is no folder of briefs" in help_text
    done = CliRunner().invoke(app, ["site", "build", "--out", str(tmp_path / "nope")])
    assert done.exit_code == 2 and "is not a folder of briefs" in done.output


def test_a_mistyped_brief_variable_is_named_not_silently_ignored(tmp_path: Path) -> None:
    """BRIEF_DEVCE=cpu was ignored without a word: the default device stayed in force."""
    import os

    (tmp_path / "out").mkdir()
    env = {**os.environ, "BRIEF_DEVCE": "cpu", "BRIEF_DEBUG": "1", "BRIEF_ZZZ": "1"}
    done = subprocess.run(
        [*BRIEF, "stories", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert warnings == [
        "brief: warning: BRIEF_DEVCE names no setting — ignored (did you mean BRIEF_DEVICE?)",
        "brief: warning: BRIEF_ZZZ names no setting — ignored",
    ]  # BRIEF_DEBUG and BRIEF_CONFIG are the command's own

"""The `brief` command: exit codes, one-line errors, several files with one model load, settings."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.conftest import BRIEF, ROOT, SEEDS, model_args, short_article

runner = CliRunner()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `brief` in a fresh process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*BRIEF, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=600,
    )


def assert_one_line_error(done: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert done.returncode == code, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert any(fragment in line for line in lines), done.stderr
    assert "Traceback" not in done.stderr
    error_lines = [line for line in lines if line.startswith("brief: error:")]
    assert error_lines and all(len(line) < 400 for line in error_lines)


def test_help_explains_the_command_and_lists_every_subcommand() -> None:
    import typer.main

    done = run_cli("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: brief [OPTIONS] {FILE|URL}...")  # as it is typed, not "brief brief"
    listed = done.stdout.split("\nCommands:\n", 1)[1]
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert len(commands) >= 7
    for name in commands:
        assert f"\n  {name} " in f"\n{listed}", name
    for option in (
        "--out",
        "--force",
        "--translator",
        "--summarizer",
        "--device",
        "--num-beams",
        "--config",
        "--keep-all",
        "Exit status",
    ):
        assert option in done.stdout


@pytest.mark.parametrize(
    "name, data, fragment",
    [
        ("empty.txt", b"", "no text"),
        ("spaces.txt", b" \n\t\n  \n", "no text"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("broken.txt", b"\xef\xbb\xbfGoed begin \xff\xfe en dan kapot", "invalid utf-8"),
    ],
    ids=["empty", "whitespace", "binary", "undecodable"],
)
def test_bad_files_exit_2_with_one_line_and_write_nothing(
    tmp_path: Path, name: str, data: bytes, fragment: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / "out"
    done = run_cli(str(source), "--out", str(out))
    assert_one_line_error(done, 2, fragment)
    # no brief, no feed: only the catalog, which lists the failure on the day (user50)
    left = (
        [p.name for p in out.iterdir() if not p.name.startswith(("catalog.sqlite", ".locks"))] if out.exists() else []
    )
    assert left == []


def test_missing_file_and_directory_exit_2(tmp_path: Path) -> None:
    assert_one_line_error(run_cli(str(tmp_path / "nergens.txt")), 2, "no such file")
    assert_one_line_error(run_cli(str(tmp_path)), 2, "is a directory")


def test_invalid_setting_exits_2(tmp_path: Path) -> None:
    assert_one_line_error(run_cli(str(SEEDS[0]), env={"BRIEF_NUM_BEAMS": "veel"}), 2, "num_beams")
    assert_one_line_error(run_cli(str(SEEDS[0]), "--device", "tpu"), 2, "device")
    config = tmp_path / "brief.toml"
    config.write_text("[brief]\nnum_beams = 0\n")
    assert_one_line_error(run_cli(str(SEEDS[0]), "--config", str(config)), 2, "num_beams")


def test_missing_model_directory_exits_1(tmp_path: Path) -> None:
    done = run_cli(str(SEEDS[0]), "--translator", str(tmp_path / "geen-model"), "--out", str(tmp_path / "out"))
    assert_one_line_error(done, 1, "no such model directory")
    assert not list((tmp_path / "out").glob("*.md*")) and not list((tmp_path / "out").glob(".*.tmp"))


def test_uncached_hub_model_offline_exits_1_and_says_what_to_do(tmp_path: Path) -> None:
    done = run_cli(
        str(SEEDS[0]), "--out", str(tmp_path / "out"), env={"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    )
    assert_one_line_error(done, 1, "Helsinki-NLP/opus-mt-nl-en")
    assert "not in the Hugging Face cache" in done.stderr and "--translator" in done.stderr


def test_several_files_load_the_models_once_and_a_bad_one_fails_alone(
    tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.engines import registry

    # the terse translator (tests/conftest.py, a word a sentence); its translations are kept, so in
    # a sentence cache of this test's own: none from an earlier test can spare the translator's load
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "sentence-cache"))

    bad = tmp_path / "leeg.txt"
    bad.write_text("")
    one, two = tmp_path / SEEDS[1].name, tmp_path / SEEDS[2].name  # their first paragraphs: the length plays no part
    one.write_bytes(short_article(SEEDS[1]))
    two.write_bytes(short_article(SEEDS[2]))
    registry.unload_all()
    result = runner.invoke(app, [str(one), str(bad), str(two), *model_args(tiny_settings), "--quiet"])
    assert result.exit_code == 2, result.output
    written = [Path(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(written) == 2 and all(p.is_file() for p in written)
    assert len(registry.loaded()) == 2  # one translator + one summarizer for all files
    assert "leeg.txt" in result.stderr


def test_settings_from_toml_and_environment(tmp_path: Path, tiny_settings) -> None:
    from pipeline.settings import load_settings

    config = tmp_path / "brief.toml"
    config.write_text('[brief]\nnum_beams = 3\nout_dir = "from-toml"\nsummary_max_length = 60\n')
    settings = load_settings(config)
    assert (settings.num_beams, settings.out_dir, settings.summary_max_length) == (3, Path("from-toml"), 60)
    os.environ["BRIEF_NUM_BEAMS"] = "5"
    try:
        assert load_settings(config).num_beams == 5  # environment beats the file
        assert load_settings(config, num_beams=2).num_beams == 2  # an explicit option beats both
    finally:
        del os.environ["BRIEF_NUM_BEAMS"]


def test_environment_variables_of_every_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """BRIEF_* in any case; numbers, booleans, paths, choices, JSON lists; a bad value names its setting."""
    from pipeline.errors import SettingsError
    from pipeline.settings import BriefSettings, FeedSource, load_settings

    monkeypatch.setenv("BRIEF_KEEP_ALL", "true")
    monkeypatch.setenv("brief_backend", "torch")
    monkeypatch.setenv("BRIEF_CACHE_DIR", "/tmp/elsewhere")
    monkeypatch.setenv("BRIEF_BATCH_ARTICLES", "7")
    monkeypatch.setenv("BRIEF_FEEDS", '[{"url": "https://example.org/rss.xml", "name": "voorbeeld"}]')
    settings = BriefSettings()
    assert settings.keep_all is True and settings.backend == "torch" and settings.batch_articles == 7
    assert settings.cache_dir == Path("/tmp/elsewhere")
    assert settings.feeds == [FeedSource(url="https://example.org/rss.xml", name="voorbeeld")]
    assert BriefSettings(batch_articles=3).batch_articles == 3  # an explicit value beats the environment
    monkeypatch.setenv("BRIEF_FEEDS", "https://example.org/rss.xml")
    with pytest.raises(SettingsError, match="invalid setting feeds"):
        load_settings()
    monkeypatch.delenv("BRIEF_FEEDS")
    monkeypatch.setenv("BRIEF_BATCH_ARTICLES", "0")
    with pytest.raises(SettingsError, match="invalid setting batch_articles"):
        load_settings()


def test_writes_are_atomic_no_temp_files_left(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    # the terse translator (tests/conftest.py): what is written is checked here, not the English
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    article = tmp_path / SEEDS[4].name  # its first paragraphs: the length plays no part
    article.write_bytes(short_article(SEEDS[4]))
    result = runner.invoke(app, [str(article), *model_args(tiny_settings), "--quiet"])
    assert result.exit_code == 0, result.output
    out = tiny_settings.out_dir
    files = sorted(p.name for p in out.iterdir() if p.name not in (".locks", "feed.xml", "stories.xml"))
    catalog_files = ["catalog.sqlite", "catalog.sqlite-shm", "catalog.sqlite-wal"]  # the catalog, and nothing else
    briefs = [name for name in files if name not in catalog_files]
    assert len(briefs) == 1 and briefs[0].endswith(".md") and not briefs[0].startswith(".")
    assert sorted(set(files) - set(briefs)) == catalog_files
    with sqlite3.connect(out / "catalog.sqlite") as catalog:  # its record and its index entry, whole
        assert catalog.execute("SELECT brief_file FROM articles").fetchall() == [(briefs[0],)]
        assert catalog.execute("SELECT brief_file FROM hits").fetchall() == [(briefs[0],)]


def test_unreachable_hub_fails_fast_in_one_line_without_offline_mode(tmp_path: Path) -> None:
    import time

    env = {
        "HF_HOME": str(tmp_path / "hf"),
        "HF_HUB_OFFLINE": "",
        "TRANSFORMERS_OFFLINE": "",
        "HF_ENDPOINT": "http://127.0.0.1:9",
    }
    started = time.monotonic()
    done = run_cli(str(SEEDS[0]), "--out", str(tmp_path / "out"), env=env)
    assert_one_line_error(done, 1, "cannot be reached")
    assert len([line for line in done.stderr.splitlines() if line.strip()]) == 1, done.stderr
    assert time.monotonic() - started < 60


def test_serve_without_a_server_says_how_to_start_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    done = subprocess.run(
        [*BRIEF, "serve", "--inbox", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert_one_line_error(done, 1, "prefect server start")
    assert "ephemeral" in done.stderr
    bad = subprocess.run(
        [*BRIEF, "serve", "--cron", "elke ochtend"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert_one_line_error(bad, 2, "--cron")


def test_a_failed_write_leaves_nothing_behind(tiny_settings, terse_marian: Path, monkeypatch) -> None:
    import errno

    from pipeline.batch import build_brief
    from pipeline.errors import OutputError
    from pipeline.store import files

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # a word a sentence
    with pytest.raises(OutputError, match="No space left"):
        build_brief(SEEDS[2], tiny_settings)
    assert not list(tiny_settings.out_dir.glob("*.md")) and not list(tiny_settings.out_dir.glob(".*.tmp"))


def test_an_unwritable_output_folder_is_one_line_exit_1(tiny_settings) -> None:
    # /proc refuses new files even to root, like a read-only mount
    done = run_cli(str(SEEDS[0]), *model_args(tiny_settings)[:-2], "--out", "/proc/dutch-brief-out")
    assert_one_line_error(done, 1, "/proc/dutch-brief-out")


def test_keep_all_translates_the_site_text_too(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    import yaml

    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # what is kept, not the English

    article = tmp_path / "scraped.txt"
    article.write_text("Webmail\n\nKabinet valt\n\nHet kabinet is gevallen. Dat meldt de premier.\n", encoding="utf-8")
    briefs = []
    for extra in ([], ["--keep-all"]):
        result = runner.invoke(app, [str(article), *model_args(tiny_settings), "--quiet", *extra])
        assert result.exit_code == 0, result.output
        path = Path(result.stdout.strip().splitlines()[-1])
        briefs.append(yaml.safe_load(path.read_text(encoding="utf-8")[4:].split("\n---\n", 1)[0]))
    plain, kept = briefs
    assert plain["set_aside"] == [{"text": "Webmail", "reason": "navigation"}] and kept["set_aside"] == []
    assert kept["settings"]["structure"]["keep_all"] is True and kept["cache_key"] != plain["cache_key"]


SHARED_OPTIONS = ("out", "translator", "summarizer", "device", "backend", "num_beams", "config", "keep_all")


def test_brief_and_feeds_poll_take_the_same_model_backend_and_output_options() -> None:
    import typer.main

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    main = {p.name: p for p in commands["brief"].params}
    poll = {p.name: p for p in commands["feeds"].commands["poll"].params}
    for name in SHARED_OPTIONS:
        assert (main[name].opts, main[name].help) == (poll[name].opts, poll[name].help), name


def test_a_file_named_like_a_subcommand_is_briefed_when_given_as_a_path(
    tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # which file, not the English
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cache").write_bytes(short_article(SEEDS[1]))  # its first paragraphs: the length plays no part
    done = runner.invoke(app, ["./cache", *model_args(tiny_settings), "--quiet"])
    assert done.exit_code == 0, done.output
    [written] = done.stdout.splitlines()
    assert Path(written).is_file() and Path(written).parent == tiny_settings.out_dir


def test_a_url_on_a_loopback_port_not_allowed_is_refused_in_one_line_exit_2(tmp_path: Path) -> None:
    """Loopback is not fetched unless fetch_private_hosts names it (the refusal comes before any
    connection; a loopback address keeps even a wrong answer on this machine)."""
    done = run_cli("http://127.0.0.1:9/artikel", "--out", str(tmp_path), env={"BRIEF_FETCH_PRIVATE_HOSTS": "[]"})
    assert_one_line_error(done, 2, "fetch_private_hosts")

"""user41: every option that falls back to a setting says so in its help — the setting, its BRIEF_* variable
and only then the built-in default ("[default: models]" was wrong when the settings file named another
models_dir); options that had no default in their help say one."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from brief_cli.main import app

CASES = [
    ([], "--num-beams", "[default: the num_beams setting (BRIEF_NUM_BEAMS, --config), else the model's generation"),
    ([], "--translator", "[default: the translator setting (BRIEF_TRANSLATOR, --config), else Helsinki-NLP/opus-mt"),
    ([], "--summarizer", "[default: the summarizer setting (BRIEF_SUMMARIZER, --config), else sshleifer/distilbart"),
    (["eval"], "--device", "[default: the device setting (BRIEF_DEVICE, --config), else auto]"),
    (["eval"], "--backend", "[default: the backend setting (BRIEF_BACKEND, --config), else auto]"),
    (["eval"], "--num-beams", "[default: the num_beams setting (BRIEF_NUM_BEAMS, --config)"),
    (
        ["models", "convert"],
        "--models-dir",
        "[default: the models_dir setting (BRIEF_MODELS_DIR, --config), else models]",
    ),
    (
        ["models", "convert"],
        "--quantization",
        "[default: the quantization setting (BRIEF_QUANTIZATION, --config), else int8]",
    ),
    (["serve"], "--inbox", "[default: the inbox setting (BRIEF_INBOX, --config), else inbox]"),
    (
        ["serve"],
        "--dask-address",
        "[default: the dask_address setting (BRIEF_DASK_ADDRESS, --config), else this process",
    ),
    (["serve"], "--translator", "[default: the translator setting (BRIEF_TRANSLATOR, --config)"),
    (["serve"], "--timezone", "[default: UTC]"),
    (["cache", "stats"], "--cache-dir", "[default: the cache_dir setting (BRIEF_CACHE_DIR, --config), else $XDG_CACHE"),
    (["cache", "clear"], "--cache-dir", "[default: the cache_dir setting (BRIEF_CACHE_DIR, --config)"),
]


def _option_help(command: list[str], option: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(option + " "))
    block = [lines[start]]
    for line in lines[start + 1 :]:  # its wrapped lines, up to the next option
        if line.strip().startswith("-") and not line.startswith(" " * 10):
            break
        block.append(line)
    return " ".join(" ".join(block).split())


@pytest.mark.parametrize(("command", "option", "default"), CASES)
def test_an_option_says_what_it_falls_back_to(command: list[str], option: str, default: str) -> None:
    shown = _option_help(command, option)
    assert default in shown
    assert "[default: models]" not in shown and "[default: inbox]" not in shown and "(default)" not in shown


def test_the_setting_named_in_the_help_is_the_one_used(tmp_path, monkeypatch) -> None:
    """Every setting an option's help names is one of BriefSettings' (a help naming a setting that does not exist
    sends the user nowhere), and a BRIEF_* variable the help names sets it (BRIEF_MODELS_DIR, BRIEF_NUM_BEAMS…)."""
    import re

    from pipeline.settings import BriefSettings, load_settings

    for command, option, _default in CASES:
        for name in re.findall(r"the (\w+) setting \(BRIEF_", _option_help(command, option)):
            assert name in BriefSettings.model_fields, (command, option, name)
    monkeypatch.setenv("BRIEF_MODELS_DIR", str(tmp_path / "store"))
    monkeypatch.setenv("BRIEF_NUM_BEAMS", "3")
    monkeypatch.setenv("BRIEF_INBOX", str(tmp_path / "in"))
    settings = load_settings(None)
    assert (settings.models_dir, settings.num_beams, settings.inbox) == (tmp_path / "store", 3, tmp_path / "in")


def test_feeds_poll_says_what_each_feed_came_to(tmp_path, monkeypatch) -> None:
    """A poll that found nothing new printed nothing at all: the user could not tell it from one that never
    asked. Each feed now ends with one line: not modified, or what its entries came to."""
    import pipeline.feeds
    from pipeline.feed_report import FeedReport

    url = "http://127.0.0.1:9/feed.xml"
    reports = [
        FeedReport(url, "not modified"),
        FeedReport(url, "new", briefed=["out/a.md"], failed={"x": "y"}, unchanged=5),
    ]
    for report, line in zip(
        reports,
        (
            "not modified since the last poll — nothing new",
            "0 briefed, 1 already briefed (the article unchanged), 1 not briefed, 5 seen before",
        ),
    ):
        monkeypatch.setattr(pipeline.feeds, "poll_feeds", lambda urls, settings, report=report: [report])
        result = CliRunner().invoke(app, ["feeds", "poll", url, "--out", str(tmp_path)])
        assert f"brief: {url}: {line}" in result.output, result.output


def test_a_mistyped_feed_url_is_refused_before_anything_is_kept(tmp_path) -> None:
    """`brief feeds poll feeds.nos.nl/x` (no scheme) or a path: exit 2 in one line, and no feed of that name in the
    catalog — `brief feeds list` listed every such typo for good, with its error."""
    out = tmp_path / "out"
    for typo in ("feeds.nos.nl/nosnieuwsalgemeen", str(tmp_path / "feed.xml")):
        result = CliRunner().invoke(app, ["feeds", "poll", typo, "--out", str(out)])
        assert result.exit_code == 2, result.output
        assert "only http and https URLs are fetched" in result.output
    assert not (out / "catalog.sqlite").exists()


def test_the_help_names_the_built_in_models_the_settings_use() -> None:
    """The help writes the built-in models out (brief_cli does not import the settings to print its help): they
    must be the settings' defaults, or a new pinned model leaves the help naming the old one."""
    from pipeline.settings import DEFAULT_SUMMARIZER, DEFAULT_TRANSLATOR

    for option, model in (("--translator", DEFAULT_TRANSLATOR), ("--summarizer", DEFAULT_SUMMARIZER)):
        assert f"else {model.name} at a pinned revision]" in _option_help([], option)

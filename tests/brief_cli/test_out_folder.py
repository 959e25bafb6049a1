"""An --out that names a file is a usage error on every command that takes --out: one line, exit 2
(a write into it failed with exit 1, as if the disk were full)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app


@pytest.mark.parametrize(
    "command",
    [
        ["stories"],
        ["catalog", "stats"],
        ["failures", "list"],
        ["feeds", "list"],
        ["feeds", "poll", "http://127.0.0.1:9/feed.xml"],
        ["brief", "ARTICLE"],
    ],
)
def test_an_out_that_is_a_file_is_a_one_line_usage_error(tmp_path: Path, command: list[str]) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text("Het kabinet is gevallen. Dat zei de premier.\n", encoding="utf-8")
    config = tmp_path / "brief.toml"  # a configured feed: `feeds list` has something to list
    config.write_text('[brief]\n[[brief.feeds]]\nurl = "http://127.0.0.1:9/feed.xml"\n', encoding="utf-8")
    out = tmp_path / "notes.txt"
    out.write_text("not a folder", encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else a for a in command]
    result = CliRunner().invoke(app, [*args, "--out", str(out)], env={"BRIEF_CONFIG": str(config)})
    assert result.exit_code == 2, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert str(out) in line and "--out" in line and "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "not a folder"

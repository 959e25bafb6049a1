"""Bad settings, every way in (user47): an OUT that cannot be made because a folder above it is a file is
one line, exit 2, before any model is loaded (it loaded — converted — both models, then failed the write
with exit 1); an OUT given by BRIEF_OUT_DIR is named as that setting, not as the --out flag nobody passed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.conftest import SEEDS, model_args, short_article


def _article(tmp_path: Path) -> Path:
    article = tmp_path / "artikel.txt"
    article.write_text("Het kabinet is gevallen. Dat zei de premier.\n", encoding="utf-8")
    return article


def _one_line(result) -> str:
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert "Traceback" not in result.output
    return line


@pytest.mark.parametrize(
    "command",
    [
        ["ARTICLE", "--translator", "NO-MODEL"],  # loading the model first would fail on it, with another line
        ["stories"],
        ["feeds", "list"],
    ],
)
def test_an_out_under_a_file_is_a_usage_error_before_any_model(tmp_path: Path, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder", encoding="utf-8")
    given = {"ARTICLE": str(_article(tmp_path)), "NO-MODEL": str(tmp_path / "no-model")}
    args = [given.get(a, a) for a in command]
    result = CliRunner().invoke(app, [*args, "--out", str(notes / "briefs")], env={"BRIEF_CONFIG": None})
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    assert f"{notes / 'briefs'} cannot be made: {notes} is a file" in line and "--out" in line
    assert notes.read_text(encoding="utf-8") == "not a folder"


def test_an_out_from_the_environment_that_is_a_file_names_the_setting(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(app, ["stories"], env={"BRIEF_OUT_DIR": str(notes), "BRIEF_CONFIG": None})
    assert result.exit_code == 2, result.output
    line = _one_line(result)
    assert f"{notes} is a file, not a folder" in line and "BRIEF_OUT_DIR" in line and "--out" not in line


def test_a_sentence_cache_folder_that_is_a_file_is_one_plain_line(tmp_path: Path, tiny_settings) -> None:
    """It stopped the run as "unexpected OutputError: … (set BRIEF_DEBUG=1 for details)", as if a bug."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder", encoding="utf-8")
    article = tmp_path / "artikel.txt"
    article.write_bytes(short_article(SEEDS[0]))
    args = [str(article), *model_args(tiny_settings), "--backend", "torch"]
    result = CliRunner().invoke(app, args, env={"BRIEF_CACHE_DIR": str(notes), "BRIEF_CONFIG": None})
    assert result.exit_code == 1, result.output
    assert _one_line(result) == (
        f"brief: error: cannot open the sentence cache in {notes}: Not a directory — set BRIEF_CACHE_DIR to a writable folder"
    )

"""Every command's --out says what it falls back to: the out_dir setting (a BRIEF_OUT_DIR variable or
the --config file), and only then outputs — not "[default: outputs]" when a settings file names
another folder (user40)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from brief_cli.main import app


@pytest.mark.parametrize(
    "command", [[], ["stories"], ["site", "build"], ["failures", "list"], ["catalog", "stats"], ["serve"]]
)
def test_out_help_names_the_out_dir_setting(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())  # as wrapped to any terminal's width
    assert "[default: the out_dir setting (BRIEF_OUT_DIR, --config), else outputs]" in shown
    assert "[default: outputs]" not in shown

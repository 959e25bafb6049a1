"""--device and --backend say what they fall back to: their settings (BRIEF_DEVICE / BRIEF_BACKEND or the --config
file), and only then auto — not "[default: auto]" when a settings file names cpu or ct2 (user40b; as user40 did
for --out)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from brief_cli.main import app


@pytest.mark.parametrize("command", [[], ["feeds", "poll"]])
def test_device_and_backend_help_name_their_settings(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())  # as wrapped to any terminal's width
    assert "auto, cpu or cuda [default: the device setting (BRIEF_DEVICE, --config), else auto]" in shown
    assert "[default: the backend setting (BRIEF_BACKEND, --config), else auto]" in shown
    assert "[default: auto]" not in shown

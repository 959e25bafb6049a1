"""Settings mistakes a user makes, each one line saying what to do (user40): --config naming a folder
(was an IsADirectoryError traceback), and a list setting given in a BRIEF_* variable as a bare value."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SettingsError
from pipeline.settings import load_settings


def test_a_config_that_is_a_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(tmp_path)
    assert str(refused.value) == f"config file {tmp_path} is a folder — pass the TOML settings file"


def test_a_bare_value_for_a_list_variable_says_lists_are_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEF_MAIL_TO", "desk@example.org")
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert str(refused.value).endswith("""(a list in a variable is JSON: BRIEF_MAIL_TO='["…"]')""")
    config = tmp_path / "brief.toml"
    config.write_text('[brief]\nmail_to = "desk@example.org"\n', encoding="utf-8")
    monkeypatch.delenv("BRIEF_MAIL_TO")
    with pytest.raises(SettingsError) as in_file:
        load_settings(config)
    assert "JSON" not in str(in_file.value)  # the file's own value: TOML's list, not a variable's

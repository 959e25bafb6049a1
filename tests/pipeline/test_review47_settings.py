"""Review of stop 47's settings_sources: a settings file that cannot be read is one actionable line
(SettingsError), not an OSError traceback from `brief --config FILE`."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SettingsError
from pipeline.settings_sources import read_toml


@pytest.mark.parametrize("name", ["loop.toml", "a" * 300 + ".toml"])
def test_an_unreadable_config_file_is_one_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "loop.toml":
        path.symlink_to(path)  # a link to itself: "Too many levels of symbolic links"
    with pytest.raises(SettingsError, match=r"^config file .* cannot be read \(.+\) — pass a readable TOML file$"):
        read_toml(path)

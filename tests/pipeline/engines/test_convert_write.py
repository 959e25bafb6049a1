"""The converter's JSON files (source config, convert info) are written whole or not at all."""

import json
import os
from pathlib import Path

import pytest

from pipeline.engines import convert


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "convert_info.json"
    target.write_text('{"old": true}\n', encoding="utf-8")

    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        convert._write_json(target, {"new": True})
    assert json.loads(target.read_text(encoding="utf-8")) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["convert_info.json"]


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "convert_info.json"
    target.write_text("x" * 10_000, encoding="utf-8")
    convert._write_json(target, {"new": "ë"})
    assert json.loads(target.read_text(encoding="utf-8")) == {"new": "ë"}
    assert [p.name for p in tmp_path.iterdir()] == ["convert_info.json"]

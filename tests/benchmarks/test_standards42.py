"""Probes of the team's standards (standards42) against the benchmark runner's own files: its
results and the README table are replaced whole, never left half-written."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from benchmarks import report


def test_an_interrupted_readme_update_keeps_the_old_readme_whole(tmp_path: Path, monkeypatch) -> None:
    readme = tmp_path / "README.md"
    old = f"# Benchmarks\n\n{report.MARKER_START}\nold table\n{report.MARKER_END}\n\nnotes\n"
    readme.write_text(old, encoding="utf-8")
    monkeypatch.setattr(report, "README", readme)
    with mock.patch("os.replace", side_effect=KeyboardInterrupt), pytest.raises(KeyboardInterrupt):
        report.update_readme("new table")  # was write_text: truncated first, the old table lost
    assert readme.read_text(encoding="utf-8") == old
    assert [p.name for p in tmp_path.iterdir()] == ["README.md"]
    report.update_readme("new table")
    assert "new table" in readme.read_text(encoding="utf-8") and readme.read_text(encoding="utf-8").endswith("notes\n")

"""Review of stop 46 (review46): scripts/structure_agreement.py on bad input — one line and exit 2, no traceback
and no kappa of 1.000 over no page at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.structure_agreement import main


def test_a_folder_that_is_not_there_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "missing"), str(tmp_path)])
    assert stop.value.code == 2
    assert "missing is no folder" in capsys.readouterr().err


def test_two_folders_with_no_page_in_common_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "a"), str(tmp_path / "b")])
    assert stop.value.code == 2
    assert "no page is labelled in both" in capsys.readouterr().err


def test_a_gold_file_that_is_no_json_is_named_in_one_line(tmp_path: Path) -> None:
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "page.txt").write_text("De brug gaat dicht.\n", encoding="utf-8")
        (tmp_path / side / "page.json").write_text("{bad", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "a"), str(tmp_path / "b")])
    message = str(stop.value.code)
    assert "page.json is no JSON" in message and "\n" not in message

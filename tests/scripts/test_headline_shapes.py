"""scripts/headline_shapes.py: shapes around a title tried on the TUNE pages read right; CHECK sets never read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.headline_shapes import SHAPES, main

TITLE = "Nieuwe brug over de IJssel geopend"
TEXT = (
    f"{TITLE}\n\nDe gemeente heeft vandaag de nieuwe brug over de IJssel geopend. De bouw kostte twaalf miljoen euro.\n\n"
    "Fietsers kunnen er vanaf maandag over. De oude pont vaart nog tot het einde van de maand.\n"
)


def _write(folder: Path, name: str, gold_headline: str | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"headline": gold_headline, "blocks": []}), encoding="utf-8")


def test_shapes_are_tried_on_tune_pages_read_right(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "data" / "structure-blind7", "a", TITLE)  # TUNE, read right: tried
    _write(tmp_path / "data" / "structure-blind7", "b", "Een andere kop")  # read wrong: left out
    _write(tmp_path / "data" / "structure-blind7", "c", None)  # no title: left out
    _write(tmp_path / "data" / "structure-blind8", "a", TITLE)  # CHECK: never read
    (tmp_path / "tests").mkdir()
    argv = ["--root", str(tmp_path / "data"), "--tests", str(tmp_path / "tests"), "-v"]
    assert main([*argv, "--shape", "date_above", "--shape", "byline_glued"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["date_above               1/1", "byline_glued             1/1"]


def test_every_shape_keeps_the_title_line_in_it() -> None:
    assert all(any(TITLE in line for line in shape(TITLE)) for shape in SHAPES.values())

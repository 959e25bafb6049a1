"""scripts/structure_precision.py: what the structure pass sets aside in all-article texts, listed and summed."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.structure_precision import main

ARTICLE = (
    "Gemeente opent nieuwe brug over de rivier\n\n"
    "De gemeente heeft dinsdag een nieuwe brug over de rivier geopend. Fietsers kunnen er vanaf woensdag over.\n\n"
    "De bouw duurde twee jaar en kostte ruim vier miljoen euro, meer dan vooraf was begroot.\n"
)
TIP = "Heeft u ook last van de werkzaamheden? Mail naar tips@example.org of app naar onze tiplijn.\n"


def test_lists_each_block_set_aside_and_sums_by_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + "\n" + TIP, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not an article: not read
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = [line.split("\t") for line in out if "\t" in line]
    assert {(Path(f).name, r) for f, r, _ in rows} == {("b.txt", "tip")}
    assert "tips@example.org" in " ".join(text for _, _, text in rows)
    assert "articles 2, with something set aside 1" in out
    tip_chars = sum(len(text) for _, _, text in rows)
    assert any(line.split() == ["tip", str(tip_chars)] for line in out)


def test_quiet_prints_the_summary_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.md").write_text(ARTICLE + "\n" + TIP, encoding="utf-8")
    assert main([str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "\t" not in out and "articles 1, with something set aside 1" in out


def test_a_missing_directory_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nowhere" in err and "no such directory" in err

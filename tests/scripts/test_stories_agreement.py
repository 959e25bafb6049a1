"""scripts/stories_agreement.py on two tiny invented labellings: the scorer's figures, the differing pairs and
copies, and a refusal of two labellings of different items."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.stories_agreement import agreement, differing_pairs, main, read_labels


def _labels(folder: Path, rows: list[tuple[str, str, str | None]]) -> Path:
    folder.mkdir()
    lines = [json.dumps({"id": i, "story": s, "duplicate_of": d, "title": f"Titel {i}"}) for i, s, d in rows]
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_two_labellings_scored_one_against_the_other(tmp_path: Path, capsys) -> None:
    a = _labels(tmp_path / "a", [("1", "x", None), ("2", "x", "1"), ("3", "x", None), ("4", "y", None)])
    b = _labels(tmp_path / "b", [("1", "x", None), ("2", "x", "1"), ("3", "z", None), ("4", "z", "3")])
    figures = agreement(read_labels(a), read_labels(b))
    assert figures["pairwise"]["precision"] == 0.5 and round(figures["pairwise"]["recall"], 3) == 0.333
    assert figures["copies"]["precision"] == 0.5 and figures["copies"]["recall"] == 1.0
    assert differing_pairs(read_labels(a), read_labels(b)) == [
        ("1", "3", "A only"),
        ("2", "3", "A only"),
        ("3", "4", "B only"),
    ]
    assert main([str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "copy: 4 'Titel 4': A None, B 3" in out and out.count("pair ") == 3


def test_labellings_of_different_items_are_refused(tmp_path: Path, capsys) -> None:
    a = _labels(tmp_path / "a", [("1", "x", None)])
    b = _labels(tmp_path / "b", [("2", "x", None)])
    assert main([str(a), str(b)]) == 2
    assert "different items" in capsys.readouterr().err

"""scripts/train_site_text.py: shape features, rows labelled from the gold, and the leave-one-set-out report
(on small sets written here)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from pipeline.document import Block, BlockKind
from scripts.site_text_features import NAMES, block_features
from scripts.train_site_text import load_set, main

RUNNING = (
    "De gemeente sluit de brug over de rivier vanaf maandag voor drie weken, meldt de wethouder. "
    "Het verkeer wordt in die tijd omgeleid via de ringweg rond de stad."
)
MORE = "Volgens de wethouder is het onderhoud van de brug hard nodig. De brug is meer dan zestig jaar oud."
TAGS = "Rubrieken StadVerkeerWerkzaamheden"


def _feature(vector: list[float] | None, name: str) -> float:
    assert vector is not None
    return vector[NAMES.index(name)]


def test_features_describe_kept_blocks_by_shape_and_skip_site_text() -> None:
    blocks = [
        Block(BlockKind.SITE_TEXT, "Inloggen", reason="navigation"),
        Block(BlockKind.PARAGRAPH, RUNNING),
        Block(BlockKind.PARAGRAPH, MORE),
        Block(BlockKind.PARAGRAPH, "Deel dit"),
        Block(BlockKind.PARAGRAPH, TAGS),
        Block(BlockKind.PARAGRAPH, "Deel dit"),
        Block(BlockKind.BYLINE, "Door Anna de Wit"),
    ]
    features = block_features(blocks)
    assert features[0] is None and features[6] is None  # set aside already; a byline
    assert all(len(v) == len(NAMES) for v in features[1:6] if v is not None)
    assert _feature(features[1], "in_run") == 1 and _feature(features[1], "prev_site") == 1
    assert _feature(features[1], "dutch_share") > 0.3 and _feature(features[1], "ends_sentence") == 1
    assert _feature(features[3], "repeated") == 1 and _feature(features[3], "after_run") == 1
    assert _feature(features[4], "glued_words") == math.log1p(2)  # "StadVerkeer", "VerkeerWerkzaamheden"
    assert _feature(features[2], "shared_with_run") > _feature(features[4], "shared_with_run")
    assert block_features(blocks, set_aside_too=True)[0] is not None  # training: what the rules set aside too


def _write_set(directory: Path, names: list[str]) -> Path:
    directory.mkdir()
    for number, name in enumerate(names):
        tail = f"{TAGS}{number}" if number else TAGS
        (directory / f"{name}.txt").write_text(f"Brug gaat dicht\n\n{RUNNING}\n\n{MORE}\n\n{tail}\n", encoding="utf-8")
        gold = {
            "headline": "Brug gaat dicht",
            "blocks": [
                {"kind": "headline", "text": "Brug gaat dicht"},
                {"kind": "paragraph", "text": RUNNING},
                {"kind": "paragraph", "text": MORE},
                {"kind": "site_text", "text": tail, "note": "tag links run together"},
            ],
        }
        (directory / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    return directory


def test_rows_are_labelled_by_the_gold_characters(tmp_path: Path) -> None:
    data = load_set(_write_set(tmp_path / "set_a", ["one"]))
    assert data.site_gold == len(TAGS.replace(" ", ""))
    tags = next(r for r in data.rows if r.text == TAGS)
    assert tags.site == data.site_gold and tags.other == 0 and tags.notes == "tag links run together"
    running = next(r for r in data.rows if r.text == RUNNING)
    assert running.site == 0 and running.other == len(RUNNING.replace(" ", "")) and running.gold_blocks
    assert data.site_right == (data.site_gold if tags.ruled else 0)


def test_leave_one_set_out_reports_every_set_and_the_safe_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn", reason="training needs the `train` extra")
    dirs = [_write_set(tmp_path / f"set_{n}", [f"a{n}", f"b{n}"]) for n in "abc"]
    main([*map(str, dirs), "--misses"])
    out = capsys.readouterr().out
    assert all(f"set_{n}" in out for n in "abc")
    assert "TOTAL" in out and "zero article text aside on every set needs t >" in out

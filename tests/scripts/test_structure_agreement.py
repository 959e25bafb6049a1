"""scripts/structure_agreement.py: two labellings of the same texts compared character by character."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.eval_structure import evaluate
from scripts.structure_agreement import agreement, main

BRIDGE = "Brug dicht\n\nFoto: ANP\n\nDe brug gaat dicht. Lees ook: meer\n"
CLEAN = "De veerboot vaart weer.\n"


def _write(folder: Path, name: str, text: str, headline: str | None, blocks: list[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"headline": headline, "blocks": blocks}), encoding="utf-8")


def _two_labellings(tmp_path: Path) -> tuple[Path, Path]:
    """A: the title is the headline, the credit site text; B: the title site text, the credit a caption.
    Both set the glued 'Lees ook: meer' aside as a tail, and agree on a clean page."""
    lede = {"kind": "lede", "text": "De brug gaat dicht. Lees ook: meer", "site_text_tail": "Lees ook: meer"}
    a, b = tmp_path / "a", tmp_path / "b"
    _write(
        a,
        "bridge",
        BRIDGE,
        "Brug dicht",
        [{"kind": "headline", "text": "Brug dicht"}, {"kind": "site_text", "text": "Foto: ANP"}, lede],
    )
    _write(
        b,
        "bridge",
        BRIDGE,
        None,
        [{"kind": "site_text", "text": "Brug dicht"}, {"kind": "caption", "text": "Foto: ANP"}, lede],
    )
    for folder in (a, b):
        _write(folder, "ferry", CLEAN, None, [{"kind": "lede", "text": "De veerboot vaart weer."}])
    _write(a, "only_a", CLEAN, None, [{"kind": "lede", "text": "De veerboot vaart weer."}])
    (b / "pages_raw.json").write_text("{}", encoding="utf-8")  # a JSON file without a text: not a page
    return a, b


def test_counts_kappa_headlines_and_lines(tmp_path: Path) -> None:
    pages, notes = agreement(*_two_labellings(tmp_path))
    bridge, ferry = sorted(pages, key=lambda p: p.name)
    # non-space characters: 'Brug dicht' 9, 'Foto: ANP' 8, the lede 28 (its tail 'Lees ook: meer' 12)
    c = bridge.counts
    assert (c.chars, c.a, c.b, c.both) == (45, 20, 21, 12)
    # observed (12 + 16) / 45; expected (20·21 + 25·24) / 45²: kappa = 240 / 1005
    assert c.kappa == pytest.approx(240 / 1005)
    assert not c.headlines_same and ferry.counts.headlines_same
    assert bridge.lines == [
        "'Brug dicht': A headline | B site_text",
        "'Foto: ANP': A site_text | B caption",
    ]
    assert (ferry.counts.a, ferry.counts.b, ferry.counts.kappa, ferry.lines) == (0, 0, 1.0, [])
    assert notes == [f"only_a: only in {tmp_path / 'a'}"]


def test_each_labellings_site_text_is_the_scorers_gold_site_text(tmp_path: Path) -> None:
    """The characters a labelling calls site text (tails included) are those eval_structure scores as gold site text:
    one reading of the gold (scripts.structure_gold.gold_chars)."""
    a, b = _two_labellings(tmp_path)
    pages, _ = agreement(a, b)
    assert evaluate(a).site_gold == sum(p.counts.a for p in pages) == 20
    assert evaluate(b).site_gold == sum(p.counts.b for p in pages) == 21


def test_a_partial_line_names_its_site_share(tmp_path: Path) -> None:
    """A line one labeller splits (a tail) and the other keeps whole shows the site share of the split."""
    a, b = tmp_path / "a", tmp_path / "b"
    text = "De brug gaat dicht. Lees ook: meer\n"
    _write(a, "p", text, None, [{"kind": "lede", "text": text.strip(), "site_text_tail": "Lees ook: meer"}])
    _write(b, "p", text, None, [{"kind": "lede", "text": text.strip()}])
    (page,), _ = agreement(a, b)
    assert (page.counts.a, page.counts.b, page.counts.both) == (12, 0, 0)
    assert page.lines == ["'De brug gaat dicht. Lees ook: meer': A lede+site_text_tail (12/28 site) | B lede"]


def test_the_report_prints_pooled_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(p) for p in _two_labellings(tmp_path)])
    out = capsys.readouterr().out
    pooled = next(line for line in out.splitlines() if line.startswith("POOLED"))
    # pooled: 45 + 20 characters ('De veerboot vaart weer.' has 20), A 20, B 21, both 12
    assert pooled.split()[1:5] == ["65", "20", "21", "12"]
    assert "0.600 0.571" in pooled and "1/2 same" in pooled
    assert "bridge: headline A 'Brug dicht' | B None" in out

"""scripts/headline_rules.py: each headline rule switched off in turn, the headlines it wins or costs per set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline.text.headline as headline
from scripts.headline_rules import OFF, is_check, main

SIGNED = "Nieuwe brug over de IJssel geopend Door Jan Peeters"
TEXT = (
    f"{SIGNED}\n\nDe gemeente heeft vandaag de nieuwe brug over de IJssel geopend. De bouw kostte twaalf miljoen euro.\n\n"
    "Fietsers kunnen er vanaf maandag over. De oude pont vaart nog tot het einde van de maand.\n"
)


def _write(folder: Path, gold_headline: str) -> None:
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"headline": gold_headline, "blocks": []}), encoding="utf-8")


def test_a_rule_switched_off_shows_what_it_wins_and_costs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the byline cut from the title's line (signed_headline): right on a CHECK set's page, wrong on a TUNE set's
    _write(tmp_path / "data" / "structure-blind7", SIGNED)  # TUNE: its labeller kept the line whole
    _write(tmp_path / "data" / "structure-blind8", "Nieuwe brug over de IJssel geopend")  # CHECK
    (tmp_path / "tests").mkdir()
    argv = ["--root", str(tmp_path / "data"), "--tests", str(tmp_path / "tests")]
    assert main([*argv, "--rule", "signed_headline", "--rule", "sidebar_title"]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == ["all", "rules", "on", "TUNE", "0", "CHECK", "1"]
    assert lines[1] == ["signed_headline", "TUNE", "+1", "CHECK", "-1", "blind7:+1", "blind8*:-1"]
    assert lines[2] == ["sidebar_title", "TUNE", "+0", "CHECK", "+0"]  # it decides no page here
    assert headline.signed_headline is not OFF["signed_headline"]  # put back


def test_every_rule_named_is_one_headline_calls() -> None:
    assert [name for name in OFF if not callable(getattr(headline, name, None))] == []


def test_check_sets_are_the_even_numbered_and_the_held_out_ones() -> None:
    assert [is_check(n) for n in ("structure-blind74", "structure-blind73", "structure-blind52")] == [
        True,
        False,
        False,
    ]
    assert is_check("structure_heldout") and is_check("structure-real/heldout")
    assert is_check("structure-blind44p") and not is_check("structure-blind71b")  # by the number
    assert not (is_check("structure_dev") or is_check("structure-real/dev"))

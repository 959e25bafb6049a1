import json

import pytest

from scripts.copy_trace import main

# invented texts: a one-sentence feed item and another outlet's version of it, two words added and a sentence more
SHORT = "De gemeente Zwolle mag het oude zwembad aan de IJssel verkopen aan een projectontwikkelaar."
LONGER = (
    "De gemeente Zwolle mag het oude gemeentelijke zwembad aan de IJssel definitief verkopen aan een "
    "projectontwikkelaar. Dat besliste de rechter donderdag in een kort geding dat omwonenden hadden aangespannen."
)


def _set(tmp_path, name: str) -> None:
    folder = tmp_path / "data" / f"stories_{name}"
    folder.mkdir(parents=True)
    rows = [
        {
            "id": "a",
            "outlet": "Omroep Oost",
            "published": "2026-03-05T10:00:00+01:00",
            "story": "zwembad",
            "title": "Zwembad mag worden verkocht",
            "text": SHORT,
        },
        {
            "id": "b",
            "outlet": "Dagblad",
            "published": "2026-03-05T10:03:00+01:00",
            "story": "zwembad",
            "title": "Rechter: Zwolle mag zwembad verkopen",
            "text": LONGER,
            "duplicate_of": "a",
        },
    ]
    (folder / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_missed_copy_is_listed_with_its_class_and_what_the_rules_measured(tmp_path, capsys):
    _set(tmp_path, "blind99")
    assert main(["blind99", "--data", str(tmp_path / "data"), "--texts", str(tmp_path / "texts")]) == 0
    out = capsys.readouterr().out
    assert "MISSED blind99 cross-outlet, short: b -> a" in out
    assert "excerpt False" in out
    assert "by class: {'MISSED cross-outlet, short': 1}" in out


def test_a_check_set_is_refused(tmp_path, capsys):
    _set(tmp_path, "blind98")
    with pytest.raises(SystemExit):
        main(["blind98", "--data", str(tmp_path / "data"), "--texts", str(tmp_path / "texts")])
    assert "TUNE sets only" in capsys.readouterr().err

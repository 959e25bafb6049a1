"""scripts/structure_sets.py: every built structure set found and scored in one table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.structure_sets import main

BRIDGE = (
    "Gemeente bouwt nieuwe brug over de Maas\n\n"
    "De gemeente Venlo bouwt volgend jaar een nieuwe brug over de Maas. De bouw kost twaalf miljoen euro.\n\n"
    "Volg ons ook op Facebook en Instagram voor meer nieuws uit de regio.\n"
)
FIRE = "Brand in loods\n\nIn een loods is vannacht brand uitgebroken. De brandweer had het vuur snel onder controle. Niemand raakte gewond.\n"
PROMO = "Volg ons ook op Facebook en Instagram voor meer nieuws uit de regio."


def _write(folder: Path, name: str, text: str, headline: str, blocks: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"headline": headline, "blocks": [{"kind": kind, "text": part} for kind, part in blocks]}
    (folder / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_a_built_set_is_found_and_scored_in_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three texts (and a held-out set, not scored): the promo line labelled site text (and set aside), the same line labelled article
    text (set aside: an error), and a closing sentence labelled site text that stays; one headline wrong."""
    tiny = tmp_path / "data" / "structure-tiny" / "part"
    bridge = BRIDGE.split("\n\n")
    _write(tiny, "a", BRIDGE, bridge[0], [("headline", bridge[0]), ("lede", bridge[1]), ("site_text", PROMO)])
    _write(tiny, "c", BRIDGE, bridge[0], [("headline", bridge[0]), ("lede", bridge[1]), ("paragraph", PROMO)])
    fire = FIRE.split("\n\n")
    body, closing = fire[1].rsplit(" ", 3)[0], "Niemand raakte gewond."
    _write(tiny, "b", FIRE, "Brand in een loods", [("headline", fire[0]), ("lede", body), ("site_text", closing)])
    _write(tmp_path / "data" / "structure-blind99", "held_out", FIRE, fire[0], [("headline", fire[0])])  # never scored
    (tmp_path / "data" / "structure-blind99" / "HELD_OUT").write_text("", encoding="utf-8")
    (tmp_path / "data" / "structure-unbuilt").mkdir()
    (tmp_path / "data" / "structure-unbuilt" / "build.py").write_text("", encoding="utf-8")
    (tmp_path / "tests").mkdir()

    out = tmp_path / "figures.json"
    assert main(["--root", str(tmp_path / "data"), "--tests", str(tmp_path / "tests"), "--json", str(out)]) == 0

    promo, kept = len("VolgonsookopFacebookenInstagramvoormeernieuwsuitderegio."), len("Niemandraaktegewond.")
    recall = promo / (promo + kept)  # set aside once as gold site text, out of both gold site texts
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # the header and the one built set (the unbuilt folder and the held-out set left out)
    assert lines[1].split() == [
        "structure-tiny/part",
        "3",
        "2/3",
        "0.500",
        f"{recall:.3f}",
        f"{recall:.3f}",
        str(promo),
        "1",
    ]
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["set"] == "structure-tiny/part" and row["articles"] == 3 and row["headlines_right"] == 2
    assert row["precision"] == 0.5 and row["recall"] == pytest.approx(recall)
    assert row["article_text_aside_chars"] == promo and row["article_text_aside_blocks"] == 1

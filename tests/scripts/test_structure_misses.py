"""scripts/structure_misses.py: the gold site text still kept, on every set, grouped by shape across outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.structure_misses import main, miss_kind

TITLE = "Gemeente bouwt nieuwe brug over de Maas"
BODY = "De gemeente Venlo bouwt volgend jaar een nieuwe brug over de Maas. De bouw kost twaalf miljoen euro."
MORE = "De oude brug wordt daarna gesloopt. Fietsers kunnen er tot die tijd nog gewoon over."
PROMO = "Volg ons ook op Facebook en Instagram voor meer nieuws uit de regio."
LABEL = "Bosgeluiden"


def _write(folder: Path, name: str, parts: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text("\n\n".join(text for _, text in parts) + "\n", encoding="utf-8")
    gold = {"headline": parts[0][1], "blocks": [{"kind": kind, "text": text} for kind, text in parts]}
    (folder / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_a_kept_label_is_listed_by_kind_and_outlet_and_set_aside_text_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two outlets of two sets each keep a short label the gold calls site text (the reader reads it as a
    subheading; a photo credit, the earlier example, is set aside since stop 37's convention); the promo line the
    reader sets aside is no miss."""
    for folder, outlet in (("structure-one", "aa"), ("structure-two", "bb")):
        parts = [("headline", TITLE), ("lede", BODY), ("site_text", LABEL), ("paragraph", MORE), ("site_text", PROMO)]
        _write(tmp_path / "data" / folder, f"{outlet}_brug", parts)
    out = tmp_path / "misses.json"
    main(
        [
            "--root",
            str(tmp_path / "data"),
            "--tests",
            str(tmp_path / "none"),
            "--list",
            "short label",
            "--json",
            str(out),
        ]
    )
    printed = capsys.readouterr().out.splitlines()
    row = next(line for line in printed if line.startswith("short label"))
    assert row.split()[2:7] == [
        "2",
        str(2 * len(LABEL)),
        "2",
        "2",
        str(2 * len(LABEL)),
    ]
    assert not any("Volg ons" in line for line in printed)
    misses = json.loads(out.read_text(encoding="utf-8"))
    assert [(m["outlet"], m["text"], m["predicted"]) for m in misses] == [
        ("aa", LABEL, ["subheading"]),
        ("bb", LABEL, ["subheading"]),
    ]


def test_a_miss_gets_the_kind_of_its_shape() -> None:
    assert miss_kind("(Foto: PR)") == "photo credit"
    assert miss_kind("Geplaatst op: 1 april 2015") == "date/time line"
    assert miss_kind("Bron: AD") == "source line"
    assert miss_kind("Lees hier het hele verhaal.") == "link/teaser pointer"
    assert miss_kind("Tuchtrecht") == "short label"


def test_skip_given_twice_skips_both_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--skip A --skip B` leaves out both sets (a CHECK set must never be read by a run that names it)."""
    for folder, outlet in (("structure-one", "aa"), ("structure-two", "bb"), ("structure-three", "cc")):
        parts = [("headline", TITLE), ("lede", BODY), ("site_text", LABEL), ("paragraph", MORE)]
        _write(tmp_path / "data" / folder, f"{outlet}_brug", parts)
    out = tmp_path / "misses.json"
    root, none = str(tmp_path / "data"), str(tmp_path / "none")
    main(["--root", root, "--tests", none, "--skip", "structure-one", "--skip", "structure-two", "--json", str(out)])
    capsys.readouterr()
    assert {m["outlet"] for m in json.loads(out.read_text(encoding="utf-8"))} == {"cc"}

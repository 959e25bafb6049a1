"""The JSON-lines reader of scripts/stories_dev_texts.py (DpgMedia2019-style exports: id, title, text)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from scripts.stories_dev_texts import item_text, main

_EXPORT = (
    json.dumps(
        {
            "id": 10796543,
            "title": "Nieuwe regels.  Reportage",
            "text": "Op het fietspad\n met helm. R&D blijft.",
            "published_at": "2019-04-09",
        }
    )
    + "\n"
    + json.dumps({"id": 7, "title": "Ander stuk", "text": "Tweede tekst.", "published_at": "2019-04-10"})
    + "\n"
).encode()


def test_jsonl_locator_picks_the_line_by_id_and_keeps_plain_text() -> None:
    assert item_text(_EXPORT, {"jsonl_id": 10796543}) == (
        "Nieuwe regels. Reportage",
        "Op het fietspad met helm. R&D blijft.",
    )
    assert item_text(_EXPORT, {"jsonl_id": "7"}) == ("Ander stuk", "Tweede tekst.")


def test_jsonl_locator_names_a_missing_id() -> None:
    with pytest.raises(KeyError, match="no JSON line with id 99"):
        item_text(_EXPORT, {"jsonl_id": 99})


def test_main_rebuilds_a_jsonl_article_from_a_bare_mirror(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "articles.jsonl").write_bytes(_EXPORT)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "articles.jsonl"], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-q", "-m", "data"], check=True)
    commit = subprocess.run(["git", "-C", str(work), "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    mirror = tmp_path / "mirrors" / "owner+name"
    mirror.mkdir(parents=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirror / "repo")], check=True)
    labelled = tmp_path / "set"
    labelled.mkdir()
    provenance = {
        "repo": "owner/name",
        "commit": commit.stdout.strip(),
        "path": "articles.jsonl",
        "locator": {"jsonl_id": 7},
    }
    (labelled / "labels.jsonl").write_text(json.dumps({"id": "dpg-7", "provenance": provenance}) + "\n")
    assert main([str(labelled), "--mirrors", str(tmp_path / "mirrors"), "--out", str(tmp_path / "texts")]) == 0
    assert (tmp_path / "texts" / "dpg-7.txt").read_text() == "Ander stuk\n\nTweede tekst.\n"

"""The labelled story sets keep provenance, not texts: the texts are rebuilt from the source files.
Here on small source files written for the test (an AmCAT CSV export and a Jekyll post)."""

import csv
import io
import json
from pathlib import Path

import pytest

from scripts.stories_dev_texts import amcat_text, item_text

DATA = Path(__file__).resolve().parents[1] / "data"


def amcat_blob() -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", "date", "medium", "headline", "text"])
    writer.writeheader()
    writer.writerow(
        {
            "id": "101",
            "date": "2015-06-17",
            "medium": "Trouw",
            "headline": "Btw  omhoog,\r\n inkomstenbelasting omlaag",
            "text": "Het kabinet wil de btw verhogen.\r\n\r\nGRAPHIC: \\\r\n\r\nDe lasten dalen per saldo.\\\r\n\r\n"
            "VIEW ORIGINAL PAGE:\r\n\r\nLANGUAGE: DUTCH; NEDERLANDS",
        }
    )
    writer.writerow({"id": "102", "date": "2015-06-18", "medium": "NRC", "headline": "Ander", "text": "Iets anders."})
    return out.getvalue().encode("utf-8")


def test_an_amcat_row_is_read_by_its_id_without_the_archives_furniture():
    blob = amcat_blob()
    title, body = item_text(blob, {"amcat_id": "101"})
    assert title == "Btw omhoog, inkomstenbelasting omlaag"
    assert body == "Het kabinet wil de btw verhogen.\n\nDe lasten dalen per saldo."
    assert amcat_text(blob, "102") == ("Ander", "Iets anders.")
    with pytest.raises(KeyError, match="999"):
        amcat_text(blob, "999")


def test_a_jekyll_post_gives_its_front_matter_title_and_body():
    post = b'---\nlayout: post\ntitle: "Dijk verzakt"\n---\n<p>Bij Zaltbommel verzakt een dijk.</p><p>Bewoners weg.</p>'
    assert item_text(post, {"jekyll_post": True}) == (
        "Dijk verzakt",
        "Bij Zaltbommel verzakt een dijk.\n\nBewoners weg.",
    )


@pytest.mark.parametrize(
    "name",
    [
        "stories_dev",
        "stories_dev5",
        "stories_blind3",
        "stories_blind4",
        "stories_blind5",
        "stories_blind6",
        "stories_blind7",
    ],
)
def test_every_labelled_story_set_has_unique_ids_known_copies_and_a_locator(name):
    rows = [json.loads(line) for line in (DATA / name / "labels.jsonl").read_text().splitlines() if line.strip()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) > 100
    story_of = {r["id"]: r["story"] for r in rows}
    for r in rows:
        assert r["provenance"]["locator"] and len(r["provenance"]["commit"]) == 40
        if r["duplicate_of"]:
            assert story_of[r["duplicate_of"]] == r["story"]  # a copy is in its original's story

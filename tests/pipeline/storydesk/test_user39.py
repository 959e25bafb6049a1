"""The digest names no outlet called "unknown": articles whose source names no outlet (text files
without front matter) are listed without one, a story of only such articles has no outlet line, and a
wire copy's outlet is still named (user39)."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings
from pipeline.storydesk.text import UNKNOWN_OUTLET
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_COPY, DIJK_OWN, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record


def test_articles_without_an_outlet_are_listed_without_one(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    items = [
        feat("d1", UNKNOWN_OUTLET, at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY),
        feat("d2", UNKNOWN_OUTLET, at(0, 6), "Onrust in sporthal na dijkverzakking", DIJK_OWN),
        feat("b1", UNKNOWN_OUTLET, at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id}", summary=f"Summary {f.article_id}.")
    entries = [
        DigestEntry(f"EN {f.article_id}", "s", f"{f.article_id}.md", f"{f.article_id}.txt", f.article_id) for f in items
    ]
    path, _, _, _ = update_digest(settings, "2026-03-02", entries, [], summarizer=lambda: None)
    text = path.read_text(encoding="utf-8").split("\n<!-- ")[0]
    assert UNKNOWN_OUTLET not in text
    assert "- [EN d1](<d1.md>) — also published by AD\n" in text and "- [EN d2](<d2.md>)\n" in text
    assert "- [EN b1](<b1.md>)\n" in text or "### [EN b1](<b1.md>)\n\nSummary b1." in text
    assert " — \n" not in text and "__" not in text and "_;" not in text


def test_stories_xml_names_no_outlet_called_unknown(tmp_path: Path) -> None:
    """stories.xml: no "Outlets: unknown" line, no category "unknown", no "unknown:" in its timeline (user39)."""
    from pipeline.storydesk.atom import write_story_feed

    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    for f in (
        feat("d1", UNKNOWN_OUTLET, at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("d2", UNKNOWN_OUTLET, at(0, 6), "Onrust in sporthal na dijkverzakking", DIJK_OWN),
    ):
        record(catalog, f, title=f"EN {f.article_id}", summary=f"Summary {f.article_id}.")
    text = write_story_feed(settings, now=at(1)).read_text(encoding="utf-8")
    assert "<entry>" in text and UNKNOWN_OUTLET not in text and "Outlets" not in text
    assert "+00:00: EN d1 [d1.md]" in text

"""stories.xml's feed id names no folder of the operator's disk: a feed reader shows it (user40)."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.stories.texts import DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record


def test_stories_xml_id_names_no_local_folder(tmp_path: Path) -> None:
    from pipeline.storydesk.atom import write_story_feed

    out = tmp_path / "private-desk-folder"
    settings = BriefSettings(out_dir=out)
    catalog = open_catalog(settings)
    record(catalog, feat("d1", "NOS", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), title="EN d1", summary="S.")
    text = write_story_feed(settings, now=at(1)).read_text(encoding="utf-8")
    assert "private-desk-folder" not in text and str(tmp_path) not in text
    feed_id = text.split("<id>")[1].split("</id>")[0]
    assert feed_id.startswith("urn:dutch-brief:stories:")
    again = write_story_feed(settings, now=at(1, 1)).read_text(encoding="utf-8")
    assert again.split("<id>")[1].split("</id>")[0] == feed_id  # the same folder keeps its feed's id


def test_brief_stories_names_no_outlet_called_unknown(tmp_path: Path) -> None:
    """`brief stories` and its --json: an article whose source names no outlet has none (null), not an
    outlet called "unknown" — as the digest, the site and stories.xml already show it (user40)."""
    from pipeline.storydesk.listing import as_json, as_text, listed
    from pipeline.storydesk.text import UNKNOWN_OUTLET

    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    record(catalog, feat("d1", UNKNOWN_OUTLET, at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), title="EN d1")
    stories = listed(catalog, None, None)
    assert UNKNOWN_OUTLET not in "\n".join(as_text(stories))
    assert as_text(stories)[0].endswith(f"({at(0, 1).date().isoformat()})")
    (story,) = as_json(stories)
    assert story["outlets"] == [] and story["articles"][0]["outlet"] is None

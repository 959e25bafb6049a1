"""stories.xml: with site_url set, a story's timeline links each article to its brief's page on the published
site — a rel="related" link per article and the address in the timeline's line — not the brief's file name a feed
reader cannot open (user40b); without site_url there is no page to link to and the file name stays."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.site.stories import brief_link, story_link
from pipeline.storydesk.atom import write_story_feed
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.org/news/"


def test_a_storys_timeline_links_to_its_briefs_pages(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), title="EN d1")
    record(catalog, feat("b1", "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY), title="EN b1")
    path = write_story_feed(settings, now=at(1), link=story_link(SITE), brief=brief_link(SITE))
    entries = list(ET.parse(path).getroot().iter(f"{ATOM}entry"))
    assert len(entries) == 2
    for entry in entries:
        links = {link.get("rel"): link for link in entry.iter(f"{ATOM}link")}  # the story's page: Atom's default rel
        key = "d1" if "EN d1" in entry.findtext(f"{ATOM}content") else "b1"
        page = f"{SITE}articles/{key}.html"
        assert links["related"].get("href") == page and links["related"].get("title") == f"EN {key}"
        assert links[None].get("href").startswith(f"{SITE}stories/story-")
        assert f"EN {key} <{page}>" in entry.findtext(f"{ATOM}content")
        assert f"[{key}.md]" not in entry.findtext(f"{ATOM}content")
    plain = ET.parse(write_story_feed(settings, now=at(1))).getroot()
    assert all(e.find(f"{ATOM}link") is None for e in plain.iter(f"{ATOM}entry"))
    assert any("[d1.md]" in e.findtext(f"{ATOM}content") for e in plain.iter(f"{ATOM}entry"))

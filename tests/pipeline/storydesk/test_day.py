"""Stories in the product: the digest opens with the day's top stories (ranked by distinct
outlets), a story continuing from earlier days says "developing — day N", a wire copy is shown once
("also published by"), story summaries have their numbers checked; `brief stories --json` has the
issue's shape; stories.xml keeps one entry per story, updated in place as it grows."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry
from pipeline.document import Summary
from pipeline.settings import BriefSettings
from pipeline.storydesk.atom import write_story_feed
from pipeline.storydesk.listing import as_json, listed
from tests.pipeline.stories.texts import (
    BRAND_BODY,
    DIJK_COPY,
    DIJK_DAY2,
    DIJK_OWN,
    DIJK_WIRE,
    STAKING_BODY,
    at,
    feat,
)
from tests.pipeline.storydesk.helpers import record

ATOM = "{http://www.w3.org/2005/Atom}"


class FakeEngine:
    max_input_tokens = 1024

    def count_tokens(self, texts):
        return [len(t.split()) for t in texts]


class FakeSummarizer:
    """Writes a story summary with one number its articles print (350) and one they do not (999)."""

    engine = FakeEngine()

    def __init__(self) -> None:
        self.inputs: list[list[str]] = []

    def summarize_many(self, articles):
        self.inputs += [list(a) for a in articles]
        return [Summary("About 350 residents left; 999 sandbags.", 10) for _ in articles]


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def monday(catalog):
    items = [
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY),
        feat("b1", "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking", DIJK_OWN),
        feat("s1", "RTV Oost", at(0, 7), "Buschauffeurs Keolis leggen werk neer", STAKING_BODY),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id}", summary=f"Summary {f.article_id}: 350 residents.")
    return [
        DigestEntry(f"EN {f.article_id}", "s", f"{f.article_id}.md", f"{f.article_id}.txt", f.article_id) for f in items
    ]


def test_the_digest_opens_with_top_stories_and_a_story_develops_over_days(settings) -> None:
    catalog = open_catalog(settings)
    summarizer = FakeSummarizer()
    path, _, _, _ = update_digest(settings, "2026-03-02", monday(catalog), [], summarizer=lambda: summarizer)
    text, _day_record = path.read_text(encoding="utf-8").split("\n<!-- dutch-brief day: ")  # seen; the record
    top, other = text.split("## Other stories")
    assert "## Top stories" in top and "Zaltbommel" not in other  # the dike: 3 outlets, top story
    assert "[EN d1](<d1.md>)" in top and "also published by AD" in top and "d1c.md" not in text  # the copy once
    assert "About 350 residents left; 999 sandbags." in top and "999: not in its articles" in top
    assert "350: not" not in top
    assert "Omroep Gelderland" in top and "developing" not in text
    assert "[EN b1](<b1.md>)" in other and "[EN s1](<s1.md>)" in other  # single-article stories, briefly
    assert len(summarizer.inputs) == 1  # one story of several articles: summarized once
    update_digest(settings, "2026-03-02", [], [], summarizer=lambda: summarizer)
    assert len(summarizer.inputs) == 1  # its input did not change: not summarized again
    d3 = feat("d3", "NOS", at(2, 3), "Bewoners mogen terug naar huis", DIJK_DAY2)
    record(catalog, d3, title="EN d3")
    entry = DigestEntry("EN d3", "s", "d3.md", "d3.txt", "d3")
    path, _, _, _ = update_digest(settings, "2026-03-04", [entry], [], summarizer=lambda: summarizer)
    text = path.read_text(encoding="utf-8")
    assert "developing — day 3" in text and "NOS" in text and "[EN d3](<d3.md>)" in text
    assert len(summarizer.inputs) == 2  # the story grew: summarized again


def test_brief_stories_json_has_the_issues_shape_and_ranks_by_outlets(settings) -> None:
    monday(open_catalog(settings))
    result = CliRunner().invoke(app, ["stories", "--out", str(settings.out_dir), "--json"], env=_env(settings))
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [set(s) for s in found] == [{"id", "title", "summary", "outlets", "first_seen", "last_seen", "articles"}] * 3
    dike = found[0]  # most outlets first
    assert dike["outlets"] == ["AD", "NU.nl", "Omroep Gelderland"]
    assert all(
        set(a) == {"brief", "source", "outlet", "published", "duplicate_of", "newest_version"} for a in dike["articles"]
    )
    copies = {a["brief"]: a["duplicate_of"] for a in dike["articles"]}
    assert copies == {"d1.md": None, "d1c.md": "d1.md", "d2.md": None}
    assert datetime.fromisoformat(dike["first_seen"]) == at(0, 1)
    assert dike["articles"][0]["source"] == "d1.txt"
    later = CliRunner().invoke(
        app, ["stories", "--out", str(settings.out_dir), "--json", "--since", "2026-03-03"], env=_env(settings)
    )
    assert json.loads(later.stdout) == []
    bad = CliRunner().invoke(app, ["stories", "--out", str(settings.out_dir), "--until", "March"], env=_env(settings))
    assert bad.exit_code == 2 and "not a date" in bad.output


def _env(settings: BriefSettings) -> dict[str, str]:
    return {"BRIEF_DATABASE_URL": settings.database_url} if settings.database_url else {}


def test_stories_xml_updates_a_story_in_place_as_it_grows(settings) -> None:
    catalog = open_catalog(settings)
    monday(catalog)
    now = datetime(2026, 3, 5, tzinfo=UTC)
    path = write_story_feed(settings, now=now)
    first = _entries(path)
    assert len(first) == 3 and len(set(first)) == 3
    record(catalog, feat("d3", "NOS", at(2, 3), "Bewoners mogen terug naar huis", DIJK_DAY2), title="EN d3")
    second = _entries(write_story_feed(settings, now=now))
    assert set(second) == set(first)  # the same ids: no new entry for a story that grew
    grown = [k for k in first if first[k][0] != second[k][0]]
    assert len(grown) == 1 and "d3.md" in second[grown[0]][1] and "d3.md" not in first[grown[0]][1]
    assert as_json(listed(catalog, None, None))[0]["outlets"] == ["AD", "NOS", "NU.nl", "Omroep Gelderland"]


def _entries(path: Path) -> dict[str, tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        e.findtext(f"{ATOM}id"): (e.findtext(f"{ATOM}updated"), e.findtext(f"{ATOM}content"))
        for e in root.iter(f"{ATOM}entry")
    }


def test_a_stories_xml_entry_links_to_its_storys_page_on_the_published_site(settings) -> None:
    """With site_url set, a feed reader opens a story's page (the web edition's own address for it);
    without it an entry has no link to a page nobody published."""
    from pipeline.site.stories import story_link

    catalog = open_catalog(settings)
    monday(catalog)
    now = datetime(2026, 3, 5, tzinfo=UTC)
    link = story_link("https://example.org/news/")
    root = ET.parse(write_story_feed(settings, now=now, link=link)).getroot()
    pages = {e.findtext(f"{ATOM}id"): e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")}
    assert len(pages) == 3
    for entry_id, page in pages.items():
        assert page == f"https://example.org/news/stories/story-{entry_id.rsplit(':', 1)[1]}.html"
    assert story_link(None) is None and story_link("javascript:alert(1)") is None
    plain = ET.parse(write_story_feed(settings, now=now)).getroot()
    assert all(e.find(f"{ATOM}link") is None for e in plain.iter(f"{ATOM}entry"))

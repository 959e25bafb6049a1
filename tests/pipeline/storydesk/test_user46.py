"""User pass 46: a page briefed again because it changed showed both briefs in `brief stories`, on the story page
and in the web edition's search, while the digest showed the newest once. Every view now reads the digest's one
function (pipeline.storydesk.summary.StoryView.versions, over `latest`): the newest brief once, noted as changed;
the earlier brief's page stays (old links) but says so, links the newest and is not searched."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestEntry
from pipeline.render.digest import render_digest
from pipeline.settings import BriefSettings
from pipeline.storydesk.day import day_stories
from pipeline.storydesk.listing import as_json, as_text, listed
from tests.pipeline.site.test_adapter import make_brief, write
from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record

PAGE = "https://nu.nl/dijk"
UPDATE = DIJK_WIRE + "\n\nUpdate: de bewoners mogen dinsdag terug naar huis."


def _changed_page(out: Path):
    """NU.nl's page (v1), Omroep Gelderland's own article (o1), NU.nl's page again after it changed (v2)."""
    settings = BriefSettings(out_dir=out)
    catalog = open_catalog(settings)
    items = [
        (feat("v1" * 32, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), PAGE),
        (feat("o1" * 32, "Omroep Gelderland", at(0, 2), "Onrust na verzakking dijk", DIJK_OWN), "https://og.nl/d"),
        (feat("v2" * 32, "NU.nl", at(1, 1), "Dijk bij Zaltbommel verzakt", UPDATE), PAGE),
    ]
    for f, url in items:
        record(catalog, f, title=f"EN {f.article_id[:2]}", source=url)
        brief = make_brief()
        article = dataclasses.replace(brief.article, meta=dataclasses.replace(brief.article.meta, url=url))
        brief = dataclasses.replace(
            brief,
            article=article,
            cache_key=f.article_id,
            title_en=f"EN {f.article_id[:2]}",
            created_at=f"{f.published}",
        )
        write(out, brief, f"{f.article_id}.md")
    return settings, catalog


def test_brief_stories_lists_a_changed_page_once_newest_noted(tmp_path: Path) -> None:
    _, catalog = _changed_page(tmp_path)
    (story,) = listed(catalog, None, None)
    text = "\n".join(as_text([story]))
    assert "v2" * 32 + ".md  (changed since first briefed)" in text
    assert "v1" * 32 not in text and "(copy)" not in text
    (found,) = as_json([story])  # the JSON keeps every brief, the earlier one pointing at the newest
    newest = {a["brief"]: a["newest_version"] for a in found["articles"]}
    assert newest == {
        f"{'v1' * 32}.md": f"{'v2' * 32}.md",
        f"{'v2' * 32}.md": f"{'v2' * 32}.md",
        f"{'o1' * 32}.md": None,
    }


def test_the_digest_notes_the_changed_page(tmp_path: Path) -> None:
    _, catalog = _changed_page(tmp_path)
    day = at(1).date().isoformat()
    entry = DigestEntry("EN v2", "s", f"{'v2' * 32}.md", PAGE, "v2" * 32)
    (story,) = day_stories(catalog, day, [entry])
    text = render_digest(day, [entry], [], stories=[dataclasses.replace(story, top=True)])
    assert f"[EN v2](<{'v2' * 32}.md>) — NU.nl (changed since first briefed)" in text
    assert "v1" * 32 not in text


def test_the_story_page_and_search_show_the_newest_brief_once(tmp_path: Path) -> None:
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.build import plan_pages
    from pipeline.site.paths import article_path, story_path

    settings, _ = _changed_page(tmp_path)
    site = site_from_outputs(settings, digests={})
    (dike,) = site.stories
    pages = {page.path: page for page in plan_pages(site)}
    story_page = pages[story_path(dike.id)].render()
    assert story_page.count(article_path("v2" * 32)) == 1 and article_path("v1" * 32) not in story_page
    assert "(changed since first briefed)" in story_page
    earlier, newest = pages[article_path("v1" * 32)], pages[article_path("v2" * 32)]
    assert not earlier.search_order and newest.search_order  # searched: the newest only
    assert f'<a href="../{article_path("v2" * 32)}">its newest version</a>' in earlier.render()
    assert "this is its newest version" in newest.render()
    assert {day.coverage_of(dike)[0] for day in site.days} == {2}  # as before (user pass 45): one article

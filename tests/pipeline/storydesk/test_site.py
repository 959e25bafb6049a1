"""The site shows the catalog's stories: articles of one event across outlets and days are one
story (developing over days), other events stay apart, and the day ranks them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.site.adapter import site_from_outputs
from tests.pipeline.site.test_adapter import make_brief, write
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_DAY2, DIJK_OWN, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record


def test_the_site_groups_articles_into_the_catalogs_stories(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    items = [
        feat("a" * 64, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("b" * 64, "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
        feat("c" * 64, "Omroep Gelderland", at(0, 6), "Onrust na dijkverzakking", DIJK_OWN),
        feat("d" * 64, "NOS", at(2, 3), "Bewoners mogen terug naar huis", DIJK_DAY2),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id[0]}")
        brief = dataclasses.replace(make_brief(), cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    site = site_from_outputs(settings, digests={})
    assert len(site.stories) == 2  # the dike (3 articles, 2 days) and the fire
    dike, fire = sorted(site.stories, key=lambda s: -len(s.timeline))
    assert dike.title in {"EN a", "EN c", "EN d"} and fire.title == "EN b"  # its most central article's title
    assert dike.outlets == ("NOS", "NU.nl", "Omroep Gelderland") and dike.developing_day == 3
    assert [e.article_key[0] for e in dike.timeline] == ["a", "c", "d"]
    monday = next(d for d in site.days if d.date == at(0).date().isoformat())
    assert monday.top_stories == (dike.id,) and monday.other_stories == (fire.id,)


def test_an_earlier_days_page_shows_its_stories_as_they_stood_that_day(tmp_path: Path) -> None:
    """Read two days later, Monday's page still has Monday's top stories and no "developing — day N"
    for a story that began on Monday: coverage that came later changes neither (as in Monday's digest)."""
    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    items = [
        feat("a" * 64, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("b" * 64, "AD", at(0, 2), "Grote brand in loods Veenendaal", BRAND_BODY),
        feat("e" * 64, "Omroep Gelderland", at(0, 3), "Brand in loods", BRAND_BODY),  # a copy: a second outlet
        feat("d" * 64, "NOS", at(2, 3), "Bewoners mogen terug naar huis", DIJK_DAY2),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id[0]}")
        brief = dataclasses.replace(make_brief(), cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    site = site_from_outputs(settings, digests={})
    dike = next(s for s in site.stories if any(e.article_key[0] == "a" for e in s.timeline))
    fire = next(s for s in site.stories if any(e.article_key[0] == "b" for e in s.timeline))
    monday, wednesday = sorted(site.days, key=lambda d: d.date)
    assert monday.top_stories == (fire.id,) and monday.other_stories == (dike.id,)  # the dike: one outlet on Monday
    assert monday.developing_day(dike) is None and wednesday.developing_day(dike) == 3
    from pipeline.site.render import render_day

    by_id = {s.id: s for s in site.stories}
    assert "eveloping" not in render_day(site, monday, None, wednesday.date, by_id)
    assert "eveloping — day 3" in render_day(site, wednesday, monday.date, None, by_id)

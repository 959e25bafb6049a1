"""Reader pass 48: a wire copy on the web edition and in the e-mail. The digest names an outlet that only ran a
copy once, under "also published by"; the day's page, the story page and the e-mail listed the copy as one more
outlet's article ("2 articles · De Telegraaf, NU.nl" over one text twice, the story's timeline the same text
twice with nothing to say so)."""

from __future__ import annotations

import dataclasses


def _site(tmp_path, copied_by: str = "De Telegraaf"):
    from pipeline.catalog.db import open_catalog
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from tests.pipeline.site.test_adapter import make_brief, write
    from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, at, feat
    from tests.pipeline.storydesk.helpers import record

    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    items = [
        (feat("a" * 64, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), "https://nu.nl/dijk"),
        (feat("c" * 64, "Omroep Gelderland", at(0, 6), "Onrust na dijkverzakking", DIJK_OWN), "https://og.nl/dijk"),
        (feat("t" * 64, copied_by, at(0, 8), "Dijk verzakt", DIJK_WIRE), "https://telegraaf.nl/dijk"),
    ]
    for f, url in items:
        record(catalog, f, title=f"EN {f.article_id[0]}", source=url)
        brief = make_brief()
        article = dataclasses.replace(
            brief.article, meta=dataclasses.replace(brief.article.meta, url=url, outlet=f.outlet)
        )
        brief = dataclasses.replace(brief, article=article, cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    return site_from_outputs(settings, digests={})


def test_the_day_page_and_the_email_name_a_copy_s_outlet_under_also_published_by(tmp_path) -> None:
    from pipeline.deliver.message import briefing_message
    from pipeline.site.render import render_day

    site = _site(tmp_path)
    (dike,) = site.stories
    (day,) = site.days
    assert day.also_published_by(dike) == ("De Telegraaf",)
    page = render_day(site, day, None, day.date, {dike.id: dike})
    assert "NU.nl, Omroep Gelderland · also published by De Telegraaf" in page
    message = briefing_message(site, day)
    assert "NU.nl, Omroep Gelderland · also published by De Telegraaf" in message.text
    assert "also published by De Telegraaf" in message.html


def test_the_story_page_marks_the_copy(tmp_path) -> None:
    from pipeline.site.render import render_story

    site = _site(tmp_path)
    (dike,) = site.stories
    assert dike.copies == ("t" * 64,)
    page = render_story(site, dike, {a.key: a for a in site.articles}).split("<main")[1]
    copy_entry = next(line for line in page.splitlines() if "t" * 64 in line)
    assert "a copy of another article of this story" in copy_entry
    original = next(line for line in page.splitlines() if f"articles/{'a' * 64}" in line)
    assert "also published by De Telegraaf" in original


def test_the_story_page_says_an_outlets_own_repost_is_published_again_as_the_digest_does(tmp_path) -> None:
    """final read 48: the story page rebuilt the digest's "also published by" line and named the article's own outlet
    ("NU.nl (also published by NU.nl)"); it now says it as the digest does (render.digest.copies_line)."""
    from pipeline.site.render import render_story

    site = _site(tmp_path, copied_by="NU.nl")
    (dike,) = site.stories
    page = render_story(site, dike, {a.key: a for a in site.articles}).split("<main")[1]
    original = next(line for line in page.splitlines() if f"articles/{'a' * 64}" in line)
    assert "(published again)" in original and "also published by" not in original

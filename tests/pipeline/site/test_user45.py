"""User pass 45 (several days): a page briefed again because it changed (its new brief a copy of the first) counted
as two articles on the day's page and in the day's e-mail ("4 articles" for three), while the digest shows it once."""

from __future__ import annotations

import dataclasses


def test_a_page_briefed_again_because_it_changed_counts_once(tmp_path) -> None:
    from pipeline.catalog.db import open_catalog
    from pipeline.deliver.message import briefing_message
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from tests.pipeline.site.test_adapter import make_brief, write
    from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, at, feat
    from tests.pipeline.storydesk.helpers import record

    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    update = DIJK_WIRE + "\n\nUpdate: de bewoners mogen dinsdag terug naar huis."
    items = [
        (feat("a" * 64, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), "https://nu.nl/dijk"),
        (feat("c" * 64, "Omroep Gelderland", at(0, 6), "Onrust na dijkverzakking", DIJK_OWN), "https://og.nl/dijk"),
        (feat("b" * 64, "NU.nl", at(0, 8), "Dijk bij Zaltbommel verzakt", update), "https://nu.nl/dijk"),
    ]
    for f, url in items:
        record(catalog, f, title=f"EN {f.article_id[0]}", source=url)  # as the write path records a page: its URL
        brief = make_brief()
        article = dataclasses.replace(brief.article, meta=dataclasses.replace(brief.article.meta, url=url))
        brief = dataclasses.replace(brief, article=article, cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    site = site_from_outputs(settings, digests={})
    (dike,) = site.stories
    (day,) = site.days
    assert day.coverage_of(dike) == (2, ("NU.nl", "Omroep Gelderland"))
    assert "2 articles · NU.nl, Omroep Gelderland" in briefing_message(site, day).text

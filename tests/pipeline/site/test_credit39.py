"""The web edition's article page and the brief's credit line give the same facts about the
original, written the same way: its outlet, its day ("Saturday 14 November 2015", pipeline.times)
and a link to it (user39)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pipeline.document import ArticleMeta
from pipeline.render.brief import render_brief
from pipeline.site.adapter import article_from_brief
from pipeline.site.render import render_article
from pipeline.testing.site_sample import sample_site
from pipeline.web.atom import read_brief_file
from tests.pipeline.render.test_render_brief import make_brief
from tests.pipeline.render.test_user39 import URL, credit_of


def test_the_article_page_shows_the_facts_of_the_briefs_credit_line(tmp_path: Path) -> None:
    brief = make_brief(["Dodental Parijs op 129", "Het dodental is gestegen."])
    meta = ArticleMeta("Dodental Parijs op 129", "2015-11-14T19:28:38+01:00", None, "NOS", URL)
    article = dataclasses.replace(brief.article, source_name=URL.removeprefix("https://"), meta=meta)
    text = render_brief(dataclasses.replace(brief, article=article))
    path = tmp_path / "nos.md"
    path.write_text(text, encoding="utf-8")
    assert credit_of(text).endswith(f"Original: NOS, Saturday 14 November 2015 (<{URL}>)._")
    page = render_article(sample_site(1, 1), article_from_brief(read_brief_file(path)), [])
    assert "<dd>NOS</dd>" in page
    assert ">Saturday 14 November 2015, 19:28</time>" in page
    assert f'<a href="{URL}" rel="noopener noreferrer">{URL}</a>' in page

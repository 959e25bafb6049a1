"""The line under a brief's title says where the article came from as a correspondent cites it
(user39): its outlet, its day as a reader reads it ("Saturday 14 November 2015", as the web edition
writes it; a month stays a month) and a link to it (an autolink for a web address; a file's path
as given). Before, it read "Machine-translated from Dutch (nos.nl/artikel/…, 2015-11)": the URL
without its scheme and not a link, no outlet, the month only where the page gave the day."""

from __future__ import annotations

import dataclasses

from markdown_it import MarkdownIt

from pipeline.document import ArticleMeta, Brief
from pipeline.render.brief import render_brief
from tests.pipeline.render.test_render_brief import make_brief

URL = "https://nos.nl/artikel/2069130-dodental-parijs-op-129-maar-zal-nog-stijgen"


def credit_line(brief: Brief, **changes: object) -> str:
    article = dataclasses.replace(brief.article, **changes)
    return credit_of(render_brief(dataclasses.replace(brief, article=article)))


def credit_of(text: str) -> str:
    """A rendered brief's credit line (its one line saying "Machine-translated …")."""
    (line,) = [line for line in text.splitlines() if "Machine" in line]
    return line


def test_a_web_briefs_credit_line_names_the_outlet_links_the_original_and_gives_the_day() -> None:
    brief = make_brief(["Dodental Parijs op 129", "Het dodental is gestegen."])
    meta = ArticleMeta("Dodental Parijs op 129", "2015-11-14T19:28:38+01:00", None, "NOS", URL)
    credit = credit_line(brief, source_name=URL.removeprefix("https://"), source_date="2015-11", meta=meta)
    assert f"(<{URL}>)" in credit and "NOS" in credit and "14 November 2015" in credit
    assert credit == (
        "_Machine-translated from Dutch by tiny/marian; summary by tiny/bart."
        f" Original: NOS, Saturday 14 November 2015 (<{URL}>)._"
    )
    html = MarkdownIt().render(credit)
    assert html.count("<a ") == 1 and f'<a href="{URL}">{URL}</a>' in html and html.startswith("<p><em>")


def test_a_file_keeps_its_path_and_a_month_stays_a_month() -> None:
    brief = make_brief(["Kop", "Tekst."])
    assert credit_line(brief).endswith(" Original: February 2022 (bron.txt)._")
    assert credit_line(brief, source_date=None).endswith(" Original: bron.txt._")
    named = credit_line(brief, source_name="export/nos_2024_03.md", meta=ArticleMeta(outlet="NOS"))
    assert named.endswith(" Original: NOS, February 2022 (export/nos\\_2024\\_03.md)._")


def test_an_address_that_is_no_web_address_is_shown_as_text_not_linked() -> None:
    brief = make_brief(["Kop", "Tekst."])
    for url in ("javascript:alert(1)", "https://x.nl/a b", "https://x.nl/<script>"):
        credit = credit_line(brief, meta=ArticleMeta(url=url))
        html = MarkdownIt().render(credit)
        assert "<a " not in html and "<script" not in html and "\n" not in credit, url

"""user41: what a reader of the web edition would trip over."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from pipeline.site.build import build_site
from pipeline.site.search import FOLDER
from pipeline.testing.site_sample import sample_site


def indexed_texts(site_dir: Path) -> list[str]:
    """The text Pagefind indexed of every page: what its result excerpts are cut from."""
    texts = []
    for fragment in sorted((site_dir / FOLDER).glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        texts.append(json.loads(data[data.index(b"{") :])["content"])
    return texts


def test_search_excerpts_keep_an_articles_labels_apart_from_their_values(tmp_path: Path) -> None:
    """Pagefind reads <dt>/<dd> as inline: with nothing between them, a result's excerpt read "AuthorJan de Vries.
    Published12 February 2026"; a space between the two (invisible in the page's flex layout) keeps them apart."""
    site = sample_site(1, 1)
    build_site(site, tmp_path)
    article = site.articles[0]
    [text] = [t for t in indexed_texts(tmp_path) if "Original " in t]  # its page, not its story's
    assert f"Outlet {article.outlet}." in text and f"Author {article.author}." in text
    assert "Published " in text and "Original https://nos.nl/" in text
    assert "AuthorJan" not in text and "OriginalHttps" not in text.title()


def test_an_article_dated_after_its_briefing_is_listed_under_the_day_it_was_briefed() -> None:
    """A feed item dated 2039 sat in its story's timeline under "Saturday 1 January 2039", while `brief stories` and
    the digest count it as published when briefed; now the timeline does too, and its line shows the date given."""
    from pipeline.site.render import clock, timeline_day

    assert timeline_day("2039-01-01T09:00:00+00:00", "2026-12-06") == "2026-12-06"
    assert clock("2039-01-01T09:00:00+00:00", "2026-12-06") == "Saturday 1 January 2039, 10:00"
    assert timeline_day("2026-12-05T23:30:00+00:00", "2026-12-06") == "2026-12-06"  # Amsterdam's Sunday 00:30
    assert timeline_day("2026-12-04T10:00:00+00:00", "2026-12-06") == "2026-12-04"  # an older article: its own day
    assert timeline_day("2039-01-01", "2026-12-06") == "2026-12-06" and timeline_day(None, "2026-12-06") == "2026-12-06"


def test_a_brief_in_no_digest_is_placed_on_amsterdams_day_of_its_making(tmp_path: Path) -> None:
    """A brief made at 23:40 UTC on 11 February (00:40 on the 12th in Amsterdam) by `brief FILE` — in no daily
    digest — is on the 12th, the day the timeline and the daily flow count in; it was on the UTC 11th."""
    import dataclasses

    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from tests.pipeline.site.test_adapter import make_brief, write

    write(tmp_path, dataclasses.replace(make_brief(), created_at="2026-02-11T23:40:00Z"), "late.md")
    site = site_from_outputs(BriefSettings(out_dir=tmp_path))
    assert [d.date for d in site.days] == ["2026-02-12"]

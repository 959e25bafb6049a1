"""An article page gives a publication date a reader cannot misread: a seed's month ("2022-02") as
"February 2022", a Dutch day-first date from a CMS export's front matter ("12-02-2022", which an
English reader may take for 2 December) as its long date; what is no date stays as written (user39)."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.site.render import render_article
from pipeline.testing.site_sample import sample_site


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2022-02", "<dd>February 2022</dd>"),
        ("12-02-2022", "<dd>Saturday 12 February 2022</dd>"),
        ("1.3.2016", "<dd>Tuesday 1 March 2016</dd>"),
        ("31-02-2022", "<dd>31-02-2022</dd>"),
        ("gisteren", "<dd>gisteren</dd>"),
    ],
)
def test_a_published_date_that_is_no_iso_time_reads_as_a_date(published: str, shown: str) -> None:
    site = sample_site(1, 1)
    page = render_article(site, dataclasses.replace(site.articles[0], published=published), [])
    assert shown in page


def test_an_earlier_days_page_and_briefing_count_the_coverage_of_that_day(tmp_path) -> None:
    """Read two days later, Monday's page and Monday's briefing say "2 articles · NU.nl, Omroep Gelderland"
    for the dike, as Monday's digest did — not the 3 articles and the NOS of Wednesday (user39)."""
    from pipeline.catalog.db import open_catalog
    from pipeline.deliver.message import briefing_message
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.render import render_day
    from tests.pipeline.site.test_adapter import make_brief, write
    from tests.pipeline.stories.texts import DIJK_DAY2, DIJK_OWN, DIJK_WIRE, at, feat
    from tests.pipeline.storydesk.helpers import record

    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    items = [
        feat("a" * 64, "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("c" * 64, "Omroep Gelderland", at(0, 6), "Onrust na dijkverzakking", DIJK_OWN),
        feat("d" * 64, "NOS", at(2, 3), "Bewoners mogen terug naar huis", DIJK_DAY2),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id[0]}")
        brief = dataclasses.replace(make_brief(), cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    site = site_from_outputs(settings, digests={})
    (dike,) = site.stories
    monday, wednesday = sorted(site.days, key=lambda d: d.date)
    assert monday.coverage_of(dike) == (2, ("NU.nl", "Omroep Gelderland"))
    assert wednesday.coverage_of(dike) == (3, ("NOS", "NU.nl", "Omroep Gelderland"))
    page = render_day(site, monday, None, wednesday.date, {dike.id: dike})
    assert "2 articles · NU.nl, Omroep Gelderland" in page and "NOS" not in page.split("<main")[1]
    message = briefing_message(site, monday)
    assert "2 articles · NU.nl, Omroep Gelderland" in message.text and "3 articles" not in message.html


def test_the_front_page_calls_the_newest_day_the_latest_briefing_not_today() -> None:
    """The front page shows the newest day briefed, read on any later day too (a run that failed, a reader
    the next morning): "Latest briefing: Sunday 1 February 2026", never "Today's briefing" (user39)."""
    from pipeline.site.render import render_day, render_front

    site = sample_site(3, 1)
    day = site.days[-1]
    stories = {s.id: s for s in site.stories}
    front = render_front(site, day, [], stories)
    assert "<h1>Latest briefing: <time" in front and "today" not in front.lower()
    assert "today" not in render_day(site, day, None, None, stories).lower()


def test_an_article_without_an_outlet_adds_no_outlet_called_unknown(tmp_path) -> None:
    """A text file without front matter has no outlet; the site and the briefing do not list the catalog's
    placeholder as if it were one ("5 articles · unknown" on the README's own front page) (user39)."""
    from pipeline.catalog.db import open_catalog
    from pipeline.deliver.message import briefing_message
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.render import render_front, render_story
    from pipeline.storydesk.text import UNKNOWN_OUTLET
    from tests.pipeline.site.test_adapter import make_brief, write
    from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, at, feat
    from tests.pipeline.storydesk.helpers import record

    settings = BriefSettings(out_dir=tmp_path)
    catalog = open_catalog(settings)
    items = [
        feat("a" * 64, UNKNOWN_OUTLET, at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE),
        feat("c" * 64, "Omroep Gelderland", at(0, 6), "Onrust na dijkverzakking", DIJK_OWN),
    ]
    for f in items:
        record(catalog, f, title=f"EN {f.article_id[0]}")
        brief = dataclasses.replace(make_brief(), cache_key=f.article_id, created_at=f.published.isoformat())
        write(tmp_path, brief, f"{f.article_id[0]}.md")
    site = site_from_outputs(settings, digests={})
    (dike,) = site.stories
    (day,) = site.days
    assert dike.outlets == ("Omroep Gelderland",) and day.coverage_of(dike) == (2, ("Omroep Gelderland",))
    pages = [render_front(site, day, [], {dike.id: dike}), render_story(site, dike, {a.key: a for a in site.articles})]
    message = briefing_message(site, day)
    assert all(UNKNOWN_OUTLET not in text for text in (*pages, message.text, message.html))

"""The web edition, as a reader meets it (user40): the "Not briefed" section says how many articles
could not be briefed and links those on the web — never an inbox file's name or an error meant for
the operator; a story's timeline lists each article under the day it was published, on Amsterdam's
clock, not under the day it was briefed."""

from __future__ import annotations

import dataclasses

from pipeline.site import paths
from pipeline.site.model import SiteFailure
from pipeline.testing.site_sample import sample_site

OPERATOR = "looks like English, not Dutch (100% sure) — brief only Dutch articles, or pass --force"


def _not_briefed(articles: int, *failures: SiteFailure) -> str:
    """The "Not briefed" section of a sample site's first day page, with these failures on that day."""
    from pipeline.site.render import render_day

    site = sample_site(articles, 1)
    day = dataclasses.replace(site.days[0], failures=failures)
    page = render_day(site, day, None, None, {s.id: s for s in site.stories})
    return page.split('id="failed-h"')[1].split("</section>")[0]


def test_not_briefed_shows_readers_a_count_and_the_originals_on_the_web_only() -> None:
    section = _not_briefed(
        6,
        SiteFailure("inbox/2026-02-01 tip van Piet.txt", OPERATOR),
        SiteFailure("https://nos.nl/artikel/2069130-dodental-parijs", "https://nos.nl/…: answered 404 — check the URL"),
        SiteFailure("javascript:alert(1)", "set the translator setting (BRIEF_TRANSLATOR) to DIR"),
    )
    assert "3 articles could not be briefed. 1 of them is on the web, in Dutch:" in section  # user50
    assert '<a class="source" href="https://nos.nl/artikel/2069130-dodental-parijs" lang="nl">' in section
    for operator_text in ("tip van Piet", "inbox/", "--force", "404", "BRIEF_TRANSLATOR", "javascript"):
        assert operator_text not in section


def test_not_briefed_without_a_web_original_is_a_count() -> None:
    section = _not_briefed(3, SiteFailure("leeg.txt", "the file has no text"))
    assert "1 article could not be briefed.</p>" in section and "leeg.txt" not in section and "<ul>" not in section


def test_timeline_day_is_the_publication_day_on_amsterdams_clock() -> None:
    from pipeline.site.render import clock, timeline_day

    briefed = "2026-03-02"
    assert timeline_day("2026-02-28T23:30:00Z", briefed) == "2026-03-01"  # 00:30 in Amsterdam
    assert timeline_day("2026-02-28T23:30:00+01:00", briefed) == "2026-02-28"
    assert timeline_day("2015-11-14", briefed) == "2015-11-14"
    for undated in (None, "", "2022-02", "12-02-2022", "0001-01-01T00:00:00Z"):
        assert timeline_day(undated, briefed) == briefed  # counts as published when briefed
    assert clock("2026-02-28T23:30:00Z", "2026-03-01") == "00:30"
    assert clock("2022-02", briefed) == "February 2022"  # listed under the day it was briefed: its own date said
    assert clock("2026-03-02", briefed) == ""


def test_an_old_article_is_listed_under_its_own_day_not_the_day_it_was_briefed() -> None:
    from pipeline.site.render import render_story

    site = sample_site(3, 1)
    story = site.stories[0]
    old = story.timeline[-1].article_key
    articles = {
        a.key: dataclasses.replace(a, published="2015-11-14T20:17:00+01:00" if a.key == old else None)
        for a in site.articles
    }
    page = render_story(site, story, articles)
    headings = [h.split(">")[-1] for h in page.split("</time>") if '<time datetime="' in h and "<h3>" in h]
    assert headings[0] == "Saturday 14 November 2015"  # oldest first, and no link: the site has no such day
    assert '<h3><time datetime="2015-11-14">' in page
    assert f'<h3><a href="../{paths.day_path(site.days[0].date)}"><time datetime="{site.days[0].date}">' in page

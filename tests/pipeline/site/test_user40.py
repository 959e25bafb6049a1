"""The web edition, as a reader meets it (user40): the "Not briefed" section says how many articles
could not be briefed and links those on the web — never an inbox file's name or an error meant for
the operator."""

from __future__ import annotations

import dataclasses

from pipeline.site.model import SiteFailure
from pipeline.testing.site_sample import sample_site

OPERATOR = "looks like English, not Dutch (100% sure) — brief only Dutch articles, or pass --force"


def test_not_briefed_shows_readers_a_count_and_the_originals_on_the_web_only() -> None:
    from pipeline.site.render import render_day

    site = sample_site(6, 1)
    failures = (
        SiteFailure("inbox/2026-02-01 tip van Piet.txt", OPERATOR),
        SiteFailure("https://nos.nl/artikel/2069130-dodental-parijs", "https://nos.nl/…: answered 404 — check the URL"),
        SiteFailure("javascript:alert(1)", "set the translator setting (BRIEF_TRANSLATOR) to DIR"),
    )
    day = dataclasses.replace(site.days[0], failures=failures)
    page = render_day(site, day, None, None, {s.id: s for s in site.stories})
    section = page.split('id="failed-h"')[1].split("</section>")[0]
    assert "3 articles could not be briefed. On the web, in Dutch:" in section
    assert '<a class="source" href="https://nos.nl/artikel/2069130-dodental-parijs" lang="nl">' in section
    for operator_text in ("tip van Piet", "inbox/", "--force", "404", "BRIEF_TRANSLATOR", "javascript"):
        assert operator_text not in section


def test_not_briefed_without_a_web_original_is_a_count() -> None:
    from pipeline.site.render import render_day

    site = sample_site(3, 1)
    day = dataclasses.replace(site.days[0], failures=(SiteFailure("leeg.txt", "the file has no text"),))
    page = render_day(site, day, None, None, {s.id: s for s in site.stories})
    section = page.split('id="failed-h"')[1].split("</section>")[0]
    assert "1 article could not be briefed.</p>" in section and "leeg.txt" not in section and "<ul>" not in section

"""Reader pass 48: the day's page lists the articles that could not be briefed with their addresses ("On the web,
in Dutch: …") so a reader can open them; the e-mail only said "1 article could not be briefed." — in the text part
and the HTML part — with no way to read it. The operator's reason and an inbox file's name stay out of both."""

from __future__ import annotations

import dataclasses

from pipeline.deliver.message import briefing_message
from pipeline.site.model import SiteFailure
from pipeline.testing.site_sample import sample_site

WALL = "https://www.hln.be/binnenland/artikel~a1b2c3/"


def test_the_email_links_the_articles_that_could_not_be_briefed() -> None:
    site = sample_site(3, 1)
    failures = (SiteFailure(WALL, "a cookie/consent wall, set fetch_x"), SiteFailure("inbox/mine.txt", "binary file"))
    day = dataclasses.replace(site.days[0], failures=failures)
    message = briefing_message(site, day, "https://example.org/news/")
    assert "2 articles could not be briefed. 1 of them is on the web, in Dutch:" in message.text  # user50
    assert f"  {WALL}" in message.text.splitlines()
    assert f'<a href="{WALL}"' in message.html
    for hidden in ("consent wall", "inbox/mine.txt", "binary file"):
        assert hidden not in message.text and hidden not in message.html

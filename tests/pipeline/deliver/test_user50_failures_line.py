"""The count above the day's failures says how many a reader can open (user50, a correspondent's day: an inbox file
not Dutch and a feed page behind a consent wall): the e-mail, its HTML part and the day's page said "2 articles could
not be briefed. On the web, in Dutch:" above one link, and a reader looked for the second."""

from __future__ import annotations

import dataclasses

from pipeline.deliver.message import briefing_message
from pipeline.site.model import SiteFailure
from pipeline.testing.site_sample import sample_site

WALL = "https://www.hln.be/binnenland/artikel~a1b2c3/"
NOS = "https://nos.nl/artikel/2069130-dodental-parijs"


def _message(*failures: SiteFailure):
    site = sample_site(3, 1)
    return briefing_message(site, dataclasses.replace(site.days[0], failures=failures), "https://example.org/news/")


def test_the_count_says_how_many_of_the_failures_are_on_the_web() -> None:
    message = _message(SiteFailure(WALL, "consent wall"), SiteFailure("file:///srv/inbox/english.txt", "not Dutch"))
    line = "2 articles could not be briefed. 1 of them is on the web, in Dutch:"
    assert line in message.text.splitlines() and line in message.html
    assert "english.txt" not in message.text and "english.txt" not in message.html
    both = _message(SiteFailure(WALL, "x"), SiteFailure(NOS, "y"), SiteFailure("a.txt", "z"))
    assert "3 articles could not be briefed. 2 of them are on the web, in Dutch:" in both.text


def test_all_or_none_on_the_web_read_as_before() -> None:
    assert (
        "2 articles could not be briefed. On the web, in Dutch:"
        in _message(SiteFailure(WALL, "x"), SiteFailure(NOS, "y")).text
    )
    text = _message(SiteFailure("leeg.txt", "the file has no text")).text
    assert "1 article could not be briefed." in text.splitlines() and "in Dutch" not in text

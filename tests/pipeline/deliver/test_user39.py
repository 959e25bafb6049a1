"""The briefing's count of what could not be briefed reads as English: "1 article", "2 articles" —
never "article(s)" (user39)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.deliver.message import briefing_message
from pipeline.site.model import SiteFailure
from pipeline.testing.site_sample import sample_site


@pytest.mark.parametrize(("failed", "line"), [(1, "1 article could not"), (2, "2 articles could not")])
def test_the_failed_count_is_singular_or_plural(failed: int, line: str) -> None:
    site = sample_site(3, 1)
    day = replace(site.days[-1], failures=tuple(SiteFailure(f"f{i}.txt", "empty") for i in range(failed)))
    message = briefing_message(site, day, "https://news.example.org/")
    assert line in message.text and line in message.html
    assert "(s)" not in message.text and "(s)" not in message.html

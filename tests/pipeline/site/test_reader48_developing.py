"""Reader pass 48: a page first published long ago, briefed on Friday and briefed again on Saturday because it
changed (NOS's 2015 page, its death toll updated) was "Developing — day 4040" on Saturday's page, in Saturday's
e-mail and, rebuilt, on Friday's page too ("day 4039": Friday's page said nothing on Friday). The catalog's story
runs from the page's publication date (2015) to the changed brief's briefing time (commit 22d0a366), and
pipeline.stories.rank.story_day counts the days between. The rule lives in pipeline/stories (another helper's
area this stop): strict xfail until it is settled there; the site only shows what story_day says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

PAGE = "https://nos.nl/artikel/2069130-dodental-parijs"
FIRST, CHANGED = "f" * 64, "c" * 64


def _site():
    from pipeline.site.model import SiteArticle
    from pipeline.site.stories import site_stories
    from pipeline.storydesk.read import StoredArticle
    from pipeline.storydesk.summary import StoryView

    published = datetime(2015, 11, 14, 18, 28, 38, tzinfo=UTC)
    briefs = (
        StoredArticle(
            FIRST, "f.md", PAGE, "NOS", published, None, "T", "S", None, datetime(2026, 12, 4, 9, tzinfo=UTC)
        ),
        StoredArticle(
            CHANGED, "c.md", PAGE, "NOS", published, FIRST, "T", "S", None, datetime(2026, 12, 5, 9, tzinfo=UTC)
        ),
    )
    view = StoryView(1, "T", "S", ("NOS",), (), published, briefs[1].briefed, briefs, FIRST, True, ())
    articles = {
        k: SiteArticle(k, "EN", "NL", "NOS", None, published.isoformat(), PAGE, "S", ()) for k in (FIRST, CHANGED)
    }
    return site_stories([view], articles, {"2026-12-04": [FIRST], "2026-12-05": [CHANGED]}, {})


@pytest.mark.xfail(strict=True, reason="pipeline.stories.rank.story_day counts from a 2015 publication date")
def test_a_long_ago_page_changed_today_is_no_story_developing_for_eleven_years() -> None:
    (story,), days = _site()
    friday, saturday = sorted(days, key=lambda d: d.date)
    assert friday.developing_day(story) is None  # Friday's page as it read on Friday
    assert (saturday.developing_day(story) or 1) <= 2  # at most its second day in the edition

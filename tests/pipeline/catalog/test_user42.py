"""A hand-briefed article joins one day, once (user42, issue 19): the day's digest takes in the articles briefed
on the day that no day lists (`catalog.days._unlisted`). A backfill run for another day whose brief today's digest
took in first does not list it again on its own day; a re-brief under a new key (a new STRUCTURE_VERSION) of an article a
day lists already is not listed again. Texts written for this test, never copied from news."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline.catalog.articles import save_articles
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.test_user41b import BODY
from tests.pipeline.stories.texts import feat
from tests.pipeline.storydesk.helpers import article_row

NOON = datetime(2025, 12, 15, 11, 0, tzinfo=UTC)


def by_hand(catalog, key: str, briefed: datetime, content: str = "") -> None:
    """The catalog row a brief writes (`content`: the article's content hash, default the key)."""
    row = article_row(feat(key, "Tubantia", briefed, f"Brug {key} dicht", BODY), title=f"Bridge {key} closed")
    catalog.write(
        lambda connection: save_articles(connection, [{**row, "briefed_at": briefed, "content_hash": content or key}])
    )


def keys(catalog, day: str) -> list[str]:
    return [entry.key for entry in day_digest(catalog, day)[0]]


def test_a_backfill_runs_brief_that_today_took_in_first_is_listed_on_today_only(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    by_hand(catalog, "back", NOON)  # the backfill run for the 14th wrote its brief's row at noon on the 15th ...
    update_digest(settings, "2025-12-15", [], [], summarizer=lambda: None)  # ... as today's run wrote its digest
    back = DigestEntry("Bridge back closed", "s", "back.md", "back.txt", "back")
    update_digest(settings, "2025-12-14", [back], [], summarizer=lambda: None)  # then the backfill lists it
    assert keys(catalog, "2025-12-15") == ["back"]  # the first listing wins: today's digest said so already
    assert keys(catalog, "2025-12-14") == []


def test_a_re_brief_under_a_new_key_is_not_listed_again(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    by_hand(catalog, "old", NOON)  # the daily run briefed it at noon ...
    old = DigestEntry("Bridge old closed", "s", "old.md", "old.txt", "old")
    update_digest(settings, "2025-12-15", [old], [], summarizer=lambda: None)
    by_hand(catalog, "new", NOON.replace(hour=15), content="old")  # ... a hand re-brief after a version bump
    update_digest(settings, "2025-12-15", [], [], summarizer=lambda: None)
    assert keys(catalog, "2025-12-15") == ["old"]


def test_the_daily_runs_re_brief_and_two_hand_briefs_of_one_article_are_listed_once(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    catalog = open_catalog(settings)
    by_hand(catalog, "first", NOON)
    update_digest(
        settings, "2025-12-15", [DigestEntry("t", "s", "first.md", "a.txt", "first")], [], summarizer=lambda: None
    )
    by_hand(catalog, "again", NOON.replace(hour=16), content="first")  # the next run, after a version bump
    update_digest(
        settings, "2025-12-15", [DigestEntry("t", "s", "again.md", "a.txt", "again")], [], summarizer=lambda: None
    )
    assert keys(catalog, "2025-12-15") == ["first"]
    by_hand(catalog, "one", NOON.replace(hour=17))  # by hand, twice, before the day's next digest
    by_hand(catalog, "two", NOON.replace(hour=18), content="one")
    by_hand(catalog, "three", NOON.replace(hour=19))
    update_digest(settings, "2025-12-15", [], [], summarizer=lambda: None)
    assert keys(catalog, "2025-12-15") == ["first", "one", "three"]

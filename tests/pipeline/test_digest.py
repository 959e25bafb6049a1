"""The digest's one-truth rule: an article is briefed or failed on a day, never both (the day is a
query of the catalog, on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.digest import update_digest
from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.errors import SettingsError
from pipeline.settings import BriefSettings
from pipeline.store.digests import digest_path, valid_day


def entry(name: str, key: str) -> DigestEntry:
    return DigestEntry(f"Title of {name}", "A summary.", f"{name}-{key}.md", name, key)


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path, database_url=database)


def test_an_article_briefed_after_it_failed_is_listed_once_as_briefed(settings: BriefSettings) -> None:
    path, changed, _, _ = update_digest(settings, "2026-02-12", [], [DigestFailure("a.txt", "translator missing")])
    assert changed and "a.txt: translator missing" in path.read_text(encoding="utf-8")
    _, _, entries, failures = update_digest(settings, "2026-02-12", [entry("a.txt", "k1")], [])
    text = path.read_text(encoding="utf-8")
    assert [e.source_name for e in entries] == ["a.txt"] and failures == []
    assert "Not briefed" not in text and "- a.txt:" not in text and text.count("_Source: a.txt_") == 1
    # a later run's failure of the same article does not contradict it either
    _, _, entries, failures = update_digest(settings, "2026-02-12", [], [DigestFailure("a.txt", "busy")])
    assert failures == [] and "_1 article briefed._" in path.read_text(encoding="utf-8")


def test_runs_add_up_over_the_day_with_the_latest_reason_and_days_stay_apart(settings: BriefSettings) -> None:
    update_digest(settings, "2026-02-12", [entry("a.txt", "k1")], [DigestFailure("b.txt", "old reason")])
    update_digest(settings, "2026-02-12", [], [DigestFailure("c.txt", "binary")])
    _, changed, entries, failures = update_digest(
        settings, "2026-02-12", [entry("a.txt", "k1"), entry("d.txt", "k2")], [DigestFailure("b.txt", "new reason")]
    )
    assert changed and [e.key for e in entries] == ["k1", "k2"]  # each brief once, in the order they came
    assert failures == [DigestFailure("b.txt", "new reason"), DigestFailure("c.txt", "binary")]
    assert day_digest(open_catalog(settings), "2026-02-12") == (entries, failures)
    assert day_digest(open_catalog(settings), "2026-02-13") == ([], [])
    _, changed, _, _ = update_digest(settings, "2026-02-12", [entry("a.txt", "k1")], [])
    assert not changed  # nothing new: the digest is left alone


@pytest.mark.parametrize(
    "day", ["../x", "2026-02-30", "2026-2-1", "20260201", "2026-02-01/../../etc", "", " 2026-02-01"]
)
def test_a_day_that_is_not_an_iso_date_never_becomes_a_path(day: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="YYYY-MM-DD"):
        digest_path(tmp_path, day)
    with pytest.raises(SettingsError):
        update_digest(tmp_path, day, [], [])
    assert list(tmp_path.iterdir()) == []
    assert valid_day("2026-02-28") == "2026-02-28"


def test_an_outlet_that_only_ran_a_copy_is_named_once_in_a_one_line_story() -> None:
    """14 July 2019: AD's Nepal report, De Telegraaf's copy of it — "AD; also published by De Telegraaf",
    not "AD, De Telegraaf; also published by De Telegraaf"."""
    from pipeline.digest_document import DigestStory, DigestStoryArticle
    from pipeline.render.digest import render_digest

    top = DigestStory("Top", "S.", ("NOS", "Trouw"), (), 1, (DigestStoryArticle(entry("t", "1"), "NOS"),), True)
    nepal = DigestStoryArticle(entry("nepal", "2"), "AD", ("De Telegraaf",))
    other = DigestStory("Nepal", "S.", ("AD", "De Telegraaf"), (), 1, (nepal,), False, copies=("3",))
    page = render_digest("2019-07-14", [entry("t", "1"), entry("nepal", "2")], [], stories=[top, other])
    assert "— AD; also published by De Telegraaf" in page

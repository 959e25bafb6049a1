"""User pass 45: the digest ranked a day's stories as of its newest article — later coverage included — while the
web edition's day page and the day's e-mail (sent late too) rank them as the day ended, so the digest and the
e-mail of one day could list its stories in different orders. Both now rank through pipeline.stories.rank.day_ranking."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.digest_document import DigestEntry
from pipeline.settings import BriefSettings
from pipeline.stories.rank import StoryArticle, day_ranking
from pipeline.storydesk.day import day_stories
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_COPY, DIJK_OWN, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import record


def _entry(key: str) -> DigestEntry:
    return DigestEntry(f"EN {key}", "s", f"{key}.md", f"{key}.txt", key)


def test_a_days_digest_keeps_its_order_when_a_story_grows_the_next_day(tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out"))
    record(catalog, feat("b1", "NOS", at(0, -1), "Grote brand in Veenendaal", BRAND_BODY))
    record(catalog, feat("b2", "AD", at(0, 0), "Brand in loods Veenendaal", BRAND_BODY))
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE))
    record(catalog, feat("d2", "Omroep Gelderland", at(0, 2), "Onrust na verzakking dijk", DIJK_OWN))
    day = at(0).date().isoformat()
    entries = [_entry(k) for k in ("b1", "b2", "d1", "d2")]
    before = [s.title for s in day_stories(catalog, day, entries)]
    for n, outlet in enumerate(("Trouw", "de Volkskrant", "RTL Nieuws")):  # the next day: the fire, everywhere
        record(catalog, feat(f"b{n + 3}", outlet, at(1, n), "Brand Veenendaal", BRAND_BODY))
    after = [s.title for s in day_stories(catalog, day, entries)]
    assert after == before  # it ranked the fire first once the next day's coverage was in


def test_day_ranking_is_as_the_day_ended_and_keeps_a_story_dated_after_it() -> None:
    day = at(0).date()
    grows = [StoryArticle("a", "NOS", at(0, -1)), StoryArticle("b", "AD", at(0, 0))]
    grows += [StoryArticle(f"x{n}", f"outlet {n}", at(1, n)) for n in range(4)]  # tomorrow's coverage
    steady = [StoryArticle("c", "NU.nl", at(0, 1)), StoryArticle("d", "Trouw", at(0, 2))]
    ahead = [StoryArticle("e", "NRC", at(2)), StoryArticle("f", "Parool", at(2, 1))]  # dated after the day
    order, top = day_ranking([("grows", grows), ("ahead", ahead), ("steady", steady)], day)
    assert order == ["steady", "grows", "ahead"] and top == ["steady", "grows", "ahead"]


def test_a_page_briefed_again_because_it_changed_is_shown_in_its_newest_brief(tmp_path: Path) -> None:
    """Day 2 of the pass: the updated page's new brief is a copy of its first one (same page, small edit), and the
    digest linked the first, stale version "(published again)"; stories.xml did the same."""
    from pipeline.storydesk.atom import entry_content
    from pipeline.storydesk.read import stories_by_id
    from pipeline.storydesk.summary import view

    catalog = open_catalog(BriefSettings(out_dir=tmp_path / "out"))
    page = "nu.nl/dijk"
    record(catalog, feat("v1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), source=page)
    record(catalog, feat("o1", "Omroep Gelderland", at(0, 2), "Onrust na verzakking dijk", DIJK_OWN))
    update = DIJK_WIRE + "\n\nUpdate: de bewoners mogen dinsdag terug naar huis."
    record(catalog, feat("v2", "NU.nl", at(1, 1), "Dijk bij Zaltbommel verzakt", update), source=page)
    (story,) = day_stories(catalog, at(1).date().isoformat(), [_entry("v2")])
    listed = {(a.entry.key, a.also) for a in story.articles}
    assert ("v2", ()) in listed and not any(key == "v1" for key, _ in listed)  # the newest version, not "again"
    (stored,) = catalog.read(lambda connection: stories_by_id(connection, [stories_of_key(catalog, "v2")]))
    content = entry_content(view(stored), lambda key: f"https://example.org/articles/{key}.html")
    assert "articles/v2.html" in content and "articles/v1.html" not in content and "published again" not in content
    # another outlet's copy is still "also published by" it
    record(catalog, feat("c1", "De Telegraaf", at(1, 2), "Dijk verzakt bij Zaltbommel", DIJK_COPY))
    (story,) = day_stories(catalog, at(1).date().isoformat(), [_entry("v2"), _entry("c1")])
    assert ("v2", ("De Telegraaf",)) in {(a.entry.key, a.also) for a in story.articles}


def stories_of_key(catalog, key: str) -> int:
    from sqlalchemy import select

    from pipeline.catalog.schema import articles

    query = select(articles.c.story_id).where(articles.c.brief_key == key)
    return int(catalog.read(lambda connection: connection.execute(query).scalar()))


def test_since_a_day_after_until_is_named_as_swapped_not_as_the_same_time() -> None:
    """`brief stories --since 2026-12-06 --until 2026-12-05` said the two "are the same time" (--until a day ends
    where the next day starts)."""
    import pytest

    from pipeline.errors import SettingsError
    from pipeline.storydesk.listing import period

    with pytest.raises(SettingsError) as caught:
        period("2026-12-06", "2026-12-05")
    assert (
        str(caught.value) == "--since '2026-12-06' is not before --until '2026-12-05' — the period is empty; swap them?"
    )
    with pytest.raises(SettingsError, match="swap them"):
        period("2026-12-06T00:00+01:00", "2026-12-05")

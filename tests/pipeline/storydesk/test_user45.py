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
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_OWN, DIJK_WIRE, at, feat
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

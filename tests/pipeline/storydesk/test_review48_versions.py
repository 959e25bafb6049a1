"""Review of stop 48's versions rule (helper review48): a page briefed again under its first publication date moves
its story to when the change was briefed (`versions.changed_at`) only if the change is news. A word re-phrased days on
(the feed's entry edited, the page re-read) made a settled story news again ("developing — day 10", first among
recent stories) until d97e9331 (news_shingles). SQLite and PostgreSQL, as tests/pipeline/storydesk/test_changed_pages.py."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.stories.texts import DIJK_WIRE, at, feat
from tests.pipeline.storydesk.test_changed_pages import TITLE, V1, V2, _brief, _story


def test_a_page_re_briefed_days_later_with_one_word_rephrased_is_no_news_again(tmp_path: Path, database) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    assert "ongeveer" in DIJK_WIRE
    _brief(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), at(0, 1))
    _brief(catalog, feat(V2, "NU.nl", at(0), TITLE, DIJK_WIRE.replace("ongeveer", "zo'n", 1)), at(9, 5))
    state, found = _story(catalog)
    assert {a.key for a in found.articles} == {V1, V2}  # one page: its version
    assert state.last_seen < at(1) and len(state.days) == 1

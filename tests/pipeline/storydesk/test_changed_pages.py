"""A page updated under its first publication date (most outlets keep it): the story is news again when the change
was briefed — its last-seen time, its days ("developing — day N") and its place among recent stories move — unless
the page itself gives a later date. SQLite and PostgreSQL: the join reads the catalog."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.articles import save_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import stories
from pipeline.settings import BriefSettings
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.rank import story_day
from pipeline.stories.store import StoryState
from pipeline.storydesk.codec import from_json
from pipeline.storydesk.join import join_story
from pipeline.storydesk.read import read_stories
from tests.pipeline.stories.texts import DIJK_WIRE, at, feat
from tests.pipeline.storydesk.helpers import article_row
from tests.pipeline.storydesk.test_fix46 import PAGE, UPDATE

TITLE = "Dijk bij Zaltbommel verzakt"
V1, V2 = "c1" * 32, "c2" * 32


def _brief(catalog, features: ArticleFeatures, briefed: datetime) -> None:
    def write(connection) -> None:
        row = article_row(features, source=PAGE.split("://", 1)[-1]) | {"briefed_at": briefed.astimezone(UTC)}
        save_articles(connection, [row])
        join_story(connection, features, {"source": PAGE})

    catalog.write(write)


def _story(catalog) -> tuple[StoryState, list]:
    (found,) = read_stories(catalog)
    state = catalog.read(
        lambda c: c.execute(select(stories.c.state).where(stories.c.id == found.story_id)).scalar_one()
    )
    return from_json(StoryState, state), found


def test_a_page_updated_under_its_first_date_moves_its_story_to_when_the_change_was_briefed(
    tmp_path: Path, database
) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _brief(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), at(0, 1))
    _brief(catalog, feat(V2, "NU.nl", at(0), TITLE, UPDATE), at(2, 5))  # the page still says day 0
    state, found = _story(catalog)
    assert state.last_seen == at(2, 5) and len(state.days) == 2  # news on day 2 too: "developing — day 3"
    assert found.last_seen == at(2, 5) and {a.key for a in found.articles} == {V1, V2}


def test_a_page_that_gives_a_later_date_keeps_its_own_and_an_early_brief_changes_nothing(
    tmp_path: Path, database
) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _brief(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), at(0, 1))
    _brief(catalog, feat(V2, "NU.nl", at(1), TITLE, UPDATE), at(2, 5))  # the page's own update time: day 1
    state, found = _story(catalog)
    assert state.last_seen == at(1) and found.last_seen == at(1)


def test_a_page_changed_by_one_word_is_no_news_again(tmp_path: Path, database) -> None:
    """One word re-phrased nine days on (review48): the story keeps its time."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _brief(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), at(0, 1))
    _brief(catalog, feat(V2, "NU.nl", at(0), TITLE, DIJK_WIRE.replace("ongeveer", "zo'n", 1)), at(9, 5))
    state, found = _story(catalog)
    assert {a.key for a in found.articles} == {V1, V2}  # one page: its version
    assert state.last_seen == at(0) and found.last_seen == at(0) and len(state.days) == 1


def test_a_page_of_long_ago_updated_now_starts_no_developing_story_of_weeks(tmp_path: Path, database) -> None:
    """A page published weeks before its first brief, updated and briefed again (reader48: a 2015 page read
    "developing — day 4040"): the story keeps the page's time, no developing day."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _brief(catalog, feat(V1, "NU.nl", at(0), TITLE, DIJK_WIRE), at(40))
    _brief(catalog, feat(V2, "NU.nl", at(0), TITLE, UPDATE), at(41))
    state, found = _story(catalog)
    assert state.last_seen == at(0) and found.last_seen == at(0)
    assert story_day(found.first_seen, found.last_seen, at(41).date()) <= 1

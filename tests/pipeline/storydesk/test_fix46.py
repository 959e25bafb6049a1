"""A page briefed again because it changed, after the clusterer's window let its first brief go (newer articles
seen since), started a story of its own: the briefing showed the page twice, once per story. It now joins its
earlier brief's story as its copy — a version of the page (`StoryView.versions`), shown once — whatever the window
(pipeline.storydesk.join.earlier_version). SQLite and PostgreSQL: the join reads the catalog."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.articles import save_articles
from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.stories.features import ArticleFeatures
from pipeline.storydesk.join import join_story
from pipeline.storydesk.listing import as_text, listed
from tests.pipeline.stories.texts import AJAX_SUNDAY, BRAND_BODY, DIJK_WIRE, STAKING_BODY, STORM_FRIDAY, at, feat
from tests.pipeline.storydesk.helpers import article_row

PAGE = "https://nu.nl/dijk"
UPDATE = DIJK_WIRE + "\n\nUpdate: de bewoners mogen dinsdag terug naar huis."


def _record(catalog, features: ArticleFeatures, source: str) -> None:
    """As the write path records a brief: its row (the source's display name), then the join with the source
    as given (`record_and_join`'s `extra`)."""

    def write(connection) -> None:
        row = article_row(features, title=f"EN {features.article_id[:2]}", source=source.split("://", 1)[-1])
        save_articles(connection, [row])
        join_story(connection, features, {"source": source})

    catalog.write(write)


def test_a_changed_page_joins_its_first_brief_after_the_window_let_it_go(tmp_path: Path, database) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path, database_url=database))
    _record(catalog, feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), PAGE)
    others = [("Brand in loods", BRAND_BODY), ("Staking bij Keolis", STAKING_BODY)]
    others += [("Ajax wint van Utrecht", AJAX_SUNDAY), ("Storm Debi", STORM_FRIDAY)]
    for day, (title, body) in enumerate(others, start=1):  # newer articles: the window moves past day 0
        _record(catalog, feat(f"o{day}" * 32, "Omroep", at(day), title, body), f"https://omroep.nl/{day}")
    _record(catalog, feat("v2" * 32, "NU.nl", at(5), "Dijk bij Zaltbommel verzakt", UPDATE), PAGE)

    stories = listed(catalog, None, None)
    (dike,) = [s for s in stories if {a.key for a in s.articles} & {"v1" * 32, "v2" * 32}]
    assert {a.key for a in dike.articles} == {"v1" * 32, "v2" * 32}  # one story, not one per brief
    assert dike.versions() == {"v1" * 32: "v2" * 32, "v2" * 32: "v2" * 32}  # one page, its newest brief shown
    text = "\n".join(as_text(stories))
    assert text.count(f"{'v2' * 32}.md") == 1 and "v1" * 32 not in text
    assert "(changed since first briefed)" in text


def test_a_file_of_the_same_name_is_clustered_as_before(tmp_path: Path) -> None:
    """One path may hold another article each time (`brief /tmp/article.txt`): only a web page is a page that
    changed."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _record(catalog, feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), "article.txt")
    _record(catalog, feat("b1" * 32, "NU.nl", at(5), "Brand in loods", BRAND_BODY), "article.txt")
    assert len(listed(catalog, None, None)) == 2


def test_a_pages_newer_version_follows_its_story_into_a_merge(tmp_path: Path) -> None:
    """Final read, stop 46: a version joined outside the clusterer is not in its story's state, so a merge that moved
    only the state's articles left it on the absorbed story, which the listing skips — the newest version vanished."""
    from sqlalchemy import select

    from pipeline.catalog.schema import articles
    from pipeline.stories.store import StoryMerge
    from pipeline.storydesk.store import CatalogStoryStore

    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _record(catalog, feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), PAGE)
    _record(catalog, feat("v2" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", UPDATE), PAGE)
    _record(catalog, feat("b1" * 32, "Omroep", at(0), "Brand in loods", BRAND_BODY), "https://omroep.nl/brand")

    def story_of(connection, key: str) -> int:
        return connection.execute(select(articles.c.story_id).where(articles.c.brief_key == key)).scalar_one()

    def merge(connection) -> None:
        dike, fire = story_of(connection, "v1" * 32), story_of(connection, "b1" * 32)
        store = CatalogStoryStore(connection)
        store.record_merge(StoryMerge(kept=fire, absorbed=dike, at=at(0), article_id="b1" * 32, score=0.5))
        store.move_articles(["v1" * 32], fire)  # as the clusterer moves the absorbed story's own articles

    catalog.write(merge)
    (story,) = listed(catalog, None, None)
    assert {a.key for a in story.articles} == {"v1" * 32, "v2" * 32, "b1" * 32}

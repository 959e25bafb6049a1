"""Both stores find a story by the weight of the terms it shares with the article, not by how many:
one rare shared word outranks a handful of common ones (SQLite, PostgreSQL and the memory store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.catalog.db import open_catalog
from pipeline.settings import BriefSettings
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.store import StoryState
from pipeline.storydesk.store import CatalogStoryStore
from tests.pipeline.stories.texts import at

COMMON = ("gemeente", "jaar", "mensen")
# the article: one rare word shared with story 3, three common words shared with stories 1 and 2
LOOKUP = {"ijsselbrug": 900, "gemeente": 100, "jaar": 100, "mensen": 100, "eigen": 950}


def story(story_id: int, terms: tuple[str, ...]) -> StoryState:
    return StoryState(
        story_id=story_id,
        first_seen=at(0, 1),
        last_seen=at(0, 1),
        article_ids=(f"a{story_id}",),
        outlets=("NOS",),
        centroid=dict.fromkeys(terms, 0.5),
        norm=1.0,
        names={},
        days=(at(0, 1).date(),),
        dates=frozenset(),
    )


STORIES = [story(1, COMMON[:2] + ("weer",)), story(2, (*COMMON, "trein")), story(3, ("ijsselbrug", "zwolle"))]


def found(store) -> list[int]:
    for state in STORIES:
        store.save_story(state)
    return store.candidates(LOOKUP, at(-1), 2)


def test_the_memory_store_ranks_candidates_by_shared_weight() -> None:
    assert found(MemoryStoryStore()) == [3, 2]  # by count: [2, 1], and the bridge story not looked at


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def test_the_catalog_ranks_candidates_as_the_memory_store(settings) -> None:
    assert open_catalog(settings).write(lambda connection: found(CatalogStoryStore(connection))) == [3, 2]

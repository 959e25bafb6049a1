"""The look back on the catalog: a lone early item that joins the story grown after it is a row of story_merges
naming its story, the grown one and the article whose arrival joined them, as on the in-memory store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import story_merges
from pipeline.settings import BriefSettings
from pipeline.stories.cluster import assign
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryStore
from pipeline.storydesk.store import CatalogStoryStore
from tests.pipeline.stories.test_look_back import BUILD, EARLY
from tests.pipeline.stories.texts import WORDS, at, feat


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def stream() -> list[tuple[ArticleFeatures, ClusterSettings]]:
    """Sixty unrelated items of the day before, the early item, then the two articles that build its story (the
    first made to open a story of its own)."""
    quiet = replace(ClusterSettings(), back_hours=0.0)
    alone = replace(ClusterSettings(), threshold=0.99, rescue_floor=0.99, theme_floor=0.99, plain_cosine=0.0)
    out = []
    for i in range(60):
        picked = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12)]
        body = "de " + " en de ".join(picked) + "."
        out.append((feat(f"f{i}", "Krant", at(-1, i * 0.2), f"bericht over {picked[0]} en {picked[1]}", body), quiet))
    out.append((feat("early", "Omroep Gelderland", at(0, 0.5), *EARLY), ClusterSettings()))
    out.append((feat("b1", "Krant", at(0, 1.5), *BUILD[0]), alone))
    out.append((feat("b2", "Omroep", at(0, 3), *BUILD[1]), ClusterSettings()))
    return out


def run(store: StoryStore) -> list[int]:
    return [assign(f, store, s).story_id for f, s in stream()]


def test_the_look_back_is_recorded_in_story_merges(settings) -> None:
    memory = MemoryStoryStore()
    expected = run(memory)
    catalog = open_catalog(settings)
    got = catalog.write(lambda connection: run(CatalogStoryStore(connection)))
    assert got == expected
    early, grown = expected[-3], expected[-1]
    assert early != grown
    rows = catalog.read(lambda connection: list(connection.execute(select(story_merges))))
    assert [(r.from_story, r.into_story, r.by_brief_key) for r in rows] == [(early, grown, "b2")]
    assert [(m.absorbed, m.kept, m.article_id) for m in memory.merges] == [(early, grown, "b2")]

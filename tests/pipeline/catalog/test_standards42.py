"""Probes of the team's standards (standards42) against the catalog: a rebuild marks removed only
the briefs whose files are gone — a brief file that is there but cannot be read (a damaged byte,
no permission) keeps its row, never dropped without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.catalog import articles as catalog_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.rebuild import rebuild_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.test_catalog import brief_file


@pytest.fixture()
def settings(tmp_path: Path, database: str | None) -> BriefSettings:
    return BriefSettings(out_dir=tmp_path / "out", database_url=database)


def test_a_brief_file_that_cannot_be_read_is_not_marked_removed(settings) -> None:
    out = settings.out_dir
    kept = brief_file(out, "a", "2026-02-12T10:00:00Z")
    damaged = brief_file(out, "b", "2026-02-13T10:00:00Z")
    gone = brief_file(out, "c", "2026-02-14T10:00:00Z")
    assert rebuild_catalog(settings)[0] == 3
    damaged.write_bytes(damaged.read_bytes() + b"\xff\xfe")  # no longer UTF-8
    gone.unlink()
    rebuild_catalog(settings)
    rows = open_catalog(settings).read(
        lambda c: dict(
            c.execute(select(catalog_articles.articles.c.brief_file, catalog_articles.articles.c.status)).all()
        )
    )
    assert rows[kept.name] == catalog_articles.BRIEFED and rows[gone.name] == catalog_articles.REMOVED
    assert rows[damaged.name] == catalog_articles.BRIEFED  # was REMOVED: gone from the feed, site and stories

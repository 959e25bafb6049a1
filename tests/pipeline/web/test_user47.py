"""Two machines, one PostgreSQL catalog, each its own OUT (user47): writing one machine's feed.xml marked the
other's briefs removed in the shared catalog — its feed.xml fell from 15 entries to 5 and `brief stories`
from 7 stories to 1. On PostgreSQL a brief whose file this OUT lacks is passed over, never marked; on
SQLite (the catalog of this OUT alone) it is still marked removed."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.articles import row_of_file, save_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.rebuild import rebuild_catalog
from pipeline.catalog.stats import table_counts
from pipeline.settings import BriefSettings
from pipeline.store.brief_files import read_brief_file
from pipeline.web.atom import newest_briefs
from tests.pipeline.catalog.test_catalog import brief_file


def _listed(settings: BriefSettings) -> int:
    return table_counts(open_catalog(settings))["briefs"]


def test_another_machines_out_does_not_remove_this_ones_briefs(tmp_path: Path, postgres_url: str) -> None:
    here = BriefSettings(out_dir=tmp_path / "a", database_url=postgres_url)
    there = BriefSettings(out_dir=tmp_path / "b", database_url=postgres_url)
    first, second = (
        brief_file(here.out_dir, "a", "2026-12-01T10:00:00Z"),
        brief_file(here.out_dir, "b", "2026-12-02T10:00:00Z"),
    )
    rebuild_catalog(here)
    third = brief_file(there.out_dir, "c", "2026-12-03T10:00:00Z")
    row = row_of_file(read_brief_file(third))
    open_catalog(there).write(lambda connection: save_articles(connection, [row]))  # as machine B records it
    assert [b.path for b in newest_briefs(there, 10)] == [third]
    assert [b.path for b in newest_briefs(here, 10)] == [second, first]
    assert [b.path for b in newest_briefs(here, 1)] == [second]  # the newest, passed over c
    assert _listed(here) == 3


def test_a_brief_deleted_from_a_sqlite_out_is_still_marked_removed(tmp_path: Path) -> None:
    settings = BriefSettings(out_dir=tmp_path / "out")
    first, second = (
        brief_file(settings.out_dir, "a", "2026-12-01T10:00:00Z"),
        brief_file(settings.out_dir, "b", "2026-12-02T10:00:00Z"),
    )
    rebuild_catalog(settings)
    second.unlink()
    assert [b.path for b in newest_briefs(settings, 10)] == [first]
    assert _listed(settings) == 1

"""A changed web page finds its earlier brief by an indexed column (`articles.page`, migration 0007), not by reading
every article's JSON features on every join (255 ms a join at 15,000 articles; benchmarks/page_versions.py). A
catalog written before 0007 gets the column filled from what its joins recorded, so a page it briefed is still
found when it changes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import articles
from pipeline.settings import BriefSettings
from pipeline.storydesk.join import earlier_version
from pipeline.storydesk.listing import listed
from tests.pipeline.catalog.helpers import downgrade_to, query_plan
from tests.pipeline.stories.texts import BRAND_BODY, DIJK_WIRE, at, feat
from tests.pipeline.storydesk.test_fix46 import PAGE, UPDATE, _record


def _pages(catalog) -> dict[str, str | None]:
    query = select(articles.c.brief_key, articles.c.page)
    return catalog.read(lambda connection: {key: page for key, page in connection.execute(query)})


def test_a_catalog_from_before_the_page_column_still_finds_a_changed_pages_first_brief(
    tmp_path: Path, database
) -> None:
    settings = BriefSettings(out_dir=tmp_path, database_url=database)
    catalog = open_catalog(settings)
    _record(catalog, feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), PAGE)
    _record(catalog, feat("b1" * 32, "Omroep", at(0), "Brand in loods", BRAND_BODY), "brand.txt")

    catalog.write(lambda connection: downgrade_to(connection, "0006"))  # as dutch-brief before 0007 left it
    forget_open_catalogs()
    catalog = open_catalog(settings)  # upgraded: the column filled for pages, not for files
    assert _pages(catalog) == {"v1" * 32: PAGE, "b1" * 32: None}

    _record(catalog, feat("v2" * 32, "NU.nl", at(5), "Dijk bij Zaltbommel verzakt", UPDATE), PAGE)
    assert _pages(catalog)["v2" * 32] == PAGE
    (dike,) = [s for s in listed(catalog, None, None) if "v2" * 32 in {a.key for a in s.articles}]
    assert dike.versions() == {"v1" * 32: "v2" * 32, "v2" * 32: "v2" * 32}


def test_sqlite_looks_a_page_up_through_its_index_not_by_reading_every_article(tmp_path: Path) -> None:
    """Left alone, SQLite's planner walked (status, briefed_at) newest first to spare a sort — every row."""
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    _record(catalog, feat("v1" * 32, "NU.nl", at(0), "Dijk bij Zaltbommel verzakt", DIJK_WIRE), PAGE)
    found, steps = catalog.write(
        lambda connection: query_plan(connection, lambda c: earlier_version(c, "v2" * 32, PAGE))
    )
    assert found is not None and found[1] == "v1" * 32
    assert any("USING INDEX ix_articles_page" in step for step in steps), steps
    assert not any(step.startswith("SCAN") for step in steps), steps

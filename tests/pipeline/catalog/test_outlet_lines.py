"""Each outlet's recent line hashes in the catalog (table outlet_lines), as the template detector
counts them: articles named by brief key, lines replaced when a brief is made again, rows older
than the window pruned, the article itself never counted — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.catalog.articles import save_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.outlet_lines import CatalogOutletLines, LinesOfArticle, record_lines
from pipeline.catalog.schema import outlet_lines
from pipeline.document import Block, BlockKind
from pipeline.settings import BriefSettings
from pipeline.text.templates import TemplateDetector

DAY = date(2026, 11, 2)


@pytest.fixture()
def catalog(tmp_path: Path, database: str | None):
    return open_catalog(BriefSettings(out_dir=tmp_path / "out", database_url=database))


def add_article(catalog, key: str) -> None:
    row = {
        "brief_key": key,
        "brief_file": f"{key}.md",
        "source": f"{key}.txt",
        "content_hash": key,
        "briefed_at": datetime(2026, 11, 2, tzinfo=UTC),
    }
    catalog.write(lambda connection: save_articles(connection, [row]))


def test_counts_articles_and_days_and_leaves_the_article_itself_out(catalog) -> None:
    store = CatalogOutletLines(catalog)
    for number in range(4):
        add_article(catalog, f"k{number}")
        store.add("Streekbode", {"menu", f"own-{number}"}, f"k{number}", date(2026, 11, 1 + number // 2))
    since = date(2026, 10, 1)
    assert store.article_count("Streekbode", since) == 4
    assert store.counts("Streekbode", {"menu", "own-0", "never"}, since, exclude="k3") == {
        "menu": (3, 2),
        "own-0": (1, 1),
    }
    assert store.counts("Kustkrant", {"menu"}, since, exclude="k3") == {}
    assert store.article_count("Streekbode", date(2026, 11, 2)) == 2  # the window


def test_a_brief_made_again_replaces_its_lines_and_old_rows_are_pruned(catalog) -> None:
    add_article(catalog, "old")
    add_article(catalog, "new")
    catalog.write(
        lambda c: record_lines(c, "old", LinesOfArticle("Streekbode", frozenset({"a"}), date(2026, 1, 1), 30))
    )
    catalog.write(lambda c: record_lines(c, "new", LinesOfArticle("Streekbode", frozenset({"a", "b"}), DAY, 30)))
    catalog.write(lambda c: record_lines(c, "new", LinesOfArticle("Streekbode", frozenset({"c"}), DAY, 30)))
    rows = catalog.read(lambda c: c.execute(select(outlet_lines.c.line_hash, outlet_lines.c.seen_on)).all())
    assert rows == [("c", DAY)]  # "old" is past the window, "new"'s first lines replaced
    assert catalog.read(lambda c: c.execute(select(func.count()).select_from(outlet_lines)).scalar()) == 1


def test_the_detector_on_the_catalog_sets_aside_a_line_repeated_on_different_days(catalog) -> None:
    detector = TemplateDetector(CatalogOutletLines(catalog), min_articles=3, window_days=30)
    template = Block(BlockKind.PARAGRAPH, "Onze journalistiek wordt betaald door onze lezers.")
    for number in range(5):
        add_article(catalog, f"k{number}")
        blocks = [Block(BlockKind.PARAGRAPH, f"Bericht nummer {number} over de gemeenteraad."), template]
        out = detector.set_aside(blocks, outlet="Streekbode", article=f"k{number}", day=DAY.replace(day=1 + number))
    assert [(b.kind, b.reason) for b in out] == [
        (BlockKind.PARAGRAPH, None),
        (BlockKind.SITE_TEXT, "repeated in 4 articles of Streekbode"),
    ]

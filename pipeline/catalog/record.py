"""The build path's record of a brief it wrote: the article, the file bytes it was read from, and
its outlet's line hashes (what the template-line detector counts)."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalog.articles import hit_row, record_brief, row_of_brief
from pipeline.catalog.db import open_catalog
from pipeline.catalog.outlet_lines import LinesOfArticle
from pipeline.document import Brief


def record_written(
    settings, brief: Brief, path: Path, hit_key: str | None, lines: LinesOfArticle | None = None
) -> None:  # settings: BriefSettings
    """The build path's record of a brief it just wrote (pipeline.brief.write_brief)."""
    hit = hit_row(hit_key, brief.cache_key, path.name, brief.article.warnings) if hit_key else None
    record_brief(open_catalog(settings), row_of_brief(brief, path), hit, lines)

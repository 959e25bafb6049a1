"""Where the catalog lives — no SQLAlchemy here: the cache-hit path (pipeline.hits) imports this."""

from __future__ import annotations

from pathlib import Path

CATALOG_FILE = "catalog.sqlite"


def catalog_file(out_dir: Path) -> Path:
    """The default catalog: SQLite in the output folder, beside the briefs."""
    return out_dir / CATALOG_FILE


def default_url(out_dir: Path) -> str:
    """The default catalog's SQLAlchemy URL: SQLite at OUT/catalog.sqlite."""
    return f"sqlite:///{catalog_file(out_dir).absolute()}"


def database_url(settings) -> str:  # settings: BriefSettings
    """The catalog's SQLAlchemy URL: `database_url` when set, else SQLite at OUT/catalog.sqlite."""
    if settings.database_url:
        return settings.database_url
    return default_url(Path(settings.out_dir))


def is_default_sqlite(settings) -> bool:
    return not settings.database_url

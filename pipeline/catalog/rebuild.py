"""The catalog recreated from the brief files (`brief catalog rebuild`): every brief's row from its
front matter, the days from the digests (each digest links its briefs), briefs whose files are
gone marked removed. What no brief file holds is rebuilt by use: the index of briefs by file bytes
(the first `brief FILE` of each file records it again), known failures (a bad file fails once
more), feed entries (the next poll fetches their pages again and finds their briefs by key — no
model work). Only feed validators are lost (the next poll asks for each feed whole, once)."""

from __future__ import annotations

import time
from pathlib import Path

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.listing import list_brief_files
from pipeline.catalog.location import catalog_file, is_default_sqlite


def rebuild_catalog(settings, unread: list[str] | None = None) -> tuple[int, Path | None]:  # settings: BriefSettings
    """Recreate the catalog from the brief files. A default SQLite catalog that cannot be opened
    (not a database, damaged) is moved aside first (returned), and a new one made. `unread`: the
    files that open as briefs but do not read as one (pipeline.catalog.listing.list_brief_files)."""
    from pipeline.errors import OutputError

    moved = None
    forget_open_catalogs()
    try:
        catalog = open_catalog(settings)
    except OutputError:
        if not is_default_sqlite(settings):
            raise
        forget_open_catalogs()
        path = catalog_file(Path(settings.out_dir))
        moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        path.replace(moved)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        catalog = open_catalog(settings)
    return list_brief_files(catalog, unread), moved

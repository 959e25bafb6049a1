"""A catalog.sqlite that is no database (overwritten, a failed copy) stopped every `brief` with "the catalog at …
failed: file is not a database" (user53): nothing said what to do, though `brief catalog rebuild` moves such a file
aside and makes the catalog again from the briefs. The line names that now."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.errors import OutputError
from pipeline.settings import BriefSettings


def test_a_catalog_that_is_no_database_names_the_rebuild(tmp_path: Path) -> None:
    (tmp_path / "catalog.sqlite").write_text("een tekstbestand, geen database\n" * 50, encoding="utf-8")
    forget_open_catalogs()
    with pytest.raises(OutputError) as damaged:
        open_catalog(BriefSettings(out_dir=tmp_path))
    line = str(damaged.value)
    assert "file is not a database" in line and "brief catalog rebuild" in line and str(tmp_path) in line, line
    assert "\n" not in line

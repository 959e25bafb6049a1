"""`brief catalog rebuild|stats`: the catalog recreated from the brief files, on SQLite and
PostgreSQL; a catalog that cannot be used is one line and exit 1, a bad database_url exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import articles
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.test_catalog import brief_file


def test_rebuild_lists_every_brief_again_and_stats_counts_them(
    tmp_path: Path, database: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if database:
        monkeypatch.setenv("BRIEF_DATABASE_URL", database)
    brief_file(tmp_path, "a", "2026-02-12T10:00:00Z")
    brief_file(tmp_path, "b", "2026-02-13T10:00:00Z")
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    catalog.write(lambda connection: connection.execute(articles.delete()))  # the records lost
    forget_open_catalogs()
    runner = CliRunner()
    rebuilt = runner.invoke(app, ["catalog", "rebuild", "--out", str(tmp_path)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "2 briefs listed in the catalog" in rebuilt.stderr
    stats = runner.invoke(app, ["catalog", "stats", "--out", str(tmp_path)])
    assert stats.exit_code == 0 and "briefs: 2" in stats.stdout.splitlines()


def test_a_catalog_that_cannot_be_used_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    (tmp_path / "catalog.sqlite").write_bytes(b"not a database at all" * 64)
    broken = runner.invoke(app, ["failures", "list", "--out", str(tmp_path)])
    assert broken.exit_code == 1 and broken.stderr.count("\n") == 1 and "catalog" in broken.stderr
    assert "Traceback" not in broken.output
    monkeypatch.setenv("BRIEF_DATABASE_URL", "mysql://nobody@127.0.0.1/brief")
    refused = runner.invoke(app, ["catalog", "stats", "--out", str(tmp_path)])
    assert refused.exit_code == 2 and "database_url" in refused.stderr and refused.stderr.count("\n") == 1


def test_stats_counts_the_stories_and_those_of_several_briefs(tmp_path: Path) -> None:
    from tests.pipeline.stories.texts import BRAND_BODY, DIJK_COPY, DIJK_WIRE, at, feat
    from tests.pipeline.storydesk.helpers import record

    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    record(catalog, feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", DIJK_WIRE))
    record(catalog, feat("d1c", "AD", at(0, 2), "Waaldijk verzakt: polder ontruimd", DIJK_COPY))
    record(catalog, feat("b1", "NOS", at(1, 1), "Grote brand in Veenendaal", BRAND_BODY))
    stats = CliRunner().invoke(app, ["catalog", "stats", "--out", str(tmp_path)])
    assert stats.exit_code == 0, stats.output
    lines = stats.stdout.splitlines()
    assert "stories: 2" in lines and "stories of several briefs: 1" in lines, lines

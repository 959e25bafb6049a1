"""A PostgreSQL catalog that goes away in the middle of `brief FILE…` (user50): the run said "error: the catalog at
postgresql+psycopg://… failed: consuming input failed: server closed the connection unexpectedly" once per file, and
then a warning that the day's failures were not recorded — naming no setting. Now the first write that finds the
server gone stops the run (every file would fail the same way) with one line naming the database (password masked)
and the database_url setting, exit 1, no traceback; a brief file is whole or absent (written atomically before its
record: the next run records it). Its own pgserver (the session's is shared by every test), stopped mid-run."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from tests.conftest import SEEDS, _stop_at_once, model_args, short_article


@pytest.fixture()
def own_postgres():
    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="dutch-brief-test-postgres-user50-"))
    server = pgserver.get_server(folder, cleanup_mode="stop")
    server.psql("CREATE DATABASE brief;")
    socket_dir = server.get_uri().split("host=", 1)[1]
    yield folder, f"postgresql+psycopg://postgres:s3cret@/brief?host={socket_dir}"
    _stop_at_once(folder)
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


def test_a_catalog_lost_mid_run_is_one_line_naming_database_url(
    own_postgres, tiny_settings, terse_marian: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.brief as brief_module

    folder, url = own_postgres
    monkeypatch.setenv("BRIEF_DATABASE_URL", url)
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    files = []
    for index, seed in enumerate(SEEDS[:3]):
        files.append(tmp_path / f"artikel{index}.txt")
        files[-1].write_bytes(short_article(seed))
    assemble = brief_module.assemble_brief

    def server_stopped_first(*args, **kwargs):  # the server goes away after the model work, before the first write
        _stop_at_once(folder)
        return assemble(*args, **kwargs)

    monkeypatch.setattr(brief_module, "assemble_brief", server_stopped_first)
    done = CliRunner().invoke(app, [*map(str, files), *model_args(settings)])
    assert done.exit_code == 1, done.output
    assert "Traceback" not in done.output and done.stdout == "", done.output
    assert len(done.output.splitlines()) == 1, done.output
    (line,) = done.output.splitlines()
    assert "database_url" in line and "BRIEF_DATABASE_URL" in line, line
    assert "s3cret" not in line and "postgres:***@" in line, line
    for brief in Path(settings.out_dir).glob("*.md"):  # whole, or not there at all
        assert brief.read_text(encoding="utf-8").startswith("---\n") and "cache_key:" in brief.read_text()
    assert not list(Path(settings.out_dir).glob("**/*.tmp*"))

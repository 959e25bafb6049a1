"""ops49: PostgreSQL stopped in the middle of a daily run. The run's catalog writes said so in one line each
("the catalog at … failed: …", an OutputError the flow reports), but the day's digest lock (a PostgreSQL
advisory lock) connected through the engine unwrapped: the run ended "Flow run encountered an exception:
OperationalError: (psycopg.OperationalError) …" with a traceback. The lock now fails as the catalog does."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from pipeline.catalog.connection import Catalog, catalog_lock
from pipeline.errors import OutputError


def test_the_advisory_lock_of_an_unreachable_catalog_fails_in_one_line(tmp_path: Path) -> None:
    no_server = tmp_path / "no-server"  # a socket folder where no PostgreSQL listens: refused at once, no network
    no_server.mkdir()
    engine = create_engine(f"postgresql+psycopg://brief@/brief?host={no_server}")
    catalog = Catalog(engine, tmp_path / "out")
    with pytest.raises(OutputError) as raised:
        with catalog_lock(catalog, "digest-2026-12-07", 5):
            pass
    message = str(raised.value)
    # the setting to check named (user50: one line for a server down at the start or lost mid-run)
    assert message.startswith("cannot reach the catalog's database at postgresql+psycopg://brief@/brief")
    assert "\n" not in message and "database_url" in message
    engine.dispose()

"""Review of stop 47's unreachable-catalog message (user47, db._reached): a PostgreSQL server that takes the
connection and never answers (a hung server, a port forwarded to nothing) hung `brief` forever — libpq waits
without end unless told (`connect_timeout`). Now the same one line, after CONNECT_TIMEOUT_S. Local only:
a socket on 127.0.0.1 that listens and never speaks."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from pipeline.catalog import db
from pipeline.errors import OutputError
from pipeline.settings import BriefSettings


def test_a_server_that_never_answers_is_one_line_not_a_hang(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(db, "CONNECT_TIMEOUT_S", 2)  # libpq's least
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        url = f"postgresql+psycopg://brief:secret@127.0.0.1:{silent.getsockname()[1]}/catalog"
        outcome: list[BaseException | None] = []

        def open_it() -> None:
            try:
                db.open_catalog(BriefSettings(out_dir=tmp_path, database_url=url))
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                outcome.append(exc)

        worker = threading.Thread(target=open_it, daemon=True)
        worker.start()
        worker.join(timeout=30)
    assert outcome, "open_catalog still waiting after 30 s"
    with pytest.raises(OutputError, match=r"^cannot reach the catalog's database at .* — check the database_url"):
        raise outcome[0] or AssertionError("opened")
    assert "secret" not in str(outcome[0])

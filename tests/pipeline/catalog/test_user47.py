"""A database_url whose server cannot be reached is one line naming the setting to check (user47): it read
"the catalog at … failed: connection failed: …" — the command line and the daily flow said no setting."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.db import open_catalog
from pipeline.errors import OutputError
from pipeline.settings import BriefSettings


@pytest.fixture()
def closed_port() -> int:
    """A loopback port nothing listens on (bound, never listened: connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_a_server_that_cannot_be_reached_names_the_setting(tmp_path: Path, closed_port: int) -> None:
    url = f"postgresql+psycopg://brief@127.0.0.1:{closed_port}/brief?connect_timeout=5"
    with pytest.raises(OutputError) as caught:
        open_catalog(BriefSettings(database_url=url, out_dir=tmp_path / "out"))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(
        f"cannot reach the catalog's database at postgresql+psycopg://brief@127.0.0.1:{closed_port}"
    )
    assert message.endswith("check the database_url setting (BRIEF_DATABASE_URL) and that the server is running")


def test_on_the_command_line_it_is_one_line(tmp_path: Path, closed_port: int) -> None:
    (tmp_path / "out").mkdir()
    url = f"postgresql+psycopg://brief:secret@127.0.0.1:{closed_port}/brief?connect_timeout=5"
    result = CliRunner().invoke(
        app, ["stories", "--out", str(tmp_path / "out")], env={"BRIEF_DATABASE_URL": url, "BRIEF_CONFIG": None}
    )
    assert result.exit_code == 1, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert "BRIEF_DATABASE_URL" in line and "secret" not in line and "Traceback" not in result.output


def test_brief_stops_before_any_model_when_the_server_cannot_be_reached(tmp_path: Path, closed_port: int) -> None:
    """It loaded the models and translated and summarized every article (35 s for one seed with the tiny
    models), then failed at the write; a missing model would be named first were the models still loaded first."""
    article = tmp_path / "artikel.txt"
    article.write_text("Het kabinet is gevallen. Dat zei de premier vrijdag in Den Haag.\n", encoding="utf-8")
    url = f"postgresql+psycopg://brief@127.0.0.1:{closed_port}/brief?connect_timeout=5"
    args = [str(article), "--out", str(tmp_path / "out"), "--translator", str(tmp_path / "no-model")]
    result = CliRunner().invoke(app, args, env={"BRIEF_DATABASE_URL": url, "BRIEF_CONFIG": None})
    assert result.exit_code == 1, result.output
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert line.startswith("brief: error: cannot reach the catalog's database") and "Traceback" not in result.output

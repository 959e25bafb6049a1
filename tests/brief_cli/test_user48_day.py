"""user48: `brief FILE --day D --force` on a file another day lists already said "listed under D", while the
brief stayed listed under the first day (the README: "a brief another day lists already stays there"). The line
now says where the brief is listed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from typer.testing import CliRunner

from brief_cli.main import app
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.times import reader_today
from tests.brief_cli.test_main import model_args
from tests.conftest import SEEDS, short_article

runner = CliRunner()


def test_a_brief_another_day_lists_is_said_to_stay_there(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    article = tmp_path / "a.txt"
    article.write_bytes(short_article(SEEDS[3]))
    first, second = ((reader_today() - timedelta(days=n)).isoformat() for n in (1, 2))
    done = runner.invoke(app, [str(article), *model_args(settings), "-q", "--day", first])
    assert done.exit_code == 0, done.output
    assert f"brief: listed under {first} (the day setting" in done.stderr
    for extra in (["--force"], []):  # rewritten, then a hit from the index of briefs
        again = runner.invoke(app, [str(article), *model_args(settings), "-q", "--day", second, *extra])
        assert again.exit_code == 0, again.output
        assert f"listed under {second}" not in again.stderr, extra
        assert f"brief: already listed under {first} (the first listing wins), not under {second}" in again.stderr
    assert day_digest(open_catalog(settings), second)[0] == []
    assert [entry.brief for entry in day_digest(open_catalog(settings), first)[0]] == [Path(done.stdout.strip()).name]

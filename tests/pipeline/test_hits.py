"""The index of briefs by file bytes (pipeline.hits, the catalog's `hits` table): a hit through it
reads no article and loads no text rules, no SQLAlchemy, no torch; says what the full path says;
and anything that could change the brief misses."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from pipeline import hits
from pipeline.batch import build_brief
from pipeline.catalog.db import open_catalog
from pipeline.catalog.schema import hits as hits_table
from tests.conftest import ROOT, SEEDS, model_args, short_article

PROBE = (
    "import sys, atexit\n"
    "atexit.register(lambda: print('LOADED=' + ','.join(sorted(m for m in sys.modules"
    " if m.startswith(('pipeline.text.', 'pipeline.brief', 'torch', 'transformers', 'sqlalchemy', 'alembic'))"
    " and m != 'pipeline.text.versions')), file=sys.stderr))\n"
    "from brief_cli.main import run\n"
    "sys.argv = ['brief'] + sys.argv[1:]\n"
    "run()\n"
)


def cli(*args: str):
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_a_hit_through_the_index_reads_and_loads_nothing_and_says_what_the_full_path_says(
    tiny_settings, terse_marian, tmp_path: Path
) -> None:
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # a word a sentence
    article = tmp_path / "artikel.txt"
    article.write_bytes(short_article(SEEDS[0]))  # its first paragraphs: the length plays no part
    args = [str(article), *model_args(tiny_settings), "--quiet"]
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(tiny_settings.out_dir / "catalog.sqlite") as catalog:
        entries = catalog.execute("SELECT brief_file FROM hits").fetchall()
    assert entries == [(Path(first.stdout.strip()).name,)]  # recorded with the brief
    second = cli(*args)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert "LOADED=\n" in second.stderr or second.stderr.rstrip().endswith("LOADED=")
    warnings = lambda err: [line for line in err.splitlines() if line.startswith("warning:")]
    assert warnings(second.stderr) == warnings(first.stderr)


def test_anything_that_could_change_the_brief_misses_the_index(tiny_settings, terse_marian, tmp_path: Path) -> None:
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})  # a word a sentence
    article, text = tmp_path / "artikel.txt", short_article(SEEDS[1])
    article.write_bytes(text)
    brief = build_brief(article, tiny_settings).path
    found = hits.find(article, tiny_settings)
    assert found is not None and found.path == brief
    assert hits.find(article, tiny_settings.model_copy(update={"keep_all": True})) is None  # a setting
    assert hits.find(article, tiny_settings.model_copy(update={"max_input_bytes": 10})) is None  # too large now
    assert hits.find(article, tiny_settings.model_copy(update={"summary_max_length": 40})) is None
    article.write_bytes(text + b"\nEen nieuwe alinea.\n")  # the bytes
    assert hits.find(article, tiny_settings) is None
    article.write_bytes(text)
    assert hits.find(article, tiny_settings) is not None
    brief.write_text(brief.read_text(encoding="utf-8").replace("cache_key:", "cache-key:"), encoding="utf-8")
    assert hits.find(article, tiny_settings) is None  # the brief itself must prove it
    brief.unlink()
    assert hits.find(article, tiny_settings) is None
    again = build_brief(article, tiny_settings)
    assert not again.cached and again.path == brief and hits.find(article, tiny_settings) is not None


def test_a_brief_found_the_long_way_is_indexed_and_saved_pages_are_not(
    tiny_settings, terse_marian, tmp_path: Path, database: str | None
) -> None:
    # the terse translator (tests/conftest.py): a word a sentence, the index is what is checked
    tiny_settings = tiny_settings.model_copy(update={"database_url": database, "translator": str(terse_marian)})
    article = tmp_path / "artikel.md"
    article.write_bytes(short_article(SEEDS[2]))
    build_brief(article, tiny_settings)
    assert hits.find(article, tiny_settings) is not None
    open_catalog(tiny_settings).write(lambda connection: connection.execute(hits_table.delete()))
    assert hits.find(article, tiny_settings) is None
    assert build_brief(article, tiny_settings).cached  # the long way …
    assert hits.find(article, tiny_settings) is not None  # … records it
    page = tmp_path / "pagina.html"
    page.write_bytes(b"<html><body><p>Hallo</p></body></html>")
    assert hits.hit_key(page, page.read_bytes(), tiny_settings) is None

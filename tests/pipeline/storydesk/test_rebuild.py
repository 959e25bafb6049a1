"""`brief catalog rebuild` joins every brief to its story again from its brief file: the clusterer
reads of a brief file what it read of the brief when it was written (its Dutch text, outlet and
times), so the same stories come back, the wire copy marked as before."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from pipeline.catalog.db import forget_open_catalogs, open_catalog
from pipeline.catalog.schema import articles
from pipeline.storydesk.rebuild import rebuild_with_stories
from tests.conftest import shared_dir, wire_pair

# the path given (the file's name is written), the English lead (a translation's sentence ends are not written)
_NOT_READ = {"source", "english_lead"}


def _features(settings) -> dict[str, tuple[dict, bool]]:
    query = select(articles.c.brief_key, articles.c.features, articles.c.duplicate_of)
    rows = open_catalog(settings).read(lambda connection: connection.execute(query).all())
    return {
        key: ({k: v for k, v in (f or {}).items() if k not in _NOT_READ}, copy is not None) for key, f, copy in rows
    }


def test_a_rebuild_reads_of_each_brief_file_what_the_write_path_read(
    tiny_settings, terse_marian: Path, tmp_path: Path
) -> None:
    from pipeline.batch import build_briefs

    settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    first, copy = wire_pair(tmp_path)
    pages = [
        shared_dir("web") / "html" / name
        for name in ("nos_dodental-parijs-op-129.html", "nunl_psv-nederlaag-cska-moskou.html")
    ]
    outcomes = build_briefs([first, copy, *pages], settings)
    assert all(hasattr(o, "path") for o in outcomes), outcomes
    written = _features(settings)
    assert sum(copy for _, copy in written.values()) == 1  # the wire copy
    forget_open_catalogs()
    for path in settings.out_dir.glob("catalog.sqlite*"):
        path.unlink()
    assert rebuild_with_stories(settings).found == 4
    assert _features(settings) == written  # outlet, times, terms, names, paragraph keys; the copy marked again

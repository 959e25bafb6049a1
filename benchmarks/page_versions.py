"""Benchmark: finding a changed web page's earlier brief in a large catalog (storydesk.join.earlier_version).

    .venv/bin/python benchmarks/page_versions.py [--articles 15000] [--probes 50]

Every join of a brief read from a URL asks whether the page was briefed before (its earlier brief's story is
the one it joins). A SQLite catalog in a temporary folder is filled with `--articles` rows briefed from web pages,
each with the features JSON of one of the five seed articles (pipeline.stories.features.extract: about 1.6 kB,
as real articles carry); then `--probes` lookups of pages briefed and not briefed are timed, each in its own
write transaction as the join runs it. Printed, one run: the indexed lookup the code makes (`articles.page`) and,
for comparison, the lookup it replaced (the source read out of every row's JSON), with the ratio."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from pipeline.catalog.articles import BRIEFED  # noqa: E402
from pipeline.catalog.db import open_catalog  # noqa: E402
from pipeline.catalog.schema import articles  # noqa: E402
from pipeline.settings import BriefSettings  # noqa: E402
from pipeline.stories.features import ArticleText, extract  # noqa: E402
from pipeline.storydesk.join import earlier_version  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
START = datetime(2026, 1, 5, 6, tzinfo=UTC)


def _features() -> list[dict]:
    found = []
    for number, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        found.append(extract(ArticleText(f"seed{number}", "Omroep", START, title, body, True)).to_json())
    return found


def _rows(count: int, features: list[dict]) -> list[dict]:
    rows = []
    for number in range(count):
        page = f"https://nieuws.example/artikel/{number}"
        rows.append(
            {
                "brief_key": f"{number:064x}",
                "brief_file": f"artikel-{number}.md",
                "source": page,
                "page": page,
                "content_hash": f"{number:064x}",
                "briefed_at": START + timedelta(minutes=number),
                "story_id": None,
                "features": features[number % len(features)] | {"source": page},
            }
        )
    return rows


def _scan(connection, key: str, page: str):  # the lookup before 0007, as it was: every row's JSON read
    same = func.coalesce(articles.c.features["source"].as_string(), articles.c.source) == page
    query = (
        select(articles.c.id, articles.c.brief_key, articles.c.story_id)
        .where(same, articles.c.status == BRIEFED, articles.c.story_id.is_not(None), articles.c.brief_key != key)
        .order_by(articles.c.briefed_at.desc(), articles.c.id.desc())
        .limit(1)
    )
    return connection.execute(query).first()


def _timed(catalog, lookup, pages: list[str]) -> list[float]:
    seconds = []
    for page in pages:
        started = time.perf_counter()
        catalog.write(lambda connection, page=page: lookup(connection, "f" * 64, page))
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=15_000)
    parser.add_argument("--probes", type=int, default=50)
    options = parser.parse_args()
    pick = random.Random(7)
    pages = [f"https://nieuws.example/artikel/{pick.randrange(options.articles * 2)}" for _ in range(options.probes)]
    with tempfile.TemporaryDirectory() as folder:
        catalog = open_catalog(BriefSettings(out_dir=Path(folder)))
        rows = _rows(options.articles, _features())
        catalog.write(lambda connection: connection.execute(insert(articles), rows))
        indexed, scanned = _timed(catalog, earlier_version, pages), _timed(catalog, _scan, pages)
    print(f"catalog: {options.articles} articles briefed from web pages; {options.probes} lookups each")
    for name, seconds in (("indexed (articles.page)", indexed), ("JSON scan (before)", scanned)):
        print(f"  {name:24} median {statistics.median(seconds) * 1000:8.2f} ms   max {max(seconds) * 1000:8.2f} ms")
    print(f"  ratio scan / indexed (medians): {statistics.median(scanned) / statistics.median(indexed):.0f}x")


if __name__ == "__main__":
    main()

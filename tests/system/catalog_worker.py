"""A process of the catalog's concurrency and kill tests (tests/system/test_catalog_concurrency.py).

brief  OUT DATABASE_URL|- FEED_URL DAY WORKER FILE…   poll the feed, brief the files, record a day
       and failures, then write WRITES synthetic briefs one transaction each; prints a JSON report
write  OUT DATABASE_URL|-                             write synthetic briefs, one transaction each,
       printing each count once it is committed, until killed
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

WRITES = 25


def settings_for(out: str, database: str):
    from pipeline.settings import BriefSettings

    return BriefSettings(  # models_dir explicit: importing tests.conftest gives each process a models folder of its own
        out_dir=Path(out),
        database_url=None if database == "-" else database,
        backend="torch",
        fetch_delay=0,
        models_dir=Path(out).parent / "models",
    )


def synthetic(worker: str, number: int) -> dict:
    from pipeline.catalog.articles import BRIEFED

    key = f"{worker}-{number}".encode().hex().ljust(64, "0")[:64]
    return {
        "brief_key": key,
        "brief_file": f"synthetic-{worker}-{number}.md",
        "source": f"{worker}-{number}.txt",
        "url": None,
        "outlet": "Synthetic",
        "published": None,
        "published_at": None,
        "content_hash": key,
        "title": f"Title {number}",
        "source_title": None,
        "summary": "A summary.",
        "source_format": "txt",
        "status": BRIEFED,
        "briefed_at": datetime.now(UTC),
    }


def brief(out: str, database: str, feed_url: str, day: str, worker: str, files: list[str]) -> None:
    from pipeline.batch import build_briefs
    from pipeline.catalog.articles import hit_row, record_brief
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.failures import remember
    from pipeline.digest import update_digest
    from pipeline.digest_document import DigestEntry, DigestFailure
    from pipeline.feeds import poll_feeds
    from pipeline.store.failures import KnownFailure
    from pipeline.web.fetch import Fetcher
    from tests.pipeline.test_feeds import FakeModels

    settings = settings_for(out, database)
    models = FakeModels(settings)
    reports = poll_feeds(
        [feed_url],
        settings,
        fetcher=Fetcher(private_hosts=("127.0.0.1", "localhost"), delay=0, retries=0, sleep=lambda s: None),
        models=models,
    )
    outcomes = build_briefs([Path(f) for f in files], settings, models=models)
    written = [o.written for o in outcomes if getattr(o, "written", None) is not None]
    written += [w for report in reports for w in report.written]
    entries = [DigestEntry(w.title, w.summary, w.path.name, w.source_name, w.key) for w in written]
    # the story summaries by this process's models (the fakes), not a configured hub model each process
    # would try to load (offline: import torch and fail) while it holds the day's lock
    update_digest(settings, day, entries, [DigestFailure(f"bad-{worker}.txt", "empty")], summarizer=models.summarizer)
    catalog = open_catalog(settings)
    remember(catalog, [KnownFailure(f"{worker}".ljust(64, "f"), "s", f"bad-{worker}.txt", "empty", day)])
    for number in range(WRITES):
        row = synthetic(worker, number)
        record_brief(catalog, row, hit_row(row["brief_key"], row["brief_key"], row["brief_file"], ()))
    failed = [str(o) for o in outcomes if not hasattr(o, "path")]
    failed += [reason for report in reports for reason in report.failed.values()]
    print(json.dumps({"written": [w.path.name for w in written], "failed": failed}))


def write_forever(out: str, database: str) -> None:
    from pipeline.catalog.articles import record_brief
    from pipeline.catalog.db import open_catalog

    catalog = open_catalog(settings_for(out, database))
    number = 0
    while True:
        record_brief(catalog, synthetic("killed", number))
        number += 1
        print(number, flush=True)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "brief":
        brief(*args[:5], args[5:])
    else:
        write_forever(*args)

"""The catalog under real concurrency and a real crash, on SQLite and PostgreSQL: 8 processes
polling one feed and briefing one inbox over one catalog (nothing lost, nothing duplicated, no
"database is locked" reaching anyone), and a process SIGKILLed in the middle of its writes
(the next process opens the catalog and uses it; every committed write is there)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

from pipeline.catalog.articles import BRIEFED
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.catalog.failures import load_failures
from pipeline.catalog.feeds import load_states
from pipeline.catalog.schema import articles, feed_entries, hits
from pipeline.settings import BriefSettings
from tests.conftest import ROOT, SEEDS
from tests.pipeline.test_feeds import rss, serve_feed
from tests.pipeline.web.conftest import saved
from tests.system.catalog_worker import WRITES

WORKERS = 8
PAGES = [
    "html/nos_dodental-parijs-op-129.html",
    "html/telegraaf_geen-id-twee-mh17-slachtoffers.html",
    "html/nunl_kamer-onderzoek-lekken-commissie-stiekem.html",
    "html/nunl_psv-nederlaag-cska-moskou.html",
    "html/metronieuws_sapjes-en-fris-stijgen-sneller.html",
]
WORKER = [sys.executable, "-m", "tests.system.catalog_worker"]


def count(catalog, query) -> int:
    return catalog.read(lambda connection: connection.execute(query).scalar_one())


def test_eight_processes_polling_and_briefing_over_one_catalog_lose_and_duplicate_nothing(
    server, tmp_path: Path, database: str | None
) -> None:
    for number, page in enumerate(PAGES):
        server.serve(f"/{number}", saved(page))
    serve_feed(
        server, rss([{"title": f"T{n}", "link": server.url(f"/{n}"), "guid": f"g{n}"} for n in range(len(PAGES))])
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = []
    for seed in SEEDS[:4]:
        files.append(inbox / seed.name)
        files[-1].write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    settings = BriefSettings(out_dir=out, database_url=database)
    open_catalog(settings)  # created once here; the workers race on everything else
    day = "2026-02-12"
    workers = [
        subprocess.Popen(
            [*WORKER, "brief", str(out), database or "-", server.url("/feed.xml"), day, f"w{i}", *map(str, files)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(WORKERS)
    ]
    results = [worker.communicate(timeout=900) for worker in workers]
    for worker, (_stdout, stderr) in zip(workers, results):
        assert worker.returncode == 0, stderr[-3000:]
        assert "database is locked" not in stderr and "Traceback" not in stderr, stderr[-3000:]
    reports = [json.loads(stdout.strip().splitlines()[-1]) for stdout, _ in results]
    assert all(report["failed"] == [] for report in reports), reports

    briefs = sorted(p.name for p in out.glob("*.md") if not p.name.startswith("digest-"))
    assert len(briefs) == len(PAGES) + len(files)  # each article briefed once, whoever got there first
    written = [name for report in reports for name in report["written"]]
    assert sorted(written) == briefs  # … and written by exactly one process
    catalog = open_catalog(settings)
    listed = catalog.read(
        lambda c: (
            c.execute(select(articles.c.brief_file).where(~articles.c.brief_file.like("synthetic-%"))).scalars().all()
        )
    )
    assert sorted(listed) == briefs  # one record per brief
    assert (
        count(catalog, select(func.count()).select_from(articles).where(articles.c.status == BRIEFED))
        == len(briefs) + WORKERS * WRITES
    )
    assert count(catalog, select(func.count()).select_from(hits)) == len(files) + WORKERS * WRITES
    state = load_states(catalog)[server.url("/feed.xml")]
    assert sorted(state.entries) == [f"g{n}" for n in range(len(PAGES))] and all(
        e.brief for e in state.entries.values()
    )
    assert count(catalog, select(func.count()).select_from(feed_entries)) == len(PAGES)
    entries, failures = day_digest(catalog, day)
    assert sorted(e.brief for e in entries) == briefs and len(failures) == WORKERS
    assert len(load_failures(catalog)) == WORKERS
    assert len(server.asked("/0")) == 1  # the feed's entries were fetched by one process: polls do not overlap


def test_a_process_killed_mid_write_leaves_a_catalog_the_next_run_opens_and_uses(
    tmp_path: Path, database: str | None
) -> None:
    out = tmp_path / "out"
    settings = BriefSettings(out_dir=out, database_url=database)
    open_catalog(settings)
    for attempt in range(3):
        writer = subprocess.Popen(
            [*WORKER, "write", str(out), database or "-"], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        committed = 0
        deadline = time.monotonic() + 120
        while committed < 40 + 20 * attempt and time.monotonic() < deadline:
            committed = int(writer.stdout.readline() or committed)
        os.kill(writer.pid, signal.SIGKILL)  # in the middle of a stream of write transactions
        writer.wait(timeout=30)
        assert committed >= 40
        catalog = open_catalog(settings.model_copy())
        rows = count(catalog, select(func.count()).select_from(articles).where(articles.c.source.like("killed-%")))
        assert rows >= committed  # every committed write is there (the one in flight: whole or not at all)
        if catalog.is_sqlite:
            assert catalog.read(lambda c: c.execute(text("PRAGMA integrity_check")).scalar()) == "ok"
        from pipeline.catalog.articles import record_brief
        from tests.system.catalog_worker import synthetic

        record_brief(catalog, synthetic(f"after-{attempt}", 0))  # and it takes new writes
        catalog.write(lambda c: c.execute(articles.delete().where(articles.c.source.like("killed-%"))))

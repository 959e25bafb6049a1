"""The daily flow's articles briefed in batches: one task per batch of articles runs
`pipeline.batch.build_briefs` (the CLI's `brief FILE…` path), so the sentences and summary
chunks of a whole batch share engine calls while the models stay loaded once per worker.

Concurrency comes from the task runner's worker limit (`max_concurrency` threads locally, the
Dask workers on a cluster), not from fixed windows: a slow batch holds up no other. Each article
still succeeds or fails alone; an article another run is briefing right now is left to that run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

from flows.tasks import publish_brief
from pipeline.batch import build_briefs
from pipeline.brief import BriefResult
from pipeline.document import DigestEntry, DigestFailure
from pipeline.errors import BriefError, BusyError, first_line
from pipeline.settings import BriefSettings
from pipeline.text.read import display_path

BATCH_ARTICLES = 32  # articles per task: enough to fill the engines' batches, few enough to spread over workers

Collected = tuple[list[DigestEntry], list[DigestFailure], int]  # entries, failures, busy elsewhere


@task(name="brief-articles", cache_policy=NONE)
def brief_articles(paths: list[str], settings: BriefSettings) -> Collected:
    """Brief `paths` together; their digest entries, their failures, and how many were busy."""
    outcomes = build_briefs([Path(p) for p in paths], settings, lock_timeout=0)
    entries: list[DigestEntry] = []
    failures: list[DigestFailure] = []
    busy = 0
    for path, outcome in zip(paths, outcomes):
        if isinstance(outcome, BusyError):
            busy += 1
        elif isinstance(outcome, BriefError):
            failures.append(DigestFailure(display_path(Path(path).name), str(outcome)))
        elif isinstance(outcome, BriefResult) and outcome.written is not None:
            written = outcome.written
            publish_brief(written)
            entries.append(
                DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key)
            )
    return entries, failures, busy


def brief_in_batches(paths: list[str], settings: BriefSettings, batch_articles: int = BATCH_ARTICLES) -> Collected:
    """All of `paths`, one `brief_articles` task per batch, at most max_concurrency at once."""
    batches = [paths[i : i + batch_articles] for i in range(0, len(paths), batch_articles)]
    flow_runner = FlowRunContext.get().task_runner  # type: ignore[union-attr]
    if isinstance(flow_runner, ThreadPoolTaskRunner):  # local: a pool of max_concurrency workers
        with ThreadPoolTaskRunner(max_workers=settings.max_concurrency) as runner:
            return _merge([(b, runner.submit(brief_articles, {"paths": b, "settings": settings})) for b in batches])
    return _merge([(b, brief_articles.submit(b, settings)) for b in batches])  # Dask: bounded by its workers


def _merge(futures: list[tuple[list[str], Any]]) -> Collected:
    entries: list[DigestEntry] = []
    failures: list[DigestFailure] = []
    busy = 0
    for paths, future in futures:
        try:
            more, failed, held = future.result()
        except Exception as exc:  # noqa: BLE001 — a whole batch failed (a model cannot be loaded): each article is listed
            reason = str(exc) if isinstance(exc, BriefError) else f"unexpected {type(exc).__name__}: {first_line(exc)}"
            failures.extend(DigestFailure(display_path(Path(p).name), reason) for p in paths)
            continue
        entries.extend(more)
        failures.extend(failed)
        busy += held
    return entries, failures, busy

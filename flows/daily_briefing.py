"""The daily briefing: brief every article in the inbox that has no brief yet, then write the
day's digest. New means: no brief exists for the article's content hash (+ models + settings) —
not a file name or a modification time. One failing article fails alone; it is listed in the digest.

Each article runs `pipeline.brief.build_brief` (the CLI's build path) as one task; at most
`max_concurrency` run at once (a task runner's worker limit: a slow article holds up no other).
An article another run is briefing right now (its lock is held) is left to that run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

from flows.batch import brief_in_batches
from flows.settings import resolve_settings
from flows.tasks import TaskStages
from pipeline.brief import build_brief, plan_brief
from pipeline.digest import update_digest
from pipeline.document import DigestEntry, DigestFailure, WrittenBrief
from pipeline.errors import BriefError, BusyError, first_line
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.text.read import display_path


@dataclass(frozen=True)
class BriefingReport:
    digest: str
    digest_changed: bool
    briefed: list[str]
    failed: dict[str, str]  # source file -> one-line reason
    already_briefed: int


@task(name="find-new-articles", cache_policy=NONE)
def find_new_articles(settings: BriefSettings) -> tuple[list[str], int]:
    """Inbox files whose brief does not exist yet (by cache key), and how many are already briefed.
    Files that cannot even be read are returned as new, so that they fail — and are listed — alone."""
    inbox = Path(settings.inbox)
    if not inbox.is_dir():
        raise BriefError(f"inbox {inbox} is not a folder — create it or set the inbox setting (BRIEF_INBOX)")
    new: list[str] = []
    keys: set[str] = set()
    known = 0
    for path in sorted(p for p in inbox.glob(settings.inbox_pattern) if not p.name.startswith(".") and p.is_file()):
        try:
            plan = plan_brief(path, settings)
        except BriefError:
            new.append(str(path))
            continue
        if plan.key in keys or briefs.lookup(plan.path, plan.key):
            known += 1  # already briefed, or the same article under another name in this inbox
        else:
            keys.add(plan.key)
            new.append(str(path))
    return new, known


@task(name="brief-one-article", cache_policy=NONE)
def brief_one(path: str, settings: BriefSettings) -> WrittenBrief | None:
    """Brief one article through the shared build path; None if it turned out to be briefed already."""
    return build_brief(Path(path), settings, stages=TaskStages(settings), lock_timeout=0).written


@flow(name="daily-briefing", log_prints=True)
def daily_briefing(
    inbox: str | None = None,
    out_dir: str | None = None,
    settings: dict[str, Any] | None = None,
    day: str | None = None,
) -> BriefingReport:
    """Brief what is new in the inbox (at most max_concurrency at once) and update the day's digest."""
    overrides = dict(settings or {})
    if inbox is not None:
        overrides["inbox"] = inbox
    if out_dir is not None:
        overrides["out_dir"] = out_dir
    resolved = resolve_settings(overrides)
    day = day or date.today().isoformat()
    new, known = find_new_articles(resolved)
    print(f"{len(new)} new article(s) in {resolved.inbox}; {known} already briefed")
    entries, failures, busy = brief_in_batches(new, resolved)
    if busy:
        print(f"{busy} being briefed by another run right now")
    out = Path(resolved.out_dir)
    with briefs.brief_lock(out, f"digest-{day}", resolved.lock_timeout):  # concurrent runs merge, never clobber
        digest, changed = update_digest(out, day, entries, failures)
    if changed:
        create_markdown_artifact(
            markdown=digest.read_text(encoding="utf-8"), key=f"digest-{day}", description=f"Dutch news digest {day}"
        )
    for failure in failures:
        print(f"not briefed: {failure.source_name}: {failure.message}")
    briefed = [str(out / entry.brief) for entry in entries]
    return BriefingReport(str(digest), changed, briefed, {f.source_name: f.message for f in failures}, known)


def _brief_all(paths: list[str], settings: BriefSettings) -> tuple[list[DigestEntry], list[DigestFailure], int]:
    """Brief `paths` (each one task); returns digest entries, failures and how many were busy elsewhere."""
    futures: list[tuple[str, Any]]
    flow_runner = FlowRunContext.get().task_runner  # type: ignore[union-attr]
    if isinstance(flow_runner, ThreadPoolTaskRunner):  # local: a pool of max_concurrency workers
        with ThreadPoolTaskRunner(max_workers=settings.max_concurrency) as runner:
            futures = [(path, runner.submit(brief_one, {"path": path, "settings": settings})) for path in paths]
            return _collect(futures)
    return _collect([(path, brief_one.submit(path, settings)) for path in paths])  # Dask: bounded by its workers


def _collect(futures: list[tuple[str, Any]]) -> tuple[list[DigestEntry], list[DigestFailure], int]:
    entries: list[DigestEntry] = []
    failures: list[DigestFailure] = []
    busy = 0
    for path, future in futures:
        try:
            written = future.result()
        except BusyError:
            busy += 1
            continue
        except BriefError as exc:
            failures.append(DigestFailure(display_path(Path(path).name), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 — unexpected: name it in one line
            failures.append(
                DigestFailure(display_path(Path(path).name), f"unexpected {type(exc).__name__}: {first_line(exc)}")
            )
            continue
        if written is not None:
            entries.append(
                DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key)
            )
    return entries, failures, busy


def daily_briefing_with_runner(dask_address: str | None):
    """The daily flow on an existing Dask cluster (prefect-dask), or on the local thread pool."""
    if not dask_address:
        return daily_briefing
    from prefect_dask import DaskTaskRunner

    return daily_briefing.with_options(task_runner=DaskTaskRunner(address=dask_address))

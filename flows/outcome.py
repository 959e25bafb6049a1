"""One task per group of articles and what came of each article: briefed, briefed already by
another process, busy (another run holds its lock), or failed — with a one-line reason, worded
for a flow, naming the file once (one ERROR log line per failed article, no traceback for a
failure we expected); unexpected errors keep Prefect's traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.states import Completed, State
from prefect.task_runners import ThreadPoolTaskRunner

from flows.messages import for_flow, without_file_name
from flows.tasks import task_stages
from pipeline.addresses import file_address
from pipeline.batch import EVERY_ARTICLE, build_briefs, in_groups, in_stream_order
from pipeline.brief import BriefResult
from pipeline.digest_document import DigestEntry
from pipeline.document import Plan
from pipeline.errors import BriefError, BusyError, InputError, first_line
from pipeline.settings import BriefSettings
from pipeline.store.failures import file_hash
from pipeline.text.read import display_path


@dataclass(frozen=True)
class ArticleOutcome:
    source_name: str
    entry: DigestEntry | None = None  # briefed by this run
    busy: bool = False  # another run is briefing it right now
    failure: str = ""  # one-line reason, without the file name
    permanent: bool = False  # bad input: fails the same way until the file or the settings change
    content_hash: str | None = None  # of the file's bytes, for a permanent failure
    # what the day's failures name it by: an inbox file's file:// address, as `brief FILE` by hand names it (user51:
    # one file, one failure); empty: its source_name (a feed entry's link)
    address: str = ""

    @property
    def listed_as(self) -> str:
        return self.address or self.source_name


@task(name="brief-articles", cache_policy=NONE)
def brief_group(paths: list[str], settings: BriefSettings, plans: list[Plan | None] | None = None) -> State:
    """Brief a group of articles with their model work batched (pipeline.batch.build_briefs, the
    CLI's `brief a b c`), its stages as tasks (flows.tasks.task_stages: translate and summarize
    for the group, write-brief for each article, retried there when a failure may pass): each
    article succeeds or fails alone, and its brief is the one a one-article run writes. `plans`:
    the daily scan's (one per path, None where it had none), not made again. `lock_timeout=0`:
    an article busy elsewhere is left to that run. Each failed article is one ERROR line naming it once."""
    from prefect.logging import get_run_logger

    sources = [Path(p) for p in paths]
    logger = get_run_logger()
    try:
        outcomes = build_briefs(sources, settings, plans=plans, lock_timeout=0, stages=task_stages(settings))
    except EVERY_ARTICLE as exc:  # this worker cannot load a model, or reach the catalog: every article fails so
        outcomes = [exc] * len(sources)
    results = [_article_outcome(source, outcome) for source, outcome in zip(sources, outcomes)]
    for result in results:
        if result.failure:
            logger.error("%s: %s", result.source_name, result.failure)
    failed = sum(bool(r.failure) for r in results)
    # Completed even when all its articles failed: the run's state and message say that, and each
    # failure has its one line above (a Failed group would log the same failures a second time)
    return Completed(message=f"{sum(r.entry is not None for r in results)} briefed, {failed} failed", data=results)


def _article_outcome(source: Path, outcome: BriefResult | BriefError) -> ArticleOutcome:
    """What came of one article, worded for a flow (its brief was published as an artifact by
    the write-brief task)."""
    name, address = display_path(source.name), file_address(source) or ""
    if isinstance(outcome, BusyError):
        return ArticleOutcome(name, busy=True, address=address)
    if isinstance(outcome, BriefError):
        reason = for_flow(without_file_name(str(outcome), source, display_path(source)))
        permanent = isinstance(outcome, InputError)
        return ArticleOutcome(
            name, failure=reason, permanent=permanent, content_hash=file_hash(source), address=address
        )
    if outcome.written is None:  # briefed already (another process, or the same text twice)
        return ArticleOutcome(name, address=address)
    written = outcome.written
    entry = DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key)
    return ArticleOutcome(name, entry=entry, address=address)


def brief_all(paths: list[str], settings: BriefSettings, plans: dict[str, Plan] | None = None) -> list[ArticleOutcome]:
    """Brief `paths` in groups of `batch_articles` (one task each), at most `max_concurrency`
    groups at once: a task runner's worker limit, so a slow group holds up no other. `plans`:
    those the daily scan made, by path (handed on, not made again)."""
    planned = plans or {}
    paths = in_stream_order(paths, lambda p: planned[p].article if p in planned else None)
    groups = in_groups(paths, settings.batch_articles)
    calls = [{"paths": group, "settings": settings, "plans": [planned.get(p) for p in group]} for group in groups]
    flow_runner = FlowRunContext.get().task_runner  # type: ignore[union-attr]
    if isinstance(flow_runner, ThreadPoolTaskRunner):  # local: a pool of max_concurrency workers
        with ThreadPoolTaskRunner(max_workers=settings.max_concurrency) as runner:
            return _collect([(call["paths"], runner.submit(brief_group, call)) for call in calls])
    return _collect([(call["paths"], brief_group.submit(**call)) for call in calls])  # Dask: bounded by its workers


def _collect(futures: list[tuple[list[str], Any]]) -> list[ArticleOutcome]:
    outcomes = []
    for group, future in futures:
        future.wait()
        state = future.state
        value = state.result(raise_on_failure=False, _sync=True)
        if isinstance(value, list) and all(isinstance(v, ArticleOutcome) for v in value):
            outcomes.extend(value)
            continue
        if isinstance(value, BaseException):  # unexpected (every article of the group): named in one line
            reason = for_flow(f"unexpected {type(value).__name__}: {first_line(value)}")
        else:
            reason = state.message or f"ended {state.name}"
        outcomes.extend(
            ArticleOutcome(display_path(Path(path).name), failure=reason, address=file_address(Path(path)) or "")
            for path in group
        )
    return outcomes


def run_summary(
    briefed: list[str], failed: dict[str, str], done: int, known: int, busy: int, feeds_failed: int = 0
) -> str:
    """The run's state message: "12 briefed, 2 failed, 40 already done" (+ skipped, busy and the feeds
    that could not be polled: a feed down every day must show in the runs list, not only in the log)."""
    parts = [f"{len(briefed)} briefed", f"{len(failed)} failed", f"{done} already done"]
    if known:
        parts.append(f"{known} known failure{'s' if known != 1 else ''} skipped")
    if busy:
        parts.append(f"{busy} being briefed by another run")
    if feeds_failed:
        parts.append(f"{feeds_failed} feed{'s' if feeds_failed != 1 else ''} could not be polled (see the log)")
    return ", ".join(parts)

"""One task per article and what came of it: briefed, briefed already by another process, busy
(another run holds its lock), or failed — with a one-line reason, worded for a flow, naming the
file once. A failed article's task ends Failed with that line as its message (one log line, no
traceback for a failure we expected); unexpected errors keep Prefect's traceback."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NONE
from prefect.context import FlowRunContext
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner

from flows.messages import for_flow, without_file_name
from flows.tasks import TaskStages
from pipeline.brief import build_brief
from pipeline.document import DigestEntry
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


class _OneLinePerFailure(logging.Filter):
    """A task that returns a Failed state is logged twice by Prefect ("Task run failed with state…"
    with an empty traceback, then "Finished in state Failed(…)"): keep the one line that says it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Task run failed with state")


logging.getLogger("prefect.task_runs").addFilter(_OneLinePerFailure())


@task(name="brief-one-article", cache_policy=NONE)
def brief_one(path: str, settings: BriefSettings) -> State:
    """Brief one article through the shared build path (`lock_timeout=0`: busy elsewhere → left alone)."""
    source = Path(path)
    name = display_path(source.name)
    try:
        written = build_brief(source, settings, stages=TaskStages(settings), lock_timeout=0).written
    except BusyError:
        return Completed(message="being briefed by another run", data=ArticleOutcome(name, busy=True))
    except BriefError as exc:
        reason = for_flow(without_file_name(str(exc), source, display_path(source)))
        permanent = isinstance(exc, InputError)
        outcome = ArticleOutcome(name, failure=reason, permanent=permanent, content_hash=file_hash(source))
        return Failed(message=f"{name}: {reason}", data=outcome)
    if written is None:  # another process finished it while this one waited
        return Completed(message="briefed already", data=ArticleOutcome(name))
    entry = DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key)
    return Completed(data=ArticleOutcome(name, entry=entry))


def brief_all(paths: list[str], settings: BriefSettings) -> list[ArticleOutcome]:
    """Brief `paths` (one task each) at most max_concurrency at once."""
    flow_runner = FlowRunContext.get().task_runner  # type: ignore[union-attr]
    if isinstance(flow_runner, ThreadPoolTaskRunner):  # local: a pool of max_concurrency workers
        with ThreadPoolTaskRunner(max_workers=settings.max_concurrency) as runner:
            return _collect([(path, runner.submit(brief_one, {"path": path, "settings": settings})) for path in paths])
    return _collect([(path, brief_one.submit(path, settings)) for path in paths])  # Dask: bounded by its workers


def _collect(futures: list[tuple[str, Any]]) -> list[ArticleOutcome]:
    outcomes = []
    for path, future in futures:
        future.wait()
        state = future.state
        value = state.result(raise_on_failure=False)
        if isinstance(value, ArticleOutcome):
            outcomes.append(value)
            continue
        name = display_path(Path(path).name)
        if isinstance(value, BaseException):  # unexpected (retries exhausted): named in one line
            outcomes.append(
                ArticleOutcome(name, failure=for_flow(f"unexpected {type(value).__name__}: {first_line(value)}"))
            )
        else:
            outcomes.append(ArticleOutcome(name, failure=state.message or f"ended {state.name}"))
    return outcomes


def run_summary(briefed: list[str], failed: dict[str, str], done: int, known: int, busy: int) -> str:
    """The run's state message: "12 briefed, 2 failed, 40 already done" (+ skipped and busy)."""
    parts = [f"{len(briefed)} briefed", f"{len(failed)} failed", f"{done} already done"]
    if known:
        parts.append(f"{known} known failure{'s' if known != 1 else ''} skipped")
    if busy:
        parts.append(f"{busy} being briefed by another run")
    return ", ".join(parts)

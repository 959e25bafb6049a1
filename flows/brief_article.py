"""One flow run per article: `pipeline.batch.build_briefs([path])` — the build path of `brief FILE`
— with its model stages as Prefect tasks (flows.tasks.task_stages: translate, summarize and
write-brief show in the UI, with declared retries and caching by the brief's cache key). Both
write byte-identical briefs (timestamps aside).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow

from flows.messages import for_flow
from flows.settings import resolve_settings
from flows.tasks import task_stages
from pipeline.batch import build_briefs
from pipeline.errors import BriefError


@flow(name="brief-article", log_prints=True)
def brief_article(path: str, settings: dict[str, Any] | None = None, force: bool = False) -> str:
    """Brief one Dutch article; returns the brief's path."""
    try:
        resolved = resolve_settings(settings)
        [result] = build_briefs([Path(path)], resolved, force=force, stages=task_stages(resolved, refresh=force))
        if isinstance(result, BriefError):
            raise result
    except BriefError as exc:  # the same error, worded for a flow (its settings, not CLI flags)
        raise type(exc)(for_flow(str(exc))) from None
    print(f"{'cached' if result.cached else 'briefed'}: {result.path}")
    return str(result.path)


if __name__ == "__main__":
    import sys

    print(brief_article(sys.argv[1]))

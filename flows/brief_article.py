"""One flow run per article: `pipeline.brief.build_brief` with its model stages as Prefect tasks.

The same build path as `brief FILE`, so both write byte-identical briefs (timestamps aside).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow

from flows.messages import for_flow
from flows.settings import resolve_settings
from flows.tasks import TaskStages
from pipeline.brief import build_brief
from pipeline.errors import BriefError


@flow(name="brief-article", log_prints=True)
def brief_article(path: str, settings: dict[str, Any] | None = None, force: bool = False) -> str:
    """Brief one Dutch article; returns the brief's path."""
    try:
        resolved = resolve_settings(settings)
        result = build_brief(Path(path), resolved, force=force, stages=TaskStages(resolved, refresh=force))
    except BriefError as exc:  # the same error, worded for a flow (its settings, not CLI flags)
        raise type(exc)(for_flow(str(exc))) from None
    print(f"{'cached' if result.cached else 'briefed'}: {result.path}")
    return str(result.path)


if __name__ == "__main__":
    import sys

    print(brief_article(sys.argv[1]))

"""One flow run per article: read+segment -> translate -> summarize -> render+write.

The same stage functions as `brief FILE`, so both write byte-identical briefs (timestamps aside).
"""

from __future__ import annotations

from typing import Any

from prefect import flow

from flows.settings import resolve_settings
from flows.tasks import read_and_segment, render_and_write, summarize, translate


@flow(name="brief-article", log_prints=True)
def brief_article(path: str, settings: dict[str, Any] | None = None, force: bool = False) -> str:
    """Brief one Dutch article; returns the brief's path."""
    resolved = resolve_settings(settings)
    prepared = read_and_segment(path, resolved)
    if prepared.cached and not force:
        print(f"cached: {prepared.plan.path}")
        return str(prepared.plan.path)
    translated = translate.with_options(refresh_cache=force or None)(prepared, resolved, refresh=force)
    summary = summarize.with_options(refresh_cache=force or None)(prepared, translated, resolved)
    written = render_and_write(prepared, translated, summary, resolved)
    return str(written.path)


if __name__ == "__main__":
    import sys

    print(brief_article(sys.argv[1]))

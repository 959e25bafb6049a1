"""The daily briefing: brief every article in the inbox that has no brief yet, then write the
day's digest. New means: no brief exists for the article's content hash (+ models + settings) —
not a file name or a modification time. One failing article fails alone; it is listed in the digest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.futures import PrefectFuture, wait

from flows.settings import resolve_settings
from flows.tasks import read_and_segment, render_and_write, summarize, translate
from pipeline import cache
from pipeline.brief import plan_brief
from pipeline.digest import DigestEntry, DigestFailure, update_digest
from pipeline.errors import BriefError
from pipeline.read import display_path
from pipeline.settings import BriefSettings


@dataclass(frozen=True)
class BriefingReport:
    digest: str
    digest_changed: bool
    briefed: list[str]
    failed: dict[str, str]  # source file -> one-line reason
    already_briefed: int


@task(name="find-new-articles", cache_policy=NONE)
def find_new_articles(settings: BriefSettings) -> tuple[list[tuple[str, str | None]], int]:
    """Inbox files whose brief does not exist yet (by cache key), and how many are already briefed.
    Files that cannot even be read are returned as new, so that they fail — and are listed — alone."""
    inbox = Path(settings.inbox)
    if not inbox.is_dir():
        raise BriefError(f"inbox {inbox} is not a folder — create it or set BRIEF_INBOX")
    new: list[tuple[str, str | None]] = []  # (path, cache key — None when the file cannot be read)
    keys: set[str] = set()
    known = 0
    for path in sorted(p for p in inbox.glob(settings.inbox_pattern) if not p.name.startswith(".") and p.is_file()):
        try:
            plan = plan_brief(path, settings)
        except BriefError:
            new.append((str(path), None))
            continue
        if plan.key in keys or cache.lookup(plan.path, plan.key):
            known += 1  # already briefed, or the same article under another name in this inbox
        else:
            keys.add(plan.key)
            new.append((str(path), plan.key))
    return new, known


def brief_chain(path: str, settings: BriefSettings) -> list[PrefectFuture]:
    """Submit the four stages of one article; returns their futures, in order."""
    prepared = read_and_segment.submit(path, settings)
    translated = translate.submit(prepared, settings)
    summary = summarize.submit(prepared, translated, settings)
    return [prepared, translated, summary, render_and_write.submit(prepared, translated, summary, settings)]


def failure_reason(chain: list[PrefectFuture]) -> str:
    """The one-line reason of the first stage that failed (later stages only report 'upstream')."""
    for future in chain:
        if future.state.is_completed():
            continue
        try:
            future.result()
        except BriefError as exc:
            return str(exc)
        except Exception as exc:  # noqa: BLE001 — unexpected: name it in one line
            text = str(exc).strip().splitlines()
            return f"{type(exc).__name__}: {text[0] if text else ''}".strip(": ")
    return "unknown failure"


@flow(name="daily-briefing", log_prints=True)
def daily_briefing(
    inbox: str | None = None,
    out_dir: str | None = None,
    settings: dict[str, Any] | None = None,
    day: str | None = None,
) -> BriefingReport:
    """Brief what is new in the inbox (bounded concurrency) and update the day's digest."""
    overrides = dict(settings or {})
    if inbox is not None:
        overrides["inbox"] = inbox
    if out_dir is not None:
        overrides["out_dir"] = out_dir
    resolved = resolve_settings(overrides)
    day = day or date.today().isoformat()
    found, known = find_new_articles(resolved)
    out = Path(resolved.out_dir)
    # Another run over the same inbox may be briefing some of these right now: claim each article.
    claimed = [key for _, key in found if key is not None and cache.claim(out, key, resolved.lock_timeout)]
    new = [path for path, key in found if key is None or key in claimed]
    busy = len(found) - len(new)
    print(f"{len(new)} new article(s) in {resolved.inbox}; {known} already briefed; {busy} being briefed by another run")
    try:
        report = _brief_and_digest(new, resolved, out, day, known)
    finally:
        for key in claimed:
            cache.release(out, key)
    return report


def _brief_and_digest(new: list[str], resolved: BriefSettings, out: Path, day: str, known: int) -> BriefingReport:
    entries: list[DigestEntry] = []
    failures: list[DigestFailure] = []
    briefed: list[str] = []
    for start in range(0, len(new), resolved.max_concurrency):
        window = new[start:start + resolved.max_concurrency]
        chains = [brief_chain(path, resolved) for path in window]
        wait([future for chain in chains for future in chain])
        for path, chain in zip(window, chains):
            if chain[-1].state.is_completed():
                written = chain[-1].result()
                entries.append(DigestEntry(written.title, written.summary, written.path.name, written.source_name, written.key))
                briefed.append(str(written.path))
            else:
                failures.append(DigestFailure(display_path(Path(path).name), failure_reason(chain)))

    with cache.brief_lock(out, f"digest-{day}", resolved.lock_timeout):  # concurrent runs merge, never clobber
        digest, changed = update_digest(out, day, entries, failures)
    if changed:
        create_markdown_artifact(
            markdown=digest.read_text(encoding="utf-8"), key=f"digest-{day}", description=f"Dutch news digest {day}"
        )
    for failure in failures:
        print(f"not briefed: {failure.source_name}: {failure.message}")
    return BriefingReport(str(digest), changed, briefed, {f.source_name: f.message for f in failures}, known)


def daily_briefing_with_runner(dask_address: str | None):
    """The daily flow on an existing Dask cluster (prefect-dask), or on the local thread pool."""
    if not dask_address:
        return daily_briefing
    from prefect_dask import DaskTaskRunner

    return daily_briefing.with_options(task_runner=DaskTaskRunner(address=dask_address))

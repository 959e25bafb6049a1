"""The daily briefing: brief every article in the inbox that has no brief yet, then write the
day's digest. New means: no brief exists for the article's content hash (+ models + settings) —
not a file name or a modification time. One failing article fails alone; it is listed in the digest.

New articles are briefed in groups of `batch_articles`, one `brief-articles` task per group
running `pipeline.batch.build_briefs` (the CLI's `brief a b c`) on the plans the scan made, its
stages as tasks (translate, summarize, write-brief: flows.tasks): a group's sentences are
translated together and its summaries decoded side by side, while each article succeeds or fails
alone and gets the brief a one-article run writes. At most `max_concurrency` groups run at once (a task
runner's worker limit: a slow group holds up no other); the models load once per worker process.
An article another run is briefing right now (its OS file lock is held) is left to that run; a
killed run's locks are released by the kernel, so the next run picks its articles up at once.

The run's state tells the truth: Failed when the settings or models cannot load (at once, before
any article) or when every article it tried failed; otherwise Completed, with a message that
counts ("12 briefed, 2 failed, 40 already done"). A file that failed for a permanent reason (bad
input) is remembered (in the catalog: pipeline.catalog.failures) and not tried again until it or the
settings change. The scan asks the catalog's index of briefs by file bytes first (pipeline.hits):
a file briefed before is not read again.

Last, the web edition in OUT/site/ is brought up to date (site_build; only when the run changed
something) and the day's briefing is delivered (flows.delivery: e-mail and Apprise URLs, once per
recipient per day, and watchlist alerts), what was sent kept in the catalog; a recipient that
refuses is listed in the report (`delivery`), never a failed run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.states import Completed, Failed, State

from flows.delivery import deliver_briefing, update_site
from flows.feeds import feed_outcomes, poll_configured_feeds, write_english_feed
from flows.messages import for_flow
from flows.notify import notify_failure
from flows.outcome import ArticleOutcome, brief_all, run_summary
from flows.settings import resolve_settings
from pipeline.brief import join_recorded, plan_brief
from pipeline.brief import load_models as load_both
from pipeline.catalog.days import note_failures
from pipeline.catalog.db import open_catalog
from pipeline.catalog.failures import known_hashes, remember
from pipeline.deliver.run import DayDelivery
from pipeline.digest import update_digest
from pipeline.digest_document import DigestFailure
from pipeline.document import Plan
from pipeline.errors import BriefError, first_line
from pipeline.hits import find_many
from pipeline.hits import record as record_hit
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.store import briefs, failures
from pipeline.times import run_day
from pipeline.web.source import ARTICLE_SUFFIXES


@dataclass(frozen=True)
class BriefingReport:
    digest: str
    digest_changed: bool
    briefed: list[str]
    failed: dict[str, str]  # source file -> one-line reason
    already_briefed: int
    known_failures: int = 0  # files skipped: they failed before for a permanent reason
    busy: int = 0  # articles another run was briefing
    delivery: DayDelivery | None = None  # what was sent after the run (None: no recipient or watchlist set)
    feeds_failed: int = 0  # configured feeds that could not be polled (an error: 5xx, unreachable, not a feed)
    nothing: bool = False  # the day lists no brief and no failure: no digest was written


class EveryArticleFailed(Exception):
    """The data of a run whose every article failed: Prefect takes a Failed state's data for its exception
    (a report there logged "TypeError: Unexpected result for failed state" in a worker); its text is the
    run's message, and the report stays at hand (`state.result(raise_on_failure=False).report`)."""

    def __init__(self, message: str, report: BriefingReport) -> None:
        super().__init__(message)
        self.report = report

    def __reduce__(self):
        return (type(self), (str(self), self.report))


@dataclass(frozen=True)
class Scan:
    new: list[str]
    already_briefed: int
    known_failures: int
    plans: dict[str, Plan] = field(default_factory=dict)  # of the new files that could be planned, by path


def inbox_files(settings: BriefSettings) -> list[Path]:
    """The inbox's articles: files matching inbox_pattern, else every file of a format `brief FILE`
    reads (text, Markdown, a saved page); hidden files never."""
    inbox = Path(settings.inbox)
    if settings.inbox_pattern:
        found = inbox.glob(settings.inbox_pattern)
    else:
        found = (p for p in inbox.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    return sorted(p for p in found if not p.name.startswith(".") and p.is_file())


@task(name="find-new-articles", cache_policy=NONE)
def find_new_articles(settings: BriefSettings) -> Scan:
    """Inbox files whose brief does not exist yet (by cache key), how many are briefed already and
    how many failed before for a permanent reason (same bytes, same settings). Files that cannot
    even be read are new, so that they fail — and are listed — alone. The plans made here go on
    to the build (each new article is read and planned once a run)."""
    known_bad = known_hashes(open_catalog(settings), failures.settings_fingerprint(settings))
    new: list[str] = []
    plans: dict[str, Plan] = {}
    keys: set[str] = set()
    known = skipped = 0
    files = inbox_files(settings)
    briefed = find_many(files, settings)  # the catalog's index of briefs by file bytes: one query, no article read
    for path in files:
        if path in briefed:
            known += 1
            continue
        if known_bad and failures.file_hash(path) in known_bad:
            skipped += 1
            continue
        try:
            plan = plan_brief(path, settings)
        except BriefError:
            new.append(str(path))
            continue
        if plan.key in keys:
            known += 1  # the same article under another name in this inbox
        elif briefs.lookup(plan.path, plan.key):
            known += 1  # briefed already: the index learns this file's bytes (the next scan does not plan it)
            if not record_hit(plan.hit_key, settings, plan.path, plan.key, plan.article.warnings):
                join_recorded(settings, plan.key)  # a brief whose record was lost joins its story now
        else:
            keys.add(plan.key)
            new.append(str(path))
            plans[str(path)] = plan
    return Scan(new, known, skipped, plans)


def check_inbox(settings: BriefSettings) -> None:
    if not Path(settings.inbox).is_dir():
        raise BriefError(f"inbox {settings.inbox} is not a folder — create it or set the inbox parameter")
    pattern = settings.inbox_pattern
    if pattern and (Path(pattern).is_absolute() or ".." in Path(pattern).parts):
        raise BriefError(
            f"the inbox_pattern setting {pattern!r} reaches outside the inbox — use a pattern inside it, e.g. '*.txt'"
        )


def load_models(settings: BriefSettings) -> None:
    """Both models, once per process, before any article: a model that cannot load fails the run
    at once, in one line (ModelUnavailableError is permanent: never retried), not once per article."""
    load_both(Models(settings))


@flow(name="daily-briefing", log_prints=True, on_failure=[notify_failure])
def daily_briefing(
    inbox: str | None = None,
    out_dir: str | None = None,
    settings: dict[str, Any] | None = None,
    day: str | None = None,
) -> State:
    """Brief what is new in the inbox (in groups of batch_articles, at most max_concurrency groups at
    once) and update the day's digest.
    `day` (the `day` setting; default: today in Amsterdam, pipeline.times.run_day) names the digest: an ISO
    date, YYYY-MM-DD, not after today, or the run is refused."""
    try:
        given = {k: v for k, v in (("inbox", inbox), ("out_dir", out_dir), ("day", day)) if v is not None}
        resolved = resolve_settings({**(settings or {}), **given})
        day = run_day(resolved.day)  # the day setting (checked as it was read: not after today), else today
        check_inbox(resolved)
        open_catalog(resolved)  # a database that cannot be reached fails the run here, in one line, before any task
        polled = poll_configured_feeds(resolved) if resolved.feeds else []  # feeds first
        from_feeds = feed_outcomes(polled)
        scan = find_new_articles(resolved)
        new = len(scan.new)
        print(f"{new} new article{'' if new == 1 else 's'} in {resolved.inbox}; {scan.already_briefed} already briefed")
        if scan.known_failures:
            print(f"{scan.known_failures} skipped: they failed before (see `brief failures list`)")
        if scan.new:
            load_models(resolved)
        outcomes = from_feeds + brief_all(scan.new, resolved, scan.plans)
        report = _record(resolved, day, scan, outcomes)
        write_english_feed(resolved)
        changed = report.digest_changed or bool(report.briefed)
        site = update_site(resolved, changed)  # OUT/site/ (site_build); neither it nor delivery fails the run
        feeds_failed = sum(feed.status in ("error", "gone") for feed in polled)  # a 410 too (user50)
        report = replace(report, delivery=deliver_briefing(resolved, day, site), feeds_failed=feeds_failed)
    except BriefError as exc:
        return Failed(message=for_flow(str(exc)))
    message = run_summary(
        report.briefed, report.failed, report.already_briefed, report.known_failures, report.busy, report.feeds_failed
    )
    if report.nothing:  # a day nobody catalogued anything for: no digest, nothing sent (user50)
        message = f"{message}; nothing catalogued for {day}: no digest written"
    if report.failed and not report.briefed:
        message = f"every article failed: {message}"
        return Failed(message=message, data=EveryArticleFailed(message, report))
    return Completed(message=message, data=report)


def _failed_by_name(failed: list[ArticleOutcome]) -> dict[str, str]:
    """The run's failures (name -> reason) as the log names them, by file name — by address where two files of one
    name in different folders failed (an inbox_pattern into sub-folders; review51: they were one failure)."""
    names = Counter(o.source_name for o in failed)
    return {(o.source_name if names[o.source_name] == 1 else o.listed_as): o.failure for o in failed}


def _record(settings: BriefSettings, day: str, scan: Scan, outcomes: list[ArticleOutcome]) -> BriefingReport:
    """Remember the permanent failures, update the day's digest (and its artifact)."""
    from flows.tasks import publish_digest

    out = Path(settings.out_dir)
    fingerprint = failures.settings_fingerprint(settings)
    catalog = open_catalog(settings)
    remember(
        catalog,
        [
            failures.KnownFailure(o.content_hash, fingerprint, o.listed_as, o.failure, day)
            for o in outcomes
            if o.failure and o.permanent and o.content_hash
        ],
    )
    # a file briefed now takes off the day's failure of it by hand (`brief FILE`), listed by the same address
    note_failures(catalog, day, [], [o.address for o in outcomes if o.address and not (o.failure or o.busy)])
    entries = [o.entry for o in outcomes if o.entry is not None]
    failed = [DigestFailure(o.listed_as, o.failure) for o in outcomes if o.failure]
    digest, changed, day_entries, day_failures = update_digest(settings, day, entries, failed)  # under the day's lock
    if changed:
        from pipeline.storydesk.day import day_stories

        try:
            publish_digest(day, day_entries, day_failures, day_stories(catalog, day, day_entries))
        except Exception as exc:  # noqa: BLE001 — the digest file is written; only its view in the UI is missing
            print(f"warning: the digest of {day} is written, but its artifact was not published: {first_line(exc)}")
    return BriefingReport(
        digest=str(digest),
        digest_changed=changed,
        briefed=[str(out / entry.brief) for entry in entries],
        failed=_failed_by_name([o for o in outcomes if o.failure]),
        # an article another run briefed between the scan and its lock is done, not lost from the count
        already_briefed=scan.already_briefed + sum(not (o.entry or o.failure or o.busy) for o in outcomes),
        known_failures=scan.known_failures,
        busy=sum(o.busy for o in outcomes),
        nothing=not day_entries and not day_failures,
    )


def daily_briefing_with_runner(dask_address: str | None):
    """The daily flow on an existing Dask cluster (prefect-dask), or on the local thread pool."""
    if not dask_address:
        return daily_briefing
    from prefect_dask import DaskTaskRunner

    return daily_briefing.with_options(task_runner=DaskTaskRunner(address=dask_address))

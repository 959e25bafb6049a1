"""Polling feeds: every new entry of each feed is fetched, extracted and briefed through the one
build path (pipeline.brief.build_brief); then OUT/feed.xml is rewritten.

    conditional GET (ETag / Last-Modified sent back; a 304 ends the feed's poll: nothing else is asked)
    301/308 → the stored URL moves; 410 → the feed is marked gone and not asked again
    entry new by guid/link, or changed (its fingerprint) → its page is fetched; changed page text → a
    new brief (the sentence cache translates only its new sentences)
    page unavailable or refused → the entry's own full text (`extracted_from: feed`); a teaser is refused

State (pipeline.web.state) is read and written under a lock, so two polls never clobber each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.brief import Stages, build_brief
from pipeline.document import Article, WrittenBrief
from pipeline.errors import BriefError, InputError, ModelUnavailableError, SettingsError, first_line
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.web.feeds import Feed, FeedEntry, page_from_entry, parse_feed
from pipeline.web.fetch import Fetcher, FetchError
from pipeline.web.page import article_from_page, utc_now
from pipeline.web.source import fetch_page, fetcher_for
from pipeline.web.state import FeedState, SeenEntry, load_state, save_state, state_path


@dataclass
class FeedReport:
    url: str
    status: str  # "new", "not modified", "gone", "error"
    briefed: list[str] = field(default_factory=list)  # brief paths written (or found cached)
    written: list[WrittenBrief] = field(default_factory=list)  # the briefs this poll wrote (for the digest)
    failed: dict[str, str] = field(default_factory=dict)  # entry link/guid -> one-line reason
    unchanged: int = 0  # entries seen before and unchanged
    left: int = 0  # new entries over the per-poll limit, left for the next poll
    message: str | None = None
    exit_code: int = 0  # the worst of its failures: 2 bad input, 1 operational


def poll_feeds(
    urls: list[str] | None,
    settings: BriefSettings,
    *,
    fetcher: Fetcher | None = None,
    stages: Stages | None = None,
    models: Models | None = None,
) -> list[FeedReport]:
    """Poll `urls` (default: the configured feeds) and brief what is new; rewrites OUT/feed.xml."""
    targets = urls or [feed.url for feed in settings.feeds]
    fetcher = fetcher or fetcher_for(settings)
    models = models or (None if stages else Models(settings))  # one set of models for every entry
    out = settings.out_dir
    reports = []
    with briefs.brief_lock(out, "feeds-state", settings.lock_timeout):
        states = load_state(state_path(out))
        try:
            for url in targets:
                state = states.setdefault(url, FeedState(url=url))
                reports.append(poll_feed(state, settings, fetcher, stages, models))
                save_state(state_path(out), states)  # after each feed: a crash loses at most one feed's poll
        finally:
            save_state(state_path(out), states)
    return reports


def poll_feed(
    state: FeedState, settings: BriefSettings, fetcher: Fetcher, stages: Stages | None, models: Models | None
) -> FeedReport:
    report = FeedReport(state.url, "new")
    if state.gone:
        return _done(state, report, "gone", "the feed answered 410 Gone earlier; not asked again")
    try:
        response = fetcher.get(state.url, state.validators())
    except FetchError as exc:
        if exc.status == 410:
            state.gone = True
            return _done(state, report, "gone", first_line(exc), exc.exit_code)
        return _done(state, report, "error", first_line(exc), exc.exit_code)
    except InputError as exc:
        return _done(state, report, "error", first_line(exc), exc.exit_code)
    if response.moved_to:
        state.url = report.url = response.moved_to
    if response.status == 304:
        return _done(state, report, "not modified", None)
    state.etag = response.headers.get("etag")
    state.last_modified = response.headers.get("last-modified")
    try:
        feed = parse_feed(response.content, url=state.url)
    except InputError as exc:
        return _done(state, report, "error", first_line(exc), exc.exit_code)
    _brief_entries(feed, state, report, settings, fetcher, stages, models)
    return _done(state, report, "new", None)


def _brief_entries(
    feed: Feed,
    state: FeedState,
    report: FeedReport,
    settings: BriefSettings,
    fetcher: Fetcher,
    stages: Stages | None,
    models: Models | None,
) -> None:
    handled = 0
    for entry in feed.entries:
        seen = state.entries.get(entry.key)
        if seen is not None and seen.fingerprint == entry.fingerprint:
            report.unchanged += 1
            continue
        if handled >= settings.feed_new_entries:
            report.left += 1
            continue
        handled += 1
        name = entry.link or entry.key
        try:
            article = entry_article(entry, feed, state.url, fetcher)
            result = build_brief(name, settings, article=article, stages=stages, models=models, lock_timeout=0)
        except (ModelUnavailableError, SettingsError):
            raise  # every entry would fail the same way: the poll stops (its state so far is kept)
        except BriefError as exc:
            report.failed[name] = first_line(exc)
            report.exit_code = max(report.exit_code, exc.exit_code)
            if exc.exit_code == 2:  # bad input fails the same way again: remembered until the entry changes
                state.entries[entry.key] = SeenEntry(entry.link, entry.fingerprint, error=first_line(exc))
            continue
        report.briefed.append(str(result.path))
        if result.written is not None:
            report.written.append(result.written)
        state.entries[entry.key] = SeenEntry(
            entry.link, entry.fingerprint, brief=result.path.name, content_hash=_hash_of(result.path)
        )


def entry_article(entry: FeedEntry, feed: Feed, feed_url: str, fetcher: Fetcher) -> Article:
    """The entry's page, extracted; if the page cannot be had or is refused, the entry's own full text.
    Raises InputError (no page and only a teaser) or the page's transient FetchError (retried next poll)."""
    if not entry.link:
        return article_from_page(page_from_entry(entry, feed, feed_url=feed_url, why="the entry links to no page"))
    try:
        return article_from_page(fetch_page(entry.link, fetcher))
    except BriefError as exc:
        page_error = exc
    try:
        why = f"page not used ({first_line(page_error)})"
        return article_from_page(page_from_entry(entry, feed, feed_url=feed_url, why=why))
    except InputError:
        if page_error.exit_code != 2:
            raise page_error from None
        raise


def _hash_of(path) -> str | None:
    from pipeline.web.atom import read_brief_file

    brief = read_brief_file(path)
    return str(brief.front.get("content_hash")) if brief else None


def _done(state: FeedState, report: FeedReport, status: str, message: str | None, exit_code: int = 0) -> FeedReport:
    state.last_poll = utc_now()
    state.last_status = status
    state.error = message if status in ("error", "gone") else None
    report.status, report.message = status, message
    report.exit_code = max(report.exit_code, exit_code)
    return report

"""Polling feeds: each feed's new entries fetched and extracted, then all feeds' entries briefed together
(pipeline.batch.build_briefs, in groups of `batch_articles`: one build path, models batched); the caller writes feed.xml

    conditional GET (ETag / Last-Modified sent back; a 304 ends the feed's poll: nothing else is asked)
    301/308 → the stored URL moves; 410 → the feed is marked gone and not asked again
    entry new by guid/link, or changed (its fingerprint) → its page is fetched; changed page text → a
    new brief (the sentence cache translates only its new sentences)
    page unavailable or refused → the entry's full text (`extracted_from: feed`); a teaser is refused (a 404: feed_waits)

State lives in the catalog (pipeline.catalog.feeds): a feed's row, then only the entries its feed lists now; entries
handled are written after each group, validators once a feed's entries are all handled. Polls hold the catalog's feeds
lock (a file lock beside SQLite, an advisory lock on PostgreSQL: every machine): no two brief one entry at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pipeline import feed_waits
from pipeline.batch import build_briefs, in_groups, in_stream_order
from pipeline.catalog.db import Catalog, catalog_lock, open_catalog
from pipeline.catalog.feed_state import FeedState, SeenEntry
from pipeline.catalog.feeds import load_entries, load_feed, save_feed
from pipeline.document import Article
from pipeline.errors import BriefError, InputError, first_line
from pipeline.feed_report import FeedReport
from pipeline.runtime import Models
from pipeline.settings import BriefSettings
from pipeline.times import dated_ahead
from pipeline.web.feed_pages import MissingPage, entry_article, unnamed
from pipeline.web.feeds import Feed, FeedEntry, parse_feed, retried_line
from pipeline.web.fetch import Fetcher, FetchError
from pipeline.web.page import utc_now
from pipeline.web.source import fetcher_for

GONE = "the feed is gone: remove it from the feeds setting ([[brief.feeds]]) or the poll's URLs"  # each poll (user50)


@dataclass
class _Polled:
    """A feed answered with new or changed entries: their articles wait to be briefed together
    with every other feed's; its validators are kept only once all of them have been handled."""

    state: FeedState
    report: FeedReport
    etag: str | None
    last_modified: str | None
    items: list[tuple[FeedEntry, str, Article]] = field(default_factory=list)  # entry, name, article
    retried: dict[str, str] = field(default_factory=dict)  # entries failed for a passing reason -> why
    configured: str = ""  # the URL the feed is known by in the catalog
    listed: list[str] = field(default_factory=list)  # every entry key the feed lists now
    touched: set[str] = field(default_factory=set)  # entries handled since the last save


def poll_feeds(
    urls: list[str] | None,
    settings: BriefSettings,
    *,
    fetcher: Fetcher | None = None,
    models: Models | None = None,
) -> list[FeedReport]:
    """Poll `urls` (default: the configured feeds) and brief what is new: the new entries of all
    feeds in groups of `batch_articles` (pipeline.batch.build_briefs: model work batched, every
    brief the one a one-article run writes, each entry failing alone)."""
    targets = urls or [feed.url for feed in settings.feeds]
    fetcher = fetcher or fetcher_for(settings)
    models = models or Models(settings)  # one set of models for every entry
    catalog = open_catalog(settings)
    reports = []
    with catalog_lock(catalog, "feeds", settings.lock_timeout):
        polled: list[_Polled] = []
        try:
            for url in dict.fromkeys(targets):
                state = load_feed(catalog, url)
                report, waiting = poll_feed(state, settings, fetcher, catalog=catalog, configured=url)
                reports.append(report)
                if waiting is None:
                    save_feed(catalog, url, state)
                else:
                    polled.append(waiting)
            _brief_polled(polled, settings, models, save=lambda group: _save_entries(catalog, group))
        except BaseException:
            _list_refused(settings, reports)
            raise
        finally:  # a crash keeps what was briefed; unfinished feeds keep their old validators and are asked again
            for waiting in polled:
                save_feed(
                    catalog,
                    waiting.configured,
                    waiting.state,
                    touched=waiting.touched,
                    listed=waiting.listed,
                    retention_days=settings.feed_retention_days,
                )
    return reports


def _list_refused(settings: BriefSettings, reports: list[FeedReport]) -> None:
    """A poll stopped midway (Ctrl-C, SIGTERM, a crash) lists the entries it refused with the day's failures before
    it stops, as its caller lists them after a poll that ends: they are kept as seen (refused, left until they
    change), so no later poll would say them (user53)."""
    from pipeline.day_record import record_day

    failed = {name: reason for report in reports for name, reason in report.failed.items()}
    if failed:
        record_day(settings, failed, [w.source_name for report in reports for w in report.written])


def _save_entries(catalog: Catalog, group: list[_Polled]) -> None:
    """The entries a group handled, kept at once (the feed's validators wait for all its entries)."""
    for feed in group:
        if feed.touched:
            save_feed(catalog, feed.configured, feed.state, touched=feed.touched)  # validators still the old ones
            feed.touched = set()


def poll_feed(
    state: FeedState,
    settings: BriefSettings,
    fetcher: Fetcher,
    *,
    catalog: Catalog | None = None,
    configured: str | None = None,
) -> tuple[FeedReport, _Polled | None]:
    """Ask for one feed and fetch the pages of its new entries; what is left to brief, if anything.
    `catalog`: where the entries it lists now are looked up (else `state.entries` is all there is)."""
    report = FeedReport(state.url, "new")
    if state.gone:  # a poll failure at every poll until it is taken off the list (user50)
        return _done(state, report, "gone", f"{state.url}: answered 410 Gone before, not asked again — {GONE}", 2), None
    try:
        response = fetcher.get(state.url, state.validators())
    except FetchError as exc:
        if exc.status == 410:
            state.gone = True
            return _done(state, report, "gone", f"{first_line(exc)} — {GONE}", exc.exit_code), None
        return _done(state, report, "error", first_line(exc), exc.exit_code), None
    except InputError as exc:
        return _done(state, report, "error", first_line(exc), exc.exit_code), None
    if response.moved_to:
        state.url = report.url = response.moved_to
    if response.status == 304:
        return _done(state, report, "not modified", None), None
    try:
        feed = parse_feed(response.content, url=state.url)
    except InputError as exc:
        return _done(state, report, "error", first_line(exc), exc.exit_code), None
    report.not_read = state.not_read = feed.not_read
    polled = _Polled(state, report, response.headers.get("etag"), response.headers.get("last-modified"))
    polled.configured = configured or state.url
    polled.listed = [entry.key for entry in feed.entries] + [_UNIDENTIFIED + fp for _, fp in feed.unidentified]
    if catalog is not None:
        state.entries = load_entries(catalog, polled.configured, polled.listed)
    _list_unidentified(feed, polled)
    _fetch_entries(feed, polled, settings, fetcher)
    return report, polled


_UNIDENTIFIED = "urn:dutch-brief:item-without-link:"  # + the item's fingerprint: its key among the feed's entries
_NO_LINK = "has neither a link nor a guid — skipped (it cannot be told from the feed's next items)"


def _list_unidentified(feed: Feed, polled: _Polled) -> None:
    """An item with neither a link nor a guid is skipped (nothing tells it from the next poll's items) but
    listed with the failures, named by the feed and its title — once: it is remembered by its fingerprint
    (every later poll that reads it unchanged passes over it, as over a bad entry), listed again if it changes."""
    report, state = polled.report, polled.state
    for title, fingerprint in feed.unidentified:
        key = _UNIDENTIFIED + fingerprint
        if key in state.entries:
            report.unchanged += 1
            continue
        name = base = f'{report.url}: item "{title}"' if title else f"{report.url}: an untitled item"
        count = 1
        while name in report.failed:  # two items of one title: both listed
            count += 1
            name = f"{base} ({count})"
        report.failed[name] = _NO_LINK
        state.entries[key] = SeenEntry(None, fingerprint, error=_NO_LINK)
        polled.touched.add(key)


def _fetch_entries(feed: Feed, polled: _Polled, settings: BriefSettings, fetcher: Fetcher) -> None:
    state, report, hours = polled.state, polled.report, settings.feed_missing_retry_hours
    handled, now = 0, datetime.now(UTC)
    fresh, waiting = [], []  # new or changed; unchanged but waiting for its page (asked after the new ones)
    for entry in feed.entries:
        seen = state.entries.get(entry.key)
        if feed_waits.waiting(seen, entry):  # its page waited for: asked when due, however its entry is re-dated
            if feed_waits.due(seen, now, hours):
                waiting.append(entry)
            else:  # not asked at this poll: still waiting, the feed read whole at the next
                report.waiting[entry.link or entry.key] = feed_waits.waiting_line(seen.retry_until)
        elif not feed_waits.unchanged(seen, entry):
            fresh.append(entry)
        else:
            report.unchanged += 1
    for entry in fresh + waiting:
        if handled >= settings.feed_new_entries:
            report.left += 1
            continue
        handled += 1
        name = entry.link or entry.key
        try:
            polled.items.append((entry, name, article := entry_article(entry, feed, state.url, fetcher)))
        except MissingPage as exc:
            _missing(polled, entry, name, feed_waits.missing(state.entries.get(entry.key), entry, exc, hours, now))
            continue
        except BriefError as exc:
            _failed(polled, entry, name, exc)
            continue
        if dated_ahead(when := article.meta.published):  # the brief's date: its page's, else the feed's (review43)
            report.ahead.append(f"{name} dated {when}")


def _brief_polled(polled: list[_Polled], settings: BriefSettings, models: Models, *, save: Any) -> None:
    """Every waiting entry of every feed, in groups; the state is saved after each group, and a
    feed's validators once all its entries are handled."""
    items = [(p, entry, name, article) for p in polled for entry, name, article in p.items]
    items = in_stream_order(items, lambda item: item[3])  # a feed lists its newest first
    for group in in_groups(items, settings.batch_articles):
        outcomes = build_briefs(
            [name for _, _, name, _ in group],
            settings,
            articles=[article for *_, article in group],
            models=models,
            lock_timeout=0,
        )  # ModelUnavailableError / SettingsError: every entry would fail the same way, the poll stops
        for (feed, entry, name, _), outcome in zip(group, outcomes):
            if isinstance(outcome, BriefError):
                _failed(feed, entry, name, outcome)
                continue
            feed.report.briefed.append(str(outcome.path))
            if outcome.written is not None:
                feed.report.written.append(outcome.written)
            feed.report.placed += outcome.placed
            feed.state.entries[entry.key] = SeenEntry(
                entry.link, entry.fingerprint, brief=outcome.path.name, content_hash=_hash_of(outcome.path)
            )
            feed.touched.add(entry.key)
        save(list({id(feed): feed for feed, *_ in group}.values()))
    for feed in polled:
        if (
            not feed.retried and not feed.report.waiting and not feed.report.left
        ):  # what waits must not hide behind a 304
            feed.state.etag, feed.state.last_modified = feed.etag, feed.last_modified
        _done(feed.state, feed.report, "new", None)
        feed.state.error = retried_line(feed.retried, feed.report.waiting)  # said by `brief feeds list`


def _missing(polled: _Polled, entry: FeedEntry, name: str, outcome: feed_waits.Missing) -> None:
    """An entry whose page answered 404: waiting for it (no failure: pipeline.feed_waits), or given up (bad input)."""
    if outcome.seen is None:  # given up: bad input, remembered as such by `_failed`
        return _failed(polled, entry, name, InputError(outcome.line))
    polled.state.entries[entry.key] = outcome.seen
    polled.touched.add(entry.key)
    polled.report.waiting[name] = outcome.line


def _failed(polled: _Polled, entry: FeedEntry, name: str, exc: BriefError) -> None:
    polled.report.failed[name] = unnamed(first_line(exc), name)  # the report names the entry beside it
    polled.report.exit_code = max(polled.report.exit_code, exc.exit_code)
    if exc.exit_code == 2:  # bad input fails the same way again: remembered until the entry's content changes
        polled.state.entries[entry.key] = feed_waits.given_up(entry, first_line(exc))  # (a re-dating feed renews none)
        polled.touched.add(entry.key)
    else:  # a passing failure: without validators the next poll sees the feed (and this entry) again
        polled.retried[name] = polled.report.failed[name]  # the whole feed is asked for again next poll


def _hash_of(path) -> str | None:
    from pipeline.store.brief_files import read_brief_file

    brief = read_brief_file(path)
    return str(brief.front.get("content_hash")) if brief else None


def _done(state: FeedState, report: FeedReport, status: str, message: str | None, exit_code: int = 0) -> FeedReport:
    state.last_poll = utc_now()
    state.last_status = status
    state.error = message if status in ("error", "gone") else None
    report.status, report.message = status, message
    report.exit_code = max(report.exit_code, exit_code)
    return report

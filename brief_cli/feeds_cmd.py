"""`brief feeds poll|list` — brief what is new in RSS/Atom feeds; show the configured feeds' state."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from brief_cli.common import (
    Backend,
    Config,
    Day,
    Device,
    KeepAll,
    NumBeams,
    Out,
    Summarizer,
    Translator,
    build_settings,
    catalog_or_exit,
    fail,
    interrupted,
    refresh_day,
    say,
    say_day,
    settings_or_exit,
    show_notices,
    write_english_feed,
)

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="RSS/Atom feeds: brief every new entry (poll), or show the configured feeds and their state (list).",
)


POLL_HELP = """Fetch each feed (conditional GET: unchanged feeds cost one small request), brief every new
or changed entry (its page, extracted; the feed's own text when the page cannot be had and the
entry carries the whole article), then rewrite OUT/feed.xml. Without URLs: the feeds configured in
the settings ([[brief.feeds]] url = "…"). Prints the path of each brief.

Exit status: 0 all feeds polled, 2 some entry or feed was bad input, 1 any other failure."""


@app.command(help=POLL_HELP)
def poll(
    urls: Annotated[Optional[list[str]], typer.Argument(metavar="URL", help="feed URLs", show_default=False)] = None,
    out: Out = None,
    translator: Translator = None,
    summarizer: Summarizer = None,
    device: Device = None,
    backend: Backend = None,
    num_beams: NumBeams = None,
    config: Config = None,
    keep_all: KeepAll = False,
    day: Day = None,
) -> None:
    from pipeline.errors import BriefError

    settings = build_settings(
        config,
        out=out,
        translator=translator,
        summarizer=summarizer,
        device=device,
        backend=backend,
        num_beams=num_beams,
        keep_all=keep_all,
        day=day,
    )
    show_notices()
    if not urls and not settings.feeds:
        fail('no feeds given and none configured — pass feed URLs or add [[brief.feeds]] url = "…" to the settings', 2)
    from pipeline.feed_report import poll_notes
    from pipeline.feeds import poll_feeds
    from pipeline.host_failures import grouped_failures
    from pipeline.web.feeds import poll_outcome
    from pipeline.web.fetch import require_http

    for url in urls or []:  # a mistyped URL is a usage error: nothing asked, and no feed of that name kept
        try:  # in the catalog (`brief feeds list` listed it for good, with its error)
            require_http(url)
        except BriefError as exc:
            fail(str(exc), exc.exit_code)

    try:
        reports = poll_feeds(list(urls or []), settings)
    except BriefError as exc:  # a model that cannot be loaded, a bad setting, an unwritable folder
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: click said nothing but a blank line, SIGTERM nothing at all
        interrupted(exc, "the entries briefed so far are kept; the next poll takes up the rest")
    record = _record_day(settings, reports)
    wrote = any(report.written for report in reports)
    if wrote:
        say_day(settings, [written.key for report in reports for written in report.written])
        write_english_feed(settings)
    exit_code = 0
    for report in reports:
        for path in report.briefed:
            typer.echo(path)
        for name, reason in grouped_failures(report.failed.items()):  # an unreachable host's entries: one line
            say(f"error: {reason}" if reason.startswith(name) else f"error: {name}: {reason}")
        for note in poll_notes(report):
            say(note)
        if outcome := poll_outcome(report):
            say(f"{report.url}: {outcome}")
        exit_code = max(exit_code, report.exit_code)
    # an entry found briefed (changed in the feed only) is listed under the `day` given, as one written is (user52)
    placed = any(report.placed for report in reports)
    if wrote or placed or record.listed:  # the day's digest and the web edition show them now (user51)
        refresh_day(settings, record, models_loaded=wrote)
    raise typer.Exit(exit_code)


def _record_day(settings, reports):  # -> pipeline.day_record.DayRecord
    """The poll's failed entries listed with the day's failures, as the daily run lists them (user49: a poll by hand
    said them on the terminal only); an entry briefed takes its page's failure of the day off. A catalog that cannot
    take them is a warning: the briefs stand."""
    from pipeline.day_record import record_day

    failed = {name: reason for report in reports for name, reason in report.failed.items()}
    record = record_day(settings, failed, [w.source_name for report in reports for w in report.written])
    if record.warning:
        say(record.warning)
    return record


@app.command(name="list", help="The configured feeds: URL now, last poll and its outcome, entries seen, errors.")
def list_feeds(out: Out = None, config: Config = None) -> None:
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.feed_state import FeedState
    from pipeline.catalog.feeds import load_states
    from pipeline.web.feeds import not_read_line

    settings = settings_or_exit(config, out_dir=out)
    configured = [(feed.url, feed.name) for feed in settings.feeds]
    # configured feeds before the first poll made OUT: each listed as never polled (OUT is not made)
    states = {} if configured and not _out_made(settings) else load_states(catalog_or_exit(open_catalog, settings))
    configured += [(url, None) for url in states if url not in {u for u, _ in configured}]
    if not configured:
        typer.echo('no feeds configured — add [[brief.feeds]] url = "…" to the settings file')
        return
    for url, name in configured:
        state = states.get(url) or FeedState(url=url)
        label = f"{name} " if name else ""
        moved = f" (now {state.url})" if state.url != url else ""
        briefed = sum(1 for e in state.entries.values() if e.brief)
        typer.echo(
            f"{label}{url}{moved}: last poll {state.last_poll or 'never'} ({state.last_status or '-'}), "
            f"{len(state.entries)} {'entry' if len(state.entries) == 1 else 'entries'} seen, {briefed} briefed"
            + (", GONE" if state.gone else "")
            + (f"; error: {state.error}" if state.error else "")
            + (f"; {not_read_line(state.not_read)}" if state.not_read else "")
        )


def _out_made(settings) -> bool:
    from pipeline.catalog.location import is_default_sqlite

    return not is_default_sqlite(settings) or settings.out_dir.is_dir()

"""`brief` — the command line: a thin typer shell over pipeline.batch.build_briefs, the one build path."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from brief_cli import (
    cache_cmd,
    catalog_cmd,
    eval_cmd,
    failures_cmd,
    feeds_cmd,
    models_cmd,
    serve,
    site_cmd,
    stories_cmd,
)
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
    show_notices,
    stop_as_ctrl_c_does,
    write_english_feed,
)
from brief_cli.shell import BriefGroup, MainCommand, Progress
from pipeline.errors import BriefError, first_line

app = typer.Typer(
    cls=BriefGroup,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Turn Dutch news articles into English briefs.",
)

HELP = """Turn Dutch news articles into English briefs (Markdown).

Each FILE (UTF-8 text, Markdown .md, or a saved .html page) or URL (an http/https article page:
fetched politely, the article extracted) is read as an article — headline, paragraphs, lists,
captions, liveblog entries; site text (navigation, promos, cookie notices) is set aside and listed
at the end (--keep-all: translate it too) — and split into sentences; every sentence is translated
with MarianMT (Helsinki-NLP/opus-mt-nl-en), the English text is
summarized (sshleifer/distilbart-cnn-12-6), and a bilingual brief is written to
OUT/<title>-<key>.md; its path is printed. A brief is cached by a hash of the article's text,
the models and the settings: running again returns it at once (use --force to rebuild).

Models download from the Hugging Face hub on first use (HF_HOME decides where); later runs
work offline (HF_HUB_OFFLINE=1). --translator/--summarizer also take a local directory.
Settings can also come from BRIEF_* environment variables or a TOML file (--config / BRIEF_CONFIG).

Unattended, scheduled runs: `brief serve --help` (Prefect); files they will not try again:
`brief failures list|retry`. Sentence translation cache: `brief cache stats|clear`. Quality on
your own references: `brief eval --refs FILE.tsv`. Faster CPU inference: CTranslate2 int8,
converted automatically on first use (`brief models convert` ahead of time). Feeds:
`brief feeds poll|list`. After every run OUT/feed.xml lists the newest briefs as an Atom feed.
Every brief joins a story (the same event across outlets and days, wire copies marked):
`brief stories [--json]`; OUT/stories.xml is an Atom feed with one entry per story.
What is recorded about the briefs (OUT/catalog.sqlite, or BRIEF_DATABASE_URL): `brief catalog rebuild|stats`.

Exit status: 0 all briefs written, 2 bad input (missing, empty, binary or undecodable file, a
page that is no article, a URL robots.txt disallows or that answers 4xx, invalid setting), 1 any other failure (e.g. a model that cannot be loaded).
"""


@app.command(name="brief", help=HELP, cls=MainCommand, short_help="the main form, its name left out: brief FILE|URL…")
def brief(
    files: Annotated[
        list[str],
        typer.Argument(metavar="FILE|URL", help="Dutch article files, saved .html pages or URLs", show_default=False),
    ],
    out: Out = None,
    force: Annotated[bool, typer.Option("--force", "-f", help="rebuild even if a cached brief exists")] = False,
    translator: Translator = None,
    summarizer: Summarizer = None,
    device: Device = None,
    backend: Backend = None,
    num_beams: NumBeams = None,
    config: Config = None,
    keep_all: KeepAll = False,
    day: Day = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress display")] = False,
) -> None:
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
    if not force:
        _exit_if_all_briefed(files, settings)
    if settings.database_url:  # a server that cannot be reached stops the run before any model work, not at each write
        from pipeline.catalog.db import open_catalog

        catalog_or_exit(open_catalog, settings)
    try:
        from pipeline.batch import build_briefs
        from pipeline.web.source import is_url

        sources = [file if is_url(file) else Path(file) for file in files]
        with Progress(quiet) as progress:
            outcomes = build_briefs(sources, settings, force=force, progress=progress)
    except BriefError as exc:  # a model, a setting, a folder (the sentence cache's): every file fails alike
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM
        interrupted(exc, "the briefs written so far are kept; the same command again briefs the rest")
    except Exception as exc:
        if os.environ.get("BRIEF_DEBUG"):
            raise
        fail(f"unexpected {type(exc).__name__}: {first_line(exc)} (set BRIEF_DEBUG=1 for details)", 1)
    record = _record_pages(settings, sources, outcomes)
    errors = _error_lines(sources, outcomes)
    exit_code = 0
    for index, outcome in enumerate(outcomes):
        if isinstance(outcome, BriefError):  # bad input, or this brief could not be written: the rest go on
            if line := errors[index]:  # None: said in its host's line
                say(f"error: {line}")
            exit_code = max(exit_code, outcome.exit_code)
            continue
        for warning in outcome.warnings:
            say(f"warning: {warning}")
        typer.echo(str(outcome.path))
    briefed = [outcome for outcome in outcomes if not isinstance(outcome, BriefError)]
    wrote = any(not outcome.cached for outcome in briefed)
    # a brief found cached and listed now under the `day` given (pipeline.brief.list_under_day), as one written is
    placed = any(outcome.placed for outcome in briefed)
    if wrote or (settings.day and briefed):  # where the briefs are listed, found cached or written
        say_day(settings, [outcome.key for outcome in briefed])
    if wrote:
        write_english_feed(settings)  # a cache hit changes no brief: the feed stays (and feedgen unloaded)
    if wrote or placed or record.listed:  # the day's digest and the web edition show them now (user51, user52)
        refresh_day(settings, record, models_loaded=wrote)
    raise typer.Exit(exit_code)


def _error_lines(sources: list, outcomes: list) -> list[str | None]:
    """The error line of each outcome that failed, in place (None for the others); the pages of one host no
    connection reached are one line where the first stood, None for the rest (pipeline.host_failures, as
    `brief feeds poll`, the daily run and the digest say them — user52: `brief URL URL …` said one line a page)."""
    from pipeline.host_failures import BY_HAND, failures_in_place

    failed = [
        (i, str(sources[i]), str(outcome)) for i, outcome in enumerate(outcomes) if isinstance(outcome, BriefError)
    ]
    pairs = [(name, message.removeprefix(f"{name}: ")) for _, name, message in failed]
    lines: list[str | None] = [None] * len(outcomes)
    for (index, _, message), given, said in zip(failed, pairs, failures_in_place(pairs, BY_HAND), strict=True):
        lines[index] = message if said == given else (f"{said[0]}: {said[1]}" if said else None)
    return lines


def _record_pages(settings: Any, sources: list, outcomes: list):  # -> pipeline.day_record.DayRecord
    """Web pages and files briefed or failed, recorded under the run's day (pipeline.day_record.record_pages_by_hand);
    a catalog that cannot take them is a warning: the briefs stand, the terminal said the failures."""
    from pipeline.day_record import record_pages_by_hand

    record = record_pages_by_hand(settings, list(zip(sources, outcomes)))
    if record.warning:
        say(record.warning)
    return record


def _exit_if_all_briefed(files: list[str], settings: Any) -> None:
    """Every file briefed already, as the index of briefs (pipeline.hits) knows from its bytes:
    print what the full path would print, without loading the text rules or reading any article."""
    from pipeline.hits import find

    found = [find(Path(file), settings) for file in files]
    if not all(found) or _failure_listed(files, settings):
        return  # a file a day lists as failed goes the full way, which takes its failure off (day_record)
    for hit in found:
        assert hit is not None
        for warning in hit.warnings:
            say(f"warning: {warning}")
        typer.echo(str(hit.path))
    if settings.day:  # listed under the day given, as briefs written would be (the first listing wins)
        from pipeline.catalog.days import list_cached
        from pipeline.catalog.db import open_catalog

        placed = list_cached(open_catalog(settings), settings.day, keys := [hit.key for hit in found if hit])
        say_day(settings, keys)
        if placed:  # the day's digest and web edition show them now, as a brief written is (user52)
            from pipeline.day_record import DayRecord

            refresh_day(settings, DayRecord(settings.day), models_loaded=False)
    raise typer.Exit(0)


def _failure_listed(files: list[str], settings: Any) -> bool:
    """Whether the run's day lists a failure of one of `files` (by its file:// address) — the full path takes off
    only that day's — read without SQLAlchemy from the default SQLite catalog (pipeline.catalog.hitread); on
    PostgreSQL the index was read through the catalog anyway."""
    from pipeline.addresses import file_address
    from pipeline.catalog.location import catalog_file, is_default_sqlite
    from pipeline.times import run_day

    names, day = [name for name in map(file_address, map(Path, files)) if name], run_day(settings.day)
    if is_default_sqlite(settings):
        from pipeline.catalog.hitread import failure_listed

        return failure_listed(catalog_file(settings.out_dir), day, names)
    from pipeline.catalog.days import failure_listed as listed
    from pipeline.catalog.db import open_catalog

    return listed(open_catalog(settings), day, names)


app.command(name="serve", help=serve.HELP)(serve.serve)
app.command(name="eval", help=eval_cmd.HELP)(eval_cmd.evaluate)
app.command(name="stories", help=stories_cmd.HELP, short_help="the stories the briefs were grouped into")(
    stories_cmd.stories
)
app.add_typer(cache_cmd.app, name="cache")
app.add_typer(models_cmd.app, name="models")
app.add_typer(feeds_cmd.app, name="feeds")
app.add_typer(failures_cmd.app, name="failures")
app.add_typer(catalog_cmd.app, name="catalog")
app.add_typer(site_cmd.app, name="site")


def run() -> None:
    """Console-script entry point. SIGTERM ends a command as Ctrl-C does (brief_cli.common.Terminated)."""
    stop_as_ctrl_c_does()
    app(prog_name="brief")


if __name__ == "__main__":
    run()

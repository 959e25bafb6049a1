"""`brief failures list|retry` — the files the daily briefing will not try again.

A file that failed for a permanent reason (bad input) is remembered in the catalog with
its content hash, the reason and the day it first failed; runs skip it until the file or the
settings change. `retry` forgets it, so the next run tries it again."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import OUT_DEFAULT, catalog_or_exit, fail, say, settings_or_exit

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Files the daily briefing remembers as failed (bad input): list them, or retry them on the next run.",
)

Out = Annotated[Optional[Path], typer.Option("--out", "-o", help=f"the daily briefing's output folder {OUT_DEFAULT}")]
Config = Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table: out_dir, database_url)")]


@app.command(
    name="list",
    help="Show the remembered failures (first day, file, reason), then what else the day's digest lists as not "
    "briefed today (feed entries, pages given by hand).",
)
def list_failures(out: Out = None, config: Config = None) -> None:
    from pipeline.catalog.days import day_digest
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.failures import load_failures
    from pipeline.times import run_day

    settings = settings_or_exit(config, out_dir=out)
    catalog = catalog_or_exit(open_catalog, settings)
    known = load_failures(catalog)
    for failure in known:
        typer.echo(f"{failure.first_seen}  {failure.source_name}: {failure.reason}")
    say(f"{len(known)} remembered failure{'s' if len(known) != 1 else ''} in {settings.out_dir}")
    day, remembered = run_day(settings.day), {failure.source_name for failure in known}
    today = [f for f in day_digest(catalog, day)[1] if f.source_name not in remembered]
    for failure in today:
        typer.echo(f"{day}  {failure.source_name}: {failure.message}")
    if today:
        say(
            f"{len(today)} more not briefed on {day}, as the day's digest lists them (a page or a file by hand: brief it again)"
        )


@app.command(
    name="retry",
    help="Forget the failures of FILE… (as listed: a file:// address, or the file name), or all with --all.",
)
def retry(
    files: Annotated[Optional[list[str]], typer.Argument(metavar="FILE", show_default=False)] = None,
    all_files: Annotated[bool, typer.Option("--all", help="forget every remembered failure")] = False,
    out: Out = None,
    config: Config = None,
) -> None:
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.failures import forget, names_it

    if not files and not all_files:
        fail("name the files to retry (as `brief failures list` shows them), or pass --all", 2)
    settings = settings_or_exit(config, out_dir=out)
    catalog = catalog_or_exit(open_catalog, settings)
    cleared = forget(catalog, None if all_files else files)
    for failure in cleared:
        typer.echo(failure.source_name)
    # a failure is remembered by its file:// address: the address, a path or the file name alone names it
    missing = (
        [] if all_files else sorted(n for n in files or [] if not any(names_it(n, f.source_name) for f in cleared))
    )
    for name in missing:
        say(f"warning: {name}: not among the remembered failures")
    say(f"{len(cleared)} will be tried again on the next run")

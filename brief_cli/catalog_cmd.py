"""`brief catalog rebuild|stats` — the catalog: where everything about the briefs is recorded
(articles, feeds and their entries, known failures, days, the index of briefs by file bytes)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import OUT_DEFAULT, briefs_folder_or_exit, catalog_or_exit, fail, say, settings_or_exit

app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="The catalog (OUT/catalog.sqlite, or database_url): rebuild it from the brief files, or show what it holds.",
)

Out = Annotated[Optional[Path], typer.Option("--out", "-o", help=f"folder of the briefs {OUT_DEFAULT}")]
Config = Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")]

REBUILD_HELP = """Recreate the catalog from the brief files in OUT: every brief's record from its front matter,
the days from the digests, briefs whose files are gone marked removed. A SQLite catalog that cannot
be opened is moved aside (catalog.sqlite.corrupt-<time>) and a new one made. What no brief holds is
found again by use: the index of briefs by file bytes, known failures, feed entries (their briefs
are found by key: no model work); feed validators are lost (each feed is asked whole once). The stories are
made again: each brief joins its story from its Dutch text, in the order the briefs were written (no model
work; a story's own summary is made again by the next digest that shows it)."""


@app.command(help=REBUILD_HELP)
def rebuild(out: Out = None, config: Config = None) -> None:
    from pipeline.catalog.location import database_url
    from pipeline.errors import BriefError
    from pipeline.storydesk.rebuild import rebuild_with_stories

    settings = settings_or_exit(config, out_dir=out)
    briefs_folder_or_exit(settings)  # the briefs it is rebuilt from are there (a mistyped --out is not made)
    try:
        rebuilt = rebuild_with_stories(settings)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    if rebuilt.moved is not None:
        say(f"the old catalog could not be opened: moved to {rebuilt.moved}")
    shown = settings.database_url and "database_url" or database_url(settings).removeprefix("sqlite:///")
    say(f"{rebuilt.found} brief{'s' if rebuilt.found != 1 else ''} listed in the catalog ({shown})")
    if rebuilt.unread:
        many = len(rebuilt.unread) > 1
        say(
            f"{len(rebuilt.unread)} file{'s' if many else ''} in {settings.out_dir} open{'' if many else 's'} as a brief "
            f"but {'do' if many else 'does'} not read as one (damaged, or written by another version), not listed: "
            f"{', '.join(rebuilt.unread[:5])}{' …' if len(rebuilt.unread) > 5 else ''} — brief their articles again"
        )


@app.command(
    help="How many briefs, stories (and stories of several briefs), feeds, feed entries, known failures and days the catalog holds."
)
def stats(out: Out = None, config: Config = None) -> None:
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.stats import table_counts

    settings = settings_or_exit(config, out_dir=out)
    for name, count in table_counts(catalog_or_exit(open_catalog, settings)).items():
        typer.echo(f"{name}: {count}")

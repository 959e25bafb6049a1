"""`brief stories` — the stories the briefs were grouped into, with their articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from brief_cli.common import OUT_DEFAULT, catalog_or_exit, fail, say, settings_or_exit

HELP = """List the stories of the briefs in OUT: the articles about the same event or development,
across outlets and days (wire copies marked), best first (distinct outlets, growth, recency).
--since/--until (YYYY-MM-DD, a day in Amsterdam as the digest counts days, or an ISO time; --until includes its
day, but not its time: the period ends there) limit them to stories with an article in that period.
--json prints a list of {"id", "title", "summary", "outlets", "first_seen", "last_seen",
"articles": [{"brief", "source", "outlet", "published", "duplicate_of", "newest_version"}]}. A page briefed
again because it changed is listed once, its newest brief, "(changed since first briefed)", as in the digest.

Exit status: 0 listed, 2 a bad option, 1 the catalog could not be read."""


def stories(
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help=f"folder of the briefs {OUT_DEFAULT}")] = None,
    since: Annotated[Optional[str], typer.Option(help="from this day in Amsterdam (YYYY-MM-DD) or ISO time")] = None,
    until: Annotated[
        Optional[str], typer.Option(help="to this day in Amsterdam (included) or ISO time (excluded)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    config: Annotated[Optional[Path], typer.Option(help="TOML settings file ([brief] table)")] = None,
) -> None:
    from pipeline.catalog.db import open_catalog
    from pipeline.errors import BriefError
    from pipeline.storydesk import listing

    settings = settings_or_exit(config, out_dir=out)
    try:
        start, end = listing.period(since, until)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    catalog = catalog_or_exit(open_catalog, settings)
    try:
        found = listing.listed(catalog, start, end)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)
    if as_json:
        typer.echo(json.dumps(listing.as_json(found), ensure_ascii=False, indent=2))
        return
    for line in listing.as_text(found):
        typer.echo(line)
    say(f"{len(found)} stor{'ies' if len(found) != 1 else 'y'} in {settings.out_dir}")

"""What every `brief` subcommand shares: one-line messages on stderr and exits by error type."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, NoReturn

import typer


def say(message: str) -> None:
    print(f"brief: {message}", file=sys.stderr)


def fail(message: str, code: int) -> NoReturn:
    say(f"error: {message}")
    raise typer.Exit(code)


def write_english_feed(settings) -> None:
    """OUT/feed.xml, the English Atom feed of the newest briefs (a failure is a warning, not an exit)."""
    from pipeline.errors import BriefError
    from pipeline.web.atom import write_atom_feed

    try:
        write_atom_feed(settings)
    except BriefError as exc:
        say(f"warning: the Atom feed was not updated: {exc}")


def settings_or_exit(config: Path | None = None, **overrides: Any):  # -> BriefSettings
    """Settings from options, BRIEF_* variables and the TOML file; an invalid one exits (code 2)."""
    from pipeline.errors import BriefError
    from pipeline.settings import load_settings

    try:
        return load_settings(config, **overrides)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)


def catalog_or_exit(opener, settings):  # -> Catalog
    """The catalog of `settings`; one that cannot be opened exits in one line (code 1, or 2 for a bad setting)."""
    from pipeline.errors import BriefError

    try:
        return opener(settings)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)

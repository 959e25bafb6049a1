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


def settings_or_exit(config: Path | None = None, **overrides: Any):  # -> BriefSettings
    """Settings from options, BRIEF_* variables and the TOML file; an invalid one exits (code 2)."""
    from pipeline.errors import BriefError
    from pipeline.settings import load_settings

    try:
        return load_settings(config, **overrides)
    except BriefError as exc:
        fail(str(exc), exc.exit_code)

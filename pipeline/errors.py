"""Errors the pipeline raises on purpose.

Every error carries a one-line message that says what is wrong and what to do.
`InputError` means the user's input is bad (CLI exit 2); everything else derived from
`BriefError` is an operational failure (CLI exit 1).
"""

from __future__ import annotations

from collections.abc import Iterable


def first_line(exc: BaseException) -> str:
    """An exception as one line: its message's first line, or its type's name."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class BriefError(Exception):
    """Base class: a failure with a one-line, actionable message."""

    exit_code = 1


class InputError(BriefError):
    """The input article cannot be briefed as given (missing, empty, binary, undecodable…)."""

    exit_code = 2


class ModelUnavailableError(BriefError):
    """A model could not be loaded (offline without a cache, wrong path, broken files)."""


class OutputError(BriefError):
    """The brief could not be written (permissions, disk full, …)."""


class CatalogLostError(OutputError):
    """The catalog's database (database_url) could not be reached: every article of the run would fail the same way,
    so the run stops at the first (pipeline.catalog.connection; user50)."""


class BusyError(BriefError):
    """Another process holds the article's lock (it is briefing the same article right now)."""


class SettingsError(BriefError):
    """A setting (CLI option, BRIEF_* variable or TOML file) is invalid."""

    exit_code = 2


def unknown_setting(name: str, names: Iterable[str], source: object = None) -> SettingsError:
    """The line for a settings key no setting has: where it was, and the setting it is likely a typo of."""
    import difflib

    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    where = f" in {source}" if source else ""
    hint = f"did you mean {close[0]}?" if close else "no setting has that name"
    return SettingsError(f"unknown setting {name}{where} — {hint}")

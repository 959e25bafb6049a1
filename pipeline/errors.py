"""Errors the pipeline raises on purpose.

Every error carries a one-line message that says what is wrong and what to do.
`InputError` means the user's input is bad (CLI exit 2); everything else derived from
`BriefError` is an operational failure (CLI exit 1).
"""

from __future__ import annotations


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


class SettingsError(BriefError):
    """A setting (CLI option, BRIEF_* variable or TOML file) is invalid."""

    exit_code = 2

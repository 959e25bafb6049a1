"""Fixtures of the CLI tests: the loopback HTTP server (tests.web_server), and `settings` for a run by hand."""

from pathlib import Path

import pytest

from tests.web_server import server  # noqa: F401 — a fixture


@pytest.fixture()
def settings(tiny_settings, terse_marian: Path, monkeypatch: pytest.MonkeyPatch):
    """The tiny settings with the terse translator, no settings file or `day` from the environment, and the cache of
    the tiny settings for `brief …` by hand (the day-by-hand tests of user51, review51 and user52; a module that needs
    other settings defines its own `settings`, which wins)."""
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.delenv("BRIEF_DAY", raising=False)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tiny_settings.cache_dir))
    return tiny_settings.model_copy(update={"translator": str(terse_marian)})

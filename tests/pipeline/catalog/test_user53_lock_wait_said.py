"""A second `brief feeds poll` while another poll (a daily run's) held the feeds lock waited in silence, for up to
lock_timeout (an hour by default) (user53: the poll by hand said nothing until the other one ended). A lock another
process holds is said at once now, in one warning line — which lock, how long the wait may last, the setting — and
the lock is taken when it is free; a free lock, or one held for a moment (LOCK_QUIET_S), says nothing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.catalog import connection
from pipeline.catalog.db import catalog_lock, open_catalog
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.helpers import lock_held_elsewhere


@pytest.fixture(autouse=True)
def _heard(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's warnings reach caplog, also after a `brief` command of this process sent them to stderr."""
    monkeypatch.setattr(logging.getLogger("dutch_brief"), "propagate", True)


def test_a_held_lock_is_said_once_then_taken_when_free(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "LOCK_QUIET_S", 0.1)  # held longer than this: said
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    with lock_held_elsewhere(catalog, "feeds", release_after=0.5):
        with caplog.at_level(logging.WARNING, logger="dutch_brief"):
            with catalog_lock(catalog, "feeds", 30):
                taken = True
    said = [r.getMessage() for r in caplog.records if r.name == "dutch_brief"]
    assert taken and len(said) == 1, said
    assert "feeds lock" in said[0] and "another process" in said[0] and "lock_timeout" in said[0], said[0]
    assert "30 s" in said[0] and "\n" not in said[0]


def test_a_free_lock_or_one_held_for_a_moment_says_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    with caplog.at_level(logging.WARNING, logger="dutch_brief"):
        with catalog_lock(catalog, "feeds", 30):
            pass
        with lock_held_elsewhere(catalog, "feeds", release_after=0.3):
            with catalog_lock(catalog, "feeds", 30):
                pass
    assert not [r for r in caplog.records if r.name == "dutch_brief"]

"""A catalog lock held past lock_timeout is one line naming the lock and what to do (not a
filelock.Timeout traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.catalog.db import catalog_lock, open_catalog
from pipeline.errors import BusyError
from pipeline.settings import BriefSettings
from tests.pipeline.catalog.helpers import lock_held_elsewhere


def test_a_held_catalog_lock_times_out_in_one_line(tmp_path: Path) -> None:
    catalog = open_catalog(BriefSettings(out_dir=tmp_path))
    with lock_held_elsewhere(catalog, "feeds"):
        with pytest.raises(BusyError) as busy:
            with catalog_lock(catalog, "feeds", 0.2):
                pass
    message = str(busy.value)
    assert "feeds lock" in message and "feeds.lock" in message and "lock_timeout" in message and "\n" not in message

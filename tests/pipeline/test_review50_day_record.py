"""review50 of user50's files by hand on the day's failures (pipeline.day_record): a file whose name is not UTF-8
(bytes from another system's disk, `artikel\\xff.txt`) has a file:// address with its byte escaped (`%FF`); reading
that address back as UTF-8 named no file, so its failure was taken for a mistyped path and left off the day; given
as that file:// URL, the file got another address."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.addresses import file_address
from pipeline.catalog.days import day_digest
from pipeline.catalog.db import open_catalog
from pipeline.day_record import record_pages_by_hand
from pipeline.errors import InputError
from pipeline.settings import BriefSettings
from pipeline.times import run_day


def _listed(settings: BriefSettings) -> list[str]:
    return [f.source_name for f in day_digest(open_catalog(settings), run_day(None))[1]]


@pytest.mark.parametrize("name", [b"artikel\xff.txt", "café artikel.txt".encode()], ids=["not utf-8", "utf-8"])
def test_a_file_by_hand_that_failed_is_listed_whatever_its_names_bytes(tmp_path: Path, name: bytes) -> None:
    try:
        path = Path(os.fsdecode(tmp_path)) / os.fsdecode(name)
        path.write_text("The government announced a tax on fuel.", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes no such name")
    settings = BriefSettings(out_dir=tmp_path / "out")
    assert record_pages_by_hand(settings, [(path, InputError(f"{path}: looks like English"))]).warning is None
    assert _listed(settings) == [path.as_uri()]
    assert file_address(path.as_uri()) == file_address(path) == path.as_uri()  # one address, however it is given

"""`brief eval --refs FOLDER` says it is a folder, not "cannot be read as UTF-8 text ([Errno 21] Is a
directory)" (user40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.quality.evaluate import read_references


def test_a_folder_given_as_references_is_named_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        read_references(tmp_path)
    assert str(refused.value) == f"{tmp_path}: is a folder — pass a TSV file with columns nl, en[, summary_ref]"

"""user41: a reference row short of columns is counted in English and says what usually went wrong (spaces or
commas where the TSV needs tabs) — it read "line 2 has 1 columns, the header 2"."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.quality.evaluate import read_references


def test_a_row_without_tabs_is_one_column_and_the_message_says_tabs(tmp_path: Path) -> None:
    refs = tmp_path / "refs.tsv"
    refs.write_text("nl\ten\nDe kat zit op de mat.  The cat sits on the mat.\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_references(refs)
    assert str(error.value) == f"{refs}: line 2 has 1 column, the header 2 — separate the columns with tabs"

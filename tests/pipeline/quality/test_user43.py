"""Stop 43, as a user: a references file written as CSV ('nl,en') was refused as "the header must name the
columns nl and en (found: nl,en)" — it does name them; what is wrong is the separator, and now the line says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.quality.evaluate import read_references


@pytest.mark.parametrize("mark", [",", ";"])
def test_a_csv_header_is_told_to_use_tabs(tmp_path: Path, mark: str) -> None:
    refs = tmp_path / "refs.csv"
    refs.write_text(f"nl{mark}en\nHallo wereld.{mark}Hello world.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_references(refs)
    assert str(caught.value) == f"{refs}: the columns are separated by '{mark}' — separate them with tabs (a TSV)"


def test_a_tab_header_without_en_still_names_what_it_found(tmp_path: Path) -> None:
    refs = tmp_path / "refs.tsv"
    refs.write_text("nl\tengels\nHallo.\tHello.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"must name the columns nl and en \(found: nl, engels\)"):
        read_references(refs)
    single = tmp_path / "one.tsv"
    single.write_text("dutch\nHallo.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\(found: dutch\)"):
        read_references(single)

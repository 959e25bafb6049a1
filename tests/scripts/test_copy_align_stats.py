import json

import pytest

from scripts.copy_align_stats import main
from tests.scripts.test_copy_trace import _set


def test_each_pair_is_written_with_its_kind_and_measures(tmp_path, capsys):
    _set(tmp_path, "blind97")
    out = tmp_path / "pairs.jsonl"
    args = ["blind97", "--data", str(tmp_path / "data"), "--texts", str(tmp_path / "texts"), "--out", str(out)]
    assert main(args) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["kind"], r["a"], r["b"]) for r in rows] == [("missed", "b", "a")]
    assert rows[0]["plain"] == 1.0  # every word of the shorter text in order in the longer
    # two words put into the longer break the runs of shingles around them, but the shorter keeps all its words
    assert rows[0]["aligned"] == 1.0 and rows[0]["opening"] < 0.5
    assert "aligned  missed     n     1" in capsys.readouterr().out


def test_a_check_set_is_refused(tmp_path, capsys):
    _set(tmp_path, "blind96")
    with pytest.raises(SystemExit):
        main(["blind96", "--data", str(tmp_path / "data"), "--texts", str(tmp_path / "texts")])
    assert "TUNE sets only" in capsys.readouterr().err

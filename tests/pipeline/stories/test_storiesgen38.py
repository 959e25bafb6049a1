"""scripts/stories_split.py: the development sets split into TUNE and CHECK, held-out sets never listed, CHECK sets
scored in aggregate only, and the pair counts a change is kept or dropped by (issue 19's held-out discipline)."""

import json

import pytest

from scripts.stories_split import development_sets, group, main, pair_counts, score_set, table
from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, STAKING_BODY


def test_tune_holds_blind33_blind35_the_odd_sets_and_dev_check_the_rest():
    assert [group(n) for n in ("blind33", "blind35", "blind17", "blind3", "dev")] == ["TUNE"] * 5
    assert [group(n) for n in ("blind34", "blind10", "blind4", "dev5")] == ["CHECK"] * 4
    with pytest.raises(ValueError):
        group("elsewhere")


def test_held_out_sets_are_skipped_by_name_and_by_their_marker(tmp_path):
    names = ("stories_blind5", "stories_blind36", "stories_blind9", "stories_blind10", "stories_dev", "structure_x")
    for name in names:
        (tmp_path / name).mkdir()
    (tmp_path / "stories_blind9" / "HELD_OUT").write_text("")
    assert development_sets(tmp_path) == ["blind10", "blind36", "dev"]  # blind36: scored at the end of stop 38


def test_pair_counts_by_hand():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    story = {"a": 1, "b": 1, "c": 1, "d": 2}
    assert pair_counts(gold, story) == (1, 2, 2)  # found ab; ac and bc false; gold ab, cd


def test_errors_of_a_check_set_are_refused(capsys):
    with pytest.raises(SystemExit):
        main(["--errors", "blind34"])
    assert "aggregate only" in capsys.readouterr().err


def test_errors_of_a_name_that_is_no_set_is_a_one_line_error(capsys):
    with pytest.raises(SystemExit):
        main(["--errors", "nonsense"])
    err = capsys.readouterr().err
    assert "neither TUNE nor CHECK" in err and "Traceback" not in err


def test_a_small_set_scores_with_its_pair_counts(tmp_path):
    folder = tmp_path / "data" / "stories_blind7"
    folder.mkdir(parents=True)
    rows = [
        {"id": "a", "published": "2026-03-02T10:00", "story": "dijk", "title": "Dijk verzakt", "text": DIJK_WIRE},
        {"id": "b", "published": "2026-03-02T11:00", "story": "dijk", "title": "Onrust", "text": DIJK_OWN},
        {"id": "s", "published": "2026-03-03T09:00", "story": "staking", "title": "Staking", "text": STAKING_BODY},
    ]
    (folder / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    row = score_set(("blind7", tmp_path / "data", tmp_path / "texts", [], True))
    assert (row["group"], row["found"], row["false"], row["gold"]) == ("TUNE", 1, 0, 1)
    assert row["errors"] == []
    worse = dict(row, F1=row["F1"] - 0.02)
    assert table([worse], {"blind7": row})[0].endswith("<<")  # an F1 lost by more than 0.01 is marked
    assert table([row], {"blind7": row})[-2] == "TUNE sum: found 1 false 0"
    # the wire copies summed as story_metrics.duplicates scores them: no copy labelled, none predicted
    assert (row["copies"], row["copies_right"], row["gold_copies"], row["copies_found"]) == (0, 0, 0, 0)
    assert table([row])[-1] == "TUNE copies: P 1.000 (0/0) R 1.000 (0/0)"

import json

import pytest

from scripts.eval_stories import LabelError, load, main, settings_with
from scripts.story_metrics import bcubed, duplicates, pairwise
from tests.pipeline.stories.texts import DIJK_COPY, DIJK_OWN, DIJK_WIRE, STAKING_BODY


def test_bcubed_and_pairwise_by_hand():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    pred = {"a": 1, "b": 1, "c": 1, "d": 2}
    # B-cubed precision: a, b 2/3 of their predicted story share their gold story, c 1/3, d 1/1
    # -> (2/3 + 2/3 + 1/3 + 1) / 4 = 0.6667; recall: a, b 2/2, c, d 1/2 -> (1 + 1 + .5 + .5) / 4 = 0.75
    b3 = bcubed(gold, pred)
    assert (round(b3.precision, 4), round(b3.recall, 4)) == (0.6667, 0.75)
    # pairs predicted together: ab, ac, bc (1 right: ab); gold pairs: ab, cd
    pw = pairwise(gold, pred)
    assert (round(pw.precision, 4), pw.recall) == (0.3333, 0.5)


def test_duplicates_count_copy_groups_not_exact_originals():
    gold = {"a": None, "b": "a", "c": "b", "d": None}
    pred = {"a": None, "b": "a", "c": "a", "d": "a"}  # c's original is in its group: right; d is wrong
    scores = duplicates(gold, pred)
    assert (round(scores.precision, 4), scores.recall) == (0.6667, 1.0)


def test_duplicates_recall_does_not_score_which_member_of_a_group_is_the_copy():
    # a and b published in the same minute: the labeller picked b as the copy, the detector a
    gold = {"a": None, "b": "a", "c": None, "d": "c", "e": None}
    pred = {"a": "b", "b": None, "c": None, "d": None, "e": "c"}  # e is no copy of c: wrong, and d is missed
    scores = duplicates(gold, pred)
    assert (scores.precision, scores.recall) == (0.5, 0.5)


def test_duplicates_recall_counts_a_group_at_most_its_gold_copies():
    gold = {"a": None, "b": "a", "c": None}
    pred = {"a": "b", "b": "a", "c": None}  # both members marked: one gold copy found, not two
    assert duplicates(gold, pred).recall == 1.0
    gold3 = {"a": None, "b": "a", "c": "a"}
    assert duplicates(gold3, {"a": "b", "b": None, "c": None}).recall == 0.5


def write_set(tmp_path, rows, texts):
    (tmp_path / "texts").mkdir()
    with open(tmp_path / "labels.jsonl", "w") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    for article_id, text in texts.items():
        (tmp_path / "texts" / f"{article_id}.txt").write_text(text)


def row(article_id, published, story, duplicate_of=None):
    prov = {"repo": "example/none", "commit": "0" * 40, "path": "x.json", "locator": {"link": article_id}}
    return {
        "id": article_id,
        "outlet": "NOS",
        "published": published,
        "title": article_id,
        "story": story,
        "duplicate_of": duplicate_of,
        "provenance": prov,
    }


def test_a_small_labelled_set_scores_end_to_end(tmp_path, capsys):
    write_set(
        tmp_path,
        [
            row("a", "2026-03-02T10:00", "dijk"),
            row("b", "2026-03-02T11:00", "dijk", "a"),
            row("c", "2026-03-02T16:00", "dijk"),
            row("s", "2026-03-03", "staking"),
        ],
        {
            "a": "Dijk bij Zaltbommel verzakt\n" + DIJK_WIRE,
            "b": "Evacuatie na dijkverzakking\n" + DIJK_COPY,
            "c": "Onrust in sporthal na dijkverzakking Zaltbommel\n" + DIJK_OWN,
            "s": "Buschauffeurs leggen werk neer\n" + STAKING_BODY,
        },
    )
    assert main([str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 4
    assert result["duplicates"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["bcubed"]["f1"] == 1.0


def test_bad_labels_give_a_one_line_error(tmp_path, capsys):
    write_set(tmp_path, [{"id": "a", "outlet": "NOS"}], {"a": "t\nb"})
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "missing published" in err and "\n" not in err
    with pytest.raises(LabelError, match="no text"):
        (tmp_path / "texts" / "a.txt").unlink()
        (tmp_path / "labels.jsonl").write_text(json.dumps(row("a", "2026-03-02", "x")) + "\n")
        load(tmp_path)


def test_a_set_with_texts_inline_and_no_provenance_scores(tmp_path, capsys):
    """A labelled set from elsewhere may carry the text in the label and leave out outlet,
    duplicate_of and provenance: it is scored all the same (no copy labelled: none expected)."""
    rows = [
        {"id": "a", "published": "2026-03-02T10:00", "story": "dijk", "title": "Dijk verzakt", "text": DIJK_WIRE},
        {"id": "b", "published": "2026-03-02T11:00", "story": "dijk", "body": "Evacuatie\n" + DIJK_OWN},
        {"id": "s", "published": "2026-03-03", "story": "staking", "text": "Staking\n" + STAKING_BODY},
    ]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main([str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["articles"], result["gold_stories"], result["gold_duplicates"]) == (3, 2, 0)
    items = load(tmp_path)
    assert [x.article.title for x in items] == ["Dijk verzakt", "Evacuatie", "Staking"]
    assert items[0].article.outlet == "unknown" and items[1].article.body.startswith(DIJK_OWN[:20])


def test_a_label_with_a_date_only_gives_no_time_of_day(tmp_path):
    rows = [row("a", "2026-03-02", "s"), row("b", "2026-03-02T00:00:00+01:00", "s"), row("c", "2026-03-02T09:00", "s")]
    write_set(tmp_path, rows, {k: "kop\ntekst" for k in "abc"})
    timed = {x.article.article_id: x.article.timed for x in load(tmp_path)}
    assert timed == {"a": False, "b": True, "c": True}
    # --midnight-is-date: a print archive's dates written as midnight
    timed = {x.article.article_id: x.article.timed for x in load(tmp_path, midnight_is_date=True)}
    assert timed == {"a": False, "b": False, "c": True}


def test_errors_list_missed_and_false_copies_with_their_overlap(tmp_path, capsys):
    write_set(
        tmp_path,
        [
            row("a", "2026-03-02T10:00", "dijk"),
            row("b", "2026-03-02T11:00", "dijk"),  # a copy of a, not labelled one: a false copy
            row("c", "2026-03-02T16:00", "dijk", "a"),  # labelled a copy, but its own reporting: a missed one
        ],
        {
            "a": "Dijk bij Zaltbommel verzakt\n" + DIJK_WIRE,
            "b": "Evacuatie na dijkverzakking\n" + DIJK_COPY,
            "c": "Onrust in sporthal na dijkverzakking Zaltbommel\n" + DIJK_OWN,
        },
    )
    assert main([str(tmp_path), "--errors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    false = next(line for line in lines if line.startswith("FALSE COPY b (NOS) -> a (NOS): shingles"))
    missed = next(line for line in lines if line.startswith("MISSED COPY c (NOS) -> a (NOS): shingles"))
    assert "jaccard" in false and "containment" in missed and "lead" in missed


def test_set_reads_a_switch_as_true_or_false_not_as_any_text():
    assert settings_with(["rescue_name_terms=False"]).rescue_name_terms is False
    assert settings_with(["rescue_name_terms=true"]).rescue_name_terms is True
    with pytest.raises(LabelError, match="true or false"):
        settings_with(["rescue_name_terms=maybe"])

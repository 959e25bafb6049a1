"""`brief eval`: scores computed correctly on known cases; the command end to end on tiny models."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.quality.evaluate import read_references, score
from tests.conftest import BRIEF, ROOT, model_args


def test_identical_output_scores_perfectly() -> None:
    refs = ["The cabinet has fallen.", "New elections will be held in March."]
    scores = score(refs, refs, ["The cabinet fell."], ["The cabinet fell."])
    assert scores.bleu == pytest.approx(100) and scores.chrf == pytest.approx(100)
    assert (
        scores.rouge1 == pytest.approx(100)
        and scores.rouge2 == pytest.approx(100)
        and scores.rougeL == pytest.approx(100)
    )


def test_scores_match_the_libraries_on_a_known_case() -> None:
    import sacrebleu
    from rouge_score import rouge_scorer

    hyps = ["the cabinet fell on tuesday", "elections follow in march"]
    refs = ["the cabinet fell on monday", "new elections follow in march"]
    scores = score(hyps, refs, ["the cabinet fell"], ["the government fell on monday"])
    assert scores.bleu == pytest.approx(sacrebleu.corpus_bleu(hyps, [refs]).score)
    assert scores.chrf == pytest.approx(sacrebleu.corpus_chrf(hyps, [refs]).score)
    # ROUGE-1 by hand: 2 of 3 hypothesis words match, 2 of 5 reference words -> F1 = 2PR/(P+R) = 0.5
    assert scores.rouge1 == pytest.approx(50.0)
    expected = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True).score(
        "the government fell on monday", "the cabinet fell"
    )
    assert scores.rougeL == pytest.approx(100 * expected["rougeL"].fmeasure)
    assert 0 < scores.bleu < 100 and 0 < scores.chrf < 100


def test_bad_reference_files_are_one_line_errors(tmp_path: Path) -> None:
    for content, fragment in [
        ("", "empty"),
        ("dutch\tenglish\nx\ty\n", "nl and en"),
        ("nl\ten\n", "no rows"),
        ("nl\ten\tsummary_ref\nalleen nl\n", "line 2"),
    ]:
        path = tmp_path / "refs.tsv"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(InputError, match=fragment):
            read_references(path)
    with pytest.raises(InputError, match="no such file"):
        read_references(tmp_path / "nergens.tsv")


def test_eval_command_on_tiny_models(tiny_settings, terse_marian: Path, tmp_path: Path) -> None:
    # the terse translator (tests/conftest.py) writes a word a sentence: the command's run and its
    # report are checked, not the scores
    tiny_settings = tiny_settings.model_copy(update={"translator": str(terse_marian)})
    refs = tmp_path / "refs.tsv"
    refs.write_text(
        "nl\ten\tsummary_ref\n"
        "Het kabinet is gevallen. Er komen verkiezingen.\tThe cabinet has fallen. There will be elections.\tThe cabinet fell.\n"
        "Rusland trekt troepen samen.\tRussia is massing troops.\t\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [*BRIEF, "eval", "--refs", str(refs), *model_args(tiny_settings)[:6], "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rows"] == 2 and result["summaries"] == 1 and result["backend"] == "torch"
    missing = subprocess.run(
        [*BRIEF, "eval", "--refs", str(tmp_path / "x.tsv")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert missing.returncode == 2 and missing.stderr.startswith("brief: error:") and "Traceback" not in missing.stderr

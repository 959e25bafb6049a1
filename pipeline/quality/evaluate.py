"""Quality check against references: BLEU and chrF (sacrebleu) for translations, ROUGE
(rouge-score) for summaries — so a user with the real weights can compare backends on their data.

References come from a TSV file with a header row: `nl`, `en` and optionally `summary_ref`. Each row
is one text (a sentence or a whole article): its Dutch source, a reference English translation,
and optionally a reference English summary.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError


@dataclass(frozen=True)
class Reference:
    nl: str
    en: str
    summary_ref: str | None = None


@dataclass(frozen=True)
class Scores:
    rows: int
    bleu: float
    chrf: float
    summaries: int = 0
    rouge1: float | None = None
    rouge2: float | None = None
    rougeL: float | None = None


def read_references(path: Path) -> list[Reference]:
    """Parse the TSV; InputError with a one-line reason if it is not usable."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file — pass a TSV with columns nl, en[, summary_ref]") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder — pass a TSV file with columns nl, en[, summary_ref]") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        raise InputError(f"{path}: empty — the first line must name the columns: nl, en[, summary_ref]")
    header = [h.strip().lower() for h in rows[0]]
    if "nl" not in header or "en" not in header:
        other = next((mark for mark in (",", ";", "|") if len(header) == 1 and mark in header[0]), None)
        if other:  # a CSV: one column named "nl,en"
            raise InputError(f"{path}: the columns are separated by '{other}' — separate them with tabs (a TSV)")
        raise InputError(
            f"{path}: the header must name the columns nl and en (found: {', '.join(header) or 'nothing'})"
        )
    index = {name: header.index(name) for name in ("nl", "en", "summary_ref") if name in header}
    references: list[Reference] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            cells = f"{len(row)} column{'' if len(row) == 1 else 's'}"
            raise InputError(
                f"{path}: line {number} has {cells}, the header {len(header)} — separate the columns with tabs"
            )
        summary = row[index["summary_ref"]].strip() if "summary_ref" in index else ""
        references.append(Reference(row[index["nl"]].strip(), row[index["en"]].strip(), summary or None))
    if not references:
        raise InputError(f"{path}: no rows below the header")
    return references


def score(
    hypotheses: Sequence[str],
    references: Sequence[str],
    summaries: Sequence[str] = (),
    summary_refs: Sequence[str] = (),
) -> Scores:
    """Corpus BLEU and chrF of the translations; mean ROUGE-1/2/L F1 of the summaries."""
    import sacrebleu

    bleu = sacrebleu.corpus_bleu(list(hypotheses), [list(references)]).score
    chrf = sacrebleu.corpus_chrf(list(hypotheses), [list(references)]).score
    if not summaries:
        return Scores(len(hypotheses), bleu, chrf)
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    results = [scorer.score(ref, hyp) for hyp, ref in zip(summaries, summary_refs)]
    mean = lambda key: 100 * sum(r[key].fmeasure for r in results) / len(results)
    return Scores(len(hypotheses), bleu, chrf, len(results), mean("rouge1"), mean("rouge2"), mean("rougeL"))


def evaluate(references: Sequence[Reference], translator, summarizer=None) -> Scores:
    """Translate every `nl` (split into sentences as a brief would) and summarize the translations
    of the rows that have a reference summary."""
    from pipeline.text.segment import split_sentences

    hypotheses: list[str] = []
    for reference in references:
        sentences = [s for paragraph in reference.nl.split("\n") for s in split_sentences(paragraph)] or [reference.nl]
        hypotheses.append(" ".join(t.text for t in translator.translate_sentences(sentences)))
    with_summary = [(h, r.summary_ref) for h, r in zip(hypotheses, references) if r.summary_ref]
    summaries: list[str] = []
    if summarizer is not None and with_summary:
        summaries = [summarizer.summarize([h]).text for h, _ in with_summary]
    return score(hypotheses, [r.en for r in references], summaries, [ref for _, ref in with_summary][: len(summaries)])


def format_scores(scores: Scores, backend: str) -> str:
    lines = [f"backend: {backend}", f"rows: {scores.rows}", f"BLEU: {scores.bleu:.2f}", f"chrF: {scores.chrf:.2f}"]
    if scores.summaries:
        lines += [
            f"summaries: {scores.summaries}",
            f"ROUGE-1: {scores.rouge1:.2f}",
            f"ROUGE-2: {scores.rouge2:.2f}",
            f"ROUGE-L: {scores.rougeL:.2f}",
        ]
    return "\n".join(lines)

"""Score sentence segmentation: raw syntok vs `pipeline.text.segment` on gold and case sets.

Usage:  .venv/bin/python scripts/eval_segmentation.py [--gold D] [--seeds D] [--stress F]
            [--blind F] [--dev F] [--heldout F] [--only SET] [-v]

Gold (see /work/shared/gold/README.md): one JSON per seed article, a list of paragraphs (the
blank-line-separated blocks), each a list of sentences that are exact stripped substrings of the
paragraph.  A boundary is the character offset (within its paragraph) where a sentence starts,
the first sentence excluded.  `optional_boundaries.json` lists `[paragraph, k]` pairs (boundary k
lies between sentence k-1 and k) that may be split or not:

* strict  — optional boundaries count as required;
* lenient — optional boundaries are removed from both gold and prediction.

A paragraph that starts with a ` date YYYY-MM ` marker is segmented without it (the reader stage
strips it into metadata); the marker's boundary is then added back as gold has it.

Case sets are lists of {"id", "paragraph", "sentences"} (optionally "optional_boundaries": sentence
indices k whose start may be split or not), scored by exact match of the whole sentence list and
by strict and lenient boundary P/R/F1:

* stress  (`tests/data/segment_stress.json`) — hand-written hard cases, one rule each;
* blind   (`tests/data/segment_blind.json`) — written without looking at the segmenter, see
  `scripts/blind_segmentation_report.md`;
* dev     (`tests/data/segment_dev.json`) — scraped-style paragraphs in 26 article shapes;
* heldout (`tests/data/segment_heldout.json`) — a second blind set, scored once before any
  change made after seeing it (see the report);
* heldout2 (`tests/data/segment_heldout2.json`) — a third blind set, written after the fixes and
  scored once, never used to change a rule ("optional_offsets": character offsets where a split is
  acceptable either way).

The scoring helpers are importable (tests/pipeline/text/test_segment.py uses them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.text.segment import sentence_spans  # noqa: E402

GOLD_DIR = ROOT.parent / "shared" / "gold"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
STRESS_FILE = ROOT / "tests" / "data" / "segment_stress.json"
BLIND_FILE = ROOT / "tests" / "data" / "segment_blind.json"
DEV_FILE = ROOT / "tests" / "data" / "segment_dev.json"
HELDOUT_FILE = ROOT / "tests" / "data" / "segment_heldout.json"
HELDOUT2_FILE = ROOT / "tests" / "data" / "segment_heldout2.json"

DATE_MARKER = re.compile(r"^\s*date \d{4}-\d{2}\s+")
_PARAGRAPH_SEP = re.compile(r"\n[ \t\u00a0]*\n\s*")

Spans = list[tuple[int, int]]
Segmenter = Callable[[str], Spans]


# ------------------------------------------------------------------------------------------
# Segmenters under comparison
# ------------------------------------------------------------------------------------------


def syntok_spans(paragraph: str) -> Spans:
    """Raw syntok baseline (syntok.segmenter.analyze, as documented), as character spans."""
    from syntok import segmenter

    spans: Spans = []
    for syntok_paragraph in segmenter.analyze(paragraph):
        for sentence in syntok_paragraph:
            tokens = [token for token in sentence if token.value]
            if tokens:
                spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return spans


SEGMENTERS: dict[str, Segmenter] = {"syntok": syntok_spans, "ours": sentence_spans}


# ------------------------------------------------------------------------------------------
# Gold loading
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldParagraph:
    """One paragraph with its gold boundaries (sentence start offsets, first excluded)."""

    article: str
    index: int
    text: str
    sentences: tuple[str, ...]
    boundaries: frozenset[int]
    optional: frozenset[int]


def split_paragraphs(text: str) -> list[str]:
    """The blank-line-separated blocks of an article, in order (empty blocks dropped)."""
    return [block for block in _PARAGRAPH_SEP.split(text) if block.strip()]


def sentence_starts(paragraph: str, sentences: Sequence[str]) -> list[int]:
    """Offsets of `sentences` found in order as exact substrings of `paragraph`."""
    starts, cursor = [], 0
    for sentence in sentences:
        found = paragraph.find(sentence, cursor)
        if found < 0:
            raise ValueError(f"gold sentence not found in paragraph: {sentence!r}")
        starts.append(found)
        cursor = found + len(sentence)
    return starts


def load_gold(gold_dir: Path = GOLD_DIR, seeds_dir: Path = SEEDS_DIR) -> list[GoldParagraph]:
    """All gold paragraphs of all seed articles, aligned with the seed texts."""
    optional_all = json.loads((gold_dir / "optional_boundaries.json").read_text(encoding="utf-8"))
    paragraphs: list[GoldParagraph] = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        if gold_file.name == "optional_boundaries.json":
            continue
        article = gold_file.stem
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        blocks = split_paragraphs((seeds_dir / f"{article}.txt").read_text(encoding="utf-8"))
        if len(blocks) != len(gold):
            raise ValueError(f"{article}: {len(blocks)} paragraphs in seed, {len(gold)} in gold")
        optional_pairs = {tuple(pair) for pair in optional_all.get(article, [])}
        for index, (text, sentences) in enumerate(zip(blocks, gold)):
            starts = sentence_starts(text, sentences)
            paragraphs.append(
                GoldParagraph(
                    article=article,
                    index=index,
                    text=text,
                    sentences=tuple(sentences),
                    boundaries=frozenset(starts[1:]),
                    optional=frozenset(starts[k] for k in range(1, len(starts)) if (index, k) in optional_pairs),
                )
            )
    return paragraphs


# ------------------------------------------------------------------------------------------
# Scoring
# ------------------------------------------------------------------------------------------


def predicted_boundaries(paragraph: GoldParagraph, segmenter: Segmenter) -> frozenset[int]:
    """Boundaries predicted for a gold paragraph, with the date-marker convention applied."""
    marker = DATE_MARKER.match(paragraph.text)
    offset = marker.end() if marker else 0
    spans = segmenter(paragraph.text[offset:])
    found = {start + offset for start, _ in spans[1:]}
    if marker and offset in paragraph.boundaries:
        found.add(offset)
    return frozenset(found)


@dataclass
class Score:
    """Boundary counts and the derived precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: frozenset[int], predicted: frozenset[int], label: str, text: str) -> None:
        self.tp += len(gold & predicted)
        for kind, offsets in (("FP", predicted - gold), ("FN", gold - predicted)):
            for offset in sorted(offsets):
                self.errors.append(f"{kind} {label} @{offset}: {_context(text, offset)}")
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def score_gold(paragraphs: Iterable[GoldParagraph], segmenter: Segmenter) -> tuple[Score, Score]:
    """(strict, lenient) boundary scores of `segmenter` over gold paragraphs."""
    strict, lenient = Score(), Score()
    for paragraph in paragraphs:
        predicted = predicted_boundaries(paragraph, segmenter)
        label = f"{paragraph.article}#{paragraph.index}"
        strict.add(paragraph.boundaries, predicted, label, paragraph.text)
        lenient.add(
            paragraph.boundaries - paragraph.optional,
            predicted - paragraph.optional,
            label,
            paragraph.text,
        )
    return strict, lenient


def load_cases(path: Path) -> list[dict]:
    """Cases {"id", "paragraph", "sentences"[, "optional_boundaries"]}: a list or {"cases": [...]}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["cases"] if isinstance(data, dict) else data


@dataclass
class CaseScore:
    """Scores of a list of cases: exact match of whole sentence lists, boundary P/R/F1."""

    total: int = 0
    failed: list[str] = field(default_factory=list)
    strict: Score = field(default_factory=Score)
    lenient: Score = field(default_factory=Score)

    @property
    def exact(self) -> float:
        return (self.total - len(self.failed)) / self.total if self.total else 1.0


def score_cases(cases: Sequence[dict], segmenter: Segmenter) -> CaseScore:
    """Exact match and (strict, lenient) boundary scores; a case's "optional_boundaries" indices
    k mark boundaries that may be split or not (lenient removes them from gold and prediction)."""
    result = CaseScore(total=len(cases))
    for case in cases:
        text = case["paragraph"]
        spans = segmenter(text)
        if [text[start:end] for start, end in spans] != case["sentences"]:
            result.failed.append(case["id"])
        starts = sentence_starts(text, case["sentences"])
        gold, predicted = frozenset(starts[1:]), frozenset(start for start, _ in spans[1:])
        optional = frozenset(starts[k] for k in case.get("optional_boundaries", ())) | frozenset(
            _next_char(text, offset) for offset in case.get("optional_offsets", ())
        )
        result.strict.add(gold, predicted, case["id"], text)
        result.lenient.add(gold - optional, predicted - optional, case["id"], text)
    return result


def _next_char(text: str, offset: int) -> int:
    """An offset moved past white space: where a sentence would start."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _context(text: str, offset: int, width: int = 30) -> str:
    left = text[max(0, offset - width) : offset].replace("\n", " ")
    right = text[offset : offset + width].replace("\n", " ")
    return f"…{left}|{right}…"


# ------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------


CASE_SETS = {
    "stress": STRESS_FILE,
    "blind": BLIND_FILE,
    "dev": DEV_FILE,
    "heldout": HELDOUT_FILE,
    "heldout2": HELDOUT2_FILE,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    for name, default in CASE_SETS.items():
        parser.add_argument(f"--{name}", type=Path, default=default, help=f"{name} cases (JSON)")
    parser.add_argument("--only", choices=list(CASE_SETS), help="score only this case set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)

    names = [args.only] if args.only else list(CASE_SETS)
    sets = {name: load_cases(getattr(args, name)) for name in names if getattr(args, name).exists()}
    gold = [] if args.only else load_gold(args.gold, args.seeds)
    print(f"gold: {len(gold)} paragraphs; " + "; ".join(f"{name}: {len(c)} cases" for name, c in sets.items()))
    header = f"{'segmenter':<10} {'set':<16} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"
    print(header)
    print("-" * len(header))
    details: list[str] = []
    for name, segmenter in SEGMENTERS.items():
        if gold:
            strict, lenient = score_gold(gold, segmenter)
            print(_row(name, "gold strict", strict))
            print(_row(name, "gold lenient", lenient))
            details += [f"[{name}] gold-strict {error}" for error in strict.errors]
        for set_name, cases in sets.items():
            result = score_cases(cases, segmenter)
            print(_row(name, f"{set_name} strict", result.strict))
            print(_row(name, f"{set_name} lenient", result.lenient))
            passed = result.total - len(result.failed)
            print(f"{name:<10} {set_name + ' exact':<16} {result.exact:6.3f}  ({passed}/{result.total})")
            details += [f"[{name}] {set_name} {error}" for error in result.strict.errors]
    if args.verbose:
        print()
        print("\n".join(details))
    return 0


def _row(name: str, label: str, score: Score) -> str:
    return (
        f"{name:<10} {label:<16} {score.precision:6.3f} {score.recall:6.3f} "
        f"{score.f1:6.3f}   {score.tp:4d} {score.fp:4d} {score.fn:4d}"
    )


if __name__ == "__main__":
    raise SystemExit(main())

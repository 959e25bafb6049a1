"""Measure the number and name fidelity check (pipeline.quality.fidelity).

- false positives: sentences of the English references of the seeds (tests/data/seed_references.tsv,
  written by hand) that the check flags;
- precision and recall on faulty translations derived from those references (each number of the
  English dropped, or one digit of it altered; each kept name dropped) plus the hand-written cases of
  tests/data/fidelity_cases.tsv (correct conversions and faulty ones).

    python -m scripts.fidelity_report
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.quality.fidelity import check_sentence
from pipeline.quality.names import english_forms, fold

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
REFERENCES = DATA / "seed_references.tsv"
CASES = DATA / "fidelity_cases.tsv"
_ENGLISH_NUMBER = re.compile(r"(?<![\w/@#.,])\d[\d,.:]*\d|(?<![\w/@#.,])\d")


@dataclass(frozen=True)
class Case:
    nl: str
    en: str
    faulty: bool
    kind: str  # reference, crafted, number dropped, number altered, name dropped


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def flags(case: Case) -> bool:
    check = check_sentence(case.nl, case.en)
    return bool(check.missing_numbers or check.missing_names)


def derived_faults(nl: str, en: str) -> list[Case]:
    """Faulty versions of a correct translation: each of its numbers dropped or altered, each kept name dropped."""
    faults = []
    dutch_digits = {re.sub(r"\D", "", m) for m in re.findall(r"\d[\d.,:]*", nl)}
    for match in _ENGLISH_NUMBER.finditer(en):
        token = match.group(0)
        if re.sub(r"\D", "", token) not in dutch_digits:
            continue  # not a number of the Dutch (the check does not ask for it)
        before, after = en[: match.start()], en[match.end() :]
        altered = str((int(token[0]) + 1) % 10 or 1) + token[1:]
        faults.append(Case(nl, re.sub(r"\s+", " ", before + after), True, "number dropped"))
        faults.append(Case(nl, before + altered + after, True, "number altered"))
    folded = fold(en)
    for name in dict.fromkeys(check_sentence(nl, en).names):
        forms = [f for f in english_forms(name) if re.search(r"(?<!\w)" + re.escape(f), folded)]
        if not forms:
            continue
        dropped = en
        for form in forms:
            dropped = re.sub(r"(?<!\w)" + re.escape(form) + r"[\w'’]*", "", dropped, flags=re.IGNORECASE)
        faults.append(Case(nl, dropped, True, "name dropped"))
    return faults


def cases() -> list[Case]:
    found = []
    for row in read_rows(REFERENCES):
        found.append(Case(row["nl"], row["en"], False, "reference"))
        found.extend(derived_faults(row["nl"], row["en"]))
    found += [Case(r["nl"], r["en"], r["expect"] == "flag", "crafted") for r in read_rows(CASES)]
    return found


def measure(selection: list[Case]) -> dict[str, float]:
    tp = sum(1 for c in selection if c.faulty and flags(c))
    fn = sum(1 for c in selection if c.faulty and not flags(c))
    fp = sum(1 for c in selection if not c.faulty and flags(c))
    tn = sum(1 for c in selection if not c.faulty and not flags(c))
    return {
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_positive_rate": fp / (fp + tn) if fp + tn else 0.0,
    }


def main() -> None:
    everything = cases()
    groups = {
        "seed references (correct)": [c for c in everything if c.kind == "reference"],
        "crafted cases": [c for c in everything if c.kind == "crafted"],
        "derived from references": [
            c for c in everything if c.kind in ("reference",) or c.faulty and c.kind != "crafted"
        ],
        "all": everything,
    }
    for kind in ("number dropped", "number altered", "name dropped"):
        groups[kind] = [c for c in everything if c.kind == kind]
    for name, selection in groups.items():
        m = measure(selection)
        print(
            f"{name:28} n={len(selection):4}  tp={m['tp']:4} fn={m['fn']:3} fp={m['fp']:3} tn={m['tn']:4}  "
            f"precision={m['precision']:.3f} recall={m['recall']:.3f} fp_rate={m['false_positive_rate']:.3f}"
        )


if __name__ == "__main__":
    main()

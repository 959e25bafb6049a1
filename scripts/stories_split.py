"""Score the story clusterer on the development sets split into TUNE and CHECK (issue 19's held-out discipline).

Usage:  .venv/bin/python scripts/stories_split.py [--group TUNE|CHECK] [--set NAME=VALUE ...] [--jobs N]
            [--json OUT] [--compare BEFORE.json] [--errors SET]

The development sets are tests/data/stories_* without stories_blind5, the held-out names (`HELD_OUT_NAMES`) and
any folder holding a file HELD_OUT; texts in /work/data/stories-SET/texts (`--data`). TUNE: stories_blind33,
stories_blind35, every set whose number is odd, stories_dev. CHECK: every other numbered set (stories_blind34 and
the even ones) and stories_dev5. Per set: pairwise P/R/F1, B-cubed F1 and the pair counts (same-story pairs found,
false pairs, gold pairs); per group their sums. CHECK sets are scored in aggregate only: `--errors` prints the
mixed and split stories (`eval_stories.errors`) of a TUNE set and refuses a CHECK set. `--compare` prints each set's
F1, precision and pair counts before -> after, and marks a set whose F1 falls by more than 0.01 or whose precision
falls below 0.92 from above.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from scripts.story_metrics import bcubed, copy_counts, pair_counts, pairwise  # noqa: E402

HELD_OUT_NAMES = frozenset(("blind5",))  # held out for good; a stop's fresh sets hold a HELD_OUT file until scored
TUNE_NAMED = frozenset(("blind33", "blind35", "dev"))
CHECK_NAMED = frozenset(("blind34", "dev5"))
PRECISION_BAR = 0.92
F1_LOSS = 0.01


def group(name: str) -> str:
    """TUNE or CHECK for a set's name without its "stories_" ("blind17", "dev")."""
    if name in TUNE_NAMED:
        return "TUNE"
    if name in CHECK_NAMED:
        return "CHECK"
    number = name.removeprefix("blind")
    if not number.isdigit():
        raise ValueError(f"{name}: neither TUNE nor CHECK")
    return "TUNE" if int(number) % 2 else "CHECK"


def development_sets(data: Path) -> list[str]:
    """The names of the development sets under `data` (tests/data), held-out ones skipped before any is read."""
    names = []
    for folder in sorted(data.iterdir()):
        name = folder.name.removeprefix("stories_")
        if not folder.name.startswith("stories_") or name in HELD_OUT_NAMES:
            continue
        if (folder / "HELD_OUT").exists():
            continue
        names.append(name)
    return names


def tune_sets(parser, asked: list[str], data: Path) -> list[str]:
    """The TUNE sets a tracing script reads: those `asked` (each a development set), else every TUNE set; anything
    else ends the script through `parser.error` (a held-out set is never read, a CHECK set's pairs never shown)."""
    known = development_sets(data)  # held-out sets left out before any is read
    if unknown := [n for n in asked if n not in known]:
        parser.error(f"{', '.join(unknown)}: no development set (held out, or no tests/data/stories_NAME)")
    names = asked or [n for n in known if group(n) == "TUNE"]
    if any(group(n) != "TUNE" for n in names):
        parser.error("TUNE sets only")
    return names


def load_set(name: str, data: Path, texts: Path) -> list[ev.Labelled]:
    """The labelled articles of a set (`name` without "stories_"): labels under `data`, texts under `texts`, dates
    at midnight read as dates when its README says `--midnight-is-date`."""
    folder = data / f"stories_{name}"
    readme = folder / "README.md"
    midnight = readme.is_file() and "--midnight-is-date" in readme.read_text(encoding="utf-8")
    return ev.load(folder, texts / f"stories-{name}" / "texts", midnight)


def score_set(job: tuple[str, Path, Path, list[str], bool]) -> dict:
    name, data, texts, overrides, with_errors = job
    items = load_set(name, data, texts)
    story, copy, _ = ev.run(items, ev.settings_with(overrides))
    gold = {x.article.article_id: x.story for x in items}
    found, false, gold_pairs = pair_counts(gold, story)
    p, b = pairwise(gold, story), bcubed(gold, story)
    row = {"set": name, "group": group(name), "P": p.precision, "R": p.recall, "F1": p.f1, "B3": b.f1}
    row |= {"found": found, "false": false, "gold": gold_pairs}
    row |= copy_counts({x.article.article_id: x.duplicate_of for x in items}, copy)
    if with_errors:
        row["errors"] = ev.errors(items, story)
    return row


def copy_sums(rows: list[dict]) -> str:
    """Wire-copy precision and recall over the rows' summed counts (`story_metrics.copy_counts`)."""
    right, predicted = sum(r["copies_right"] for r in rows), sum(r["copies"] for r in rows)
    found, gold = sum(r["copies_found"] for r in rows), sum(r["gold_copies"] for r in rows)
    p, r = right / predicted if predicted else 1.0, found / gold if gold else 1.0
    return f"P {p:.3f} ({right}/{predicted}) R {r:.3f} ({found}/{gold})"


def table(rows: list[dict], before: dict[str, dict] | None = None) -> list[str]:
    lines = []
    for g in ("TUNE", "CHECK"):
        mine = [r for r in rows if r["group"] == g]
        old = [before[r["set"]] for r in mine if before and "copies" in before.get(r["set"], {})]
        for r in mine:
            line = f"{g:5} {r['set']:8} P {r['P']:.3f} R {r['R']:.3f} F1 {r['F1']:.3f} B3 {r['B3']:.4f}"
            line += f" found {r['found']} false {r['false']} gold {r['gold']}"
            if before and r["set"] in before:
                b = before[r["set"]]
                worse = r["F1"] < b["F1"] - F1_LOSS or r["P"] < PRECISION_BAR <= b["P"]
                line += f"  (F1 {b['F1']:.3f}, P {b['P']:.3f}, found {b['found']}, false {b['false']}){' <<' * worse}"
            lines.append(line)
        if mine:
            lines.append(f"{g} sum: found {sum(r['found'] for r in mine)} false {sum(r['false'] for r in mine)}")
            lines.append(f"{g} copies: {copy_sums(mine)}" + (f"  (before: {copy_sums(old)})" if old else ""))
    return lines


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The options of a run over the development sets, kept once for the scripts that score them by group
    (this one, stories_days): --group, --set NAME=VALUE, --jobs, --json OUT, --compare BEFORE.json, --data, --texts."""
    parser.add_argument("--group", choices=("TUNE", "CHECK"))
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--texts", type=Path, default=Path("/work/data"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_options(parser)
    parser.add_argument("--errors", metavar="SET")
    args = parser.parse_args(argv)
    if args.errors:
        try:
            errors_group = group(args.errors)
        except ValueError as error:
            parser.error(f"--errors: {error} (name a development set as 'blind17' or 'dev')")
        if errors_group != "TUNE":
            parser.error(f"--errors {args.errors}: a CHECK set is scored in aggregate only")
    names = [n for n in development_sets(args.data) if not args.group or group(n) == args.group]
    if args.errors:
        names = [n for n in names if n == args.errors]
    jobs = [(n, args.data, args.texts, args.overrides, bool(args.errors)) for n in names]
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        rows = list(pool.map(score_set, jobs))
    if args.json:
        args.json.write_text(json.dumps([{k: v for k, v in r.items() if k != "errors"} for r in rows], indent=1))
    before = {r["set"]: r for r in json.loads(args.compare.read_text())} if args.compare else None
    print("\n".join(table(rows, before)))
    for line in (line for r in rows for line in r.get("errors", [])):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

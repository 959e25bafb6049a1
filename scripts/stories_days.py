"""Split each development set's pair counts into same-day and cross-day pairs (issue 19: a story runs for days).

Usage:  .venv/bin/python scripts/stories_days.py [--group TUNE|CHECK] [--set NAME=VALUE ...] [--jobs N]
            [--json OUT] [--compare BEFORE.json] [--pairs SET]

A pair of articles is `cross` when their `published` (labels) fall on different Amsterdam calendar days and lie more
than `CROSS_HOURS` apart, else `same` (a pair either side of midnight a few hours apart counts as same-day). Only
sets holding at least one cross pair of articles at all are run (read from the labels alone). Per set and per group
(`stories_split.group`: TUNE / CHECK): found (same-story pairs the clusterer joins), false (joined, gold apart) and
gold pairs of each part, and the cross part's pairwise F1. `--compare` prints the cross counts before -> after.
`--pairs SET` lists the cross-day pairs of a TUNE set the clusterer missed or made falsely (CHECK sets refused:
their sums alone are read).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from scripts.stories_split import add_run_options, development_sets, group, load_set  # noqa: E402
from scripts.story_metrics import pairs_prf  # noqa: E402

CROSS_HOURS = 12
PARTS = ("same", "cross")


def part_of(a: ev.Labelled, b: ev.Labelled) -> str:
    """`cross` for two articles on different local days more than CROSS_HOURS apart, else `same`."""
    one, two = a.article.published.astimezone(ev.LOCAL), b.article.published.astimezone(ev.LOCAL)
    apart = abs(one - two) > timedelta(hours=CROSS_HOURS)
    return "cross" if apart and one.date() != two.date() else "same"


def spans_days(labels: Path) -> bool:
    """Whether two articles of a labels.jsonl lie more than CROSS_HOURS apart on different days (first and last)."""
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    times = sorted(ev.parse_time(str(r["published"])).astimezone(ev.LOCAL) for r in rows)
    return (
        len(times) > 1 and times[-1] - times[0] > timedelta(hours=CROSS_HOURS) and times[0].date() != times[-1].date()
    )


def split_counts(items: list[ev.Labelled], story: dict[str, int]) -> tuple[dict[str, int], list[tuple]]:
    """Counts `{part}_found`, `{part}_false`, `{part}_gold` and the cross pairs missed or made falsely."""
    counts = {f"{p}_{k}": 0 for p in PARTS for k in ("found", "false", "gold")}
    wrong = []
    for a, b in combinations(items, 2):
        part = part_of(a, b)
        gold = a.story == b.story
        joined = story[a.article.article_id] == story[b.article.article_id]
        counts[f"{part}_gold"] += gold
        counts[f"{part}_found"] += gold and joined
        counts[f"{part}_false"] += joined and not gold
        if part == "cross" and gold != joined:
            wrong.append(("missed" if gold else "false", a, b))
    return counts, wrong


def f1(found: int, false: int, gold: int) -> float:
    """The pairwise F1 of a part's counts, as the scorer's pairwise (story_metrics.pairs_prf: one implementation)."""
    return pairs_prf(found, false, gold).f1


def score_set(job: tuple[str, Path, Path, list[str], bool]) -> dict:
    name, data, texts, overrides, with_pairs = job
    items = load_set(name, data, texts)
    story, _, _ = ev.run(items, ev.settings_with(overrides))
    counts, wrong = split_counts(items, story)
    row = {"set": name, "group": group(name), **counts}
    if with_pairs:
        row["pairs"] = [pair_line(kind, a, b, story) for kind, a, b in wrong]
    return row


def pair_line(kind: str, a: ev.Labelled, b: ev.Labelled, story: dict[str, int]) -> str:
    def one(x: ev.Labelled) -> str:
        when = x.article.published.astimezone(ev.LOCAL)
        return f"{when:%m-%d %H:%M} [{x.story[:24]}|{story[x.article.article_id]}] {x.article.title[:70]}"

    return f"{kind.upper():6} {one(a)}\n       {one(b)}"


def cross_text(row: dict, before: dict | None = None) -> str:
    found, false, gold = row["cross_found"], row["cross_false"], row["cross_gold"]
    text = f"cross found {found} false {false} gold {gold} F1 {f1(found, false, gold):.3f}"
    if before:
        bf, bx, bg = before["cross_found"], before["cross_false"], before["cross_gold"]
        text += f"  (before: found {bf} false {bx} F1 {f1(bf, bx, bg):.3f})"
    return text


def table(rows: list[dict], before: dict[str, dict] | None = None) -> list[str]:
    lines = []
    for g in ("TUNE", "CHECK"):
        mine = [r for r in rows if r["group"] == g]
        for r in mine:
            same = f"same found {r['same_found']} false {r['same_false']} gold {r['same_gold']}"
            lines.append(f"{g:5} {r['set']:8} {same} | {cross_text(r, (before or {}).get(r['set']))}")
        if mine:
            sums = {k: sum(r[k] for r in mine) for k in mine[0] if k.endswith(("found", "false", "gold"))}
            old = [before[r["set"]] for r in mine if before and r["set"] in before]
            old_sums = {k: sum(r[k] for r in old) for k in sums} if old else None
            same = f"same found {sums['same_found']} false {sums['same_false']} gold {sums['same_gold']}"
            lines.append(f"{g} sum: {same} | {cross_text(sums, old_sums)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_options(parser)
    parser.add_argument("--pairs", metavar="SET")
    args = parser.parse_args(argv)
    known = development_sets(args.data)  # held-out sets left out before any is read
    if args.pairs and (args.pairs not in known or group(args.pairs) != "TUNE"):
        parser.error(f"--pairs {args.pairs}: a TUNE development set only (CHECK sets are scored in aggregate)")
    names = [n for n in known if not args.group or group(n) == args.group]
    names = [n for n in names if n == args.pairs] if args.pairs else names
    names = [n for n in names if spans_days(args.data / f"stories_{n}" / "labels.jsonl")]
    jobs = [(n, args.data, args.texts, args.overrides, bool(args.pairs)) for n in names]
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        rows = list(pool.map(score_set, jobs))
    if args.json:
        args.json.write_text(json.dumps([{k: v for k, v in r.items() if k != "pairs"} for r in rows], indent=1))
    before = {r["set"]: r for r in json.loads(args.compare.read_text())} if args.compare else None
    print("\n".join(table(rows, before)))
    for line in (line for r in rows for line in r.get("pairs", [])):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

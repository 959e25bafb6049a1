"""Same-story pairs found, by the size of their gold story, on the development sets (issue 19: the held-out set is
most likely made of small stories, two to five articles).

Usage:  .venv/bin/python scripts/stories_bysize.py OUT.json [--set NAME=VALUE ...] [--compare BEFORE.json] [--jobs N]

One run per development set (`stories_split.development_sets`: held-out sets skipped before any is read) gives the
rows of `stories_split.py --json` (pairwise P/R/F1, B-cubed, pairs found, false, gold) and, per set, the gold pairs
and those found of stories of 2, of 3-5 and of 6+ articles; printed: `stories_split`'s table (with `--compare`, the
marks of a set whose F1 falls by more than 0.01 or whose precision falls below 0.92) and per group the size table
(aggregates only, as CHECK sets may be read).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from scripts.stories_split import development_sets, group, load_set, table  # noqa: E402
from scripts.story_metrics import bcubed, pair_counts, pairwise  # noqa: E402

SIZES = ("2", "3-5", "6+")


def size_class(size: int) -> str:
    return "2" if size == 2 else "3-5" if size <= 5 else "6+"


def score_set(job: tuple[str, Path, Path, list[str]]) -> dict:
    name, data, texts, overrides = job
    items = load_set(name, data, texts)
    story, _, _ = ev.run(items, ev.settings_with(overrides))
    gold = {x.article.article_id: x.story for x in items}
    found, false, gold_pairs = pair_counts(gold, story)
    p, b = pairwise(gold, story), bcubed(gold, story)
    sizes = Counter(gold.values())
    ids = [x.article.article_id for x in items]
    by_size: Counter[str] = Counter()
    for j, later in enumerate(ids):
        for earlier in ids[:j]:
            if gold[earlier] == gold[later]:
                kind = size_class(sizes[gold[later]])
                by_size[f"{kind} pairs"] += 1
                by_size[f"{kind} found"] += story[earlier] == story[later]
    row = {"set": name, "group": group(name), "P": p.precision, "R": p.recall, "F1": p.f1, "B3": b.f1}
    return row | {"found": found, "false": false, "gold": gold_pairs, "size": dict(by_size)}


def size_lines(rows: list[dict], before: dict[str, dict] | None = None) -> list[str]:
    lines = []
    for g in ("TUNE", "CHECK"):
        now, was = Counter(), Counter()
        for r in rows:
            if r["group"] == g:
                now.update(r["size"])
        for r in (before or {}).values():
            if r["group"] == g:
                was.update(r.get("size", {}))
        parts = []
        for k in SIZES:
            found, pairs = now[f"{k} found"], now[f"{k} pairs"]
            parts.append(f"size {k}: {found}/{pairs} ({found / max(1, pairs):.3f})")
            if before:
                parts[-1] += f" [was {was[f'{k} found']}]"
        lines.append(f"{g} " + "  ".join(parts))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", type=Path)
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--texts", type=Path, default=Path("/work/data"))
    args = parser.parse_args(argv)
    jobs = [(n, args.data, args.texts, args.overrides) for n in development_sets(args.data)]
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        rows = list(pool.map(score_set, jobs))
    args.json.write_text(json.dumps(rows, indent=1))
    before = {r["set"]: r for r in json.loads(args.compare.read_text())} if args.compare else None
    print("\n".join(table(rows, before) + size_lines(rows, before)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

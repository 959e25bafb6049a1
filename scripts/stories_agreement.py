"""How far two labellings of the same items agree on stories and wire copies.

    python -m scripts.stories_agreement A_DIR B_DIR

Each DIR holds a stories set's labels.jsonl (the stories_* format: `id`, `story`, `duplicate_of`). Taking A as gold
and B as the prediction, prints the scorer's own figures (scripts.story_metrics): B-cubed and pairwise precision,
recall and F1, and wire-copy precision and recall; then the pairs the two put in one story differently and the
copies they mark differently (ids and A's titles). Swapping the folders swaps precision and recall. Both must label
the same items (the ids differing are named, exit 2).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from itertools import combinations
from pathlib import Path

from scripts.story_metrics import bcubed, duplicates, pairwise


@dataclasses.dataclass(frozen=True)
class Labels:
    story: dict[str, str]
    copy_of: dict[str, str | None]
    title: dict[str, str]


def read_labels(directory: Path) -> Labels:
    rows = [json.loads(line) for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return Labels(
        {r["id"]: r["story"] for r in rows},
        {r["id"]: r.get("duplicate_of") for r in rows},
        {r["id"]: r.get("title", "") for r in rows},
    )


def agreement(a: Labels, b: Labels) -> dict[str, dict[str, float]]:
    """B scored against A as gold, with the scorer's metrics."""
    return {
        "bcubed": dataclasses.asdict(bcubed(a.story, b.story)),
        "pairwise": dataclasses.asdict(pairwise(a.story, b.story)),
        "copies": dataclasses.asdict(duplicates(a.copy_of, b.copy_of)),
    }


def differing_pairs(a: Labels, b: Labels) -> list[tuple[str, str, str]]:
    """(id, id, "A only" | "B only") for every pair one labelling puts in one story and the other does not."""
    found = []
    for x, y in combinations(sorted(a.story), 2):
        in_a, in_b = a.story[x] == a.story[y], b.story[x] == b.story[y]
        if in_a != in_b:
            found.append((x, y, "A only" if in_a else "B only"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="the labelling taken as gold")
    parser.add_argument("b", type=Path, help="the labelling scored against it")
    args = parser.parse_args(argv)
    a, b = read_labels(args.a), read_labels(args.b)
    if set(a.story) != set(b.story):
        print(f"the two label different items: {sorted(set(a.story) ^ set(b.story))[:10]}", file=sys.stderr)
        return 2
    print(f"{len(a.story)} items; A {len(set(a.story.values()))} stories, B {len(set(b.story.values()))}")
    for name, figures in agreement(a, b).items():
        print(f"{name:9}  " + "  ".join(f"{k[0].upper()} {v:.3f}" for k, v in figures.items()))
    for x, y, side in differing_pairs(a, b):
        print(f"pair {side}: {x} {a.title[x][:50]!r} / {y} {a.title[y][:50]!r}")
    for key in sorted(k for k in a.copy_of if a.copy_of[k] != b.copy_of.get(k)):
        print(f"copy: {key} {a.title[key][:50]!r}: A {a.copy_of[key]}, B {b.copy_of[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

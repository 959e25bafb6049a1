"""The gold pairs the story clusterer misses, by how their gold story was split (issue 19, stop 43: is recall lost to
a broad story told as two sizable stories, or to articles left out alone?).

Usage:  .venv/bin/python scripts/story_parts.py [--group TUNE|CHECK] [--set NAME=VALUE ...] [--jobs N]

Per gold story, its articles fall into parts (the predicted stories holding them). A missed pair joins two parts:
`big-big` when each part holds two or more of the story's articles (`pure`: each part's predicted story is at least
half this gold story; `mixed`: not), `single-big` when one part is a lone article of it and the other holds more,
`single-single` when both are lone articles. Printed per kind: missed pairs by gold story size (2, 3-5, 6-10, 11+),
summed over the group's development sets (`stories_split.development_sets`; aggregates only, as CHECK sets may be
read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from scripts.stories_split import development_sets, group, load_set  # noqa: E402

KINDS = ("big-big-pure", "big-big-mixed", "single-big", "single-single")
SIZES = ("2", "3-5", "6-10", "11+")


def size_class(size: int) -> str:
    return "2" if size == 2 else "3-5" if size <= 5 else "6-10" if size <= 10 else "11+"


def missed_kinds(gold: Mapping[str, str], story: Mapping[str, object]) -> Counter[tuple[str, str]]:
    """Missed gold pairs by (kind, gold story size class): see the module."""
    held: Counter[object] = Counter(story.values())  # articles of each predicted story
    parts: dict[str, Counter[object]] = defaultdict(Counter)
    for article, label in gold.items():
        parts[label][story[article]] += 1
    out: Counter[tuple[str, str]] = Counter()
    for counts in parts.values():
        size = size_class(sum(counts.values()))
        found = sorted(counts.items(), key=lambda kv: str(kv[0]))
        for i, (one, n) in enumerate(found):
            for other, m in found[i + 1 :]:
                if n >= 2 and m >= 2:
                    pure = min(n / held[one], m / held[other]) >= 0.5
                    kind = "big-big-pure" if pure else "big-big-mixed"
                else:
                    kind = "single-single" if n == m == 1 else "single-big"
                out[(kind, size)] += n * m
    return out


def score_set(job: tuple[str, Path, Path, list[str]]) -> Counter[tuple[str, str]]:
    name, data, texts, overrides = job
    items = load_set(name, data, texts)
    story, _, _ = ev.run(items, ev.settings_with(overrides))
    return missed_kinds({x.article.article_id: x.story for x in items}, story)


def lines(total: Counter[tuple[str, str]]) -> list[str]:
    out = []
    for kind in KINDS:
        row = "  ".join(f"{s}: {total[(kind, s)]}" for s in SIZES)
        out.append(f"{kind:14} {sum(total[(kind, s)] for s in SIZES):5}  ({row})")
    out.append(f"{'missed':14} {sum(total.values()):5}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", choices=("TUNE", "CHECK"), default="TUNE")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--texts", type=Path, default=Path("/work/data"))
    args = parser.parse_args(argv)
    names = [n for n in development_sets(args.data) if group(n) == args.group]
    jobs = [(n, args.data, args.texts, args.overrides) for n in names]
    total: Counter[tuple[str, str]] = Counter()
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:
        for counts in pool.map(score_set, jobs):
            total.update(counts)
    print("\n".join([f"{args.group}: missed pairs by kind of split"] + lines(total)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

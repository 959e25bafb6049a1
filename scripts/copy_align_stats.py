"""The word-alignment measure (`copy_align.aligned_words`) of TUNE pairs by kind, to choose its bars (issue 19).

Usage:  .venv/bin/python scripts/copy_align_stats.py [SET ...] [--set NAME=VALUE ...] [--jobs N] [--out FILE]

Each TUNE set is clustered as `stories_split` scores it, its copy signatures kept (`copy_trace`). Pairs: every gold
copy and its original (found or missed), every false copy and the original it was given, and every two items of one
gold story from two copy groups within a day (same-story non-copies). Per pair: the aligned share of the shorter
opening's words, the share of its opening shingles inside the other, the words of the shorter body `difflib` matches
in order in the other's (the measure on the plain texts, 300 words at most), sizes, outlets, hours apart. Lines of JSON
to `--out`, a summary by kind on stdout. CHECK sets are refused (`stories_split.tune_sets`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.copy_trace as ct  # noqa: E402
from pipeline.stories.copy_align import aligned_words  # noqa: E402
from pipeline.stories.openings import opening_share  # noqa: E402
from pipeline.stories.shingles import _word  # noqa: E402
from scripts.stories_split import tune_sets  # noqa: E402

PLAIN_WORDS = 300


def _plain_words(text: str) -> list[str]:
    return [_word(w.strip(".,:;!?\"'()„”“").lower()) for w in text.split()][:PLAIN_WORDS]


def plain_share(a: str, b: str) -> float:
    wa, wb = _plain_words(a), _plain_words(b)
    small, other = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not small:
        return 0.0
    matched = sum(m.size for m in SequenceMatcher(None, small, other, autojunk=False).get_matching_blocks())
    return matched / len(small)


def pairs_of(job: tuple[str, list[str], Path, Path]) -> list[dict]:
    return pairs_from(job[0], ct.clustered(job))


def pairs_from(name: str, found: ct.Clustered) -> list[dict]:
    """The pairs of the set `name` as `ct.clustered` found them (gold, missed, false copies, same-story non-copies)."""
    items, settings, copy, by_id = found.items, found.settings, found.copy, found.by_id
    gold, groups, missed = found.gold, found.groups, found.missed
    rows: dict[tuple[str, str], str] = {}
    for aid, orig in gold.items():
        if orig:
            rows[(aid, orig)] = "missed" if aid in missed else "gold"
    for aid, pred in copy.items():
        if pred and groups.get(pred) != groups.get(aid):
            rows[(aid, pred)] = "false"
    ordered = sorted(items, key=lambda x: x.article.published)
    for i, x in enumerate(ordered):
        for y in ordered[i + 1 :]:
            if y.article.published - x.article.published > timedelta(hours=24):
                break
            a, b = y.article.article_id, x.article.article_id
            if x.story == y.story and groups.get(a) != groups.get(b) and (a, b) not in rows:
                rows[(a, b)] = "same_story"
    out = []
    for (a, b), kind in rows.items():
        sa, sb = ct._kept.get(a), ct._kept.get(b)
        if sa is None or sb is None:
            continue
        xa, xb = by_id[a].article, by_id[b].article
        out.append(
            {
                "set": name,
                "kind": kind,
                "a": a,
                "b": b,
                "class": ct.kind(sa, sb, settings.duplicates),
                "shingles": [sa.shingles, sb.shingles],
                "hours": round(abs(sa.published - sb.published) / timedelta(hours=1), 2),
                "aligned": round(aligned_words(sa.values, sb.values), 3),
                "opening": round(opening_share(sa.values, sb.values, 1), 3),
                "plain": round(plain_share(xa.body, xb.body), 3),
                "predicted": copy.get(a) == b or copy.get(b) == a,
            }
        )
    return out


def quantiles(values: list[float]) -> str:
    if not values:
        return "-"
    v = sorted(values)
    q = [v[min(len(v) - 1, int(p * len(v)))] for p in (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95)]
    return f"n {len(v):5d}  " + " ".join(f"{x:.2f}" for x in q)


def tune_rows(description: str, argv: list[str] | None, pairs: Callable[[tuple], list[dict]]) -> list[dict]:
    """The rows `pairs` gives for each TUNE set named on the command line (all by default; `--set`, `--jobs`,
    `--data`, `--texts`), written one JSON line each to `--out` if given: this script's and copy_sentence_stats'."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--texts", type=Path, default=Path("/work/data"))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    jobs = [(n, args.overrides, args.data, args.texts) for n in tune_sets(parser, args.sets, args.data)]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            rows = [r for part in pool.map(pairs, jobs) for r in part]
    else:
        rows = [r for job in jobs for r in pairs(job)]
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    rows = tune_rows(__doc__.split("\n\n")[0], argv, pairs_of)
    print("quantiles 5/10/25/50/75/90/95%")
    for measure in ("aligned", "opening", "plain"):
        for kind in ("gold", "missed", "false", "same_story"):
            print(f"{measure:8s} {kind:10s} {quantiles([r[measure] for r in rows if r['kind'] == kind])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

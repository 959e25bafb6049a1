#!/usr/bin/env python
"""dutch-brief benchmarks: a script that prints numbers, not a test.

Full-size architectures with random weights, built offline (pipeline.testing.fullsize), each
measurement in a fresh subprocess (so peak RSS is per measurement):

  day      a day's articles, one at a time vs batched (benchmarks/day.py)      — the default
  engines  translation engines side by side + the greedy check (benchmarks/engines.py)
  brief    a full brief of the seeds, split by stage (benchmarks/brief_seeds.py)

Usage:  .venv/bin/python benchmarks/run.py [--only day,engines,brief] [--articles N] [--quick]
Writes benchmarks/results.json (the measured sections replace theirs; the others are kept) and
the results section of benchmarks/README.md (not with --quick or --json).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import brief_seeds, day, engines, prepare, report  # noqa: E402
from benchmarks.common import (  # noqa: E402
    DEFAULT_CACHE,
    RESULTS,
    SEEDS,
    SUMMARY_TOKENS,
    log,
    machine_facts,
    run_worker,
    wait_for_quiet,
)
from pipeline.store.files import write_atomic  # noqa: E402

WORKERS = {
    "prepare": prepare.worker_prepare,
    "engine": engines.worker_engine,
    "brief": brief_seeds.worker_brief,
    "day": day.worker_day,
    "translations": day.worker_translations,
}
MEASUREMENTS = ("day", "engines", "brief", "hit")
FORMAT = 2  # results.json layout


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only", default="day", help=f"comma-separated measurements of {', '.join(MEASUREMENTS)} (default: day)"
    )
    parser.add_argument("--articles", type=int, default=40, help="articles in the day benchmark (default 40)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 4 articles, 6 sentences, 8 tokens, short summaries; writes nothing",
    )
    parser.add_argument(
        "--sentences", type=int, default=0, help="engines: sentences to translate (default 0: all seed sentences)"
    )
    parser.add_argument(
        "--tokens", type=int, default=32, help="engines: forced output length per sentence (default 32)"
    )
    parser.add_argument("--no-explore", action="store_true", help="engines: skip the exploration rows")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads (default: all cores)")
    parser.add_argument(
        "--cache-dir", type=Path, default=DEFAULT_CACHE, help=f"built models and conversions (default {DEFAULT_CACHE})"
    )
    parser.add_argument(
        "--quiet-wait",
        type=float,
        default=60.0,
        help="seconds to wait for other processes to calm down before each run",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=0,
        help="engines: re-runs of a measurement others disturbed (> 10 %% of the machine)",
    )
    parser.add_argument(
        "--json", type=Path, default=None, help="results file (default benchmarks/results.json; --quick: none)"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](json.loads(sys.stdin.read()))))
        return 0
    began = time.perf_counter()
    only = [m.strip() for m in args.only.split(",") if m.strip()]
    unknown = sorted(set(only) - set(MEASUREMENTS))
    if unknown:
        raise SystemExit(f"unknown measurement {unknown[0]!r} — use {', '.join(MEASUREMENTS)}")
    threads = max(1, args.threads)
    quiet_wait = 5.0 if args.quick else args.quiet_wait
    summary_tokens = 16 if args.quick else SUMMARY_TOKENS
    facts = machine_facts()
    log(f"dutch-brief benchmarks ({', '.join(only)}) — {facts['cores']} cores, {facts['cpu']}, {facts['date']}")
    results: dict[str, Any] = {"machine": facts, "busy_at_start": round(wait_for_quiet(0), 3)}
    log("building / reusing the full-size random models and their conversions …")
    quantizations = {"marian": ["float32"]} if "engines" in only else {}
    vmap = [33514, 1024] if "engines" in only and not (args.quick or args.no_explore) else []
    paths = run_worker(
        "prepare", {"cache": str(args.cache_dir), "quantizations": quantizations, "vmap_sizes": vmap}, threads=threads
    )
    paths["models_dir"] = str(args.cache_dir)
    results["models"] = {
        k: paths[k]
        for k in ("build_seconds", "marian_int8_convert_seconds", "bart_int8_convert_seconds", "tuned")
        if k in paths
    }
    log(f"  models ready ({paths['process_seconds']} s)")
    if "day" in only:
        count = 4 if args.quick else args.articles
        results["day"] = day.run_day(
            paths, count=count, threads=threads, summary_tokens=summary_tokens, quiet_wait=quiet_wait
        )
    if "hit" in only:
        log("cache hit, measured alone …")
        results["hit"] = day.run_hit(paths, runs=3 if args.quick else 9) | {"date": facts["date"]}
        log(f"    median {results['hit']['median_seconds']:.3f} s")
    if "engines" in only:
        sentences = engines.sample(engines.seed_sentences(), 6 if args.quick else args.sentences)
        tokens = 8 if args.quick else args.tokens
        results["setup"] = {"sentences": len(sentences), "tokens": tokens, "threads": threads}
        results["engines"] = engines.run_engines(
            paths,
            sentences=sentences,
            tokens=tokens,
            threads=threads,
            explore=not (args.quick or args.no_explore),
            quiet_wait=quiet_wait,
            retries=args.retries,
        )
    if "brief" in only:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="dutch-brief-bench-") as tmp:
            seeds = SEEDS[1:2] if args.quick else SEEDS
            params = {
                "marian": paths["marian"],
                "bart": paths["bart"],
                "models_dir": paths["models_dir"],
                "out": tmp,
                "summary_tokens": summary_tokens,
                "seeds": [str(p) for p in seeds],
            }
            results["brief"] = run_worker("brief", params, threads=threads, quiet_wait=quiet_wait)
    return write(results, args, began)


def write(results: dict[str, Any], args: argparse.Namespace, began: float) -> int:
    target = args.json if args.json is not None else (None if args.quick else RESULTS)
    merged: dict[str, Any] = {"format": FORMAT}
    if target is not None and target.is_file():
        earlier = json.loads(target.read_text(encoding="utf-8"))
        if earlier.get("format") == FORMAT:  # sections this run did not measure are kept
            merged.update(earlier)
    if set(results) <= {"hit", "machine", "busy_at_start", "models"} and "machine" in merged:
        results = {"hit": results["hit"]}  # the hit alone: the other sections keep the machine they ran on
    merged.update(results)
    merged["targets"] = report.targets(merged)
    merged["benchmark_seconds"] = round(time.perf_counter() - began, 1)
    table = report.render(merged)
    print(table)
    if target is not None:
        write_atomic(target, json.dumps(merged, indent=2) + "\n")  # an interrupted run keeps the old results
        log(f"wrote {target}")
        if args.json is None:
            report.update_readme(table)
            log("updated benchmarks/README.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: the online story clusterer with 15,000 articles in its window.

    .venv/bin/python benchmarks/stories.py [--per-window 15000] [--windows 3] [--seed 7] [--json FILE]

A synthetic stream (made here, deterministic for a seed): pseudo-Dutch words drawn from a Zipf
vocabulary, stories of 1-20 articles with their own words and names spread over up to three days,
a fifth of the articles wire copies of an earlier article with small edits. The stream spans
`--windows` times the clusterer's window at `--per-window` articles per window, so once the first
window is full every assignment runs against ~15,000 articles of the window. Printed: the median
and 95th percentile time of `assign` (features extracted beforehand, timed apart) over the
articles after the first window, and the store's size and the process's resident memory at the
end of each window (the whole stream's texts are made before the first, features are extracted
one article at a time): they stay flat when the store forgets what left the window.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.cluster import ClusterSettings, assign  # noqa: E402
from pipeline.stories.features import ArticleText, extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402

SYLLABLES = [
    "ba",
    "be",
    "bo",
    "de",
    "di",
    "do",
    "ge",
    "ka",
    "ke",
    "ko",
    "la",
    "le",
    "lo",
    "ma",
    "me",
    "mo",
    "na",
    "ne",
    "no",
    "pa",
    "pe",
    "po",
    "ra",
    "re",
    "ro",
    "sa",
    "se",
    "so",
    "ta",
    "te",
    "to",
    "va",
    "ve",
    "vo",
    "wa",
    "we",
    "zo",
]
OUTLETS = ["NOS", "NU.nl", "AD", "De Telegraaf", "de Volkskrant", "NRC", "Trouw", "HLN", "VRT NWS", "De Standaard"]


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_stream(per_window: int, windows: int, window: timedelta, seed: int) -> list[ArticleText]:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng, 30_000)
    cum: list[float] = []
    acc = 0.0
    for rank in range(len(vocab)):
        acc += 1 / (rank + 1)
        cum.append(acc)
    total = per_window * windows
    start = datetime(2026, 1, 5, 6, tzinfo=UTC)
    span = window * windows
    articles: list[ArticleText] = []
    n = 0
    while len(articles) < total:
        n += 1
        topic = rng.sample(vocab[2000:], 25)
        names = [" ".join(w.capitalize() for w in rng.sample(vocab[5000:], 2)) for _ in range(3)]
        begin = start + span * rng.random()
        size = min(20, max(1, int(rng.paretovariate(1.3))))
        story_articles: list[ArticleText] = []
        for k in range(size):
            when = begin + timedelta(hours=rng.uniform(0, 72)) if k else begin
            if story_articles and rng.random() < 0.2:
                source = rng.choice(story_articles)
                words = source.body.split()
                for _ in range(3):
                    words[rng.randrange(len(words))] = rng.choice(vocab[:500])
                body = " ".join(words)
                title = " ".join(rng.sample(topic, 5)).capitalize()
            else:
                title = " ".join(rng.sample(topic, 4) + rng.choices(vocab, cum_weights=cum, k=3)).capitalize()
                length = rng.randint(40, 400)
                common = rng.choices(vocab, cum_weights=cum, k=length)
                parts = []
                for i in range(length):
                    r = rng.random()
                    if r < 0.25:
                        parts.append(rng.choice(topic))
                    elif r < 0.30:
                        parts.append(rng.choice(names))
                    else:
                        parts.append(common[i])
                body = " ".join(parts)
                body = ". ".join(body[i : i + 120] for i in range(0, len(body), 120))
            story_articles.append(ArticleText(f"s{n}-{k}", rng.choice(OUTLETS), when, title, body))
        articles.extend(story_articles)
    articles = articles[:total]
    articles.sort(key=lambda a: (a.published, a.article_id))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the online story clusterer.")
    parser.add_argument("--per-window", type=int, default=15_000)
    parser.add_argument("--windows", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    settings = ClusterSettings()
    t0 = time.perf_counter()
    stream = make_stream(args.per_window, args.windows, settings.window, args.seed)
    made = time.perf_counter() - t0

    store = MemoryStoryStore()
    extract_times: list[float] = []
    first = stream[0].published
    boundary = first + settings.window
    times: list[float] = []
    cpu_times: list[float] = []  # the process's CPU time: what the machine's other users do not inflate
    checkpoints = []
    gc.collect()
    for article in stream:
        t = time.perf_counter()
        f = extract(article)
        extract_times.append(time.perf_counter() - t)
        if f.published >= boundary:
            checkpoints.append({"at": boundary.isoformat(), "rss_mib": round(rss_mib(), 1), **store.size()})
            boundary += settings.window
        t, c = time.perf_counter(), time.process_time()
        assign(f, store, settings)
        if f.published >= first + settings.window:
            times.append(time.perf_counter() - t)
            cpu_times.append(time.process_time() - c)
    checkpoints.append({"at": "end", "rss_mib": round(rss_mib(), 1), **store.size()})

    times.sort()
    result = {
        "articles": len(stream),
        "per_window": args.per_window,
        "window_days": settings.window.total_seconds() / 86400,
        "assign_median_ms": round(statistics.median(times) * 1000, 2),
        "assign_p95_ms": round(times[int(0.95 * len(times))] * 1000, 2),
        "assign_max_ms": round(times[-1] * 1000, 2),
        "assign_cpu_median_ms": round(statistics.median(cpu_times) * 1000, 2),
        "timed_assignments": len(times),
        "extract_median_ms": round(statistics.median(extract_times) * 1000, 2),
        "stream_made_s": round(made, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "checkpoints": checkpoints,
        "merges": len(store.merges),
    }
    print(f"{result['articles']} articles, {args.per_window} per {result['window_days']:g}-day window")
    print(
        f"assign: median {result['assign_median_ms']} ms, p95 {result['assign_p95_ms']} ms, max {result['assign_max_ms']} ms over {len(times)} articles after the first window"
    )
    print(f"assign CPU time: median {result['assign_cpu_median_ms']} ms")
    print(f"features: {result['extract_median_ms']} ms per article (median)")
    for c in checkpoints:
        print(
            f"  {c['at'][:16]:16s} rss {c['rss_mib']:7.1f} MiB  stories {c['stories']:6d}  articles {c['articles']:6d}  terms {c['terms']:7d}  signatures {c['signatures']:6d}"
        )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: what stories add to a day of 500 feed items (a quarter of them wire copies).

    .venv/bin/python benchmarks/stories_day.py [--items 500] [--prefill 0] [--seed 7] [--json FILE]

The items are synthetic (benchmarks/stories.py's pseudo-Dutch generator, deterministic for a
seed): `items * 3/4` articles of stories of 1-20 articles, plus `items / 4` wire copies of them on
other outlets (three words edited, another headline, published later). `--prefill N` first joins N
articles of the three days before, so the window is not empty. Measured, one run, on a SQLite
catalog in a temporary folder, the way the write path does it:

  features   extracting each article's features from its Dutch text (outside the transaction)
  join       the catalog transaction that records the article row and joins it to a story
             (CatalogStoryStore: wire-copy check, assign, the article's story and duplicate_of)
  digest     the day's digest as stories (update_digest), first without story summaries, then
             again with them: the top stories of several articles summarized on the full-size
             distilbart-cnn-12-6 architecture with random weights, its output forced to
             SUMMARY_TOKENS tokens (benchmarks.common.ForcedLength, as benchmarks/day.py does), on
             the default backend (auto: CTranslate2 int8), the model loaded before the clock
  stories    OUT/stories.xml

They are compared with the day's brief time: 500 x the batched seconds per article that
benchmarks/day.py measured (results.json: day.batched.seconds_per_article; an extrapolation from
its 40 articles, labelled as such). The full-size random model must have been built by
benchmarks/run.py (prepare) in the benchmark cache; without it the summaries are not measured.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import DEFAULT_CACHE, RESULTS, SUMMARY_TOKENS  # noqa: E402
from benchmarks.stories import OUTLETS, make_stream, make_vocabulary  # noqa: E402
from pipeline.stories.features import ArticleText, extract  # noqa: E402

DAY = datetime(2026, 1, 8, 0, tzinfo=UTC)


def make_day(items: int, prefill: int, seed: int) -> tuple[list[ArticleText], list[ArticleText]]:
    """(articles of the days before, the day's items in publication order)."""
    rng = random.Random(seed)
    originals = items - items // 4
    stream = make_stream(originals + prefill, 1, timedelta(days=4), seed)
    shift = DAY - min(a.published for a in stream)
    stream = [replace(a, published=a.published + shift) for a in stream]
    stream.sort(key=lambda a: (a.published, a.article_id))
    before, today = stream[:prefill], stream[prefill:]
    start = today[0].published if today else DAY
    today = [replace(a, published=start + (a.published - start) / 4) for a in today]  # the day's items in one day
    vocab = make_vocabulary(rng, 2000)
    copies = []
    for n in range(items // 4):
        source = rng.choice(today)
        words = source.body.split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        outlet = rng.choice([o for o in OUTLETS if o != source.outlet])
        when = source.published + timedelta(minutes=rng.uniform(5, 180))
        copies.append(ArticleText(f"copy{n}", outlet, when, " ".join(rng.sample(vocab, 6)), " ".join(words)))
    day = sorted(today + copies, key=lambda a: (a.published, a.article_id))
    return before, day


def row(article: ArticleText) -> dict:
    from pipeline.catalog.articles import BRIEFED

    return {
        "brief_key": article.article_id,
        "brief_file": f"{article.article_id}.md",
        "source": f"https://{article.outlet}.example/{article.article_id}",
        "outlet": article.outlet,
        "published": article.published.isoformat(),
        "published_at": article.published,
        "content_hash": article.article_id,
        "title": article.title,
        "summary": article.body[:300],
        "status": BRIEFED,
        "briefed_at": article.published,
    }


def join_all(catalog, articles: list[ArticleText]) -> dict:
    from pipeline.catalog.articles import save_articles
    from pipeline.storydesk.join import join_story

    feature_s, join_ms, copies = 0.0, [], 0
    for article in articles:
        t0 = time.perf_counter()
        features = extract(article)
        t1 = time.perf_counter()
        extra = {"english_lead": [s for s in article.body.split(". ")[:6] if s]}

        def write(connection, features=features, article=article, extra=extra):
            save_articles(connection, [row(article)])
            return join_story(connection, features, extra)

        result = catalog.write(write)
        t2 = time.perf_counter()
        feature_s += t1 - t0
        join_ms.append((t2 - t1) * 1000)
        copies += bool(result and result.duplicate_of)
    return {
        "articles": len(articles),
        "features_seconds": round(feature_s, 2),
        "join_seconds": round(sum(join_ms) / 1000, 2),
        "join_median_ms": round(statistics.median(join_ms), 2) if join_ms else None,
        "join_p95_ms": round(sorted(join_ms)[int(0.95 * (len(join_ms) - 1))], 2) if join_ms else None,
        "marked_copies": copies,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--prefill", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from benchmarks.common import forced_models
    from pipeline.catalog.db import open_catalog
    from pipeline.digest import update_digest
    from pipeline.digest_document import DigestEntry
    from pipeline.settings import BriefSettings
    from pipeline.storydesk.atom import write_story_feed
    from pipeline.storydesk.day import stories_of
    from pipeline.storydesk.summary import plan

    before, day = make_day(args.items, args.prefill, args.seed)
    bart = DEFAULT_CACHE / "distilbart-cnn-12-6-random"
    report: dict = {"items": len(day), "wire_copies_made": sum(a.article_id.startswith("copy") for a in day)}
    with tempfile.TemporaryDirectory() as folder:
        settings = BriefSettings(
            out_dir=Path(folder), summarizer=str(bart), backend="auto", device="cpu", models_dir=DEFAULT_CACHE
        )
        catalog = open_catalog(settings)
        if before:
            report["prefill"] = join_all(catalog, before)
        report["join"] = join_all(catalog, day)
        entries = [DigestEntry(a.title, a.body[:200], f"{a.article_id}.md", a.article_id, a.article_id) for a in day]
        found = stories_of(catalog, [e.key for e in entries])
        several = [s for s in found if len([a for a in s.articles if not a.duplicate_of]) > 1]
        report["stories"] = {"stories": len(found), "of_several_articles": len(several)}
        day_name = DAY.date().isoformat()
        t0 = time.perf_counter()
        update_digest(settings, day_name, entries, [], summarizer=lambda: None)  # no story summaries
        report["digest_seconds_without_summaries"] = round(time.perf_counter() - t0, 2)
        if bart.is_dir():
            summarizer = forced_models(settings, SUMMARY_TOKENS).summarizer()
            summarizer.summarize_many([["Warm up."]])  # the model loaded before the clock starts
            t0 = time.perf_counter()
            update_digest(settings, day_name, [], [], summarizer=lambda: summarizer)
            seconds = time.perf_counter() - t0
            engine = summarizer.engine
            count = lambda text: engine.count_tokens([text])[0]
            made = [s for s in stories_of(catalog, [e.key for e in entries]) if s.summary_key]
            tokens = [plan(s, engine.max_input_tokens, count).summary_input.tokens for s in made]
            report["digest_seconds_with_summaries"] = round(seconds, 2)
            report["summaries"] = {
                "stories_summarized": len(made),
                "input_tokens": tokens,
                "seconds_per_story": round(seconds / max(1, len(made)), 2),
            }
        else:
            report["summaries"] = "not measured: build the full-size random models first (benchmarks/run.py)"
        t0 = time.perf_counter()
        write_story_feed(settings, now=DAY + timedelta(days=1))
        report["stories_xml_seconds"] = round(time.perf_counter() - t0, 2)
    added = report["join"]["features_seconds"] + report["join"]["join_seconds"]
    added += report.get("digest_seconds_with_summaries", report["digest_seconds_without_summaries"])
    added += report["stories_xml_seconds"]
    report["added_seconds"] = round(added, 1)
    try:
        per_article = json.loads(RESULTS.read_text())["day"]["batched"]["seconds_per_article"]
    except (OSError, KeyError, ValueError):
        per_article = None
    if per_article:
        brief_day = per_article * len(day)
        report["day_brief_seconds_EXTRAPOLATED"] = round(brief_day, 1)
        report["added_share"] = round(added / brief_day, 4)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

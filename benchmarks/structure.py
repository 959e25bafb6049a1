"""Structure work per article (issue 21's target: <= 5 % of a brief's time), measured in one run.

    .venv/bin/python benchmarks/structure.py [--repeat N]

Times `parse_article` (normalise, lines to blocks, site-text rules and spans, headline, lede) and
the repetition step as the build path runs it (pipeline.text.templates over the catalog's
outlet_lines in a temporary SQLite catalog: the outlet's counts read, the article's lines recorded)
on every text at hand: the seeds, the structure sets, the real scraped texts when they have been
rebuilt (/work/data/structure/real, scripts/build_structure_real.py) and a worst case — all of them
joined into one long article. Compared with a brief's time per article: the batched day's seconds per
article in benchmarks/results.json (the latest full benchmark run on this machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pipeline.catalog.articles import save_articles
from pipeline.catalog.db import open_catalog
from pipeline.catalog.outlet_lines import CatalogOutletLines
from pipeline.settings import BriefSettings
from pipeline.text.read import parse_article
from pipeline.text.templates import TemplateDetector

ROOT = Path(__file__).resolve().parent.parent
REAL = Path("/work/data/structure/real")
DEV2 = Path("/work/data/structure-dev2")
TARGET_SHARE = 0.05
# hostile inputs: one collapsed line of 1 MB made of one shape repeated (each rule's worst case)
HOSTILE = {
    "day-and-time stamps": "Radio Noord nieuws ma 14 mrt 10:07 ",
    "story-list times": "09:58 Brand in loods ",
    "read-more links": "De raad stemde in. Lees meer ",
    "a menu": "Home Nieuws Sport Regio ",
    "embed placeholders": "Het is zo. Social Video ",
    "cut-off markers": "Het is zo [+12 chars] ",
    "prose": "De gemeenteraad van Zwolle stemde dinsdagavond in met het plan voor een nieuw zwembad. ",
}
HOSTILE_BYTES = 1_000_000


def texts() -> dict[str, str]:
    paths = [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests" / "data" / "structure_dev").glob("*.txt")),
        *sorted((ROOT / "tests" / "data" / "structure_heldout").glob("*.txt")),
        *sorted(REAL.glob("*/*.txt")),
        *sorted(DEV2.glob("*.txt")),
    ]
    found = {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8") for p in paths}
    found["worst case: all joined"] = "\n\n".join(found.values())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per text; the median is reported")
    args = parser.parse_args()
    corpus = texts()
    catalog = open_catalog(BriefSettings(out_dir=Path(tempfile.mkdtemp(prefix="bench-structure-"))))
    detector = TemplateDetector(CatalogOutletLines(catalog), min_articles=3, window_days=30)
    day = date(2026, 11, 1)
    per_article: dict[str, float] = {}
    for number, (name, text) in enumerate(corpus.items()):
        runs = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            article = parse_article(text, source_name=name)
            runs.append(time.perf_counter() - start)
        row = {"brief_key": name, "brief_file": "b.md", "source": name, "content_hash": name}
        catalog.write(lambda connection, row=row: save_articles(connection, [row | {"briefed_at": datetime.now(UTC)}]))
        start = time.perf_counter()
        detector.set_aside(list(article.blocks), outlet="one outlet", article=name, day=day + timedelta(days=number))
        per_article[name] = statistics.median(runs) + (time.perf_counter() - start)
    brief = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    brief_seconds = brief["day"]["batched"]["seconds_per_article"]
    typical = [s for n, s in per_article.items() if not n.startswith("worst")]
    worst = per_article["worst case: all joined"]
    words = len(corpus["worst case: all joined"].split())
    print(f"{len(typical)} articles (+ the worst case, {words} words), median of {args.repeat} runs each")
    print(f"structure per article: mean {statistics.mean(typical) * 1000:.1f} ms, max {max(typical) * 1000:.1f} ms")
    print(f"worst case (all joined): {worst * 1000:.0f} ms")
    print(
        f"a brief per article (batched day, benchmarks/results.json {brief['machine']['date']}): {brief_seconds:.2f} s"
    )
    share = max(typical) / brief_seconds
    print(f"share of a brief's time: mean {statistics.mean(typical) / brief_seconds:.2%}, max {share:.2%}")
    print(f"target <= {TARGET_SHARE:.0%}: {'met' if share <= TARGET_SHARE else 'NOT met'}")
    for name, unit in HOSTILE.items():
        text = (unit * (HOSTILE_BYTES // len(unit) + 1))[:HOSTILE_BYTES]
        start = time.perf_counter()
        parse_article(text, source_name=name)
        print(f"hostile, 1 MB of {name} on one line: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()

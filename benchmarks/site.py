"""The web edition's build speed and page sizes on a synthetic site (pipeline.testing.site_sample):
a full build of N articles, a rebuild with nothing new, and a run that adds 50 articles; the
Pagefind index timed apart. Prints the numbers of one run (the machine is shared: say so).

    .venv/bin/python benchmarks/site.py                 # 10,000 articles over 30 days, + 50
    .venv/bin/python benchmarks/site.py --articles 2000 --keep /tmp/site
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.site import paths
from pipeline.site.build import build_site
from pipeline.site.search import CHUNK_PAGES
from pipeline.testing.site_sample import add_articles, sample_site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--added", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary folder)")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="site-bench-"))
    shutil.rmtree(folder, ignore_errors=True)
    try:
        run(options, folder)
    finally:
        if options.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def run(options: argparse.Namespace, folder: Path) -> None:
    started = time.perf_counter()
    site = sample_site(options.articles, options.days)
    grown = add_articles(site, options.added)
    print(
        f"view model: {options.articles:,} articles, {len(site.stories):,} stories, {len(site.days)} days"
        f" (made in {time.perf_counter() - started:.1f} s, not counted)"
    )

    full = build_site(site, folder)
    index = full.search
    print(
        f"full build: {full.seconds:.1f} s (target <= 180 s), {len(full.written):,} pages written;"
        f" of it the search index (Pagefind, {index.chunks} chunks of <= {CHUNK_PAGES} pages): {index.seconds:.1f} s"
    )

    same = build_site(site, folder)
    print(
        f"rebuild, nothing new: {same.seconds:.2f} s, {len(same.written)} pages written,"
        f" {len(same.search.rebuilt)} search chunks indexed"
    )

    added = build_site(grown, folder)
    kinds: dict[str, int] = {}
    for path in added.written:
        kind = path.split("/", 1)[0] if "/" in path else path
        kinds[kind] = kinds.get(kind, 0) + 1
    print(
        f"+{options.added} articles: {added.seconds:.2f} s (target <= 10 s), {len(added.written)} pages written {kinds};"
        f" of it the search index: {added.search.seconds:.1f} s ({len(added.search.rebuilt)} chunks indexed again)"
    )

    newest = max(grown.days, key=lambda d: d.date)
    article_sizes = sorted((folder / paths.article_path(a.key)).stat().st_size for a in grown.articles)
    print(
        f"front page: {(folder / paths.FRONT).stat().st_size / 1000:.1f} kB"
        f" ({len(newest.top_stories) + len(newest.other_stories)} stories that day);"
        f" newest day page: {(folder / paths.day_path(newest.date)).stat().st_size / 1000:.1f} kB"
    )
    print(
        f"article pages: median {article_sizes[len(article_sizes) // 2] / 1000:.1f} kB,"
        f" largest {article_sizes[-1] / 1000:.1f} kB (target <= 100 kB)"
    )
    stylesheet = (folder / paths.STYLE).stat().st_size
    index_size = sum(p.stat().st_size for p in (folder / "pagefind").rglob("*") if p.is_file())
    print(f"stylesheet {stylesheet / 1000:.1f} kB (cached once); search index {index_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

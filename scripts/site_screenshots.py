"""Screenshots of the web edition for the README: the seeds briefed with the tiny models (their
English is gibberish; the layout, the pairing and the accounting are real), `brief site build`'s
own path (pipeline.site.adapter + build), served on 127.0.0.1 and shot with headless chromium
through Playwright.

    .venv/bin/python scripts/site_screenshots.py [--out docs/screenshots] [--work DIR]

Needs Debian's chromium (`apt-get install -y chromium`) and playwright (pip; never `playwright
install`). Prints the PNG paths it wrote.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--hide-scrollbars"]  # fmt: skip
DAY = "2022-02-12"  # the seeds' news day


def build(work: Path) -> tuple[Path, object]:
    from pipeline.settings import BriefSettings
    from pipeline.site.adapter import site_from_outputs
    from pipeline.site.build import build_site
    from pipeline.testing.site_seeds import brief_seeds, tiny_models

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    marian, bart = tiny_models(work / "models", seeds)
    out = work / "out"
    settings = BriefSettings(
        translator=str(marian),
        summarizer=str(bart),
        out_dir=out,
        cache_dir=work / "cache",
        device="cpu",
        backend="torch",
    )
    brief_seeds(seeds, settings, DAY)
    model = site_from_outputs(settings)
    build_site(model, out / "site")
    return out / "site", model


def shoot(site_dir: Path, model, shots: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from pipeline.site import paths

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    stories = sorted(model.stories, key=lambda s: -len(s.timeline))  # the story with the most articles
    story = stories[0]
    article = max(
        (a for a in model.articles if a.key in {t.article_key for t in story.timeline}), key=lambda a: len(a.blocks)
    )
    english = [sum(len(p.en) for part in block.parts for p in part) for block in article.blocks]
    shortest = english.index(min(english))  # the phone shot starts at the block with the least (gibberish) English
    pages = [
        ("front.png", paths.FRONT, (1280, 900), "light", None),
        ("story.png", paths.story_path(story.id), (1280, 900), "light", None),
        ("article.png", paths.article_path(article.key), (1280, 1300), "light", '.row.paragraph .en [data-i="0"]'),
        ("article-phone-dark.png", paths.article_path(article.key), (390, 844), "dark", ".row:not(.labels)"),
        ("search.png", paths.SEARCH + "?q=Oekra%C3%AFne", (1280, 900), "light", "#results li"),
    ]
    shots.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for name, url, (width, height), scheme, wait in pages:
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                page = context.new_page()
                page.goto(base + url)
                if wait and name == "article.png":
                    # the highlight of a focused passage and its Dutch, the page seen from its top
                    page.locator(wait).first.evaluate("e => e.focus({preventScroll: true})")
                elif wait and name == "article-phone-dark.png":  # the text, English over Dutch
                    page.locator(wait).nth(shortest).evaluate("e => e.scrollIntoView()")
                elif wait:
                    page.locator(wait).first.wait_for(timeout=15_000)
                page.screenshot(path=str(shots / name))
                written.append(shots / name)
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    options = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        sys.exit("site_screenshots: needs Debian's chromium — apt-get install -y chromium")
    with tempfile.TemporaryDirectory(prefix="site-shots-") as temporary:
        site_dir, model = build(options.work or Path(temporary))
        for path in shoot(site_dir, model, options.out):
            print(path)


if __name__ == "__main__":
    main()

"""The repetition signal (pipeline.text.templates) measured on multi-article outlet sets.

    python -m scripts.eval_templates [--catalog] [--sets DIR [-v] [--dates daily|published]]

`--catalog`: the outlets' lines kept in a catalog (a temporary SQLite one, its outlet_lines table,
pipeline.catalog.outlet_lines) as the build path keeps them, instead of in memory.

`--sets DIR`: real outlet sets instead of the constructed outlets below — one folder per outlet of
pages with gold labels, read in publication order through the build path's steps (scripts/outlet_sets;
the sets of tests/data/outlet_sets are built by scripts/build_outlet_sets). `-v` lists the gold site
text still kept and any article text set aside.

Each outlet set: the article text of every gold article of tests/data/structure_dev and
structure_heldout (40 articles; their gold site text left out), published one a day or so, each
wrapped in that outlet's template (lines written for this script, not tuned on: a menu line, a
newsletter and a tip request, an app promo, a copyright line — some no rule knows). Reported per
outlet, over the articles after the first `min_articles` (which fall back to the rules): the share of
template characters set aside by the rules alone and by rules + repetition, and the article text
set aside (must be 0).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pipeline.document import BlockKind
from pipeline.settings import BriefSettings
from pipeline.text.read import parse_article
from pipeline.text.templates import MemoryOutletLines, OutletLines, TemplateDetector

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
OUTLETS = {
    "Noordpost": (
        ["Home | Regio | Sport | Cultuur | Noordpost TV", "Abonneer je op de Noordpost en lees onbeperkt"],
        [
            "Elke ochtend het nieuws uit Groningen en Drenthe in je inbox? Schrijf je in.",
            "Zag jij iets gebeuren? Stuur je foto's naar 06-12345678.",
            "Onze journalistiek is onafhankelijk en wordt betaald door onze lezers.",
            "© 2025 Noordpost Media BV. Alle rechten voorbehouden.",
        ],
    ),
    "Kustkrant": (
        ["Kustkrant", "Nieuws | Zeeland | Oostende | Weer en getijden"],
        [
            "Gratis de Kustkrant op je telefoon: zoek ons in de App Store of Google Play.",
            "Wil je reageren op dit artikel? Dat kan met een account van de Kustkrant.",
            "De redactie werkt volgens de Code van de Raad voor de Journalistiek.",
        ],
    ),
    "Rivierland": (  # the shapes of issue 21: a liveblog label, a topic-page promo, a print notice, a tip request
        ["RIVIERLAND LIVE", "Dit verhaal staat ook in de zaterdagkrant van Rivierland."],
        [
            "Alles over de dijkversterking lees je op onze themapagina Water.",
            "Weet jij meer over dit nieuws? Laat het ons weten via de tiplijn.",
            "Tiel | Culemborg | Zaltbommel | Geldermalsen | Buren",
        ],
    ),
}


@dataclass
class Tally:
    template_chars: int = 0
    by_rules: int = 0
    by_both: int = 0
    article_chars_set_aside: int = 0
    article_chars_by_repetition: int = 0


def gold_articles() -> list[list[str]]:
    """Each gold article's own text: its non-site blocks, in order."""
    out = []
    for directory in (DATA / "structure_dev", DATA / "structure_heldout"):
        for path in sorted(directory.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            texts = [
                _without_tail(f"{b.get('time') or ''} {b.get('text') or chr(10).join(b.get('items') or [])}", b)
                for b in gold["blocks"]
                if b.get("kind") not in ("site_text",)
            ]
            out.append([t for t in texts if t])
    return out


def _without_tail(text: str, block: dict) -> str:
    """A gold block's text without the site text its gold says is glued to its end."""
    tail = block.get("site_text_tail") or ""
    text = text.strip()
    return text[: -len(tail)].strip() if tail and text.endswith(tail) else text


def memory_store(outlet: str) -> tuple[OutletLines, Callable[[str], None]]:
    return MemoryOutletLines(), lambda article: None


def catalog_store(folder: Path) -> Callable[[str], tuple[OutletLines, Callable[[str], None]]]:
    """A store over a fresh SQLite catalog per outlet, and how to add an article's row to it."""
    from pipeline.catalog.articles import save_articles
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.outlet_lines import CatalogOutletLines

    def make(outlet: str) -> tuple[OutletLines, Callable[[str], None]]:
        catalog = open_catalog(BriefSettings(out_dir=folder / outlet))

        def add_row(article: str) -> None:
            row = {"brief_key": article, "brief_file": f"{article}.md", "source": f"{article}.txt"}
            row |= {"content_hash": article, "briefed_at": datetime.now(UTC)}
            catalog.write(lambda connection: save_articles(connection, [row]))

        return CatalogOutletLines(catalog), add_row

    return make


def measure(
    outlet: str,
    top: list[str],
    bottom: list[str],
    settings: BriefSettings,
    store: Callable[[str], tuple[OutletLines, Callable[[str], None]]] = memory_store,
) -> Tally:
    lines, add_row = store(outlet)
    detector = TemplateDetector(lines, settings.template_min_articles, settings.template_window_days)
    template = {" ".join(t.split()) for t in top + bottom}
    tally = Tally()
    start = date(2026, 11, 1)
    for number, body in enumerate(gold_articles()):
        text = "\n\n".join([*top, *body, *bottom]) + "\n"
        blocks = list(parse_article(text, source_name=f"{outlet}-{number}.txt").blocks)
        day = start + timedelta(days=number * 2 // 3)  # one or two articles a day
        rules_only = blocks
        add_row(f"{outlet}-{number}")
        both = detector.set_aside(blocks, outlet=outlet, article=f"{outlet}-{number}", day=day)
        if number < settings.template_min_articles:
            continue
        tally.template_chars += sum(len(t) for t in template)
        tally.by_rules += _set_aside_chars(rules_only, template)
        tally.by_both += _set_aside_chars(both, template)
        tally.article_chars_set_aside += sum(
            len(b.text)
            for b in both
            if b.kind is BlockKind.SITE_TEXT and not any(" ".join(b.text.split()) in line for line in template)
        )
        tally.article_chars_by_repetition += sum(
            len(b.text)
            for b in both
            if (b.reason or "").startswith("repeated")
            and not any(" ".join(b.text.split()) in line for line in template)
        )
    return tally


def _set_aside_chars(blocks, template: set[str]) -> int:
    """Characters of the template lines inside blocks set aside (a line may be set aside in pieces)."""
    pieces = [" ".join(b.text.split()) for b in blocks if b.kind is BlockKind.SITE_TEXT]
    used: set[int] = set()  # a piece counts for one line only, and a line at most its own length
    found = 0
    for line in sorted(template):
        if any(line in p for p in pieces):
            found += len(line)
            continue
        inside = [i for i, p in enumerate(pieces) if i not in used and p and p in line]
        used.update(inside)
        found += min(len(line), sum(len(pieces[i]) for i in inside))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", action="store_true", help="keep the lines in a (temporary SQLite) catalog")
    parser.add_argument("--sets", type=Path, help="a folder of real outlet sets (one folder of gold pages per outlet)")
    parser.add_argument("-v", "--verbose", action="store_true", help="with --sets: list what was kept or lost")
    parser.add_argument("--min-articles", type=int, help="template_min_articles (default: the setting's default)")
    parser.add_argument(
        "--dates",
        choices=("daily", "published"),
        default="daily",
        help="with --sets: one page a day in publication order (default), or each page on its publication date",
    )
    args = parser.parse_args(argv)
    settings = BriefSettings(**({"template_min_articles": args.min_articles} if args.min_articles else {}))
    folder = Path(tempfile.mkdtemp(prefix="eval-templates-"))
    store = catalog_store(folder) if args.catalog else memory_store
    if args.sets is not None:
        raise SystemExit(
            _real_sets(args.sets, settings, store, verbose=args.verbose, catalog=args.catalog, dates=args.dates)
        )
    print(
        f"min_articles {settings.template_min_articles}, window {settings.template_window_days} days; "
        f"{len(gold_articles())} articles per outlet; lines kept {'in a catalog' if args.catalog else 'in memory'}"
    )
    for outlet, (top, bottom) in OUTLETS.items():
        t = measure(outlet, top, bottom, settings, store)
        print(
            f"{outlet:10s} template recall: rules {t.by_rules / t.template_chars:.3f}, "
            f"rules + repetition {t.by_both / t.template_chars:.3f}; "
            f"article text set aside {t.article_chars_set_aside} characters "
            f"({t.article_chars_by_repetition} of them by repetition)"
        )


def _real_sets(root: Path, settings: BriefSettings, store, *, verbose: bool, catalog: bool, dates: str) -> int:
    from scripts.outlet_sets import measure_sets, report

    try:
        tallies = measure_sets(root, settings, store, dates=dates)
    except (OSError, ValueError) as error:
        print(f"cannot score the outlet sets: {error}")
        return 1
    dating = (
        "one page a day in publication order"
        if dates == "daily"
        else "each page on its publication date (a month alone: its first day; none: the day after the page before)"
    )
    print(
        f"min_articles {settings.template_min_articles}, window {settings.template_window_days} days; {dating}; "
        f"lines kept {'in a catalog' if catalog else 'in memory'}"
    )
    print("\n".join(report(tallies, verbose=verbose)))
    return 0


if __name__ == "__main__":
    main()

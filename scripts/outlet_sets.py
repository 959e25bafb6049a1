"""The repetition signal measured on real multi-article outlet sets (scripts/eval_templates `--sets`).

A set directory holds one folder per outlet; each folder holds the outlet's pages as NAME.txt (or .md)
next to NAME.json, the gold file of scripts/eval_structure plus `outlet` (the outlet's name) and
`order` (the page's place in publication order) and `published`. The pages go through the build path's steps in that
order — read with the rules (pipeline.text.read), the outlet's template lines set aside from the lines
the store holds (pipeline.text.article.with_templates over TemplateDetector.check, as
pipeline.text.outlet_templates does), then the page's own lines recorded — one page a day (`dates="daily"`, a daily feed) or on the page's
own publication day (`dates="published"`, as the build path dates an article). Over the
pages after the first `min_articles` (which fall back to the rules) the characters of gold site text
set aside are counted for the rules alone and for rules + repetition, with the gold article text set
aside by each (must be 0).

A page that shows its title twice is labelled with one copy as the headline and the other as site
text; which copy the reader keeps does not matter, so the two copies are scored as one: the site
text is found when either copy is set aside, and article text is lost only when both are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

from pipeline.document import Article, BlockKind
from pipeline.settings import BriefSettings
from pipeline.text.article import with_templates
from pipeline.text.read import read_article
from pipeline.text.templates import OutletLines, TemplateDetector, article_units
from scripts.eval_structure import SOURCE_SUFFIXES, gold_kind, gold_text, locate, norm, visible

Store = Callable[[str], tuple[OutletLines, Callable[[str], None]]]
START = date(2026, 1, 1)


@dataclass
class Side:
    """What one way of reading (rules alone, or rules + repetition) set aside."""

    site_found: int = 0  # gold site-text characters set aside
    set_aside: int = 0  # all characters set aside
    article_lost: int = 0  # gold article-text characters set aside
    lost: list[str] = field(default_factory=list)

    def precision(self) -> float:
        return (self.site_found / self.set_aside) if self.set_aside else 1.0


@dataclass
class OutletTally:
    outlet: str
    pages: int = 0
    scored: int = 0
    site_gold: int = 0
    unlocated: int = 0  # gold blocks not found in the page's text (labels out of step with the text)
    rules: Side = field(default_factory=Side)
    both: Side = field(default_factory=Side)
    kept: list[str] = field(default_factory=list)  # gold site text that rules + repetition kept

    def recall(self, side: Side) -> float:
        return (side.site_found / self.site_gold) if self.site_gold else 1.0


def outlet_pages(folder: Path) -> list[tuple[Path, dict]]:
    """The outlet's pages (source, gold) in publication order."""
    pages = []
    for gold_path in folder.glob("*.json"):
        source = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source is not None:
            pages.append((source, json.loads(gold_path.read_text(encoding="utf-8"))))
    return sorted(pages, key=lambda page: (page[1].get("order", 0), page[0].name))


def set_aside_chars(article: Article, source: str) -> set[int]:
    blocks = list(article.blocks)
    spans = locate(source, ((b.time or "") + " " + (b.text or "") for b in blocks))
    return {i for b, s in zip(blocks, spans) if s and b.kind is BlockKind.SITE_TEXT for i in visible(source, s)}


def score(article: Article, gold: dict, tally: OutletTally, side: Side, name: str, *, count_gold: bool) -> set[int]:
    """Count what `article` set aside against the gold; returns the gold site-text characters kept."""
    source = norm(article.text)
    aside = set_aside_chars(article, source)
    blocks = list(gold.get("blocks") or [])
    spans = locate(source, (gold_text(b) for b in blocks))
    if count_gold:
        tally.unlocated += sum(1 for s in spans if s is None)
    headline = norm(gold.get("headline"))
    title_copies = [
        visible(source, s) for b, s in zip(blocks, spans) if s and headline and norm(gold_text(b)) == headline
    ]
    site: set[int] = set()
    for block, span in zip(blocks, spans):
        if span is None:
            continue
        chars = visible(source, span)
        if len(title_copies) > 1 and chars in title_copies:
            continue  # the title shown twice: scored below
        if gold_kind(block) == "site_text":
            site |= chars
        elif chars & aside:
            side.article_lost += len(chars & aside)
            side.lost.append(f"{name}: {norm(gold_text(block))[:70]!r}")
    found = len(site & aside)
    if len(title_copies) > 1:
        copies_aside = sum(1 for copy in title_copies if copy <= aside)
        found += len(title_copies[0]) * min(copies_aside, len(title_copies) - 1)
        if copies_aside == len(title_copies):
            side.article_lost += len(title_copies[0])
            side.lost.append(f"{name}: the title (every copy)")
        site_total = len(site) + len(title_copies[0]) * (len(title_copies) - 1)
    else:
        site_total = len(site)
    side.site_found += found
    side.set_aside += len(aside)
    if count_gold:
        tally.site_gold += site_total
    return site - aside


def published_day(gold: dict) -> date | None:
    """The page's publication day from its gold `published`: an ISO date (a time may follow), or a
    month ("2017-07": its first day); None when it is empty. A value that is neither is a ValueError
    naming it (a date this cannot read is not taken for no date)."""
    value = str(gold.get("published") or "").strip()
    if not value:
        return None
    month = len(value) == len("2017-07")
    try:
        return date.fromisoformat(f"{value}-01") if month else datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD, or YYYY-MM for a month)") from None


def page_days(pages: list[tuple[Path, dict]], dates: str) -> list[date]:
    """The day each page counts for. "daily": one page a day in publication order (a daily feed).
    "published": the page's own publication day, as the build path uses an article's date
    (pipeline.text.outlet_templates.article_day); a page without one comes a day after the page
    before it (an undated outlet is then read as a daily feed); a page whose date cannot be read
    stops the scoring (ValueError naming its gold file and the value)."""
    days: list[date] = []
    for number, (source, gold) in enumerate(pages):
        try:
            own = published_day(gold) if dates == "published" else None
        except ValueError as error:
            where = source.with_suffix(".json")
            raise ValueError(f"{where.parent.name}/{where.name}: {error}; correct it, or use --dates daily") from None
        previous = days[-1] + timedelta(days=1) if days else START
        days.append(own or (previous if dates == "published" else START + timedelta(days=number)))
    return days


def measure_outlet(folder: Path, settings: BriefSettings, store: Store, *, dates: str = "daily") -> OutletTally:
    pages = outlet_pages(folder)
    outlet = next((gold.get("outlet") for _, gold in pages if gold.get("outlet")), folder.name)
    lines, add_row = store(folder.name)
    detector = TemplateDetector(lines, settings.template_min_articles, settings.template_window_days)
    tally = OutletTally(outlet, pages=len(pages))
    for number, ((source, gold), day) in enumerate(zip(pages, page_days(pages, dates))):
        key = f"{folder.name}-{number:03d}"
        rules = read_article(source)
        both = with_templates(rules, partial(detector.check, outlet=outlet, article=key, day=day))
        add_row(key)
        lines.add(outlet, article_units(both.blocks), key, day)  # what write_brief records
        if number < settings.template_min_articles:
            continue
        tally.scored += 1
        score(rules, gold, tally, tally.rules, source.stem, count_gold=True)
        kept = score(both, gold, tally, tally.both, source.stem, count_gold=False)
        if kept:
            text = norm(both.text)
            tally.kept.append(f"{source.stem}: {''.join(text[i] for i in sorted(kept))[:80]!r}")
    return tally


def measure_sets(root: Path, settings: BriefSettings, store: Store, *, dates: str = "daily") -> list[OutletTally]:
    folders = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.json")))
    if not folders:
        raise ValueError(f"{root} holds no outlet folder with gold files (NAME.json next to NAME.txt)")
    return [measure_outlet(folder, settings, store, dates=dates) for folder in folders]


def report(tallies: list[OutletTally], *, verbose: bool) -> list[str]:
    out = []
    for t in tallies:
        out.append(
            f"{t.outlet}: {t.pages} pages, {t.scored} scored (after the first {t.pages - t.scored}); "
            f"site text {t.site_gold} characters" + (f"; {t.unlocated} gold blocks not found" if t.unlocated else "")
        )
        for label, side in (("rules alone", t.rules), ("rules + repetition", t.both)):
            out.append(
                f"  {label:19s} recall {t.recall(side):.3f}  precision {side.precision():.3f}  "
                f"article text set aside {side.article_lost} characters"
            )
        lost_by_repetition = max(0, t.both.article_lost - t.rules.article_lost)
        out.append(f"  article text set aside by repetition (beyond the rules): {lost_by_repetition} characters")
        if verbose:
            out += [f"    lost (rules + repetition) {line}" for line in t.both.lost]
            out += [f"    kept {line}" for line in t.kept]
    return out

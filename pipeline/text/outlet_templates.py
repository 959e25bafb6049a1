"""The outlet's template, learned from repetition, in the build path: before an article is
translated, the lines it shares with several other articles of its outlet on different days (the
catalog's outlet_lines, pipeline.catalog.outlet_lines) are set aside with the reason "repeated in N
articles of OUTLET"; when its brief is written, its own lines are recorded with it. Settings:
`template_min_articles` (N) and `template_window_days`. An article without an outlet, the first
articles of a new outlet and `--keep-all` get the rules alone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pipeline.document import Article
from pipeline.settings import BriefSettings
from pipeline.text.article import with_templates
from pipeline.text.templates import TemplateDetector, article_units
from pipeline.times import usable_day

if TYPE_CHECKING:
    from pipeline.catalog.outlet_lines import LinesOfArticle


def outlet_of(article: Article) -> str | None:
    """The outlet's name as the source gives it, else the host of its URL ("www." dropped)."""
    origin = article.origin
    name = article.meta.outlet or (origin.outlet if origin else None)
    if name and name.strip():
        return " ".join(name.split())
    url = (origin.url if origin else None) or article.meta.url
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def article_day(article: Article, today: date | None = None) -> date:
    """The day the article's lines count for: its publication date when it gives a usable one (ISO;
    pipeline.times.usable_day: not before 1990, not after tomorrow), else today."""
    today = today or datetime.now(UTC).date()
    for value in (article.meta.published, article.origin.published if article.origin else None):
        try:
            day = date.fromisoformat((value or "").strip()[:10])
        except ValueError:
            continue
        if usable_day(day, today):
            return day
    return today


def apply_outlet_templates(article: Article, settings: BriefSettings, *, key: str) -> Article:
    """The article with its outlet's template lines set aside (`key`: the article's cache key, so
    that a brief made again does not count its own earlier lines)."""
    outlet = outlet_of(article)
    if settings.keep_all or outlet is None:
        return article
    from pipeline.catalog.db import open_catalog
    from pipeline.catalog.outlet_lines import CatalogOutletLines

    detector = TemplateDetector(
        CatalogOutletLines(open_catalog(settings)), settings.template_min_articles, settings.template_window_days
    )
    return with_templates(article, partial(detector.check, outlet=outlet, article=key, day=article_day(article)))


def lines_to_record(article: Article, settings: BriefSettings) -> LinesOfArticle | None:
    """What the catalog records with the article's brief (None: no outlet, or `--keep-all`)."""
    outlet = outlet_of(article)
    if settings.keep_all or outlet is None:
        return None
    from pipeline.catalog.outlet_lines import LinesOfArticle

    units = frozenset(article_units(article.blocks))
    return LinesOfArticle(outlet, units, article_day(article), settings.template_window_days)

"""The pages as HTML: Jinja2 with autoescape always on (no template marks anything safe), strict
undefined names, and links only to http(s) addresses. Source and model text is data: it can never
become markup, an attribute or a script."""

from __future__ import annotations

import hashlib
import itertools
import re
from datetime import datetime
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from pipeline.render.digest import copies_line
from pipeline.render.markdown import web_link
from pipeline.site import paths
from pipeline.site.model import Alignment, Site, SiteArticle, SiteDay, SiteStory
from pipeline.times import iso_time, long_date, parse_time, publication_day, reader_time, when_published

if TYPE_CHECKING:  # jinja2 is imported only when a page is rendered
    import jinja2

_NOT_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")  # never valid in a page
HIGHLIGHT_PAIRS = 120  # sentences of one block the CSS pairs up (hover/focus highlights the counterpart)


def safe_environment(package: str) -> jinja2.Environment:
    """Jinja2 over `package`'s templates as every page and message uses it: autoescape always on,
    strict undefined names, every value shown cleaned first (clean_text)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=clean_text,
    )


@cache
def environment() -> jinja2.Environment:
    env = safe_environment("pipeline.site")
    env.globals.update(paths=paths, make_counter=_Counter, copies_line=copies_line)  # the digest's wording
    env.filters.update(lookup=lambda key, mapping: mapping.get(key), long_date=long_date, clock=clock)
    env.filters.update(when_published=when_published, iso_datetime=iso_datetime)
    return env


def clean_text(value: object) -> object:
    """Every value a page shows, before it is escaped: control characters and lone surrogates
    (which HTML cannot carry) become U+FFFD."""
    from markupsafe import Markup

    if isinstance(value, Markup) or not isinstance(value, str):  # Markup: a macro's output, its text cleaned already
        return value
    return _NOT_HTML.sub("\ufffd", value)


class _Counter:
    """The ordinal of a sentence within its block: both sides count alike, so hovering one highlights the other."""

    def __init__(self) -> None:
        self._count = itertools.count()

    def next(self) -> int:
        return next(self._count)


def clock(published: str | None, day: str) -> str:
    """When an article was published, as a story's timeline lists it under `day`, on Amsterdam's clock
    (pipeline.times.reader_time): "20:17"; its whole date ("Saturday 31 January 2026, 23:40", "February
    2022") when that is not `day` — an article listed under the day it was briefed; "" when `day` says it all."""
    if not published or not published.strip():
        return ""
    when = iso_time(published)
    if when is not None and len(published.strip()) > 10:
        local = reader_time(when)
        return local.strftime("%H:%M") if local.date().isoformat() == day else when_published(published)
    return "" if when is not None and when.date().isoformat() == day else publication_day(published)


def timeline_day(published: str | None, briefed: str) -> str:
    """The day a story's timeline lists an article under: the day it was published, on Amsterdam's clock
    (pipeline.times.reader_time), when its source gives a usable day; else `briefed`, the first day
    it was briefed (an article without a date, or dated after that day — a feed item dated 2039 — counts as
    published when it was briefed, as the stories count it: pipeline.storydesk.text)."""
    when = iso_time(published)
    if when is None or parse_time(when) is None:
        return briefed
    return min(reader_time(when).date().isoformat(), briefed)


def stylesheet() -> str:
    """site.css and the highlight rules: a sentence hovered or focused lights up with its counterpart."""
    base = resources.files("pipeline.site").joinpath("static/site.css").read_text(encoding="utf-8")
    rules = ",\n".join(f'.row:has([data-i="{i}"]:is(:hover,:focus)) [data-i="{i}"]' for i in range(HIGHLIGHT_PAIRS))
    return base + "\n" + rules + " { background: var(--hl); color: var(--hl-fg); }\n"


def search_script() -> str:
    return resources.files("pipeline.site").joinpath("static/search.js").read_text(encoding="utf-8")


@cache
def templates_fingerprint() -> str:
    """Changes whenever a template, the CSS or the script changes: every page is then rewritten."""
    digest = hashlib.sha256()
    folder = resources.files("pipeline.site")
    for sub in ("templates", "static"):
        for entry in sorted(folder.joinpath(sub).iterdir(), key=lambda e: e.name):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


def _common(site: Site, root: str, kind: str, title: str) -> dict[str, Any]:
    return {"site_title": site.title, "feeds": site.feeds, "root": root, "page_kind": kind, "page_title": title}


def render_front(site: Site, day: SiteDay | None, earlier: list[SiteDay], stories: dict[str, SiteStory]) -> str:
    title = f"Briefing {day.date}" if day else "No briefing yet"
    context = _common(site, "", "front", title) | {
        "day": day,
        "earlier": earlier,
        "stories_by_id": stories,
        "notes": site.notes,
    }
    return environment().get_template("front.html").render(context)


def render_day(
    site: Site, day: SiteDay, previous: str | None, following: str | None, stories: dict[str, SiteStory]
) -> str:
    context = _common(site, "../", "day", f"Briefing {day.date}") | {
        "day": day,
        "previous": previous,
        "following": following,
        "stories_by_id": stories,
    }
    return environment().get_template("day.html").render(context)


def render_story(site: Site, story: SiteStory, articles: dict[str, SiteArticle]) -> str:
    """The story's articles under the days they were published (`timeline_day`), oldest first; a day
    heading links to that day's briefing when the site has one."""
    timeline: dict[str, list[SiteArticle]] = {}
    for entry in story.timeline:
        found = articles.get(entry.article_key)
        if found is None or story.newest(found.key) != found.key:  # a changed page: its newest brief only
            continue
        day = timeline_day(found.published, entry.day)
        if all(a.key != found.key for a in timeline.get(day, [])):
            timeline.setdefault(day, []).append(found)
    context = _common(site, "../", "story", story.title) | {
        "story": story,
        "timeline": sorted(timeline.items()),
        "briefing_days": {d.date for d in site.days},
        "changed": {newest for _, newest in story.versions},
    }
    return environment().get_template("story.html").render(context)


def render_article(site: Site, article: SiteArticle, stories: list[SiteStory], newest: str | None = None) -> str:
    """`newest`: the key of the newest brief of the article's page when the page changed and was briefed again
    (the article's own key when it is that brief): the page says so, and an earlier brief links to the newest."""
    context = _common(site, "../", "article", article.title_en) | {
        "article": article,
        "stories": stories,
        "newest": newest,
        "source_link": web_link(article.source_url),
        "published_iso": iso_datetime(article.published),
        "block_aligned": _block_aligned(article),
    }
    return environment().get_template("article.html").render(context)


def _block_aligned(article: SiteArticle) -> str | None:
    """ "all" when no block of the article (with text) is paired sentence by sentence, "some"
    when some are, None when all are."""
    kinds = {b.alignment for b in article.blocks if b.parts}
    if Alignment.BLOCK not in kinds:
        return None
    return "all" if kinds == {Alignment.BLOCK} else "some"


def render_search(site: Site) -> str:
    return environment().get_template("search.html").render(_common(site, "", "search", "Search"))


def iso_datetime(value: str | None) -> str | None:
    """`value` as a machine-readable <time datetime> when it is ISO 8601; None otherwise."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None

"""Watchlists: a story matches when any term appears as a whole word (any case) in its title,
summary or key names, or in the English or Dutch of one of its articles. One message when a
story first matches; none when it only grows, unless `watch_growth` asks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.deliver.state import DeliveryState
from pipeline.site.model import Site, SiteArticle, SiteStory


@dataclass(frozen=True)
class WatchHit:
    watch: str
    story: SiteStory
    terms: tuple[str, ...]  # the terms found
    grew: bool  # notified before; the story has new articles since


@cache
def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in term.split()) + r"(?!\w)", re.IGNORECASE)


def _texts(story: SiteStory, articles: dict[str, SiteArticle]) -> Iterable[str]:
    yield story.title
    yield story.summary
    yield from story.key_names
    for entry in story.timeline:
        article = articles.get(entry.article_key)
        if article is None:
            continue
        yield from (article.title_en, article.title_nl or "", article.summary)
        for block in article.blocks:
            for part in block.parts:
                for pair in part:
                    yield pair.en
                    yield pair.nl


def found_terms(terms: Iterable[str], story: SiteStory, articles: dict[str, SiteArticle]) -> tuple[str, ...]:
    wanted = [t for t in terms if t.strip()]
    found: list[str] = []
    for text in _texts(story, articles):
        for term in wanted:
            if term not in found and _pattern(term).search(text):
                found.append(term)
        if len(found) == len(wanted):
            break
    return tuple(t for t in wanted if t in found)  # in the watchlist's order


def watch_hits(site: Site, watches, state: DeliveryState, *, growth: bool = False) -> list[WatchHit]:
    """What to notify: stories that match a watchlist for the first time (and, with `growth`,
    stories notified before that have more articles now). Nothing is recorded here: the caller
    records a hit once its message went out (pipeline.deliver.send.notify_watchlists)."""
    articles = {a.key: a for a in site.articles}
    hits = []
    for watch in watches:
        notified = state.watch_notices(watch.name)
        for story in site.stories:
            seen = notified.get(story.id)
            if seen is not None and not (growth and len(story.timeline) > seen):
                continue
            terms = found_terms(watch.terms, story, articles)
            if terms:
                hits.append(WatchHit(watch.name, story, terms, grew=seen is not None))
    return hits

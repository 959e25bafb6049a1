"""The page a brief was briefed from, one rule for every reader of it: the join's `articles.page` (a changed page
finds its earlier brief), `StoryView` (a page's briefs shown once) and `read.rank_input` (counted once).

A web page is an http(s) address (any case), cited as the web reader cites it (`without_tracking`: no utm_
campaign parameters) and without a fragment: the feed's link with `?utm_source=rss` and the address a reader pasted
are one page. Anything else — a path, a file: URL — is a file, which may hold another article each time."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from pipeline.web.page import without_tracking


def page_of(source: object) -> str | None:
    """The web page `source` names; None for a file."""
    if not isinstance(source, str) or "://" not in source:
        return None
    parts = urlsplit(source)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return without_tracking(urlunsplit(parts._replace(fragment="")))


def same_source(one: str, other: str) -> bool:
    """Were two briefs made from one source: one web page (`page_of`), else one path as given?"""
    return (page_of(one) or one) == (page_of(other) or other)


def source_key(source: str) -> str:
    """What `same_source` compares of `source`."""
    return page_of(source) or source

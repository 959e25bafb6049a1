"""The page a brief was briefed from, one rule for every reader of it: the join's `articles.page` (a changed page
finds its earlier brief), `StoryView` (a page's briefs shown once) and `read.rank_input` (counted once) — the rule
itself is pipeline.addresses.page_of (the catalog's migration 0007 fills `articles.page` by it too)."""

from __future__ import annotations

from pipeline.addresses import page_of

__all__ = ["page_of", "same_source", "source_key"]


def same_source(one: str, other: str) -> bool:
    """Were two briefs made from one source: one web page (`page_of`), else one path as given?"""
    return source_key(one) == source_key(other)


def source_key(source: str) -> str:
    """What `same_source` compares of `source`."""
    return page_of(source) or source

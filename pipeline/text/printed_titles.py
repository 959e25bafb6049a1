"""A title printed twice: the one test of a copy of a page's title (the page's title and its heading, a card's title
and its copy, a breadcrumb's or a header's copy) that pipeline.text.title_copies, page_header, page_order_titles and
closing_cards read — the same words, white space folded (`folded`), a title's length (`title_sized`:
title_rules.TITLE_COPY_MIN_WORDS; a shorter line printed again is a label)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.text.title_rules import TITLE_COPY_MIN_WORDS


def split_count(text: str) -> int:
    """The text's words: its runs between white space."""
    return len(text.split())


def folded(text: str) -> str:
    """The text with its white space folded to single spaces, none at its ends."""
    return " ".join(text.split())


def title_sized(text: str, count: Callable[[str], int] = split_count) -> bool:
    """At least TITLE_COPY_MIN_WORDS words (as `count` counts them: runs between white space, or
    pipeline.text.patterns.word_count's words)."""
    return count(text) >= TITLE_COPY_MIN_WORDS

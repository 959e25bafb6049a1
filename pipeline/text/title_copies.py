"""Copies of the title at the page's opening (pipeline.text.article calls this): a page that prints its title
two or three times in a row (the page's title, the player's title, the article's heading) — the first copy is the
title, the copies right after it are set aside as "repeated"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside

TITLE_COPY_MIN_WORDS = 4  # a shorter line repeated is a label, for pipeline.text.article's repeated lines


def title_copies(blocks: Sequence[Block]) -> list[Block]:
    """The opening line (not set aside, at least TITLE_COPY_MIN_WORDS words, not a sentence of running text
    ending in a full stop) and the blocks right after it with the very same text: those copies set aside."""
    out = list(blocks)
    opening = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if opening is None:
        return out
    first = " ".join(out[opening].text.split())
    if patterns.word_count(first) < TITLE_COPY_MIN_WORDS or first.endswith("."):
        return out
    index = opening + 1
    if echo := _section_echo(out, opening):  # "<title> Sport" / "Sport" / "<title>": the label cut off the title
        first = echo
        glued = aside(replace(out[opening], text=out[opening + 1].text.strip()), "navigation")
        out[opening : opening + 1] = [replace(out[opening], text=echo), glued]
        index = opening + 3
    while (
        index < len(out) and out[index].kind is not BlockKind.SITE_TEXT and " ".join(out[index].text.split()) == first
    ):
        out[index] = aside(out[index], "repeated")
        index += 1
    return out


def _section_echo(blocks: list[Block], opening: int) -> str | None:
    """The title without the section label glued after it, when the next line is that label set aside and a copy
    of the title follows ("<title> Sport", "Sport", "<title>"); else None."""
    if opening + 2 >= len(blocks):
        return None
    first, label, copy = blocks[opening], blocks[opening + 1], blocks[opening + 2]
    word = label.text.strip()
    if label.kind is not BlockKind.SITE_TEXT or len(word.split()) != 1 or copy.kind is BlockKind.SITE_TEXT:
        return None
    title = " ".join(first.text.split())
    cut = title[: -len(word) - 1] if title.endswith(f" {word}") else ""
    return cut if patterns.word_count(cut) >= TITLE_COPY_MIN_WORDS and " ".join(copy.text.split()) == cut else None

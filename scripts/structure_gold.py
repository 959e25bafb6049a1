"""Gold blocks of the structure sets located in their source text, as a reader sees it (scripts/eval_structure
and the scripts built on it): visible text, gold kinds and texts, spans of texts found in order."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>", re.DOTALL)
_INLINE_TAGS = re.compile(
    r"a|abbr|b|bd[io]|cite|code|del|dfn|em|font|i|ins|kbd|mark|nobr|q|s|samp|small|span|strong|su[bp]|time|tt|u|var|wbr"
)  # their words run on into the text around them; any other tag (p, div, br, img…) parts words
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def visible_text(text: str | None) -> str:
    """The text a reader sees: HTML tags removed (inline ones without a gap, others as a space),
    entities unescaped, zero-width characters dropped, whitespace collapsed."""

    def tag(match: re.Match[str]) -> str:
        return "" if _INLINE_TAGS.fullmatch((match.group(1) or "").lower()) else " "

    return norm(html.unescape(_TAG.sub(tag, text or "")).translate(_ZERO_WIDTH))


GOLD_KINDS = {"list_item": "list", "liveblog_time": "liveblog"}  # per-line gold labels, as block kinds
BULLET = re.compile(r"^[-–•*·]\s+")


def gold_kind(block: Mapping[str, Any]) -> str:
    kind = str(block.get("kind") or block.get("type") or block.get("label") or "paragraph").lower()
    return GOLD_KINDS.get(kind, kind)


def gold_text(block: Mapping[str, Any]) -> str:
    text = block.get("text") or ""
    if not text and block.get("items"):
        text = "\n".join(block["items"])
    return f"{block.get('time') or ''} {text}"


def locate(
    source: str, texts: Iterable[str], *, start: int = 0, project: Callable[[str], str] = norm
) -> list[tuple[int, int] | None]:
    """Spans of each text (`project`ed: whitespace-collapsed by default) in the source, searched in
    order from `start`; a text not found after the one before it is searched from `start` again."""
    spans: list[tuple[int, int] | None] = []
    position = first = start
    for text in texts:
        wanted = project(text)
        if not wanted:
            spans.append(None)
            continue
        start = source.find(wanted, position)
        if start < 0:
            start = source.find(wanted, first)
        if start < 0:
            spans.append(None)
            continue
        spans.append((start, start + len(wanted)))
        position = start + len(wanted)
    return spans


def visible(source: str, span: tuple[int, int]) -> set[int]:
    return {i for i in range(*span) if not source[i].isspace()}


def gold_chars(source: str, block: Mapping[str, Any], span: tuple[int, int]) -> tuple[set[int], set[int]]:
    """A located gold block's visible characters, split in two: its own, and its `site_text_tail`'s — site text
    whatever the block's kind, found as the tail's last occurrence inside the block's span (none when not found)."""
    chars = visible(source, span)
    tail = visible_text(block.get("site_text_tail"))
    start = source.rfind(tail, *span) if tail else -1
    if start < 0:
        return chars, set()
    tail_chars = visible(source, (start, start + len(tail)))
    return chars - tail_chars, tail_chars

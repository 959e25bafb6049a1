"""The site text cut out of an HTML fragment by HTML's own shape (split from pipeline.text.html_text, whose docstring
describes the rules): a `<small>` credit at the fragment's top level, its closing list of promos
(pipeline.text.html_promo), its closing run of links, and a line that is one emphasis element holding a short
attribution (a credit line).
"""

from __future__ import annotations

import html
import re
from typing import Any

from pipeline.document import Block, BlockKind
from pipeline.text.credit_rules import CREDIT_WORD_GROUP
from pipeline.text.html_promo import closing_promo
from pipeline.text.markdown_source import html_fragments
from pipeline.text.structure import collapse

ATTRIBUTION = re.compile(rf"\(c\)|©|\b(bron|grafiek|{CREDIT_WORD_GROUP})\s*:", re.IGNORECASE)
LINK_RUN_MIN_LINKS = 2
LINK_RUN_MIN_SHARE = 0.6  # of the run's words inside its links
LINK_RUN_GAP_MAX_WORDS = 3  # the words between two links of the run ("|", "Achtergrond:")
CREDIT_LINE_TAGS = ("em", "i", "small")
CREDIT_LINE_MAX_WORDS = 8


def credit_line(part: str) -> Block | None:
    parsed = html_fragments(part)
    if parsed is None:
        return None
    nodes = [n for n in parsed if not (isinstance(n, str) and not n.strip())]
    while (
        len(nodes) == 1 and not isinstance(nodes[0], str) and nodes[0].tag == "p" and not (nodes[0].text or "").strip()
    ):
        nodes = list(nodes[0])  # the paragraph's opening tag before the line
    if (
        len(nodes) != 1
        or isinstance(nodes[0], str)
        or nodes[0].tag not in CREDIT_LINE_TAGS
        or (nodes[0].tail or "").strip()
    ):
        return None
    words = collapse(nodes[0].text_content())
    if ATTRIBUTION.match(words) and len(words.split()) <= CREDIT_LINE_MAX_WORDS:
        return Block(BlockKind.SITE_TEXT, words, reason="credit")
    return None


def fragment_parts(chunk: str) -> list[str | Block]:
    """The fragment as HTML to read, with its credit (`<small>`) and its closing run of links cut out as site
    text (see the module docstring)."""
    from lxml import etree

    nodes = html_fragments(chunk)
    if nodes is None:
        return [chunk]
    units: list[Any] = []  # strings (loose text, tails) and elements, in order
    for node in nodes:
        units.extend([node] if isinstance(node, str) else [node, node.tail or ""])
    links_from = _closing_links(units)
    promo_from = closing_promo(units)
    parts: list[str | Block] = []
    markup: list[str] = []
    for index, unit in enumerate(units):
        if index == promo_from:
            _flush(markup, parts)
            words = collapse(" ".join(_words(u) for u in units[index:]))
            parts.append(Block(BlockKind.SITE_TEXT, words, reason="promo"))
            break
        if index == links_from:
            _flush(markup, parts)
            words = collapse(" ".join(_words(u) for u in units[index:]))
            parts.append(Block(BlockKind.SITE_TEXT, words, reason="link"))
            break
        if not isinstance(unit, str) and unit.tag == "small" and ATTRIBUTION.search(unit.text_content()):
            _flush(markup, parts)
            parts.append(Block(BlockKind.SITE_TEXT, collapse(unit.text_content()), reason="credit"))
            continue
        markup.append(
            html.escape(unit)
            if isinstance(unit, str)
            else etree.tostring(unit, encoding=str, method="html", with_tail=False)
        )
    _flush(markup, parts)
    return parts


def _words(unit: Any) -> str:
    return unit if isinstance(unit, str) else unit.text_content()


def _flush(markup: list[str], parts: list[str | Block]) -> None:
    if "".join(markup).strip():
        parts.append("".join(markup))
    markup.clear()


def _closing_links(units: list[Any]) -> int | None:
    """Where the fragment's closing run of links begins (None: it has none, or it is all links)."""
    start, links = len(units), 0
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if isinstance(unit, str) and len(unit.split()) <= LINK_RUN_GAP_MAX_WORDS:
            start = index
        elif not isinstance(unit, str) and unit.tag == "a":
            start, links = index, links + 1
        else:
            break
    while start < len(units) and isinstance(units[start], str):
        start += 1  # the run opens with its first link or with a label right before it
    label = units[start - 1] if start > 0 else None
    if isinstance(label, str) and label.strip() and len(label.split()) <= LINK_RUN_GAP_MAX_WORDS:
        start -= 1  # "Achtergrond:" before the first link
    words = sum(len(_words(u).split()) for u in units[start:])
    linked = sum(len(u.text_content().split()) for u in units[start:] if not isinstance(u, str))
    if links < LINK_RUN_MIN_LINKS or start == 0 or not words or linked < LINK_RUN_MIN_SHARE * words:
        return None
    return start

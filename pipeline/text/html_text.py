"""A plain-text file whose chunk is an HTML fragment (a scraped content field: `<p>`, `<span>`, `<a>`,
`<small>` … with entities) is read as HTML, by the Markdown reader's HTML reading
(pipeline.text.markdown_source.html_pieces: every word kept, a wordless element listed as site text).

The test is per blank-line-separated chunk, bounded and conservative: at least a few tags of HTML's own
names, one of them a closing tag, and markup a noticeable share of the chunk's characters — a text that
mentions "<" or names a tag once stays plain text.

Inside such a fragment, by HTML's own shape:
credit    a `<small>` element (HTML's small print) at the fragment's top level that holds an attribution
          ("(c)", "©", "Bron:", "Foto:") — a chart's or a photo's credit line
link      the fragment's closing run of links: at least two `<a>` elements with only short words between them,
          most of the run's words inside the links ("Achtergrond: <a>…</a> | <a>…</a>")
"""

from __future__ import annotations

import html
import re
from typing import Any

from pipeline.document import Block, BlockKind
from pipeline.text.markdown_source import html_pieces
from pipeline.text.structure import chunk_blocks, collapse, text_blocks

_TAG_NAMES = r"p|a|span|small|strong|em|b|i|u|br|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|sup|sub|section"
HTML_TAG = re.compile(rf"</?({_TAG_NAMES})\b[^<>]{{0,500}}>", re.IGNORECASE)
CLOSING_TAG = re.compile(rf"</({_TAG_NAMES})\s*>", re.IGNORECASE)
HTML_MIN_TAGS = 3
HTML_MIN_MARKUP_SHARE = 0.05  # of the chunk's characters inside tags
HTML_SCAN_CHARS = 200_000  # the test reads at most this much of a chunk
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")
ATTRIBUTION = re.compile(r"\(c\)|©|\b(bron|foto|beeld|grafiek)\s*:", re.IGNORECASE)
LINK_RUN_MIN_LINKS = 2
LINK_RUN_MIN_SHARE = 0.6  # of the run's words inside its links
LINK_RUN_GAP_MAX_WORDS = 3  # the words between two links of the run ("|", "Achtergrond:")


def is_html_fragment(chunk: str) -> bool:
    sample = chunk[:HTML_SCAN_CHARS]
    tags = [m.end() - m.start() for m in HTML_TAG.finditer(sample)]
    return (
        len(tags) >= HTML_MIN_TAGS
        and bool(CLOSING_TAG.search(sample))
        and sum(tags) >= HTML_MIN_MARKUP_SHARE * len(sample.strip())
    )


def plain_or_html_blocks(body: str) -> list[Block]:
    """The blocks of a plain-text body; its chunks that are HTML fragments are read as HTML."""
    chunks = _BLANK_LINES.split(body)
    if not any(is_html_fragment(chunk) for chunk in chunks):
        return text_blocks(body)
    blocks: list[Block] = []
    plain: list[str] = []
    for chunk in chunks:
        if not is_html_fragment(chunk):
            plain.append(chunk)
            continue
        if plain:
            blocks.extend(text_blocks("\n\n".join(plain)))
            plain = []
        for part in fragment_parts(chunk):
            if isinstance(part, Block):
                blocks.append(part)
                continue
            for piece in html_pieces(part):
                blocks.extend(chunk_blocks(piece, after_text=bool(blocks)) if isinstance(piece, list) else [piece])
    if plain:
        blocks.extend(text_blocks("\n\n".join(plain)))
    return blocks


def fragment_parts(chunk: str) -> list[str | Block]:
    """The fragment as HTML to read, with its credit (`<small>`) and its closing run of links cut out as site
    text (see the module docstring)."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        nodes = lxml_html.fragments_fromstring(chunk)
    except (etree.ParserError, ValueError):
        return [chunk]
    units: list[Any] = []  # strings (loose text, tails) and elements, in order
    for node in nodes:
        units.extend([node] if isinstance(node, str) else [node, node.tail or ""])
    links_from = _closing_links(units)
    parts: list[str | Block] = []
    markup: list[str] = []
    for index, unit in enumerate(units):
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

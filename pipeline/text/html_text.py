"""A plain-text file whose chunk is an HTML fragment (a scraped content field: `<p>`, `<span>`, `<a>`,
`<small>` … with entities) is read as HTML, by the Markdown reader's HTML reading
(pipeline.text.markdown_source.html_pieces: every word kept, a wordless element listed as site text).

The test is per blank-line-separated chunk, bounded and conservative: at least a few tags of HTML's own
names, one of them a closing tag, and markup a noticeable share of the chunk's characters — a text that
mentions "<" or names a tag once stays plain text.
"""

from __future__ import annotations

import re

from pipeline.document import Block
from pipeline.text.markdown_source import html_pieces
from pipeline.text.structure import chunk_blocks, text_blocks

_TAG_NAMES = r"p|a|span|small|strong|em|b|i|u|br|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|sup|sub|section"
HTML_TAG = re.compile(rf"</?({_TAG_NAMES})\b[^<>]{{0,500}}>", re.IGNORECASE)
CLOSING_TAG = re.compile(rf"</({_TAG_NAMES})\s*>", re.IGNORECASE)
HTML_MIN_TAGS = 3
HTML_MIN_MARKUP_SHARE = 0.05  # of the chunk's characters inside tags
HTML_SCAN_CHARS = 200_000  # the test reads at most this much of a chunk
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")


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
        for piece in html_pieces(chunk):
            blocks.extend(chunk_blocks(piece, after_text=bool(blocks)) if isinstance(piece, list) else [piece])
    if plain:
        blocks.extend(text_blocks("\n\n".join(plain)))
    return blocks

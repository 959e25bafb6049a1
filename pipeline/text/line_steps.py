"""The steps every reader that builds blocks from lines takes once its lines are blocks, in one place (fix47: one
build path): a plain text (structure.text_blocks), a text's HTML fragments (html_text) and a Markdown file
(markdown_source) read a schedule's rows, a quoted list, a lower-case heading and a liveblog's times alike.

caption_copies     a caption closed by a credit, then its copy as a block of its own: site text (site40)
glued_newsroom     "<title> Redactie" over a date line: the title, then the newsroom's byline (site40)
stamped_bylines    "Door <name> - <date>, <time> (Update …)": the byline, then its stamp as site text (site41)
quoted_lists       a widget's list of one word over and over right above running text: the article's list (review42)
dated_rows         "Name | date" lines in a row, or below the running text: a schedule's rows, headings (review45)
echoed_headings    a lower-case label named word for word by the paragraph below: a heading (site32)
attach_timestamps  a liveblog's times open its entries; in other text a time is a dateline

Each step leaves blocks it has settled as they are: a reader may settle parts of a text (html_text's plain chunks,
by text_blocks) and then the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.glued_bylines import glued_newsroom
from pipeline.text.glued_stamps import stamped_bylines
from pipeline.text.line_groups import caption_copies, dated_rows
from pipeline.text.liveblog_times import attach_timestamps
from pipeline.text.page_body import echoed_headings

BULLET = re.compile(r"^[-–•*·]\s+(?=\S)")  # a bulleted line's bullet (structure reads the lines)


def settled(blocks: Sequence[Block], *, liveblog: bool = False) -> list[Block]:
    """The blocks a reader built from lines, after the steps every reader takes (see the module's docstring)."""
    blocks = stamped_bylines(glued_newsroom(caption_copies(blocks)))
    return attach_timestamps(echoed_headings(dated_rows(quoted_lists(blocks))), liveblog=liveblog)


def quoted_lists(blocks: Sequence[Block]) -> list[Block]:
    """A list of one word over and over (placeholder_items) right above running text (a paragraph that ends its
    sentence, not cut off): the article's list ("• Voor" / "• Voor": a vote), not a widget's slides (review42)."""
    out = list(blocks)
    for index, block in enumerate(out[:-1]):
        below = out[index + 1].text.rstrip()
        running = out[index + 1].kind is BlockKind.PARAGRAPH and patterns.ends_sentence(below)
        if block.reason == "widget" and running and not below.endswith(("...", "…", "[...]")):
            lines = block.text.split("\n")
            out[index] = Block(BlockKind.LIST, block.text, items=tuple(BULLET.sub("", x, count=1) for x in lines))
    return out

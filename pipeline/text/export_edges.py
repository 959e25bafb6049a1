"""An archive's export of a printed article (issue 21, round 5), found by shape (the expressions are data:
pipeline.text.edge_rules). A text is such an export when it has a run of metadata lines ("Key: value", short
capitalised keys) at its top — before its first paragraph of running text — and another at its tail, and a
copyright line between its first line and the top run. Then:

export    the lines of both runs (a value wrapped onto the next line, a line between two keys of a run), a
          lone marker line next to a run ("Body", "Classification", "End of Document", "Page 2 of 2"), the
          header lines between the title and the top run (the outlet, the issue date), the title repeated
          on a line of its own inside the text (the page's running head — also where the reader joined that
          line into a wrapped paragraph; never a copy inside a line of the source's sentence)
copyright a "Copyright 2016 … All Rights Reserved" line at the top or the tail (of any text)
untitled  the archive's placeholder for a page without a title ("No Headline In Original", or a cut-off
          title in brackets): the article has no headline

The title — the first line, above the header — is the headline; a "Byline:" line is the byline; a key whose
value is a sentence ("Highlight: …") stays as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules as rules
from pipeline.text import patterns
from pipeline.text.page_edges import cut_spans
from pipeline.text.shape_rules import BRACKETED_CUT_TITLE, TAIL_TEXT_MIN_WORDS

EXPORT_KEY = re.compile(rules.EXPORT_KEY)
NO_TITLE = re.compile(rules.EXPORT_NO_TITLE, re.IGNORECASE)
CUT_TITLE = re.compile(BRACKETED_CUT_TITLE)
COPYRIGHT_LINE = re.compile(rules.COPYRIGHT_LINE, re.IGNORECASE)
SCORE_LINE = re.compile(rules.SCORE_LINE)
_LINE_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.SUBHEADING,
    BlockKind.CAPTION,
    BlockKind.DATELINE,
    BlockKind.TABLE,
    BlockKind.BYLINE,
    BlockKind.HEADLINE,
    BlockKind.LEDE,
)


def export_furniture(blocks: Sequence[Block], source: str) -> list[Block]:
    """The blocks with an export's furniture set aside (see the module docstring) and its title marked as the
    headline; a text that is no export keeps everything but a copyright line at its top or tail. `source`:
    the text the blocks were read from (where a running head joined into a paragraph stands on its own line)."""
    out = list(blocks)
    texts = [i for i, b in enumerate(out) if _text_block(b)]
    if not texts:
        return out
    top, tail = range(1, texts[0]), range(texts[-1] + 1, len(out))
    _copyright_lines(out, [*top, *tail])
    top_run, tail_run = _runs(out, top), _runs(out, tail)
    if not (top_run and tail_run and any(out[i].reason == "copyright" for i in range(1, top_run[0][0]))):
        return out  # an export has both runs, and its header names the copyright
    first, last = top_run[0][0], tail_run[-1][1]
    for start, end in (*top_run, *tail_run):
        for i in range(start, end + 1):
            out[i] = _run_line(out[i])
    _markers(out, range(top_run[-1][1] + 1, texts[0]), rules.EXPORT_MARKERS_BELOW_TOP)
    _markers(out, range(tail_run[0][0] - 1, texts[-1], -1), rules.EXPORT_MARKERS_ABOVE_TAIL)
    _markers(out, range(last + 1, len(out)), rules.EXPORT_MARKERS_BELOW_TAIL)
    for i in range(1, first):
        if out[i].kind is not BlockKind.SITE_TEXT and _header_line(out[i].text):
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="export")
    _title(out, source)
    return out


def _text_block(block: Block) -> bool:
    """A paragraph of the text (an export's may end in an agency's credit, "… (ANP)", not a full stop)."""
    long = patterns.word_count(block.text) >= TAIL_TEXT_MIN_WORDS
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and long and not _key_line(block)


def _runs(blocks: Sequence[Block], zone: range) -> list[tuple[int, int]]:
    """(first, last) index of each run of metadata lines in `zone`: keys with at most a few short lines
    between two of them."""
    keys = [i for i in zone if _key_line(blocks[i])]
    runs: list[list[int]] = []
    for i in keys:
        gap = range(runs[-1][-1] + 1, i) if runs else range(0)
        if runs and len(gap) <= rules.EXPORT_GAP_MAX_LINES and all(_short(blocks[j].text) for j in gap):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [(run[0], run[-1]) for run in runs if len(run) >= rules.EXPORT_RUN_MIN_KEYS]


def _key_line(block: Block) -> bool:
    return block.kind in _LINE_KINDS and bool(EXPORT_KEY.match(block.text.strip()))


def _short(text: str) -> bool:
    return patterns.word_count(text) <= rules.EXPORT_GAP_MAX_WORDS


def _run_line(block: Block) -> Block:
    """A line of a run: the archive's, a byline, or a key whose value is a sentence (kept)."""
    found = EXPORT_KEY.match(block.text.strip())
    if found and found.group("key").casefold() in rules.EXPORT_BYLINE_KEYS:
        return Block(BlockKind.BYLINE, block.text)
    value = (found.group("value") or "") if found else ""
    if found and (patterns.ends_sentence(value) or patterns.word_count(value) > rules.EXPORT_VALUE_MAX_WORDS):
        return block
    return Block(BlockKind.SITE_TEXT, block.text, reason="export")


def _markers(out: list[Block], indices: range, limit: int) -> None:
    """Up to `limit` lone marker lines next to a run, from the run outwards; a line set aside already (a link
    line) ends them."""
    for count, i in enumerate(indices):
        block = out[i]
        if count >= limit or block.kind not in _LINE_KINDS or not _marker(block.text.strip()):
            return
        out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="export")


def _marker(text: str) -> bool:
    """A short capitalised line without a sentence's end — but not a table's row ("Feyenoord 27": a name and a
    figure, the text's own standings or results)."""
    return (
        patterns.word_count(text) <= rules.EXPORT_MARKER_MAX_WORDS
        and not patterns.ends_sentence(text)
        and text[:1].isupper()
        and not SCORE_LINE.match(text)
    )


def _header_line(text: str) -> bool:
    return patterns.word_count(text) <= rules.EXPORT_HEADER_MAX_WORDS and not patterns.ends_sentence(text)


def _copyright_lines(out: list[Block], indices: Sequence[int]) -> None:
    for i in indices:
        text = out[i].text.strip()
        if (
            out[i].kind in _LINE_KINDS
            and COPYRIGHT_LINE.match(text)
            and patterns.word_count(text) <= rules.COPYRIGHT_MAX_WORDS
        ):
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="copyright")


def _title(out: list[Block], source: str) -> None:
    """The first line is the export's title (or its placeholder); its copies on a line of their own further on
    are running heads."""
    title = out[0].text.strip()
    placeholder = bool(NO_TITLE.match(title) or CUT_TITLE.match(title))
    out[0] = (
        Block(BlockKind.SITE_TEXT, out[0].text, reason="untitled")
        if placeholder
        else (Block(BlockKind.HEADLINE, out[0].text))
    )
    for i in range(1, len(out)):
        text = out[i].text.strip()
        if out[i].kind in _LINE_KINDS and text == title:
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="untitled" if placeholder else "export")
    if not placeholder and patterns.word_count(title) >= rules.RUNNING_HEAD_MIN_WORDS:
        _running_heads(out, title, source)


def _running_heads(out: list[Block], title: str, source: str) -> None:
    """The title inside a paragraph, in the middle of a sentence that goes on after it in lower case, where the
    source has it on a line of its own with the sentence going on on the next line ("… In zulke" / <title> /
    "magneten zijn …"): the page break's running head, joined into the wrapped paragraph — cut out. A copy
    inside a line of the source is the sentence's own ("Het kabinet wil dat Tata Steel IJmuiden de uitstoot …")."""
    if not re.search(rf"(?m)^[ \t]*{re.escape(title)}[ \t]*\r?\n[ \t]*[a-zà-ÿ]", source):
        return
    head = re.compile(rf"(?<=[^\s.!?:;] ){re.escape(title)}(?= [a-zà-ÿ])")
    for i in range(len(out) - 1, 0, -1):
        if out[i].kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and (found := list(head.finditer(out[i].text))):
            out[i : i + 1] = cut_spans(out[i], [(m.start(), m.end(), "export") for m in found])

"""Headings on top of a page that are never its title, by their place in the page's shape (issue 21, head45):

place line     the places a regional paper files a story under, joined by slashes ("Genk/Bilzen/Tongeren",
               "Aalst/Erpe-Mere", "Antwerpen / Borgerhout", "Den Bosch/Vught"): every part a place's name (capitalised
               words, a particle such as "op" or "aan" between them), nothing else on the line — the story's title, when
               the page kept one, is under it (pipeline.text.untitled_lines); above the text's first paragraph it is
               set aside (`places_aside`, reason "label"): a filing label, nothing to translate
place dateline a place (or places joined by slashes) and a dash alone on the line above the text ("Hasselt -", Het
               Belang van Limburg): the lede's dateline broken off it, read as a dateline before the headline is
               chosen (`place_datelines`, head47) — a title ends in no dash
entry header   a liveblog's latest update on top of a page saved without the blog's title: the heading comes right
               under a short signature line ("door Simon Demeulemeester", "Jan Peeters", "UPDATE") that the page prints
               again, further down, right above another heading — each entry signed the same way; with two signed
               headings only, the first entry is a paragraph (a story and its signed sidebar keep the story's title).
               A blog's own title stands above the first signature and is still taken (pipeline.text.headline); a blog whose entries open
               with a time is read by pipeline.text.liveblog_times. The signatures become bylines (`signed_entries`):
               a reporter's name is neither the lede nor the brief's English title
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns

_PARTICLES = "aan|op|de|den|der|ter|ten|van|bij|in|sur|sous|la|le|les|'s|’s"
_NAME_WORD = r"(?:'s-|’s-)?[A-ZÀ-Ý][\w'’.]*(?:-[\w'’]+)*"
_PLACE = rf"{_NAME_WORD}(?: (?:(?:{_PARTICLES}) )?{_NAME_WORD}){{0,2}}"
PLACE_LINE = re.compile(rf"^{_PLACE}(?:\s?/\s?{_PLACE}){{1,4}}$")
PLACE_LINE_MAX_CHARS = 120  # five places' names and their slashes
# (head47) a dateline's place and its dash alone on the line above the text ("Hasselt -", "Genk / Bilzen –"): the
# lede's dateline broken off it (Het Belang van Limburg), never a title (a title ends in no dash)
PLACE_DASH = re.compile(rf"^{_PLACE}(?:\s?/\s?{_PLACE}){{0,4}}\s?[-–—]$")
SIGNATURE_MAX_WORDS = 6  # a signature line: a name, "door" and a name, a label
ENTRY_MIN_SIGNED = 3  # this many signed headings are a liveblog's entries, however long
ENTRY_MAX_PARAGRAPHS = 1  # ... fewer: the first entry is this short (a story with a signed sidebar is longer)
_SIGNATURES = (BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.SUBHEADING)  # not a photo's caption, nor site text
# the kinds of running text (headline.py reads them too)
RUNNING_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.LIST, BlockKind.QUOTE, BlockKind.LIVEBLOG)
_HEADINGS = (BlockKind.SUBHEADING, BlockKind.HEADLINE, BlockKind.LIVEBLOG)


def place_datelines(blocks: Sequence[Block]) -> list[Block]:
    """A place and its dash alone on a line above the text's first paragraph read as its dateline (PLACE_DASH)."""
    out = list(blocks)
    for k, block in enumerate(out):
        if block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) and _place_dash(block.text):
            out[k] = Block(BlockKind.DATELINE, block.text)
        elif block.kind in RUNNING_TEXT:
            break
    return out


def _place_dash(text: str) -> bool:
    """A place's name (or places' joined by slashes) and a dash, nothing else: a dateline (PLACE_DASH)."""
    return len(text) <= PLACE_LINE_MAX_CHARS and bool(PLACE_DASH.match(patterns.collapse(text)))


def place_line(text: str) -> bool:
    """Places' names joined by slashes, nothing else (see the module docstring)."""
    return len(text) <= PLACE_LINE_MAX_CHARS and bool(PLACE_LINE.match(patterns.collapse(text)))


def places_aside(blocks: Sequence[Block]) -> list[Block]:
    """A place line above the text's first paragraph set aside: the paper's filing label, no text to translate."""
    out = list(blocks)
    for k, block in enumerate(out):
        if block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) and place_line(block.text):
            out[k] = Block(BlockKind.SITE_TEXT, block.text, reason="label")
        elif block.kind in RUNNING_TEXT:
            break
    return out


def entry_on_top(blocks: Sequence[Block], candidates: Sequence[int], label: Callable[[str], bool]) -> int | None:
    """The index of the first of the headings before the text that is no label (`label`: a word or two, "Aan", "Uit",
    a name) when it is a liveblog entry's (entry_header): the page shows no title of its own. Else None."""
    first = next((i for i in candidates if not label(blocks[i].text)), None)
    return first if first is not None and entry_header(blocks, first) else None


def signed_entries(blocks: Sequence[Block], index: int) -> list[Block]:
    """A liveblog's entries, the first one's heading at `index`: every copy of its signature is a byline, and so is
    the name alone on the line above a copy ("Simon Demeulemeester" over "door Simon Demeulemeester") — no lede, no
    English title made of a reporter's name."""
    out = list(blocks)
    signature = _key(out[index - 1])
    for k, block in enumerate(out):
        if k >= index - 1 and _key(block) == signature:
            out[k] = Block(BlockKind.BYLINE, block.text)
            above = out[k - 1] if k else None
            name = _key(above) if above is not None else None
            if above is not None and name and name != signature and name in (signature or ""):
                out[k - 1] = Block(BlockKind.BYLINE, above.text)
    return out


def entry_header(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` is a liveblog entry's: right under a signature line that recurs further down right above
    another heading, and the entries look like a blog's: ENTRY_MIN_SIGNED signed headings or more, or a first entry of
    at most ENTRY_MAX_PARAGRAPHS running blocks (a signature-short line aside) — a story and its sidebar ("kader")
    under one reporter's signature have two signed headings too, the story several paragraphs long (see the module
    docstring)."""
    if index == 0:
        return False
    signature = _key(blocks[index - 1])
    if signature is None:
        return False
    again = [
        k for k in range(index + 1, len(blocks) - 1) if _key(blocks[k]) == signature and blocks[k + 1].kind in _HEADINGS
    ]
    if not again:
        return False
    first_entry = blocks[index + 1 : again[0]]
    return (
        1 + len(again) >= ENTRY_MIN_SIGNED
        or sum(b.kind in RUNNING_TEXT and _key(b) is None for b in first_entry) <= ENTRY_MAX_PARAGRAPHS
    )


def _key(block: Block) -> str | None:
    """A short line's text, folded (None for a longer block, a caption or site text)."""
    if block.kind not in _SIGNATURES or not 0 < patterns.word_count(block.text) <= SIGNATURE_MAX_WORDS:
        return None
    return patterns.collapse(block.text).casefold()

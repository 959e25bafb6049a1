"""Short lines the page shows twice or more, and a menu word that is a round-up's section heading (split from
pipeline.text.article): a repeated unpunctuated line is page furniture ("repeated") unless it is the title or a
section's heading above running text; a one-word "navigation" line after the text began, above a paragraph of running
text, is that section's heading. Above the title, a line over its copy with a name glued after it is a photo's alt
text over its caption and credit (`credited_copies`, site40); a line that is the title with its photo's credit glued
after a separator, the title alone below it, is the photo's (`credited_titles`, site47); above the title, its copies
as the page's links print them, cut off ("<title>... <title>...") or whole, are the page's (`cut_title_copies`, site47).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns, site40_rules, title_rules
from pipeline.text.page_body import body_line
from pipeline.text.page_edges import opens_section, running_text
from pipeline.text.table_headings import table_heading
from pipeline.text.title_position import header_card, title_position

_LINES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
CAPTION_MIN_WORDS = 2  # an alt text of one word is a label's or a logo's
# a table's row: a figure, a figure and a unit ("09/10 40,7 %", "2021 25,3 jaar"); a table has two rows or more
FIGURE_ROW = re.compile(r"\d[\d/.,:-]{0,10}\s+\d[\d.,]{0,10}\s*(?:%|[^\W\d_]{1,8})?")
TABLE_MIN_ROWS = 2
DAY_HEADING = re.compile(site40_rules.DAY_HEADING, re.IGNORECASE)


def section_headings(blocks: Sequence[Block]) -> list[Block]:
    """A menu word on its own line ("Weer", "Sport") after article paragraphs, above a paragraph of
    running text, is that section's heading in a round-up — not the site's menu; so is a table's name above the
    article's own table (pipeline.text.table_headings, site40)."""
    out = list(blocks)
    after_text = False
    for index, block in enumerate(out[:-1]):
        if (
            after_text
            and block.reason == "navigation"
            and patterns.word_count(block.text) == 1
            and opens_section(out[index + 1], last=index + 2 == len(out))
        ) or (after_text and table_heading(out, index)):
            out[index] = Block(BlockKind.SUBHEADING, block.text)
        after_text = after_text or block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
    return out


def _section_text(block: Block) -> bool:
    return opens_section(block, last=False) or body_line(block)


def repeated_lines(blocks: Sequence[Block]) -> list[Block]:
    """A short unpunctuated line that the page shows twice or more (case and dashes aside) is page furniture — but
    when the text opens with it, its first copy is the title (repeated by the page right after it) — and once the
    article's text has begun, the first of two copies in a row is the article's (an image's caption printed again as
    its alt text, "Sperwer - Accipiter nisus"), the copy after it the page's —, and a copy right
    above a paragraph of running text, once the article's text has begun, is that section's heading (the page's
    tag link repeats it; one rule, also for a saved page's body) — unless a heading stands right above it, between
    it and the running text before (the section's own heading). A header card above the article (its title, then
    short lines, then the title again: title_position.header_card) is set aside as "card", its copy below the title."""
    keys = [_line_key(b.text) for b in blocks]  # each line's key once: a text of many copies stays linear (review33)
    counts = Counter(key for key, b in zip(keys, blocks, strict=True) if b.kind is not BlockKind.SITE_TEXT)
    listed = _listed_keys(blocks, keys)
    exact = Counter(b.text for b in blocks if b.kind is not BlockKind.SITE_TEXT)  # a box heading in capitals: no copy
    opening = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    begun = next((i for i, b in enumerate(blocks) if running_text(b)), len(blocks))  # the article's text began
    title = title_position(blocks, begun)
    card = header_card(blocks, begun) or range(0)
    return [
        Block(BlockKind.SITE_TEXT, b.text, reason="card")
        if i in card
        else Block(BlockKind.SITE_TEXT, b.text, reason="repeated")
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and counts[keys[i]] > 1
        and patterns.is_heading(b.text)
        and (patterns.word_count(b.text) <= 6 or _copy_in_a_row(blocks, i))
        and not patterns.is_person_name(b.text)
        and not DAY_HEADING.match(b.text.strip())  # a programme's day, over its stories and its results (site40)
        and not ((i == opening or i > begun) and _shown_twice(blocks, i))
        and not (i == opening and exact[b.text] == 1)  # the title, its topic later a box's heading in capitals
        and i != title  # the title under a date line or its author's name, repeated below it
        and not (i > begun and _table_heading(blocks, i))
        and not (
            i > begun and i + 1 < len(blocks) and _section_text(blocks[i + 1]) and not _page_line(blocks, i, listed)
        )
        else b
        for i, b in enumerate(blocks)
    ]


def _table_heading(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` stands above two rows of figures ("09/10 40,7 %", "10/11 58,6 %"): a table's column heading,
    repeated over each of the article's tables, not the page's furniture (audit35)."""
    rows = blocks[index + 1 : index + 1 + TABLE_MIN_ROWS]
    return len(rows) == TABLE_MIN_ROWS and all(FIGURE_ROW.fullmatch(b.text.strip()) for b in rows)


def _copy_in_a_row(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` the very copy of the heading right above it, however long a title (opening_rules.
    HEADLINE_MAX_WORDS): a round-up's story title and the page's heading of it, printed twice in a row (site44).
    Not under a line ending in a colon: a quoted poem's refrain (review44)."""
    above = blocks[index - 1] if index >= 1 else None
    quoted = index >= 2 and blocks[index - 2].text.rstrip().endswith(":")
    return (
        above is not None
        and not quoted
        and above.kind is BlockKind.SUBHEADING
        and above.text == blocks[index].text
        and patterns.word_count(above.text) <= opening_rules.HEADLINE_MAX_WORDS
    )


def _shown_twice(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` is the first of two copies in a row (case aside): its copy below it, none kept above."""
    text = blocks[index].text.casefold()
    below = index + 1 < len(blocks) and blocks[index + 1].text.casefold() == text
    above = (
        index >= 1 and blocks[index - 1].kind is not BlockKind.SITE_TEXT and blocks[index - 1].text.casefold() == text
    )
    return below and not above


def _under_heading(blocks: Sequence[Block], index: int) -> bool:
    return index >= 2 and blocks[index - 1].kind is BlockKind.SUBHEADING and running_text(blocks[index - 2])


def _listed_keys(blocks: Sequence[Block], keys: Sequence[str]) -> set[str]:
    """The keys of the lines every copy of which stands under a heading of its own: a listing's ("Zaterdag" /
    "Hoofdpodium", "Zondag" / "Hoofdpodium")."""
    copies = [
        (key, i) for i, (key, b) in enumerate(zip(keys, blocks, strict=True)) if b.kind is not BlockKind.SITE_TEXT
    ]
    loose = {key for key, i in copies if not (i >= 1 and blocks[i - 1].kind is BlockKind.SUBHEADING)}
    return {key for key, _ in copies} - loose


def _page_line(blocks: Sequence[Block], index: int, listed: set[str]) -> bool:
    """A repeated line under a section's heading is the page's line when a copy of it stands elsewhere: every copy
    under a heading of its own is a listing's (review32r; `listed`, from _listed_keys)."""
    return _under_heading(blocks, index) and _line_key(blocks[index].text) not in listed


def _line_key(text: str) -> str:
    """A line as repeated_lines compares it: case and the kind of dash left out ("Post – Oktober" = "post - oktober")."""
    return re.sub(r"\s*[-–—]\s*", " - ", text.casefold())


def credited_copies(blocks: Sequence[Block]) -> list[Block]:
    """Above the title, a line right over its copy with a person's name glued after it ("Burgemeester Jansen" over
    "Burgemeester Jansen Anna Smit"): a photo's alt text, then its caption with the photographer's credit — the first
    copy set aside ("image"), the caption kept (a caption), the name cut off it as its credit ("credit"). A heading
    must stand between them and the running text (the title), no shorter than the alt text: a title over its copy
    with the author's name glued on is no photo's, nor is it when the first question or heading of its text follows
    ("Wat is er gebeurd?", review40)."""
    begun = next((i for i, b in enumerate(blocks) if running_text(b)), len(blocks))
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        name = _credit(block, blocks[index + 1]) if index + 2 < begun else None
        if name is None or not _titled_below(blocks[index + 2 : begun], patterns.word_count(block.text)):
            out.append(block)
            index += 1
            continue
        caption = block.text.strip()
        out += [
            Block(BlockKind.SITE_TEXT, block.text, reason="image"),
            Block(BlockKind.CAPTION, caption),
            Block(BlockKind.SITE_TEXT, name, reason="credit"),
        ]
        index += 2
    return out


def _titled_below(below: Sequence[Block], words: int) -> bool:
    """A heading below, before the running text, no shorter than the alt text (not an interview's question)."""
    return any(b.kind in _LINES and patterns.word_count(b.text) >= words for b in below)


def _credit(block: Block, below: Block) -> str | None:
    """The person's name glued after a copy of `block` on the line `below`, if that is what `below` is."""
    text, copy = block.text.strip(), below.text.strip()
    if block.kind not in _LINES or below.kind not in _LINES or not copy.startswith(f"{text} "):
        return None
    name = copy[len(text) :].strip()
    return name if patterns.word_count(text) >= CAPTION_MIN_WORDS and patterns.is_person_name(name) else None


def credited_titles(blocks: Sequence[Block]) -> list[Block]:
    """Above the running text, a line that is a heading below it with a photo's credit glued after a separator ("<titel>
    · Foto: Eigen foto", title_rules.COPY_SEPARATORS; patterns.is_caption): the photo's title and credit, set aside as
    "credit" — and the credit's name on the line right under it, printed again ("Eigen foto"). A heading with a
    caption's words but no copy below it is the article's title."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    lower = {_line_key(b.text.strip()) for b in out[:begun] if b.kind in _LINES}
    for index in range(begun):
        block = out[index]
        name = _title_credit(block.text.strip(), lower) if block.kind in _LINES else None
        if name is None:
            continue
        out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="credit")
        below = out[index + 1] if index + 1 < begun else None
        if below is not None and below.kind in _LINES and below.text.strip().casefold() == name.casefold():
            out[index + 1] = Block(BlockKind.SITE_TEXT, below.text, reason="credit")
    return out


def _title_credit(text: str, headings: set[str]) -> str | None:
    """The credit's name when `text` is one of `headings` with a photo's credit after a separator, else None."""
    for separator in title_rules.COPY_SEPARATORS:
        title, found, credit = text.partition(separator)
        if found and _line_key(title) in headings and patterns.is_caption(credit.strip()):
            return credit.partition(":")[2].strip() or None
    return None


_CUT_MARK = re.compile(r"(?:\.\.\.|…)(?=\s|$)")
CUT_COPY_MIN_WORDS = 3  # a title's copy; a shorter cut line is a label's
CUT_COPY_SCOPE = 10  # the page's opening: the copies stand among its first blocks (bounded work on any text)
CUT_COPIES_MAX_CHARS = 400  # a block of a few title copies; longer is text


def cut_title_copies(blocks: Sequence[Block]) -> list[Block]:
    """Above the running text, copies of a heading below them that the page's links print, one cut off at least
    ("<title>... <title>..." over "<title>" over "<title> | 20 augustus 2018"): each block made only of such copies,
    cut off or whole, of a heading further down (the heading itself, or it before a separator and a tail: the
    headline "<title> | <date>") is set aside as "repeated" (site47). A title printed once stays."""
    out = list(blocks)
    scope = out[:CUT_COPY_SCOPE]
    pieces = [_copies(b.text) if b.kind in (*_LINES, BlockKind.LEDE) else None for b in scope]
    begun = next((i for i, b in enumerate(scope) if running_text(b) and pieces[i] is None), len(scope))
    if not any(p and p[1] for p in pieces[:begun]):
        return out  # no copy cut off: no link's text
    for index in range(begun):
        if pieces[index] is None or patterns.word_count(out[index].text) < CUT_COPY_MIN_WORDS:
            continue
        below = [_line_key(b.text.strip()) for b in out[index + 1 : begun] if b.kind in _LINES]
        copies, cut = pieces[index]
        if all(any(_heads(line, _line_key(piece), cut) for line in below) for piece in copies):
            out[index] = Block(BlockKind.SITE_TEXT, out[index].text, reason="repeated")
    return out


def _copies(text: str) -> tuple[list[str], bool] | None:
    """The title copies a block is made of — cut off, or one whole — and whether they are cut off; None for
    a block that is something else (a sentence, two lines of other words)."""
    stripped = text.strip()
    if len(stripped) > CUT_COPIES_MAX_CHARS:
        return None
    *cut, rest = (part.strip() for part in _CUT_MARK.split(stripped))
    if cut and not rest and all(c and patterns.is_heading(c) for c in cut):
        return cut, True
    return ([stripped], False) if patterns.is_heading(stripped) else None


def _heads(line: str, piece: str, cut: bool) -> bool:
    """`line` is the heading `piece` copies: the same, it before a separator and a tail, or (`cut`) it cut off."""
    if cut and line.startswith(piece) and patterns.word_count(piece) >= CUT_COPY_MIN_WORDS:
        return True
    return line == piece or any(line.startswith(piece + separator) for separator in title_rules.COPY_SEPARATORS)

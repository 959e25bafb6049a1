"""A news page's header glued to the article's first words on one line (a scraper that joined the page's
elements with spaces; issue 21, round site29b; the expressions are data: pipeline.text.header_rules).

header     at the start of one of the text's first blocks: an optional brand and a separator, a relative day
           with its time, maybe the time it was changed ("Omroep Oost • gisteren, 09:12 • Bijgewerkt …"):
           site text
copy       right after that header, the page's title again (the text's first block): site text
author     right after the header (or opening one of the first blocks), the same run of words twice in a
           row, opened by a name (a capitalised word, then another or a name's particle), without a sentence's
           end — the page's author block rendered twice ("Naam Achternaam verslaggever Sport Naam Achternaam
           verslaggever Sport"), the text's next word not lower-case ("Hup Holland Hup Holland klonk het …" is a
           sentence): the first copy is the byline, the second site text
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules
from pipeline.text import header_rules as rules
from pipeline.text.printed_titles import title_sized

PAGE_HEADER = re.compile(rules.PAGE_HEADER)
_TEXT_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.LEDE,
    BlockKind.SUBHEADING,
)  # the header alone on a line: a heading's shape
_ABOVE_KINDS = (*_TEXT_KINDS, BlockKind.HEADLINE)  # the page's title among them
_SENTENCE_END = re.compile(r"[.!?…:;]$")


def page_headers(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a glued page header (and what follows it, see the module) cut off the opening block."""
    opening = [b for b in blocks if b.kind in _TEXT_KINDS][: rules.HEADER_MAX_BLOCK]
    # a page has one header: a day and a time opening two of the first blocks are a programme's rows ("Vrijdag
    # 19.30 Lampionnenoptocht …", "Zaterdag 10.00 Kindermarkt …", review28)
    single = sum(1 for b in opening if PAGE_HEADER.match(b.text.strip())) <= 1
    out: list[Block] = []
    texts = 0
    for block in blocks:
        if block.kind not in _TEXT_KINDS or texts >= rules.HEADER_MAX_BLOCK:
            out.append(block)
            continue
        texts += 1
        out.extend(_cut(block, [b.text for b in out if b.kind in _ABOVE_KINDS], single))
    return out


def _cut(block: Block, above: Sequence[str], header_allowed: bool = True) -> list[Block]:
    text = block.text.strip()
    pieces: list[Block] = []
    header = PAGE_HEADER.match(text) if header_allowed else None
    if header:
        pieces.append(Block(BlockKind.SITE_TEXT, header.group().strip(), reason="header"))
        text = text[header.end() :].strip()
        copy = next((t for t in above if _opens_with(text, t)), None)
        if copy is not None:
            pieces.append(Block(BlockKind.SITE_TEXT, text[: len(copy)], reason="title_copy"))
            text = text[len(copy) :].strip()
    author = _doubled_opening(text)
    if author:
        pieces += [Block(BlockKind.BYLINE, author), Block(BlockKind.SITE_TEXT, author, reason="repeated")]
        text = text[2 * len(author) + 1 :].strip()
    if not pieces:
        return [block]
    return pieces + ([Block(block.kind, text)] if text else [])


def _opens_with(text: str, title: str) -> bool:
    title = title.strip()
    if not title_sized(title) or not text.startswith(title):
        return False
    return len(text) == len(title) or text[len(title)].isspace()


def _doubled_opening(text: str) -> str | None:
    """The run of words that opens `text` twice in a row (the shortest such run), or None. It opens with a name
    (a capitalised word, then another or a name's particle: "Sanne de Groot verslaggever …"): a chant or a refrain
    said twice on its line ("Nooit meer oorlog Nooit meer oorlog") is the article's (review38)."""
    words = text.split(" ")
    if not words or not words[0][:1].isupper():
        return None
    if len(words) > 1 and not (words[1][:1].isupper() or words[1] in dutch_rules.NAME_PARTICLES):
        return None
    for size in range(rules.AUTHOR_MIN_WORDS, rules.AUTHOR_MAX_WORDS + 1):
        if 2 * size > len(words):
            return None
        run = words[:size]
        if any(_SENTENCE_END.search(w) or not w for w in run):
            return None
        after = words[2 * size] if len(words) > 2 * size else ""
        if words[size : 2 * size] == run and words[size][:1].isupper() and not after[:1].islower():
            return " ".join(run)  # the article's first sentence opens after it; a lower-case verb: a sentence's words
    return None

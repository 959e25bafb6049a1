"""Lines of a saved page that need no page around them (issue 21, round 8; the expressions are data:
pipeline.text.page_rules), on any text — pipeline.text.page_dump calls them:

byline     a date, maybe a time, "door" and a name on one line ("10 maart 2016 om 16:42 door Anna de Vries")
address    a web address a scraper put on its own line in a sentence stays text (pipeline.text.article calls it);
           so does the address of the organisation the article names again and again
wire       a wire's notice that the item replaces an earlier one, opening one of the first paragraphs
status     a wire's version number after the headline ("(2)"; a status in words is title_line.tagged's), in a
           wire's item only
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules as rules
from pipeline.text import patterns, title_rules
from pipeline.text.outlet_names import OUTLETS
from pipeline.text.page_edges import cut_spans

TITLE_STATUS_TAIL = re.compile(rules.TITLE_STATUS_TAIL, re.IGNORECASE)
WIRE_NOTICE = re.compile(rules.WIRE_NOTICE, re.IGNORECASE)
DATED_BYLINE = re.compile(title_rules.DATED_BYLINE, re.IGNORECASE)
WIRE_CREDIT = re.compile(rules.WIRE_CREDIT)
TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.HEADLINE, BlockKind.LEDE)


def _text(block: Block) -> str:
    return block.text.strip()


def dated_byline(block: Block) -> Block:
    if block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.DATELINE) and DATED_BYLINE.match(
        _text(block)
    ):
        return Block(BlockKind.BYLINE, block.text)
    return block


def inline_addresses(blocks: Sequence[Block]) -> list[Block]:
    """A web address a scraper put on its own line inside a sentence is part of it, not a link line: its end, when
    the line above leaves the sentence open at a lower-case word ("… terecht op de website" / "www.voorbeeld.nl.";
    or announces it with a colon after one, "… te vinden op de website:"), or its middle, when the line after it goes on with the sentence ("… registreerde de domeinnaam" /
    "voorbeeld.com" / ", maar …"). One rule (pipeline.text.article calls it before its other site-text rules)."""
    out = list(blocks)
    for i in range(1, len(out)):
        block, previous = out[i], out[i - 1]
        following = _text(out[i + 1]) if i + 1 < len(out) else ""
        if block.reason not in ("link", "site_name") or not patterns.is_web_address(_text(block).rstrip(".")):
            continue
        if previous.kind not in (*TEXT_KINDS, BlockKind.SUBHEADING):
            continue
        left_open = _open_word(previous.text) or (
            previous.kind in TEXT_KINDS and not patterns.ends_sentence(_text(previous))
        )
        goes_on = following[:1] in (",", ";", ")") or following[:1].islower()
        announced = previous.kind in TEXT_KINDS and _text(previous).endswith(":") and _open_word(_text(previous)[:-1])
        ends = patterns.ends_sentence(_text(block)) and (_open_word(previous.text) or announced)
        if ends or (goes_on and left_open):
            out[i] = Block(BlockKind.PARAGRAPH, block.text)
    return out


def subject_addresses(blocks: Sequence[Block]) -> list[Block]:
    """A bare web address set aside as a link or a site's name ("presikhaaf.org") stays text when its name, not an
    outlet's, is a proper name the article's own text names at least rules.SUBJECT_ADDRESS_MIN_MENTIONS times (a
    capitalised word): the address of the organisation the article is about."""
    names: Counter[str] | None = None  # the text's capitalised words, counted once, when an address is met
    outlets = {"".join(o.casefold().split()) for o in OUTLETS}
    out = list(blocks)
    for i, block in enumerate(out):
        address = _text(block).rstrip(".")
        if block.reason not in ("link", "site_name") or not patterns.is_web_address(address):
            continue
        host = re.sub(r"^(https?://)?(www\.)?", "", address, flags=re.IGNORECASE).split("/")[0].casefold()
        name = host.rsplit(".", 1)[0]
        if names is None:
            names = Counter(
                w.casefold()
                for b in blocks
                if b.kind in (*LINE_KINDS, BlockKind.QUOTE)
                for w in re.findall(r"[^\W\d_][\w-]*", b.text)
                if w[:1].isupper()
            )
        if (
            len(name) >= rules.SUBJECT_ADDRESS_MIN_CHARS
            and not {host, name} & outlets
            and names[name] >= rules.SUBJECT_ADDRESS_MIN_MENTIONS
        ):
            out[i] = Block(BlockKind.PARAGRAPH, block.text)
    return out


def _open_word(text: str) -> bool:
    """The text stops at a lower-case word: a sentence left open ("op de website")."""
    last = text.split()[-1:]
    return bool(last) and last[0].isalpha() and last[0].islower()


def wire_notices(blocks: Sequence[Block]) -> list[Block]:
    """A wire's notice that the item replaces an earlier one, opening one of the first paragraphs."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        match = (
            WIRE_NOTICE.match(block.text)
            if i < rules.WIRE_NOTICE_BLOCKS and block.kind in (*TEXT_KINDS, BlockKind.SUBHEADING)
            else None
        )
        out.extend(cut_spans(block, [(0, match.end(), "wire")]) if match else [block])
    return out


def title_status(blocks: Sequence[Block]) -> list[Block]:
    """A wire's version number after the headline, cut off as site text, in a wire's item (its replacement
    notice set aside, or an agency's credit in its text)."""
    out = list(blocks)
    if not any(b.reason == "wire" or WIRE_CREDIT.search(b.text) for b in out):
        return out
    index = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), None)
    if index is None:
        index = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if index is None or out[index].kind not in LINE_KINDS or patterns.ends_sentence(_text(out[index])):
        return out
    match = TITLE_STATUS_TAIL.search(out[index].text)
    if not match or patterns.word_count(out[index].text[: match.start()]) < rules.TITLE_MIN_WORDS:
        return out
    return [*out[:index], *cut_spans(out[index], [(match.start("tail"), match.end(), "status")]), *out[index + 1 :]]

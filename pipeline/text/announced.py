"""Lines the site-text rules set aside that the article's own text claims (review32r; pipeline.text.article calls
this last): a share row's network names or a script's call that a paragraph announces with a colon ("De politie is
bereikbaar via:" / "• WhatsApp" / "• E-mail" / "• Facebook"; "De eerste regel die ze typen:" / "alert('Hallo');"),
a publisher's line below the article's running text (a book's publisher under a review), and a line of a media
player's English words between two paragraphs of running text, the article's heading ("Top 10 clips"; a player's
row of buttons stands among its other buttons)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import interface_rules, patterns, shape_rules, site_words
from pipeline.text.page_edges import running_text
from pipeline.text.unrelated import letter_words

ANNOUNCING_MIN_WORDS = 4  # a paragraph this long closed by a colon announces the line under it
_SCRIPT_CALL = re.compile(shape_rules.SCRIPT_CALL)
_PUBLISHER = re.compile(interface_rules.PUBLISHER_LINE, re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•·*-]\s*")
# "Volg <outlet> ook op …:" announces the page's own row (see announced_lines)
_CALL_TO_FOLLOW = re.compile(r"^(volg|deel|like|abonneer)\b", re.IGNORECASE)


def announced_lines(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the lines the article claims back (see the module docstring) as its paragraphs, list or
    heading. A paragraph calling to follow or share the outlet ("Volg <outlet> ook op sociale media:") announces the
    page's own row, which stays site text."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    for i, block in enumerate(out):
        if block.kind is not BlockKind.SITE_TEXT:
            continue
        if i > begun and block.reason == "site_name" and _PUBLISHER.match(block.text.strip()):
            out[i] = Block(BlockKind.PARAGRAPH, block.text)
        elif i > 0 and _announces(out[i - 1]) and block.reason in ("share", "markup"):
            out[i] = _claimed(block) or block
        elif block.reason == "interface" and _player_line(block) and 0 < i < len(out) - 1:
            between = running_text(out[i - 1]) and running_text(out[i + 1])
            out[i] = Block(BlockKind.SUBHEADING, block.text) if between else block
    return out


def _announces(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and text.endswith(":")
        and not _CALL_TO_FOLLOW.match(text)
        and patterns.word_count(text) >= ANNOUNCING_MIN_WORDS
    )


def _claimed(block: Block) -> Block | None:
    if block.reason == "markup":
        return Block(BlockKind.PARAGRAPH, block.text) if _SCRIPT_CALL.match(block.text) else None
    lines = [line for line in block.text.split("\n") if line.strip()]
    if len(lines) > 1:
        return Block(BlockKind.LIST, block.text, items=tuple(_BULLET.sub("", line, count=1) for line in lines))
    return Block(BlockKind.PARAGRAPH, block.text)


def _player_line(block: Block) -> bool:
    words = set(letter_words(block.text))
    return bool(words & site_words.PLAYER_INTERFACE_WORDS) and patterns.is_english_interface(block.text)

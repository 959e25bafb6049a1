"""Lines the site-text rules set aside that the article's own text claims (review32r; pipeline.text.article calls
this last): a share row's network names or a script's call that a paragraph announces with a colon ("De politie is
bereikbaar via:" / "• WhatsApp" / "• E-mail" / "• Facebook"; "De eerste regel die ze typen:" / "alert('Hallo');"),
a publisher's line below the article's running text (a book's publisher under a review), a line of a media
player's English words between two paragraphs of running text, the article's heading ("Top 10 clips"; a player's
row of buttons stands among its other buttons), a line of a language switch's shape between two paragraphs of
running text (a match's "NL - DE"; a switch stands at the page's edges, xfail48 — a back link or a line closed by an
arrow stays a link wherever it stands: "Naar het liveblog >", review48), a page's promotion heading there whose word
the paragraph below names ("Sponsors" over "De club zoekt nog sponsors …", xfail48), and a run of places with their
countries in English right under such a paragraph ("De tourdata van de band:" / "Antwerpen, Belgium" / "Utrecht,
Netherlands"; the location widget's line has nothing announcing it, xfail48)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import interface_rules, patterns, shape39_rules, shape_rules, site_words
from pipeline.text.page_body import heads_paragraph
from pipeline.text.page_edges import running_text
from pipeline.text.unrelated import letter_words

ANNOUNCING_MIN_WORDS = 4  # a paragraph this long closed by a colon announces the line under it
HEADING_MAX_WORDS = 2  # a promotion box's heading the paragraph under it names ("Sponsors", "Onze sponsors")
_SCRIPT_CALL = re.compile(shape_rules.SCRIPT_CALL)
_PUBLISHER = re.compile(interface_rules.PUBLISHER_LINE, re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•·*-]\s*")
# "Volg <outlet> ook op …:" announces the page's own row (see announced_lines)
_CALL_TO_FOLLOW = re.compile(r"^(volg|deel|like|abonneer)\b", re.IGNORECASE)
# a language switch's shape (a match's "NL - DE" between two paragraphs is the article's); an arrow's or a back
# link's line links elsewhere wherever it stands ("Naar het liveblog >", review48)
_LANGUAGE_SWITCH = re.compile(shape39_rules.LANGUAGE_SWITCH)
# a place and its country in English, as a location widget writes it (interface_rules, site_rules "interface")
_ENGLISH_PLACE = re.compile(r"^[^.!?\n]{1,120},\s*(the )?(netherlands|belgium)$", re.IGNORECASE)


def announced_lines(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the lines the article claims back (see the module docstring) as its paragraphs, list or
    heading. A paragraph calling to follow or share the outlet ("Volg <outlet> ook op sociale media:") announces the
    page's own row, which stays site text."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    listed = False  # within a run of places under an announcing paragraph
    for i, block in enumerate(out):
        place = block.reason == "interface" and bool(_ENGLISH_PLACE.match(block.text.strip()))
        listed = place and i > 0 and (listed or _announces(out[i - 1]))
        if listed:
            out[i] = Block(BlockKind.PARAGRAPH, block.text)
        if block.kind is not BlockKind.SITE_TEXT or listed:
            continue
        if i > begun and block.reason == "site_name" and _PUBLISHER.match(block.text.strip()):
            out[i] = Block(BlockKind.PARAGRAPH, block.text)
        elif i > 0 and _announces(out[i - 1]) and block.reason in ("share", "markup"):
            out[i] = _claimed(block) or block
        elif block.reason == "interface" and _player_line(block) and 0 < i < len(out) - 1:
            between = running_text(out[i - 1]) and running_text(out[i + 1])
            out[i] = Block(BlockKind.SUBHEADING, block.text) if between else block
        elif block.reason == "promo" and 0 < i < len(out) - 1 and _heads_paragraph(block, out[i - 1], out[i + 1]):
            out[i] = Block(BlockKind.SUBHEADING, block.text)
        elif block.reason == "link_arrow" and _LANGUAGE_SWITCH.match(block.text.strip()) and 0 < i < len(out) - 1:
            between = running_text(out[i - 1]) and running_text(out[i + 1])
            out[i] = Block(BlockKind.PARAGRAPH, block.text) if between else block
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


def _heads_paragraph(block: Block, above: Block, below: Block) -> bool:
    """A promotion's heading of a few words over the paragraph it heads (`page_body.heads_paragraph`: "Sponsors" /
    "De club zoekt nog sponsors …"; a box's heading has its box under it, xfail48). A heading's few words only: a
    notice of a sentence's length ("Ontvang een melding bij …") stays the page's."""
    words = letter_words(block.text)
    if not 0 < len(words) <= HEADING_MAX_WORDS or block.text.rstrip().endswith((".", "!", "?")):
        return False
    return len(words[-1]) >= 4 and heads_paragraph(words[-1], above, below)

"""Where a title stands above the text and is repeated before it (pipeline.text.article's repeated lines), and a
header card above the article that opens with the title (`header_card`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import line_kind_rules, patterns, shape_rules

# A header card above the article (site39): the title, then at least this many short lines of its own — the
# interviewees' names, places, the rubric — each at most CARD_LINE_MAX_WORDS words with no sentence's end; the
# title comes again under the card, alone, as the article's heading. Lines with a label and its colon ("Naam: …",
# "Leeftijd: 34") are an interview's fact box, the article's own (review39); a byline with its label ("Door Anna de
# Wit") is the article's own byline under its title, the copy below it the page's (site47).
CARD_MIN_LINES = 3
CARD_LINE_MAX_WORDS = 4
_FACT_LINE = re.compile(r"^[^\W\d][\w -]{0,20}:\s+\S")  # "Leeftijd: 34": an interview's fact box, the article's
_LABELLED_BYLINE = re.compile(rf"(?i:door|tekst|by)\s*:?\s+{line_kind_rules.NAME}$")
_CARD_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.BYLINE, BlockKind.DATELINE)


def title_position(blocks: Sequence[Block], begun: int) -> int | None:
    """Where a title stands above the text and is repeated before it (a press archive: the date line and the author
    above the title, the title again under its subtitle): the first block before the running text, not set aside,
    of at least REPEATED_TITLE_MIN_WORDS words and not a person's name — when that very line comes again before
    the running text (a label repeated at the page's end, a box heading repeated lower down are not titles). Under a
    header card (`header_card`) the title is its copy below the card."""
    first = _first_copy(blocks, begun)
    if first is None:
        return None
    card = header_card(blocks, begun)
    return card.stop if card else first


def header_card(blocks: Sequence[Block], begun: int) -> range | None:
    """The blocks of a header card above the article: the title's first copy and the card's short lines under it
    (CARD_MIN_LINES or more, none set aside, none a sentence), up to the title's copy standing alone below them."""
    first = _first_copy(blocks, begun)
    if first is None:
        return None
    key = blocks[first].text.casefold()
    copy = next((i for i in range(first + 1, begun) if blocks[i].text.casefold() == key), None)
    if copy is None or copy - first - 1 < CARD_MIN_LINES:
        return None
    lines = blocks[first + 1 : copy]
    if all(
        b.kind in _CARD_KINDS
        and patterns.word_count(b.text) <= CARD_LINE_MAX_WORDS
        and not patterns.ends_sentence(b.text)
        and not _FACT_LINE.match(b.text.strip())
        and not _LABELLED_BYLINE.match(b.text.strip())
        for b in lines
    ):
        return range(first, copy)
    return None


def _first_copy(blocks: Sequence[Block], begun: int) -> int | None:
    first = next(
        (
            i
            for i, b in enumerate(blocks[:begun])
            if b.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
            and patterns.word_count(b.text) >= shape_rules.REPEATED_TITLE_MIN_WORDS
            and not patterns.is_person_name(b.text)
        ),
        None,
    )
    if first is None or not any(b.text.casefold() == blocks[first].text.casefold() for b in blocks[first + 1 : begun]):
        return None
    return first

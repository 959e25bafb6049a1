"""A title that is a quotation, under a label (issue 21, helper head49; used by pipeline.text.headline).

A line in quotation marks throughout is read as a quote once a heading stands above it, and a quote was no headline
candidate: under a genre's or a series' label ("Reportage", "Reportage De laatste zomer van België", "Interview")
the label was taken for the title and the quoted title below it for a quote (blind75). Belgian and Dutch papers print
many titles as a speaker's words (‘Het is angstaanjagend …’): a quote of a title's shape right under labels only —
lines a kicker's shape (headline._kicker) or opening with a genre's word, then a name (`genre_label`) — and above
the running text is the title's candidate (`quoted_title`). Under a heading that is no label ("Brand in Gent") the
quote stays a quote: the heading is the title, the quote its pull quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns
from pipeline.text.segment import split_sentences

GENRE_LABEL_MAX_WORDS = 7  # "Reportage De laatste zomer van België": a genre's word and a series' name
# A genre's word alone or followed by a name opening in a capital, words only ("Column Jan Jansen"); "Interview met
# de burgemeester over …" (lower case after it) and "Column Helma Neppérus: spits in juli" (a colon) are titles
GENRE_LABEL = re.compile(
    r"^(?i:reportage|interview|column|opinie|analyse|achtergrond|recensie|review|portret|reconstructie|essay"
    r"|commentaar|longread|profiel|verslag)(?:\s++[A-ZÀ-Ý0-9][\w-]*+(?:\s++[\w-]++)*+)?+$"
)
OPENING_MARKS = "‘“„«'\""
CLOSING_MARKS = "’”»'\""


def genre_label(text: str) -> bool:
    """A genre's word, alone or over a name ("Reportage De laatste zomer van België"), no sentence's end."""
    text = text.strip()
    return (
        patterns.word_count(text) <= GENRE_LABEL_MAX_WORDS
        and GENRE_LABEL.match(text) is not None
        and not patterns.ends_sentence(text)
    )


def quoted_title(blocks: Sequence[Block], index: int, found: Sequence[int], kicker: Callable[[str], bool]) -> bool:
    """The quote or paragraph at `index` under headings (`found`) that are all labels (a kicker's shape or a genre's
    label), one sentence of a title's length in quotation marks from its first character to its last. (Closed by a
    full stop instead, over running text, it cost two CHECK headlines: a lede's first sentence under a label.)"""
    block = blocks[index]
    text = block.text.strip()
    if not (
        block.kind in (BlockKind.QUOTE, BlockKind.PARAGRAPH)  # a quote; a paragraph when no blank line parts them
        and bool(found)
        and all(kicker(blocks[i].text) or genre_label(blocks[i].text) for i in found)
        and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS
        and len(split_sentences(text)) == 1
    ):
        return False
    return text[:1] in OPENING_MARKS and text.rstrip(".!?")[-1:] in CLOSING_MARKS

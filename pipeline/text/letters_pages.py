"""A page of readers' letters (head53, issue 21): each letter a heading, its paragraphs and its writer's signature on a
line of its own, a name, a comma and the writer's place ("Anna de Vries, Zwolle"). The page's own title ("Brieven")
was not scraped: the first heading is the first letter's, no headline (pipeline.text.headline). An article that
quotes one reader signs once at most; a signature is no sentence and stands under running text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.dutch_rules import NAME_LINE_PARTICLE_GROUP
from pipeline.text.patterns import word_count

SIGNED_MIN_LETTERS = 2  # letters, each closed by its writer's signature
LETTER_TEXT_MIN_WORDS = 10  # the letter's last paragraph over its signature: running text, no label
LETTER_TITLE_MAX_WORDS = 12  # a letter's title read as a paragraph ("Gemeente, wat is hier aan de hand?")
# a name (capitalised words, a surname's particles between them), a comma and a place of one to three words
_CAPITAL = r"(?-i:[A-ZÀ-Ý][\w'’-]+)"
SIGNATURE = re.compile(
    rf"{_CAPITAL}( (?i:{NAME_LINE_PARTICLE_GROUP})){{0,3}}( {_CAPITAL}){{1,2}},\s+{_CAPITAL}((\s|-)\w[\w'’-]*){{0,2}}"
)
_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.CAPTION})
_HEADING = frozenset({BlockKind.SUBHEADING, BlockKind.HEADLINE})
_TEXT = frozenset({BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE})
_SIGNED_KINDS = frozenset({BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.DATELINE})


def letters_page(blocks: Sequence[Block]) -> bool:
    """From the first block not set aside: a heading right over running text, SIGNED_MIN_LETTERS letters or more,
    each closed by a signature (`SIGNATURE`) under running text, the next letter's title right under it (or the
    page's end). A heading over another heading is the page's title (a letters page's own), a name under a label
    ("Speelronde 1:") a list's item."""
    kept = [b for b in blocks if b.kind not in _PASSED]
    if len(kept) < 2 or kept[0].kind not in _HEADING or kept[1].kind not in _TEXT:
        return False  # a heading over another: the page's title over the first letter's
    signed = [i for i, b in enumerate(kept) if b.kind in _SIGNED_KINDS and SIGNATURE.fullmatch(b.text.strip())]
    return len(signed) >= SIGNED_MIN_LETTERS and all(_closes_letter(kept, i) for i in signed)


def _closes_letter(kept: Sequence[Block], index: int) -> bool:
    """The signature at `index` stands under running text (no label: "Speelronde 1:"), with the next letter's title
    under it (a heading, or a line of a title's length read as a paragraph) or the page's end."""
    below = kept[index + 1] if index + 1 < len(kept) else None
    titled = below is None or below.kind in _HEADING or _title_read_as_text(below)
    above = kept[index - 1] if index > 0 else None
    running = above is not None and above.kind in _TEXT and word_count(above.text) >= LETTER_TEXT_MIN_WORDS
    return running and not above.text.rstrip().endswith(":") and titled


def _title_read_as_text(block: Block) -> bool:
    """A letter's title read as a paragraph: a title's length, no full stop closing it ("Wie betaalt dit?"); a short
    sentence under a reader's name ("Ook over het zwembad kwamen reacties.") is a report's running text (review53)."""
    return word_count(block.text) <= LETTER_TITLE_MAX_WORDS and not block.text.rstrip().endswith(".")

"""A page of answers under topic headings (head51, issue 21): a portrait's questionnaire ("Mooiste plein", "Fijnste
winkel"), each heading over exactly one answer in quotation marks, from the text's first heading to its end. The
scraper dropped the page's title: the first heading is the first answer's topic, no headline
(pipeline.text.headline). A title over an interview's quoted lede has more than one paragraph under its headings."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.quoted_titles import OPENING_MARKS

ANSWERED_MIN_ITEMS = 4  # headings, each over one answer in quotation marks
_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.CAPTION})
_ANSWER = frozenset({BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.LEDE})


def answered_items(blocks: Sequence[Block]) -> bool:
    """From the first block that is not site text, a caption or a stamp: ANSWERED_MIN_ITEMS or more pairs of a
    heading and one answer in quotation marks, and nothing else but what is passed over (a last heading with no
    answer: the text cut off)."""
    kept = [b for b in blocks if b.kind not in _PASSED]
    headings, answers = kept[0::2], kept[1::2]
    if len(answers) < ANSWERED_MIN_ITEMS:
        return False
    return all(h.kind in (BlockKind.SUBHEADING, BlockKind.HEADLINE) for h in headings) and all(
        a.kind in _ANSWER and a.text.lstrip()[:1] in OPENING_MARKS and a.text.lstrip()[:1] for a in answers
    )

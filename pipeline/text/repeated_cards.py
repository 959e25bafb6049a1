"""Cards of a list whose standfirst is the same on every card (issue 21, site35): a programme's or a column's list
of episodes shows each under its own title with one fixed blurb ("Journaal 23 april" / "Elke werkdag het laatste
nieuws …", "Journaal 22 april" / "Elke werkdag het laatste nieuws …"). A paragraph printed word for word
REPEATED_CARD_MIN_COPIES times or more, each copy right under a title-shaped line of its own (or a line set aside
already), is that blurb: every copy is set aside as "repeated" and the title above it as "teaser". An article does not print a paragraph three
times; a song's refrain quoted three times sits under its verses, not under three different titles. The copies make a
list: between the first and the last only the cards' titles, blurbs and lines set aside already. The titles are
episodes': each names its date or number ("Journaal 23 april") — an article's list of places that share one sentence
("Bibliotheek Centrum" / "Open van maandag tot en met zaterdag …", three times) names no figure in its headings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_edges import title_shaped

REPEATED_CARD_MIN_COPIES = 3
REPEATED_CARD_MIN_WORDS = 8  # a blurb, not a label ("Lees meer", a rubric's name: pipeline.text.repeated_lines)
_BLURB_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_TITLE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE)
_FIGURE = re.compile(r"\d")  # an episode's date or number in its title


def repeated_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the blurbs shown on REPEATED_CARD_MIN_COPIES cards or more, and the cards' titles above them."""
    out = list(blocks)
    copies: defaultdict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(out):
        text = " ".join(block.text.split())
        if block.kind in _BLURB_KINDS and patterns.word_count(text) >= REPEATED_CARD_MIN_WORDS:
            copies[text].append(index)
    repeated = {text for text, found in copies.items() if len(found) >= REPEATED_CARD_MIN_COPIES}
    for text in sorted(repeated, key=lambda t: copies[t][0]):  # in reading order
        found = copies[text]
        titles = [i - 1 for i in found if i > 0 and _card_title(blocks[i - 1])]  # as found before this rule
        between = out[found[0] : found[-1]]
        if len(titles) < len(found) or not all(_card_part(b, repeated) for b in between):
            continue
        if not all(out[i].kind is BlockKind.SITE_TEXT or _FIGURE.search(out[i].text) for i in titles):
            continue  # headings that name no date or number: the article's own list
        for title, blurb in zip(titles, found):
            if out[title].kind is not BlockKind.SITE_TEXT:
                out[title] = Block(BlockKind.SITE_TEXT, out[title].text, reason="teaser")
            out[blurb] = Block(BlockKind.SITE_TEXT, out[blurb].text, reason="repeated")
    return out


def _card_part(block: Block, repeated: set[str]) -> bool:
    """A block of the list: set aside already, a card's title or one of the blurbs shown on three cards or more — not
    the article's own text (its sections may each open with the same paragraph, never only that)."""
    return block.kind is BlockKind.SITE_TEXT or _title(block) or " ".join(block.text.split()) in repeated


def _card_title(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT or _title(block)


def _title(block: Block) -> bool:
    """A card's title: a title-shaped line, not a sentence, no other blurb."""
    return block.kind in _TITLE_KINDS and title_shaped(block.text) and not patterns.ends_sentence(block.text)

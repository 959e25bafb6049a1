"""The page's boxes closing the text (issue 21, site37; pipeline.text.article calls closing_boxes last):

paywall_tails  a page that cuts its article at a gate ("Verder lezen?" / "Meld je aan …" / "Heb je al een account?
               Log hier in", set aside already by the line rules) shows only its own boxes below it — other stories'
               titles, their blurbs cut off by the page, a date cut in half. Once the article's running text has
               begun above the gate, every block below the gate's box is set aside as "story_list" when at least
               half of them (GATE_MIN_TITLES or more) are title-shaped, and none is a paragraph of
               GATE_TEXT_MAX_WORDS words or more that ends its sentence (GATE_STOPPED_MIN_WORDS ending on a
               full stop, review37), nor do blocks below end on a full stop with none of them cut off (an
               article's short headed answers, review37): the article's text going on under the box
               (a page that prints it whole, or a login notice inside the text), and then nothing is taken.
box_blurbs     a box of other stories under its heading ("Lees ook", "Meer nieuws": frame_rules.BOX_HEADING, set aside
               already) that runs to the text's end, its cards' pictures and titles set aside by the other rules, and
               a card's blurb kept between them: a block kept between two of the box's cards (set aside as a teaser
               or a story list, not a share bar under the article's last paragraph), BOX_KEPT_SHARE of the box's
               blocks at most, is the card's too ("teaser"). The article's paragraph under a "Lees ook"
               pointer stands above more of the article's text, which the box does not have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import frame_rules, patterns
from pipeline.text.closing_cards import cut_off
from pipeline.text.page_lists import aside
from pipeline.text.text_ends import running_text

_GATE = re.compile(frame_rules.PAYWALL_GATE, re.IGNORECASE)
_BOX_HEADING = re.compile(frame_rules.BOX_HEADING, re.IGNORECASE)


def closing_boxes(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a paywall's boxes and a closing box's blurbs set aside (see the module's docstring)."""
    return box_blurbs(paywall_tails(blocks))


def paywall_tails(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the blocks below a paywall's gate and its box, when the article's text began above it and no
    long paragraph of running text follows."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), None)
    gate = next((i for i, b in enumerate(out) if _gate(b) and begun is not None and i > begun), None)
    if gate is None:
        return out
    end = gate
    while end + 1 < len(out) and out[end + 1].kind is BlockKind.SITE_TEXT:
        end += 1  # the gate's box: its other lines, set aside already
    below = out[end + 1 :]
    titles = sum(1 for b in below if patterns.is_heading(b.text))
    if titles < frame_rules.GATE_MIN_TITLES or 2 * titles < len(below) or any(_text_goes_on(b) for b in below):
        return out
    if any(_stopped(b) for b in below) and not any(_cut(b) for b in below):
        return out  # short headed sections, each answer ending on its full stop, nothing cut: the article's (review37)
    return out[: end + 1] + [aside(b, "story_list") for b in below]


def _gate(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and bool(_GATE.search(" ".join(block.text.split())))


def _text_goes_on(block: Block) -> bool:
    words = patterns.word_count(block.text)
    long = words >= frame_rules.GATE_TEXT_MAX_WORDS or (words >= frame_rules.GATE_STOPPED_MIN_WORDS and _stopped(block))
    return running_text(block) and long and not _cut(block)


def _stopped(block: Block) -> bool:
    return block.text.rstrip().endswith(".") and not _cut(block)


def _cut(block: Block) -> bool:
    return cut_off(block.text) or block.text.rstrip().endswith(("...", "…"))  # a blurb the page cut ("… uit ...")


def box_blurbs(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the blurbs kept between the cards of the last box of other stories running to the text's end."""
    out = list(blocks)
    head = next((i for i in range(len(out) - 1, -1, -1) if _box_heading(out[i])), None)
    if head is None or len(out) - head - 1 < frame_rules.BOX_MIN_BLOCKS:
        return out
    kept = [i for i in range(head + 1, len(out)) if out[i].kind is not BlockKind.SITE_TEXT]
    if not kept or len(kept) > frame_rules.BOX_KEPT_SHARE * (len(out) - head - 1):
        return out
    if not all(i + 1 < len(out) and _card(out[i - 1]) and _card(out[i + 1]) for i in kept):
        return out
    blurbs = set(kept)
    return [aside(b, "teaser") if i in blurbs else b for i, b in enumerate(out)]


def _box_heading(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and bool(_BOX_HEADING.match(" ".join(block.text.split())))


def _card(block: Block) -> bool:
    """A box's card set aside already: a story's title or picture, not a share bar or another box's line."""
    return block.kind is BlockKind.SITE_TEXT and block.reason in frame_rules.BOX_CARD_REASONS

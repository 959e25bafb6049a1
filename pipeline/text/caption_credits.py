"""A photo's credit is site text (issue 21, conventions37; tests/data/STRUCTURE_CONVENTIONS.md): a caption — or a
short heading — that is only a credit ("Foto: ANP", "© Belga", "ANP/Jan Smit", "(c) Belga"; an agency's name alone,
"REUTERS", only right under a caption or a paragraph — site46b: a photo's alt text read as a paragraph, "De lading zat
in twee containers." / "EPA" —; under a headline it is the byline's place) is set aside whole, and the credit
closing a caption that has words of its own ("De veerboot in de haven. Foto: Jan Smit", "… (foto: Omroep West)",
"… | John Sturrock") is cut off it: the caption's words stay. A source line alone ("Bron: ANP") is set aside too. Run after the headline is chosen
(pipeline.text.title_labels.labels_below_title), so the passes that read a caption as the page's (a page's header
above it, a caption printed again with its credit) still see it. The expressions are data:
pipeline.text.credit_rules.CREDIT_ALONE, AGENCY_ALONE and CAPTION_CREDIT_END. A paragraph's glued credit is
pipeline.text.glued_edges.agency_credits'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import credit_rules, patterns
from pipeline.text.caption_repeats import caption_repeats
from pipeline.text.page_edges import cut_spans

CREDIT_ALONE = re.compile(credit_rules.CREDIT_ALONE, re.IGNORECASE)
AGENCY_ALONE = re.compile(credit_rules.AGENCY_ALONE, re.IGNORECASE)
CAPTION_CREDIT_END = re.compile(credit_rules.CAPTION_CREDIT_END, re.IGNORECASE)
SOURCE_LINE = re.compile(credit_rules.SOURCE_LINE, re.IGNORECASE)
CREDIT_ALONE_MAX_CHARS = 80  # a credit's line: the label, a name or two, an agency
CREDITS_RUN_MAX = 4  # credits closing one caption, cut one by one ("… (foto: Jan Smit) (foto: Omroep West)")
_ALONE_KINDS = (BlockKind.CAPTION, BlockKind.SUBHEADING)
_DASH_BEFORE = re.compile(r"\s[–—-]\s+$")
_SOURCE_KINDS = (*_ALONE_KINDS, BlockKind.BYLINE, BlockKind.PARAGRAPH)


def caption_credits(blocks: Sequence[Block]) -> list[Block]:
    """Each caption's credit set aside as "credit" (see the module docstring)."""
    out: list[Block] = []
    for block in blocks:
        text = block.text.strip()
        under_caption = bool(out) and out[-1].kind in (BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.LEDE)
        if block.kind in _ALONE_KINDS and len(text) <= CREDIT_ALONE_MAX_CHARS and _alone(text, under_caption):
            out.append(Block(BlockKind.SITE_TEXT, block.text, reason="credit"))
        elif block.kind in _SOURCE_KINDS and SOURCE_LINE.match(text):
            out.append(Block(BlockKind.SITE_TEXT, block.text, reason="source"))
        elif block.kind in _ALONE_KINDS and (start := _credits_start(block)) is not None:
            out += cut_spans(block, [(start, len(block.text), "credit")])
        else:
            out.append(block)
    return caption_repeats(out)  # a caption printed again under itself (site46b)


def _credits_start(block: Block) -> int | None:
    """Where the run of credits closing the caption's own words starts ("… (foto: Jan Smit) (foto: Omroep West)");
    None without one. A name after a bar closes a caption only ("Interview | Jan Smit" is a heading)."""
    start = None
    for _ in range(CREDITS_RUN_MAX):  # each search reads the caption again: a hostile run of credits stays bounded
        if not (match := CAPTION_CREDIT_END.search(block.text[:start])):
            break
        if not match["credit"] and block.kind is not BlockKind.CAPTION:
            break
        at = match.start("credit") if match["credit"] else match.start("barred")
        if dash := _DASH_BEFORE.search(block.text[:at]):
            at = dash.start() + 1  # the dash before the credit is the credit's ("… aandoen. — © rr", site43)
        if patterns.word_count(block.text[:at]) < credit_rules.CAPTION_OWN_MIN_WORDS:
            break
        start = at
    return start


def _alone(text: str, under_caption: bool) -> bool:
    return bool(CREDIT_ALONE.match(text) or (under_caption and AGENCY_ALONE.match(text)))

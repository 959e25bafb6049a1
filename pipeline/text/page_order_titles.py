"""The headline found by the page's order rather than by the first heading (split from pipeline.text.headline): a
print page's standfirst, heading and author's name (the heading is the headline), and a watch-live page's first line,
set aside as a pointer to a stream or a video, whose subject the lede right below names (that line is the title),
and a heading below a page's other cards that its breadcrumb and its photo's caption repeat (`echoed_title`, head34),
and a heading with its date line under it below a sidebar of other stories' teasers (`sidebar_title`, headline36).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, opening_rules, patterns, title_rules
from pipeline.text.printed_titles import folded, title_sized
from pipeline.text.title_shapes import running_next, sentence_count

ECHOED_TITLE_MIN_ECHOES = 2
SIDEBAR_MIN_TEASERS = 2  # a heading over one short paragraph, twice or more: other stories' teasers
TEASER_MAX_WORDS = 90
DATE_OPENING = re.compile(title_rules.DATE_OPENING, re.IGNORECASE)
_TEASER_TEXT = frozenset({BlockKind.PARAGRAPH, BlockKind.LEDE})
_ECHO_KINDS = frozenset({BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.SITE_TEXT})


def print_title(blocks: Sequence[Block]) -> int | None:
    """A print page's order (issue 21, helper site25c): the text opens with a standfirst (one short paragraph
    of whole sentences), then a heading, then the author's name on its line ("DOOR ANNA DE VRIES", "Anna de
    Vries") — the heading is the headline, the name its byline. A name the standfirst holds is the
    interviewee it introduces, not the author (review 25d). A heading above the standfirst is an overline: the
    heading under the standfirst is still the title (headline36)."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT][:4]
    if len(kept) == 4 and blocks[kept[0]].kind is BlockKind.SUBHEADING:
        kept = kept[1:]  # an overline above the standfirst ("Clinton ontgoocheld, vermoeid, verslagen")
    if len(kept) < 3:
        return None
    first, title, name = (blocks[i] for i in kept[:3])
    standfirst = (
        first.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(first.text) <= title_rules.PRINT_STANDFIRST_MAX_WORDS
        and (patterns.ends_sentence(first.text) or sentence_count(first) >= 2)  # its full stop lost
    )
    heading = title.kind is BlockKind.SUBHEADING and not patterns.is_person_name(title.text.strip())
    author = name.kind is BlockKind.BYLINE or (
        name.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and patterns.is_person_name(name.text.strip())
        and name.text.strip().casefold() not in first.text.casefold()  # an interviewee the standfirst introduces
    )
    return kept[1] if standfirst and heading and author else None


def announced_title(blocks: Sequence[Block]) -> bool:
    """The text's first line, set aside as a pointer to a stream or a video (card_rules.ANNOUNCED_TITLE_REASONS) and
    shaped as a heading, is the title when the lede right below it names the same subject: a watch-live page's title
    ("Kijk hier live naar de bekerfinale Go Ahead - Heracles"), not a pointer to another story; and also when
    every block below it is set aside: a stub page whose body the scraper did not keep ("Lees hier het laatste
    nieuws over de verkiezingen" over "Volg het in ons liveblog."), its first line its title (zero36)."""
    if len(blocks) < 2 or blocks[0].kind is not BlockKind.SITE_TEXT:
        return False
    first, lede = blocks[0], blocks[1]
    text = first.text.strip()
    heading = (
        first.reason in card_rules.ANNOUNCED_TITLE_REASONS
        and "\n" not in text
        and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS
        and not patterns.ends_sentence(text)
        and not text.endswith(":")
    )
    if heading and _stub_title(text, blocks[1:]):
        return True  # a stub page (a liveblog's landing page): below its title only the page's own lines, no text
    if not heading or not running_next(blocks, 0) or lede.kind is BlockKind.SITE_TEXT:
        return False
    named = {
        _bare(w).casefold()
        for w in text.split()[1:]
        if w[:1].isupper() and len(_bare(w)) >= card_rules.ANNOUNCED_TITLE_NAME_MIN_CHARS
    }
    return bool(named & {_bare(w).casefold() for w in lede.text.split()})


def _stub_title(text: str, below: Sequence[Block]) -> bool:
    """Every block below the line is set aside, none a card of another story, and the line names a subject
    (card_rules.ANNOUNCED_STUB_MIN_WORDS)."""
    return (
        patterns.word_count(text) >= card_rules.ANNOUNCED_STUB_MIN_WORDS
        and all(b.kind is BlockKind.SITE_TEXT for b in below)
        and not any(b.reason in card_rules.ANNOUNCED_TITLE_REASONS for b in below)
    )


def _bare(word: str) -> str:
    """A word without the punctuation and quotation marks around it."""
    return word.strip(".,;:!?'\"()")


def echoed_title(blocks: Sequence[Block]) -> tuple[int, str, str] | None:
    """A heading ("Amigoe | <title>", or the title alone) whose title the lines right below it repeat as a part
    between bars ECHOED_TITLE_MIN_ECHOES times or more, once at a breadcrumb's end ("HomeMediaAmigoe | <title>",
    a caption "<title> | Foto …"), running text after them: the article's title below a page's cards (issue 21,
    head34). Returns its index, the outlet's tag before the bar ("" if none) and the title."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.SUBHEADING:
            continue
        tag, _, title = folded(block.text).rpartition(" | ")
        if patterns.word_count(tag) > title_rules.COPY_AFFIX_MAX_WORDS or not title_sized(title):
            continue
        echoes = ended = 0
        for later in blocks[index + 1 :]:
            parts = [p.strip().casefold() for p in folded(later.text).split("|")]
            if later.kind not in _ECHO_KINDS or title.casefold() not in parts:
                break
            echoes += 1
            ended += len(parts) > 1 and parts[-1] == title.casefold()
        if echoes >= ECHOED_TITLE_MIN_ECHOES and ended and running_next(blocks, index + echoes):
            return index, tag, title
    return None


def sidebar_title(blocks: Sequence[Block]) -> int | None:
    """A heading with a date line right under it (a dateline, or a line opening with a date and ending no sentence:
    "27 januari 2015 Piet Jansen", the date and the author) and the running text after it, below SIDEBAR_MIN_TEASERS
    teasers or more (a heading over one paragraph of TEASER_MAX_WORDS words at most) and no date line or byline of
    their own, the text under it longer than the teasers together: the article's title under a sidebar of other
    stories' cards, a poll's and an agenda's (headline36). None on any other page."""
    teasers: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind in (BlockKind.DATELINE, BlockKind.BYLINE):
            return None  # a date line or a byline above: the article's header is above it
        if block.kind in _TEASER_TEXT:
            if not index or blocks[index - 1].kind is not BlockKind.SUBHEADING:
                return None  # two paragraphs in a row: the article's text
            if patterns.word_count(block.text) > TEASER_MAX_WORDS:
                return None
            teasers.append(patterns.word_count(block.text))
        elif block.kind is BlockKind.SUBHEADING and len(teasers) >= SIDEBAR_MIN_TEASERS and _dated_below(blocks, index):
            text = 0
            for below in blocks[index + 2 :]:
                if below.kind is BlockKind.SUBHEADING:
                    break
                text += patterns.word_count(below.text) if below.kind in _TEASER_TEXT else 0
            return index if text > sum(teasers) else None
    return None


def _dated_below(blocks: Sequence[Block], index: int) -> bool:
    """The block under `index` is a date line, and running text follows it."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    text = below.text.strip()
    dated = below.kind is BlockKind.DATELINE or (
        below.kind is BlockKind.SUBHEADING and bool(DATE_OPENING.match(text)) and not patterns.ends_sentence(text)
    )
    return dated and running_next(blocks, index + 1)

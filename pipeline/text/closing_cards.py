"""Cards of the outlet's other stories closing the text, found by the shape of a card (issue 21, site36;
pipeline.text.article calls these last; pipeline.text.doubled_cards reads cards that print their title twice):

cut_blurb_cards   cards that each show a title and a standfirst the page cut off mid-sentence ("<titel>" /
                  "De gemeente wil volgend jaar beginnen met de bouw van...", maybe its date under it: "19/05/2021"),
                  CUT_CARD_MIN_CARDS of them or more to the text's end: an article ends a paragraph in a word or a
                  sentence's mark, not in a cut mark after a word, card after card under short titles. Under
                  speakers' names with their age ("Marja (54)") the trailing lines are a vox pop's quotes, the
                  article's own. The last card may be cut off by the text's own end (a title over an unfinished
                  line), and the box's label stands right above the first card's title, a heading over a heading
                  ("Ook in de omgeving" / "<titel>"; site45). The cut is the page's, not a writer's trailing off
                  (a TV guide's items, "Wie wint deze week de gouden ster...": fix47): the cards stand under the
                  page's box (a list's label set aside right above the first title, "Lees ook", or a title set
                  aside already; not a banner), carry their dates, or their standfirsts are cut at one length.
stamped_titles    cards whose title line ends in the story's stamp — an age ("1 uur geleden", "gisteren") or a
                  day with a time of day ("30 apr, 22:32"), maybe its topic before it and its count of comments
                  after it ("<titel> Sport 1 uur geleden", "<titel> Algemeen 30 apr, 20:00 7") — each perhaps
                  under its picture's caption, STAMPED_TITLE_MIN_CARDS of them or more to the text's end. An
                  article's line ends its sentence; a heading is not stamped with its own age. Lines the article
                  introduces with a colon right above them ("Het programma:") are its own list (events, each timed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, patterns
from pipeline.text.dutch_rules import ANY_MONTH_GROUP, NAME_LINE_PARTICLE_GROUP
from pipeline.text.page_lists import aside
from pipeline.text.page_rules import LIST_REASONS
from pipeline.text.text_ends import running_text

CARD_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.BYLINE)
_HEADINGS = (BlockKind.HEADLINE, BlockKind.SUBHEADING)  # the article's title above a closing box's label
CARD_TITLE_MAX_WORDS = 20  # a story's title; longer is a sentence of the article

# -- cut-off standfirsts -----------------------------------------------------------------------------------------

CUT_CARD_MIN_CARDS = 3
UNMARKED_CUT_MIN_BLURBS = 2  # standfirsts cut without a mark under a list's label set aside (site50)
UNMARKED_BLURB_MAX_WORDS = 90  # such a card's standfirst: a few lines, not an article's long paragraph
UNMARKED_LABEL_REASONS = ("teaser", "story_list", "interface", "label", "navigation")  # a list's label (review50)
CUT_BLURB_MAX_WORDS = 60  # a card's standfirst: a few lines
CARD_BOX_LABEL_MAX_WORDS = 6  # the box's label above its first card ("Meer nieuws uit de regio")
# a word, then the page's cut mark: three dots or an ellipsis, or a blog's "[…]" — after a word (or its full stop:
# "… in Zwolle....", site45), not after the sentence's other marks ("Wat nu?..." is a sentence trailing off).
# Anchored at the end: linear.
_CUT_END = re.compile(r"(?:[\w,;’”)]\.?(?:\.\.\.|…)|\s\[(?:…|\.\.\.)\])\s*$")
# one length: a page cuts each standfirst at its limit in characters (CUT_LENGTH_SPREAD of the longest, the cut
# falling between words) or in words (the same count), a limit a short line does not reach (CUT_LENGTH_MIN_CHARS,
# CUT_LENGTH_MIN_WORDS). A writer's blurbs run as long as each has to say (fix47).
CUT_LENGTH_SPREAD = 0.12
CUT_LENGTH_MIN_CHARS = 60
CUT_LENGTH_MIN_WORDS = 10
_CUT_MARK_CHARS = " .…[]"  # the cut mark, not counted in the standfirst's length
# a vox pop's speaker over a quote: a name with the age ("Marja (54)", "Kees de Vries, 71:"), no story's title
_SPEAKER = re.compile(
    rf"^(?:(?:[A-ZÀ-Ý][\w'’-]*|{NAME_LINE_PARTICLE_GROUP})\s+){{0,4}}[A-ZÀ-Ý][\w'’-]*\s*(?:\(\d{{1,3}}\)|,\s*\d{{1,3}})\s*:?$"
)


def cut_blurb_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the title-and-cut-standfirst cards that close the text, from the first card's title, as "teaser";
    also the cards cut without a mark under a label set aside (`_unmarked_cards`)."""
    return _unmarked_cards(_marked_cards(blocks))


def _unmarked_cards(blocks: Sequence[Block]) -> list[Block]:
    """Under a list's label set aside below the article's last paragraph of running text ("Lees meer over
    <onderwerp>", "Selecteer uw categorie": `_list_label`), to the text's end, cards whose standfirsts the page cut
    at its limit without a mark: UNMARKED_CUT_MIN_BLURBS or more paragraphs that hold a sentence's end and stop short of one ("… Zij neemt de
    bevoegdheden over en"), under short titles (site50). The article above the label closes its paragraphs with a
    sentence's mark (no writer's habit of leaving it out: text_ends.unstopped_text). A closing box is the text's
    tail: the article's title stands above the label, or the article above it runs longer than the cards under it —
    else the label opens the page (a genre label over an interview's title, "Interview" / "<naam>", the whole
    interview under it: site51)."""
    out = list(blocks)
    for label in range(len(out) - 1, 0, -1):
        if not _list_label(out[label]):
            continue  # before reading the blocks above: linear on a page of many lines
        above = [b for b in out[:label] if b.kind is not BlockKind.SITE_TEXT]
        if not above or not running_text(above[-1]):
            continue
        rest = [b for b in out[label + 1 :] if b.kind is not BlockKind.SITE_TEXT]
        cut = [b for b in rest if _unmarked_blurb(b)]
        if (
            len(cut) >= UNMARKED_CUT_MIN_BLURBS
            and any(b.kind is BlockKind.SUBHEADING for b in rest)
            and all(b.kind in CARD_TEXT_KINDS or b.kind is BlockKind.DATELINE for b in rest)
            and all(patterns.word_count(b.text) <= UNMARKED_BLURB_MAX_WORDS for b in rest)
            and not any(_unmarked_blurb(b) for b in above)
            and (_words(above) > _words(rest) or any(b.kind in _HEADINGS for b in above))
        ):
            return out[: label + 1] + [aside(b, "teaser") for b in out[label + 1 :]]
    return out


def _words(blocks: Sequence[Block]) -> int:
    return sum(patterns.word_count(b.text) for b in blocks)


def _list_label(block: Block) -> bool:
    """A line set aside as a list's label or a selector ("Lees meer over Gemeenteraad", "Selecteer uw categorie"): not
    an advertisement's label, a page number or a pointer to one story ("Lees ook: <titel>") that the article's text
    goes on under — an e-paper's next items, a church's services (review50)."""
    return (
        block.kind is BlockKind.SITE_TEXT
        and block.reason in UNMARKED_LABEL_REASONS
        and not re.search(r":\s*\S", block.text)
    )


def _unmarked_blurb(block: Block) -> bool:
    text = block.text.rstrip()
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.has_inner_sentence_end(text)
        and not patterns.ends_sentence(text)
        and not _CUT_END.search(text)
    )


def _marked_cards(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    first = content_end(out)
    first -= 2 if first == len(out) and _cut_card(out, first) else 0  # the last card, cut off by the text's end
    titles: list[int] = []  # each card's title, from the last card up
    blurbs: list[str] = []
    stamped = False
    while True:
        dated = first >= 1 and _card_date(out[first - 1])  # the card's date under its standfirst (blind31)
        blurb = first - 1 - dated
        if blurb < 1 or not (_cut_blurb(out[blurb]) and _card_title(out[blurb - 1])):
            break
        first = blurb - 1
        titles.append(first)
        blurbs.append(out[blurb].text)
        stamped = stamped or dated
    if len(titles) < CUT_CARD_MIN_CARDS or all(_SPEAKER.match(out[i].text.strip()) for i in titles):
        return out
    boxed = (first >= 1 and _list_line(out[first - 1])) or any(_list_line(out[i]) for i in titles)
    if not (boxed or stamped or _one_length(blurbs)):
        return out  # a writer's items trailing off, the article's own (a TV guide's programmes: fix47)
    first -= first >= 1 and _box_label(out[first - 1])
    return out[:first] + [aside(b, "teaser") for b in out[first:]]


def _cut_card(blocks: Sequence[Block], end: int) -> bool:
    """The text ends inside a card: a card's title over an unfinished line (no sentence's mark at its end)."""
    last = blocks[end - 1] if end >= 2 else None
    return (
        last is not None
        and last.kind in CARD_TEXT_KINDS
        and patterns.word_count(last.text) <= CUT_BLURB_MAX_WORDS
        and not patterns.ends_sentence(last.text)
        and _card_title(blocks[end - 2])
    )


def _list_line(block: Block) -> bool:
    """A line set aside as a list's, of other stories ("Lees ook", a card's title): not a banner ("Advertentie")
    that may stand between any two paragraphs of the article."""
    return block.kind is BlockKind.SITE_TEXT and block.reason in LIST_REASONS


def _one_length(blurbs: Sequence[str]) -> bool:
    """The standfirsts cut at the page's limit: one length in characters (within CUT_LENGTH_SPREAD) or in words."""
    sizes = [len(text.rstrip(_CUT_MARK_CHARS)) for text in blurbs]
    if min(sizes) >= CUT_LENGTH_MIN_CHARS and max(sizes) - min(sizes) <= CUT_LENGTH_SPREAD * max(sizes):
        return True
    words = {patterns.word_count(text) for text in blurbs}
    return len(words) == 1 and min(words) >= CUT_LENGTH_MIN_WORDS


def _box_label(block: Block) -> bool:
    """The box's label over the first card's title: a heading with no text of its own under it."""
    return block.kind is BlockKind.SUBHEADING and patterns.word_count(block.text) <= CARD_BOX_LABEL_MAX_WORDS


def cut_off(text: str) -> bool:
    """The text ends in the page's cut mark after a word ("… aan de...", "… eerlijk zijn: […]")."""
    return bool(_CUT_END.search(text))


def _cut_blurb(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(block.text) <= CUT_BLURB_MAX_WORDS
        and bool(_CUT_END.search(block.text))
    )


def _card_date(block: Block) -> bool:
    return block.kind is BlockKind.DATELINE or (
        block.kind in CARD_TEXT_KINDS and patterns.is_dateline(block.text.strip())
    )


def _card_title(block: Block) -> bool:
    """A card's title: one short line, not a cut standfirst itself (or set aside already, as a teaser's title)."""
    if block.kind is BlockKind.SITE_TEXT:
        return "\n" not in block.text.strip() and patterns.word_count(block.text) <= CARD_TITLE_MAX_WORDS
    return (
        block.kind in CARD_TEXT_KINDS
        and "\n" not in block.text.strip()
        and patterns.word_count(block.text) <= CARD_TITLE_MAX_WORDS
        and not patterns.has_inner_sentence_end(block.text)
        and not _CUT_END.search(block.text)
    )


def content_end(blocks: Sequence[Block]) -> int:
    """The end of the text before the page's lines set aside already (a footer, a cut-off word)."""
    end = len(blocks)
    while end and blocks[end - 1].kind is BlockKind.SITE_TEXT:
        end -= 1
    return end


# -- titles stamped with their age or day and time ---------------------------------------------------------------

STAMPED_TITLE_MIN_CARDS = 3
STAMPED_TITLE_MIN_WORDS = 3  # a title (and its topic) before the stamp
CARD_LEAD_MAX_BLOCKS = 2  # a card's picture: its placeholder set aside and its caption above the title
CARD_CAPTION_MAX_WORDS = 40
_STAMP_END = re.compile(
    rf"(?:{card_rules.AGE_STAMP}|\b(?:gisteren|eergisteren)|\b\d{{1,2}}\s+{ANY_MONTH_GROUP}(?:\s+\d{{4}})?,?\s+\d{{1,2}}[:.]\d{{2}})"
    r"(?:\s+\d{1,4})?\s*$",
    re.IGNORECASE,
)


def stamped_titles(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the stamped cards that close the text, each with its picture's caption, as "teaser"."""
    out = list(blocks)
    end = content_end(out)
    stamps: list[int] = []
    leads: list[int] = []  # per card after the first: its caption (a block of text above the stamped title)
    index = end - 1
    while index >= 0 and _stamped(out[index]):
        stamps.append(index)
        lead = index - 1
        while lead >= 0 and index - lead <= CARD_LEAD_MAX_BLOCKS and _lead(out[lead]) and not _stamped(out[lead]):
            lead -= 1
        if lead < 0 or not _stamped(out[lead]):
            break  # the first card: the article above it
        leads.extend(i for i in range(lead + 1, index) if out[i].kind is not BlockKind.SITE_TEXT)
        index = lead
    if len(stamps) < STAMPED_TITLE_MIN_CARDS or _introduced(out, stamps[-1]):
        return out
    first = stamps[-1]
    above = first - 1
    captioned = len(leads) * 2 >= len(stamps) - 1  # most cards show a caption: the first card's is above it
    longest = max((patterns.word_count(out[i].text) for i in leads), default=0)
    if captioned and above >= 0 and _lead(out[above]) and patterns.word_count(out[above].text) <= longest:
        first = above
    return out[:first] + [aside(b, "teaser") for b in out[first:end]] + out[end:]


def _stamped(block: Block) -> bool:
    text = block.text.strip()
    if block.kind not in CARD_TEXT_KINDS and block.kind is not BlockKind.SITE_TEXT:
        return False
    match = _STAMP_END.search(text)
    if match is None:
        return False
    title = text[: match.start()].rstrip()
    return (
        patterns.word_count(title) >= STAMPED_TITLE_MIN_WORDS
        and not patterns.ends_sentence(title)
        and not title.endswith((",", ":", ";"))
    )


def _introduced(blocks: Sequence[Block], first: int) -> bool:
    """The article's running text right above the first stamped line introduces it, ending in a colon."""
    above = blocks[first - 1] if first else None
    return above is not None and above.kind is not BlockKind.SITE_TEXT and above.text.rstrip().endswith(":")


def _lead(block: Block) -> bool:
    if block.kind is BlockKind.SITE_TEXT:
        return True
    return block.kind in CARD_TEXT_KINDS and patterns.word_count(block.text) <= CARD_CAPTION_MAX_WORDS

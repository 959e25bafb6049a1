"""Copies of the title at the page's opening (pipeline.text.article calls this): a page that prints its title
two or three times in a row (the page's title, the player's title, the article's heading) — the first copy is the
title, the copies right after it are set aside as "repeated"; a photo's caption opening the page and shown again with
its credit a few lines below is the caption, its copy "repeated", and an e-paper's masthead shown again on one line
with its date is set aside as "masthead" (site32b). At the page's end, a numbered breadcrumb whose last
item is the title ("1. Regio", "2. <title>") is set aside as "breadcrumb", and so is a bulleted one right under the
title (`listed_crumbs`). At the text's end, a related article's card that prints its title twice — numbered, then
after its labels again — is set aside as "teaser" (`numbered_cards`), and so is a card's title cut off at the text's
end after the page's chrome (`cut_card`); `tail_cards` applies both."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import icon_names, opening_rules, patterns, sentence_reasons, site_rules
from pipeline.text.credit_rules import CREDIT_WORD_GROUP
from pipeline.text.dutch_rules import MONTH_NAME_GROUP
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside
from pipeline.text.page_title_copies import bar_side_copy, title_bar
from pipeline.text.printed_titles import folded, title_sized
from pipeline.text.segment import split_sentences

# the page's metadata between the title and its copy: at most this many byline or date lines ("door <name>", a date)
TITLE_META_MAX_LINES = 2
# between the title and its copy, a label closed by a separator, its field left empty ("Persbericht -"; site51)
OPEN_LABEL_MAX_WORDS = 2
_OPEN = re.compile(r"\S\s+[-–—|]$")
_LABEL_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
_META_KINDS = (BlockKind.BYLINE, BlockKind.DATELINE)
# An item of a numbered list on its own line: "2. Grotere gemeenteraad?" (its number, the item's text).
NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
# a related article's card at the text's end: at most this many blocks between the numbered title and its copy (the
# card's labels: "PREMIUM", a topic), at most this many after the copy (its teaser)
CARD_MAX_LABELS = 3
CARD_MAX_TEASER_BLOCKS = 1
CUT_OFF_MAX_WORDS = 2  # a paragraph's first words where the page's text was cut off
CUT_CARD_MAX_WORDS = 16  # a story's title, cut where it announces its teaser ("<title>:")
# …not the article's lead-in to a quote the page lost: someone reported to speak ("Wethouder Bakker reageerde …
# op het besluit:", review28; with sentence_reasons.QUOTED_OR_REPORTED)
SPEECH_LEAD = re.compile(
    r"\b(reageer(t|de|den)|verklaar(t|de|den)|antwoord(t|de|den)|concludeer(t|de|den)|luidt|luidde"
    r"|sloot\b.{0,40}\baf|vatte\b.{0,40}\bsamen)\b",
    re.IGNORECASE,
)
# A photo's caption opening the page, shown again with its credit a few lines below (alt text, then the visible caption
# with "© <name>" or "Foto: <name>" after it; site32b): at most this many lines between them (a viewer's button, a
# paywall label — set aside already), the credit one to four words after its mark.
CAPTION_COPY_MAX_GAP = 3
CAPTION_CREDIT = re.compile(rf"^\s*(©|\(c\)|(?i:{CREDIT_WORD_GROUP})\s*:)\s*{site_rules.CREDIT_HOLDER}\s*$")
MASTHEAD_MAX_START = 6  # blocks above an e-paper's masthead at most (the paper's contact lines)
# an e-paper's running head printed twice (site49): a short line closed by a figure, then the next block opening with
# it again and going on with the rest of a date ("<Krant> 20 8" / "<Krant> 20 8 november 2016 <titel> …"); the line
# closed by two figures, the page's number and the day (an agenda's "Woensdag 3" over its item "Woensdag 3 april 2024
# Lezing …" has one: review49)
RUNNING_HEAD_MAX_WORDS = 6
_PAGE_AND_DAY = re.compile(r"\b\d{1,3}\s\d{1,2}$")
_DATE_GOES_ON = re.compile(rf"^\s*(?:\d{{1,2}}\s+)?(?i:{MONTH_NAME_GROUP})\s+\d{{4}}\b")
CRUMB_MIN_ITEMS = 2  # a breadcrumb: at least the section and the title
CRUMB_MAX_WORDS = 4  # its items before the title: section names, not sentences
_CRUMB_BREAK = re.compile(r"[.!?,;:…\"“”„'‘’()]")  # a sentence's or a quotation's marks: no breadcrumb's items
# A section's name: capitalised words (a figure, a small linking word between): "Extern", "Oorlog in Oekraïne" — not
# a step of instructions ("Maak een afspraak", review27c).
CRUMB_NAME = re.compile(r"^[A-ZÀ-Ý0-9][\w'’&-]*( ((in|en|van|de|het|op|&) )*[A-ZÀ-Ý0-9][\w'’&-]*)*$")
# a breadcrumb's separator drawn by an icon font, its glyph's name glued to the item before it ("Regiochevron right")
CRUMB_ICON = re.compile(icon_names.SEPARATOR_ICON)


def printed_twice(lines: Sequence[str], number: int, paragraph: Sequence[str]) -> bool:
    """A title-length line opening its chunk and printed again on the next line, or that copy ("Zou X … hebben?" /
    "Zou X … hebben?" / the lede): the page's title and its heading, each a line of its own (`title_copies` sets
    the copy aside) — never joined to the running text under them. A sentence of running text is no title: the copy
    must stand before more text and the line must end in no full stop (site44)."""
    line = lines[number]
    if not title_sized(line, patterns.word_count) or patterns.word_count(line) > opening_rules.HEADLINE_MAX_WORDS:
        return False
    if line.rstrip().endswith("."):
        return False
    if not paragraph and number + 2 < len(lines) and lines[number + 1] == line:
        return True  # the first copy, the copy and running text under them
    return number >= 1 and lines[number - 1] == line and number + 1 < len(lines) and not paragraph


def title_copies(blocks: Sequence[Block]) -> list[Block]:
    """The opening line (not set aside, at least TITLE_COPY_MIN_WORDS words, not a sentence of running text
    ending in a full stop) and the blocks right after it with the very same text: those copies set aside — also
    after up to TITLE_META_MAX_LINES byline or date lines ("<title>" / "door <name>" / "<title>": the page's
    header then the article's heading; helper site30) — or after a label whose field is left empty ("<title>" /
    "Persbericht -" / "<title>"): that label set aside with the copy (site51). A title bar first (page_title_copies)."""
    out = title_bar(blocks)
    opening = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if opening is None:
        return out
    opening = _bulleted_copy(out, opening)
    first = folded(out[opening].text)
    if _caption_copy(out, opening) or _masthead(out, opening) or _crumbed_title(out, opening):
        return out
    if opening and out[opening - 1].kind is BlockKind.SITE_TEXT and _masthead(out, opening - 1):
        return out  # the masthead's name set aside already, above the opening line (a wordmark's: blind31)
    if not title_sized(first, patterns.word_count) or first.endswith("."):
        return out
    index = opening + 1
    if echo := _section_echo(out, opening):  # "<title> Sport" / "Sport" / "<title>": the label cut off the title
        first = echo
        glued = aside(replace(out[opening], text=out[opening + 1].text.strip()), "navigation")
        out[opening : opening + 1] = [replace(out[opening], text=echo), glued]
        index = opening + 3
    meta = index
    while meta < len(out) and meta - index < TITLE_META_MAX_LINES and out[meta].kind in _META_KINDS:
        meta += 1
    if meta > index and meta < len(out) and folded(out[meta].text) == first:
        index = meta  # the copy under the metadata lines, which stay
    elif index + 1 < len(out) and _open_label(out[index]) and folded(out[index + 1].text) == first:
        out[index] = aside(out[index], "label")  # "<title>" / "Persbericht -" / "<title>": the copy's label
        index += 1
    while index < len(out) and out[index].kind is not BlockKind.SITE_TEXT and folded(out[index].text) == first:
        out[index] = aside(out[index], "repeated")
        index += 1
    if index < len(out) and out[index].kind is not BlockKind.SITE_TEXT and bar_side_copy(out[opening].text, out[index]):
        out[index] = aside(out[index], "repeated")  # "<A> | <B>" / "<A>.": a side of the title's bar again (site52b)
    return out


def _open_label(block: Block) -> bool:
    """A label whose field after it is left empty: a word or two closed by a separator ("Persbericht -", "Nieuws |")."""
    text = block.text.strip()
    return (
        block.kind in _LABEL_KINDS
        and patterns.word_count(text) <= OPEN_LABEL_MAX_WORDS + 1
        and bool(_OPEN.search(text))
    )


def _bulleted_copy(out: list[Block], opening: int) -> int:
    """The opening line a list's one item whose text the next line holds alone ("• <title>" / "<title>": the page's
    list of stories, its current item, then the article's heading; site44) — the item set aside as "repeated"
    (changed in place); the opening line's index after it."""
    block = out[opening]
    if block.kind is not BlockKind.LIST or len(block.items) != 1 or opening + 1 >= len(out):
        return opening
    item, title = folded(block.items[0]), folded(out[opening + 1].text)
    if item != title or not title_sized(title, patterns.word_count) or out[opening + 1].kind is BlockKind.LIST:
        return opening
    out[opening] = aside(block, "repeated")
    return opening + 1


def _crumbed_title(out: list[Block], opening: int) -> bool:
    """The opening line a breadcrumb's items then the title the next line holds alone ("Home Landelijke radio <title>"
    / "<title>"; head37): at most CRUMB_MAX_WORDS words before it, no sentence's marks — set aside as "breadcrumb"
    (changed in place)."""
    if opening + 1 >= len(out) or out[opening + 1].kind is BlockKind.SITE_TEXT:
        return False
    first, title = folded(out[opening].text), folded(out[opening + 1].text)
    crumbs = first[: -len(title)].strip() if first.endswith(f" {title}") else ""
    if not title_sized(title, patterns.word_count) or not crumbs[:1].isupper():
        return False
    if patterns.word_count(crumbs) > CRUMB_MAX_WORDS or _CRUMB_BREAK.search(crumbs):
        return False
    out[opening] = aside(out[opening], "breadcrumb")
    return True


def _caption_copy(out: list[Block], opening: int) -> bool:
    """The opening line shown again with a photo's credit after it (CAPTION_CREDIT), only site text between them:
    the opening line is the caption, its copy set aside as "repeated" (changed in place)."""
    first = folded(out[opening].text)
    for index in range(opening + 1, min(opening + 2 + CAPTION_COPY_MAX_GAP, len(out))):
        text = folded(out[index].text)
        if text.startswith(first) and CAPTION_CREDIT.match(text[len(first) :]):
            out[opening] = Block(BlockKind.CAPTION, out[opening].text)
            out[index] = aside(out[index], "repeated")
            return True
        if out[index].kind is not BlockKind.SITE_TEXT:
            return False
    return False


def _masthead(out: list[Block], opening: int) -> bool:
    """An e-paper's masthead: a line, the line under it (the edition's date), then both again on one line ("Weekblad -
    Editie Zuid" / "1 november 2017" / "Weekblad - Editie Zuid 1 november 2017"; site32b) — the opening lines, or
    lower above the article's text, under the paper's contact lines (site39): the three set aside as "masthead"
    (changed in place). A section's kicker, the title, then both on one line ("Sport" / "<titel>" / "Sport <titel>")
    is no masthead: the line under the name must be a date (review42)."""
    begun = next((i for i in range(opening, len(out)) if running_text(out[i])), len(out))
    for start in range(opening, min(begun, opening + MASTHEAD_MAX_START) - 2):
        name, date, both = (folded(b.text) for b in out[start : start + 3])
        if name and patterns.is_dateline(date) and both == f"{name} {date}":
            for index in range(start, start + 3):
                out[index] = aside(out[index], "masthead")
            return True
    return False


def running_heads(blocks: Sequence[Block]) -> list[Block]:
    """The first running head printed twice above the article's text (RUNNING_HEAD_MAX_WORDS, _DATE_GOES_ON): the line
    and its copy with the date set aside as "masthead"; the rest of the block under it stays what it was."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    for i in range(min(begun, len(out) - 1)):
        line, below, text = out[i], out[i + 1], out[i].text.strip()
        if BlockKind.SITE_TEXT in (line.kind, below.kind) or patterns.word_count(text) > RUNNING_HEAD_MAX_WORDS:
            continue
        date = _DATE_GOES_ON.match(below.text[len(text) :]) if below.text.startswith(f"{text} ") else None
        if _PAGE_AND_DAY.search(text) and date is not None:
            cut = len(text) + date.end()
            copy, rest = below.text[:cut], below.text[cut:].strip()
            out[i : i + 2] = [
                aside(line, "masthead"),
                aside(Block(below.kind, copy), "masthead"),
                Block(below.kind, rest),
            ]
            return out
    return out


def _section_echo(blocks: list[Block], opening: int) -> str | None:
    """The title without the section label glued after it, when the next line is that label set aside and a copy
    of the title follows ("<title> Sport", "Sport", "<title>"); else None."""
    if opening + 2 >= len(blocks):
        return None
    first, label, copy = blocks[opening], blocks[opening + 1], blocks[opening + 2]
    word = label.text.strip()
    if label.kind is not BlockKind.SITE_TEXT or len(word.split()) != 1 or copy.kind is BlockKind.SITE_TEXT:
        return None
    title = folded(first.text)
    cut = title[: -len(word) - 1] if title.endswith(f" {word}") else ""
    return cut if title_sized(cut, patterns.word_count) and folded(copy.text) == cut else None


def numbered_cards(blocks: Sequence[Block]) -> list[Block]:
    """A related article's card closing the text: a numbered or bulleted title ("1. <title>", "• <title>"; at least TITLE_COPY_MIN_WORDS
    words) after the article's first block, then at most CARD_MAX_LABELS short labels (one of them site text found
    already: "PREMIUM"; no other numbered item) or none, then the very same title again and at most CARD_MAX_TEASER_BLOCKS
    blocks (its teaser) to the end: all of it set aside as "teaser". A list of the article's own does not print an
    item twice with the text's end right after it."""
    out = list(blocks)
    cut = 1 if out and _cut_off(out[-1]) else 0  # the page's text cut off inside the teaser's next paragraph
    for start in range(1, len(out)):
        title = _card_title(out[start])
        if title is None or not title_sized(title, patterns.word_count):
            continue
        # a one-item bulleted list and its copy over whole text: the article's own point (the card's is cut off, review44)
        if out[start].kind is BlockKind.LIST and not cut:
            continue
        for copy in range(start + 1, min(start + 2 + CARD_MAX_LABELS, len(out))):
            labels = out[start + 1 : copy]  # none: the title's copy right under it (site35)
            if (
                folded(out[copy].text) == title
                and len(out) - copy - 1 - cut <= CARD_MAX_TEASER_BLOCKS
                and (not labels or any(b.kind is BlockKind.SITE_TEXT for b in labels))
                and all(patterns.is_heading(b.text) and not NUMBERED_ITEM.match(b.text) for b in labels)
            ):
                return [
                    *out[:start],
                    *(b if b.kind is BlockKind.SITE_TEXT else aside(b, "teaser") for b in out[start:]),
                ]
    return out


def _card_title(block: Block) -> str | None:
    """A card's title on its own line: a numbered item ("1. <title>") or a list's one item ("• <title>", site44)."""
    if block.kind is BlockKind.SITE_TEXT:
        return None
    if block.kind is BlockKind.LIST:
        return folded(block.items[0]) if len(block.items) == 1 else None
    item = NUMBERED_ITEM.match(block.text)
    return folded(item.group(2)) if item else None


def _cut_off(block: Block) -> bool:
    """The text's last block a stub of at most CUT_OFF_MAX_WORDS words that ends no sentence ("De Letterenf"): the
    page's text cut off where the card's teaser went on."""
    text = block.text.strip()
    return patterns.word_count(text) <= CUT_OFF_MAX_WORDS and not patterns.ends_sentence(text) and text[-1:].isalpha()


def tail_cards(blocks: Sequence[Block]) -> list[Block]:
    return cut_card(numbered_cards(blocks))


def cut_card(blocks: Sequence[Block]) -> list[Block]:
    """The text's last block a line ending in a colon that announces nothing (at most CUT_CARD_MAX_WORDS words, no
    other sentence, no one reported to speak: SPEECH_LEAD) right after site text found already (an advertisement, a
    comment prompt): a related story's title, its teaser cut off by the page's excerpt — set aside as "teaser"."""
    out = list(blocks)
    if len(out) < 2 or out[-1].kind is BlockKind.SITE_TEXT or out[-2].kind is not BlockKind.SITE_TEXT:
        return out
    text = folded(out[-1].text)
    if sentence_reasons.QUOTED_OR_REPORTED.search(text) or SPEECH_LEAD.search(text):
        return out
    if text.endswith(":") and patterns.word_count(text) <= CUT_CARD_MAX_WORDS and len(split_sentences(text)) == 1:
        out[-1] = aside(out[-1], "teaser")
    return out

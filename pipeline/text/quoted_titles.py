"""A title that is a quotation, under a label (issue 21, helper head49; used by pipeline.text.headline).

A line in quotation marks throughout is read as a quote once a heading stands above it, and a quote was no headline
candidate: under a genre's or a series' label ("Reportage", "Reportage De laatste zomer van België", "Interview")
the label was taken for the title and the quoted title below it for a quote (blind75). Belgian and Dutch papers print
many titles as a speaker's words (‘Het is angstaanjagend …’): a quote of a title's shape right under labels only —
lines a kicker's shape (headline._kicker) or opening with a genre's word, then a name (`genre_label`) — and above
the running text is the title's candidate (`quoted_title`). Under a heading that is no label ("Brand in Gent") the
quote stays a quote: the heading is the title, the quote its pull quote.

A title in capitals throughout under such labels ("Evenementen 2022" over "BIJEENKOMST SEPTEMBER WIEKEVORST", over
"KABINET EN TATA STEEL TEKENEN PLAN …") is set aside as a menu's line or read as a name in capitals: a line of a
title's length in capitals, a word of a sentence's in it (a preposition, an article: CAPS_TITLE_WORDS — a menu in
capitals has none; read as a byline, none needed), right over the running text, is the title's candidate
(`capitals_title`).

A person's name alone as the last heading, a date line right under it ("Opening jubileumjaar" / "Jan Peeters" /
"12 maart 2024"), is the author's byline under the title, not a dated title under its label (`dated_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns
from pipeline.text.page_edges import running_text
from pipeline.text.segment import split_sentences

GENRE_LABEL_MAX_WORDS = 7  # "Reportage De laatste zomer van België": a genre's word and a series' name
# A genre's word alone or followed by a name opening in a capital, words only ("Column Jan Jansen"); "Interview met
# de burgemeester over …" (lower case after it) and "Column Helma Neppérus: spits in juli" (a colon) are titles;
# the words alone are a section's label too (refused_titles.GENRE_WORD)
GENRE_WORDS = (
    "reportage|interview|column|opinie|analyse|achtergrond|recensie|review|portret|reconstructie|essay"
    "|commentaar|longread|profiel|verslag"
)
GENRE_LABEL = re.compile(rf"^(?i:{GENRE_WORDS})(?:\s++[A-ZÀ-Ý0-9][\w-]*+(?:\s++[\w-]++)*+)?+$")
CAPS_TITLE_MIN_WORDS = 3
# words of a sentence, not of a menu: "KABINET EN TATA STEEL TEKENEN PLAN OM …"
CAPS_TITLE_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "om",
        "te",
        "met",
        "voor",
        "naar",
        "uit",
        "bij",
        "over",
        "tegen",
        "na",
        "door",
        "aan",
        "is",
        "wordt",
        "zijn",
        "heeft",
        "niet",
    ]
)
OPENING_MARKS = "‘“„«'\""
CLOSING_MARKS = "’”»'\""
_WORD = re.compile(r"[\w'’-]+")
_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.DATELINE, BlockKind.BYLINE})


def genre_label(text: str) -> bool:
    """A genre's word, alone or over a name ("Reportage De laatste zomer van België"), no sentence's end."""
    text = text.strip()
    return (
        patterns.word_count(text) <= GENRE_LABEL_MAX_WORDS
        and GENRE_LABEL.match(text) is not None
        and not patterns.ends_sentence(text)
    )


def _labels_only(blocks: Sequence[Block], found: Sequence[int], kicker: Callable[[str], bool]) -> bool:
    """Every heading found (`found`) a label: a kicker's shape or a genre's label."""
    return all(kicker(blocks[i].text) or genre_label(blocks[i].text) for i in found)


def quoted_title(blocks: Sequence[Block], index: int, found: Sequence[int], kicker: Callable[[str], bool]) -> bool:
    """The quote or paragraph at `index` under headings (`found`) that are all labels (a kicker's shape or a genre's
    label), one sentence of a title's length in quotation marks from its first character to its last. (Closed by a
    full stop instead, over running text, it cost two CHECK headlines: a lede's first sentence under a label.)"""
    block = blocks[index]
    text = block.text.strip()
    if not (
        block.kind in (BlockKind.QUOTE, BlockKind.PARAGRAPH)  # a quote; a paragraph when no blank line parts them
        and bool(found)
        and _labels_only(blocks, found, kicker)
        and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS
        and len(split_sentences(text)) == 1
    ):
        return False
    return text[:1] in OPENING_MARKS and text.rstrip(".!?")[-1:] in CLOSING_MARKS


def capitals_title(blocks: Sequence[Block], index: int, found: Sequence[int], kicker: Callable[[str], bool]) -> bool:
    """The line at `index`, set aside (a sentence's word in it) or read as a byline, in capitals throughout, of a
    title's length, under headings (`found`) that are all labels, the running text right under it."""
    block = blocks[index]
    if block.kind not in (BlockKind.SITE_TEXT, BlockKind.BYLINE) or not found:
        return False  # cheap checks first: headline._headline_candidates asks it of every block
    text = block.text.strip()
    words = [w.strip(".,:;!?'\"‘’“”").casefold() for w in text.split()]
    letters = [ch for ch in text if ch.isalpha()]
    if not (
        bool(letters)
        and all(ch.isupper() for ch in letters)
        and CAPS_TITLE_MIN_WORDS <= len(words) <= opening_rules.HEADLINE_MAX_WORDS
        and (block.kind is BlockKind.BYLINE or any(w in CAPS_TITLE_WORDS for w in words))
        and "\n" not in text
        and _labels_only(blocks, found, kicker)
    ):
        return False
    after = (blocks[i] for i in range(index + 1, len(blocks)))  # no copy of the rest (title_shapes.running_next)
    following = next((b for b in after if b.kind not in _PASSED), None)
    return following is not None and following.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and running_text(following)


def dated_labels(blocks: list[Block], candidates: Sequence[int], dated: int) -> list[int]:
    """The headings above the dated title (untitled_shapes.dated_title) made labels (subheadings) in `blocks`, and the
    title returned as the one candidate left — or, the dated heading a person's name alone that the text below never names (a name's
    shape, "Beslissingen van de Vlaamse Regering", its words in the text: a title), that name the byline and the
    heading right above it the title."""
    title = dated
    name = blocks[dated].text.strip()
    if len(candidates) >= 2 and patterns.is_person_name(name) and not _named_below(blocks, dated, name):
        blocks[dated] = Block(BlockKind.BYLINE, blocks[dated].text)  # the author's name over the date line
        title = candidates[candidates.index(dated) - 1]
    for label in candidates[: candidates.index(title)]:  # labels above the headline
        blocks[label] = Block(BlockKind.SUBHEADING, blocks[label].text)
    return [title]


def _named_below(blocks: Sequence[Block], index: int, name: str) -> bool:
    """A capitalised word of `name` is a word of the text below `index` (site text aside)."""
    words = {w.casefold() for w in name.split() if w[:1].isupper()}
    below = {
        w.casefold() for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT for w in _WORD.findall(b.text)
    }
    return not words.isdisjoint(below)

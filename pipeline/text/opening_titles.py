"""The text's first block a title by its own shape though not a heading (split from pipeline.text.title_shapes; used
by pipeline.text.headline): closed by a full stop, of two or three parts, of short sentences closed by a question, a
quotation on one line, or a title label read as a caption (opening_rules, "A title closed by a full stop …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns, title_rules
from pipeline.text.lede_openings import full_stop_shown
from pipeline.text.segment import split_sentences
from pipeline.text.title_shapes import running_next, sentence_count

LABELLED_TITLE = re.compile(opening_rules.LABELLED_TITLE, re.IGNORECASE)
QUOTE_TAKEN_UP = re.compile(opening_rules.QUOTE_TAKEN_UP, re.IGNORECASE)
BRACKETED_ABBREVIATION = re.compile(opening_rules.BRACKETED_ABBREVIATION)


def opening_title(blocks: Sequence[Block], index: int) -> bool:
    """The text's first block (at `index`) a title by its own shape, though not a heading: closed by a full stop,
    of two or three parts, of short sentences closed by a question, a quotation, or a title label read as a caption
    (opening_rules, "A title closed by a full stop …", "The text's first block a title of two or three …")."""
    return (
        _full_stop_title(blocks, index)
        or _two_part_title(blocks, index)
        or _question_title(blocks, index)
        or _quoted_opening(blocks, index)
        or _labelled_title(blocks, index)
    )


def _full_stop_title(blocks: Sequence[Block], index: int) -> bool:
    """A title closed by a full stop ("Afscheidsrede vertrekkende wethouders Baarn.") or by an abbreviation in
    brackets that holds it ("… in Oudega (Sm.)", opening_rules.BRACKETED_ABBREVIATION): one short sentence, opening
    with a capital, with running text after it and evidence that it is a title (lede_openings.full_stop_shown)."""
    block = blocks[index]
    return (
        block.kind is BlockKind.PARAGRAPH
        and patterns.word_count(block.text) <= opening_rules.FULL_STOP_TITLE_MAX_WORDS
        and (block.text.rstrip().endswith(".") or bool(BRACKETED_ABBREVIATION.search(block.text.rstrip())))
        and block.text[:1].isupper()
        and sentence_count(block) == 1
        and any(
            b.kind is BlockKind.PARAGRAPH
            and patterns.word_count(b.text) >= opening_rules.FULL_STOP_TITLE_TEXT_MIN_WORDS
            for b in blocks[index + 1 :]
        )
        and full_stop_shown(blocks, index)  # not the lede's short first sentence (helper head32b)
    )


def _two_part_title(blocks: Sequence[Block], index: int) -> bool:
    """A title of two or three parts with no full stop at its end ("Worden lokale partijen buitengesloten? Soms wel, zo
    blijkt uit onderzoek"; a title and its standfirst on one line): short (opening_rules.PARTED_TITLE_MAX_WORDS),
    opening with a capital, running text after it."""
    block = blocks[index]
    return (
        block.kind is BlockKind.PARAGRAPH
        and patterns.word_count(block.text) <= opening_rules.PARTED_TITLE_MAX_WORDS
        and not patterns.ends_sentence(block.text)
        and block.text[:1].isupper()
        and 2 <= sentence_count(block) <= opening_rules.PARTED_TITLE_MAX_SENTENCES
        and running_next(blocks, index)
    )


def _one_line(block: Block) -> bool:
    text = block.text.strip()
    return "\n" not in text and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS


def _question_title(blocks: Sequence[Block], index: int) -> bool:
    """Two or three short sentences on one line, the last closed by a question or an exclamation mark ("Minder zitten,
    meer bewegen. Tja. Hoe dan?"), opening with a capital or a figure, running text after it (its date line or byline
    between them, `_dated_below`: an article's header, headline36); no colon but in a statement before the question
    (`_asked`: an opening sentence reporting what someone asks) and no quotation closing it. Not when a later
    paragraph is questions only: an interview's questions, the first of them over its answer (review32h)."""
    block = blocks[index]
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and _one_line(block)
        and (text[:1].isupper() or text[:1].isdigit())
        and text.endswith(
            opening_rules.TITLE_END_MARKS
        )  # not a quotation's questions, reported ("… vraagt: ‘Waarom?’")
        and not _asked(block)  # "Haagse woordvoerders: een stroef huwelijk. Wie …?": a title's colon, no question's
        and 2 <= sentence_count(block) <= opening_rules.QUESTION_TITLE_MAX_SENTENCES
        and running_next(blocks, _dated_below(blocks, index))
        and not any(_questions_only(b) for b in blocks[index + 1 :])
    )


def _asked(block: Block) -> bool:
    """A colon in a sentence not closed by a full stop ("Hij vraagt: wie betaalt dit?"): a question reported. A colon
    in a statement before the question is a title's ("Woordvoerders: een stroef huwelijk. Wie heeft de macht?")."""
    sentences = block.sentences if block.sentences is not None else split_sentences(block.text)
    return any(":" in s and not s.rstrip().endswith(".") for s in sentences)


def _dated_below(blocks: Sequence[Block], index: int) -> int:
    """The index of the last date line or byline right under the block at `index` (`index` itself if none)."""
    while index + 1 < len(blocks) and blocks[index + 1].kind in (BlockKind.DATELINE, BlockKind.BYLINE):
        index += 1
    return index


def _questions_only(block: Block) -> bool:
    """A paragraph on one line of a title's length whose every sentence is a question (an interviewer's)."""
    sentences = block.sentences if block.sentences is not None else split_sentences(block.text)
    return (
        block.kind is BlockKind.PARAGRAPH
        and _one_line(block)
        and bool(sentences)
        and all(s.strip().endswith("?") for s in sentences)
    )


def _quoted_opening(blocks: Sequence[Block], index: int) -> bool:
    """A quotation of a sentence or two on one line, the whole block ("‘We beschuldigen niet zomaar; op het Haga
    Lyceum is echt iets aan de hand’"), running text after it. Not when the paragraph after it points back at the quotation as
    said ("‘Ga maar zitten, het duurt nog even.’" over "Dat zei de verpleegkundige …"): the story's opening sentence,
    the lede going on from it (opening_rules.QUOTE_TAKEN_UP, review32h)."""
    block = blocks[index]
    text = block.text.strip()
    following = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
    return (
        block.kind in (BlockKind.QUOTE, BlockKind.PARAGRAPH)
        and _one_line(block)
        and text[:1] in opening_rules.QUOTE_MARKS
        and text[-1:] in opening_rules.QUOTE_MARKS
        and not any(mark in text[1:-1] for mark in opening_rules.QUOTE_MARKS if mark not in "'’")  # one quotation
        and sentence_count(block) <= opening_rules.QUOTED_OPENING_MAX_SENTENCES
        and running_next(blocks, index)
        and not (following is not None and QUOTE_TAKEN_UP.match(following.text.strip()))
    )


def _labelled_title(blocks: Sequence[Block], index: int) -> bool:
    """A title label and a title read as a caption ("Video: zware crash in Indycar-race"): a lower-case word in the
    title, no sentence's end, running text after it."""
    block = blocks[index]
    match = LABELLED_TITLE.match(block.text.strip())
    title = match["title"] if match else ""
    return (
        block.kind is BlockKind.CAPTION
        and _one_line(block)
        and patterns.word_count(title) >= title_rules.LEDE_ECHO_MIN_WORDS
        and any(w[:1].islower() for w in title.split())
        and not patterns.ends_sentence(title)
        and running_next(blocks, index)
    )

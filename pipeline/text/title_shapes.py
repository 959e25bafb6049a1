"""Where the headline stands, by the shape of the text around it (issue 21, helper head32; used by
pipeline.text.headline): the heading the first paragraph opens with, a photo's caption shown twice above the
title, and a title below the running text with its date under it (a page whose body came before its header).

echoed_by_lede    the heading right above the running text is the one the first paragraph opens with, word for
                  word, and goes on from: it is the title, the headings above it labels
doubled_caption   the first heading shown twice in a row over another heading of a title's length: a photo's alt
                  text and caption, the heading below it the title
title_below_text  a text of running text only, then one heading with a date line under it and nothing but site
                  text or a label after them, the heading naming what the first paragraph names: the title
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns, title_rules
from pipeline.text.lede_openings import full_stop_shown
from pipeline.text.page_edges import running_text
from pipeline.text.segment import split_sentences

PASSED_OVER = frozenset({BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.TABLE})
LABEL_MAX_WORDS = 2  # a label under a heading: a section's name
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE)
TRAILING_DATE = re.compile(title_rules.TRAILING_TITLE_DATE, re.IGNORECASE)
LABELLED_TITLE = re.compile(opening_rules.LABELLED_TITLE, re.IGNORECASE)
QUOTE_TAKEN_UP = re.compile(opening_rules.QUOTE_TAKEN_UP, re.IGNORECASE)
BRACKETED_ABBREVIATION = re.compile(opening_rules.BRACKETED_ABBREVIATION)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _label(block: Block) -> bool:
    return block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) and len(_words(block.text)) <= LABEL_MAX_WORDS


def echoed_by_lede(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` is right above the running text, and the first paragraph opens with its words (at least
    title_rules.LEDE_ECHO_MIN_WORDS) and goes on for as many more ("Eerste schepen Anna Peeters" over "Eerste schepen
    Anna Peeters is bevoegd voor …"); a short title's length (title_rules.SHORT_TITLE_MAX_WORDS) and at most
    LEDE_ECHO_MAX_SHARE of the first sentence (the subject it names): a longer heading the lede repeats is a standfirst
    set as a heading, under the title (review32h)."""
    following = next((b for b in blocks[index + 1 :] if b.kind not in PASSED_OVER), None)
    if following is None or following.kind not in _TEXT:
        return False
    head, text = _words(blocks[index].text), _words(following.text)
    sentences = following.sentences if following.sentences is not None else split_sentences(following.text)
    first = _words(sentences[0]) if sentences else text
    return (
        patterns.word_count(blocks[index].text) <= title_rules.SHORT_TITLE_MAX_WORDS
        and len(head) >= title_rules.LEDE_ECHO_MIN_WORDS
        and text[: len(head)] == head
        and len(text) - len(head) >= title_rules.LEDE_ECHO_MIN_WORDS
        and len(head) <= len(first) * title_rules.LEDE_ECHO_MAX_SHARE
    )


def title_above_echo(text: str, echoed: str) -> bool:
    """The heading `text` above the heading the first paragraph echoes (`echoed`) is a headline, not a section's label
    or a site's tagline (review32h): it has a title's marks — a quotation, a colon, or a question or an exclamation
    mark closing it ("‘Ik stop pas als mijn benen het opgeven’", "Eindelijk: het zwembad gaat open") — or it is a
    clause (a lower-case word not a name's link word) naming a name the echoed heading names ("Burgemeester Snijders
    neemt afscheid" over "Burgemeester Peter Snijders")."""
    text = text.strip()
    if ":" in text or any(m in text for m in opening_rules.QUOTE_MARKS if m not in "'’") or text.endswith(("?", "!")):
        return True
    words = text.split()
    clause = any(w[:1].islower() and w not in title_rules.BAR_LABEL_LINK_WORDS for w in words)
    names = {w for w in words[1:] if w[:1].isupper()}
    return clause and bool(names & set(echoed.split()))


def doubled_caption(blocks: Sequence[Block], index: int, lower: int) -> bool:
    """The heading at `index` is shown twice in a row (a photo's alt text, then its caption) over the heading at
    `lower`, of a title's length, itself over the running text (a label of a word or two between them allowed). A
    title shown twice has the running text, its date or its byline under it, no second title — or its standfirst,
    a heading longer than both a short title and the line shown twice (title_rules.SHORT_TITLE_MAX_WORDS)."""
    text = blocks[index].text
    if index + 1 >= lower or not patterns.same_line(blocks[index + 1].text, text):
        return False
    title = blocks[lower].text.strip()
    if (
        patterns.same_line(title, text)
        or patterns.word_count(title) < title_rules.MENU_TITLE_MIN_WORDS
        or title.endswith(":")
    ):
        return False
    if patterns.word_count(title) > max(title_rules.SHORT_TITLE_MAX_WORDS, patterns.word_count(text)):
        return (
            False  # longer than a short title and than the line shown twice: a standfirst under the title shown twice
        )
    below = (b for b in blocks[lower + 1 :] if b.kind not in PASSED_OVER)
    after = next((b for b in below if not (b.kind is BlockKind.SUBHEADING and _label(b))), None)
    return after is not None and after.kind in _TEXT and running_text(after)


def title_below_text(blocks: Sequence[Block]) -> int | None:
    """The index of the title standing below the running text (see the module docstring), or None: every block
    before it kept is a paragraph, the first of them running text; under it a date line (a figure of a year or a
    time in it, title_rules.TRAILING_TITLE_DATE); after that only site text and labels; and the heading shares
    title_rules.TRAILING_TITLE_SHARED_WORDS words of TRAILING_TITLE_WORD_MIN_CHARS letters or more with the first
    paragraph (a related story's card under the text names something else)."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    title = next(
        (i for i in kept if blocks[i].kind is not BlockKind.PARAGRAPH and blocks[i].kind is not BlockKind.LEDE), None
    )
    if title is None or title == kept[0] or not running_text(blocks[kept[0]]):
        return None
    heading = blocks[title]
    if heading.kind is not BlockKind.SUBHEADING or patterns.ends_sentence(heading.text):
        return None
    if (
        not title_rules.TRAILING_TITLE_MIN_WORDS
        <= patterns.word_count(heading.text)
        <= title_rules.TRAILING_TITLE_MAX_WORDS
    ):
        return None
    rest = [blocks[i] for i in kept if i > title]
    if (
        not rest
        or not TRAILING_DATE.search(rest[0].text)
        or patterns.word_count(rest[0].text) > title_rules.TRAILING_TITLE_DATE_MAX_WORDS
    ):
        return None
    if not all(_label(b) for b in rest[1:]):
        return None
    long_words = {w for w in _words(heading.text) if len(w) >= title_rules.TRAILING_TITLE_WORD_MIN_CHARS}
    shared = long_words & set(_words(blocks[kept[0]].text))
    return title if len(shared) >= title_rules.TRAILING_TITLE_SHARED_WORDS else None


def sentence_count(block: Block) -> int:
    """How many sentences a paragraph has, as the site-text pass found them (`Block.sentences`; not segmented again)."""
    return len(block.sentences if block.sentences is not None else split_sentences(block.text))


def running_next(blocks: Sequence[Block], index: int) -> bool:
    """The next block not set aside is running text (not a heading with the author's name under it: a print page's
    standfirst that lost its full stop stands above its title, review26b)."""
    following = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
    return (
        following is not None
        and following.kind in _TEXT
        and patterns.word_count(following.text) >= opening_rules.FULL_STOP_TITLE_TEXT_MIN_WORDS
    )


def opening_title(blocks: Sequence[Block], index: int) -> bool:
    """The text's first block (at `index`) a title by its own shape, though not a heading: closed by a full stop,
    of two parts, of short sentences closed by a question, a quotation, or a title label read as a caption
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
    """A title of two parts with no full stop at its end ("Worden lokale partijen buitengesloten? Soms wel, zo blijkt
    uit onderzoek"): short, opening with a capital, running text after it."""
    block = blocks[index]
    return (
        block.kind is BlockKind.PARAGRAPH
        and patterns.word_count(block.text) <= opening_rules.HEADLINE_MAX_WORDS
        and not patterns.ends_sentence(block.text)
        and block.text[:1].isupper()
        and sentence_count(block) == 2
        and running_next(blocks, index)
    )


def _one_line(block: Block) -> bool:
    text = block.text.strip()
    return "\n" not in text and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS


def _question_title(blocks: Sequence[Block], index: int) -> bool:
    """Two or three short sentences on one line, the last closed by a question or an exclamation mark ("Minder zitten,
    meer bewegen. Tja. Hoe dan?"), opening with a capital or a figure, running text after it; no colon (an opening
    sentence reporting what someone asks) and no quotation closing it. Not when a later paragraph is questions only: an
    interview's questions, the first of them over its answer (review32h)."""
    block = blocks[index]
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and _one_line(block)
        and (text[:1].isupper() or text[:1].isdigit())
        and text.endswith(
            opening_rules.TITLE_END_MARKS
        )  # not a quotation's questions, reported ("… vraagt: ‘Waarom?’")
        and ":" not in text
        and 2 <= sentence_count(block) <= opening_rules.QUESTION_TITLE_MAX_SENTENCES
        and running_next(blocks, index)
        and not any(_questions_only(b) for b in blocks[index + 1 :])
    )


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


def _dated(block: Block) -> bool:
    """A date line or a byline, or a short line with a year's or a time's figure ("Datum: 16 juni 2014")."""
    return block.kind in (BlockKind.DATELINE, BlockKind.BYLINE) or (
        block.kind is not BlockKind.HEADLINE
        and patterns.word_count(block.text) <= title_rules.TRAILING_TITLE_DATE_MAX_WORDS
        and bool(TRAILING_DATE.search(block.text))
    )


def _dated_heading(blocks: Sequence[Block], index: int) -> bool:
    """A heading longer than a label with a date line right under it (the next block not set aside)."""
    block = blocks[index]
    following = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
    return (
        block.kind is BlockKind.SUBHEADING
        and patterns.word_count(block.text) > title_rules.OPENING_LABEL_MAX_WORDS
        and following is not None
        and following.kind is not BlockKind.BYLINE
        and _dated(following)
    )


def title_after_opening(blocks: Sequence[Block]) -> int | None:
    """The index of a title below a page's opening lines (a site's slogan or promo of a sentence each, a button's
    words), or None: at most title_rules.OPENING_MAX_BLOCKS blocks before it, each a short paragraph
    (OPENING_BLOCK_MAX_WORDS) or a short heading, one of them a paragraph; the title a heading of a title's length
    with its date or byline under it (up to OPENING_MAX_META such lines), then running text; and no heading further
    down with a date under it (a timeline's entries, each dated: review32h)."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    for n, index in enumerate(kept[: title_rules.OPENING_MAX_BLOCKS + 1]):
        block = blocks[index]
        words = patterns.word_count(block.text)
        if block.kind is BlockKind.SUBHEADING and words > title_rules.OPENING_LABEL_MAX_WORDS:
            after = [blocks[i] for i in kept[n + 1 : n + 2 + title_rules.OPENING_MAX_META]]
            meta = next((m for m, b in enumerate(after) if not _dated(b)), len(after))
            opened = any(blocks[i].kind is BlockKind.PARAGRAPH for i in kept[:n])
            titled = words <= opening_rules.HEADLINE_MAX_WORDS and not block.text.rstrip().endswith(":")
            text = meta < len(after) and after[meta].kind in _TEXT and running_text(after[meta])
            dated_again = any(_dated_heading(blocks, i) for i in kept[n + 1 :])  # a timeline's entries, no title
            return index if meta >= 1 and opened and titled and text and not dated_again else None
        short = words <= (
            title_rules.OPENING_BLOCK_MAX_WORDS
            if block.kind is BlockKind.PARAGRAPH
            else title_rules.OPENING_LABEL_MAX_WORDS
        )
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING) or not short:
            return None
    return None

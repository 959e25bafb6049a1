"""Where the headline stands, by the shape of the text around it (issue 21, helper head32; used by
pipeline.text.headline): the heading the first paragraph opens with, a photo's caption shown twice above the
title, and a title below the running text with its date under it (a page whose body came before its header).

echoed_by_lede    the heading right above the running text is the one the first paragraph opens with, word for
                  word, and goes on from: it is the title, the headings above it labels
doubled_caption   the first heading shown twice in a row over another heading of a title's length: a photo's alt
                  text and caption, the heading below it the title
affixed_copy      a heading that a heading above it prints with a short prefix or suffix ("Tertio 1045 - Met
                  ambitie" over "Met ambitie"): the page's title above, the heading the headline (head34)
title_below_text  a text of running text only, then one heading with a date line under it and nothing but site
                  text or a label after them, the heading naming what the first paragraph names: the title
lone_item         a list of one item that ends a sentence ("• De redactie in 2019. Foto: Jan Jansen."): a photo's caption
                  with a bullet before it, passed over on the way to the title when nothing above it is (site40)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns, title_rules
from pipeline.text.page_edges import running_text
from pipeline.text.segment import split_sentences

PASSED_OVER = frozenset({BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.TABLE})
LABEL_MAX_WORDS = 2  # a label under a heading: a section's name
COPY_MIN_WORDS = 2  # a shorter heading under an affixed copy is a label ("Home - Nieuws" over "Nieuws")
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE)
TRAILING_DATE = re.compile(title_rules.TRAILING_TITLE_DATE, re.IGNORECASE)
MATCH_SIDES = re.compile(title_rules.MATCH_SIDES)  # "de Zouaven - AFC '34": a match's sides, a title
MIDDLE_INITIALS = re.compile(r"(?<=\S) (?:[A-ZÀ-Ý]\. ?){1,3} (?=\S)")  # "Eric C. Hendriks", "John F. W. Smit"


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
    after = (blocks[i] for i in range(index + 1, len(blocks)))  # no copy of the rest: callers ask it per heading
    following = next((b for b in after if b.kind is not BlockKind.SITE_TEXT), None)
    return (
        following is not None
        and following.kind in _TEXT
        and patterns.word_count(following.text) >= opening_rules.FULL_STOP_TITLE_TEXT_MIN_WORDS
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


def affixed_copy(blocks: Sequence[Block], candidates: Sequence[int]) -> int | None:
    """The first candidate heading of COPY_MIN_WORDS words or more that a candidate above it prints with a prefix or a
    suffix of at most COPY_AFFIX_MAX_WORDS words after or before one of COPY_SEPARATORS (see the module docstring)."""
    for position, upper in enumerate(candidates):
        text = " ".join(blocks[upper].text.split()).casefold()
        for lower in candidates[position + 1 :]:
            title = " ".join(blocks[lower].text.split()).casefold()
            if patterns.word_count(title) < COPY_MIN_WORDS:
                continue
            for separator in title_rules.COPY_SEPARATORS:
                if text.endswith(separator + title):
                    affix = text[: -len(separator + title)]
                elif text.startswith(title + separator):
                    affix = text[len(title + separator) :]
                else:
                    continue
                if 0 < patterns.word_count(affix) <= title_rules.COPY_AFFIX_MAX_WORDS:
                    return lower
    return None


def lone_item(block: Block) -> bool:
    return block.kind is BlockKind.LIST and len(block.items) == 1 and patterns.ends_sentence(block.items[0])


def signed_title(blocks: Sequence[Block], index: int, following: int) -> bool:
    """A short heading with the author's byline and the page's category tags under it (set aside: one of them the
    heading again), before the next heading ("Kerk onderweg" / "Anna de Vries | 3 mei 2024" / "• Kerk Onderweg" /
    "<kop>"): the article's title, not a label above it — a byline stands under the title (site45). Not a kicker's
    word ("Column" / "Door Anna de Vries" / "<titel>": the column's label over its author), and not without the tags
    ("Ingezonden brief" / "Door Jan Jansen" / "<titel>": a rubric's label over the letter's writer, review45)."""
    between = blocks[index + 1 : following]
    signed = any(b.kind is BlockKind.BYLINE for b in between) and any(b.reason == "tags" for b in between)
    return signed and not patterns.is_kicker(blocks[index].text)


def trailing_sentence(text: str, core: str) -> bool:
    """A long sentence trailing off, outside a quotation ("Het was een gewone dinsdagochtend … toen mijn telefoon
    ging …"): a column's opening line, no title (opening_rules.ELLIPSIS_TITLE_MAX_WORDS, review32h)."""
    return (
        core.endswith(("…", "..."))
        and core == text.rstrip()
        and patterns.word_count(text) > opening_rules.ELLIPSIS_TITLE_MAX_WORDS
    )


def names_outlet(text: str) -> bool:
    """A line above the headline that names an outlet and says no more than a label ("Exclusieve artikelen van de
    Telegraaf redactie", "Podcast van NU.nl"): the page's own promo or label."""
    return patterns.word_count(text) <= title_rules.OUTLET_LABEL_MAX_WORDS and bool(
        patterns.outlet_mention().search(text)
    )


def printed_twice(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` has its copy right under it, set aside as the page's repeated line ("Terugblik 2025" over
    "TERUGBLIK 2025"): the page prints its title twice, a label above another heading it is not (headline37)."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        below is not None
        and below.kind is BlockKind.SITE_TEXT
        and below.reason == "repeated"
        and " ".join(below.text.casefold().split()) == " ".join(blocks[index].text.casefold().split())
    )


def name_above(text: str, following: str) -> bool:
    """An author's name or a lower-case label above the headline (not a title shaped like a name above
    the author's)."""
    if text[:1].islower() and following[:1].isupper() and not MATCH_SIDES.match(text):
        return True  # a label in lower case ("de gids10 geboden …"): a headline opens with a capital
    return patterns.is_person_name(_initials_out(text)) and not patterns.is_person_name(_initials_out(following))


def _initials_out(text: str) -> str:
    """A name without its middle initials ("Eric C. Hendriks" -> "Eric Hendriks", head52)."""
    return MIDDLE_INITIALS.sub(" ", text.strip())

"""Plain text to blocks: structure from lines, not only from blank lines.

Blank lines separate chunks. Inside a chunk, plain lines join into one paragraph (hard-wrapped
text stays one paragraph), but a line with a role of its own is its own block: a bullet
(`-`, `–`, `•`, `*`, `·`, also inline `• a • b • c`), a numbered or ranking line, a caption or
credit, a byline, a dateline, a liveblog timestamp, a line of site text, a short unpunctuated
line opening a new paragraph (a heading). Liveblog timestamps (`21.30`, `18:46`, `22u09`,
`23/04/18 om 16:08`) attach to the entry that follows when an article has two or more; a single
one is a dateline. Every character of the text ends up in exactly one block (`time` + `text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules, glued_labels, patterns, title_rules
from pipeline.text.dateline_titles import dateline_title
from pipeline.text.edge_rules import EXPORT_KEY, EXPORT_NO_TITLE, EXPORT_RUN_MIN_KEYS
from pipeline.text.glued_stamps import glued_stamp
from pipeline.text.line_groups import (
    SENTENCE_INSIDE,
    continues_site_line,
    doubled_caption,
    own_paragraph,
    placeholder_items,
    wrapped,
)
from pipeline.text.line_steps import BULLET, settled
from pipeline.text.liveblog_times import is_liveblog, time_of
from pipeline.text.page_body import lines_are_blocks
from pipeline.text.patterns import collapse
from pipeline.text.shape_rules import BRACKETED_CUT_TITLE
from pipeline.text.title_copies import printed_twice
from pipeline.text.title_rules import COUNT_AFTER, QUOTED_TITLE_END, QUOTED_TITLE_MAX_WORDS
from pipeline.text.web_tails import cut_teaser_lines, exclaimed_title

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")
_INLINE_BULLET = re.compile(r"(?:^|\s)[•·]\s+")
_TWEET_FOOTER = re.compile(r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)")
_QUOTE_PAIRS = {"„": "”", "“": "”", '"': '"', "‘": "’", "«": "»", "‚": "’"}
_TWEET_BODIES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
METADATA_KEY = re.compile(EXPORT_KEY)
QUOTED_TITLE = re.compile(QUOTED_TITLE_END)
COUNT_LINE = re.compile(title_rules.COUNT_LINE)
PLACEHOLDER_TITLE = re.compile(f"{BRACKETED_CUT_TITLE}|{EXPORT_NO_TITLE}", re.IGNORECASE)
METADATA_MIN_KEYS = EXPORT_RUN_MIN_KEYS  # a chunk of metadata lines: each line is a block of its own
INLINE_ITEM_MAX_WORDS = 40
CAPTION_RUNNING_MIN_WORDS = 80  # a "caption" this long, of this many sentences, is the text with a credit after it
CAPTION_RUNNING_MIN_SENTENCES = 4
BOX_INSIDE_SENTENCE = re.compile(edge_rules.BOX_INSIDE_SENTENCE)
SHARE_LIST_MIN_ITEMS = 3  # a bulleted share row ("• Facebook", "• WhatsApp", "• E-mail"): two networks may be text


def text_blocks(body: str) -> list[Block]:
    """The blocks of a plain-text article body."""
    chunks = [[collapse(line) for line in chunk.split("\n")] for chunk in _BLANK_LINES.split(body)]
    chunks = [[line for line in chunk if line] for chunk in chunks]
    liveblog = is_liveblog([line for chunk in chunks for line in chunk])
    blocks: list[Block] = []
    after_text = False  # a sentence has ended in an earlier chunk: the article's running text has begun
    for chunk in chunks:
        cut = cut_teaser_lines(chunk)  # a related list of teasers the page cut off: site text to the chunk's end
        chunk, teasers = (chunk[:cut], chunk[cut:]) if cut is not None else (chunk, [])
        for part in [[line] for line in chunk] if _metadata_chunk(chunk) or lines_are_blocks(chunk) else [chunk]:
            found = chunk_blocks(part, liveblog=liveblog, after_text=after_text)
            if _goes_on(blocks, part, found):  # the end of a sentence a box of keys cut off: no label
                found = [Block(BlockKind.PARAGRAPH, part[0])]
            blocks.extend(found)
        if teasers:
            blocks.append(Block(BlockKind.SITE_TEXT, " ".join(teasers), reason="teaser"))
        after_text = after_text or any(_has_sentence_end(line) for line in chunk)
    return settled(blocks, liveblog=liveblog)


def _goes_on(blocks: Sequence[Block], part: Sequence[str], found: Sequence[Block]) -> bool:
    """A chunk of one lower-case line read as a label, right below a paragraph with a box of keys inserted into one
    of its sentences (BOX_INSIDE_SENTENCE): the line is that sentence's last word — text, no label (prec28)."""
    return (
        len(part) == 1
        and len(found) == 1
        and found[0].reason == "label"
        and bool(blocks)
        and blocks[-1].kind is BlockKind.PARAGRAPH
        and bool(BOX_INSIDE_SENTENCE.search(blocks[-1].text))
    )


def _opening(found: Sequence[Block], paragraph: Sequence[str], number: int) -> bool:
    """The line at `number` opens the text: the chunk's first, or under lines that are all blocks of their own and no
    paragraph ("Actueel" over the title: a section's label, headline36)."""
    return number == 0 or not paragraph and not any(b.kind is BlockKind.PARAGRAPH for b in found)


def _metadata_chunk(lines: Sequence[str]) -> bool:
    """An archive's block of metadata lines ("Section: Binnenland", "Length: 420 words", a value wrapped onto
    the next line): two keys or more, at least half the lines, no line going on in lower case (prose)."""
    keys = sum(
        1 for line in lines if (key := METADATA_KEY.match(line)) and not patterns.ends_sentence(key["value"] or "")
    )
    return keys >= METADATA_MIN_KEYS and 2 * keys >= len(lines) and not any(line[:1].islower() for line in lines)


def _has_sentence_end(line: str) -> bool:
    """A line that ends a sentence or holds the end of one: running text (not a title or a byline)."""
    return patterns.ends_sentence(line) or bool(SENTENCE_INSIDE.search(line))


def chunk_blocks(lines: Sequence[str], *, liveblog: bool = False, after_text: bool = False) -> list[Block]:
    """The blocks of one blank-line-separated chunk (collapsed, non-empty lines). `after_text`: a
    sentence ended in an earlier chunk (see _labels_up_to_capital)."""
    out: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(_paragraph(paragraph))
            paragraph.clear()
        if bullets:
            out.append(_bullet_list(bullets))
            bullets.clear()

    alone = _labels_up_to_capital(lines)
    for number, line in enumerate(lines):
        if _TWEET_FOOTER.match(line) and not bullets and (paragraph or (out and out[-1].kind in _TWEET_BODIES)):
            body = " ".join(paragraph) if paragraph else out.pop().text
            paragraph.clear()
            out.append(Block(BlockKind.QUOTE, f"{body} {line}"))
            continue
        if BULLET.match(line) and not _inline_items(line[1:]):
            if paragraph:
                flush()
            bullets.append(line)
            continue
        if bullets:
            flush()
        if liveblog and (time := time_of(line)) and time != line:
            flush()
            out.append(Block(BlockKind.DATELINE, time, time=time))
            line = line[len(time) :].strip()
        if label := glued_labels.glued_label(line):  # "LiveblogDe storm …": the section label, then the text
            flush()
            dated = not after_text and glued_labels.glued_place(label)  # "HARENHet college …": a print dateline
            out.append(Block(BlockKind.DATELINE, label) if dated else Block(BlockKind.SITE_TEXT, label, reason="label"))
            line = line[len(label) :].strip()
        if stamp := glued_stamp(line, after_text=after_text):  # "Bron: Belga 71 Op de E40 …": the page's stamp
            flush()
            out.append(Block(BlockKind.SITE_TEXT, stamp, reason="stamp"))
            line = line[len(stamp) :].strip()
        broken_off = after_text and len(lines) == 1 and patterns.word_count(line) >= 2
        stands_alone = (not paragraph) if alone[number] is None else alone[number]
        mid_sentence = bool(paragraph) and wrapped(paragraph[-1])
        lower_label = patterns.is_lower_label(line) and not patterns.is_byline(line)  # "door een verslaggever"
        if lower_label and stands_alone and not broken_off and not mid_sentence:
            flush()  # a tag link or a logo's alt text between lines that open with a capital; a name above the text
            byline = not after_text and patterns.LOWER_NAME.match(line)  # is its author's ("johan van bever", fix36b)
            out.append(Block(BlockKind.BYLINE, line) if byline else Block(BlockKind.SITE_TEXT, line, reason="label"))
            continue
        if COUNT_LINE.match(line) and not paragraph and out and out[-1].reason in COUNT_AFTER:
            out.append(Block(BlockKind.SITE_TEXT, line, reason=out[-1].reason))  # the share bar's count
            continue
        role = doubled_caption(lines, number, after_text) or _inline_list(line) or _line_role(line)
        if not role and not paragraph and continues_site_line(out, lines[number - 1] if number else None, line):
            out[-1] = Block(BlockKind.SITE_TEXT, f"{out[-1].text}\n{line}", reason=out[-1].reason)
            continue  # "Uw reclame op deze site" / "voor slechts … per dag": the site line wrapped (site39)
        if role:
            flush()
            out.extend(role)
        elif (
            _opens_heading(line, paragraph, lines[number + 1] if number + 1 < len(lines) else None)
            or (not after_text and exclaimed_title(lines[number : number + 2]) and _opening(out, paragraph, number))
            or printed_twice(lines, number, paragraph)
            or (not number and not after_text and dateline_title(lines))  # a long title over a dated lede (site41)
        ):
            flush()
            out.append(Block(BlockKind.SUBHEADING, line))
        else:
            if paragraph and own_paragraph(paragraph, line, number == len(lines) - 1):
                flush()
            paragraph.append(line)
    flush()
    return out


def _labels_up_to_capital(lines: Sequence[str]) -> list[bool | None]:
    """For each line, whether it stands alone (one backward pass, no recursion: a tag cloud of thousands
    of lower-case lines is outside input): True if the next line opens with a capital or a digit or is a
    lower-case label line that stands alone too; False if it is other text; None if only label lines
    follow to the chunk's end — then it stands alone where no paragraph is open (see chunk_blocks). A
    lower-case line of words that is a chunk of its own once the running text has begun is no label but
    text broken off by a blank line (a pull quote's or a heading's second line: "is een terecht
    protest"); above it, it is one ("door een verslaggever")."""
    out: list[bool | None] = [None] * len(lines)
    for number in range(len(lines) - 2, -1, -1):
        following = lines[number + 1]
        if following[:1].isupper() or following[:1].isdigit():
            out[number] = True
        elif patterns.is_lower_label(following):
            out[number] = out[number + 1]
        else:
            out[number] = False
    return out


def _line_role(line: str) -> list[Block]:
    """A line that is a block of its own by what it is, or [] for running text."""
    reason = patterns.site_line_reason(line)
    if reason:
        return [Block(BlockKind.SITE_TEXT, line, reason=reason)]
    if PLACEHOLDER_TITLE.match(line):  # an archive's placeholder title, also as a running head inside the text
        return [Block(BlockKind.SITE_TEXT, line, reason="archive")]
    if patterns.is_timestamp(line):
        return [Block(BlockKind.DATELINE, line, time=line)]  # a liveblog time: attach_timestamps decides
    if (cut := glued_labels.section_after(line)) is not None:  # "4 mei 2009 om 10:00 Nieuws": date, section
        return [Block(BlockKind.DATELINE, line[:cut]), Block(BlockKind.SITE_TEXT, line[cut:].strip(), reason="label")]
    for test, kind in (
        (patterns.is_dateline, BlockKind.DATELINE),
        (patterns.is_byline, BlockKind.BYLINE),
        (_is_caption, BlockKind.CAPTION),
        (patterns.is_table_line, BlockKind.TABLE),
    ):
        if test(line):
            return [Block(kind, line)]
    return []


def _is_caption(line: str) -> bool:
    """A caption by its credit ("… Foto: ANP") — not a line of running text's length and sentences that ends in
    one (a whole article stored on one line, its photo's credit glued to the end)."""
    if not patterns.is_caption(line):
        return False
    running = patterns.word_count(line) >= CAPTION_RUNNING_MIN_WORDS
    return not (running and len(SENTENCE_INSIDE.findall(line)) >= CAPTION_RUNNING_MIN_SENTENCES)


def _opens_heading(line: str, paragraph: Sequence[str], following: str | None) -> bool:
    """A short unpunctuated line after a finished sentence, not continued in lower case — or, opening a
    paragraph, a title closed by a quotation after a colon ("Schrijver Bervoets: ‘Ik schrijf pas als …’"),
    however long a heading may be."""
    quoted_title = (
        not paragraph and patterns.word_count(line) <= QUOTED_TITLE_MAX_WORDS and bool(QUOTED_TITLE.search(line))
    )
    if not (patterns.is_heading(line) or quoted_title):
        return False
    if paragraph and not patterns.ends_sentence(paragraph[-1]):
        return False  # a hard-wrapped line in the middle of a sentence
    return following is None or not following[:1].islower()


def _paragraph(lines: Sequence[str]) -> Block:
    """Running text; a line that is one quotation, and nothing else, is a quote."""
    text = " ".join(lines)
    core = text.rstrip(" .!?…")
    closing = _QUOTE_PAIRS.get(text[:1])
    quoted = len(lines) == 1 and closing is not None and core.endswith(closing) and closing not in core[1:-1]
    return Block(BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH, text)


def _bullet_list(lines: Sequence[str]) -> Block:
    if len(lines) == 1 and patterns.is_byline(lines[0]):
        return Block(BlockKind.BYLINE, lines[0])
    items = tuple(BULLET.sub("", line, count=1) for line in lines)
    # a meta row's icon before its one site line; a web address alone is a site the article is about ("- avaaz.org")
    if len(items) == 1 and (reason := patterns.site_line_reason(items[0])) and not patterns.is_web_address(items[0]):
        return Block(BlockKind.SITE_TEXT, lines[0], reason=reason)
    if len(items) == 1 and patterns.is_dateline(items[0]):
        return Block(BlockKind.DATELINE, lines[0])  # a meta row's date after its icon: "• 21/06/2024" (site39)
    if len(items) >= SHARE_LIST_MIN_ITEMS and patterns.site_line_reason(" • ".join(items)) == "share":
        return Block(BlockKind.SITE_TEXT, "\n".join(lines), reason="share")  # a share row's buttons, one a line
    if placeholder_items(items):
        return Block(BlockKind.SITE_TEXT, "\n".join(lines), reason="widget")  # a carousel's slides: "• Slider"
    return Block(BlockKind.LIST, "\n".join(lines), items=items)


def _inline_items(text: str) -> list[str]:
    """`"• a • b • c"` -> ["a", "b", "c"] (two bullets at least), else []."""
    pieces = [p.strip() for p in _INLINE_BULLET.split(text)]
    return [p for p in pieces if p] if len(pieces) >= 3 else []


def _inline_list(line: str) -> list[Block]:
    """A line of inline bullets: an optional lead-in and a list — not a share row ("• Facebook • X • E-mail", site32:
    _line_role sets it aside)."""
    first = _INLINE_BULLET.search(line)
    if not first or not _inline_items(line[first.start() :]) or patterns.site_line_reason(line) == "share":
        return []
    lead, rest = line[: first.start()].strip(), line[first.start() :].strip()
    items = _inline_items(rest)
    if any(patterns.word_count(i) > INLINE_ITEM_MAX_WORDS for i in items):
        return []  # "•" inside a long collapsed line: a separator in running text, not a list
    if all(patterns.word_count(i) <= 4 for i in items) and any(patterns.is_dateline(i) for i in items):
        return [Block(BlockKind.BYLINE, line)]  # "Jan Jansen · 12 maart 2019 · 3 min"
    blocks = [Block(BlockKind.LIST, rest, items=tuple(items))]
    if lead:
        kind = BlockKind.SUBHEADING if patterns.is_heading(lead) else BlockKind.PARAGRAPH
        blocks.insert(0, Block(kind, lead))
    return blocks

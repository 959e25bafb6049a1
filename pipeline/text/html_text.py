"""A plain-text file whose chunk is an HTML fragment (a scraped content field: `<p>`, `<span>`, `<a>`,
`<small>` … with entities) is read as HTML, by the Markdown reader's HTML reading
(pipeline.text.markdown_source.html_pieces: every word kept, a wordless element listed as site text).

The test is per blank-line-separated chunk, bounded and conservative: at least a few tags of HTML's own
names, one of them a closing tag, and markup a noticeable share of the chunk's characters; and the chunk
opens with a tag or markup is a large share of it — a text that mentions "<", names a tag once or writes
about tags ("alinea's met <p> en </p>") stays plain text. A fragment whose reading lacks any letter of its
visible text (lxml drops the text of elements nested ~254 deep) is read as plain text: no word lost.

Inside such a fragment, by HTML's own shape:
credit    a `<small>` element (HTML's small print) at the fragment's top level that holds an attribution
          ("(c)", "©", "Bron:", "Foto:") — a chart's or a photo's credit line
promo     the fragment's closing list of the site's programmes or pages under a heading that ends in a colon,
          each paragraph a link and a colon (pipeline.text.html_promo)
link      the fragment's closing run of links: at least two `<a>` elements with only short words between them,
          most of the run's words inside the links ("Achtergrond: <a>…</a> | <a>…</a>")
credit    a line (between line breaks) that is one emphasis element (`<em>`, `<i>`, `<small>`) holding a short
          attribution ("<em>Foto: A. Smit</em><br />")
graphic   a source line whose visible text is only private-use characters (a teletext page's mosaic rows,
          an icon font's glyphs), and an element of such glyphs alone opening a line's words (a bullet):
          never text
masthead  the text's first line, short (MASTHEAD_MAX_WORDS) and without a sentence's end, when a graphic row
          sets it off from the line under it (a teletext page's service name and page number over the title)

A text whose body is HTML after a plain-text title and intro: once one chunk is a fragment (or two chunks are
wrapped in tags), every chunk that opens with a tag and ends with a closing tag is read as HTML too
(`<p>…</p>` alone has too few tags to pass the test by itself). Inside a fragment, two line breaks
(`<br><br>`) end a paragraph, and the lines of a paragraph split by single `<br>` are read as the lines of a
plain-text chunk (a short bold line above running text is a subheading), unless a line holds a block element.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from pipeline.document import Block, BlockKind
from pipeline.text.graphic_text import MASTHEAD_MAX_WORDS, NOT_GRAPHIC, PRIVATE_USE, graphic_text_blocks
from pipeline.text.html_fragment_cuts import credit_line, fragment_parts
from pipeline.text.line_steps import settled
from pipeline.text.liveblog_times import is_liveblog
from pipeline.text.markdown_source import html_pieces
from pipeline.text.structure import chunk_blocks, collapse, text_blocks

_TAG_NAMES = r"p|a|span|small|strong|em|b|i|u|br|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|sup|sub|section"
HTML_TAG = re.compile(rf"</?({_TAG_NAMES})\b[^<>]{{0,500}}>", re.IGNORECASE)
CLOSING_TAG = re.compile(rf"</({_TAG_NAMES})\s*>", re.IGNORECASE)
_ANGLED = re.compile(r"<[^<>]*>")
_P_CLOSE = re.compile(r"</p\s*>", re.IGNORECASE)
_P_ELEMENT = re.compile(r"<p\b[^<>]*>.*?(</p\s*>|(?=<p\b)|\Z)", re.IGNORECASE | re.DOTALL)
HTML_MIN_TAGS = 3
HTML_MIN_MARKUP_SHARE = 0.05  # of the chunk's characters inside tags
HTML_TALK_MAX_SHARE = 0.25  # a chunk not opening with a tag is HTML only with this much of it markup
HTML_SCAN_CHARS = 200_000  # the test reads at most this much of a chunk
_OPENS_WITH_TAG = re.compile(r"\s*<[a-zA-Z!/]")
_WRAPPED_LINES = re.compile(r"(?:[ \t]*<(p|li|h[1-6]|blockquote)\b[^<>\n]{0,500}>[^\n]*</\1>[ \t]*(?:\n|\Z)){2,}", re.I)
_HIDDEN_OPEN = re.compile(r"<(script|style)\b|<!--", re.IGNORECASE)  # a script, a style sheet, a comment: unseen
_HIDDEN_CLOSE = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "": re.compile("-->"),  # a comment's
}
_WORD_CHARS = re.compile(r"\w")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n+")
_WRAPPED_END = re.compile(rf"</({_TAG_NAMES})\s*>\Z", re.IGNORECASE)
WRAPPED_MIN_CHUNKS = 2  # chunks wrapped in tags that make a body HTML when no chunk passes on its own
_DOUBLE_BR = re.compile(r"<br\s*/?>(?:[ \t\r\n]|&nbsp;|\u00a0)*(?:<br\s*/?>(?:[ \t\r\n]|&nbsp;|\u00a0)*)+", re.I)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]{0,500}>")
_LEADING_GLYPHS = re.compile(r"[\ue000-\uf8ff\s]+(?=[^\ue000-\uf8ff\s])")  # a bullet glyph before a line's words
# a line opening with an element of glyphs alone: `<span>&#xF020;&#xF02f;</span><span> De Autoriteit …`
_GLYPH_ELEMENT = re.compile(
    r"\s*(?:<[^<>/][^<>]{0,500}>\s*)+(?:(?:&#[xX][eEfF][0-9a-fA-F]{3};|&#\d{5};|[\ue000-\uf8ff])\s*)+</"
)
_PUA_SOURCE = re.compile(r"&#[xX][eEfF][0-9a-fA-F]{3};|&#\d{5};|[\ue000-\uf8ff]")
_INLINE_TAG = re.compile(r"<(/?)(a|span|strong|em|b|i|u|small|sup|sub)\b[^<>]{0,500}>", re.IGNORECASE)


def is_html_fragment(chunk: str) -> bool:
    """Enough tags, one of them closing, and markup a noticeable share; and the chunk opens with a tag or its
    markup is a large share (a sentence that names a few tags — "alinea's met <p> en </p>" — stays text)."""
    sample = chunk[:HTML_SCAN_CHARS]
    if _WRAPPED_LINES.fullmatch(sample.strip("\n")):
        return True  # every line one element ("<p>…</p>"), however long its text: a feed's paragraphs
    tags = [m.end() - m.start() for m in HTML_TAG.finditer(sample)]
    size = len(sample.strip())
    if len(tags) >= HTML_MIN_TAGS and _paragraph_elements(sample):
        return True  # long paragraphs each in its element, "<p> … </p><p> … </p>": little markup, still HTML
    return (
        len(tags) >= HTML_MIN_TAGS
        and bool(CLOSING_TAG.search(sample))
        and sum(tags) >= HTML_MIN_MARKUP_SHARE * size
        and (bool(_OPENS_WITH_TAG.match(sample)) or sum(tags) >= HTML_TALK_MAX_SHARE * size)
    )


def _paragraph_elements(sample: str) -> bool:
    """Two or more <p> elements and no text outside them, every angle-bracketed token a tag (an address written
    "<redactie@krant.nl>" is no tag: such a text stays plain, review26b)."""
    if any(not HTML_TAG.fullmatch(token) for token in _ANGLED.findall(sample)):
        return False
    return len(_P_CLOSE.findall(sample)) >= 2 and not _P_ELEMENT.sub("", sample).strip()


def plain_or_html_blocks(body: str) -> list[Block]:
    """The blocks of a plain-text body; its chunks that are HTML fragments are read as HTML."""
    chunks = _BLANK_LINES.split(body)
    flags = html_chunks(chunks)
    if not any(flags) and not PRIVATE_USE.search(body):
        return text_blocks(body)
    blocks: list[Block] = []
    plain: list[str] = []
    for chunk, is_html in zip(chunks, flags, strict=True):
        if not is_html:
            plain.append(chunk)
            continue
        if plain:
            blocks.extend(_plain_blocks("\n\n".join(plain), first=not blocks))
            plain = []
        read = _fragment_blocks(chunk, first=not blocks)
        blocks.extend(read if _keeps_words(chunk, read) else text_blocks(_visible(_without_hidden(chunk))))
    if plain:
        blocks.extend(_plain_blocks("\n\n".join(plain), first=not blocks))
    return settled(blocks, liveblog=is_liveblog([b.time for b in blocks if b.time]))  # as a plain text's (fix47)


def _plain_blocks(text: str, *, first: bool) -> list[Block]:
    """Plain text; a page drawn with private-use glyphs by pipeline.text.graphic_text."""
    return graphic_text_blocks(text, first=first) if PRIVATE_USE.search(text) else text_blocks(text)


def _keeps_words(chunk: str, blocks: list[Block]) -> bool:
    """Every letter and digit of the chunk's visible text is in its blocks (lxml drops the text of elements
    nested too deep; such a chunk is read as plain text instead: no word lost in silence)."""
    wanted = Counter(_WORD_CHARS.findall(_visible(_without_hidden(chunk))))
    found = Counter(_WORD_CHARS.findall(" ".join(" ".join((b.time or "", b.text, *b.items)) for b in blocks)))
    return not wanted - found


def _fragment_blocks(chunk: str, *, first: bool) -> list[Block]:
    after = not first  # text before this chunk
    blocks: list[Block] = []
    segments = _segments(chunk)
    if first:
        segments = _masthead(segments)
    for segment in segments:
        if isinstance(segment, Block):
            blocks.append(segment)
            continue
        lines = _line_words(segment)
        if lines is not None:
            blocks.extend(_lines_blocks(lines, after_text=after or bool(blocks)))
            continue
        for part in fragment_parts(segment):
            if isinstance(part, Block):
                blocks.append(part)
                continue
            for piece in html_pieces(part):
                blocks.extend(
                    chunk_blocks(piece, after_text=after or bool(blocks)) if isinstance(piece, list) else [piece]
                )
    return blocks


def html_chunks(chunks: list[str]) -> list[bool]:
    """Which chunks to read as HTML: the fragments, and — in a body that has one fragment or
    WRAPPED_MIN_CHUNKS wrapped chunks — every chunk wrapped in tags (`<p>…</p>`)."""
    flags = [is_html_fragment(chunk) for chunk in chunks]
    wrapped = [_wrapped(chunk) for chunk in chunks]
    if any(flags) or sum(wrapped) >= WRAPPED_MIN_CHUNKS:
        return [flag or wrap for flag, wrap in zip(flags, wrapped, strict=True)]
    return flags


def _wrapped(chunk: str) -> bool:
    text = chunk.strip()
    return bool(HTML_TAG.match(text)) and bool(_WRAPPED_END.search(text[-40:]))


def _without_hidden(chunk: str) -> str:
    """Each script, style sheet and comment, to its first closing, replaced by a space. An opening never closed
    after it is left, and so is each later one of its kind: not read to the chunk's end again (quadratic, fix33c)."""
    parts: list[str] = []
    done = start = 0
    unclosed: set[str] = set()
    while opening := _HIDDEN_OPEN.search(chunk, start):
        kind = (opening[1] or "").casefold()
        closing = None if kind in unclosed else _HIDDEN_CLOSE[kind].search(chunk, opening.end())
        if closing is None:
            unclosed.add(kind)
            start = opening.start() + 1
            continue
        parts += [chunk[done : opening.start()], " "]
        done = start = closing.end()
    return "".join(parts) + chunk[done:]


def _visible(markup: str) -> str:
    return html.unescape(_ANY_TAG.sub(" ", markup))


def _segments(chunk: str) -> list[str | Block]:
    """The chunk cut at its graphic rows (set aside) and at its paragraph breaks (`<br><br>`)."""
    out: list[str | Block] = []
    kept: list[str] = []
    for line in chunk.split("\n"):
        visible = _visible(line)
        if PRIVATE_USE.search(visible) and not NOT_GRAPHIC.search(visible):
            if kept:
                out.extend(part for part in _DOUBLE_BR.split("\n".join(kept)) if part.strip())
                kept = []
            out.append(Block(BlockKind.SITE_TEXT, collapse(visible), reason="graphic"))
            continue
        glyphs = _LEADING_GLYPHS.match(visible)
        if glyphs and PRIVATE_USE.search(glyphs.group()) and _GLYPH_ELEMENT.match(line):
            if kept:
                out.extend(part for part in _DOUBLE_BR.split("\n".join(kept)) if part.strip())
                kept = []
            out.append(Block(BlockKind.SITE_TEXT, collapse(glyphs.group()), reason="graphic"))
            line = _without_glyphs(line, len(PRIVATE_USE.findall(glyphs.group())))
        kept.append(line)
    if kept:
        out.extend(part for part in _DOUBLE_BR.split("\n".join(kept)) if part.strip())
    return out


def _without_glyphs(line: str, count: int) -> str:
    """The line's markup without its first `count` private-use glyphs (as characters or entities)."""
    return _PUA_SOURCE.sub(lambda m: "" if _is_private(m.group()) else m.group(), line, count=count)


def _is_private(source: str) -> bool:
    return bool(PRIVATE_USE.fullmatch(html.unescape(source)))


def _masthead(segments: list[str | Block]) -> list[str | Block]:
    """A page's masthead: the text's first line, short and without a sentence's end, set off by a graphic row
    from the line under it ("NOS Teletekst 110", a row of mosaic glyphs, the title)."""
    if len(segments) < 3 or not isinstance(segments[0], str) or not isinstance(segments[2], str):
        return segments
    first, rule = segments[0], segments[1]
    words = collapse(_visible(first)).lstrip("\ufeff")
    if not (isinstance(rule, Block) and rule.reason == "graphic") or "\n" in first.strip():
        return segments
    if not words or len(words.split()) > MASTHEAD_MAX_WORDS or words[-1] in ".!?:":
        return segments
    return [Block(BlockKind.SITE_TEXT, words, reason="masthead"), *segments[1:]]


def _line_words(segment: str) -> list[str | Block] | None:
    """The words of each `<br>`-separated line of a paragraph segment (a short credit line as a Block), or
    None when the segment has no line break or a line holds more than running text (a block element)."""
    parts = _BR.split(segment)
    if len(parts) < 2:
        credit = credit_line(segment)
        return None if credit is None else [credit]
    if any(_splits_element(part) for part in parts):
        return None
    out: list[str | Block] = []
    for part in parts:
        if not _visible(part).strip():
            continue
        credit = credit_line(part)
        if credit is not None:
            out.append(credit)
            continue
        pieces = [p for f in fragment_parts(part) for p in ([f] if isinstance(f, Block) else html_pieces(f))]
        if len(pieces) != 1 or not isinstance(pieces[0], list):
            return None
        out.extend(pieces[0])
    return out


def _splits_element(part: str) -> bool:
    """A line break inside an inline element (`<i>Update<br />Text</i>`): its lines are read together."""
    depth: dict[str, int] = {}
    for match in _INLINE_TAG.finditer(part):
        name = match.group(2).lower()
        depth[name] = depth.get(name, 0) + (-1 if match.group(1) else 1)
    return any(depth.values())


def _lines_blocks(lines: list[str | Block], *, after_text: bool) -> list[Block]:
    blocks: list[Block] = []
    run: list[str] = []
    for line in lines:
        if isinstance(line, Block):
            blocks.extend(chunk_blocks(run, after_text=after_text or bool(blocks)) if run else [])
            run = []
            blocks.append(line)
        else:
            run.append(line)
    blocks.extend(chunk_blocks(run, after_text=after_text or bool(blocks)) if run else [])
    return blocks

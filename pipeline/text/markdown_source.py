"""Markdown to blocks, with a real CommonMark parser (markdown-it-py): headings, lists, block
quotes; the lines of a paragraph keep their roles as in plain text (captions, datelines, liveblog
times…). A YAML front matter block (a CMS export) is metadata: title, date, author, url, outlet;
other fields are kept as found. Emphasis and link targets are markup, not text: the words stay.
Raw HTML blocks (a CMS export writes its paragraphs as `<p>`) are read for the words of their
paragraphs, headings, quotes and lists; other HTML (an image, a script, an embed) is site text.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.document import ArticleMeta, Block, BlockKind
from pipeline.text.front_matter import split_front_matter
from pipeline.text.line_steps import settled
from pipeline.text.liveblog_times import is_liveblog
from pipeline.text.structure import chunk_blocks, collapse

_TEXT_TOKENS = ("text", "code_inline", "html_inline")
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_TEXT_TAGS = _HEADING_TAGS | {"p", "blockquote", "ul", "ol"}
_WRAPPER_TAGS = frozenset(["div", "section", "article", "main", "center"])
_INLINE_TAGS = frozenset(["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "font", "i"])
_INLINE_TAGS |= {"ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strong", "sub", "sup"}
_INLINE_TAGS |= {"time", "tt", "u", "var", "wbr"}  # read as words of the paragraph around them
_INDENTED_HTML = re.compile(r"\s*<(p|div|section|article|h[1-6]|ul|ol|blockquote)[\s>]", re.IGNORECASE)


def markdown_blocks(body: str, *, name: str = "input") -> tuple[list[Block], ArticleMeta]:
    """The blocks of a Markdown article and the metadata of its front matter."""
    meta, body = split_front_matter(body, name=name)
    from markdown_it import MarkdownIt  # only for Markdown files

    tokens = MarkdownIt("commonmark").parse(body)
    pieces = _walk(tokens)
    lines = [line for piece in pieces if isinstance(piece, list) for line in piece]
    liveblog = is_liveblog(lines)
    blocks: list[Block] = []
    for piece in pieces:
        blocks.extend(chunk_blocks(piece, liveblog=liveblog) if isinstance(piece, list) else [piece])
    return settled(blocks, liveblog=liveblog), meta


def _walk(tokens: list[Any]) -> list[Block | list[str]]:
    """Blocks, and paragraphs as their lines (their roles are found as in plain text)."""
    pieces: list[Block | list[str]] = []
    items: list[str] = []
    quote: list[str] = []
    lists = quotes = 0
    heading: str | None = None
    seen_h1 = False
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
            if lists == 0 and items:
                pieces.append(Block(BlockKind.LIST, "\n".join(items), items=tuple(items)))
                items = []
        elif kind == "list_item_open":
            items.append(f"{token.info}{token.markup} " if token.info else "")
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
            if quotes == 0 and quote:
                pieces.append(Block(BlockKind.QUOTE, " ".join(quote)))
                quote = []
        elif kind == "heading_open":
            heading = token.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "code_block" and _INDENTED_HTML.match(token.content):  # a CMS export's indented `<p>`
            pieces.extend(html_pieces(token.content))
        elif kind in ("code_block", "fence") and collapse(token.content):
            pieces.append(Block(BlockKind.PARAGRAPH, collapse(token.content)))
        elif kind == "html_block" and collapse(token.content):
            pieces.extend(html_pieces(token.content))
        elif kind == "inline":
            text = inline_text(token)
            if lists:
                items[-1] = collapse(f"{items[-1]} {text}")
            elif quotes:
                quote.append(collapse(text))
            elif heading:
                headline = heading == "h1" and not seen_h1
                seen_h1 = seen_h1 or headline
                pieces.append(Block(BlockKind.HEADLINE if headline else BlockKind.SUBHEADING, collapse(text)))
            else:
                pieces.append([collapse(line) for line in text.split("\n") if collapse(line)])
    return [p for p in pieces if p]


def html_fragments(content: str) -> list[Any] | None:
    """An HTML fragment's top-level nodes (lxml elements and loose strings), or None when lxml cannot parse it."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fragments_fromstring(content)
    except (etree.ParserError, ValueError):
        return None


def html_pieces(content: str) -> list[Block | list[str]]:
    """A raw HTML block: the words of its paragraphs (as lines, whose roles are found as in plain
    text), headings, quotes and lists, also inside a wrapper (`div`, `section`). Loose text, inline
    tags (`a`, `em`, `span`…) and the text after an element (its tail) are read together as one
    paragraph up to the next block element. An element with no words (an image, a script, an
    embed) or of another kind is site text ("html"): no text of the block is dropped unlisted."""
    elements = html_fragments(content) or []
    for element in elements:
        for br in element.iter("br") if not isinstance(element, str) else ():
            br.tail = " " + (br.tail or "")  # a line break keeps the words apart
    pieces: list[Block | list[str]] = []
    _run_pieces(elements, pieces)
    return pieces or [Block(BlockKind.SITE_TEXT, collapse(content), reason="html")]


def _run_pieces(nodes: Any, pieces: list[Block | list[str]]) -> None:
    """Loose text, inline elements and tails in order: each run between two block elements is one
    paragraph; a block element is read on its own."""
    run: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            run.append(node)
            continue
        if _tag(node) in _INLINE_TAGS:
            run.append(node.text_content())
        else:
            _flush(run, pieces)
            _element_pieces(node, pieces)
        run.append(node.tail or "")
    _flush(run, pieces)


def _flush(run: list[str], pieces: list[Block | list[str]]) -> None:
    text = collapse("".join(run))
    pieces.extend([[text]] if text else [])
    run.clear()


def _tag(element: Any) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _element_pieces(element: Any, pieces: list[Block | list[str]]) -> None:
    from lxml import etree

    tag = _tag(element)
    if tag in _WRAPPER_TAGS:
        _run_pieces([element.text or "", *element], pieces)
        return
    for hidden in element.xpath(".//script|.//style") if tag in _TEXT_TAGS else ():
        markup = collapse(etree.tostring(hidden, encoding=str, method="html", with_tail=False))
        pieces.extend([Block(BlockKind.SITE_TEXT, markup, reason="html")] if markup else [])
        hidden.drop_tree()  # its tail stays
    words = collapse(element.text_content()) if tag in _TEXT_TAGS else ""
    if tag in _HEADING_TAGS and words:
        pieces.append(Block(BlockKind.SUBHEADING, words))
    elif tag == "blockquote" and words:
        pieces.append(Block(BlockKind.QUOTE, words))
    elif tag in ("ul", "ol") and words:
        items = tuple(w for li in element.iter("li") if (w := collapse(li.text_content())))
        pieces.append(Block(BlockKind.LIST, "\n".join(items), items=items) if items else [words])
        loose = collapse(" ".join([element.text or "", *(child.tail or "" for child in element)]))
        pieces.extend([[loose]] if items and loose else [])  # text in the list outside its items
    elif words:
        pieces.append([words])
    elif tag != "p" or element.xpath(".//*"):  # an empty paragraph (`<p> </p>`) is nothing
        markup = collapse(etree.tostring(element, encoding=str, method="html", with_tail=False))
        pieces.append(Block(BlockKind.SITE_TEXT, markup, reason="html"))


def inline_text(token: Any) -> str:
    """The words of an inline token: text, code and image descriptions; line breaks as newlines."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)

"""A plain-text page drawn with private-use glyphs (a Teletekst page copied as text): its furniture by shape.

graphic     a line whose text is only private-use characters (U+E000–U+F8FF: mosaic rows), and the glyphs
            opening a line's words (a bullet) — never text
masthead    the first line, short (MASTHEAD_MAX_WORDS) and without a sentence's end, right above a graphic row
            (the service's name and page number: "NOS Teletekst 190")
navigation  the last line, right under a graphic row: a few lower-case words without punctuation (the page's
            coloured key links: "nieuws sport financieel voetbal")

Only a text that holds a private-use character is read here; the lines between the furniture are read as
plain text, and the lines of an item opened by a bullet glyph (wrapped at the page's width) as one line.
"""

from __future__ import annotations

import re

from pipeline.document import Block, BlockKind
from pipeline.text.structure import collapse, text_blocks

MASTHEAD_MAX_WORDS = 4
NAVIGATION_MAX_WORDS = 6
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
NOT_GRAPHIC = re.compile(r"[^\ue000-\uf8ff\s]")  # a character that is not a glyph or a space
_LEADING_GLYPHS = re.compile(r"\s*[\ue000-\uf8ff][\ue000-\uf8ff\s]*(?=[^\ue000-\uf8ff\s])")
_NAVIGATION = re.compile(r"[a-zà-ÿ&/]+(?: +[a-zà-ÿ&/]+)*")


def graphic_text_blocks(body: str, *, first: bool) -> list[Block]:
    """The blocks of a plain-text body with private-use glyphs; `first`: the body opens the article."""
    lines = body.split("\n")
    kinds = [_kind(line) for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    special: dict[int, str] = {}
    if first and len(filled) >= 2 and kinds[filled[1]] == "graphic" and _masthead(lines[filled[0]]):
        special[filled[0]] = "masthead"
    if len(filled) >= 2 and kinds[filled[-2]] == "graphic" and _navigation(lines[filled[-1]]):
        special[filled[-1]] = "navigation"
    blocks: list[Block] = []
    run: list[str] = []

    item = False  # inside an item opened by a bullet glyph: its wrapped lines are one line

    def flush() -> None:
        nonlocal item
        if "".join(run).strip():
            blocks.extend(text_blocks("\n".join(run)))
        run.clear()
        item = False

    for index, line in enumerate(lines):
        if index in special:
            flush()
            blocks.append(Block(BlockKind.SITE_TEXT, collapse(line), reason=special[index]))
        elif kinds[index] == "graphic":
            flush()
            blocks.append(Block(BlockKind.SITE_TEXT, collapse(line), reason="graphic"))
        elif (glyphs := _LEADING_GLYPHS.match(line)) is not None:
            flush()
            blocks.append(Block(BlockKind.SITE_TEXT, collapse(glyphs.group()), reason="graphic"))
            run.append(line[glyphs.end() :])
            item = True
        elif item and line.strip():
            run[-1] = f"{run[-1].rstrip()} {line.strip()}"
        else:
            item = False
            run.append(line)
    flush()
    return blocks


def _kind(line: str) -> str:
    return "graphic" if PRIVATE_USE.search(line) and not NOT_GRAPHIC.search(line) else "text"


def _masthead(line: str) -> bool:
    words = collapse(line).lstrip("\ufeff")
    return 0 < len(words.split()) <= MASTHEAD_MAX_WORDS and words[-1] not in ".!?:"


def _navigation(line: str) -> bool:
    words = collapse(line)
    return len(words.split()) <= NAVIGATION_MAX_WORDS and bool(_NAVIGATION.fullmatch(words))

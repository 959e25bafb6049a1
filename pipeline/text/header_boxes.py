"""The page's header above the article, found by what closes it (issue 21, site36; pipeline.text.article calls
these):

crumb_headers       a breadcrumb that ends in the article's title ("Home » Nieuws » Onrust in de raad" / "Onrust in
                    de raad" / <running text>): the crumb stands at the article's top, so every line above it is the
                    page's — its name, tagline, menu ("Live nieuws en radio uit de regio!"), however few; unless one
                    of them is a paragraph of CRUMB_HEADER_TEXT_MAX_WORDS words or more (the article's own text,
                    printed first). So with a breadcrumb's label whose path was lost ("U bent hier", site37):
                    the title right below it and running text under that. pipeline.text.page_edges.above_breadcrumb
                    takes a long menu above any breadcrumb.
named_author_boxes  above the article's running text, the author's box: a line opening with the author's name and a
                    comma, then the author's roles ("Petra de Wit, verslaggever| fotograaf| Zwollenaar"), under a
                    line that is that name (pipeline.text.title_words.author_box, which keeps it from the headline),
                    at most AUTHOR_BOX_MAX_WORDS words and no sentence, its name not named in the running text
                    below (a portrait's subject box is: "Sanne werkt …", review37): set aside as "author". Below the running text
                    such a line is an interview's or a portrait's, and stays.
menu_heads          the text's first line kept, one word in capitals, right above MENU_HEAD_MIN_LINES lines of a menu set
                    aside already that are one word in capitals each ("UITSLAGEN" / "LIVESCORE" / "INLOGGEN"): the
                    menu's first item, its words not known to the menu's rules, when a title kept follows the menu (a line
                    that ends no sentence); set aside as "navigation" (site51, review51).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import frame_rules, patterns, title_rules
from pipeline.text.byline_bios import named_in
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside
from pipeline.text.title_words import author_box

CRUMB_HEADER_TEXT_MAX_WORDS = 40  # pipeline.text.title_rules.ABOVE_CRUMB_TEXT_MAX_WORDS: the article's own text
CRUMB_TEXT_WITHIN = 3  # the running text below the title
AUTHOR_BOX_MAX_WORDS = 30
_BREADCRUMB = re.compile(title_rules.BREADCRUMB)
CRUMB_LABEL = re.compile(frame_rules.CRUMB_LABEL, re.IGNORECASE)
_CRUMB_SEPARATOR = re.compile(r" [»›>] ")
_HEADER_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.HEADLINE, BlockKind.CAPTION)


def crumb_headers(blocks: Sequence[Block]) -> list[Block]:
    """Set aside every line above a breadcrumb ending in the title right below it, as "navigation"."""
    out = list(blocks)
    for index, block in enumerate(out):
        label = block.kind is BlockKind.SITE_TEXT and CRUMB_LABEL.match(block.text.strip())
        if not label and (block.kind is not BlockKind.SITE_TEXT or not _BREADCRUMB.match(block.text.strip())):
            continue
        title = next((i for i in range(index + 1, len(out)) if out[i].kind is not BlockKind.SITE_TEXT), None)
        last_item = _CRUMB_SEPARATOR.split(block.text.strip())[-1]
        if title is None or not (label or patterns.same_line(last_item, out[title].text)):
            return out
        if label and not patterns.is_heading(out[title].text):
            return out  # under "U bent hier" the article's paragraph, not a title: a map's legend or a show (review37)
        if not any(running_text(b) for b in out[title + 1 : title + 1 + CRUMB_TEXT_WITHIN]):
            return out
        above = [i for i in range(index) if out[i].kind is not BlockKind.SITE_TEXT]
        first = next((i for i in above if _title_copy(out[i].text, out[title].text)), None)
        if all(_header_line(out[i]) for i in above):
            for i in above:
                out[i] = out[i] if i == first else aside(out[i], "navigation")
            if first is not None:  # the title's first copy above the crumb is the headline, its copy below the page's
                out[title] = aside(out[title], "repeated")
        return out
    return out


def _title_copy(line: str, title: str) -> bool:
    """The title alone on its line, or with the site's name after a bar ("<title> | <site>"): its first copy
    (conventions38: a copy in a line with other items — a menu, a breadcrumb — is none)."""
    parts = line.split(" | ")
    return len(parts) <= 2 and patterns.same_line(parts[0], title)


def _header_line(block: Block) -> bool:
    return block.kind in _HEADER_KINDS and patterns.word_count(block.text) < CRUMB_HEADER_TEXT_MAX_WORDS


def named_author_boxes(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the author's box above the article's running text, as "author"."""
    out = list(blocks)
    below = [b for b in out if running_text(b)]  # all below the blocks judged: the loop ends at the first one
    for index, block in enumerate(out):
        if running_text(block):
            return out
        short = patterns.word_count(block.text) <= AUTHOR_BOX_MAX_WORDS and not patterns.ends_sentence(block.text)
        if block.kind is not BlockKind.SITE_TEXT and short and author_box(out, index):
            out[index] = block if named_in(block.text.split(",")[0], below) else aside(block, "author")
    return out


MENU_HEAD_MIN_LINES = 2


def menu_heads(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the text's first line kept as a menu's first item (see the module docstring)."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or out[first].kind not in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH):
        return out
    below = out[first + 1 : first + 1 + MENU_HEAD_MIN_LINES]
    menu = all(b.kind is BlockKind.SITE_TEXT and b.reason in title_rules.MENU_REASONS for b in below)
    # the title under the menu: a line kept that ends no sentence; with the text right under the menu, the word in
    # capitals over it is the title ("HOOGWATER" / "NIEUWS" / "VIDEO" / "De dijk …", review51)
    title = next((b for b in out[first + 1 + MENU_HEAD_MIN_LINES :] if b.kind is not BlockKind.SITE_TEXT), None)
    titled = title is not None and not patterns.ends_sentence(title.text)
    if (
        len(below) == MENU_HEAD_MIN_LINES
        and menu
        and titled
        and all(_capitals_word(b.text) for b in (out[first], *below))
    ):
        out[first] = aside(out[first], "navigation")
    return out


def _capitals_word(text: str) -> bool:
    word = text.strip()
    return len(word) >= 2 and word.isalpha() and word.isupper()

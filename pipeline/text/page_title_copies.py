"""A saved page's title line that is not the title its lists repeat (pipeline.text.page_dump): its first copy kept
above it as the text's opening heading, or a photo's alt text printed again right below as a caption. And the page's
title bar opening the text (pipeline.text.title_copies): the site's name and the title joined by a bar, the title
printed again alone as the next heading ("Kerk Zwolle | Nieuwe orgel ingewijd" / "Nieuwe orgel ingewijd")."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.header_boxes import CRUMB_LABEL  # "U bent hier": a breadcrumb's label, its path lost
from pipeline.text.page_lists import aside

_META = (BlockKind.SITE_TEXT, BlockKind.BYLINE, BlockKind.DATELINE)  # above the title's first copy: no other text
BAR_NAME_MAX_WORDS = 5  # the site's name beside the title in the bar
BAR_NAME_JOIN_MAX_LETTERS = 3  # a word in lower case in a site's name: "van", "de", "het", "en"
BAR_TITLE_MIN_WORDS = 2
BAR_COPY_MAX_LINES = 3  # the menu's lines set aside between the bar and the heading
_HEADINGS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.HEADLINE)
_BAR_DASHES = (" - ", " – ", " — ")  # a title line's dash before the site's name (site42)


def copy_above(blocks: Sequence[Block], index: int) -> bool:
    """The line's very text kept above it as the text's opening heading (only site text or metadata above it), only
    the page's metadata between (a byline, a date line; title_copies set the copy aside: "<title>" / "door" /
    "<title>", blind37): that first copy is the title. Under a breadcrumb's kept lines the copy is the title
    (site25)."""
    text = " ".join(blocks[index].text.split())
    above = index - 1
    while above >= 0 and blocks[above].kind in _META[1:]:
        above -= 1
    heading = above >= 0 and blocks[above].kind in (BlockKind.SUBHEADING, BlockKind.HEADLINE)
    opening = all(b.kind in _META for b in blocks[: max(above, 0)])
    return heading and opening and " ".join(blocks[above].text.split()) == text


def alt_text(blocks: Sequence[Block], index: int) -> bool:
    """Printed again right beside a caption (line_groups.doubled_caption): a photo's alt text, no title (site49)."""
    beside = [*blocks[max(index - 1, 0) : index], *blocks[index + 1 : index + 2]]
    return any(b.kind is BlockKind.CAPTION and patterns.same_line(b.text, blocks[index].text) for b in beside)


def title_bar(blocks: Sequence[Block]) -> list[Block]:
    """The text's opening line set aside as "site_name" when it is the page's title bar: a name and the title on either
    side of a bar, the title the next heading kept, at most BAR_COPY_MAX_LINES lines of site text between. The title
    first with a breadcrumb's label between ("<title> | <site>" / "U bent hier" / "<title>"): the bar is the title's
    first copy, the headline (conventions38; header_boxes.crumb_headers sets the later copy aside)."""
    out = list(blocks)
    opening = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if opening is None or out[opening].kind not in _HEADINGS or not (pairs := _bar_pairs(out[opening].text)):
        return out
    below = opening + 1
    while below < len(out) and out[below].kind is BlockKind.SITE_TEXT and below - opening <= BAR_COPY_MAX_LINES:
        below += 1
    if below >= len(out) or out[below].kind not in _HEADINGS:
        return out
    copy = " ".join(out[below].text.split())
    for first, second in pairs:
        if first == copy and any(CRUMB_LABEL.match(b.text.strip()) for b in out[opening + 1 : below]):
            return out  # "<title> | <site>" / "U bent hier" / "<title>": the first copy the headline (crumb_headers)
        for name, title in ((first, second), (second, first)):
            if title == copy and patterns.word_count(title) >= BAR_TITLE_MIN_WORDS:
                if patterns.word_count(name) <= BAR_NAME_MAX_WORDS and _named(name):
                    out[opening] = aside(out[opening], "site_name")
                return out
    return out


def _bar_pairs(text: str) -> list[tuple[str, str]]:
    """The two sides of a title bar: around its one bar ("Kerk Zwolle | <title>"), or, with no bar, around a dash
    between spaces, the last one or the first ("<title> - 112 Nederland", site42: a page's title line with the
    site's name after a dash, the title printed again alone below it)."""
    text = " ".join(text.split())
    if " | " in text:
        return [_halves(text, " | ", text.index(" | "))] if text.count(" | ") == 1 else []
    return [
        _halves(text, dash, at) for dash in _BAR_DASHES if dash in text for at in (text.rindex(dash), text.index(dash))
    ]


def _halves(text: str, separator: str, at: int) -> tuple[str, str]:
    return text[:at], text[at + len(separator) :]


def _named(name: str) -> bool:
    """A site's name: its words capitalised, short joining words between them or a domain ("Huis van de Kerk",
    "nu.nl"); a subtitle's words in lower case ("Drie kandidaten over hun plannen") are the article's (review51)."""
    return all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= BAR_NAME_JOIN_MAX_LETTERS or "." in w for w in name.split()
    )


def bar_side_copy(title: str, block: Block) -> bool:
    """A side of the title line's bar printed again alone right under it, closed by a full stop or not ("Nieuws uit
    Zwolle van 3 mei | Brand in loods" / "Nieuws uit Zwolle van 3 mei."): the lead image's alt text, a copy of the
    title's words, no sentence of the article (site52b). A line that goes on past the side is the article's."""
    copy = " ".join(block.text.split()).removesuffix(".")
    return patterns.word_count(copy) >= BAR_TITLE_MIN_WORDS and any(copy in pair for pair in _bar_pairs(title))

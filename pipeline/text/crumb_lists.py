"""The page's breadcrumb printed in the text as a list (issue 21): numbered under the title or closing the text
("1. Home" / "2. Nieuws" / "3. <title>"), or bulleted under the title ("• Fragmenten" / "• <title>"): set aside as
"breadcrumb" (the shapes' constants in pipeline.text.title_copies); a list of short names under a menu's heading
("Menu" / "• Agenda" / "• Over ons") above the running text, set aside as "navigation" (pipeline.text.page_rules.MENU_HEADING, site36b)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_rules, patterns
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside
from pipeline.text.printed_titles import folded, title_sized
from pipeline.text.title_copies import CRUMB_ICON, CRUMB_MAX_WORDS, CRUMB_MIN_ITEMS, CRUMB_NAME, NUMBERED_ITEM

MENU_HEADING = re.compile(page_rules.MENU_HEADING, re.IGNORECASE)


def tail_crumbs(blocks: Sequence[Block]) -> list[Block]:
    """The page's last run of numbered lines (only site text after it), numbered 1, 2, … and closing with the
    opening line's very text (at least TITLE_COPY_MIN_WORDS words), its other items short names: the page's
    breadcrumb printed as a list ("1. Regio", "2. <title>"), set aside. A numbered list of the story's own ends
    in an item of its own, not in the title. So is the first run above the running text closing with the text of a
    line above it (the title; a section's label may open the page): the breadcrumb under the title (site45), an
    item perhaps with its separator's icon name glued to it ("1. Regiochevron right")."""
    out = list(blocks)
    opening = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    end = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind is not BlockKind.SITE_TEXT), None)
    if opening is None or end is None or end <= opening:
        return out
    start = end
    while start > opening + 1 and _numbered(out[start - 1]):
        start -= 1
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    head = next((i for i in range(opening + 1, begun) if _numbered(out[i])), begun)
    stop = head
    while stop < begun and _numbered(out[stop]):
        stop += 1
    above = {folded(b.text) for b in out[opening:head] if b.kind is not BlockKind.SITE_TEXT}
    for first, last, titles in ((start, end, {folded(out[opening].text)}), (head, stop - 1, above)):
        if first <= last and _crumbs([NUMBERED_ITEM.match(out[i].text) for i in range(first, last + 1)], titles):
            out[first : last + 1] = [aside(b, "breadcrumb") for b in out[first : last + 1]]
    return out


def _numbered(block: Block) -> bool:
    return block.kind is not BlockKind.SITE_TEXT and NUMBERED_ITEM.match(block.text) is not None


def _crumbs(items: Sequence[re.Match[str] | None], titles: set[str]) -> bool:
    """Numbered 1, 2, …, the last item one of `titles` (TITLE_COPY_MIN_WORDS words at least), the others names."""
    if len(items) < CRUMB_MIN_ITEMS or not all(items):
        return False
    numbers = [int(m.group(1)) for m in items if m]
    texts = [CRUMB_ICON.sub("", " ".join(m.group(2).split())) for m in items if m]
    if numbers != list(range(1, len(numbers) + 1)) or texts[-1] not in titles:
        return False
    if not title_sized(texts[-1], patterns.word_count):
        return False
    return all(patterns.word_count(t) <= CRUMB_MAX_WORDS and CRUMB_NAME.match(t) for t in texts[:-1])


def listed_crumbs(blocks: Sequence[Block]) -> list[Block]:
    """A bulleted list right under a heading, its last item that heading's very text (TITLE_COPY_MIN_WORDS words or
    more), its other items short section names ("• Fragmenten" / "• <title>" under "<title>"; site47): the page's
    breadcrumb printed as a list, set aside as "breadcrumb". A list of the story's own ends in an item of its own."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))  # a menu's list stands above the text
    site_run = 0  # the blocks opening the page as site text, counted so far (setting a list aside only adds to them)
    for i in range(1, len(out)):
        block, title = out[i], folded(out[i - 1].text)
        if block.kind is not BlockKind.LIST or len(block.items) < CRUMB_MIN_ITEMS or out[i - 1].kind is BlockKind.LIST:
            continue
        if i < begun and _menu(out[i - 1], block.items) and (site_run := _site_run(out, i - 1, site_run)) >= i - 1:
            out[i] = aside(block, "navigation")
            continue
        *names, last = (folded(item) for item in block.items)
        if last != title or not title_sized(title, patterns.word_count):
            continue
        if all(patterns.word_count(n) <= CRUMB_MAX_WORDS and CRUMB_NAME.match(n) for n in names):
            out[i] = aside(block, "breadcrumb")
    return out


def _site_run(blocks: Sequence[Block], heading: int, known: int) -> int:
    """How many blocks open the page as site text, up to the menu's heading at most, counted on from `known` (one pass
    over the page for all its menus). The whole run up to the heading: the page's menu. Under a headline of the
    article's, a list under "Menu" is a restaurant's dishes or a car's options ("Menu" / "• Zeebaars met venkel";
    review36)."""
    run = known
    while run < heading and blocks[run].kind is BlockKind.SITE_TEXT:
        run += 1
    return run


def _menu(heading: Block, items: Sequence[str]) -> bool:
    """A menu's heading ("Menu", set aside or not) over a list of short names: the menu's links."""
    return bool(MENU_HEADING.fullmatch(heading.text.strip(" :"))) and all(
        patterns.word_count(item) <= page_rules.MENU_ITEM_MAX_WORDS and not patterns.ends_sentence(item)
        for item in items
    )

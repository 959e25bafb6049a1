"""A feed's title line whose tail after " - " another block of the text repeats (pipeline.text.title_line): an outlet's
name the description ends with too ("X - Outlet" over "X Outlet"), or a title the text prints alone with a section's
label after it ("Zwartboek - Bespreking Cinema" beside "Zwartboek"); a back link glued after the title ("… (Jan
Peeters)<< Nummer 60": an arrow and the name of a line above, the page it leads back to; `back_link`, headline36); and
a title line that is a section's name with an access badge after a bar ("Dossier | Premium") over a longer heading:
the page's section, not the title (site51)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, shape_rules
from pipeline.text.site_name_tails import HEAD_MIN_WORDS
from pipeline.text.structure import collapse

ECHO_NAME_MAX_WORDS = 5  # an outlet's name after a feed's title and its description
SECTION_WORD = re.compile(shape_rules.SECTION_LABELS, re.IGNORECASE)
BADGED_SECTION_MAX_WORDS = 4
# a section's name: one word, or a phrase led by a preposition with no name in it ("Dossier", "In de praktijk", "Uit de
# regio"); a short headline names or does something ("Ajax wint Klassieker", "Politiek wil ingrijpen", review51)
SECTION_NAME = re.compile(
    r"^(\S+|(?i:in|uit|op|over|onder|achter|voor|met|van|bij|naar|rond|tussen)( (?-i:[a-zà-ÿ])\S*)+)$"
)


def echoed_name(title: str, others: Sequence[str]) -> str | None:
    """The name after the title's last " - " when another block of the text ends with it too (a feed's item:
    "X - Outlet" over its description "X Outlet"): short, capitalised, no sentence's end."""
    cut = title.rfind(" - ")
    name = title[cut + 3 :].strip() if cut > 0 else ""
    words = name.split()
    if not words or len(words) > ECHO_NAME_MAX_WORDS or not words[0][:1].isupper() or re.search(r"[.!?:;|]", name):
        return None
    if patterns.word_count(title[:cut]) < HEAD_MIN_WORDS:
        return None
    return name if any(o.rstrip().endswith(f" {name}") for o in others) else None


def echoed_head(title: str, others: Sequence[str]) -> str | None:
    """The part before the title's last " - " that another block is alone ("Zwartboek - Bespreking Cinema"; site47), a
    section's label (shape_rules.SECTION_LABELS) opening the name after it: "Ajax - PSV" over a lineup's "Ajax" stays."""
    cut = title.rfind(" - ")
    head, name = (title[:cut].strip(), title[cut + 3 :].strip()) if cut > 0 else ("", "")
    words = name.split()
    if not head or not words or len(words) > ECHO_NAME_MAX_WORDS or not SECTION_WORD.fullmatch(words[0]):
        return None
    echoed = not re.search(r"[.!?:;|]", name) and any(collapse(o) == collapse(head) for o in others)
    return head if echoed else None


# A back link glued to the end of the title line, a bracketed name (the author's or the photographer's) before it:
# "… meenemen" (Christian Dutoit)<< Nummer 60"
BACK_LINK_TITLE_MAX_WORDS = 30  # pipeline.text.title_line.TITLE_MAX_WORDS
_TITLE_KINDS = {BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH}
BACK_LINK = re.compile(
    r"^(?P<head>.+?)\s*+(?P<credit>\([^()]{2,60}\))?\s*+(?P<link>(?:<<|«)\s*+(?P<target>[^<>«»]{1,60}))$"
)


def back_linked(blocks: list[Block]) -> list[Block]:
    """The first heading of a title's length (BACK_LINK_TITLE_MAX_WORDS) closed by a back link to a line above, cut."""
    # the lines above as back_link compares them, filled up to `done` only when a line has an arrow (one pass over the
    # blocks in all: a page of many arrows costs no pass per arrow)
    above: set[str] = set()
    done = 0
    for index, block in enumerate(blocks):
        if block.kind not in _TITLE_KINDS or patterns.word_count(block.text) > BACK_LINK_TITLE_MAX_WORDS:
            continue
        if BACK_LINK.match(block.text.strip()) is None:
            continue
        above.update(collapse(b.text).casefold() for b in blocks[done:index])
        done = index
        if linked := back_link(block.text, above):
            return [*blocks[:index], Block(block.kind, linked[0].text), *linked[1:], *blocks[index + 1 :]]
    return blocks


def back_link(title: str, above: Collection[str]) -> list[Block] | None:
    """The title line cut before a back link glued to its end (BACK_LINK) when a line above is the link's target (the
    page the arrow leads back to, an issue's or a section's name): the title, the bracketed name before the arrow as
    the byline when it is a person's, and the link set aside ("navigation"). None when no line above is the target."""
    match = BACK_LINK.match(title.strip())
    if match is None or patterns.word_count(match["head"]) < HEAD_MIN_WORDS:
        return None
    if collapse(match["target"]).casefold() not in above:
        return None
    credit = match["credit"] or ""
    name = [Block(BlockKind.BYLINE, credit)] if credit and patterns.is_person_name(credit[1:-1].strip()) else []
    head = match["head"] if name or not credit else f"{match['head']} {credit}"
    return [Block(BlockKind.HEADLINE, head), *name, Block(BlockKind.SITE_TEXT, match["link"], reason="navigation")]


def badged_section(pieces: Sequence[Block], below: Sequence[Block]) -> list[Block]:
    """The title line cut into a name and a badge after a bar that is site text alone ("Dossier" / "| Premium"): the name
    is the section's, set aside as "rubric", when it is short and shaped as a section's name (SECTION_NAME) and the
    next block kept is a longer heading that ends no sentence (the title under its section); over the running text the
    name is the title with its badge."""
    if len(pieces) != 2 or pieces[1].reason != "rubric" or not pieces[1].text.startswith("|"):
        return list(pieces)
    name, badge = pieces[0].text, pieces[1].text.lstrip("| ")
    title = next((b for b in below if b.kind is not BlockKind.SITE_TEXT), None)
    if (
        patterns.site_line_reason(badge) != "banner"
        or patterns.word_count(name) > BADGED_SECTION_MAX_WORDS
        or not SECTION_NAME.match(name.strip())
        or title is None
        or title.kind is not BlockKind.SUBHEADING
        or patterns.ends_sentence(title.text)
        or patterns.word_count(title.text) <= patterns.word_count(name)
    ):
        return list(pieces)
    return [Block(BlockKind.SITE_TEXT, name, reason="rubric"), pieces[1]]

"""A feed's title line whose tail after " - " another block of the text repeats (pipeline.text.title_line): an outlet's
name the description ends with too ("X - Outlet" over "X Outlet"), or a title the text prints alone with a section's
label after it ("Zwartboek - Bespreking Cinema" beside "Zwartboek"); and a title line that is a section's name with an
access badge after a bar ("Dossier | Premium") over a longer heading: the page's section, not the title (site51)."""

from __future__ import annotations

import re
from collections.abc import Sequence

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

"""A feed's title line whose tail after " - " another block of the text repeats (pipeline.text.title_line): an outlet's
name the description ends with too ("X - Outlet" over "X Outlet"), or a title the text prints alone with a section's
label after it ("Zwartboek - Bespreking Cinema" beside "Zwartboek")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import patterns, shape_rules
from pipeline.text.site_name_tails import HEAD_MIN_WORDS
from pipeline.text.structure import collapse

ECHO_NAME_MAX_WORDS = 5  # an outlet's name after a feed's title and its description
SECTION_WORD = re.compile(shape_rules.SECTION_LABELS, re.IGNORECASE)


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

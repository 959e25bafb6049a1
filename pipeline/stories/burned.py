"""What burned: two fires in one village three days apart told in the words every fire report shares
("Vannacht is in Nijverdal een ... door brand verwoest", "de oorzaak wordt onderzocht") are two events when
one burned a barn and the other a garage box. A follow-up of one fire names what burned again ("de brand in
een schuur met hooi").

Where the headline or the lead's first sentence speaks of a fire (`FIRE`), each word of it naming a
kind of thing that burns (`BURNS`; a compound by its head, `HEADS`: "hooischuur", "hoekwoning") gives a
mark `burned:<kind>`; a word may name more than one kind ("loods": a farm's or a firm's; "pand"). Two fire
reports with kinds, none shared, are two fires (`clash`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import apart
from pipeline.text.dutch_rules import LETTER_WORD

FIRE = ("brand", "uitgebrand", "afgebrand", "afbrandde", "uitbrandde", "vlammen", "brandde", "natuurbrand")
BURNS: dict[str, tuple[str, ...]] = {
    "woning": ("dwelling",),
    "huis": ("dwelling",),
    "woonhuis": ("dwelling",),
    "flat": ("dwelling",),
    "appartement": ("dwelling",),
    "villa": ("dwelling",),
    "pand": ("dwelling", "firm"),
    "schuur": ("farm", "dwelling"),
    "boerderij": ("farm", "dwelling"),
    "stal": ("farm",),
    "loods": ("farm", "firm"),
    "hooiberg": ("farm",),
    "garage": ("garage", "dwelling"),
    "garagebox": ("garage",),
    "carport": ("garage",),
    "auto": ("vehicle",),
    "bus": ("vehicle",),
    "vrachtwagen": ("vehicle",),
    "camper": ("vehicle",),
    "caravan": ("vehicle",),
    "boot": ("vehicle",),
    "bedrijfspand": ("firm",),
    "bedrijfshal": ("firm",),
    "fabriek": ("firm",),
    "winkel": ("firm",),
    "restaurant": ("firm",),
    "bos": ("nature",),
    "heide": ("nature",),
    "duinen": ("nature",),
}
# heads read at the end of a compound ("hooischuur", "hoekwoning", "varkensstal"; not "huis": "ziekenhuis")
HEADS = ("woning", "schuur", "stal", "loods", "boerderij", "fabriek", "garagebox", "bedrijfspand")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s")


def _kinds(word: str) -> tuple[str, ...]:
    if word in BURNS:
        return BURNS[word]
    head = next((h for h in HEADS if word.endswith(h) and len(word) > len(h) + 2), None)
    return BURNS[head] if head else ()


def marks(title: str, lead: str) -> frozenset[str]:
    """`burned:<kind>` for what the headline and the lead's first sentence say burned, where they speak
    of a fire."""
    words = LETTER_WORD.findall((title + " " + _FIRST_SENTENCE.split(lead.strip(), maxsplit=1)[0]).lower())
    if not any(w in FIRE for w in words):
        return frozenset()
    return frozenset(f"burned:{kind}" for w in words for kind in _kinds(w))


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both report a fire of things of kinds, none shared."""
    return apart(article, story, "burned")

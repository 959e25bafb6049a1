"""A headline of two items joined by a pipe: a round-up ("Oranjevrouwen spelen eerste WK-wedstrijd | Berging schip
Donau begonnen", a morning bulletin's two lead items), marked `roundup` (`events`) so it joins its lead item's story
and bridges to no other.

A pipe also sets off a label from one headline: a competition ("Nieuw-Zeeland - Nederland (groep E) | WK 2019"),
an author ("Commentaar | Hans van Soest"). An item is a sentence: at least `MIN_ITEM_WORDS` words, one of them
written in lower case and no particle of a name ("van", "de"); a label is not. The round-up's lead item is its
first (`lead_item`): the story it joins is the one that item names (`grow.names_lead_item`)."""

from __future__ import annotations

import re

from pipeline.stories.lexicon import PARTICLES

PIPE = "|"
MIN_ITEM_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'-]*|\d[\w'-]*")


def two_items(title: str) -> bool:
    """The headline joins two or more items with a pipe, each a sentence, no label."""
    parts = title.split(PIPE)
    return len(parts) >= 2 and all(_is_item(part) for part in parts)


def lead_item(title: str) -> str:
    """The headline's first item: the text before its first pipe (all of it when there is none)."""
    return title.split(PIPE, 1)[0]


def _is_item(part: str) -> bool:
    words = _WORD.findall(part)
    return len(words) >= MIN_ITEM_WORDS and any(w[0].islower() and w not in PARTICLES for w in words)

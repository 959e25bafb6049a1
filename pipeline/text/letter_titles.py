"""A letter's title over its salutation (issue 21, head52): a club's or a society's page prints its chairman's
letter under a short title closed by a full stop, the salutation right under it —

    Woord van de voorzitter.
    Beste leden,
    Het seizoen zit er bijna op. …

The first block that is not site text is one short sentence (at most TITLE_MAX_WORDS words, no comma inside: a
sentence of the letter has its clauses) and the next one is the salutation ("Beste leden," — a short line closed by
its comma): that sentence is the title, though it ends as a sentence does. A glyph of the page's icon font run into
its first word ("fvzWoord van …": letters with no vowel, lower case, glued to a capitalised word — no Dutch word
opens so) is cut from it as site text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.untitled_marks import salutation

TITLE_MAX_WORDS = 8
SALUTATION_MAX_WORDS = 5  # "Beste leden,", "Geachte dames en heren,": a longer line closed by a comma is a sentence's
ICON_GLYPH = re.compile(r"^[b-df-hj-np-tv-xz]{2,5}(?=[A-ZÀ-Ý][a-zà-ÿ])")  # "fvz" before "Woord": no vowel
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def letter_title(blocks: Sequence[Block]) -> int | None:
    """The index of a letter's title over its salutation (see the module docstring), or None."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT][:2]
    if len(kept) < 2:
        return None
    title, greeting = (blocks[i].text.strip() for i in kept)
    glyph = ICON_GLYPH.match(title)
    text = title[glyph.end() :] if glyph else title
    if (
        blocks[kept[0]].kind not in _TEXT
        or not text[:1].isupper()
        or patterns.word_count(text) > TITLE_MAX_WORDS
        or any(mark in text.rstrip(".!?") for mark in ".!?,;:")
        or patterns.word_count(greeting) > SALUTATION_MAX_WORDS
        or not salutation(greeting)
    ):
        return None
    return kept[0]


def glyph_cut(blocks: Sequence[Block], index: int) -> list[Block]:
    """The blocks with the title at `index` the headline, an icon's glyph glued before it set aside."""
    text = blocks[index].text.strip()
    glyph = ICON_GLYPH.match(text)
    title = [Block(BlockKind.HEADLINE, text[glyph.end() :] if glyph else text)]
    pieces = [Block(BlockKind.SITE_TEXT, glyph.group(0), reason="icon"), *title] if glyph else title
    return [*blocks[:index], *pieces, *blocks[index + 1 :]]

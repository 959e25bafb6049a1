"""A photo's alt text above the title (issue 21, head52): a page saved as text prints the lead photo's description
first, over the title, and the same words again under the title as its caption, a credit glued to them ("… hekken
omheen gezet.’Beeld Jan Smit") —

    Zaterdag 01/10/2022
    Schrijver Jan Smit: ‘Ik lees elke ochtend de krant. Daarna begin ik pas met schrijven.’
    Interview
    ‘Lezen is een ambacht dat je moet bijhouden’
    Schrijver Jan Smit: ‘Ik lees elke ochtend de krant. Daarna begin ik pas met schrijven.’Beeld Piet de Vries
    Jan Smit schrijft al dertig jaar romans. …

The first copy is the caption (no lede: the text has not begun), so the title under it is still found. The paragraph
must stand above every heading of the text (the page's first block that is not site text), a heading must stand
between the two copies, at most COPY_MAX_DISTANCE blocks apart, and the second copy must hold a credit's few words
more than the first (at most CREDIT_MAX_WORDS): a paragraph printed twice with nothing added, or with sentences
added, is the text's intro repeated (title_copies), and one repeated further down is a quote pulled out of the text
(a pull quote), not a photo's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text.patterns import collapse

COPY_MAX_DISTANCE = 4  # blocks from the alt text to its caption: a label, a name, the title between them
COPY_MIN_WORDS = 6  # a shorter line printed twice is a label or a title, not a photo's description
CREDIT_MAX_WORDS = 6  # "Beeld Thomas Sweertvaegher", "Foto: ANP / Jan de Vries": what the caption's copy adds
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_HEADINGS = (BlockKind.SUBHEADING, BlockKind.HEADLINE)


def alt_text_above(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a photo's alt text above the title read as the caption it is (see the module docstring)."""
    first = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or blocks[first].kind not in _TEXT:
        return list(blocks)
    text = collapse(blocks[first].text).casefold()
    if len(text.split()) < COPY_MIN_WORDS:
        return list(blocks)
    below = blocks[first + 1 : first + 1 + COPY_MAX_DISTANCE]
    for offset, block in enumerate(below):
        copy = collapse(block.text).casefold()
        added = copy[len(text) :].split()
        if copy.startswith(text) and 0 < len(added) <= CREDIT_MAX_WORDS:
            if any(b.kind in _HEADINGS for b in below[:offset]):
                out = list(blocks)
                out[first] = replace(blocks[first], kind=BlockKind.CAPTION)
                return out
            break
    return list(blocks)

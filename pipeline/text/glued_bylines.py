"""The newsroom's byline run into the title's line (helper site40, issue 21): a Flemish page saved as text puts the
author's name right after the title, and for agency copy that name is the newsroom's ("KOERS KORT. Geen medaille voor
De Ketele - … Roglic dankt De Plus Redactie", then the date line "01 maart 2019"). The first line of the text, closed
by the word "Redactie" with a capital, a date line right under it: the title, then its byline. A title that names the
newsroom goes on after it or puts an article or a preposition before it ("Brief aan de Redactie"): it stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.site41_rules import BEFORE_INITIALS, GLUED_INITIALS

# the newsroom's name, or the author's initials (site41)
GLUED_NEWSROOM = re.compile(rf"^(?P<title>.*?\S)\s+(?P<name>(?-i:Redactie|REDACTIE)|{GLUED_INITIALS})$")
_BEFORE_NAME = re.compile(
    rf"\b(de|der|den|het|een|onze|uw|jullie|van|aan|voor|naar|bij|met|door|en)$|{BEFORE_INITIALS}", re.IGNORECASE
)
TITLE_MIN_WORDS = 4
_TITLES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)


def glued_newsroom(blocks: Sequence[Block]) -> list[Block]:
    """The first block split into its title and the newsroom's byline, when it has that shape (the module's doc)."""
    out = list(blocks)
    if len(out) < 2 or out[0].kind not in _TITLES or out[1].kind is not BlockKind.DATELINE:
        return out
    match = GLUED_NEWSROOM.match(out[0].text.strip())
    if match is None or "\n" in out[0].text:
        return out
    title = match.group("title")
    if len(title.split()) < TITLE_MIN_WORDS or _BEFORE_NAME.search(title):
        return out
    return [Block(out[0].kind, title), Block(BlockKind.BYLINE, match.group("name")), *out[1:]]

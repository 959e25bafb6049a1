"""A long title on the first line of a text, its lede on the next line opening with a paper's or an agency's dateline
(helper site41, issue 21): "Vastzittende vislijnen en stroppende surfplanken: waterplanten zitten clubs op en om
Binnenschelde dwars" over "BERGEN OP ZOOM - ,,Dit moet …", "Op A2 opgepakte verdachte …" over "DRIEBERGEN (ANP) -
De man …". A mainstream page saved with one line per element, no blank line between them, prints its headline so;
a headline past a heading's length (patterns.HEADING_MAX_WORDS) was read into the lede. The first line is the title
when no sentence ends on it, it has TITLE_MIN_WORDS to TITLE_MAX_WORDS words, and the next line opens with the place
in capitals and a dash (or the agency's name in brackets) and runs on as text (LEDE_MIN_WORDS words or more).
pipeline.text.structure reads the first line of a text's first chunk with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import opening_rules, patterns, shape_rules

TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 30  # a headline and its colon's second half; a longer line is a paragraph
TITLE_MAX_CHARS = 220
LEDE_MIN_WORDS = 12
_LEDE_DATELINE = re.compile(opening_rules.LEDE_DATELINE)
_AGENCY_OPENING = re.compile(shape_rules.AGENCY_OPENING, re.IGNORECASE)
_OPENING = re.compile(r"^[\"'‘“„(]?[A-ZÀ-Ý0-9]")


def dateline_title(lines: Sequence[str]) -> bool:
    """The chunk's first line is a title over a lede that opens with a dateline (see the module docstring)."""
    if len(lines) < 2:
        return False
    title, lede = lines[0].strip(), lines[1].strip()
    words = patterns.word_count(title)
    if not (TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and len(title) <= TITLE_MAX_CHARS and _OPENING.match(title)):
        return False
    if patterns.ends_sentence(title):  # a colon too: a line ending on one introduces the next
        return False
    dated = bool(_LEDE_DATELINE.match(lede) or _AGENCY_OPENING.match(lede))
    return dated and patterns.word_count(lede) >= LEDE_MIN_WORDS

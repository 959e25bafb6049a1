"""A headline's rubric label: the part of a printed headline that says what kind of piece it is and who
wrote it ("Freek. Column Nynke de Jong", "Vakbonden snel terug aan tafel. Commentaar | Hans van Soest",
"Protest tegen abortus mag. commentaar") is no word of the event.

A columnist's name in every column's headline would tell the clusterer that two columns on other events share
a headline name, and that a commentary on an event is about someone its reports never name (another actor,
`actors`); "column" in every column's headline would be a headline term they share. `without_rubric` leaves
out each part of the headline after its first (parts end at ". ", "? ", "! " or "; ") that holds a rubric word (`RUBRICS`,
data) and at most `BYLINE_WORDS` other words (a name, "in Aalten"): a part that says more ("analyse
Nivellering van de politiek") is a subheading and stays."""

from __future__ import annotations

import re

RUBRICS = frozenset(
    ("column", "gastcolumn", "commentaar", "opinie", "analyse", "beschouwing", "recensie", "hoofdredactioneel")
)
"""Words that name a kind of piece, not an event (lowercase)."""

BYLINE_WORDS = 3  # "Hans van Soest", "in Kerkrade" beside the rubric word

_PARTS = re.compile(r"(?<=[.?!;])\s+")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def without_rubric(title: str) -> str:
    """The headline without its rubric labels (the first part always stays)."""
    parts = _PARTS.split(title)
    kept = [parts[0]] + [p for p in parts[1:] if not _rubric(p)]
    return " ".join(kept) if len(kept) < len(parts) else title


def _rubric(part: str) -> bool:
    words = [w.lower() for w in _WORD.findall(part)]
    rubric = [w for w in words if w in RUBRICS]
    return bool(rubric) and len(words) - len(rubric) <= BYLINE_WORDS

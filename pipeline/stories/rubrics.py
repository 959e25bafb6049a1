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
LABEL_WORDS = 4  # a later part of at most this many words, set in capitals or opening in lowercase, is a label

_PARTS = re.compile(r"(?<=[.?!;])\s+")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_INITIAL = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # "Harry O.", "a.u.b.": the sentence goes on


def without_rubric(title: str) -> str:
    """The headline without its rubric labels (the first part always stays)."""
    parts = _PARTS.split(title)
    kept = [parts[0]] + [p for p in parts[1:] if not _rubric(p)]
    return " ".join(kept) if len(kept) < len(parts) else title


def _rubric(part: str) -> bool:
    words = [w.lower() for w in _WORD.findall(part)]
    rubric = [w for w in words if w in RUBRICS]
    return bool(rubric) and len(words) - len(rubric) <= BYLINE_WORDS


def without_labels(title: str) -> str:
    """The headline without its later parts that are a printed page's labels: a short part set wholly in capitals
    ("VERKIEZINGEN OP CAMPAGNE", "DOETINCHEM") or opening in lowercase ("verkiezingen campagne", "personalia"), not
    after an initial or abbreviation ("Harry O. weer in Nederland"). A keyword label is a headline term that joins
    reports of one topic, so only a mark of the day of an event (`ballot`: "campagne") reads the headline without it:
    a campaign page's label says the page, not that the piece reports the election's days."""
    parts = _PARTS.split(title)
    kept = [parts[0]] + [p for before, p in zip(parts, parts[1:]) if not _label(p, before)]
    return " ".join(kept) if len(kept) < len(parts) else title


def _label(part: str, before: str) -> bool:
    words = _WORD.findall(part)
    if not words or len(words) > LABEL_WORDS or _INITIAL.search(before):
        return False
    return all(w.isupper() for w in words) and any(len(w) > 2 for w in words) or part[:1].islower()

"""One match told several times: the preview, the report, the reactions of its players and its summary.

A match day's items about one match share few words: "Wiegman blikt vooruit op eerste WK-duel", "Miedema: 'Het
was niet goed genoeg'", "Martens speelster van de wedstrijd" name other people in their headlines, and only their
lead sentences say which match they are about ("De reactie van Vivianne Miedema na de WK-wedstrijd van de
Oranjevrouwen tegen Nieuw-Zeeland"). The pair of sides (`sides.marks`) of the headline or the lead's first sentence
is the match's key: a mark `fixture:<side>|<side>`. An article that shares a key with a story seen within
`fixture_hours` is about that match (`same_match`): the headlines' other people are its players, no other event
(`actors`), and a score of `fixture_floor` joins it (`cluster.score`). Another match of one side (the next
opponent, another day) has another pair; one of another day, the same pair, is more than `fixture_hours` away.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.stories import sides
from pipeline.stories.mark_kinds import of_kind
from pipeline.stories.quotes import lead_sentence

KIND = "fixture"
_PUNCTUATION = ".'’&"  # a side's name ends a sentence ("tegen Nieuw-Zeeland.") or a quote ("'Nederlandse' Hasset")


def marks(title: str, paragraphs: list[str], max_chars: int) -> frozenset[str]:
    """`fixture:<side>|<side>` for each pair of sides the headline or the lead's first sentence sets against each
    other (the sides of `sides.marks`; its `match:` marks read the headline only)."""
    lead = lead_sentence(paragraphs, max_chars)
    found = of_kind(sides.marks(title, lead) | sides.marks(lead, title), "match")
    pairs = (sorted({side.strip(_PUNCTUATION) for side in pair.split("|")}) for pair in found)
    return frozenset(f"{KIND}:{p[0]}|{p[1]}" for p in pairs if len(p) == 2 and all(p))


def same_match(article: Iterable[str], story: Iterable[str], gap_hours: float, max_hours: float) -> bool:
    """The article and the story name one pair of sides (`marks`), within `max_hours` of each other."""
    return gap_hours <= max_hours and bool(of_kind(article, KIND) & of_kind(story, KIND))

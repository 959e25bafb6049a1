"""Match outcomes in a headline: "FC Twente wint met 3-1 van Heracles" and, days later, "FC Twente
verliest in de Grolsch Veste van AZ" are two matches of one club, though their scores (3-1, 0-2) can be
one match read from either side (`events._follows`). A club that won and a club that lost are two events.

A mark `outcome:win:fc twente` names the headline's subject (the words before the verb) and what it did;
"Heracles verliest van Twente" beside "Twente wint van Heracles" are other subjects, one match: no clash.
A loss verb counts only before a word of a match ("verliest van AZ", "verliest met 0-2"), not "verliest
Steijn aan blessure". The verbs are data (`WIN`, `LOSS`, `LOSS_NEXT`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import of_kind

WIN = frozenset(["wint", "won", "zegeviert", "triomfeert"])
LOSS = frozenset(["verliest", "verloor", "verliezen", "verloren"])
# the word after a loss verb that makes it a match's loss ("" : the headline or clause ends there)
LOSS_NEXT = frozenset(
    ["van", "met", "in", "bij", "op", "thuis", "uit", "ook", "nipt", "ruim", "kansloos", "zwaar", "opnieuw", "weer", ""]
)
_CLAUSE = re.compile(r"[:;,.!?]")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_MAX_SUBJECT = 4  # words before the verb: a club's name, not a sentence


def marks(title: str) -> frozenset[str]:
    """The headline's outcome marks, `outcome:win:<subject>` or `outcome:loss:<subject>`, per clause."""
    out = set()
    for clause in _CLAUSE.split(title):
        words = _WORD.findall(clause.lower())
        for i, word in enumerate(words):
            if not 0 < i <= _MAX_SUBJECT:
                continue
            after = words[i + 1] if i + 1 < len(words) else ""
            kind = "win" if word in WIN else "loss" if word in LOSS and after in LOSS_NEXT else ""
            if kind:
                out.add(f"outcome:{kind}:{' '.join(words[:i])}")
                break
    return frozenset(out)


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """One subject won in one and lost in the other: two matches."""
    mine = {tuple(v.split(":", 1)) for v in of_kind(article, "outcome")}
    theirs = {tuple(v.split(":", 1)) for v in of_kind(story, "outcome")}
    return any(s == t and k != j for k, s in mine for j, t in theirs)

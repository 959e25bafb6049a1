"""Weak evidence on the second look (`rescue`): a word that general Dutch news writes all the time.

The second look lets a short lead join a story scoring a little below the threshold when they share a telling
name and the story holds a headline term of the lead that says what happened. Beside one shared name, a word that
general Dutch writes in many news items ("auto", "prijs", "titel", "militair", "tijd": `rarity.share` at least
`ClusterSettings.rescue_common`) says little: two items on one town, one minister or one ministry share such a word
by chance ("Raadslid wil minder auto's op plein in Zutphen" beside a survey of complaints about parking and cars in
Zutphen), and such a pair is two events. A word rare in general Dutch ("trui", "brexit", "filmfestival",
"parkeeroverlast") still counts, and so does a word of the shared name ("Kamer" of the Eerste Kamer: the second look
leaves it out where it says the name again, `rescue._name_words`); where the two share two names or more, every word
counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.stories import rarity
from pipeline.stories.terms import stem


def common(terms: Iterable[str], share: float) -> frozenset[str]:
    """The `terms` general Dutch writes in at least `share` of news items (`rarity.share`; 0 or more than 1: none)."""
    if not 0 < share <= 1:
        return frozenset()
    return frozenset(t for t in terms if rarity.share(t) >= share)


def uncommon(terms: tuple[str, ...], share: float, names: Iterable[str] = ()) -> tuple[str, ...]:
    """The `terms` that are not `common`, in their order, and those that are a word of one of the shared `names`
    however common the word ("Kamer" of the Eerste Kamer a story's every article names: the story's own name)."""
    kept = {stem(w) for n in names for w in n.split(" ")}
    left_out = common(terms, share) - kept
    return tuple(t for t in terms if t not in left_out)

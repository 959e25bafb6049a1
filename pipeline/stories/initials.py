"""A name written as its initials ("FvD", "OM", "NAVO") beside the name written out ("Forum voor Democratie"):
one bearer, not a telling name of its own.

`spelled_by` finds, in the article's words, a run whose first letters spell the short name (particles counted:
"voor" gives the "v" of "FvD") and whose first and last words are names the article gives (capitalised words, so a
chance run of lower-case words, "fietsen van de", never counts), nor a person's name ("Peter van Vliet" spells no
"PvV": `actors.full_name`). `initialisms` gives the article's one-word names
that are written out so in its text: a guard that asks for the most telling name of a lead (`apart.again_elsewhere`)
reads the written-out name's words instead, which a story of that party names though it never writes the initials.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from pipeline.stories.actors import full_name

MIN_LETTERS = 2  # an initialism of at least this many letters ("OM"; a single letter is no name)
MAX_LETTERS = 6  # ... and at most this many (longer runs of capitals are words: "NAVO" is 4)


def spelled_by(short: str, paragraphs: Iterable[Sequence[str]], names: Collection[str]) -> tuple[str, ...] | None:
    """The words of the first run in `paragraphs` (lower-case words) whose first letters spell `short`, its first
    and last words among `names`; None when the article never writes it out."""
    letters = short.lower()
    if not (MIN_LETTERS <= len(letters) <= MAX_LETTERS) or not letters.isalpha():
        return None
    size = len(letters)
    for words in paragraphs:
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            spells = all(w[:1] == c for w, c in zip(run, letters)) and run[0] in names and run[-1] in names
            if spells and not full_name(" ".join(run), run[-1]):  # a person's name ("Peter van Vliet") spells no "PvV"
                return tuple(run)
    return None


def initialisms(names: Iterable[str], paragraphs: Sequence[Sequence[str]], known: Collection[str]) -> frozenset[str]:
    """The one-word `names` the article also writes out (`spelled_by`, against the article's names `known`)."""
    return frozenset(n for n in names if " " not in n and spelled_by(n, paragraphs, known) is not None)

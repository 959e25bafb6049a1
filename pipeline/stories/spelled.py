"""Names written out that the text abbreviates too: "Rijksinstituut voor Volksgezondheid en Milieu" beside
"RIVM", "Autoriteit Consument & Markt (ACM)".

`names.names_of` reads runs of capitalised words, and a lower-case "voor" or "en" ends a run: the
institute's name falls apart into "rijksinstituut", "volksgezondheid" and "milieu", three telling names
two reports that only name the institute would share as three entities (`evidence.distinct`). Where the
text also writes an abbreviation in capitals that the capitalised words spell (the lower-case joining
words of `JOINERS` between them), the whole written-out name is one name too, and its words count as
words of that longer name. The abbreviation stays a name of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# the lower-case words a written-out name of an institution holds between its capitalised words ("&": "en")
JOINERS = frozenset(("voor", "en", "&", "van", "de", "der", "het", "op", "in", "tot", "of"))
LETTERS = (2, 6)  # an abbreviation: a word of this many capitals
MAX_ABBREVIATIONS = 64  # the distinct abbreviations looked for: the first the text writes (a bound on a hostile text)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|&")


def spelled_out(text: str, names: Mapping[str, str]) -> dict[str, str]:
    """`names` (lowercased -> as written, see `names.names_of`) with the written-out names of `text` added:
    runs of capitalised words and joiners whose capitalised words spell an abbreviation the text writes
    (`_spells`; the first `MAX_ABBREVIATIONS` it writes), "&" written "en". A run ends on a word whose initial
    is the abbreviation's last letter (`_expansion`), so each capitalised word is tried only against those,
    and only against those whose letters the capitalised words of its run hold (`_Words.letters`). The text's
    words are read once; a run is read backwards from its last word, each word once for all the ways it
    spells (a bound on a hostile text: linear in it, times the abbreviations)."""
    out = dict(names)
    words = _WORD.findall(text)
    by_last: dict[str, list[tuple[str, frozenset[str]]]] = {}  # an abbreviation's last letter -> those ending on it
    for abbreviation in dict.fromkeys(w for w in words if w.isupper() and LETTERS[0] <= len(w) <= LETTERS[1]):
        if sum(map(len, by_last.values())) >= MAX_ABBREVIATIONS:
            break
        by_last.setdefault(abbreviation[-1], []).append((abbreviation, frozenset(abbreviation)))
    if not by_last:
        return out
    read = _Words(words)
    for end, word in enumerate(words):
        if not read.capitalised[end] or word.isupper() or read.before[end] is None:
            continue  # a run ends on a capitalised word, not an abbreviation, and holds another
        ending = by_last.get(word[0].upper())
        if not ending:
            continue
        held = read.letters(end)
        for abbreviation, letters in ending:
            start = _expansion(read, end, abbreviation) if letters <= held else None
            if start is not None:
                name = " ".join("en" if w == "&" else w for w in words[start : end + 1])
                out.setdefault(name.lower(), name)
    return out


class _Words:
    """The text's words read once: which are capitalised, each in capitals, and for each word the capitalised
    word before it in its run (None: the run holds no other; a run is capitalised words and `JOINERS`)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.capitalised = [w[:1].isupper() for w in words]
        self.upper = [w.upper() for w in words]
        self.before: list[int | None] = []
        last: int | None = None  # the last capitalised word of the current run
        for i, word in enumerate(words):
            self.before.append(last)
            if self.capitalised[i]:
                last = i
            elif word not in JOINERS:
                last = None

    def letters(self, end: int) -> frozenset[str]:
        """The letters (in capitals) of the capitalised words of the run ending on `end` that the longest
        abbreviation's window holds (twice `LETTERS[1]` words): an abbreviation with another is spelled by none."""
        first, held, i = end + 1 - 2 * LETTERS[1], set(self.upper[end]), self.before[end]
        while i is not None and i >= first:
            held.update(self.upper[i])
            i = self.before[i]
        return frozenset(held)


def _expansion(read: _Words, end: int, abbreviation: str) -> int | None:
    """Where the shortest run of words ending on `end` opens that `abbreviation` spells (`_spells`): capitalised
    words and joiners, opening and ending on a capitalised word, within twice the abbreviation's length of words;
    the last word's initial must be the abbreviation's last letter (letters from inside a word count only before
    it: "Rijksinstituut" gives R and I). Read backwards: `spelled` holds where in the abbreviation the
    capitalised words read so far can begin to spell its end."""
    letters = abbreviation
    if letters[-1] != read.words[end][:1].upper():
        return None
    first = max(0, end + 1 - 2 * len(letters))  # the window's first word
    spelled, count, i = {len(letters)}, 0, end
    while i is not None and i >= first:
        count += 1
        if count > len(letters):
            return None
        spelled = _spells(letters, read.upper[i], spelled)
        if not spelled:
            return None  # no longer run spells it either: its last words would have to
        if count > 1 and 0 in spelled:
            return i
        i = read.before[i]
    return None


def _spells(letters: str, word: str, spelled: set[int]) -> set[int]:
    """Where in `letters` `word` (in capitals) can begin so that it, then the words after it, spell the rest:
    the word gives the next letter by its initial, and maybe more by letters inside it in order
    ("Rijksinstituut" gives the R and the I of RIVM); the words after it begin at one of `spelled`."""
    out = set()
    for start in range(len(letters)):
        if letters[start] != word[0]:
            continue
        pos, take = 1, start + 1  # the word gives letters[start:take]
        while True:
            if take in spelled:
                out.add(start)
                break
            if take == len(letters):
                break
            found = word.find(letters[take], pos)
            if found < 0:
                break
            pos, take = found + 1, take + 1
    return out

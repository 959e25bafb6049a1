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
    is the abbreviation's last letter (`_expansion`), so each capitalised word is tried only against those."""
    out = dict(names)
    words = _WORD.findall(text)
    by_last: dict[str, list[str]] = {}  # an abbreviation's last letter -> the abbreviations (a run ends on it)
    for abbreviation in dict.fromkeys(w for w in words if w.isupper() and LETTERS[0] <= len(w) <= LETTERS[1]):
        if sum(map(len, by_last.values())) >= MAX_ABBREVIATIONS:
            break
        by_last.setdefault(abbreviation[-1], []).append(abbreviation)
    if not by_last:
        return out
    for end, word in enumerate(words):
        if word[:1].isupper() and not word.isupper():
            for abbreviation in by_last.get(word[0].upper(), ()):
                name = _expansion(words[max(0, end + 1 - 2 * len(abbreviation)) : end + 1], abbreviation)
                if name:
                    out.setdefault(name.lower(), name)
    return out


def _expansion(words: list[str], abbreviation: str) -> str | None:
    """The shortest run of `words`' last words, capitalised words and joiners, that opens and ends on a
    capitalised word and that `abbreviation` spells (`_spells`); the last word's initial must be the
    abbreviation's last letter (letters from inside a word count only before it: "Rijksinstituut" gives R and I)."""
    letters = abbreviation
    if not words or letters[-1] != words[-1][:1].upper():
        return None
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[:1].isupper():
            capitalised = [w.upper() for w in words[i:] if w[:1].isupper()]
            if len(capitalised) > len(letters):
                return None
            if len(capitalised) > 1 and _spells(letters, capitalised):
                return " ".join("en" if w == "&" else w for w in words[i:])
        elif word not in JOINERS:
            return None
    return None


def _spells(letters: str, words: list[str]) -> bool:
    """Each word gives the next letter of `letters` by its initial, and maybe more by letters inside it in
    order ("Rijksinstituut" gives the R and the I of RIVM), and together they give all of them."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    word, pos = words[0], 1
    for take in range(1, len(letters) + 1):  # the word gives letters[:take]
        if take > 1:
            found = word.find(letters[take - 1], pos)
            if found < 0:
                return False
            pos = found + 1
        if _spells(letters[take:], words[1:]):
            return True
    return False

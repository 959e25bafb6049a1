"""Stage 2 — segment: Dutch sentence segmentation of one paragraph.

Built on syntok (``syntok.segmenter``) plus a small Dutch layer:

1. Candidate boundaries are found with one regex: a run of terminal punctuation
   (``. ! ? …``), optionally followed by closing quotes/brackets, then whitespace.
   A boundary is only ever placed at the start of the next non-whitespace token, so every
   sentence is an exact, stripped substring of the paragraph and nothing is lost or invented.
2. Each candidate is decided by Dutch rules (abbreviations, titles, initials, ``'s``-words,
   numbers, URLs, quotes, ellipses).  When the Dutch rules have no opinion, syntok's
   decision at that position is used.
3. An embedded-tweet footer (``— Name (@handle) 10 februari 2022``) ends a unit even without
   terminal punctuation: when more text follows it, a boundary is placed there too.
4. syntok boundaries that are not candidates (after ``;``, inside tokens, around brackets) are
   dropped: Dutch news text does not end sentences there.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from syntok.segmenter import segment as _syntok_segment
from syntok.tokenizer import Tokenizer as _SyntokTokenizer

# Bumped whenever the rules change where sentences break: part of every brief's cache key.
SEGMENTER_VERSION = 3

__all__ = ["sentence_spans", "split_sentences"]

# --------------------------------------------------------------------------------------------
# Vocabulary (all keys without the final period; matched as written, or with the first letter
# lowercased when the word is capitalised, e.g. sentence-initial "Bijv." or "Dr.").
# --------------------------------------------------------------------------------------------

_TITLES = frozenset(
    [
        "dr",
        "drs",
        "prof",
        "mr",
        "mrs",
        "ms",
        "mevr",
        "mw",
        "mej",
        "mvr",
        "dhr",
        "hr",
        "ir",
        "ing",
        "ds",
        "mgr",
        "st",
        "sr",
        "zr",
        "br",
        "fa",
        "bc",
        "kol",
        "Gen",
        "lt",
        "luit",
        "kapt",
        "burg",
        "weth",
        "sen",
        "rep",
        "gov",
        "capt",
        "sgt",
        "col",
        "rev",
        "hon",
        "pt",
    ]
)
"""Titles that stand before a name: never end a sentence."""

_CONTINUING = frozenset(
    [
        "bijv",
        "bv",
        "b.v",
        "o.a",
        "d.w.z",
        "m.b.t",
        "i.p.v",
        "t.a.v",
        "t.o.v",
        "i.v.m",
        "m.u.v",
        "n.a.v",
        "m.i.v",
        "t.b.v",
        "i.c.m",
        "i.s.m",
        "o.m",
        "m.n",
        "o.l.v",
        "i.o.v",
        "t.g.v",
        "t.h.v",
        "o.b.v",
        "a.h.w",
        "i.h.a",
        "z.i",
        "m.i",
        "d.i",
        "t.w",
        "e.g",
        "i.e",
        "m.m.v",
        "a.d",
        "v.d",
        "vs",
        "ca",
        "nr",
        "nrs",
        "blz",
        "pag",
        "p",
        "art",
        "zgn",
        "z.g",
        "resp",
        "evt",
        "incl",
        "excl",
        "vgl",
        "cf",
        "afb",
        "fig",
        "tel",
        "gem",
        "prov",
        "ong",
        "plm",
        "vnl",
        "hfst",
        "par",
        "afd",
        "alg",
        "bijz",
        "dir",
        "secr",
        "penn",
        "vz",
        "approx",
        "max",
        "t.m",
        "no",
    ]
)
"""Abbreviations that need a continuation (a number, a name, a noun): do not split after them."""

_COMPOUND_SUFFIXES = frozenset({"nr", "nrs", "blz"}) & _CONTINUING
"""Vowel-less continuing keys that also end productive compounds: "parketnr.", "telefoonnr.",
"registratienrs.", "KvK-nr.".  No Dutch word ends in such a consonant cluster, so a word ending
in one is that abbreviation.  ("bv" is left out: "holding-bv." can end a sentence.)"""

_MAY_END = frozenset(
    [
        "enz",
        "etc",
        "e.d",
        "e.a",
        "e.v",
        "e.o",
        "jl",
        "a.s",
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "v.Chr",
        "n.Chr",
        "o.i.d",
        "n.v.t",
        "t.z.t",
        "z.s.m",
        "a.u.b",
        "s.v.p",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "u",
        "B.V",
        "N.V",
        "BV",
        "NV",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
    ]
)
"""Abbreviations that often end a sentence: split before a capital, not before a number."""

_QUANTITIES = frozenset(["mln", "mld", "mrd", "mio"])
"""Quantity abbreviations ("1,1 mln."): they may end a sentence, but a capital after them is
usually a plural noun or adjective ("mln. Nederlanders", "mld. Amerikaanse dollar"), so they
split only before a sentence starter ("12 mln. Het verlies …")."""

_LOWERCASE_ONLY = frozenset({"max", "min", "art", "gem", "co", "jan", "p", "u"})
"""Keys that are also (capitalised) first names or words: only match when written lowercase."""

_MULTI_LETTER_INITIALS = frozenset({"Th", "Ph", "Ch", "Chr", "Joh", "Jac", "Wm", "IJ"})
"""Dutch initials written with more than one letter ("Th. Jansen", "Chr. de Vries")."""

_SENTENCE_STARTERS = frozenset(
    [
        "De",
        "Het",
        "Een",
        "Dit",
        "Dat",
        "Die",
        "Deze",
        "Daar",
        "Daarna",
        "Daarom",
        "Dan",
        "Toen",
        "Nu",
        "Ook",
        "Maar",
        "En",
        "Want",
        "Dus",
        "Toch",
        "Hij",
        "Zij",
        "Ze",
        "Wij",
        "We",
        "Ik",
        "Jij",
        "Je",
        "U",
        "Er",
        "Volgens",
        "In",
        "Op",
        "Bij",
        "Na",
        "Voor",
        "Met",
        "Over",
        "Tijdens",
        "Sinds",
        "Vanaf",
        "Als",
        "Wat",
        "Wie",
        "Waar",
        "Waarom",
        "Hoe",
        "Welke",
        "Niet",
        "Geen",
        "Alle",
        "Veel",
        "Zo",
        "Nog",
        "Wel",
        "Daarmee",
        "Daarbij",
        "Daarvan",
        "Daardoor",
        "Hierdoor",
        "Hiermee",
        "Bovendien",
        "Verder",
        "Eerder",
        "Later",
        "Inmiddels",
        "Intussen",
        "Ondertussen",
        "Vorig",
        "Vorige",
        "Zelfs",
        "Vooral",
        "Uit",
        "Tot",
        "Om",
        "Onder",
        "Door",
    ]
)
"""Function words that start sentences; after a lone capital initial or a quantity abbreviation
("mln.") they signal a real end."""

# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_CLOSERS = "\"'’”“‘»›)]"
_CANDIDATE = re.compile(  # possessive quantifiers: linear time even on long punctuation runs
    r"(?<![.!?…])(?P<term>[.!?…]++)(?P<close>[" + re.escape(_CLOSERS) + r"]*+)"
    r"(?:\s++(?P<detached>''|’’|[’”»])(?=\s))?\s++(?=\S)"
)
"""Terminal run, closers, an optional detached closing quote ("de enige. '' Daarna"), space."""
_ALNUM = re.compile(r"[^\W_]")
_APOSTROPHE_WORD = re.compile(r"[’'‘`][st](?P<sep>[\s-]++)(?P<next>\S)")
_PLAIN_WORD = re.compile(r"[^\W_]+(?:[-'’&][^\W_]+)*")
_NUMERIC = re.compile(r"[-+±~≈<>€$£]*\d[\d.,:/\-]*(?:%|°C?|[^\W\d_]{1,3})?")
_URLISH = re.compile(r"\S*(?:://|www\.|@|/)\S*|\S+\.(?:[a-z]{2,6})(?:/\S*)?")
_ELLIPSIS = re.compile(r"…|\.\.\.+")
_LINK_START = re.compile(r"https?://|www\.|pic\.twitter\.com/|t\.co/", re.IGNORECASE)
"""A link after a sentence end starts a new unit (the media link closing an embedded tweet)."""
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d[,:;]?")
"""A bare year: the one kind of number that often starts a Dutch sentence ("2023 werd …")."""
_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"
_TWEET_FOOTER = re.compile(
    r"[—–-]\s*+[^()\n]{1,60}?\(@\w{1,15}\)\s++\d{1,2}\s++(?i:"
    + "|".join(_MONTHS.split())
    + r")\s++\d{4}(?!\d)\s++(?=\S)"
)
"""Embedded-tweet footer: dash, name, (@handle), day, Dutch month, year; then more text."""


class _Kind(Enum):
    """What the text right after a candidate boundary starts with."""

    LOWER = "lower"
    UPPER = "upper"
    DIGIT = "digit"
    NONE = "none"


class _Candidate(NamedTuple):
    """A potential boundary: terminal run, closers, the word it ends, and what follows."""

    boundary: int
    terminal: str
    closers: str
    word: str
    previous_word: str
    next_kind: _Kind
    next_word: str
    at_paragraph_start: bool


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (no blank lines inside) into sentences.

    Every returned sentence is a whitespace-stripped, non-empty, exact substring of
    `paragraph`, in order, non-overlapping; joining them with single spaces equals the
    paragraph with whitespace runs collapsed (nothing lost, nothing invented).
    Returns [] for whitespace-only input.
    """
    return [paragraph[start:end] for start, end in sentence_spans(paragraph)]


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each sentence in `paragraph` (stripped, in order)."""
    if not paragraph or paragraph.isspace():
        return []
    starts = [_first_non_space(paragraph, 0), *_boundaries(paragraph)]
    ends = [*starts[1:], len(paragraph)]
    return [(start, _strip_end(paragraph, start, end)) for start, end in zip(starts, ends)]


# --------------------------------------------------------------------------------------------
# Boundary selection
# --------------------------------------------------------------------------------------------


def _boundaries(paragraph: str) -> list[int]:
    """Offsets where a new sentence starts (excluding the first sentence)."""
    syntok: set[int] | None = None
    chosen: set[int] = set()
    for candidate in _candidates(paragraph):
        decision = _decide(candidate)
        if decision is None:
            if syntok is None:
                syntok = _syntok_boundaries(paragraph)
            decision = candidate.boundary in syntok
        if decision:
            chosen.add(candidate.boundary)
    chosen.update(_tweet_footer_boundaries(paragraph))
    return sorted(chosen)


def _tweet_footer_boundaries(paragraph: str) -> list[int]:
    """Starts of text that directly follows a tweet footer ("(@TeamNL) 10 februari 2022 Het")."""
    if "(@" not in paragraph:
        return []
    return [
        match.end()
        for match in _TWEET_FOOTER.finditer(paragraph)
        if _next_kind(paragraph, match.end()) is not _Kind.LOWER
    ]


def _candidates(paragraph: str) -> list[_Candidate]:
    """All terminal-punctuation positions followed by whitespace and more text."""
    found = []
    first = _first_non_space(paragraph, 0)
    for match in _CANDIDATE.finditer(paragraph):
        word_start = _word_start(paragraph, match.start("term"))
        previous_start = _word_start(paragraph, _last_non_space(paragraph, word_start))
        found.append(
            _Candidate(
                boundary=match.end(),
                terminal=match.group("term"),
                closers=match.group("close") + (match.group("detached") or ""),
                word=paragraph[word_start : match.start("term")],
                previous_word=paragraph[previous_start:word_start].strip(),
                next_kind=_next_kind(paragraph, match.end()),
                next_word=_next_word(paragraph, match.end()),
                at_paragraph_start=word_start == first,
            )
        )
    return found


def _decide(c: _Candidate) -> bool | None:
    """True = split, False = keep together, None = let syntok decide."""
    if c.next_kind is _Kind.LOWER:
        return False  # "‘Waarom?’ vroeg hij.", "ca. 's middags", "… het verder"
    if _ELLIPSIS.search(c.terminal) and not c.terminal.strip(".…"):
        return _decide_ellipsis(c)
    if c.next_kind is _Kind.NONE:
        return None if "!" in c.terminal or "?" in c.terminal or c.closers else _decide_period(c)
    if "!" in c.terminal or "?" in c.terminal or c.closers:
        return True  # "… pakken?” De …", "‘… op tafel.’ Vroeg in de week …"
    return _decide_period(c)


def _decide_ellipsis(c: _Candidate) -> bool | None:
    """An ellipsis ends a sentence when attached to a word and followed by a capital."""
    if not _core(c.word) or c.word.endswith(("(", "[")):
        return False  # "… ‘(…) Nederland …’" and a free-standing " … " mark an omission
    return True if c.next_kind is _Kind.UPPER else None


def _decide_period(c: _Candidate) -> bool | None:
    """Decide a plain "." boundary from the word it ends."""
    word = _core(c.word)
    kind = c.next_kind
    if not word:
        return None
    if _is_key(word, _TITLES) or _is_key(word, _CONTINUING) or _is_compound_key(word):
        return False
    if _is_key(word, _MAY_END):
        return kind is _Kind.UPPER if kind is not _Kind.NONE else None
    if _is_key(word, _QUANTITIES):
        return kind is _Kind.UPPER and _next_is_starter(c) if kind is not _Kind.NONE else None
    if word in ("min", "Min"):
        return kind is _Kind.UPPER and bool(_NUMERIC.fullmatch(c.previous_word))
    if _is_initials(word):
        return kind is _Kind.UPPER and _next_is_starter(c)
    if _NUMERIC.fullmatch(word):
        return _decide_after_number(c, word)
    if _URLISH.fullmatch(word):
        return True if kind is not _Kind.NONE else None
    plain = word.lstrip("°#§+*~^")
    if _is_plain_word(plain):
        if kind is _Kind.DIGIT and not plain.isupper() and _looks_abbreviated(plain):
            # A short unknown word or a street name + "." + number is an abbreviation ("afl. 3",
            # "Dorpsstr. 12"), except before a year ("… gevierd. 2023 werd …"); a full word
            # before a number ends its sentence ("… het leven. 23 mensen raakten gewond.").
            return bool(_YEAR.fullmatch(c.next_word))
        return True if kind is not _Kind.NONE else None
    return None


def _looks_abbreviated(word: str) -> bool:
    """'afl', 'ged', 'Stationsstr': short, or a street-name abbreviation."""
    return len(word) <= 4 or word.lower().endswith("str")


def _decide_after_number(c: _Candidate, word: str) -> bool | None:
    """ "130.000. Daarna" splits; "1. De eerste" (a list marker at the start) does not."""
    if c.at_paragraph_start and word.isdigit() and len(word) <= 2:
        return False
    if c.next_kind is _Kind.UPPER:
        return True
    return None


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _syntok_boundaries(paragraph: str) -> set[int]:
    """Start offsets of syntok's sentences (all but the first) in `paragraph`."""
    tokens = _SyntokTokenizer(replace_not_contraction=False).tokenize(paragraph)
    starts: set[int] = set()
    try:
        for sentence in _syntok_segment(tokens):
            first = next((token for token in sentence if token.value), None)
            if first is not None:
                starts.add(first.offset)
    except (IndexError, ValueError, RuntimeError, AssertionError):  # pragma: no cover - defensive
        return set()
    return starts


def _next_kind(text: str, position: int) -> _Kind:
    """Classify the start of the text at `position` (opening quotes/brackets skipped)."""
    if _LINK_START.match(text, position):
        return _Kind.UPPER  # "… borders. pic.twitter.com/dAP2nkrXfK — Name (@handle) …"
    apostrophe = _APOSTROPHE_WORD.match(text, position)
    if apostrophe:  # "'s middags" → lower; "'s Avonds", "'s-Hertogenbosch" → upper
        nxt = apostrophe.group("next")
        if "-" in apostrophe.group("sep") or nxt.isupper():
            return _Kind.UPPER
        return _Kind.LOWER if nxt.islower() else _Kind.NONE
    token = _next_word(text, position)
    char = _ALNUM.search(token)
    for _ in range(2):  # a dash, bullet or detached opener: look at the word after it
        if char is not None:
            break
        position = _first_non_space(text, position + len(token))
        token = _next_word(text, position)
        char = _ALNUM.search(token)
    if char is None:
        return _Kind.NONE
    letter = char.group()
    if letter.isdigit():
        return _Kind.DIGIT
    rest = token[char.end() :]
    if letter.islower() and rest[:1].isupper():
        return _Kind.UPPER  # "iPhone", "eBay"
    return _Kind.LOWER if letter.islower() else _Kind.UPPER if letter.isupper() else _Kind.NONE


def _next_word(text: str, position: int) -> str:
    end = position
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[position:end]


def _is_key(word: str, keys: frozenset[str]) -> bool:
    """Match `word` against an abbreviation set, allowing a capitalised first letter."""
    if word in keys:
        return True
    lowered = word[:1].lower() + word[1:]
    return lowered != word and lowered in keys and lowered not in _LOWERCASE_ONLY


def _is_compound_key(word: str) -> bool:
    """ "parketnr", "Telefoonnr", "huisnrs", "KvK-nr": a compound ending in nr, nrs or blz."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail in _COMPOUND_SUFFIXES:
        return True
    if not word.isalpha() or not word[1:].islower():
        return False
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 2 for suffix in _COMPOUND_SUFFIXES)


def _next_is_starter(c: _Candidate) -> bool:
    """The word after the candidate is a common sentence-initial function word ("Het", "Daarna")."""
    return _core(c.next_word).rstrip(",;:") in _SENTENCE_STARTERS


def _is_plain_word(word: str) -> bool:
    """A normal word with at least one letter ("collega’s", "Navo-top", "VS", "COVID-19")."""
    return bool(_PLAIN_WORD.fullmatch(word)) and any(ch.isalpha() for ch in word)


def _is_initials(word: str) -> bool:
    """ "J", "J.P", "A.J.M", "J.-P", "Th" (the final period already removed)."""
    parts = [part.removeprefix("-") for part in word.split(".")]
    return all((len(part) == 1 and part.isupper()) or part in _MULTI_LETTER_INITIALS for part in parts)


def _core(word: str) -> str:
    """`word` without opening quotes/brackets in front and closing ones behind."""
    return word.lstrip("(\"'‘“„«‹[").rstrip("\"'’”»›)]")


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _last_non_space(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _first_non_space(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

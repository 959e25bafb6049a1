"""Deciding one candidate sentence boundary with the Dutch rules of `pipeline.text.dutch_rules`.

`decide` answers True (split), False (keep together) or None (no opinion: the segmenter then asks
syntok).  The candidate carries everything the rules look at, so they are pure functions.
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from pipeline.text import dutch_rules as rules


class Kind(Enum):
    """What the text right after a candidate boundary starts with."""

    LOWER = "lower"
    UPPER = "upper"
    DIGIT = "digit"
    NONE = "none"


class Candidate(NamedTuple):
    """A potential boundary: terminal run, closers, the word it ends, and what follows."""

    boundary: int
    terminal: str
    closers: str
    word: str
    previous_word: str
    next_kind: Kind
    next_word: str
    at_paragraph_start: bool
    quote_lead: str | None = None
    """The word before the opening quote of a short quoted exclamation/question ending here."""
    glued: bool = False
    """No space between the terminal and the next word ("weer.Geert")."""
    numbers_list: bool = False
    """The word is a bare number numbering an inline list item ("klein: 1. Charles Leclerc")."""


def decide(c: Candidate) -> bool | None:
    """True = split, False = keep together, None = no opinion (let syntok decide)."""
    if c.next_kind is Kind.LOWER:
        return False  # "‘Waarom?’ vroeg hij.", "ca. 's middags", "… het verder"
    if rules.ELLIPSIS.search(c.terminal) and not c.terminal.strip(".…"):
        return _decide_ellipsis(c)
    exclaims = "!" in c.terminal or "?" in c.terminal
    if c.next_kind is Kind.NONE:
        return None if exclaims or c.closers else _decide_period(c)
    if exclaims and _continues_name(c):
        return False  # "John ‘order!’ Bercow"
    if exclaims or c.closers:
        return True  # "… pakken?” De …", "‘… op tafel.’ Vroeg in de week …"
    return _decide_period(c)


def _continues_name(c: Candidate) -> bool:
    """A short quoted exclamation between two parts of a name ("John ‘order!’ Bercow")."""
    lead = c.quote_lead
    if not lead or not lead.isalpha() or not lead[:1].isupper() or lead in rules.SENTENCE_STARTERS:
        return False  # "Schoof: ‘Nooit!’ Oppositieleider …" introduces a quotation
    return c.next_kind is Kind.UPPER and not is_starter(c.next_word)


def _decide_ellipsis(c: Candidate) -> bool | None:
    """An ellipsis ends a sentence when attached to a word and followed by a capital."""
    if not core(c.word) or c.word.endswith(("(", "[")):
        return False  # "… ‘(…) Nederland …’" and a free-standing " … " mark an omission
    return True if c.next_kind is Kind.UPPER else None


def _decide_period(c: Candidate) -> bool | None:
    """Decide a plain "." boundary from the word it ends."""
    word = core(c.word)
    if not word:
        return None
    keyed = _decide_abbreviation(c, word)
    if keyed is not None:
        return keyed
    if rules.NUMERIC.fullmatch(word):
        return _decide_after_number(c, word)
    if rules.URLISH.fullmatch(word):
        return True if c.next_kind is not Kind.NONE else None
    plain = word.lstrip("°#§+*~^")
    if _is_plain_word(plain):
        if c.next_kind is Kind.DIGIT and not plain.isupper() and _looks_abbreviated(plain):
            # A short unknown word or a street name + "." + number is an abbreviation ("afl. 3",
            # "Dorpsstr. 12"), except before a year ("… gevierd. 2023 werd …"); a full word
            # before a number ends its sentence ("… het leven. 23 mensen raakten gewond.").
            return bool(rules.YEAR.fullmatch(c.next_word))
        return True if c.next_kind is not Kind.NONE else None
    return None


def _decide_abbreviation(c: Candidate, word: str) -> bool | None:
    """The vocabulary rules; None when `word` is no known abbreviation or initial."""
    kind = c.next_kind
    if kind is Kind.NONE and (is_key(word, rules.MAY_END) or is_key(word, rules.ENDS_BEFORE_STARTER)):
        return None
    if word in rules.LEAD_INS:
        return False
    if (is_key(word, rules.NEED_NUMBER) or _is_compound_key(word)) and is_starter(c.next_word):
        return kind is Kind.UPPER
    if is_key(word, rules.TITLES) or is_key(word, rules.CONTINUING) or _is_compound_key(word):
        return False
    if is_key(word, rules.MAY_END):
        return kind is Kind.UPPER
    if is_key(word, rules.ENDS_BEFORE_STARTER):
        if kind is not Kind.UPPER:
            return False
        after_number = bool(rules.NUMERIC.fullmatch(c.previous_word)) and word.lower() == "min"
        return after_number or is_starter(c.next_word) or c.previous_word.lower() in rules.DETERMINERS
    if _is_initials(word):
        return kind is Kind.UPPER and is_starter(c.next_word)
    return None


def _looks_abbreviated(word: str) -> bool:
    """'afl', 'ged', 'Stationsstr': short, or a street-name abbreviation."""
    return len(word) <= 4 or word.lower().endswith("str")


def _decide_after_number(c: Candidate, word: str) -> bool | None:
    """ "130.000. Daarna" splits; list and ranking numbers ("1. De eerste", "138. Gijs Brouwer",
    "klein: 1. Charles Leclerc, 2. Lando Norris") and ordinals ("de 2. Bundesliga") do not."""
    if word.isdigit() and (c.at_paragraph_start or c.numbers_list):
        return False
    if rules.LIST_NUMBER.fullmatch(word) and c.previous_word.lower() in rules.DETERMINERS:
        return False
    if c.next_kind is Kind.UPPER:
        return True
    return None


def is_key(word: str, keys: frozenset[str]) -> bool:
    """Match `word` against an abbreviation set, allowing a capitalised first letter."""
    if word in keys:
        return True
    lowered = word[:1].lower() + word[1:]
    return lowered != word and lowered in keys and lowered not in rules.LOWERCASE_ONLY


def _is_compound_key(word: str) -> bool:
    """ "parketnr", "Telefoonnr", "huisnrs", "KvK-nr": a compound ending in nr, nrs or blz."""
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail in rules.COMPOUND_SUFFIXES:
        return True
    if not word.isalpha() or not word[1:].islower():
        return False
    return any(word.endswith(suffix) and len(word) - len(suffix) >= 2 for suffix in rules.COMPOUND_SUFFIXES)


def is_starter(word: str) -> bool:
    """`word` is a common sentence-initial function word or time adverb ("Het", "Gisteren")."""
    return core(word).rstrip(",;:") in rules.SENTENCE_STARTERS


def _is_plain_word(word: str) -> bool:
    """A normal word with at least one letter ("collega’s", "Navo-top", "VS", "COVID-19")."""
    return bool(rules.PLAIN_WORD.fullmatch(word)) and any(ch.isalpha() for ch in word)


def _is_initials(word: str) -> bool:
    """ "J", "J.P", "A.J.M", "J.-P", "Th" (the final period already removed)."""
    parts = [part.removeprefix("-") for part in word.split(".")]
    return all((len(part) == 1 and part.isupper()) or part in rules.MULTI_LETTER_INITIALS for part in parts)


def core(word: str) -> str:
    """`word` without opening quotes/brackets in front and closing ones behind."""
    return word.lstrip(rules.OPENERS).rstrip(rules.CLOSERS.replace("“‘", ""))

"""Number and name fidelity: every number of a Dutch sentence must appear in its English
translation in its English form, and every name the English should keep must be there.

Both sides are reduced to canonical keys: 127.000 and 127,000 are ("num", "127000"); 3,5 miljoen
and 3.5 million are ("num", "3500000"); 12 februari and February 12th are ("date", 12, 2);
20.00 uur and 8 p.m. are ("time", 20, 0); 7-5 is ("pair", 7, 5). A Dutch number copied unchanged
into the English ("127.000", an English reader's 127) does not count as kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.document import Fidelity, FidelityIssue, TranslatedBlock
from pipeline.quality.names import missing_names, name_mentions
from pipeline.text.dutch_rules import ENGLISH_MONTHS, MONTHS

Key = tuple[object, ...]

_MONTH_EN = {name: i + 1 for i, name in enumerate(ENGLISH_MONTHS)} | {
    name[:3]: i + 1 for i, name in enumerate(ENGLISH_MONTHS) if name != "may"
}
_MULT_NL = {"duizend": 10**3, "miljoen": 10**6, "mln": 10**6, "miljard": 10**9, "mld": 10**9, "biljoen": 10**12}
_MULT_EN = {"thousand": 10**3, "million": 10**6, "mln": 10**6, "m": 10**6, "mn": 10**6, "billion": 10**9}
_MULT_EN |= {"bn": 10**9, "trillion": 10**12}
_WORDS_EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS_EN = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

_EDGE = r"(?<![\w@/#])"  # not inside a word, handle, hashtag or address
_END = r"(?![\w/])"
_NL_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+"
_NL = re.compile(
    rf"{_EDGE}(?:(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(MONTHS)})\b"
    rf"|(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?!\d|[.,]\d)"
    rf"|(?P<a>\d+)\s?[-–]\s?(?P<b>\d+){_END}"
    rf"|(?P<number>{_NL_NUMBER})(?:e|ste|de)?(?:\s*(?P<mult>{'|'.join(_MULT_NL)})\b)?{_END})",
    re.IGNORECASE,
)
_EN_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_DATE = re.compile(  # a pass of its own: "from 10 to 20 February" is a range and a date
    rf"{_EDGE}(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{'|'.join(_MONTH_EN)})\b\.?"
    rf"|(?P<month2>{'|'.join(_MONTH_EN)})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{_END})",
    re.IGNORECASE,
)
_EN = re.compile(
    rf"{_EDGE}(?:(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    rf"|(?P<hour24>[01]?\d|2[0-3])[:.h](?P<minute24>[0-5]\d)(?![\d,]|\.\d)"
    rf"|(?P<clock>\d{{1,2}})\s+o['’]clock"
    rf"|(?P<a>\d+)\s?(?:[-–—]|\s+to\s+)\s?(?P<b>\d+){_END}"
    rf"|(?P<number>{_EN_NUMBER})(?:st|nd|rd|th|s)?(?:\s*(?P<mult>{'|'.join(_MULT_EN)})\b)?{_END}"
    rf"|(?P<word>\b(?:{'|'.join(_WORDS_EN + list(_TENS_EN))})\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """A number as the Dutch writes it, and the keys of which any one satisfies it in the English."""

    text: str
    alternatives: tuple[frozenset[Key], ...]  # satisfied when all keys of one alternative are present


@dataclass(frozen=True)
class SentenceCheck:
    numbers: tuple[Mention, ...]
    missing_numbers: tuple[str, ...]
    names: tuple[str, ...]
    missing_names: tuple[str, ...]


def _num(value: Decimal) -> Key:
    return ("num", format(value.normalize(), "f"))


def _decimal(text: str, thousands: str, decimal: str) -> Decimal | None:
    try:
        return Decimal(text.replace(thousands, "").replace(decimal, "."))
    except InvalidOperation:
        return None


def _number_keys(value: Decimal | None, mult: str | None, table: dict[str, int]) -> frozenset[Key]:
    if value is None:
        return frozenset()
    if mult:
        return frozenset({_num(value * table[mult.lower()])})
    return frozenset({_num(value)})


def dutch_numbers(text: str) -> list[Mention]:
    """The numbers of a Dutch text (dates, clock times, scores and ranges, amounts with miljoen/miljard…)."""
    found: list[Mention] = []
    for match in _NL.finditer(text):
        groups = match.groupdict()
        if groups["day"]:
            month = MONTHS.index(groups["month"].lower()) + 1
            found.append(Mention(match.group(0), (frozenset({("date", int(groups["day"]), month)}),)))
        elif groups["hour"]:
            found.append(Mention(match.group(0), (frozenset({("time", int(groups["hour"]), int(groups["minute"]))}),)))
        elif groups["a"]:
            a, b = int(groups["a"]), int(groups["b"])
            found.append(Mention(match.group(0), (frozenset({("pair", a, b)}),)))  # a score: order matters
        else:
            number = groups["number"]
            value = _decimal(number, ".", ",") if "," in number or re.search(r"\.\d{3}\b", number) else None
            value = value if value is not None else _decimal(number, "\0", ".")
            keys = _number_keys(value, groups["mult"], _MULT_NL)
            if keys:
                found.append(Mention(match.group(0), (keys,)))
    return found


def english_keys(text: str) -> set[Key]:
    """Every canonical key the English text offers (a time also offers its hour as a number, etc.)."""
    keys: set[Key] = set()
    for match in _EN_DATE.finditer(text):
        g = match.groupdict()
        day = int(g["day"] or g["day2"])
        keys |= {("date", day, _english_month(g["month"] or g["month2"])), _num(Decimal(day))}
    for match in _EN.finditer(text):
        g = match.groupdict()
        if g["hour"]:
            hour, minute = int(g["hour"]) % 12, int(g["minute"] or 0)
            hour += 12 if g["half"].lower() == "p" else 0
            keys |= {("time", hour, minute), _num(Decimal(g["hour"]))}
        elif g["hour24"]:
            hour, minute = int(g["hour24"]), int(g["minute24"])
            keys |= {("time", hour, minute), ("time", (hour + 12) % 24, minute)}
            keys |= _number_keys(_decimal(match.group(0).replace(":", ".").replace("h", "."), ",", "."), None, {})
        elif g["clock"]:
            hour = int(g["clock"])
            keys |= {("time", hour % 24, 0), ("time", (hour + 12) % 24, 0), _num(Decimal(hour))}
        elif g["a"]:
            a, b = int(g["a"]), int(g["b"])
            keys |= {("pair", a, b), _num(Decimal(a)), _num(Decimal(b))}
        elif g["number"]:
            value = _decimal(g["number"], ",", "\0")
            keys |= _number_keys(value, g["mult"], _MULT_EN) | _number_keys(value, None, {})
        else:
            word = g["word"].lower()
            keys.add(_num(Decimal(_TENS_EN.get(word, _WORDS_EN.index(word) if word in _WORDS_EN else 0))))
    return keys


def _english_month(name: str) -> int:
    name = name.lower()
    return _MONTH_EN.get(name) or _MONTH_EN[name[:3]]


def check_sentence(dutch: str, english: str) -> SentenceCheck:
    numbers = tuple(dutch_numbers(dutch))
    offered = english_keys(english)
    missing = tuple(m.text for m in numbers if not any(alt <= offered for alt in m.alternatives))
    names = tuple(name_mentions(dutch))
    return SentenceCheck(numbers, missing, names, tuple(missing_names(names, english)))


def check_translation(blocks: Sequence[TranslatedBlock]) -> Fidelity:
    """The fidelity of every translated sentence of an article (sentences passed through
    untranslated — no letters — are not checked: they are the Dutch as written)."""
    issues: list[FidelityIssue] = []
    counts = [0, 0, 0, 0]
    for block in blocks:
        for number, sentence in enumerate(block.sentences):
            if sentence.text == sentence.source:
                continue
            check = check_sentence(sentence.source, sentence.text)
            counts = _add(counts, check)
            if check.missing_numbers or check.missing_names:
                issues.append(FidelityIssue(block.index, number, check.missing_numbers, check.missing_names))
    return Fidelity(*counts, issues=tuple(issues))


def _add(counts: list[int], check: SentenceCheck) -> list[int]:
    return [
        counts[0] + len(check.numbers),
        counts[1] + len(check.missing_numbers),
        counts[2] + len(check.names),
        counts[3] + len(check.missing_names),
    ]

"""The repetition guard: does a translation repeat a phrase more than a writer would, and did a
retry keep the source's numbers? (pipeline.translate retries what this finds.)

Numbers are whole words ("1,000,000,000", "1.000.000"), punctuation is no word, laughter and
interjections may repeat, and a refrain of the source may be translated as it stands.
"""

from __future__ import annotations

import re

# Words for the repetition guard: a number with its separators is one word ("1,000,000,000"),
# punctuation is no word ("ha, ha, ha" repeats "ha").
_GUARD_WORD = re.compile(r"\d+(?:[.,:\u00a0\u202f ]\d{3})*(?:[.,:]\d+)?|[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
_NUMBER = re.compile(r"\d+(?:[.,:\u00a0\u202f]\d+)*")
# Words people repeat on purpose: laughter, chants, interjections.
_REPEATABLE = frozenset(
    [
        "ha",
        "haha",
        "hah",
        "he",
        "hee",
        "hi",
        "hihi",
        "ho",
        "hoho",
        "hey",
        "la",
        "na",
        "no",
        "nee",
        "ja",
        "yes",
        "yeah",
        "ok",
        "bla",
        "blah",
        "boo",
        "go",
        "hup",
        "hip",
        "hoera",
        "hurray",
        "oh",
        "ah",
        "wow",
        "tick",
        "tock",
        "knock",
        "bye",
        "dag",
        "doei",
        "please",
        "sorry",
        "toe",
        "tsjoe",
        "woof",
        "ding",
        "dong",
        "bang",
        "boom",
        "clap",
        "olé",
        "ole",
    ]
)


def has_runaway_repetition(text: str, *, source: str | None = None, max_ngram: int = 8) -> bool:
    """True when some phrase of 1..max_ngram words repeats back to back more than a writer would:
    a single word 4+ times, a longer phrase 3+ times ("the the the the", "in the city in the city
    in the city") — and more often than in `source` (a refrain or chant translated as it stands).
    Numbers are whole words and never a repeated phrase on their own ("1,000,000,000", "20 20 20"),
    punctuation is no word, and laughter or interjections may repeat ("Ha ha ha ha", "no, no, no, no")."""
    found = _longest_run(text, max_ngram)
    if found is None:
        return False
    return source is None or found > (_longest_run(source, max_ngram) or 1)


def _longest_run(text: str, max_ngram: int) -> int | None:
    """How many times the most repeated phrase repeats back to back, if past the thresholds."""
    words = [w.lower() for w in _GUARD_WORD.findall(text)]
    longest: int | None = None
    for n in range(1, max_ngram + 1):
        needed = 4 if n == 1 else 3
        for start in range(0, len(words) - n * needed + 1):
            gram = words[start : start + n]
            if all(w[0].isdigit() for w in gram) or (n == 1 and gram[0] in _REPEATABLE):
                continue
            runs = 1
            while words[start + runs * n : start + (runs + 1) * n] == gram:
                runs += 1
            if runs >= needed:
                longest = max(longest or 0, runs)
    return longest


def numbers_in(text: str) -> list[str]:
    """The digits of every number in `text`, separators dropped ("1.000.000" and "1,000,000" -> "1000000")."""
    return [re.sub(r"\D", "", m.group(0)) for m in _NUMBER.finditer(text)]


def keeps_numbers(source: str, output: str) -> bool:
    """Every number of the source appears in the output with the same digits (a retry that altered
    or dropped one is not accepted). "3,5" -> "3.5" and "1.439" -> "1,439" keep their digits."""
    produced = numbers_in(output)
    return all(number in produced for number in numbers_in(source))

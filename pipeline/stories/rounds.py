"""Rounds of a competition held over several days: a stage of a tour ("de negentiende etappe", "19e rit",
"Etappe 5"), a round of a tournament ("derde ronde", "tweederondepartij"), a match day of a league
("speelronde 3"). Each is an event of its own, as two matches are: the stage of Thursday and the stage of
Friday share the tour, its riders, its jersey and most words, and are two stories.

A mark `round:<n>` gives the round an article reports: the rounds its headline names, else those of the first
sentence of its lead that names one (the lead's later rounds are background: "Pinot stapte tijdens de 19e etappe
af. Hij raakte donderdag in de 18e etappe geblesseerd" reports the 19th). Two articles whose rounds differ are two
events (`clash`). The words are data: the units (`UNITS`), the ordinals written out (`ORDINALS`); a unit of a longer word
("Alpenetappe": the first Alpine stage, not stage 1) is no round, nor one counting wins ("haar vierde etappezege",
`WINS`: her fourth stage win, in the tenth stage)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.stories.mark_kinds import apart, of_kind

UNITS = ("ronde", "etappe", "rit", "speeldag", "speelronde")
_FIRST_NINETEEN = (
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde",
    "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
)  # fmt: skip
_FIRST_NINE = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TENS = {"twintigste": 20, "dertigste": 30}


def _ordinals() -> dict[str, int]:
    """The Dutch ordinals written out, first to thirty-ninth ("eenentwintigste", "tweeëntwintigste")."""
    out = {w: i + 1 for i, w in enumerate(_FIRST_NINETEEN)}
    for tens_word, tens in _TENS.items():
        out[tens_word] = tens
        for i, unit in enumerate(_FIRST_NINE, 1):
            joint = "ën" if unit.endswith("e") else "en"  # "drieëntwintigste", "vierentwintigste"
            out[unit + joint + tens_word] = tens + i
    return out


ORDINALS = _ordinals()
# a unit these words go on with counts wins ("haar vierde etappezege", "zijn tweede ritzege": how many, not which)
WINS = ("zege", "overwinning", "winst")
_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# the words before a tournament's round that say it was reached by winning the one before: a report of the first
# round's match says "doorgedrongen tot de tweede ronde" ("Bertens overleeft eerste ronde" tells the same match)
REACHED = (
    "door naar",
    "naar",
    "doorgedrongen tot",
    "geplaatst voor",
    "plaatst zich voor",
    "plaatste zich voor",
    "staat in",
)
# ... or after it, reached or not: "slaagde er niet in de derde ronde te bereiken" tells the second round's loss;
# not a round "in" which something is reached ("In de tweede ronde bereikt hij zijn niveau niet": that round's match)
REACHED_AFTER = ("te bereiken", "bereikt", "te halen", "gehaald")
_CUES = "|".join(r"\s+".join(cue.split()) for cue in REACHED)
_CUES_AFTER = "|".join(r"\s+".join(cue.split()) for cue in REACHED_AFTER)
_REACHED = re.compile(
    rf"\b(?:(?:{_CUES})\s+(?:de\s+)?(?:({_WORDS})\s?ronde|(\d{{1,2}})e\s?ronde)"
    rf"|(?<!\bin de )(?<!\bin )(?:({_WORDS})\s?ronde|(\d{{1,2}})e\s?ronde)\s+(?:{_CUES_AFTER}))\b",
    re.IGNORECASE,
)


def _rounds(units: tuple[str, ...]) -> re.Pattern[str]:
    unit = rf"(?:{'|'.join(units)})(?!{'|'.join(WINS)})"
    return re.compile(rf"\b(?:({_WORDS})\s?{unit}|(\d{{1,2}})e\s?{unit}|{unit}\s(\d{{1,2}})\b)", re.IGNORECASE)


ROUND = _rounds(UNITS)


def named(text: str, pattern: re.Pattern[str] = ROUND) -> list[int]:
    """The rounds the text names, in the order it names them."""
    return [ORDINALS[word.lower()] if word else int(digits or after) for word, digits, after in pattern.findall(text)]


def marks(title: str, lead: str) -> frozenset[str]:
    """`round:<n>` for each round the headline names, else each the lead's first sentence naming one names
    ("na de eerste ronde door naar de tweede ronde": both, one match seen from before and after); a round of a
    tournament reached (`REACHED`: "is doorgedrongen tot de tweede ronde") gives the round won to reach it too (one
    stage of a tour told by two riders is one race: `fixture`)."""
    for sentence in (title, *_SENTENCE_END.split(lead)):
        if rounds := named(sentence):
            won = [n - 1 for n in reached(sentence) if n > 1]
            return frozenset(f"round:{n}" for n in (*rounds, *won))
    return frozenset()


def reached(text: str) -> list[int]:
    """The rounds of a tournament the text says were reached, or aimed at ("door naar de tweede ronde", "de derde
    ronde te bereiken")."""
    return [
        ORDINALS[(word or after_word).lower()] if word or after_word else int(digits or after_digits)
        for word, digits, after_word, after_digits in _REACHED.findall(text)
    ]


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both report rounds, and none is the same: two stages, two rounds of a tournament."""
    return apart(article, story, "round")


def raced(marks: Iterable[str], day: date) -> frozenset[str]:
    """`raced:<day>` for an article that reports a round (`marks`), published on `day`."""
    return frozenset([f"raced:{day.isoformat()}"]) if of_kind(marks, "round") else frozenset()


def next_day(marks: Iterable[str], day: date, dates: Iterable[date], story: Iterable[str]) -> bool:
    """The article (`marks`, published on `day`, naming `dates`) names no round, the story's rounds were all
    raced before `day`, and the article names none of their days: another day of the competition."""
    if of_kind(marks, "round"):
        return False
    run = {date.fromisoformat(d) for d in of_kind(story, "raced")}
    return bool(run) and max(run) < day and not run.intersection(dates)

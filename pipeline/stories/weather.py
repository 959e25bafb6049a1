"""Weather warnings: the agency's warning of a storm on Monday and of ice on Thursday open alike ("Het
KNMI heeft code oranje afgegeven voor de provincies Zeeland en Zuid-Holland vanwege ...") and share
their provinces and advice; what they warn of tells the two events apart.

A sentence of the headline or lead that gives a code ("code geel", "code oranje", "code rood") and
names a kind of weather (`KINDS`: "windstoten" is wind, "ijzel" and "gladheid" ice) gives a mark
`weather:<kind>`. Two warnings with kinds, none shared, are two events (`clash`); the storm's warnings
of wind and of rain in one story share the wind.

A forecast (the headline or lead gives a temperature, "tot 29 graden", and names the heat or cold:
`FORECAST_WORDS`) is about the day it is written on: it gives a mark `forecast:<day>`, and forecasts of
different days are different stories ("zomers warm, vandaag 29 graden" on Tuesday, "zwaar onweer na
30 graden" on Wednesday) though they share all their words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.stories.mark_kinds import apart
from pipeline.text.dutch_rules import LETTER_WORD

# a kind of weather and the words (or heads of compounds: "sneeuwval", "onweersbuien") that name it
KINDS: dict[str, tuple[str, ...]] = {
    "wind": ("wind", "windstoten", "storm", "orkaan"),
    "ice": ("ijzel", "gladheid", "glad", "sneeuw", "sneeuwval", "sneeuwbuien", "bevriezing", "vorst", "ijs"),
    "heat": ("hitte", "warmte", "hittegolf"),
    "rain": ("regen", "neerslag", "onweer", "onweersbuien", "hagel", "buien", "wateroverlast"),
    "fog": ("mist",),
}
_WORD_KIND = {word: kind for kind, words in KINDS.items() for word in words}
_CODE = re.compile(r"\bcode (?:geel|oranje|rood)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# words of heat and cold that make a text giving degrees a forecast ("een draai van 180 graden" is none)
FORECAST_WORDS = frozenset(
    [
        "warm",
        "warmer",
        "warmst",
        "warmte",
        "heet",
        "heter",
        "hitte",
        "hittegolf",
        "tropisch",
        "tropische",
        "zomers",
        "zomerse",
        "koud",
        "kouder",
        "kou",
        "vorst",
        "temperatuur",
        "temperaturen",
        "kwik",
        "weerman",
        "weervrouw",
        "meteoroloog",
        "weerplaza",
        "meteogroup",
        "weeronline",
    ]
)
_DEGREES = re.compile(r"-?\d+ graden\b", re.IGNORECASE)


def marks(title: str, lead: str) -> frozenset[str]:
    """`weather:<kind>` for each kind a sentence with a code names (the headline and its lead read as one
    where the headline gives the code and the lead the weather)."""
    sentences = [title + " " + lead.split(".")[0], *_SENTENCE.split(lead)]
    out = set()
    for sentence in sentences:
        if _CODE.search(sentence):
            out |= {f"weather:{_WORD_KIND[w]}" for w in LETTER_WORD.findall(sentence.lower()) if w in _WORD_KIND}
    return frozenset(out)


def forecast(title: str, lead: str, day: date) -> frozenset[str]:
    """`forecast:<day>` when the headline or lead gives degrees and names the heat or cold."""
    text = title + "\n" + lead
    if _DEGREES.search(text) and FORECAST_WORDS & set(LETTER_WORD.findall(text.lower())):
        return frozenset({f"forecast:{day.isoformat()}"})
    return frozenset()


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """Both warn of kinds of weather and share none, or both forecast and share no day."""
    article, story = set(article), set(story)
    return apart(article, story, "weather") or apart(article, story, "forecast")

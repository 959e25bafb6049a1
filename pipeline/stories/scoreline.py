"""A goal told live by the two countries that play (`keys`): "Gnabry schiet Duitsers op 1-0" over "Serge Gnabry
bezorgt Duitsland een 1-0 voorsprong tegen Nederland", "Malen scoort ... door voor de 2-3 te tekenen tegen Duitsland"
under "... bij Oranje". Such items write no pair of sides (`sides`: "Duitsland-Nederland") and no match word before
"tegen" (`fixture._against_country`), yet a score beside the names of two countries says which match they are about:
the national teams' match, `fixture:<country>|<country>`, the key of its report and its reactions (`fixture`).

Only where the headline or the lead's first sentence writes a score and names exactly two countries: by name
(`lexicon.COUNTRIES`), by a national team's nickname ("Oranje", `sides.SIDE_ALIASES`) or by a people's word whose
country is found ("Duitsers", "de Duitse verdediger": a country beginning with the word's first letters). A people's
word whose country is not found ("Zweedse", "Noren") may be a third side, and a youth team ("Jong Oranje") is no
national team: then no key."""

from __future__ import annotations

import re

from pipeline.stories.demonyms import DEMONYMS
from pipeline.stories.lexicon import COUNTRIES
from pipeline.stories.sides import SIDE_ALIASES

# a match score, as `events` reads one (not a decimal, a date or a time)
_SCORE = re.compile(r"(?<![\d.,:/-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d:/-])(?![.,]\d)")
_NAME = re.compile(r"\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)?")  # a capitalised word, or two ("Verenigde Staten")
_YOUTH = re.compile(r"\bJong [A-Z]")  # "Jong Oranje", "Jong Duitsland"
_STEM = 4  # a people's word and its country share their first letters: "Duitse", "Duitsland"


def keys(title: str, lead: str) -> set[tuple[str, str]]:
    """The sorted pair of countries a score beside their names in `title` and `lead` sets against each other (see
    the module), or none."""
    text = title + " " + lead
    if not any(int(a) <= 15 and int(b) <= 15 for a, b in _SCORE.findall(text)) or _YOUTH.search(text):
        return set()
    sides: set[str] = set()
    for found in _NAME.findall(text):
        side = _side(found.lower())
        if side is None:
            return set()  # a people whose country is not found: maybe a third side
        sides |= side
    if len(sides) != 2:
        return set()
    a, b = sorted(sides)
    return {(a, b)}


def _side(name: str) -> set[str] | None:
    """The country a capitalised name (of one or two words) names: {} for none, None for a people's word whose
    country is not found."""
    if name in COUNTRIES or name in SIDE_ALIASES:
        return {SIDE_ALIASES.get(name, name)}
    words = name.split(" ")
    if len(words) == 2:
        first, second = _side(words[0]), _side(words[1])
        if first is None or second is None:
            return None
        return first | second
    if name in SIDE_ALIASES:
        return {SIDE_ALIASES[name]}
    if name in DEMONYMS:
        country = [c for c in COUNTRIES if " " not in c and c[:_STEM] == name[:_STEM]]
        return set(country) if len(country) == 1 else None
    return set()

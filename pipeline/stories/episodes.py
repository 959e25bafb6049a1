"""Episodes of a series: two items whose headlines are the same but for a date, a time or an episode
number ("Nieuwsuur 25-07-2019 22:00" and "Nieuwsuur 26-07-2019 22:00", "Weerbericht 14 augustus", "Het
journaal van 8 uur", "Column 12", "Podcast #34") are two broadcasts or instalments of one programme: a
series is a topic, not an event, however much of its headline and its one-line body they share.

The headline's variable parts (`VARIABLE`: a date, a time of day, a number after an episode word) are cut
out; what remains, lower-cased, is the series, at most `SERIES_WORDS` words (a programme's name, not a
news headline that gives a time: "Brand in Moerdijk om 14.00 uur onder controle"), and the parts are the
episode: the mark `episode:<series>|<episode>`. Two headlines of one series and other episodes clash
(`clash`); the same headline (two wire copies, a repeat) does not. A headline of a developing story
(`DEVELOPING`: "Brand Moerdijk: dag 2", "Update 14:00: ...") is no episode: its parts are one event's
steps, and a bare number ("Dodental stijgt naar 21") is no episode number either."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.stories.mark_kinds import of_kind
from pipeline.text.dutch_rules import DAY_MONTH, LETTER_WORD

KIND = "episode"
SERIES_WORDS = 4  # a series' name left after cutting out the episode's parts has at most this many words
# words that make an episode number of the number after them ("aflevering 3", "afl. 3", "#34", "Column 12")
EPISODE_WORDS = ("aflevering", "afl", "episode", "editie", "uitzending", "column", "podcast", "nummer", "nr")
# words of a developing story's headline: its parts are one event's steps, not a series' episodes ...
DEVELOPING = frozenset(["update", "live", "liveblog", "blog", "stand", "nieuw", "nieuwe", "laatste"])
_STEP = re.compile(r"\b(?:dag|deel)\s+\d", re.IGNORECASE)  # ... and its count of days or parts: "dag 2", "deel 3"
HOUR_AFTER = ("van", "om")  # the words before an hour of the clock that ends a headline ("van 8 uur")
VARIABLE = (  # the parts of a headline that tell one episode from the next, each a regular expression
    r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b",  # a date in figures: "25-07-2019", "25/7/19"
    DAY_MONTH + r"(?:\s+\d{4}\b)?",  # a day and a month: "14 augustus", "3 sept. 2019"
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?:\s*uur\b)?",  # a time of day: "22:00", "8.30 uur"
    # ... the hour ending the headline after "van" or "om" ("Het journaal van 8 uur"): not a duration ("24 uur
    # controle", "Gijzeling Ede duurt al 14 uur": one hostage-taking's hours, a developing story)
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in HOUR_AFTER) + r")(?:[01]?\d|2[0-3])\s*uur$",
    rf"(?:#\s?|\b(?:{'|'.join(EPISODE_WORDS)})\.?\s*#?\s*)\d{{1,4}}\b",  # an episode number: "#34", "aflevering 3"
)
_VARIABLE = re.compile("|".join(f"(?:{p})" for p in VARIABLE), re.IGNORECASE)
_EPISODE_WORD = re.compile(rf"^(?:{'|'.join(EPISODE_WORDS)})\.?\s*#?\s*", re.IGNORECASE)


def marks(title: str) -> frozenset[str]:
    """The headline's episode mark (`episode:<series>|<episode>`), or none: no variable part, a developing
    story's headline, or more than `SERIES_WORDS` words besides (a news headline)."""
    parts = [m.group() for m in _VARIABLE.finditer(title)]
    if not parts or _STEP.search(title):
        return frozenset()
    rest = LETTER_WORD.findall(_VARIABLE.sub(" ", title).lower())
    # an episode word stays part of the series' name ("Column 12" is of the series "column")
    words = [_EPISODE_WORD.match(p) for p in parts]
    rest += [w.group().strip(" .#").lower() for w in words if w]
    if not rest or len(rest) > SERIES_WORDS or DEVELOPING & set(rest):
        return frozenset()
    episode = " ".join(re.sub(r"\s+", " ", _EPISODE_WORD.sub("", p)).strip(" #").lower() for p in parts)
    return frozenset([f"{KIND}:{' '.join(rest)}|{episode}"])


def clash(article: Iterable[str], story: Iterable[str]) -> bool:
    """The article is an episode of a series the story holds other episodes of, not its own."""
    mine = {tuple(v.split("|", 1)) for v in of_kind(article, KIND)}
    theirs = {tuple(v.split("|", 1)) for v in of_kind(story, KIND)}
    return any(s == t and e != f for s, e in mine for t, f in theirs) and not mine & theirs

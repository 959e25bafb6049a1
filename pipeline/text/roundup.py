"""A news round-up's opening frame (page_rules.ROUNDUP_*): the presenter's greeting, today's date and "this is
the news in Zeeland", set aside as "greeting" when it makes a whole edge paragraph of the text — or (site51) the
first sentences of the text's first paragraph, the news going on after them: a greeting that welcomes to a named
programme ("Goedemiddag en welkom bij het Journaal Noord."), the catch-up question, the programme's schedule in its
own voice and the outlet's own rubric named to the reader, each beside a greeting, the date or the question —
and (site51b, `self_frame`, in any paragraph) a programme describing itself in the outlet's voice ("X is het
programma waarin we u …"), what the reader gets from it and who presents it after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import page_rules as rules
from pipeline.text import patterns

_GREETING = re.compile(rules.ROUNDUP_GREETING, re.IGNORECASE)
_DATE = re.compile(rules.ROUNDUP_DATE, re.IGNORECASE)
_NEWS = re.compile(rules.ROUNDUP_NEWS, re.IGNORECASE)
_WELCOME = re.compile(rules.ROUNDUP_WELCOME, re.IGNORECASE)
_CATCH_UP = re.compile(rules.ROUNDUP_CATCH_UP, re.IGNORECASE)
_ROUTINE_DAY = re.compile(rules.ROUNDUP_ROUTINE_DAY, re.IGNORECASE)
_ROUTINE_VOICE = re.compile(rules.ROUNDUP_ROUTINE_VOICE, re.IGNORECASE)
_ROUTINE_MEDIUM = re.compile(rules.ROUNDUP_ROUTINE_MEDIUM, re.IGNORECASE)
_OWN_RUBRIC = re.compile(rules.ROUNDUP_OWN_RUBRIC, re.IGNORECASE)
_SELF = re.compile(rules.ROUNDUP_SELF, re.IGNORECASE)
_HERE = re.compile(rules.ROUNDUP_HERE, re.IGNORECASE)
_PRESENTER = re.compile(rules.ROUNDUP_PRESENTER, re.IGNORECASE)


def _announces(sentence: str) -> bool:
    if _NEWS.match(sentence):
        return True
    dated = _DATE.match(sentence)
    return bool(dated and dated["news"] and _NEWS.match(dated["news"].strip() + "."))


def _routine(sentence: str) -> bool:
    """The programme's schedule in its own voice: every day, we or you, and the news or the programme."""
    return (
        patterns.word_count(sentence) <= rules.ROUNDUP_ROUTINE_MAX_WORDS
        and bool(_ROUTINE_DAY.search(sentence) and _ROUTINE_VOICE.search(sentence))
        and bool(_ROUTINE_MEDIUM.search(sentence))
    )


def _opens(sentence: str) -> bool:
    """A sentence that opens the frame: a greeting, today's date, or the question whether the reader missed the news."""
    return bool(
        _GREETING.match(sentence)
        or _DATE.match(sentence)
        or _WELCOME.match(sentence)
        or _CATCH_UP.match(sentence)
        or _SELF.match(sentence)
    )


def _frames(sentence: str) -> bool:
    """A sentence that says what the round-up is: the news announced, a welcome, the schedule, the own rubric."""
    return (
        _announces(sentence)
        or bool(_WELCOME.match(sentence) or _OWN_RUBRIC.search(sentence) or _SELF.match(sentence))
        or bool(_HERE.match(sentence) or _PRESENTER.match(sentence))
        or _routine(sentence)
    )


def _frame(sentences: Sequence[str]) -> bool:
    if not sentences or not all(_opens(s) or _frames(s) for s in sentences):
        return False
    return any(_opens(s) for s in sentences) and any(_frames(s) for s in sentences)


def roundup_frame(sentences: Sequence[str]) -> int:
    """How many of the paragraph's first sentences make the frame (0: none): the whole paragraph as
    `roundup_opening` reads it, or its first sentences, every one a greeting, the date, a welcome, the catch-up
    question or saying what the round-up is — one opening it, one saying what it is, one of site51's shapes."""
    stripped = [" ".join(s.split()) for s in sentences]
    if roundup_opening(stripped):
        return len(stripped)
    run = 0
    while run < len(stripped) and (_opens(stripped[run]) or _frames(stripped[run])):
        run += 1
    return next((k for k in range(run, 0, -1) if _frame(stripped[:k]) and _new_frame(stripped[:k])), 0)


def self_frame(sentences: Sequence[str]) -> int:
    """(site51b) Anywhere in the text: how many of the paragraph's first sentences make the frame when the first is
    the format describing itself in the outlet's voice (page_rules.ROUNDUP_SELF) — it, and the frame's sentences
    after it (0: the first is no such sentence)."""
    stripped = [" ".join(s.split()) for s in sentences]
    if not stripped or not _SELF.match(stripped[0]):
        return 0
    run = 1
    while run < len(stripped) and (_opens(stripped[run]) or _frames(stripped[run])):
        run += 1
    return run


def _new_frame(sentences: Sequence[str]) -> bool:
    """A frame cut from the paragraph's start holds one of site51's shapes (not only the old greeting and date over
    an announcement, which must make the whole paragraph: "Goedemorgen! Het is 4 maart. Dit is het nieuws" and
    the news after it stays as it was)."""
    return any(
        _WELCOME.match(s) or _CATCH_UP.match(s) or _OWN_RUBRIC.search(s) or _SELF.match(s) or _routine(s)
        for s in sentences
    )


def roundup_opening(sentences: Sequence[str]) -> bool:
    """Every sentence is a greeting, today's date or an announcement of the news; one announces it and one greets
    or gives the date (the date and the announcement may share a sentence: "Het is 3 maart en dit is het nieuws")."""
    stripped = [" ".join(s.split()) for s in sentences]
    if not stripped or not any(_announces(s) for s in stripped):
        return False
    if not any(_GREETING.match(s) or _DATE.match(s) for s in stripped):
        return False
    return all(_GREETING.match(s) or _DATE.match(s) or _announces(s) for s in stripped)

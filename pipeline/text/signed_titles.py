"""The author's byline run into the headline's line (issue 21, head45): a page saved as text with the title and the
byline under it on one line — "Nieuwe brug over de IJssel geopend Door Jan Peeters" (the capital of "Door" mid-line),
"… geopend door Jan Peeters 12 maart 2024" (a date or a time after the name, or a date line right under it), "… geopendJan Peeters" (the name glued
to the title's last word, no space between, that word in lower case; never a brand written so: "easyJet", GLUED_BRANDS). The headline keeps the title; the byline goes on its own line under it.
A title of fewer than TITLE_MIN_WORDS words (before "door" in lower case; before "Door" any: "FLEET 84 Door Jan
Peeters", head49), or one saying what was done by whom ("Brug geopend door Jan Peeters",
no date after it), stays whole.
(head47) With a date line right under it, a name alone closing the line — a first name and a surname, capitalised,
no "door" before them: "Politie zet extra middelen in tegen inbrakengolf in Aalst Koen Baten" (HLN) — is the byline
when neither of its words is found in the article's text below (a person the title names is in the text: "Ajax
ontslaat Erik ten Hag") and the word before it goes on to no name ("… in Den Haag").
(head49) A paper's desk closing the line is its byline too: "… bekend De wielerredactie" (DESK); "De redactie"
only over a date line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.dutch_rules import ANY_MONTH_GROUP, LINE_CONTINUES, PLACE_OPENERS, WEEKDAY_GROUP

TITLE_MIN_WORDS = 4
BYLINE_MAX_WORDS = 12  # "door" and a name, a date and a time
LINE_MAX_WORDS = 50  # a headline's words and its byline's
LINE_MAX_CHARS = 400
_NAME = r"(?-i:[A-ZÀ-Ý][\w'’-]+)(?: (?:van|de|der|den|ter|ten|vanden|vander|le|la|du|di|da|von|'t))*(?: (?-i:[A-ZÀ-Ý][\w'’-]+)){1,2}"
# a date or a time right after the name ("12 maart 2024, 10:32", "• 12/03/24", "12-03-24", "10:32"), not any number:
# "… ingehuldigd door Koning Filip, 120 jaar na de brand" says by whom
_DATE_OR_TIME = rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+{ANY_MONTH_GROUP}|\d{{1,2}}:\d{{2}})(?!\w)"
_STAMP = rf"[\s,•·|–-]+(?:{WEEKDAY_GROUP},?\s+)?{_DATE_OR_TIME}[^\n]*"
SIGNED = re.compile(
    rf"^(?P<title>.*?[^\s:|•·–-])\s+(?P<byline>(?-i:Door) {_NAME}(?:{_STAMP})?|(?-i:door) {_NAME}{_STAMP})$"
)
# a paper's desk closing the line instead of a name (head49): "… Belgium Tour bekend De wielerredactie" (HLN), a
# compound on "redactie" ("De sportredactie"); plain "De redactie" only with a date line right under it (never
# "… aan de Redactie": a title naming the newsroom, site40)
DESK = re.compile(r"^(?P<title>.*?[^\s:|•·–-])\s+(?P<byline>(?-i:De) (?-i:[a-zà-ÿ]{3,}redactie))$")
DESK_BEFORE_DATE = re.compile(r"^(?P<title>.*?[^\s:|•·–-])\s+(?P<byline>(?-i:De [a-zà-ÿ]*redactie))$")
# "door" and a name closing the line, the date split from it already (a date line, a stamp set aside, right under it)
SIGNED_BEFORE_DATE = re.compile(rf"^(?P<title>.*?[^\s:|•·–-])\s+(?P<byline>(?-i:door) {_NAME})$")
_DATE_UNDER = (BlockKind.DATELINE, BlockKind.SITE_TEXT)
# a first name and a surname closing the line, nothing before them (head47): checked against the text below
_CAPITAL = r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)"
NAMED = re.compile(
    rf"^(?P<title>.*?[^\s:|•·–-])\s+(?P<byline>{_CAPITAL}(?: (?:van|de|der|den|ter|ten|vanden|vander|'t))* {_CAPITAL})$"
)
_WORD = re.compile(r"\w+")
# the title's last word all in lower case, four letters or more: "geopendJan Peeters" — not "iPhone", "deSingel", "PowerPoint"
GLUED = re.compile(rf"^(?P<title>.*?(?:^|\s)(?-i:[a-zà-ÿ]{{4,}}))(?P<byline>{_NAME}(?:{_STAMP})?)$")
# names written lower-upper as one word whose lower part GLUED could take (four letters or more; "iPhone", "eBay",
# "deSingel" it never takes): "… staking bij easyJet Schiphol" is no title glued to "Jet Schiphol"
GLUED_BRANDS = frozenset(b.casefold() for b in ("easyJet", "easyHotel", "easyCar", "easyBus", "smartWings"))


def signed_headline(blocks: Sequence[Block]) -> list[Block]:
    """The headline split from the byline run into its line (see the module docstring)."""
    out = list(blocks)
    index = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), None)
    if index is None or "\n" in out[index].text:
        return out
    # the first block under it, past a table's bar set aside from its line (title_frames: 'layout')
    below = next((b for b in out[index + 1 :] if b.reason != "layout"), None)
    dated = (
        below is not None
        and below.kind in _DATE_UNDER
        and (below.kind is BlockKind.DATELINE or below.reason == "stamp")
    )
    split = signed_title(out[index].text.strip(), dated=dated)
    if split is None and dated:
        split = named_title(out[index].text.strip(), out[index + 1 :])
    if split is None:
        return out
    title, byline = split
    out[index : index + 1] = [Block(BlockKind.HEADLINE, title), Block(BlockKind.BYLINE, byline)]
    return out


def signed_title(line: str, *, dated: bool = False) -> tuple[str, str] | None:
    """(title, byline) of a line holding both, else None; `dated`: a date line right under it."""
    if patterns.word_count(line) > LINE_MAX_WORDS or len(line) > LINE_MAX_CHARS:
        return None  # no headline's length: never matched (and the patterns stay linear on a long line)
    match = SIGNED.match(line) or _glued(line) or DESK.match(line)
    match = match or (SIGNED_BEFORE_DATE.match(line) or DESK_BEFORE_DATE.match(line) if dated else None)
    if match is None:
        return None
    title, byline = match.group("title").strip(), match.group("byline").strip()
    capital = byline.startswith("Door ")  # "Door" mid-line: a byline after a title of any length (head49)
    if (
        patterns.word_count(title) < (1 if capital else TITLE_MIN_WORDS)
        or patterns.word_count(byline) > BYLINE_MAX_WORDS
    ):
        return None
    return title, byline


def _glued(line: str) -> re.Match[str] | None:
    """GLUED's match, unless the word it cuts is a brand's (GLUED_BRANDS)."""
    match = GLUED.match(line)
    if match is None:
        return None
    word = match.group("title").split()[-1] + match.group("byline").split()[0]
    return None if word.strip(".,:;!?'’\"").casefold() in GLUED_BRANDS else match


def named_title(line: str, below: Sequence[Block]) -> tuple[str, str] | None:
    """(title, byline) of a dated line closed by an author's name alone (see the module docstring), else None."""
    if patterns.word_count(line) > LINE_MAX_WORDS or len(line) > LINE_MAX_CHARS or not (match := NAMED.match(line)):
        return None
    title, byline = match.group("title").strip(), match.group("byline").strip()
    names = {w.casefold() for w in byline.split() if w[:1].isupper()}
    if patterns.word_count(title) < TITLE_MIN_WORDS or title.split()[-1].casefold() in LINE_CONTINUES:
        return None
    if names & LINE_CONTINUES or byline.split()[0].casefold() in PLACE_OPENERS:
        return None  # "… Het Laatste Nieuws": an article opens no name; "… Den Bosch": a place ('s-Hertogenbosch below)
    text = {w.casefold() for b in below if b.kind is not BlockKind.SITE_TEXT for w in _WORD.findall(b.text)}
    return None if names & text else (title, byline)

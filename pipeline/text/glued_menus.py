"""A site's menu whose items a scraper glued together without a space (issue 21, site33): it kept the text of
every element and joined them with no separator, so the items meet at a "hump" — a lower-case letter (or a figure)
followed by a capital ("HomeNieuwsPolitiekContact", "Internet en TelecomLichamelijke Integriteit"), or an
abbreviation followed by a capitalised word ("DNAVingerafdruk") — and the article's first word is glued to the last
item ("VingerafdrukDe grootste …").

menu   at a block's start, GLUED_MENU_MIN_ITEMS or more short items in a row, each ending at a hump: the span up to
       the last hump before a longer piece (the text the menu was glued to)
button a menu button's hidden text opening a block, the menu's items glued after it and the text glued to them
       ("Toggle navigationInfoDe 9-jarige …")
tail   at a block's end after a closed sentence or bracket, a few capitalised words holding two humps or more in
       words that open in lower case: links glued together ("Naar bovenNaar bovenInfo")

The menu and the tail by their shape only, no words (the button by its words): prose has a hump in a name now and
then ("YouTube", "McDonald's", two in "PvdA-GroenLinks"), never a run of them, and never after a lower-case word.
Spans are character offsets of the text.
"""

from __future__ import annotations

import re

from pipeline.text.shape_rules import GLUED_HUMP

# a lower-case letter or a figure (or a closing bracket) and a capital; or capitals and a capitalised word
HUMP = re.compile(r"(?<=[a-zà-ÿ0-9)])(?=[A-ZÀ-Ý])|(?<=[A-ZÀ-Ý])(?=[A-ZÀ-Ý][a-zà-ÿ])")
GLUED_MENU_MIN_ITEMS = 6  # fewer glued items at a block's start may be a name or a label (pipeline.text.glued_labels)
GLUED_ITEM_MAX_WORDS = 4  # "Politiek en Overheid", "IoT - Internet of Things"
GLUED_TAIL_MIN_HUMPS = 2
GLUED_TAIL_MAX_WORDS = 6
_ITEM_BREAK = re.compile(r"[.!?,;:…\"“”]")
_TAIL_AFTER = re.compile(r"[.!?…)\"”’»]$")
# a link's last word in lower case, the next link glued to it ("bovenNaar"); a name's humps are in a capitalised word
# ("GroenLinks-PvdA", "ChristenUnie", "McDonald") or after one letter ("iPhone"), never after a lower-case word
_LOWER_OPENING = re.compile(r"[a-zà-ÿ]{2}")

# the button, then at most three glued capitalised items before the capitalised word the text opens with
TOGGLE_OPENING = re.compile(
    r"^(?i:toggle (?:navigation|navigatie|menu|search|dropdown))(?:[A-ZÀ-Ý][a-zà-ÿ]+){0,3}?(?=[A-ZÀ-Ý][a-zà-ÿ'’-]*\s)"
)

# a site's menu glued into one word on a line of its own ("MarketingTribune - JournalistiekZakelijkVerkoopMedia"):
# at least this many humps after two lower-case letters in one word — a name has one or two ("PvdA-GroenLinks")
GLUED_WORD_MIN_HUMPS = 3
_WORD_HUMP = re.compile(GLUED_HUMP)

Span = tuple[int, int, str]


def toggle_opening(text: str) -> list[Span]:
    """A menu button's hidden text opening `text` with the menu's items glued to it, up to the text's first word."""
    match = TOGGLE_OPENING.match(text)
    return [(0, match.end(), "interface")] if match else []


def _item(piece: str) -> bool:
    """A menu item: a few words, the first capitalised or a figure, no sentence's punctuation."""
    words = [w for w in piece.split() if any(ch.isalnum() for ch in w)]  # not a separator ("-", "&")
    return (
        0 < len(words) <= GLUED_ITEM_MAX_WORDS
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and not _ITEM_BREAK.search(piece)
    )


def glued_word(text: str) -> bool:
    """A word of `text` is a menu's items glued together (GLUED_WORD_MIN_HUMPS humps or more): no title's."""
    return any(len(_WORD_HUMP.findall(word)) >= GLUED_WORD_MIN_HUMPS for word in text.split())


def glued_menu(text: str) -> list[Span]:
    """The glued menu opening `text`: from its start to the hump where the first longer piece begins."""
    start, items = 0, 0
    for hump in HUMP.finditer(text):
        if hump.start() - start > 0 and not _item(text[start : hump.start()]):
            break
        start, items = hump.start(), items + 1
    if items < GLUED_MENU_MIN_ITEMS:
        return []
    return [(0, len(text) if _item(text[start:]) else start, "navigation")]  # a block of menu items only: all of it


def glued_tail(text: str) -> list[Span]:
    """Links glued together closing `text` ("… (breaking) Naar bovenNaar bovenInfo"): the capitalised words after
    the last closed sentence or bracket, GLUED_TAIL_MIN_HUMPS humps or more in those of them that open with two
    lower-case letters (a party's name, "Voor stemden PvdA-GroenLinks en ChristenUnie", is no tail: review33b)."""
    tokens = _last_tokens(text, GLUED_TAIL_MAX_WORDS + 1)  # all the loop below can reach
    first = len(tokens)
    while first and not _TAIL_AFTER.search(tokens[first - 1].group()) and len(tokens) - first < GLUED_TAIL_MAX_WORDS:
        first -= 1
    if first == 0 or first == len(tokens) or not _TAIL_AFTER.search(tokens[first - 1].group()):
        return []
    tail = text[tokens[first].start() :]
    humps = sum(len(HUMP.findall(t.group())) for t in tokens[first:] if _LOWER_OPENING.match(t.group()))
    if humps < GLUED_TAIL_MIN_HUMPS or not tail[:1].isupper() or _ITEM_BREAK.search(tail):
        return []
    return [(tokens[first].start(), len(text), "navigation")]


_TOKEN = re.compile(r"\S+")


def _last_tokens(text: str, count: int) -> list[re.Match[str]]:
    """The last `count` words of `text` (all of them when it has fewer), read from a window at its end that grows
    until it holds them: not the whole text's words (a paragraph of 300,000 words is tokenised once per pass)."""
    window = 1024
    while True:
        start = max(0, len(text) - window)
        tokens = list(_TOKEN.finditer(text, start))
        if start and tokens and tokens[0].start() == start and not text[start - 1].isspace():
            tokens = tokens[1:]  # a word the window cuts
        if len(tokens) >= count or not start:
            return tokens[-count:]
        window *= 4

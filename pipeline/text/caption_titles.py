"""A headline glued to the photo caption under it on one line (issue 21, head44): a page whose scraper lost the
line break between the two, the line read as a caption (its credit closing it) and no headline found —

    Deel dit artikel:
    Het nieuws in een minuut: 9 april Emmie Suichies (80) stopt na vijftig jaar als handbalscheidsrechter
    (foto: RTV Drenthe)
    In het nieuws in een minuut van maandag 9 april: …

The caption must be the page's first block that is not site text, with running text (after its credit) under it.
A photo's credit alone is never cut ("Foto: Rick ten | Cate - tencatefotografie.nl": refused_titles.CREDIT_LINE, head50).
The line is cut where a word in small letters or a figure is followed by a capitalised word with no
punctuation between them (a sentence's start with no full stop before it): at the first such place whose word
opens sentences (dutch_rules.SENTENCE_STARTERS: "… naar spookbewoning Er zijn aan de Vuistbijl …"), else at the
only such place; with more places and no sentence opener among them (a name: "woningen Den Haag") it is not cut.
The part before is the headline (TITLE_MIN_WORDS words up to a headline's length, not closed by a word that goes
on, dutch_rules.LINE_CONTINUES: "… opent zwembad in | Kampen …", nor by an office naming the person after it,
speakers.NAME_ROLE: "… en premier | De Croo …"), the rest the caption (CAPTION_MIN_WORDS words at
least). Only the line's words before a photo credit inside it ("I Foto: Regio15") count. A limit: a name opening
with an article after a word in small letters ("… van zwembad Het Hoogeland …") is cut as a sentence's start: a
caption's sentence opening with an article and a capitalised word ("De Vlaamse regering …") has the same shape (a
guard against it cost a check set a headline, head44).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules
from pipeline.text.dutch_rules import LINE_CONTINUES, SENTENCE_STARTERS
from pipeline.text.page_edges import running_text
from pipeline.text.refused_titles import CREDIT_LINE
from pipeline.text.speakers import NAME_ROLE

TITLE_MIN_WORDS = 3
CAPTION_MIN_WORDS = 3
# a place where the two lines were glued: a word in small letters or a figure, a capitalised word after it
_GLUE = re.compile(r"(?<![^\s])[a-zà-ÿ0-9][\w-]*[a-zà-ÿ0-9]? (?=[A-ZÀ-Ý][a-zà-ÿ])")
_WORD = re.compile(r"\S+")
_CREDIT = re.compile(r"\s(?:[|I]\s+)?\(?(?:foto|beeld)(?:'s|’s)?\s*:", re.IGNORECASE)  # "I Foto: Regio15", "(foto: X)"


def caption_title(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a headline cut from the caption it is glued to (see the module docstring); unchanged when
    they have a headline, or no such caption opens them."""
    blocks = list(blocks)
    if any(b.kind is BlockKind.HEADLINE for b in blocks):
        return blocks
    index = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    if index is None or blocks[index].kind is not BlockKind.CAPTION:
        return blocks
    after = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
    if after is None or not running_text(after) or CREDIT_LINE.match(blocks[index].text.strip()):
        return blocks  # a photo's credit alone is never cut (refused_titles.CREDIT_LINE)
    if (cut := _cut(blocks[index].text)) is None:
        return blocks
    text = blocks[index].text
    title, caption = text[:cut].strip(), text[cut:].strip()
    blocks[index : index + 1] = [Block(BlockKind.HEADLINE, title), Block(BlockKind.CAPTION, caption)]
    return blocks


def _cut(text: str) -> int | None:
    """Where the headline ends in the glued line (see the module docstring), or None. One pass over the line: only
    places with a headline's length of words before them are looked at (a 100 kB line, review44)."""
    credit = _CREDIT.search(text)
    words = text[: credit.start()] if credit else text
    total, before, start, places, fitting = len(words.split()), 0, 0, 0, []
    for match in _GLUE.finditer(words):
        places += 1
        if before > opening_rules.HEADLINE_MAX_WORDS:
            continue  # counted (the only place?), no longer a title's end
        before, start = before + len(words[start : match.end()].split()), match.end()
        last = match.group().strip()
        if (
            TITLE_MIN_WORDS <= before <= opening_rules.HEADLINE_MAX_WORDS
            and total - before >= CAPTION_MIN_WORDS
            and last.casefold() not in LINE_CONTINUES  # "… zwembad in | Kampen …": no title's end
            and NAME_ROLE.fullmatch(last) is None  # "… en premier | De Croo …": an office before its holder's name
        ):
            fitting.append(match.end())
    openers = [p for p in fitting if _WORD.match(words, p).group() in SENTENCE_STARTERS]
    if openers:
        return openers[0]
    return fitting[0] if places == 1 and fitting else None

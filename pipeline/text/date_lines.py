"""A publication or edit date standing alone is the page's furniture (issue 21; tests/data/STRUCTURE_CONVENTIONS.md,
stop 51: 'a date line or relative time standing alone').

The reader reads such a line as a DATELINE block (pipeline.text.patterns.DATELINES and the rules that lean on it: a
date line is what a title stands above, a card's stamp below …). Once every rule has run, a DATELINE that holds a date
or a time — '27 september 2012 om 09:13', 'Bijgewerkt: 12:45', 'Gepubliceerd op 3 mei 2024', 'Eindhoven, 14 maart
2023', '3 days 23 hours ago' — is set aside as site text (reason DATE_LINE, listed in the brief's "Left out") where
it stands alone at the page's edge: above the article's first running text or below its last. The brief's
publication date is still read from it: pipeline.text.lede_meta.article_meta reads the first DATELINE or DATE_LINE
block (`first_date`).

Stays a DATELINE (kept out of the translation, not set aside):
- a place dateline broken off the lede ('DEN HAAG', 'HAREN'): no date, no time;
- a date among the article's text ('Update 21:05 uur' between two paragraphs; not right under the headline or its
  byline: the header's), and every date of a timeline or an agenda (two dates or more with text between them: '3
  maart 2021' / 'Eerste paal de grond in' / '9 juni 2022' …; a stamp's date, 'Update: 9 februari 2021', is none);
- a title's date prefix, broken off the headline's line ('05/07 - Brug dicht': the sets leave it in the headline);
- a day written out in full, capitalised, alone ('Zondag 2 september 2018'): a page titled by its day.

Not a date line at all: a bulletin's or a programme's title holding its date ('Omroep Zuid Nieuws, 11 juli 2024',
'Regiojournaal, dinsdag 3 maart 2024') — a name with a programme's word before the comma, standing as the page's first
block (only site text above it): the page's own headline, which pipeline.text.headline promotes (`programme_title`).
A place before the comma ('Eindhoven, 14 maart 2023'), a bare date or a stamp stays a date line in that place too.
With a heading right under it (the page's own title) it is a section's dated label, a date line too (review53).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text.dutch_rules import MONTH_NAME_GROUP, WEEKDAY_GROUP

DATE_LINE = "date_line"  # the reason of a date line set aside
# a date or a time: a digit, a relative day, or an age without a number ('een uur geleden', 'an hour ago'); not
# 'Twee jaar geleden', a heading's words
DATED = re.compile(
    r"\d|\b(vandaag|gisteren|eergisteren|zojuist|zonet|today|yesterday|just now)\b"
    r"|\b(een|an?|one) (minuut|kwartier|uur|dag|week|minute|hour|day|week) (geleden|ago)\b",
    re.IGNORECASE,
)
# a day written out in full, capitalised, nothing else — 'Zondag 2 september 2018': how a page titled by its day (an
# agenda, a day's report) names itself; a publication stamp carries a time, a label, a short form or a lower case
DAY_TITLE = re.compile(rf"[A-Z][a-z]+dag \d{{1,2}} {MONTH_NAME_GROUP} \d{{4}}")
# a stamp's word before the date ('Update: 9 februari 2021', 'Bijgewerkt op …'): an edit time, never a timeline's entry
STAMP_WORD = re.compile(
    r"^\W*(update[ds]?|bijgewerkt|gepubliceerd|geplaatst|aangepast|gewijzigd|ge[uü]pdatet|toegevoegd|laatste (update"
    r"|wijziging)|published|posted|last updated)\b",
    re.IGNORECASE,
)
# a title holding its date: a name before a comma, then the date with a weekday or not, its year or not
PROGRAMME_DATED = re.compile(
    rf"(?P<name>[^\W\d][^,\d]{{0,40}}),\s+({WEEKDAY_GROUP}\s+)?\d{{1,2}}\s+{MONTH_NAME_GROUP}(\s+\d{{4}})?",
    re.IGNORECASE,
)
# a programme's or a bulletin's word in that name, alone or closing a compound ('Nieuws', 'Regiojournaal',
# 'Weekoverzicht'): what a place's name is not ('Nieuwstadt' does not end with it)
PROGRAMME_WORD = re.compile(
    r"\w*(nieuws|journaal|bulletin|overzicht|nieuwsbrief|podcast|uitzending|editie|magazine|actueel)", re.IGNORECASE
)
TITLE_WORDS = 3  # the headline's first words, found after a date on its line: the title's date prefix
_TEXT = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.LIST, BlockKind.QUOTE, BlockKind.LIVEBLOG)
_BETWEEN_DATES = (*_TEXT, BlockKind.SUBHEADING)  # what makes two dates a timeline's


def is_date_line(block: Block) -> bool:
    """A date line the reader read (a DATELINE block) that holds a date or a time (not a day's title)."""
    text = block.text.strip()
    return block.kind is BlockKind.DATELINE and bool(DATED.search(text)) and not DAY_TITLE.fullmatch(text)


def programme_title(blocks: Sequence[Block]) -> int | None:
    """The index of a bulletin's or a programme's title holding its date ('Omroep Zuid Nieuws, 11 juli 2024'), read
    as a date line: the page's first block (only site text above it) that is a name with a programme's word, a
    comma and a date (module docstring) — None when the page opens otherwise, or when a heading stands right under it:
    the page's own title under a section's dated label ('Verkiezingsnieuws, 3 maart 2024', review53)."""
    index = next((i for i, block in enumerate(blocks) if block.kind is not BlockKind.SITE_TEXT), None)
    if index is None or blocks[index].kind is not BlockKind.DATELINE:
        return None
    below = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
    if below is not None and below.kind is BlockKind.SUBHEADING:
        return None
    dated = PROGRAMME_DATED.fullmatch(blocks[index].text.strip())
    named = dated is not None and any(PROGRAMME_WORD.fullmatch(word) for word in dated.group("name").split())
    return index if named else None


def set_aside_date_lines(blocks: Sequence[Block], source: str) -> list[Block]:
    """Every date line that holds a date or a time and stands alone at the page's edge, set aside as site text
    (reason DATE_LINE): not a date among the text or a timeline's, nor a title's date prefix (module docstring)."""
    dates = [i for i, block in enumerate(blocks) if is_date_line(block)]
    if not dates or _timeline(blocks, dates):
        return list(blocks)
    texts = [i for i, block in enumerate(blocks) if block.kind in _TEXT]
    out = list(blocks)
    titled = programme_title(blocks)  # a programme's title holding its date: no date line
    for index in (i for i in dates if i != titled):
        among_text = bool(texts) and texts[0] < index < texts[-1] and not _under_title(blocks, index)
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if not among_text and not title_prefix(blocks[index], below, source):
            out[index] = replace(blocks[index], kind=BlockKind.SITE_TEXT, reason=DATE_LINE)
    return out


def _timeline(blocks: Sequence[Block], dates: Sequence[int]) -> bool:
    """Two dates or more with text between them: a timeline's or an agenda's entries (a stamp's date is none)."""
    bare = [i for i in dates if not STAMP_WORD.match(blocks[i].text)]
    return any(
        any(b.kind in _BETWEEN_DATES for b in blocks[first + 1 : second]) for first, second in zip(bare, bare[1:])
    )


def _under_title(blocks: Sequence[Block], index: int) -> bool:
    """The date line stands in the page's header: right under the headline or its byline (site text, other date
    lines between), whatever stands above the headline (a summary's list, a kicker)."""
    above = next((b for b in reversed(blocks[:index]) if b.kind not in (BlockKind.SITE_TEXT, BlockKind.DATELINE)), None)
    return above is not None and above.kind in (BlockKind.HEADLINE, BlockKind.BYLINE)


def _words(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split())


def title_prefix(date: Block, title: Block | None, source: str) -> bool:
    """The date opens the headline's line in the source ('05/07 - Brug dicht', '29-03-2021 MEDEDELING …'): the
    title's date prefix, which the sets leave in the headline (STRUCTURE_CONVENTIONS.md, stop 38: blind52)."""
    if title is None or title.kind is not BlockKind.HEADLINE or not title.text.split():
        return False
    opening = " ".join(title.text.split()[:TITLE_WORDS])
    return re.search(rf"{_words(date.text)}[^\n\w]*{_words(opening)}", source) is not None


def first_date(blocks: Sequence[Block]) -> str | None:
    """The text of the first date line, read as a DATELINE or set aside as one: the page's publication date."""
    dated = (
        b for b in blocks if b.kind is BlockKind.DATELINE or (b.kind is BlockKind.SITE_TEXT and b.reason == DATE_LINE)
    )
    return next((b.text for b in dated), None)

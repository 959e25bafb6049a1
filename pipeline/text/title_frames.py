"""A headline's frame, by shape (issue 21, headline39; used by pipeline.text.headline): lines of a heading's shape that
are a file's or a link's, never the title, and the marks around the chosen headline that are not its words.

file_title        an image's title a CMS made of its file name, the underscores and hyphens turned to spaces ("DSC
                  4791" of DSC_4791.jpg, "VV02 Omslag 600" of VV02-Omslag-600.jpg): a camera's or a layout's code
                  first (capitals, figures perhaps), a bare number of three figures or more last (not a year)
link_arrow        a link's line closed by an arrow ("Inhoudstafel >", "Terug naar Nieuws >"): a pointer to a page
framed_headline   the chosen headline with a date in figures glued before it ("29-03-2021 Mededeling …", "05/07 -
                  Antwerpen …": a news list's date, read as the dateline), a back link's arrow glued before it
                  ("Terug naar Actualiteit >De meest …": set aside as "navigation"), or a table's bar left dangling
                  after it ("Koningsschieting 2014 |": a cell's border, no word of the title: set aside as "layout")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.site_name_tails import HEAD_MIN_WORDS

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# a date in figures: day, month and year ("29-03-2021", "5.3.21"), or day and month with a dash or a bar after it
# ("05/07 - "), not "9/11" nor "24/7" (a name, review39); the title after it opens with a capital or a quotation mark
DATE_PREFIX = re.compile(
    rf"^(?P<date>{_DAY}(?P<mark>[-/.]){_MONTH}(?P=mark)(?:\d{{4}}|\d{{2}})(?=\s)|(?!9/11\b|24/7\b){_DAY}[/.]{_MONTH}"
    r"(?=\s+[-–—|]\s))"
    r"\s*(?:[-–—|]\s+)?(?P<rest>[A-ZÀ-Ý\"“‘'].*)$",
    re.DOTALL,
)
# a back link glued before the title: a few words closed by an arrow, the title's capital right after it, no space
# between (the link's text and the title's run together: "Kosten > Baten …" with its spaces is a title's own arrow)
BACK_LINK = re.compile(r"^(?P<link>[^\s>][^>|]{0,60}?\s>)(?P<rest>[A-ZÀ-Ý\"“‘'][^>]*)$", re.DOTALL)
LINK_ARROW = re.compile(r"^[^\s«‹].{0,80}\s(?:>|»)$")  # "« Ik ben niet bang »": a quotation's marks (review39)
LINK_MAX_WORDS = 6  # a link's words before its arrow
DANGLING_BAR = re.compile(r"\s+\|+\s*$")
FILE_TITLE = re.compile(r"^(?:[A-Z]{2,5}\d*|[A-Z]+\d+[A-Z\d]*)(?: (?:[A-Z][a-z]+|\d+)){0,2} (?P<number>\d{3,})$")
_YEAR = re.compile(r"^(19|20)\d\d$")


def file_title(text: str) -> bool:
    """An image's title made of its file name (see the module docstring)."""
    line = patterns.collapse(text)
    match = FILE_TITLE.match(line)
    if match is None or _YEAR.match(match["number"]):
        return False
    # a bare code of letters and three figures is a name's jubilee ("KNVB 125", "KLM 100"; review39): a file's number
    # has four figures ("DSC 4791"), or a figure in its code or a word before it ("VV02 Omslag 600")
    return len(line.split()) > 2 or len(match["number"]) > 3 or any(c.isdigit() for c in line.split()[0])


def link_arrow(text: str) -> bool:
    """A link's line closed by an arrow, of at most LINK_MAX_WORDS words before it."""
    line = patterns.collapse(text)
    return bool(LINK_ARROW.match(line)) and patterns.word_count(line[:-1]) <= LINK_MAX_WORDS


def framed_headline(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the first headline's frame taken off it (see the module docstring)."""
    out = list(blocks)
    index = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), None)
    if index is None:
        return out
    text = out[index].text.strip()
    after: list[Block] = []
    if (bar := DANGLING_BAR.search(text)) and patterns.word_count(text[: bar.start()]) >= 1:
        text, after = text[: bar.start()], [Block(BlockKind.SITE_TEXT, bar.group().strip(), reason="layout")]
    before: list[Block] = []
    if (date := DATE_PREFIX.match(text)) and patterns.word_count(date["rest"]) >= HEAD_MIN_WORDS:
        before, text = [Block(BlockKind.DATELINE, date["date"])], date["rest"].strip()
    elif (
        (link := BACK_LINK.match(text))
        and patterns.word_count(link["link"][:-1]) <= LINK_MAX_WORDS
        and patterns.word_count(link["rest"]) >= HEAD_MIN_WORDS
    ):
        before, text = [Block(BlockKind.SITE_TEXT, link["link"], reason="navigation")], link["rest"].strip()
    if text == out[index].text.strip():
        return out
    out[index : index + 1] = [*before, Block(BlockKind.HEADLINE, text), *after]
    return out

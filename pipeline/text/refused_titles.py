"""Shapes that are never a headline (head50, issue 21), whatever the site: a page whose scraper dropped its title
shows the next heading first, and that heading is a stamp, a credit, a section's label or an interviewer's question —
taking it as the headline gives a wrong title where the page has none (pipeline.text.headline passes it over):

time line   a line of dates and times only, a stamp's word or two among them ("Vandaag, 14:56 - Update: 3 uur
            geleden", "Gisteren om 09.12", "25/07/2018 - 18:31"): a dateline
credit      a photo's credit alone ("Foto: Rick ten Cate - tencatefotografie.nl", "Beeld: ANP"): a caption
capitals    one word in capitals ("SCHIETPARTIJEN") with another such line below it: a round-up's section labels,
            subheadings (one alone over the text, "BREXIT", is the page's title in capitals; review50)
genre       a genre's word alone ("Interview", "Opinie", "Essay"): the section's label over a title dropped, a subheading
slug        one token of letters and figures joined by hyphens or underscores, three parts or more ("PC55-2025-week37"):
            a file's or an edition's code, no title (head51), a label
question    a question put to someone ("Jij mocht de schrijvers interviewen, komen er …?"), its answer in quotation
            marks under it: an interview's text, a paragraph
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.credit_rules import CREDIT_NAME, CREDIT_WORD_GROUP, PHOTO_AGENCY_GROUP, SITE_DOMAIN
from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP, vocabulary
from pipeline.text.quoted_titles import GENRE_WORDS
from pipeline.text.title_rules import TIME_UNITS

# the words a time line holds besides its figures: a day said in words, a weekday, a month, and a stamp's word
STAMP_WORDS = vocabulary(
    """
    vandaag gisteren eergisteren morgen update updated bijgewerkt laatste gepubliceerd geplaatst gewijzigd
    aangepast om uur geleden zojuist sinds op en ago
    """
)
_CLOCK = r"\d{1,2}[:.u]\d{2}(?:u|h)?"
_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,4}"
_TIME_TOKEN = re.compile(rf"^(?:{_CLOCK}|{_DATE}|{DAY_GROUP}|{MONTH_GROUP}|{TIME_UNITS})$", re.IGNORECASE)
_CLOCK_OR_AGO = re.compile(rf"\b{_CLOCK}\b|\b(geleden|zojuist|ago)\b", re.IGNORECASE)
TIME_LINE_MAX_WORDS = 12

# a credit alone: its word and colon, a name, and the photographer's site or agency after a dash or a slash
CREDIT_LINE = re.compile(
    rf"^\(?{CREDIT_WORD_GROUP}\s*:\s*(?:{CREDIT_NAME}|{PHOTO_AGENCY_GROUP})"
    rf"(?:\s*[-–—|/]\s*(?:{SITE_DOMAIN}|{CREDIT_NAME}|{PHOTO_AGENCY_GROUP}))?\)?$",
    re.IGNORECASE,
)
CAPITALS_LABEL = re.compile(r"^(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)$")
# a genre's word alone ("Interview", "Opinie", "Essay": quoted_titles.GENRE_WORDS, its GENRE_LABEL over a name): a
# label, while a title of one word is a noun of the story ("Voedselpakketten"). (One word in lower case, "waregem",
# was tried too: it cost a CHECK set a headline; figures with no letter, "6677", fired on two outlets only.)
GENRE_WORD = re.compile(rf"^(?:{GENRE_WORDS}|uitleg):?$", re.IGNORECASE)

# a slug: no space, three parts or more joined by "-" or "_", a letter and a figure among them ("COVID-19": two parts)
SLUG = re.compile(r"^(?=\S*[^\W\d_])(?=\S*\d)[^\W_]+(?:[-_][^\W_]+){2,}$")

# a question put to the one interviewed: a word addressing them, and their answer opening with a quotation mark
ADDRESS = re.compile(r"\b(jij|je|jou|jouw|jullie|u|uw)\b", re.IGNORECASE)
ANSWER_OPENING = "\"'“„‘«"


def time_line(text: str) -> bool:
    """A line of dates and times only (a clock time or a relative time among them), no word of a title."""
    words = [w.strip(",;:|·•-–—()") for w in text.split()]
    words = [w for w in words if w]
    return (
        0 < len(words) <= TIME_LINE_MAX_WORDS
        and _CLOCK_OR_AGO.search(text) is not None
        and all(w.casefold() in STAMP_WORDS or _TIME_TOKEN.match(w) for w in words)
    )


def refused_title(blocks: Sequence[Block], index: int) -> BlockKind | None:
    """The kind a headline candidate of a refused shape is given instead (the module docstring), else None."""
    text = blocks[index].text.strip()
    if time_line(text):
        return BlockKind.DATELINE
    if CREDIT_LINE.match(text):
        return BlockKind.CAPTION
    if GENRE_WORD.match(text) or SLUG.match(text) or CAPITALS_LABEL.match(text) and _labels_below(blocks, index):
        return BlockKind.SUBHEADING
    if text.endswith("?") and ADDRESS.search(text):
        after = next((b for b in blocks[index + 1 :] if b.kind is not BlockKind.SITE_TEXT), None)
        if after is not None and after.text.lstrip()[:1] in tuple(ANSWER_OPENING):  # ("" is in any string)
            return BlockKind.PARAGRAPH
    return None


def _labels_below(blocks: Sequence[Block], index: int) -> bool:
    """Another line of one word in capitals below the candidate: the round-up's next section label."""
    return any(b.kind is not BlockKind.SITE_TEXT and CAPITALS_LABEL.match(b.text.strip()) for b in blocks[index + 1 :])


def refused_headline(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a headline of a refused shape, whichever rule chose it, given that shape's kind instead."""
    blocks = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADLINE and (kind := refused_title(blocks, index)) is not None:
            blocks[index] = Block(kind, block.text)
    return blocks

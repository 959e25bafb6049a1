"""Shapes of a mainstream news page's boxes and head lines (issue 21, site42; pipeline.text.outlet_notes runs them):

titled_cards       a heading under the article's running text that is another page's title with the outlet's name
                   glued after a dash ("Buurtbewoners reageren op brand - NH Nieuws": an embedded video's or a related
                   story's card; site_name_tails.site_name_tail finds the name: a web address or a known outlet's);
                   the article's own section headings carry no site's name; a list of such titles under a line
                   ending in a colon is the text's ("De genomineerden zijn:", review42s); "teaser".
link_box_headings  the heading of a box of link cards, a table's or a page's name ("Uitslagen en stand eredivisie",
                   shape_rules.TABLE_LINKS) set aside as a link of its own, kept as the article's subheading when the
                   cards follow right under it, each a bullet and a source's name ("• NOS") over its link: the cards
                   are the page's, their heading names the part of the article they close (the structure sets label it
                   so, blind63); a table's name alone between paragraphs stays a link.
doubled_stamp_cards  cards of other stories flattened into lines, each a title, its date-and-time stamp printed twice in
                   a row (a CMS's shown and its machine stamp: "03/02/2025 - 09:03 03/02/2025 - 09:03") and a teaser;
                   DOUBLED_STAMP_MIN_CARDS or more such lines: an article never prints a stamp twice over; "teaser".
byline_buttons     a share button's words glued after the author's line ("Door Jan Smit Kopieer naar clipboard", "Door
                   Jan Smit Delen Facebook"): cut off the byline, the name before them two words or more, its last
                   capitalised ("Door Jan Delen" is a surname's, review42s); "share".
paywall_labels     a paywall's label opening a short line that names an outlet ("Premium Het beste van De Telegraaf"):
                   the subscription's promo, not a heading; "promo".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_edges import cut_spans
from pipeline.text.page_lists import aside
from pipeline.text.site_name_tails import site_name_tail
from pipeline.text.site_rules import SHARE_NETWORK
from pipeline.text.text_ends import running_text

CARD_TITLE_MAX_WORDS = 20  # a card's title with the site's name after it: a heading's length, not a paragraph's
_CARD_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
DOUBLED_STAMP_MIN_CARDS = 2
_STAMP = r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d\s*[-–,|]?\s*\d{1,2}[:.u]\d{2}"
_DOUBLED_STAMP = re.compile(rf"(?<!\d)(?P<stamp>{_STAMP})\s+(?P=stamp)(?!\d)")
_BUTTON = rf"(?:{SHARE_NETWORK}|kopieer naar (?:het )?(?:klembord|clipboard)|delen|deel|print|mail)"
_BUTTONS = rf"{_BUTTON}(?:\s*[|,·•/]?\s*{_BUTTON})*"  # a run of buttons, separators or spaces between them
BYLINE_BUTTONS = re.compile(rf"\s(?P<buttons>{_BUTTONS})\s*$", re.IGNORECASE)
_BUTTON_RUN = re.compile(rf"{_BUTTONS}\s*$", re.IGNORECASE)
_BUTTON_GAP = re.compile(r"\s+")  # a later button of the run after a space
_LAST_NAME = re.compile(r",|\s(?:en|&)\s|/|:")  # the byline's names apart
BYLINE_NAME_MIN_WORDS = 2
PAYWALL_LINE_MAX_WORDS = 8
# the label a word of its own: a compound opened by it is a heading's ("Abonnee-aantallen De Telegraaf dalen", review42s)
PAYWALL_LABEL = re.compile(
    r"^(?:premium|plus|abonnee|alleen voor abonnees|exclusief voor abonnees)\b(?![-‐‑])", re.IGNORECASE
)
_BULLET_SOURCE = re.compile(r"^[•·▪●]\s*\S")  # a link card's first line: a bullet and its source's name ("• NOS")


def titled_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a heading under running text that ends in a dash and the outlet's name (module docstring)."""
    out = list(blocks)
    begun = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    titled = [i > begun and out[i].kind in _CARD_KINDS and _titled(out[i].text.strip()) for i in range(len(out))]
    for i in range(begun + 1, len(out)):
        above = i - 1
        while above > begun and titled[above]:
            above -= 1
        # a list the text announces with a colon is its own ("De genomineerden zijn:" / "<title> - NRC", review42s)
        if titled[i] and not out[above].text.rstrip().endswith(":"):
            out[i] = aside(out[i], "teaser")
    return out


def _titled(text: str) -> bool:
    return (
        patterns.word_count(text) <= CARD_TITLE_MAX_WORDS
        and not patterns.ends_sentence(text)
        and (tail := site_name_tail(text)) is not None
        and tail[:1] in "-–—"
    )


def link_box_headings(blocks: Sequence[Block]) -> list[Block]:
    """Keep a table's name set aside as a link as the subheading of the link cards right under it (module docstring)."""
    out = list(blocks)
    for i in range(len(out) - 2):
        block, below = out[i], out[i + 1]
        if (
            block.kind is BlockKind.SITE_TEXT
            and block.reason == "link"
            and patterns.TABLE_LINKS.match(block.text.strip())
            and below.kind is BlockKind.SITE_TEXT
            and _BULLET_SOURCE.match(below.text.strip())
            and out[i + 2].kind is BlockKind.SITE_TEXT
            and not (i and _BULLET_SOURCE.match(out[i - 1].text.strip()))  # a card's own link, under its bullet
        ):
            out[i] = Block(BlockKind.SUBHEADING, block.text)
    return out


def doubled_stamp_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the lines holding a date-and-time stamp printed twice in a row, when there are enough of them."""
    cards = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT and _DOUBLED_STAMP.search(b.text)]
    if len(cards) < DOUBLED_STAMP_MIN_CARDS:
        return list(blocks)
    return [aside(b, "teaser") if i in cards else b for i, b in enumerate(blocks)]


def byline_buttons(blocks: Sequence[Block]) -> list[Block]:
    """Cut a share button's words off the end of the author's line (module docstring)."""
    out: list[Block] = []
    for block in blocks:
        at = _buttons_start(block.text) if block.kind is BlockKind.BYLINE else None
        if at is None:
            out.append(block)
            continue
        out.extend(cut_spans(block, [(at, len(block.text), "share")]))
    return out


def _buttons_start(byline: str) -> int | None:
    """Where the buttons glued after the byline's last name begin: the words before them end in a name of two words
    or more, its last capitalised; a button's word after one name's word or after a lower-case word is the name's or
    the line's own ("Door Jan Delen", "Door Marieke van Deel", "Door onze correspondent op X"; review42s)."""
    match = BYLINE_BUTTONS.search(byline)
    if match is None:
        return None
    first = match.start("buttons")
    later = [m.end() for m in _BUTTON_GAP.finditer(byline, first) if _BUTTON_RUN.match(byline, m.end())]
    for start in [first, *later]:
        name = _LAST_NAME.split(byline[:start].strip())[-1].split()
        if name and name[0].casefold() in {"door", "tekst", "by"}:
            name = name[1:]
        if len(name) >= BYLINE_NAME_MIN_WORDS and name[-1][:1].isupper():
            return start
    return None


def paywall_labels(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a short line opened by a paywall's label that names an outlet (module docstring)."""
    return [
        aside(b, "promo")
        if b.kind in _CARD_KINDS
        and patterns.word_count(b.text) <= PAYWALL_LINE_MAX_WORDS
        and not patterns.ends_sentence(b.text)
        and PAYWALL_LABEL.match(b.text.strip())
        and patterns.outlet_mention().search(b.text)
        else b
        for b in blocks
    ]

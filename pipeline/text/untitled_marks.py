"""Lines of a heading's shape that are a periodical's, a letter's or a shop widget's, never the title (issue 21,
headline39; used by pipeline.text.untitled_lines and pipeline.text.headline):

issue_line      a name, perhaps an issue's number, then a month and a year closing the line ("TUINPRAAT FEB 2017",
                "Truck & Business 288 – Magabook #02 (december 2024)"): a newsletter's or a magazine's issue header,
                its words capitalised (a title's clause has lower-case words: "Ajax wint in mei 2021"), no day's figure
                before the month (a bulletin's name and its date: "TV2 Journaal - 4 maart 2021", site47)
signed_opening  "Van onze voorzitter Jan Jansen": a letter's sender, an office in lower case and a name
empty_counter   a shop's cart widget: a label and a zero ("Items : 0", "Subtotal : 0.00", "Totaal € 0,00")
counter_buttons a short line of no sentence right under an empty counter: the widget's buttons ("View Cart Check Out")
salutation      a letter's salutation, closed by its comma ("Beste dorpsgenoten,") or without it ("Beste lezer"): the
                running text starts there
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block
from pipeline.text import dutch_rules, title_rules

ISSUE_LINE = re.compile(
    rf"^(?P<name>[^\s\d][^,.!?:;]{{0,80}}?)\s+\(?(?:{dutch_rules.MONTH_GROUP})\s+(?:19|20)\d\d\)?$", re.IGNORECASE
)
ISSUE_MAX_WORDS = 10
SIGNED_OPENING = re.compile(r"^Van (?:onze|de|het) [a-zé]+ [A-ZÀ-Ý][\w'’.-]*(?: [A-Za-zÀ-ÿ][\w'’.-]*){0,3}$")
EMPTY_COUNTER = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,2}\s*:?\s*(?:€|\$|EUR)?\s*(?<![\w.,])0(?:[.,]00?)?$")
BUTTONS_MAX_WORDS = 5
SALUTATION = re.compile(
    r"^(?:beste|geachte|lieve|hallo|hoi|goeiedag|goedendag|dag)\s+\w[\w'’-]*(?:\s+\w[\w'’-]*){0,3}$", re.IGNORECASE
)


def _line(text: str) -> str:
    return " ".join(text.split())


def issue_line(text: str) -> bool:
    line = _line(text)
    match = ISSUE_LINE.match(line)
    if match is None or len(line.split()) > ISSUE_MAX_WORDS:
        return False
    words = [w for w in match["name"].split() if any(c.isalpha() for c in w)]
    dated = (
        re.fullmatch(r"\d{1,2}", match["name"].split()[-1]) is not None
    )  # "TV2 Journaal - 4 maart 2021": a day's date
    return bool(words) and all(not w[:1].islower() for w in words) and not dated


def signed_opening(text: str) -> bool:
    return bool(SIGNED_OPENING.match(_line(text)))


def empty_counter(text: str) -> bool:
    return bool(EMPTY_COUNTER.match(_line(text)))


def counter_buttons(blocks: Sequence[Block], index: int) -> bool:
    line = _line(blocks[index].text)
    return (
        index > 0
        and empty_counter(blocks[index - 1].text)
        and len(line.split()) <= BUTTONS_MAX_WORDS
        and not line.endswith((".", "!", "?"))
    )


def widget_or_letter(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` is an issue's header, a letter's sender, an empty counter or its buttons."""
    text = blocks[index].text
    return issue_line(text) or signed_opening(text) or empty_counter(text) or counter_buttons(blocks, index)


def salutation(text: str) -> bool:
    return text.rstrip().endswith(title_rules.SALUTATION_END) or bool(SALUTATION.match(_line(text)))

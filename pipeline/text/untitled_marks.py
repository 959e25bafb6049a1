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
from pipeline.text.patterns import collapse

ISSUE_LINE = re.compile(
    rf"^(?P<name>[^\s\d][^,.!?:;]{{0,80}}?)\s+(?P<open>\()?(?P<month>{dutch_rules.MONTH_GROUP})\s+(?:19|20)\d\d\)?$",
    re.IGNORECASE,
)
ISSUE_MAX_WORDS = 10
PERIODICAL = re.compile(r"nieuws|brief|blad|krant|magazine|bulletin|journaal|editie|uitgave", re.IGNORECASE)
# the name's words capitalised or a name's particle: "naar Auschwitz" closes a title ("Van het kamp Westerbork …")
SIGNED_OPENING = re.compile(
    r"^Van (?:onze|de|het) [a-zé]+ [A-ZÀ-Ý][\w'’.-]*(?: (?:[A-ZÀ-Ý][\w'’.-]*|van|de|der|den|ter|ten|te|'t)){0,3}$"
)
EMPTY_COUNTER = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,2}\s*:?\s*(?:€|\$|EUR)?\s*(?<![\w.,])0(?:[.,]00?)?$")
BUTTONS_MAX_WORDS = 5
# without its comma: the greeting and at most two words of an addressee, no preposition among them ("Beste lezer",
# "Geachte heer Jansen"); "Dag van de Arbeid", "Beste film van het jaar" are titles (review39)
SALUTATION = re.compile(
    r"^(?:beste|geachte|lieve|hallo|hoi|goeiedag|goedendag)\s+(?!(?:\S+\s+)?(?:van|voor|in|op|met|uit|aan|bij)\b)"
    r"\w[\w'’-]*(?:\s+\w[\w'’-]*){0,1}$",
    re.IGNORECASE,
)


def issue_line(text: str) -> bool:
    line = collapse(text)
    match = ISSUE_LINE.match(line)
    if match is None or len(line.split()) > ISSUE_MAX_WORDS:
        return False
    words = [w for w in match["name"].split() if any(c.isalpha() for c in w)]
    dated = (
        re.fullmatch(r"\d{1,2}", match["name"].split()[-1]) is not None
    )  # "TV2 Journaal - 4 maart 2021": a day's date
    # "Watersnoodramp februari 1953": a month in lower case after words alone is an event's date (review39); a header
    # writes it in capitals ("CLUBNIEUWS MRT 2019"), in brackets, after the issue's figure or a periodical's word
    told = match["month"][:1].isupper() or match["open"] or any(c.isdigit() for c in match["name"])
    told = told or PERIODICAL.search(match["name"]) is not None
    return bool(words) and all(not w[:1].islower() for w in words) and not dated and bool(told)


def signed_opening(text: str) -> bool:
    return bool(SIGNED_OPENING.match(collapse(text)))


def empty_counter(text: str) -> bool:
    return bool(EMPTY_COUNTER.match(collapse(text)))


def counter_buttons(blocks: Sequence[Block], index: int) -> bool:
    line = collapse(blocks[index].text)
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
    return text.rstrip().endswith(title_rules.SALUTATION_END) or bool(SALUTATION.match(collapse(text)))

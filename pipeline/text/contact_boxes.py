"""An organisation's contact box over or under its page's text (issue 21, helper site43b; pipeline.text.print_edges.
contact_notes calls this): the heading "Contact" (or "Contactgegevens", "Adres", "Bezoekadres", "Postadres"), then
its lines each a block of their own — a street and house number, a postcode and place ("9791 CT Ten Boer"), a phone
or fax line ("t: 050 306 29 00"), an e-mail or web address, "Openingstijden:" and the hours ("maandag t/m vrijdag
9.00-17.00u"), a route planner's link and field ("Routebeschrijving naar …", "Vertrekpunt"). The run from the heading
to its last such line is set aside as "contact" (a postcode line is never the headline then).

By its shape only: the heading right above, CONTACT_BOX_MIN_LINES such lines or more in a row, nothing else between
them; a report that names an address in a sentence is running text, no run of lines. Linear in the blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text.dutch_rules import DAY_GROUP

CONTACT_BOX_MIN_LINES = 3
_HEADING = re.compile(r"^(contact(gegevens)?|(bezoek|post)?adres|bereikbaarheid)\s*:?$", re.IGNORECASE)
_LINES = re.compile(
    "|".join(
        (
            r"^(?-i:[A-ZÀ-Ý])[\w.'’-]+(\s[\w.'’-]+){0,3}\s\d{1,4}(\s?[a-z])?(\s?-\s?\d{1,4})?$",  # Westerstraat 24
            r"^\d{4}\s?(?-i:[A-Z]{2})\s+(?-i:[A-Z])[\w'’-]+(\s[\w'’-]+){0,3}$",  # 9791 CT Ten Boer
            r"^(t|tel|telefoon|f|fax|m|mob|mobiel)(\s*[.:]\s*|\.?\s+(?=[+\d]))\+?[\d() -]{8,20}$",  # t: 050 306 29 00
            r"^(e|e-?mail|w|web|website)\s*[.:]\s*\S{4,80}$",
            r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.(nl|be|com|org|net|eu|frl)(/\S*)?$",
            r"^(openingstijden|openingsuren|bereikbaar|kantooruren)\s*:?$",
            rf"^{DAY_GROUP}\b[^.!?]{{0,40}}\d{{1,2}}[.:]\d{{2}}\s*[-–]\s*\d{{1,2}}[.:]\d{{2}}\s*(u|uur)?\.?$",
            r"^(routebeschrijving|route(planner)?|plan je route)\b[^.!?]{0,40}$|^vertrekpunt\s*:?$",
        )
    ),
    re.IGNORECASE,
)
_LINE_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.SUBHEADING,
    BlockKind.HEADLINE,
    BlockKind.TABLE,
    BlockKind.DATELINE,
    BlockKind.BYLINE,
    BlockKind.SITE_TEXT,
)


def contact_boxes(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with every contact box (see the module's docstring) set aside."""
    out = list(blocks)
    index = 0
    while index < len(out):
        if not _HEADING.match(out[index].text.strip()):
            index += 1
            continue
        end = index + 1
        while end < len(out) and out[end].kind in _LINE_KINDS and _LINES.match(" ".join(out[end].text.split())):
            end += 1
        if end - index - 1 >= CONTACT_BOX_MIN_LINES:
            for i in range(index, end):
                out[i] = (
                    out[i]
                    if out[i].kind is BlockKind.SITE_TEXT
                    else Block(BlockKind.SITE_TEXT, out[i].text, reason="contact")
                )
        index = end
    return out

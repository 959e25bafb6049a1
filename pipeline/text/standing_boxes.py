"""Standing boxes closing a press release or a CMS item, by shape (issue 21, site36d; pipeline.text.outlet_notes runs
these with its rules). Each box closes the text: nothing but site text follows it.

about_boxes  an organisation's standing "about" box: a heading "Over <Name>" (ABOUT_NAME_MAX_WORDS capitalised words at
             most, maybe after an article) right over a paragraph that opens with that name and "is"/"zijn" ("Over De
             Gezinsbond" / "De Gezinsbond is de grootste …"), and the paragraphs under it that open with the name
             again; "about". Under an "Over <Name>" heading an article goes on (text follows that box) or speaks of
             the name further into its sentence. The box's contact link right above its heading goes with it ("Contacteer
             ons", "Neem contact op": CONTACT_LINK alone on its line).
field_boxes  a CMS's "additional information" box: its heading (FIELD_BOX_HEADING) over a list of
             FIELD_BOX_MIN_ITEMS or more "Label: value" items, each label one word, each value a few words ("•
             Datum: 2009-07-23", "• Plaats: Kouter"); "page". A list of fields under another heading is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside

ABOUT_NAME_MAX_WORDS = 4
ABOUT_PARAGRAPH_MAX_WORDS = 120
FIELD_BOX_MIN_ITEMS = 2
FIELD_VALUE_MAX_WORDS = 6
_NAME_WORD = r"(?-i:[A-ZÀ-Ý0-9])[\w'’&.-]*"
_ABOUT = re.compile(
    rf"^over\s+(?P<name>((de|het)\s+)?{_NAME_WORD}(\s+{_NAME_WORD}){{0,{ABOUT_NAME_MAX_WORDS - 1}}})\s*:?$",
    re.IGNORECASE,
)
# a contact link alone on its line, no sentence: "Contacteer ons", "Contact", "Neem contact met ons op", "Contact opnemen"
CONTACT_LINK = re.compile(
    r"^(contacteer (ons|de redactie)|contact( opnemen)?|neem (contact (met ons )?op|contact op met ons)|contactgegevens)\s*:?$",
    re.IGNORECASE,
)
# an additional-information box's heading alone on its line: "Aanvullende informatie", "Extra info", "Meer gegevens"
FIELD_BOX_HEADING = re.compile(r"^(aanvullende|extra|overige)\s+(informatie|info|gegevens)\s*:?$", re.IGNORECASE)
_FIELD = re.compile(r"^\s*[•·*-]?\s*(?-i:[A-ZÀ-Ý])[\w-]{1,30}\s*:\s+\S.*$")
_HEAD_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def _site_tail(blocks: Sequence[Block]) -> int:
    """Where the run of site text closing the text starts (len(blocks) when the last block is the article's): a box
    closes the text when nothing but site text follows it, that is when it ends at this index or later."""
    start = len(blocks)
    while start > 0 and blocks[start - 1].kind is BlockKind.SITE_TEXT:
        start -= 1
    return start


def _bare(name: str) -> str:
    """The name without its article ("De Gezinsbond" -> "Gezinsbond")."""
    return re.sub(r"^(de|het)\s+", "", name, flags=re.IGNORECASE)


def _opens_with(text: str, name: str) -> bool:
    pattern = rf"^((de|het)\s+)?{re.escape(_bare(name))}\s+(is|zijn|was|werd)\s"
    return re.match(pattern, text.strip(), re.IGNORECASE) is not None


def about_boxes(blocks: Sequence[Block]) -> list[Block]:
    """Set aside an "Over <Name>" heading and the paragraphs opening with that name under it, closing the text."""
    out = list(blocks)
    tail = _site_tail(out)
    for index, block in enumerate(out[:-1]):
        match = _ABOUT.match(block.text.strip())
        if block.kind not in _HEAD_KINDS or match is None:
            continue
        name = match.group("name")
        end = index + 1
        while end < len(out) and _about_paragraph(out[end], name, first=end == index + 1):
            end += 1
        if end > index + 1 and end >= tail:
            above = out[index - 1] if index > 0 else None
            if above is not None and above.kind in _HEAD_KINDS and CONTACT_LINK.match(above.text.strip()):
                index -= 1
            out[index:end] = [aside(item, "about") for item in out[index:end]]
            break
    return out


def _about_paragraph(block: Block, name: str, *, first: bool) -> bool:
    text = block.text.strip()
    if block.kind not in _TEXT_KINDS or patterns.word_count(text) > ABOUT_PARAGRAPH_MAX_WORDS:
        return False
    if first:
        return _opens_with(text, name)
    bare = _bare(name).casefold()
    return bare in text.casefold()[: len(bare) + 4]


def field_boxes(blocks: Sequence[Block]) -> list[Block]:
    """Set aside an additional-information heading and its list of "Label: value" fields, closing the text."""
    out = list(blocks)
    tail = _site_tail(out)
    for index, block in enumerate(out[:-1]):
        if block.kind not in _HEAD_KINDS or not FIELD_BOX_HEADING.match(block.text.strip()):
            continue
        fields = out[index + 1]
        if _field_list(fields) and index + 2 >= tail:
            out[index] = aside(block, "page")
            out[index + 1] = aside(fields, "page")
            break
    return out


def _field_list(block: Block) -> bool:
    items = block.items if block.kind is BlockKind.LIST else ()
    if len(items) < FIELD_BOX_MIN_ITEMS:
        return False
    return all(
        _FIELD.match(item) and patterns.word_count(item.partition(":")[2]) <= FIELD_VALUE_MAX_WORDS for item in items
    )

"""The author's bio in the third person closing the text, opening with the byline's name (issue 21, site36;
pipeline.text.article calls this): the byline alone on its line above the article ("Petra de Wit" or "Door Petra de
Wit"), and the text's last paragraph opening with that same name and telling who the author is ("Petra de Wit
(°1980, Gent) studeerde geschiedenis. Zij schrijft …"), at most BIO_MAX_WORDS words and shorter than the article's
running text between them, which does not name the person (a portrait names its subject: "Bakker houdt …"): the
author box, set aside as "author". An article does not end on a paragraph about its own writer; a
profile's subject is named in its title, not printed above the text as its byline. The name's line must stand above
the article's paragraphs and not be the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_edges import running_text
from pipeline.text.page_lists import aside

BIO_MAX_WORDS = 120  # a box's few sentences
NAME_WORD_MIN_LETTERS = 3  # a name's words the running text may name the person by (no "de", "van")
_NAME_KINDS = (BlockKind.BYLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION)
_BIO_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_BY = re.compile(r"^\s*(door|tekst|by)\s*:?\s+", re.IGNORECASE)
# after the name, what a bio says next: a birth year or place in brackets, an apposition, a verb of who one is
_BIO_OPENING = r"\s*(\(\s*(°|\*|geb\.|geboren)?\s*\d{4}|,|\s(is|was|werkt|woont|studeerde|schrijft)\b)"


def byline_bios(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the text's last paragraph when it opens with the name of the byline above the article."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if len(kept) < 3:
        return out
    bio = kept[-1]
    block = out[bio]
    if block.kind not in _BIO_KINDS or patterns.word_count(block.text) > BIO_MAX_WORDS:
        return out
    for index in kept[:-1]:
        if running_text(out[index]):
            return out  # the article's paragraphs begin: a byline stands above them
        name = _byline_name(out[index])
        if name and re.match(re.escape(name) + _BIO_OPENING, block.text.strip()):
            above = [out[i] for i in kept[kept.index(index) + 1 : -1] if running_text(out[i])]
            if (
                above
                and not named_in(name, above)
                and sum(patterns.word_count(b.text) for b in above) > patterns.word_count(block.text)
            ):
                out[bio] = aside(block, "author")
            return out
    return out


def named_in(name: str, blocks: Sequence[Block]) -> bool:
    """Whether the running text names the person by a word of the name ("Jan Bakker": "Bakker houdt …", "Jan …"):
    the article's subject, not its writer, whom the article does not name (review37)."""
    words = [w for w in name.split() if len(w) >= NAME_WORD_MIN_LETTERS and w[:1].isupper()]
    found = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b") if words else None
    return found is not None and any(found.search(b.text) for b in blocks)


def _byline_name(block: Block) -> str | None:
    """The person's name of a byline line ("Petra de Wit", "Door Petra de Wit"), not the headline's text."""
    if block.kind not in _NAME_KINDS:
        return None
    name = _BY.sub("", block.text.strip()).strip()
    return name if patterns.is_person_name(name) else None

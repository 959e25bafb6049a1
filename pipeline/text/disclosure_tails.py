"""The rest of a partner's disclosure closing the text (issue 21, site36; pipeline.text.article calls this): a
sponsor's or a partner's disclosure set aside already ("Deze publicatie kwam tot stand dankzij een samenwerking met
…", pipeline.text.reader_rules.DISCLOSURE; not an ad's label, also a "banner") goes on about the partnership ("Zes
jongeren draaiden een week mee op de redactie …"); when only one paragraph of at most DISCLOSURE_REST_MAX_WORDS words
follows it before the page's lines set aside already, that paragraph is the disclosure's too, set aside as "banner".
An article does not put its last paragraph under the note on how it was made; a longer text after the note is
another article's. The paragraph goes on about the partnership: it shares a content word with the note (a stem,
pipeline.text.unrelated.content_stems: "de jongeren" of the note) or names the publication or the newsroom ("deze
reportage", "op de redactie") — one on another subject is the article's own ("De resultaten … gepresenteerd")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.page_lists import aside
from pipeline.text.reader_rules import DISCLOSURE
from pipeline.text.unrelated import content_stems

DISCLOSURE_REST_MAX_WORDS = 80
_REST_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
_DISCLOSURE = re.compile(DISCLOSURE, re.IGNORECASE)
_MAKING = re.compile(
    r"\b(dit|deze) (artikel|bericht|verhaal|pagina|publicatie|reportage|artikelreeks|serie)s?\b|\bredactie\b", re.I
)


def disclosure_tails(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the one short paragraph between a closing disclosure and the page's lines, as "banner"."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if not kept or kept[-1] == 0:
        return out
    rest = kept[-1]
    note = out[rest - 1]
    disclosure = note.kind is BlockKind.SITE_TEXT and bool(_DISCLOSURE.match(note.text.strip()))
    if not disclosure or out[rest].kind not in _REST_KINDS:
        return out
    if patterns.word_count(out[rest].text) > DISCLOSURE_REST_MAX_WORDS:
        return out
    if not (content_stems(out[rest].text) & content_stems(note.text) or _MAKING.search(out[rest].text)):
        return out
    out[rest] = aside(out[rest], "banner")
    return out

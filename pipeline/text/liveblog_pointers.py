"""A pointer to the liveblog closing a summary (issue 21, helper site27): "De nieuwe brug gaat zaterdag open. Volg de
opening in ons liveblog." — the last sentence of a paragraph, after its news, pointing in the imperative to
"dit/ons liveblog" (reader_rules.GLUED_LIVEBLOG_POINTER), in a text that is not the liveblog itself: no other line
says live (reader_rules.LIVE_MARK: a "LIVE" kicker, "LIVE. …" before the title) and no entry carries a time. The
blog is not in the text, so the pointer points at nothing: set aside as "liveblog". On the liveblog's own page the
sentence is left to the sentence table: the liveblog's own introduction ("Volg … in ons liveblog.", reader_rules,
conv52) is set aside there too; other pointer shapes stay."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import reader_rules, sentence_reasons
from pipeline.text.segment import split_sentences

POINTER = re.compile(reader_rules.GLUED_LIVEBLOG_POINTER, re.IGNORECASE)
LIVE_MARK = re.compile(reader_rules.LIVE_MARK, re.IGNORECASE)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def liveblog_pointers(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    found = [(i, _pointer(b)) for i, b in enumerate(out) if b.kind in _TEXT_KINDS and "blog" in b.text.casefold()]
    found = [(i, s) for i, s in found if s is not None]
    if not found:
        return out
    pointers = {i for i, _ in found}
    live = any(b.time or b.kind is BlockKind.LIVEBLOG for b in out) or any(
        LIVE_MARK.search(b.text) for i, b in enumerate(out) if i not in pointers
    )
    if live:
        return out
    for index, sentence in reversed(found):
        block = out[index]
        start = block.text.rfind(sentence)
        rest = block.text[:start].strip()
        sentences = block.sentences[:-1] if block.sentences is not None else None
        out[index : index + 1] = [
            replace(block, text=rest, sentences=sentences),
            Block(BlockKind.SITE_TEXT, sentence, reason="liveblog", sentences=(sentence,)),
        ]
    return out


def _pointer(block: Block) -> str | None:
    """The paragraph's last sentence when it is such a pointer, after at least one sentence of news."""
    sentences = block.sentences if block.sentences is not None else tuple(split_sentences(block.text))
    if len(sentences) < 2:
        return None
    last = sentences[-1].strip()
    if not POINTER.search(last) or sentence_reasons.QUOTED_OR_REPORTED.search(last) or block.text.rfind(last) <= 0:
        return None
    earlier = sentences[:-1]
    return last if not any(LIVE_MARK.search(s) for s in earlier) else None

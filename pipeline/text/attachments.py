"""A table of attached files (issue 21, round site28): its rows are site lines by their shape (a file's name with
its extension and its size: pipeline.text.web_rules, reason "attachment"); the table's header right above its first
row — a short label without a sentence's end ("Bijlage Grootte", glued "BijlageGrootte") — is the table's too,
also when it was set aside already as a closing line of the page ("tail").
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules


def attachment_headers(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the header of a table of attached files set aside ("attachment")."""
    out = list(blocks)
    for i in range(1, len(out)):
        above, row = out[i - 1], out[i]
        if row.reason != "attachment" or above.kind is BlockKind.SITE_TEXT and above.reason != "tail":
            continue  # a closing line set aside as the page's tail is named for the table it heads
        if patterns.word_count(above.text) <= rules.ATTACHMENT_HEADER_MAX_WORDS and not patterns.ends_sentence(
            above.text
        ):
            out[i - 1] = Block(BlockKind.SITE_TEXT, above.text, reason="attachment")
    return out

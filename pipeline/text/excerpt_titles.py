"""An aggregator's post (head51, issue 21): one sentence, a quoted excerpt of the source under it, the link to the
whole source's text after it (set aside already) and nothing more — the sentence is the post's title, full stop and
all ("Economen zien geen rem op de bouw door de stikstofregels."), not its lede (pipeline.text.headline)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import opening_rules, patterns
from pipeline.text.quoted_titles import CLOSING_MARKS, OPENING_MARKS
from pipeline.text.segment import split_sentences

_PASSED = frozenset({BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.CAPTION})
_EXCERPT = frozenset({BlockKind.QUOTE, BlockKind.PARAGRAPH})


def excerpt_title(blocks: Sequence[Block]) -> int | None:
    """The index of the post's one sentence (the module docstring), else None: the text not set aside is that
    sentence (opening_rules.HEADLINE_MAX_WORDS words at most, a paragraph) and one excerpt between quotation marks,
    and a block set aside follows the excerpt (its link)."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT and b.kind not in _PASSED]
    if len(kept) != 2:
        return None
    title, excerpt = (blocks[i] for i in kept)
    quoted = excerpt.text.strip()
    return (
        kept[0]
        if title.kind is BlockKind.PARAGRAPH
        and patterns.word_count(title.text) <= opening_rules.HEADLINE_MAX_WORDS
        and len(split_sentences(title.text)) == 1
        and excerpt.kind in _EXCERPT
        and quoted[:1] in tuple(OPENING_MARKS)
        and quoted[-1:] in tuple(CLOSING_MARKS)
        and any(b.kind is BlockKind.SITE_TEXT for b in blocks[kept[1] + 1 :])
        else None
    )

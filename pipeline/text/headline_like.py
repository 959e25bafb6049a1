"""A paragraph shaped as a headline (split from pipeline.text.headline, head45): one sentence, short enough for a
headline (opening_rules.HEADLINE_MAX_WORDS), ending in ?, ! or … or in no punctuation at all — or in a full stop after
a kicker ("Opvallend. Gemeente verkoopt raadhuis.").
"""

from __future__ import annotations

from pipeline.document import Block, BlockKind
from pipeline.text import glued_labels, opening_rules, patterns
from pipeline.text.segment import split_sentences
from pipeline.text.title_line import kicker_of
from pipeline.text.title_shapes import trailing_sentence
from pipeline.text.untitled_lines import web_address


def headline_like(block: Block) -> bool:
    """A paragraph of one sentence, short enough for a headline, ending in ?, ! or … or in no
    punctuation at all (a long headline on a line of its own) — or in a full stop after a kicker
    ("Opvallend. Gemeente verkoopt raadhuis."; the kicker stays in the headline)."""
    text = glued_labels.without_kicker(block.text)
    if kicker := kicker_of(text):
        text = text[len(kicker) :].strip()
    kicked = text != block.text.strip()
    core = text.rstrip("”’\"' ")
    sentences = block.sentences if block.sentences is not None and not kicked else split_sentences(text)
    return (
        block.kind is BlockKind.PARAGRAPH
        and patterns.word_count(text) <= opening_rules.HEADLINE_MAX_WORDS
        and (
            core.endswith(opening_rules.TITLE_END_MARKS)
            and not trailing_sentence(text, core)
            or not patterns.ends_sentence(text)
            or kicked
            and core.endswith(".")
        )
        and len(sentences) == 1
        and not web_address(text)  # a notice pointing to a page ("… beschikbaar gesteld op http://…"), no title
    )

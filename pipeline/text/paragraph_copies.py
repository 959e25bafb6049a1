"""A page's excerpt printed twice (issue 21, site36; pipeline.text.article calls this): a page that shows its
story's excerpt, cut off by the page ("… Maar laten we eerlijk zijn: […]", "… en dat is nog maar het begin..."),
then again under the story's date or card. A paragraph of at least COPY_MIN_WORDS words ending in the page's cut
mark that repeats an earlier paragraph exactly is the page's copy, set aside as "repeated"; the first is kept. An
article does not repeat a paragraph of that length word for word, and the cut mark shows it is the page's excerpt
(a paragraph printed twice without one is left to the other rules: a test text or a quote repeated on purpose).
The copy stands under its date or card, not under a paragraph of running text: a key sentence that an article
repeats on purpose, trailing off ("… en voor wie hier woont..."), follows the article's own paragraph. The one exception: the text's first paragraph of running text printed again
right under itself — a page's intro field shown over the body that opens with the same paragraph (site41); a text
does not open by saying its first paragraph twice."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.closing_cards import cut_off
from pipeline.text.glued_copies import glued_copies
from pipeline.text.glued_sources import glued_sources
from pipeline.text.page_lists import aside
from pipeline.text.paragraph_repeats import paragraph_repeats
from pipeline.text.text_ends import running_text

COPY_MIN_WORDS = 15
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def paragraph_copies(blocks: Sequence[Block]) -> list[Block]:
    """Set aside every later copy of a cut-off excerpt of COPY_MIN_WORDS words or more, not under running text, and
    the copy of the first paragraph of running text right under it, then any paragraph's copy in a row
    (pipeline.text.paragraph_repeats)."""
    out = _doubled_intro(glued_copies(glued_sources(blocks)))  # what a flattened page glued together: split first
    seen: set[str] = set()
    for index, block in enumerate(out):
        if block.kind not in _TEXT_KINDS or patterns.word_count(block.text) < COPY_MIN_WORDS or not cut_off(block.text):
            continue
        text = " ".join(block.text.split())
        if text in seen and not (index and out[index - 1].kind in _TEXT_KINDS):
            out[index] = aside(block, "repeated")
        seen.add(text)
    return paragraph_repeats(out)


def _doubled_intro(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the copy right under the first paragraph of running text set aside."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if running_text(b)), None)
    if first is None or first + 1 >= len(out):
        return out
    copy = out[first + 1]
    # of two sentences or more: one sentence said twice is a chant or a poem's line repeated on purpose (review41)
    same = " ".join(copy.text.split()) == " ".join(out[first].text.split())
    if copy.kind in _TEXT_KINDS and same and patterns.has_inner_sentence_end(copy.text):
        out[first + 1] = aside(copy, "repeated")
    return out

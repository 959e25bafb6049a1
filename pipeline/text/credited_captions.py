"""Photo captions over the text, each closed by its credit, read as headings (issue 21, head47): a gallery's captions
printed above the article (the page's title not in the excerpt) —

    Op het parkeerterrein in Assen stond een bult afval in brand (Rechten: De Vries Media)
    Aan de IJselstraat in Assen stond afval in brand (Rechten: De Vries Media)
    De brandweer heeft het in Drenthe vanavond druk met allerlei brandjes. …

A title is never closed by a photo's credit (credit_rules.CAPTION_CREDIT_END: "(foto: X)", "(Rechten: X)", "Foto: X"):
the lines opening the page (site text passed over) that are, MIN_RUN of them or more in a row, are captions, and
none of them is the headline. A single line so closed is left alone: a title glued to its photo's caption on one
line is cut by pipeline.text.caption_titles.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import credit_rules, patterns
from pipeline.text.caption_credits import CAPTION_CREDIT_END

MIN_RUN = 2
_READ = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.CAPTION)  # a caption read so already counts


def credited_captions(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the run of credit-closed lines opening the page read as captions (see the module docstring)."""
    out = list(blocks)
    run = []
    for index, block in enumerate(out):
        if block.kind is BlockKind.SITE_TEXT:
            continue
        if block.kind not in _READ or not _credited(block.text):
            break
        run.append(index)
    if len(run) < MIN_RUN:
        return out
    for index in (i for i in run if out[i].kind is not BlockKind.CAPTION):
        out[index] = Block(BlockKind.CAPTION, out[index].text)
    return out


def _credited(text: str) -> bool:
    """One line closed by a photo's credit, with words of its own before it."""
    text = text.strip()
    match = CAPTION_CREDIT_END.search(text) if "\n" not in text else None
    return (
        match is not None
        and bool(match["credit"])
        and patterns.word_count(text[: match.start("credit")]) >= credit_rules.CAPTION_OWN_MIN_WORDS
    )

"""Photo captions over the text, each closed by its credit, read as headings (issue 21, head47): a gallery's captions
printed above the article (the page's title not in the excerpt) —

    Op het parkeerterrein in Assen stond een bult afval in brand (Rechten: De Vries Media)
    Aan de IJselstraat in Assen stond afval in brand (Rechten: De Vries Media)
    De brandweer heeft het in Drenthe vanavond druk met allerlei brandjes. …

A title is never closed by a photo's credit (credit_rules.CAPTION_CREDIT_END: "(foto: X)", "(Rechten: X)", "Foto: X"):
the lines opening the page (site text passed over) that are, MIN_RUN of them or more in a row, are captions, and
none of them is the headline. A single line so closed is left alone: a title glued to its photo's caption on one
line is cut by pipeline.text.caption_titles.

(head53) A photo's caption read as a heading under the title: a heading between the picture's remnant (its file's
name read as a table, "20240311 02 deventer") and its credit on a line of its own ("Beeld: Anna Smit",
caption_credits.CREDIT_ALONE), with a heading of a title's length above the picture — the title over its photo — is
the photo's caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import credit_rules, patterns
from pipeline.text.caption_credits import CAPTION_CREDIT_END, CREDIT_ALONE

MIN_RUN = 2
TITLE_MIN_WORDS = 3  # the heading above the picture: a title's length
_PICTURE = (BlockKind.TABLE, BlockKind.CAPTION)  # what is left of a picture over its caption: its file's name
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
    captions = [i for i in run if out[i].kind is not BlockKind.CAPTION] if len(run) >= MIN_RUN else []
    for index in captions + [i for i in range(2, len(out) - 1) if _pictured(out, i)]:
        out[index] = Block(BlockKind.CAPTION, out[index].text)
    return out


def _pictured(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` stands between a picture's remnant and its credit set aside, a title over the picture
    (module docstring, head53)."""
    above, picture, below = blocks[index - 2], blocks[index - 1], blocks[index + 1]
    return (
        blocks[index].kind is BlockKind.SUBHEADING
        and picture.kind in _PICTURE
        and below.kind in (BlockKind.SITE_TEXT, BlockKind.CAPTION)
        and bool(CREDIT_ALONE.match(below.text.strip()))
        and above.kind is BlockKind.SUBHEADING
        and patterns.word_count(above.text) >= TITLE_MIN_WORDS
    )


def _credited(text: str) -> bool:
    """One line closed by a photo's credit, with words of its own before it."""
    text = text.strip()
    match = CAPTION_CREDIT_END.search(text) if "\n" not in text else None
    return (
        match is not None
        and bool(match["credit"])
        and patterns.word_count(text[: match.start("credit")]) >= credit_rules.CAPTION_OWN_MIN_WORDS
    )

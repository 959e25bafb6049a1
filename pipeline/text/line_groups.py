"""Line groups inside a plain-text chunk (structure.chunk_blocks): a caption printed twice, lines each a paragraph
of its own, a site line wrapped onto the next line, a hard-wrapped sentence, a list of one word over and over."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import credit_rules, edge_rules, line_kind_rules, page_rules, patterns

CREDIT_ALONE = re.compile(credit_rules.CREDIT_ALONE, re.IGNORECASE)
SENTENCE_INSIDE = re.compile(r"\w[.!?]['’”]?\s+[A-Z]")  # "… Commissie. Dat kan …"
PHOTO_CREDIT_END = re.compile(edge_rules.PHOTO_CREDIT_END)
NAME_DATE_BYLINE = re.compile(line_kind_rules.NAME_DATE_BYLINE, re.IGNORECASE)
SITE_WRAP_MAX_WORDS = 10  # a site line's wrapped rest on the next line ("voor slechts … per dag")
# …under a site line of this many words at least: a label of one word is whole on its line, the lower-case line under
# it its own ("Afbeelding" / "groepsfoto van het bestuur …": an image's placeholder over its caption; blind50)
SITE_WRAP_MIN_ABOVE_WORDS = 2
# a list repeating one word is a widget's slides (placeholder_items); a line of words repeated is a chant, a refrain
# quoted as a list (review42)
PLACEHOLDER_ITEM_MAX_WORDS = 1
WRAPPED_MIN_WORDS = 5  # a line above a lower-case line this long, cut off in a sentence: hard-wrapped text


def doubled_caption(lines: Sequence[str], number: int, after_text: bool) -> list[Block]:
    """A line closed by a photo's credit (edge_rules.PHOTO_CREDIT_END) printed twice in a row: its caption, then the
    copy (the photo's alt text or title: site text, "repeated"; STRUCTURE_CONVENTIONS, the first copy is the caption,
    aside38) — also without a credit, a sentence that is the whole chunk twice above the running text (`after_text`
    false; under the title: the photo's caption and its alt text, site44). The copy may glue the credit to the words
    ("… mooi.’ Beeld Jan Smit" / "… mooi.’Beeld Jan Smit", a DPG page's caption and its alt text; site40)."""
    line = lines[number]
    one_sentence = line.endswith(".") and not SENTENCE_INSIDE.search(line)  # a lede of two sentences: no caption
    above_text = not after_text and len(lines) == 2 and one_sentence and patterns.word_count(line) >= 4
    above = lines[number - 1] if number else None
    if above is not None and _spaced(above) == _spaced(line) and PHOTO_CREDIT_END.search(above):
        return [Block(BlockKind.SITE_TEXT, line, reason="repeated")]  # the copy, its credit glued on (site40)
    if not PHOTO_CREDIT_END.search(line) and not above_text:
        return []
    if above == line:
        return [Block(BlockKind.SITE_TEXT, line, reason="repeated")]
    below = lines[number + 1] if number + 1 < len(lines) else None
    return [Block(BlockKind.CAPTION, line)] if below is not None and _spaced(below) == _spaced(line) else []


def caption_copies(blocks: Sequence[Block]) -> list[Block]:
    """A caption (patterns.is_caption: "… mooi.’ Beeld Jan Smit"), then the same words as a block of their own, the
    credit glued on or not (a page saved one line per block): the copy is site text ("repeated"), as in
    `doubled_caption` (site40)."""
    out = list(blocks)
    for index in range(1, len(out)):
        above, block = out[index - 1], out[index]
        if (
            block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
            and above.kind is BlockKind.CAPTION
            and _spaced(above.text) == _spaced(block.text)
        ):
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="repeated")
        elif _credited_copy(above, block):  # the words first, then their copy closed by the credit (site43)
            out[index - 1 : index + 1] = [Block(BlockKind.CAPTION, above.text), _aside_copy(block)]
    return out


def _credited_copy(above: Block, block: Block) -> bool:
    """A caption that is the block above word for word with a photo's credit after it ("Sommige paden zijn amper
    zichtbaar." / "Sommige paden zijn amper zichtbaar. © Foto JS", KW's liveblog): the photo's alt text, then the
    caption printed again with its credit — the first copy is the caption, the second site text with its credit."""
    words = above.text.strip()
    text = block.text.strip()
    credit = text[len(words) :].strip()
    return (
        block.kind is BlockKind.CAPTION
        and above.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
        and patterns.ends_sentence(words)
        and text.startswith(words)
        and bool(credit)
        and bool(CREDIT_ALONE.match(credit))
    )


def _aside_copy(block: Block) -> Block:
    return Block(BlockKind.SITE_TEXT, block.text, reason="repeated")


def _spaced(line: str) -> str:
    """A line without its spaces: a caption's copy may glue its credit on ("… mooi.’Beeld Jan Smit", site40)."""
    return "".join(line.split())


def own_paragraph(paragraph: Sequence[str], line: str, last: bool) -> bool:
    """Lines each longer than any hard-wrapped line and each ending a sentence (the chunk's last may be cut off
    after a sentence of its own), the next opening with a capital: a page saved one paragraph per line, its blank
    lines lost — each line is a paragraph of its own (a title joined to its lede stays for the title rules). The line
    is looked at before the paragraph's lines: a chunk of many short lines costs no pass over the paragraph per line.
    And a paragraph's one line printed again under it (printed_again)."""
    if printed_again(paragraph, line):
        return True  # a line printed twice in a row: two blocks, never one hard-wrapped paragraph (head48)
    cut_off = last and bool(SENTENCE_INSIDE.search(line))
    if not (line[:1].isupper() and len(line) > page_rules.PAGE_LONG_LINE_CHARS):
        return False
    if not (cut_off or patterns.ends_sentence(line)):
        return False
    return all(len(text) > page_rules.PAGE_LONG_LINE_CHARS and patterns.ends_sentence(text) for text in paragraph)


def continues_site_line(out: Sequence[Block], above: str | None, line: str) -> bool:
    """A short lower-case line right under a line set aside as site text, neither ending a sentence: its wrap (a
    paragraph's text under an archive's line goes on longer; a one-word label does not wrap)."""
    last = out[-1] if out and out[-1].kind is BlockKind.SITE_TEXT and out[-1].text == above else None
    if last is not None and patterns.word_count(last.text) < SITE_WRAP_MIN_ABOVE_WORDS:
        return False
    short = line[:1].islower() and patterns.word_count(line) <= SITE_WRAP_MAX_WORDS
    return last is not None and short and not patterns.ends_sentence(line) and not patterns.ends_sentence(last.text)


def printed_again(paragraph: Sequence[str], line: str) -> bool:
    """The line is the paragraph's one line printed again (a page's title over its heading's copy, head48): no
    hard-wrapped text repeats a line word for word — each copy is a block of its own."""
    return len(paragraph) == 1 and patterns.same_line(paragraph[0], line)


def wrapped(line: str) -> bool:
    """A line of running text cut off in a sentence (hard-wrapped plain text): the lower-case line after it
    goes on with that sentence ("… bij de gemeente" / "ook bij de provincie"), it is no label. A short
    line, or one ending in a name ("3 maart 2024 Anne de Vries"), is no such text."""
    return (
        patterns.word_count(line) >= WRAPPED_MIN_WORDS
        and (line.split()[-1][:1].islower() or line.endswith(","))
        and not patterns.ends_sentence(line)
    )


def placeholder_items(items: Sequence[str]) -> bool:
    """Two items or more that are one word over and over ("• Slider", "• Slider"): a widget's slides whose
    content the page did not print (blind31). An article's list names a different thing on each line."""
    labels = {" ".join(item.split()).casefold() for item in items}
    return len(items) >= 2 and len(labels) == 1 and patterns.word_count(items[0]) <= PLACEHOLDER_ITEM_MAX_WORDS


def dated_rows(blocks: Sequence[Block]) -> list[Block]:
    """Lines of the byline's "Name | date" shape two or more in a row, or one below the running text: a schedule's or
    an agenda's rows ("Ds. Jan de Vries | 3 maart 2024" / "Ds. Kees Bakker | 10 maart 2024"), an event's practical
    line ("Zomerfeest Wijhe | zaterdag 12 juli 2024, 14.00 uur"), the article's to translate, headings again — a
    page prints its byline once, above the text (review45)."""
    out = list(blocks)
    rows = [b.kind is BlockKind.BYLINE and NAME_DATE_BYLINE.search(" ".join(b.text.split())) is not None for b in out]
    begun = next(
        (i for i, b in enumerate(out) if b.kind is BlockKind.PARAGRAPH and patterns.ends_sentence(b.text)), None
    )
    for i, row in enumerate(rows):
        below_text = begun is not None and i > begun
        if row and (below_text or (i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])):
            out[i] = Block(BlockKind.SUBHEADING, out[i].text)
    return out

"""A writer's signature closing a text: a letter to the editor signed "Arno Bakker, Amsterdam", "L.J. Singor,
Warmenhuizen" or "Henk L. Bailly" with the place ("Huissen") or the writer's post ("hoofd Ecologie Grontmij
Nederland") on the next line; or the authors' codes closing a text ("fisp, bepr, ho, svds"). Short unpunctuated
lines at a text's end are otherwise the page's tail (pipeline.text.page_edges.tail_lines); a signature and the line
that completes it are the article's, as are the writer's initials alone on the line under the text ("WJ", "(CM)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text.dutch_rules import NAME_LINE_PARTICLE_GROUP

PARTICLES = rf"(?i:{NAME_LINE_PARTICLE_GROUP})"
NAME_WORD = r"(?-i:[A-ZÀ-Ý][\w'’-]+)"
INITIALS = r"(?-i:[A-ZÀ-Ý]\.(?:\s?[A-ZÀ-Ý]\.){0,3})"
# a first name or initials, more initials, particles, and a capitalised surname last: "Henk L. Bailly"
_PERSON = rf"(?:{NAME_WORD}|{INITIALS})(?: {INITIALS}| {NAME_WORD}| {PARTICLES}){{0,4}}(?<=[\w'’-])"
# the person, then at most three short parts after commas (a place, an institution), or a comma that
# the next line completes ("Michiel Wilhelm,")
SIGNATURE = re.compile(rf"^{_PERSON}(?:, ?[^\s,.!?:;]+(?: [^\s,.!?:;]+){{0,3}}){{0,3}},?$")  # "Piet Bos,Zwolle" too
# the line completing a signature: a place of one to three capitalised words ("Den Haag", "Huissen")
_PLACE = re.compile(rf"^{NAME_WORD}(?: {PARTICLES}| {NAME_WORD}){{0,2}}$")
# the authors' codes closing a Flemish paper's article, lower-case letters after commas ("fisp, bepr, ho, svds",
# site32b): two to six codes of two to four letters
AUTHOR_CODES = re.compile(r"^(?-i:[a-z]{2,4})(, ?(?-i:[a-z]{2,4})){1,5}$")
# the writer's initials in capitals alone on a line under the text, maybe in brackets ("WJ", "(CM)"; blind31)
INITIALS_LINE = re.compile(r"^(?:\([A-Z]{2,3}\)|[A-Z]{2,3})$")
INITIALS_AFTER_MIN_WORDS = 8  # the paragraph above them: running text, not a heading with an abbreviation
SIGNATURE_MAX_WORDS = 10
COMPLETION_MAX_WORDS = 6


def is_signature(line: str) -> bool:
    """A line that is a person's name, with initials and particles, maybe with a place after a comma. A
    name needs two words: one capitalised word ("Huissen", "Nieuwsbrief") is no signature."""
    words = line.split()
    return (
        2 <= len(words) <= SIGNATURE_MAX_WORDS
        and not any(ch.isdigit() for ch in line)
        and bool(SIGNATURE.match(line))
        and not all(w.isupper() for w in words)  # "MEER NIEUWS": capitals are a label
    )


def glued_signature(words: str, *, comma: bool) -> bool:
    """Words glued after a text's last sentence that sign it (pipeline.text.spans): a person's name — with a place
    after a comma when `comma` ("Anna Visser, Utrecht"; two capitalised words alone may be a brand's, "Radio Noord")
    — and no word in capitals ("ANP Classification" is a label)."""
    capitals = any(w.isalpha() and w.isupper() and len(w) > 1 for w in words.split())
    return is_signature(words) and (not comma or "," in words) and not capitals


def is_author_codes(line: str) -> bool:
    return bool(AUTHOR_CODES.match(line.strip()))


def completion(signature: str, line: str) -> bool:
    """The line after a signature that completes it: after a comma, the writer's post or place (any
    short line); else a place name alone."""
    if len(line.split()) > COMPLETION_MAX_WORDS or any(ch in line for ch in ".!?:|"):
        return False
    return signature.endswith(",") or bool(_PLACE.match(line))


def keep_completion(blocks: Sequence[Block], tail: Sequence[int]) -> set[int]:
    """Of the tail lines at indices `tail` (ascending, the text's last blocks), the one right after a
    signature that completes it, if it is the text's last line: an index to keep as the article's."""
    if len(tail) != 1 or tail[0] != len(blocks) - 1 or tail[0] == 0:
        return set()
    before = blocks[tail[0] - 1]
    if before.kind not in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.BYLINE):
        return set()
    return set(tail) if is_signature(before.text) and completion(before.text, blocks[tail[0]].text) else set()


def signed_off(pieces: list[Block]) -> list[Block]:
    """A paragraph cut at its site-text sentences (pipeline.text.site_sentences.split_site_sentences) whose last
    piece is one capitalised word after a site sentence ("De volgende kopij-inleverdatum is 10 april. Beint"): the
    writer's first name glued after the last sentence, the text's signature (a byline), not a closing line of the
    page."""
    if len(pieces) < 2 or pieces[-1].kind is BlockKind.SITE_TEXT or pieces[-2].kind is not BlockKind.SITE_TEXT:
        return pieces
    last = pieces[-1].text.strip()
    if not re.fullmatch(NAME_WORD, last) or last.isupper() or any(ch.isdigit() for ch in last):
        return pieces
    return [*pieces[:-1], Block(BlockKind.BYLINE, pieces[-1].text)]


def initials_bylines(blocks: Sequence[Block]) -> list[Block]:
    """A line of two or three capitals, maybe in brackets ("WJ", "(CM)"), right under a paragraph of running text
    that ends in a sentence: the writer's initials signing the text (a byline), not the page's closing line or a
    footer's link. Not an agency's or the outlet's name ("ANP", "(NOS)": a credit, the page's), and not with running
    text below them before the page's chrome: capitals over more of the article head what follows (a party's row in a results table, a
    country's code over its paragraph, an interviewee's initials over the answer) (review42)."""
    out = list(blocks)
    for index in range(1, len(out)):
        block, above = out[index], out[index - 1]
        line = block.text.strip()
        if block.kind not in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH) or not INITIALS_LINE.match(line):
            continue
        initials = line.strip("()")
        if patterns.is_caption(initials) or patterns.site_line_reason(initials):
            continue  # an agency's or the outlet's name in brackets: "(ANP)", "(NOS)"
        if _running(above) and not _text_below(out[index + 1 :]):
            out[index] = Block(BlockKind.BYLINE, block.text)
    return out


def _text_below(blocks: Sequence[Block]) -> bool:
    """Running text below the line before the page's first line set aside (a widget's, under the article's end)."""
    for block in blocks:
        if block.kind is BlockKind.SITE_TEXT:
            return False
        if _running(block):
            return True
    return False


def _running(block: Block) -> bool:
    """A paragraph of running text: INITIALS_AFTER_MIN_WORDS words or more, ending in a sentence — not in a colon,
    which announces the line below it ("De grootste partij werd opnieuw:" / "VVD"; review42)."""
    text = block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.ends_sentence(block.text)
    announces = block.text.rstrip().endswith(":")
    return text and not announces and patterns.word_count(block.text) >= INITIALS_AFTER_MIN_WORDS


def last_unsigned(blocks: Sequence[Block]) -> int:
    """The index of the text's last block kept (-1 when none), a writer's signature under it ("Piet Bos") passed
    over: the text's last paragraph is the one above it (pipeline.text.teasers, xfail48)."""
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT] or [-1]
    return kept[-2] if len(kept) > 1 and is_signature(blocks[kept[-1]].text) else kept[-1]

"""The title of a text flattened onto one line (scrape_rules.FLAT_*): a scraper that replaced every newline with a
space glues the headline to the dateline or to a photo's caption; the first block is cut there, so the headline is
found (pipeline.text.headline) and the caption is not read as the lede; a feed's meta stamp between them
(scrape_rules.FLAT_STAMP) is set aside as "stamp". Kept around it may be only a date line or a
byline above and short lines below (scrape_rules.FLAT_LINE_MAX_WORDS: a share bar's, a footer's; head36).
Also on a first block with more lines under it: the title and its author's name, written with initials, glued before
the first sentence on the block's first line (a print archive's page: "<title> A.B. de Vries De wethouder …",
blind37) — cut into headline, byline and text (`_byline_cut`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, scrape_rules, signatures, speakers
from pipeline.text.dutch_rules import LINE_CONTINUES, LINE_CONTINUES_PUNCT
from pipeline.text.headline import HEADLINE_MAX_WORDS
from pipeline.text.segment import split_sentences

_DATELINE = re.compile(scrape_rules.FLAT_DATELINE)
_STAMP = re.compile(scrape_rules.FLAT_STAMP, re.IGNORECASE)
# a title's last word naming the person after it by their office or a form of address (speakers.NAME_ROLE: "Dalfsen
# krijgt nieuwe wethouder A. Jansen", "Lintje voor mevrouw G. Bos"): the name is the title's, not its author's (review46)
_ABOVE = (BlockKind.DATELINE, BlockKind.BYLINE)  # kept above the text on one line: its date, its author
# an author's name with initials (signatures: initials, particles, a capitalised surname), maybe after "door", between
# the title and a capitalised word that opens a sentence (scrape_rules.FLAT_SENTENCE_OPENERS): "… bezoeken A.B. de
# Vries De heer …"
_GLUED_NAME = re.compile(
    rf"(?<=\s)(?P<name>(?:(?i:door)\s+)?{signatures.INITIALS}(?:\s{signatures.PARTICLES}){{0,3}}\s{signatures.NAME_WORD})"
    r"\s+(?=(?P<opener>(?-i:[A-ZÀ-Ý])[\w'’]*)\s)"
)


def flat_title(blocks: Sequence[Block]) -> list[Block]:
    """The first block cut into headline (and caption) and text when it is a whole text on one line (a date line or a
    byline above it, short lines below it at most)."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if not kept or any(b.kind is BlockKind.HEADLINE for b in out):
        return out
    index = next((i for i in kept if out[i].kind not in _ABOVE), kept[-1])
    later = " ".join(b.text for b in out[index + 1 :])
    if (bylined := _byline_cut(out[index], later)) is not None:
        out[index : index + 1] = bylined
        return out
    if any(patterns.word_count(out[i].text) > scrape_rules.FLAT_LINE_MAX_WORDS for i in kept if i > index):
        return out  # more running text below: no whole text on one line
    block = out[index]
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LEDE) or "\n" in block.text.strip():
        return out
    text = " ".join(block.text.split())
    if stamped := _stamp_cut(text):  # the stamp tells the title from the text, however short the text
        title, stamp, rest = stamped
        out[index : index + 1] = [
            Block(BlockKind.HEADLINE, title),
            Block(BlockKind.SITE_TEXT, stamp, reason="stamp"),
            Block(BlockKind.PARAGRAPH, rest),
        ]
        return out
    if patterns.word_count(text) < scrape_rules.FLAT_TEXT_MIN_WORDS:
        return out
    # the sentences the site-text pass found (the text is segmented once), whitespace collapsed like the text
    sentences = [" ".join(s.split()) for s in (block.sentences or split_sentences(block.text))]
    pieces = _caption_cut(text, sentences) or _dateline_cut(text)
    if pieces is None:
        return out
    title, caption, rest = pieces
    cut = [Block(BlockKind.HEADLINE, title)]
    if caption:
        cut.append(Block(BlockKind.CAPTION, caption))
    out[index : index + 1] = [*cut, Block(BlockKind.PARAGRAPH, rest, sentences=_rest_sentences(rest, sentences))]
    return out


def _rest_sentences(rest: str, sentences: Sequence[str]) -> tuple[str, ...] | None:
    """The sentences of the text after the cut: the first sentence's tail when the cut fell inside it (a dateline
    after the title), then the others; None when they do not make that text exactly (it is segmented again)."""
    others = " ".join(sentences[1:])
    lead = rest[: len(rest) - len(others)].strip() if rest.endswith(others) else ""
    found = tuple(s for s in (lead, *sentences[1:]) if s)
    return found if " ".join(found) == rest else None


def _title(words: Sequence[str]) -> str | None:
    title = " ".join(words)
    if not scrape_rules.FLAT_TITLE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or re.search(r"[.!?:]$", title):
        return None
    return title if len(split_sentences(title)) == 1 else None


def _dateline_cut(text: str) -> tuple[str, str, str] | None:
    """The title before the first dash that is a dateline's (scrape_rules.FLAT_DATELINE), within the opening words."""
    opening = " ".join(
        text.split(maxsplit=scrape_rules.FLAT_DATELINE_MAX_WORDS)[: scrape_rules.FLAT_DATELINE_MAX_WORDS]
    )
    for match in _DATELINE.finditer(opening):
        opener = (match["opener"] or "").casefold().replace("’", "'")
        if opener and opener not in scrape_rules.FLAT_SENTENCE_OPENERS:
            continue  # a route or a score ("Zwolle - Meppel", "Ajax - PSV"), not a place and a sentence
        place = match.start()
        if (title := _title(text[:place].split())) is not None:
            return title, "", text[place:]
    return None


def _stamp_cut(text: str) -> tuple[str, str, str] | None:
    """The title before a feed's meta stamp (scrape_rules.FLAT_STAMP) within the opening words, the stamp, the text."""
    opening = " ".join(
        text.split(maxsplit=scrape_rules.FLAT_DATELINE_MAX_WORDS)[: scrape_rules.FLAT_DATELINE_MAX_WORDS]
    )
    stamp = _STAMP.search(opening)
    if stamp is None or (title := _title(text[: stamp.start()].split())) is None:
        return None
    return title, stamp["stamp"], text[stamp.end() :].strip()


def _caption_cut(text: str, sentences: Sequence[str]) -> tuple[str, str, str] | None:
    """The first sentence's tail, opening with a capital, that the text repeats later as a sentence of its own (a
    caption shown twice) — the words before it the title."""
    if len(sentences) < 3:
        return None
    first = sentences[0]
    words = first.split()
    repeated = set(sentences[1:])  # the caption is shown again as a whole sentence, not a phrase of one (review26)
    for start in range(scrape_rules.FLAT_TITLE_MIN_WORDS, min(len(words), HEADLINE_MAX_WORDS + 1)):
        caption = " ".join(words[start:])
        if len(words) - start < scrape_rules.FLAT_CAPTION_MIN_WORDS:
            return None
        if caption[:1].isupper() and caption in repeated and (title := _title(words[:start])) is not None:
            return title, caption, text[len(first) :].strip()
    return None


def _byline_cut(block: Block, later: str) -> list[Block] | None:
    """The first line's title, the author's name with initials and the text from the first sentence on (_GLUED_NAME:
    the title one sentence of FLAT_TITLE_MIN_WORDS to HEADLINE_MAX_WORDS words, no sentence's end, not closed by a
    word that runs on into the name, "… een interview met A.B. de Vries", "Afscheid van A.B. de Vries"; the name's
    surname not named again in the text after it, `later` the blocks below: "In memoriam oud-burgemeester J.H. Bakker
    De … Bakker was …" names its subject, review46); None when the block is not so glued."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LEDE):
        return None
    line = block.text.lstrip().split("\n", 1)[0]
    for match in _GLUED_NAME.finditer(line):
        if match["opener"].casefold() not in scrape_rules.FLAT_SENTENCE_OPENERS:
            continue
        words = line[: match.start()].split()
        if len(words) > HEADLINE_MAX_WORDS:
            return None
        if not words or _runs_on(words[-1]) or _title(words) is None:
            continue
        rest = block.text.lstrip()[match.end() :]
        if re.search(rf"\b{re.escape(match['name'].split()[-1])}\b", f"{rest} {later}"):
            continue  # the person the title names, the text's subject
        title = line[: match.start()].strip()
        return [Block(BlockKind.HEADLINE, title), Block(BlockKind.BYLINE, match["name"]), Block(block.kind, rest)]
    return None


def _runs_on(word: str) -> bool:
    """A title's last word that runs on into what follows: a sentence's opener, a preposition, an article, a link, an
    office or a form of address naming the person after it (speakers.NAME_ROLE)."""
    word = word.casefold()
    runs_on = word in scrape_rules.FLAT_SENTENCE_OPENERS or word in LINE_CONTINUES or word[-1] in LINE_CONTINUES_PUNCT
    return runs_on or speakers.NAME_ROLE.fullmatch(word) is not None

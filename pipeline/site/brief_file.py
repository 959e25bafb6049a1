"""A brief file (pipeline.render.brief's Markdown) read back into site blocks.

What a brief file keeps: each block's English (its sentences' translations joined, fidelity
marks after the sentences that lost a number or a name) and its Dutch, escaped. Where one
sentence ends and the next begins is not written down, so the pairs are recovered, not read
(the brief's bytes stay as they are): the Dutch is segmented again with the pipeline's own
segmenter (pipeline.text.segment, the one that cut it for translation), the English with the
same segmenter between the fidelity marks (each mark ends a sentence); when the counts agree,
the i-th English sentence is the i-th Dutch sentence's translation (Alignment.SENTENCE). When
they do not (a translation that came out as two sentences, an empty one, a segmenter changed
since), the block is one pair per paragraph or list item (Alignment.BLOCK), with the fidelity
marks of its sentences as the pair's flags. The pages say which."""

from __future__ import annotations

import re

from pipeline.site.model import Alignment, SentencePair, SiteBlock, SiteBlockKind
from pipeline.text.segment import split_sentences

ARTICLE_START = "## Article\n\n"
LEFT_OUT = "\n## Left out:"
_MARK = re.compile(r"\s*_\(⚠ check the Dutch: (.*?)\)_")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation
_EMAIL_SPAN = re.compile(r"`([^`\s]+@[^`\s]+)`")
_QUOTE = re.compile(r"\A> (?P<en>.*)\n>\n> > (?P<nl>.*)\Z", re.S)


def unescape(text: str) -> str:
    """The text escape_markdown was given (its whitespace already collapsed)."""
    return _ESCAPED.sub(r"\1", _EMAIL_SPAN.sub(r"\1", text))


def _english(escaped: str) -> tuple[str, tuple[str, ...]]:
    flags = tuple(unescape(found) for found in _MARK.findall(escaped))
    return unescape(_MARK.sub("", escaped)).strip(), flags


def _pair(english_escaped: str, dutch_escaped: str) -> SentencePair:
    english, flags = _english(english_escaped)
    return SentencePair(nl=unescape(dutch_escaped), en=english, flags=flags)


def sentence_pairs(english_escaped: str, dutch_escaped: str) -> tuple[SentencePair, ...] | None:
    """The block's sentence pairs, when the English splits into as many sentences as the Dutch
    (None: it does not; pair the block whole)."""
    dutch = split_sentences(unescape(dutch_escaped))
    if len(dutch) <= 1:  # one sentence (or none): the block's pair is the sentence pair
        return (_pair(english_escaped, dutch_escaped),)
    english: list[tuple[str, tuple[str, ...]]] = []
    position = 0
    for mark in _MARK.finditer(english_escaped):
        before = split_sentences(unescape(english_escaped[position : mark.start()]))
        if not before:  # a mark after a sentence with no English
            return None
        english += [(sentence, ()) for sentence in before[:-1]] + [(before[-1], (unescape(mark[1]),))]
        position = mark.end()
    english += [(sentence, ()) for sentence in split_sentences(unescape(english_escaped[position:]))]
    if len(english) != len(dutch):
        return None
    return tuple(SentencePair(nl=nl, en=en, flags=flags) for nl, (en, flags) in zip(dutch, english))


def _one(kind: SiteBlockKind, english: str, dutch: str, time: str | None = None) -> SiteBlock:
    pairs = sentence_pairs(english, dutch)
    if pairs is None:
        return SiteBlock(kind, ((_pair(english, dutch),),), time=time, alignment=Alignment.BLOCK)
    return SiteBlock(kind, (pairs,), time=time, alignment=Alignment.SENTENCE)


def parse_article(body: str) -> tuple[SiteBlock, ...]:
    """The blocks of a brief's article section (between "## Article" and "## Left out")."""
    start = body.find(ARTICLE_START)
    if start < 0:
        return ()
    section = body[start + len(ARTICLE_START) :]
    section = section.split(LEFT_OUT, 1)[0]
    chunks = [c.strip("\n") for c in section.split("\n\n") if c.strip()]
    if chunks and chunks[0].startswith("_Each English paragraph"):
        chunks = chunks[1:]
    blocks: list[SiteBlock] = []
    position = 0
    while position < len(chunks):
        chunk = chunks[position]
        dutch = chunks[position + 1] if position + 1 < len(chunks) and chunks[position + 1].startswith(">") else None
        position += 2 if dutch is not None else 1
        block = _block(chunk, dutch)
        if block is not None:
            blocks.append(block)
    return tuple(blocks)


def _block(chunk: str, dutch: str | None) -> SiteBlock | None:
    quote = _QUOTE.match(chunk)
    if quote:
        return _one(SiteBlockKind.QUOTE, quote["en"], quote["nl"])
    if chunk.startswith("### "):
        return _heading(chunk[4:], dutch)
    if dutch is None:
        return None  # nothing the renderer writes without its Dutch
    if chunk.startswith("- "):
        english_items = [line[2:] for line in chunk.split("\n")]
        dutch_items = [line[4:] if line.startswith("> - ") else line.lstrip("> ") for line in dutch.split("\n")]
        if len(english_items) == len(dutch_items):
            found = [sentence_pairs(e, n) for e, n in zip(english_items, dutch_items)]
            parts = tuple(pairs or (_pair(e, n),) for pairs, e, n in zip(found, english_items, dutch_items))
            aligned = Alignment.BLOCK if None in found else Alignment.SENTENCE
            return SiteBlock(SiteBlockKind.LIST, parts, alignment=aligned)
        return _one(SiteBlockKind.LIST, " ".join(english_items), " ".join(dutch_items))
    dutch_text = dutch[2:] if dutch.startswith("> ") else dutch[1:]
    if chunk.startswith("*") and chunk.endswith("*") and len(chunk) > 1:
        return _one(SiteBlockKind.CAPTION, chunk[1:-1], dutch_text.strip("*"))
    return _one(SiteBlockKind.PARAGRAPH, chunk, dutch_text)


def _heading(english: str, dutch: str | None) -> SiteBlock:
    """`### text` (a subheading) or `### time — text` / `### time` (a liveblog entry: its Dutch
    starts with the time as written)."""
    dutch_text = dutch[2:] if dutch and dutch.startswith("> ") else None
    time, separator, rest = english.partition(" — ")
    if dutch_text is None:  # a time alone: nothing to pair
        return SiteBlock(SiteBlockKind.LIVEBLOG, (), time=unescape(english), alignment=Alignment.SENTENCE)
    plain_time = unescape(time)
    if separator and unescape(dutch_text).startswith(plain_time):
        dutch_plain = unescape(dutch_text)[len(plain_time) :].lstrip(" -–—|:")
        pair = SentencePair(nl=dutch_plain, en=_english(rest)[0], flags=_english(rest)[1])
        aligned = Alignment.SENTENCE if len(split_sentences(dutch_plain)) <= 1 else Alignment.BLOCK
        return SiteBlock(SiteBlockKind.LIVEBLOG, ((pair,),), time=plain_time, alignment=aligned)
    return _one(SiteBlockKind.HEADING, english, dutch_text)

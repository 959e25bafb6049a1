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

from pipeline.site.model import Alignment, SentencePair, SiteBlock, SiteBlockKind
from pipeline.store.brief_files import MARK, Written, WrittenBlock, unescape, written_blocks
from pipeline.text.segment import split_sentences

__all__ = ["parse_article", "sentence_pairs", "unescape"]


def _english(escaped: str) -> tuple[str, tuple[str, ...]]:
    flags = tuple(unescape(found) for found in MARK.findall(escaped))
    return unescape(MARK.sub("", escaped)).strip(), flags


def _pair(english_escaped: str, dutch: str) -> SentencePair:
    english, flags = _english(english_escaped)
    return SentencePair(nl=dutch, en=english, flags=flags)


def sentence_pairs(english_escaped: str, dutch_text: str) -> tuple[SentencePair, ...] | None:
    """The block's sentence pairs, when the English splits into as many sentences as the Dutch
    (None: it does not; pair the block whole). `dutch_text`: plain text (unescaped)."""
    dutch = split_sentences(dutch_text)
    if len(dutch) <= 1:  # one sentence (or none): the block's pair is the sentence pair
        return (_pair(english_escaped, dutch_text),)
    english: list[tuple[str, tuple[str, ...]]] = []
    position = 0
    for mark in MARK.finditer(english_escaped):
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
    return tuple(_block(written) for written in written_blocks(body))


_KINDS = {
    Written.QUOTE: SiteBlockKind.QUOTE,
    Written.HEADING: SiteBlockKind.HEADING,
    Written.CAPTION: SiteBlockKind.CAPTION,
    Written.PARAGRAPH: SiteBlockKind.PARAGRAPH,
}


def _block(written: WrittenBlock) -> SiteBlock:
    if written.kind is Written.LIVEBLOG:
        return _liveblog(written)
    if written.kind is Written.LIST:
        english_items, dutch_items = written.english, written.dutch
        if len(english_items) == len(dutch_items):
            found = [sentence_pairs(e, n) for e, n in zip(english_items, dutch_items)]
            parts = tuple(pairs or (_pair(e, n),) for pairs, e, n in zip(found, english_items, dutch_items))
            aligned = Alignment.BLOCK if None in found else Alignment.SENTENCE
            return SiteBlock(SiteBlockKind.LIST, parts, alignment=aligned)
        return _one(SiteBlockKind.LIST, " ".join(english_items), " ".join(dutch_items))
    return _one(_KINDS[written.kind], written.english[0], written.dutch[0])


def _liveblog(written: WrittenBlock) -> SiteBlock:
    """`### time — text` (its Dutch after the time as written) or `### time` (nothing to pair)."""
    if not written.english:
        return SiteBlock(SiteBlockKind.LIVEBLOG, (), time=written.time, alignment=Alignment.SENTENCE)
    english, flags = _english(written.english[0])
    dutch = written.dutch[0]
    aligned = Alignment.SENTENCE if len(split_sentences(dutch)) <= 1 else Alignment.BLOCK
    pair = SentencePair(nl=dutch, en=english, flags=flags)
    return SiteBlock(SiteBlockKind.LIVEBLOG, ((pair,),), time=written.time, alignment=aligned)

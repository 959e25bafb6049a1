"""Site text inside a paragraph, sentence by sentence (pipeline.text.article calls `split_site_sentences` on
each paragraph it has not set aside whole): a cookie notice, an appeal or a greeting glued to the article's
sentences is cut out as a piece of its own with its reason; the article's sentences around it stay text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, sentence_reasons, shape_rules
from pipeline.text.glued_edges import appeal_run, site_need
from pipeline.text.pointer_sentences import authority_appeal, pointer_reasons
from pipeline.text.roundup import roundup_frame, self_frame
from pipeline.text.segment import split_sentences
from pipeline.text.signatures import signed_off
from pipeline.text.web_tails import tip_questions


def split_site_sentences(block: Block, *, edge: bool = False) -> list[Block]:
    """A paragraph cut where sentences of site text begin and end (exact substrings of its text).
    Each piece keeps the sentences found here (`Block.sentences`): the paragraph is not segmented
    again when it is translated. `edge`: the first or last paragraph of the text (see site_reasons)."""
    sentences = tuple(split_sentences(block.text))
    reasons = site_reasons(sentences, edge=edge)
    if not any(reasons):
        return [replace(block, sentences=sentences)]
    if all(reasons) and len(set(reasons)) == 1:
        return [Block(BlockKind.SITE_TEXT, block.text, reason=reasons[0], sentences=sentences)]
    pieces: list[Block] = []
    position = 0
    for sentence, reason in zip(sentences, reasons):
        start = block.text.find(sentence, position)
        if start < 0:  # not an exact substring: keep the block whole rather than risk losing text
            return [replace(block, sentences=sentences)]
        end = start + len(sentence)
        piece = block.text[position:end].strip()
        position = end
        previous = pieces[-1] if pieces else None
        if previous and (previous.reason or None) == reason:
            pieces[-1] = replace(
                previous, text=f"{previous.text} {piece}", sentences=(*(previous.sentences or ()), sentence)
            )
        elif reason:
            pieces.append(Block(BlockKind.SITE_TEXT, piece, reason=reason, sentences=(sentence,)))
        else:
            pieces.append(Block(block.kind, piece, sentences=(sentence,)))
    rest = block.text[position:].strip()
    if rest:  # the segmenter leaves nothing but whitespace after the last sentence; if not, segment again
        pieces[-1] = replace(pieces[-1], text=f"{pieces[-1].text} {rest}", sentences=None)
    return signed_off(pieces)


def site_reasons(sentences: Sequence[str], *, edge: bool = False) -> list[str | None]:
    """Why each sentence of a paragraph is site text (or None). A short sentence between two of them,
    or a very short one closing the paragraph after one ("Dank u zeer!"), is theirs too; in the first
    or last paragraph (`edge`), an appeal or a disclaimer that makes most of it takes all of it."""
    frame = roundup_frame(sentences) if edge else self_frame(sentences)
    if frame and frame == len(sentences):
        return ["greeting"] * len(sentences)
    reasons = site_need(sentences, sentence_reasons.paragraph_reasons(sentences))
    if any(sentence_reasons.AUTHORITY_CONTACT.search(s) for s in sentences) or authority_appeal(sentences):
        reasons = [None if r == "tip" else r for r in reasons]  # the police's appeal: news as a whole
    reasons = tip_questions(sentences, reasons)  # "Iets gezien in de stad?" before "Meld het aan onze redactie"
    for i in range(1, len(reasons)):
        if reasons[i] is None and reasons[i - 1] and _follows_site_text(sentences, reasons, i):
            reasons[i] = reasons[i - 1]
    reasons = pointer_reasons(sentences, reasons, edge=edge)  # after the sandwich: a pointer takes no neighbour
    if edge or frame:
        reasons = ["greeting"] * frame + (appeal_run(sentences, reasons) if edge else reasons)[frame:]
    appeal = [r for r in reasons if r in patterns.EDGE_REASONS]
    if edge and len(reasons) >= 2 and len(appeal) >= shape_rules.EDGE_SITE_SHARE * len(reasons):
        return [Counter(appeal).most_common(1)[0][0]] * len(reasons)
    return reasons


def _follows_site_text(sentences: Sequence[str], reasons: Sequence[str | None], i: int) -> bool:
    if i + 1 < len(reasons):
        return bool(reasons[i + 1]) and patterns.word_count(sentences[i]) <= shape_rules.SANDWICH_MAX_WORDS
    if patterns.CLOSING_THANKS.match(sentences[i]) or patterns.closing_link(sentences[i]):
        return True
    to_reader = patterns.CLOSING_TO_READER.search(sentences[i])
    return bool(to_reader) and patterns.word_count(sentences[i]) <= shape_rules.CLOSING_TO_READER_MAX_WORDS

"""Furniture glued to a flattened page's text by shape (issue 21, round 6; the expressions are data:
pipeline.text.edge_rules). The spans of site text inside one long line are pipeline.text.spans'; this
module works on the blocks those spans leave.

dateline   an aggregator's source credit with its timestamp opening a block ("Bron: Krant | Regio 3 maart
           2024, 09:15 Zwolle - …"): cut off as the article's dateline (the source and the date are
           metadata, not the article's first sentence)
row date   the date closing a page's metadata row, glued with the row's bar before the first sentence, right under
           the row's first line set aside ("Nieuws | de redactie" / "25 maart 2011 | De gemeente …"): cut off and set
           aside with the row's reason (`row_dates`, blind37)
credit     a news agency's credit glued after a paragraph's sentence: "(ABC)" before the next sentence or
           the end, or bare capitals at the end ("… meldt het ministerie. XYZ"); at a paragraph's (or a
           caption's) end a photo credit after its last sentence ("… superzacht. Foto: Radio 2", round 7); a
           credit naming an open licence ("… Beeld: X/CC BY-SA 4.0.") also at a short caption's end (blind37)
teaser     a related article's card glued between two sentences: its credit, label and title, then its bare
           time before the next capitalised word ("… de fusie. Radio 2 Fusies Dorp reageert: "Nee" 13:31 Ze …")
link       a paragraph that only points the reader "here", to a link that is gone ("Het overzicht vind je hier."),
           maybe after a short question to the reader; one opening with "Hier" only after that question ("Ga je
           de weg op? Hier vind je het overzicht.")
donation   (appeal_run, called by the sentence rules) an edge paragraph's closing appeal: from the sentence
           the donation rule knows to the paragraph's end, when the rest asks for support in the outlet's voice
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules as rules
from pipeline.text import (
    meta_line_rules,
    patterns,
    reader_pointers,
    reader_site_sentences,
    scrape_rules,
    sentence_reasons,
)
from pipeline.text.page_edges import cut_spans
from pipeline.text.segment import split_sentences
from pipeline.text.text_ends import running_text

SOURCE_STAMP = re.compile(r"^\s*" + rules.SOURCE_STAMP + r"(?=\s|$)", re.IGNORECASE)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
GLUED_EDIT_STAMP = re.compile(meta_line_rules.GLUED_EDIT_STAMP, re.IGNORECASE)


def source_stamps(blocks: Sequence[Block]) -> list[Block]:
    """A block opening with a source credit and its date: the credit becomes a DATELINE block; a CMS's edit stamp
    glued after a paragraph's last sentence (meta_line_rules.GLUED_EDIT_STAMP) is set aside as "stamp" (site52)."""
    out: list[Block] = []
    for block in blocks:
        glued = GLUED_EDIT_STAMP.search(block.text) if block.kind in _TEXT_KINDS else None
        if glued is not None:
            out.append(Block(block.kind, block.text[: glued.start()].rstrip()))
            block = Block(BlockKind.SITE_TEXT, glued.group("stamp").strip(), reason="stamp")
        match = SOURCE_STAMP.match(block.text) if block.kind in _TEXT_KINDS else None
        if match is None or patterns.word_count(match.group("name")) > rules.SOURCE_STAMP_MAX_WORDS:
            out.append(block)
            continue
        out.append(Block(BlockKind.DATELINE, match.group().strip()))
        if rest := block.text[match.end() :].strip():
            out.append(Block(block.kind, rest))
    return out


ROW_DATE = re.compile(scrape_rules.ROW_DATE)


_ENTRY_STARTS = re.compile(r"\n|[.!?…]\s+")


def row_dates(blocks: Sequence[Block]) -> list[Block]:
    """A block opening with a date and a bar (ROW_DATE) right under a line set aside that holds a bar too, in the
    page's head (no running text above: under a share row inside the text it opens a timeline's entry) and the only
    such date in the block (not the first of a list of dated entries, review46): the date and its bar set aside with
    that line's reason, the rest kept."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        row = above is not None and above.kind is BlockKind.SITE_TEXT and " | " in above.text
        match = ROW_DATE.match(block.text) if row and block.kind in _TEXT_KINDS else None
        if match is None or not _row_date(match) or any(running_text(b) for b in out):
            out.append(block)
            continue
        reason = above.reason if above is not None else None
        out += [
            Block(BlockKind.SITE_TEXT, match.group().strip(), reason=reason),
            Block(block.kind, block.text[match.end() :].strip()),
        ]
    return out


def _row_date(match: re.Match[str]) -> bool:
    """The matched date a date line's, and no other dated entry opening a line or a sentence after it."""
    rest = match.string[match.end() :]
    entries = (ROW_DATE.match(rest[m.end() :]) for m in _ENTRY_STARTS.finditer(rest))
    return patterns.is_dateline(match["date"]) and not any(e and patterns.is_dateline(e["date"]) for e in entries)


APPEAL_SUPPORT = re.compile(rules.APPEAL_SUPPORT, re.IGNORECASE)
APPEAL_VOICE = re.compile(rules.APPEAL_VOICE, re.IGNORECASE)
APPEAL_REPORTED = sentence_reasons.QUOTED_OR_REPORTED


def appeal_run(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The edge paragraph's closing appeal: from its first donation sentence to the paragraph's end, when
    the sentences after it ask for support in the outlet's voice (see edge_rules), all of it is the appeal."""
    out = list(reasons)
    opener = next((i for i, r in enumerate(out) if r == "donation"), None)
    if opener is None or opener == len(out) - 1:
        return out
    run = sentences[opener + 1 :]
    if (
        any(r not in (None, "donation") for r in out[opener + 1 :])
        or len(run) + 1 > rules.APPEAL_MAX_SENTENCES
        or sum(patterns.word_count(s) for s in sentences[opener:]) > rules.APPEAL_MAX_WORDS
        or any(APPEAL_REPORTED.search(s) for s in run)
        or not any(APPEAL_SUPPORT.search(s) and APPEAL_VOICE.search(s) for s in run)
    ):
        return out
    return out[:opener] + ["donation"] * (len(out) - opener)


SITE_NEED = re.compile(reader_site_sentences.SITE_NEED, re.IGNORECASE)
SITE_ACCOUNT = re.compile(reader_site_sentences.SITE_ACCOUNT, re.IGNORECASE)


def site_need(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """A donation box in the site's voice: when one sentence of the paragraph states the site's need and another
    gives the account to transfer money to (reader_site_sentences.SITE_NEED, SITE_ACCOUNT), neither quoted nor
    reported, both are "donation"; one without the other is left to the other rules."""
    need, account = _own_voice(sentences, SITE_NEED), _own_voice(sentences, SITE_ACCOUNT)
    out = list(reasons)
    if not need or not account or need == account:
        return out
    for i in need | account:
        out[i] = out[i] or "donation"
    return out


def _own_voice(sentences: Sequence[str], pattern: re.Pattern[str]) -> set[int]:
    """The indexes of the sentences `pattern` finds in that are neither quoted nor reported."""
    return {
        i for i, s in enumerate(sentences) if pattern.search(s) and not sentence_reasons.QUOTED_OR_REPORTED.search(s)
    }


AGENCY_CREDIT = re.compile(rules.AGENCY_CREDIT)
PHOTO_CREDIT_END = re.compile(rules.PHOTO_CREDIT_END)
PHOTO_LICENCE_END = re.compile(scrape_rules.PHOTO_LICENCE_END)
_CREDITED_KINDS = (*_TEXT_KINDS, BlockKind.CAPTION)  # a long text ending in a credit may be read as a caption


def agency_credits(blocks: Sequence[Block]) -> list[Block]:
    """A paragraph's glued credit after a sentence ("… in de cel. (ABC)"; at its end also a photo credit,
    "… superzacht. Foto: Radio 2"): cut out as site text, when the text since the previous credit is running
    text (AGENCY_MIN_WORDS words or more)."""
    out: list[Block] = []
    for block in blocks:
        found: list[tuple[int, int, str]] = []
        for match in AGENCY_CREDIT.finditer(block.text) if block.kind in _TEXT_KINDS else ():
            since = found[-1][1] if found else 0  # counted once per piece: linear in the paragraph
            if patterns.word_count(block.text[since : match.start()]) >= rules.AGENCY_MIN_WORDS:
                found.append((match.start("credit"), match.end("credit"), "credit"))
        licence = PHOTO_LICENCE_END.search(block.text) if block.kind in _CREDITED_KINDS else None
        photo = licence or (PHOTO_CREDIT_END.search(block.text) if block.kind in _CREDITED_KINDS else None)
        since = found[-1][1] if found else 0
        least = rules.AGENCY_MIN_WORDS if block.kind in _TEXT_KINDS else rules.PHOTO_CREDIT_CAPTION_MIN_WORDS
        least = 1 if licence else least  # a licence's notice is never a caption's own words
        words = patterns.word_count(block.text[since : photo.start()]) if photo else 0
        if photo and photo.start() >= since and words >= least:
            found.append((photo.start("credit"), photo.end("credit"), "credit"))
        pieces = cut_spans(block, found) if found else [block]
        short = words <= scrape_rules.PHOTO_LICENCE_CAPTION_MAX_WORDS
        if licence and not since and short and len(pieces) == 2 and pieces[0].kind is not BlockKind.SITE_TEXT:
            pieces[0] = Block(BlockKind.CAPTION, pieces[0].text)  # a short text over its picture's licence: its caption
        out += pieces
    return out


CARD_TIME = re.compile(rules.CARD_TIME)
CARD_SENTENCE_END = re.compile(rules.CARD_SENTENCE_END)
CARD_MARK = re.compile(rules.CARD_MARK)
ANY_TIME = re.compile(r"(?<![\d:])\d{1,2}[:.]\d{2}(?![\d:])")


def glued_cards(blocks: Sequence[Block]) -> list[Block]:
    """A related article's card glued between two sentences, ending in its bare time (edge_rules.CARD_TIME):
    cut out as site text ("teaser")."""
    out: list[Block] = []
    for block in blocks:
        found: list[tuple[int, int, str]] = []
        times = list(CARD_TIME.finditer(block.text)) if block.kind in _TEXT_KINDS else []
        ends = [m.end() for m in CARD_SENTENCE_END.finditer(block.text)] if times else []
        clock = [m.start() for m in ANY_TIME.finditer(block.text)] if times else []
        for match in times:
            if _crowded(clock, match.start()):
                continue  # a list of timestamped items (an aggregator's stream): not a card between sentences
            span = _card_start(block.text, match.start(), found[-1][1] if found else 0, ends)
            if span is not None:
                found.append((span, match.end(), "teaser"))
        out += cut_spans(block, found) if found else [block]
    return out


def _crowded(clock: list[int], at: int) -> bool:
    """Another time within CARD_WINDOW_CHARS of this one."""
    index = bisect.bisect_left(clock, at)
    before = clock[index - 1] if index > 0 else None
    after = clock[index + 1] if index + 1 < len(clock) else None
    near = rules.CARD_WINDOW_CHARS
    return (before is not None and at - before < near) or (after is not None and after - at < near)


def _card_start(text: str, time_at: int, floor: int, ends: list[int]) -> int | None:
    """Where the card before a time begins (right after the last sentence end in a bounded window), or None.
    `ends`: where the block's sentence ends end, in order (searched by bisection: linear in the block)."""
    last = bisect.bisect_right(ends, time_at) - 1
    if last < 0 or ends[last] < max(floor, time_at - rules.CARD_WINDOW_CHARS):
        return None
    start = ends[last]
    card = text[start:time_at]
    words = card.split()
    if not rules.CARD_MIN_WORDS <= len(words) <= rules.CARD_MAX_WORDS or card.rstrip()[-1:] in (":", ","):
        return None
    if words[-1].casefold() in rules.CARD_NOT_BEFORE_TIME or not CARD_MARK.search(card):
        return None
    return start


HERE_PROMPT = re.compile(reader_pointers.HERE_PROMPT, re.IGNORECASE)
HERE_QUESTION = re.compile(reader_pointers.HERE_QUESTION, re.IGNORECASE)
HERE_OPENING = re.compile(reader_pointers.HERE_OPENING, re.IGNORECASE)


def link_prompts(blocks: Sequence[Block]) -> list[Block]:
    """A paragraph that only points the reader to a link that is gone ("Hier vind je het overzicht.")."""
    out = list(blocks)
    for index, block in enumerate(out):
        if (
            block.kind is not BlockKind.PARAGRAPH
            or patterns.word_count(block.text) > reader_pointers.HERE_PROMPT_MAX_WORDS
        ):
            continue
        if index + 1 < len(out) and out[index + 1].kind is BlockKind.LIST:
            continue  # "Hier vind je de tien mooiste stranden:" over its list is the article's
        sentences = [s.strip() for s in (block.sentences or split_sentences(block.text))]
        questions = [
            bool(HERE_QUESTION.match(s)) and patterns.word_count(s) <= reader_pointers.HERE_QUESTION_MAX_WORDS
            for s in sentences
        ]
        prompts = [
            bool(HERE_PROMPT.match(s) or (HERE_OPENING.match(s) and any(questions[:i])))
            for i, s in enumerate(sentences)
        ]
        if any(prompts) and all(p or q for p, q in zip(prompts, questions)) and not questions[-1]:
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="link")
    return out

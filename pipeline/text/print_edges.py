"""Site text of a press archive's export and of a paper's column (issue 21, round 4), found by shape
(the expressions are data: pipeline.text.shape_rules) at the text's top — before its first paragraph of
running text — or its tail — after its last one:

archive   a metadata label in capitals with a colon ("KEY:", "KEY: VALUE; VALUE"; at the tail only the key of
          "KEY: a caption"), an archive's cut-off replacement title in brackets ("[Titel wa...]*", anywhere)
          and the asterisk's footnote at the tail ("* Vervangende titel"); not a title in capitals with a colon
          (ARCHIVE_TITLE_MIN_WORDS words or more, its value a phrase, no list: site50)
page      a page reference alone on its line ("Pagina 17", "vervolg van regiopagina 1"), anywhere
credit    a photo credit alone on its line ("Foto Jan de Vries", "FOTO JAN DE VRIES"); not one in brackets under
          its photo's place ("(foto: Omroep Zeeland)"): the outlet sets' gold keeps it as the caption (stop 32)
contact   a line that is only an e-mail address or a social account ("Twitter: @krant"), the short question above it ("Reageren?"), and a short
          paragraph asking the reader to write to an address ("Stuur uw reactie … naar …@…", a column's
          strapline "X is schrijver. … Reacties naar …@…") — not an authority's appeal, not a quote
column    the column's name at the top, when the strapline below names the same person or column
byline    a lower-case label with the author's name at the top ("de vraag van Anna Smit")
tags      a list of a few short names at the top, one of them a line above it again (the title; site45)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import edge_rules, patterns, sentence_reasons
from pipeline.text import shape_rules as rules
from pipeline.text.contact_boxes import contact_boxes
from pipeline.text.offer_questions import offered
from pipeline.text.page_edges import cut_spans, running_text
from pipeline.text.segment import split_sentences

ARCHIVE_KEY = re.compile(rules.ARCHIVE_KEY)
PAGE_LINE = re.compile(rules.PAGE_LINE, re.IGNORECASE)
CREDIT_LINE = re.compile(rules.CREDIT_LINE)
EMAIL_LINE = re.compile(rf"^(@\s*|e-?mail\s*:?\s*)?{rules.EMAIL}\.?$", re.IGNORECASE)
HANDLE_LINE = re.compile(edge_rules.CONTACT_HANDLE_LINE)
PHONE_LINE = re.compile(rules.PHONE_LINE)
CONTACT_REQUEST = re.compile(f"{rules.CONTACT_REQUEST}|{edge_rules.CONTACT_CONDITIONAL}", re.IGNORECASE)
NAMED_LABEL = re.compile(rules.NAMED_LABEL)
BRACKETED_CUT_TITLE = re.compile(rules.BRACKETED_CUT_TITLE)
FOOTNOTE_LINE = re.compile(rules.FOOTNOTE_LINE)
_QUOTES = re.compile(r"[„“”\"]")  # a request quoted is reported, not the paper's
_SENTENCE_END = re.compile(r"\A\s+(?=[A-ZÀ-Ý])|[.!?](\s|$)")  # an address right before a capital ends it too
_WORDS = re.compile(r"[\w'’-]+")
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.DATELINE)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)
_PROSE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def contact_notes(blocks: Sequence[Block]) -> list[Block]:
    """Before the sentence rules cut a paragraph, at the top or the tail (or as the first or last paragraph of
    running text), a short paragraph asking the reader to write to an address: a column's strapline when it
    names the column or the columnist of a short line at the top (both set aside, "column"); a contact note
    as a whole when it opens with the request (reason: the sentence rule that knows it, else "contact")."""
    out = contact_boxes(blocks)  # an organisation's box of address lines under "Contact" (site43b)
    top, tail, first, last = _zones(out)
    lines = [j for j in sorted(top) if out[j].kind in _LINE_KINDS and _short(out[j].text, rules.COLUMN_LINE_MAX_WORDS)]
    for i in sorted(top | tail | {first, last}):
        if i < 0 or not _is_contact_note(out[i]):
            continue
        named = [j for j in lines if j != i and _shares_a_name(out[j].text, _words(out[i].text))]
        sentences = split_sentences(out[i].text)
        if named:
            for j in (*named, i):
                out[j] = Block(BlockKind.SITE_TEXT, out[j].text, reason="column")
        elif _opens_with_request(sentences):
            reason = next((r for s in sentences if (r := sentence_reasons.site_sentence_reason(s))), "contact")
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason=reason)
    return out


def _opens_with_request(sentences: Sequence[str]) -> bool:
    """The request is the first sentence, or follows a short question to the reader ("Ook een vraag?") that is not
    the article's offer ("Heb je vragen over de regeling? Mail dan naar info@zwolle.nl.", offer_questions)."""
    if sentences and CONTACT_REQUEST.search(sentences[0]):
        return True
    question = len(sentences) > 1 and sentences[0].rstrip().endswith("?")
    return (
        question
        and _short(sentences[0], rules.CONTACT_OPENING_MAX_WORDS, question=True)
        and bool(CONTACT_REQUEST.search(sentences[1]))
        and not offered(sentences[0], sentences[1])  # the article's offer or service line (older38)
    )


def print_furniture(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the archive's and the column's lines set aside (each with its rule's reason); a line
    set aside already as the page's tail gets the reason of the rule that names it."""
    out = list(blocks)
    top, tail, _, _ = _zones(out)
    starred = any(b.text.rstrip().endswith("*") for b in out)
    for i, block in enumerate(out):
        if block.kind is BlockKind.SITE_TEXT and block.reason != "tail":
            continue
        original = Block(BlockKind.PARAGRAPH, block.text) if block.kind is BlockKind.SITE_TEXT else block
        after_caption = i > 0 and (out[i - 1].kind is BlockKind.CAPTION or bool(ARCHIVE_KEY.match(out[i - 1].text)))
        after_caption = after_caption or _credited_above(out, i)
        head = i in top and all(b.kind is BlockKind.SITE_TEXT for b in out[:i])  # under the page's lines alone
        zone = {"top": i in top, "tail": i in tail, "opening": i == 0, "head": head}
        if reason := _line_reason(original, **zone, starred=starred, after=after_caption):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason=reason)
        elif (i in top and _title_tags(block, out[:i])) or (block.kind is BlockKind.LIST and _keywords(block, out[:i])):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="tags")
        elif i in tail and _caption_key_end(block.text):
            out[i] = original  # "KEY: A caption": the key is cut off below, the caption stays
    _question_above_address(out, tail)
    return [piece for i, block in enumerate(out) for piece in _archive_key_of_caption(block, tail=i in tail)]


def _credited_above(blocks: Sequence[Block], index: int) -> bool:
    """A credit line whose photographer a caption or a byline above credits already (site49): the page's repeat."""
    text = blocks[index].text.strip()
    holder = text.split(None, 1)[1] if CREDIT_LINE.match(text) else ""  # "Foto: Jan Smit" -> "Jan Smit"
    return bool(holder) and any(
        holder in b.text for b in blocks[:index] if b.kind in (BlockKind.CAPTION, BlockKind.BYLINE)
    )


def _zones(blocks: Sequence[Block]) -> tuple[set[int], set[int], int, int]:
    """The top (after the first line, before the first paragraph of running text), the tail (after the last;
    without running text: the last line) and the indices of the first and the last paragraph of running text."""
    running = [i for i, b in enumerate(blocks) if _running(b)]
    if not running:
        return set(), set(range(max(len(blocks) - 1, 1), len(blocks))), -1, -1
    return set(range(1, running[0])), set(range(running[-1] + 1, len(blocks))), running[0], running[-1]


def _running(block: Block) -> bool:
    return running_text(block) and not _is_contact_note(block)


def _line_reason(
    block: Block, *, top: bool, tail: bool, starred: bool, after: bool, opening: bool = False, head: bool = False
) -> str | None:
    """The rule a line matches (`after`: it follows a caption or a label of one; `opening`: the text's first line,
    where only an address or a phone number is the page's — never the title; `head`: above the article's text with
    only lines set aside above it, where a phone number is the page's — under a title it is the article's, review39)."""
    text = block.text.strip()
    if block.kind in (*_LINE_KINDS, BlockKind.TABLE) and (head or opening) and PHONE_LINE.match(text):
        return "contact"  # the page's phone number above the article's text
    if opening and block.kind in _LINE_KINDS and EMAIL_LINE.match(text):
        return "contact"
    if block.kind not in _LINE_KINDS and block.kind is not BlockKind.LIST:
        return None
    if block.kind is not BlockKind.LIST and PAGE_LINE.match(text):
        return "page"
    if BRACKETED_CUT_TITLE.match(text):
        return "archive"
    if not (top or tail):
        return None
    if tail and starred and FOOTNOTE_LINE.match(text) and _short(text, rules.FOOTNOTE_MAX_WORDS):
        return "archive"
    if block.kind is BlockKind.LIST:
        return None
    if (key := ARCHIVE_KEY.match(text)) and not any(ch.islower() for ch in text[key.end() :]):
        return None if _capitals_title(text, key.end()) else "archive"
    if CREDIT_LINE.match(text) and (after or text.isupper()):  # a credit under its caption, or in capitals
        return "credit"

    if EMAIL_LINE.match(text) or HANDLE_LINE.match(text):
        return "contact"
    if top and NAMED_LABEL.match(text):
        return "byline"
    return None


def _keywords(block: Block, above: Sequence[Block]) -> bool:
    """A list of KEYWORDS_MIN_ITEMS or more items of one capitalised word each, no paragraph of text above it (read
    here, not by the zones: a text cut off mid-sentence has no running text for them): a viewer's keywords (site49).
    Above the title: a line of words kept above it is the article's title, the list its line-up or ingredients
    (review49)."""
    items = [item.strip() for item in block.items] if block.kind is BlockKind.LIST else []
    if len(items) < rules.KEYWORDS_MIN_ITEMS:
        return False  # before reading the blocks above: a line is no list (linear on a page of many lines)
    prose = any(b.kind in _PROSE_KINDS and patterns.word_count(b.text) >= rules.KEYWORDS_TEXT_MIN_WORDS for b in above)
    titled = any(b.kind is not BlockKind.SITE_TEXT and patterns.word_count(b.text) > 1 for b in above)
    if prose or titled:
        return False
    return all(" " not in item and item[:1].isupper() for item in items)


def _capitals_title(text: str, key_end: int) -> bool:
    """A title in capitals with a colon (site50): long (shape_rules.ARCHIVE_TITLE_MIN_WORDS words), its value a
    phrase of several words, not a list of the archive's values ("VERKEER; BRUGGEN")."""
    value = text[key_end:]
    return (
        patterns.word_count(text) >= rules.ARCHIVE_TITLE_MIN_WORDS
        and patterns.word_count(value) >= 2
        and not any(mark in value for mark in ";,")
    )


def _title_tags(block: Block, above: Sequence[Block]) -> bool:
    """A list of a few short names, one of them the title above again in other capitals ("• Nieuws" / "• Kerk En
    Wereld" under "Kerk en wereld"): the page's category tags."""
    items = [" ".join(item.split()) for item in block.items] if block.kind is BlockKind.LIST else []
    if not 2 <= len(items) <= rules.TAGS_MAX_ITEMS:
        return False
    if not all(item[:1].isupper() and _short(item, rules.TAG_MAX_WORDS) and ":" not in item for item in items):
        return False
    lines = {" ".join(b.text.split()).casefold() for b in above if b.kind is not BlockKind.SITE_TEXT}
    return any(item.casefold() in lines for item in items)


def _short(text: str, max_words: int, *, full_stop: bool = False, question: bool = False) -> bool:
    """At most `max_words` words, without a sentence's end (`full_stop`: a full stop allowed, as a caption's;
    `question`: a question mark allowed)."""
    last = text.rstrip()[-1:]
    if full_stop:
        ends = last in "?!"
    else:
        ends = patterns.ends_sentence(text) and not (question and last == "?")
    return patterns.word_count(text) <= max_words and not ends


def _is_contact_note(block: Block) -> bool:
    """A short paragraph asking the reader to write to an e-mail address — not an authority's appeal, and
    not a request that the sentence quotes or attributes ("Mail uw vragen naar …, adviseert de wethouder")."""
    if block.kind not in _TEXT_KINDS or patterns.word_count(block.text) > rules.CONTACT_MAX_WORDS:
        return False
    found = CONTACT_REQUEST.search(block.text)
    if not found:
        return False
    end = _SENTENCE_END.search(block.text[found.end() :])
    sentence = block.text[found.start() : found.end() + end.start() + 1 if end else len(block.text)]
    reported = _QUOTES.search(sentence) or sentence_reasons.authority_tip("tip", sentence)
    return not (reported or sentence_reasons.AUTHORITY_CONTACT.search(block.text))


def _question_above_address(out: list[Block], tail: set[int]) -> None:
    """ "Reageren?" — a short question right above an address line set aside at the tail."""
    for i in sorted(tail):
        block, below = out[i], out[i + 1] if i + 1 < len(out) else None
        if (
            block.kind in _LINE_KINDS
            and below is not None
            and below.reason == "contact"
            and block.text.rstrip().endswith("?")
            and patterns.word_count(block.text) <= rules.CONTACT_QUESTION_MAX_WORDS
        ):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="contact")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _shares_a_name(line: str, note: Sequence[str]) -> bool:
    """The line and the note share a run of words (case aside) with a capitalised word inside the line
    (past its first word: a name, not a sentence's opening capital)."""
    words = _words(line)
    folded = [w.casefold() for w in note]
    size = rules.COLUMN_SHARED_WORDS
    for start in range(len(words) - size + 1):
        run = [w.casefold() for w in words[start : start + size]]
        named = any(w[:1].isupper() for w in words[max(start, 1) : start + size])
        if named and any(folded[j : j + size] == run for j in range(len(folded) - size + 1)):
            return True
    return False


def _caption_key_end(text: str) -> int:
    """ "KEY: A caption" — where a key in capitals ends, before a short value that opens with a capital or a
    figure (0: no such key)."""
    key = ARCHIVE_KEY.match(text)
    value = text[key.end() :].strip() if key else ""
    if key and value and (value[0].isupper() or value[0].isdigit()):
        return key.end() if _short(value, rules.ARCHIVE_VALUE_MAX_WORDS, full_stop=True) else 0
    return 0


def _archive_key_of_caption(block: Block, *, tail: bool) -> list[Block]:
    """At the tail, "KEY: A short caption": the key is the archive's, the caption stays (as a caption)."""
    end = _caption_key_end(block.text) if tail and block.kind in _LINE_KINDS else 0
    if not end:
        return [block]
    pieces = cut_spans(block, [(0, end, "archive")])
    return [p if p.kind is BlockKind.SITE_TEXT else Block(BlockKind.CAPTION, p.text) for p in pieces]

"""Stage 2 — segment: Dutch sentence segmentation of one paragraph.

Built on syntok (``syntok.segmenter``) plus a small Dutch layer:

1. Candidate boundaries are found with one regex: a run of terminal punctuation
   (``. ! ? …``), optionally followed by closing quotes/brackets, then whitespace.  A second
   regex finds a sentence end whose space is missing ("… ook weer.Geert Wilders …").
   A boundary is only ever placed at the start of the next word, so every sentence is an
   exact, stripped substring of the paragraph and nothing is lost or invented.
2. Each candidate is decided by the Dutch rules (`pipeline.text.boundary`, with their data in
   `pipeline.text.dutch_rules`): abbreviations, titles, initials, ``'s``-words, numbers, URLs,
   quotes, ellipses.  When they have no opinion, syntok's decision at that position is used.
3. Units that end without terminal punctuation: an embedded-tweet footer (``— Name (@handle)
   10 februari 2022``) or a tweet's media link followed by more text, and a line inside the
   block that is a heading, caption, credit, dateline, liveblog time or list item.
4. syntok boundaries that are not candidates (after ``;``, inside tokens, around brackets) are
   dropped: Dutch news text does not end sentences there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from syntok.segmenter import segment as _syntok_segment
from syntok.tokenizer import Tokenizer as _SyntokTokenizer

from pipeline.text import dutch_rules as rules
from pipeline.text.boundary import Candidate, Kind, decide
from pipeline.text.versions import SEGMENTER_VERSION

__all__ = ["SEGMENTER_VERSION", "one_article", "sentence_spans", "split_sentences"]

_QUOTE_OPENERS = "‘“„«‹'\""
_LIST_WINDOW = 600  # how far back an inline list's "1." is looked for (characters)
# the spans of each paragraph segmented while one article is read (`one_article`); None outside one
_ARTICLE: ContextVar[dict[str, tuple[tuple[int, int], ...]] | None] = ContextVar("segmented", default=None)


@contextmanager
def one_article() -> Iterator[None]:
    """While one article is read: each paragraph is segmented once, every rule that asks for its
    sentences (`split_sentences`) shares them; dropped when the article is done. Nested: the outer one holds."""
    if _ARTICLE.get() is not None:
        yield
        return
    token = _ARTICLE.set({})
    try:
        yield
    finally:
        _ARTICLE.reset(token)


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph (no blank lines inside) into sentences.

    Every returned sentence is a whitespace-stripped, non-empty, exact substring of
    `paragraph`, in order, non-overlapping; between two sentences there is only whitespace
    (none when the source left out the space after a full stop: "weer.Geert").
    Returns [] for whitespace-only input. Within `one_article`, a paragraph is segmented once.
    """
    memo = _ARTICLE.get()
    if memo is None:
        return [paragraph[start:end] for start, end in sentence_spans(paragraph)]
    spans = memo.get(paragraph)
    if spans is None:
        spans = memo[paragraph] = tuple(sentence_spans(paragraph))
    return [paragraph[start:end] for start, end in spans]


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each sentence in `paragraph` (stripped, in order)."""
    if not paragraph or paragraph.isspace():
        return []
    starts = [_first_non_space(paragraph, 0), *_boundaries(paragraph)]
    ends = [*starts[1:], len(paragraph)]
    return [(start, _strip_end(paragraph, start, end)) for start, end in zip(starts, ends)]


# -- boundary selection ----------------------------------------------------------------------


def _boundaries(paragraph: str) -> list[int]:
    """Offsets where a new sentence starts (excluding the first sentence)."""
    syntok: set[int] | None = None
    chosen: set[int] = set()
    for candidate in _candidates(paragraph):
        decision = decide(candidate)
        if decision is None and not candidate.glued:
            if syntok is None:
                syntok = _syntok_boundaries(paragraph)
            decision = candidate.boundary in syntok
        if decision:
            chosen.add(candidate.boundary)
    chosen.update(_tweet_footer_boundaries(paragraph))
    chosen.update(_line_boundaries(paragraph))
    return sorted(chosen)


def _line_boundaries(paragraph: str) -> list[int]:
    """Starts of lines that begin a new unit after a line without terminal punctuation: a
    heading, caption, credit, byline, dateline, liveblog time or list item ("21.30\nDe …",
    "zijn:\n- een …").  Hard-wrapped text (a line starting lowercase) has no such breaks."""
    if "\n" not in paragraph or rules.WRAPPED_LINE.search(paragraph):
        return []
    found = []
    for match in rules.LINE_BREAK.finditer(paragraph):
        line = paragraph[paragraph.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        if line and _line_is_a_unit(line, paragraph, match.end()):
            found.append(match.end())
    return found


def _line_is_a_unit(line: str, paragraph: str, next_start: int) -> bool:
    """`line` (stripped, without terminal punctuation at its end) ends its unit at the break."""
    bullet_next = bool(rules.BULLET.match(paragraph, next_start))
    last = line[-1]
    if line.rstrip(rules.CLOSERS)[-1:] in tuple(".!?…") or last in rules.LINE_CONTINUES_PUNCT:
        return False  # a terminal is a candidate already; a comma or dash continues
    if rules.SENTENCE_INSIDE_LINE.search(line) or line.split()[-1] in rules.LINE_CONTINUES:
        return False
    if last == ";":
        return bullet_next
    return bullet_next or _next_kind(paragraph, next_start) in (Kind.UPPER, Kind.DIGIT)


def _tweet_footer_boundaries(paragraph: str) -> list[int]:
    """Starts of text that directly follows a tweet footer ("(@TeamNL) 10 februari 2022 Het") or
    a tweet's media link ("pic.twitter.com/Qw12Er34Ty Daarna")."""
    ends = [match.end() for match in rules.MEDIA_LINK_END.finditer(paragraph)]
    if "(@" in paragraph:
        ends += [match.end() for match in rules.TWEET_FOOTER.finditer(paragraph)]
    return [end for end in ends if _next_kind(paragraph, end) not in (Kind.LOWER, Kind.NONE)]


def _candidates(paragraph: str) -> list[Candidate]:
    """All terminal-punctuation positions followed by more text (spaced or glued)."""
    first = _first_non_space(paragraph, 0)
    found = [
        _candidate(paragraph, match, match.group("close") + (match.group("detached") or ""), first)
        for match in rules.CANDIDATE.finditer(paragraph)
    ]
    for match in rules.GLUED.finditer(paragraph):
        left = paragraph[_word_start(paragraph, match.start()) : match.start()]
        right = paragraph[match.end() : _next_space(paragraph, match.end())]
        if not rules.PATHISH.search(left) and not rules.LINKISH.search(right):
            candidate = _candidate(paragraph, match, match.group("close"), first)
            found.append(candidate._replace(glued=True))
    return [candidate for candidate in found if candidate.boundary < len(paragraph)]


def _candidate(paragraph: str, match: re.Match[str], closers: str, first: int) -> Candidate:
    """The candidate of a `CANDIDATE` or `GLUED` match (groups "term" and "close")."""
    term_start, boundary = match.start("term"), match.end()
    emoji = rules.EMOJI_RUN.match(paragraph, boundary)
    boundary = emoji.end() if emoji else boundary
    word_start = _word_start(paragraph, term_start)
    previous_start = _word_start(paragraph, _last_non_space(paragraph, word_start))
    return Candidate(
        boundary=boundary,
        terminal=match.group("term"),
        closers=closers,
        word=paragraph[word_start:term_start],
        previous_word=paragraph[previous_start:word_start].strip(),
        next_kind=_next_kind(paragraph, boundary),
        next_word=_next_word(paragraph, boundary),
        at_paragraph_start=word_start == first,
        quote_lead=_quote_lead(paragraph, term_start) if closers else None,
        numbers_list=_numbers_a_list(paragraph, word_start, paragraph[word_start:term_start]),
    )


def _numbers_a_list(paragraph: str, word_start: int, word: str) -> bool:
    """`word` is a bare number n that numbers an inline list item: it follows a list lead
    ("klein: 1.", "(Red Bull), 2.") or item n-1 of a list that began with "1." after a lead."""
    if not rules.LIST_NUMBER.fullmatch(word):
        return False
    end = _last_non_space(paragraph, word_start)
    if paragraph[end - 1 : end] in (":", ",", ";"):
        return True
    window = max(0, word_start - _LIST_WINDOW)
    first = rules.LIST_START.search(paragraph, window, word_start)
    previous_item = re.compile(rf"(?<!\S){int(word) - 1}\.\s")
    return first is not None and previous_item.search(paragraph, first.start(), word_start) is not None


def _quote_lead(paragraph: str, term_start: int) -> str | None:
    """The word before the opening quote of a short quotation ending at `term_start`, if any."""
    window = paragraph[max(0, term_start - 60) : term_start]
    opener = max(window.rfind(quote) for quote in _QUOTE_OPENERS)
    if opener < 0:
        return None
    quoted = window[opener + 1 :]
    if len(quoted.split()) > rules.SHORT_QUOTE_WORDS or any(ch in quoted for ch in ".!?…"):
        return None
    before = window[:opener]
    if before[-1:] not in (" ", "\u00a0"):
        return None
    words = before.split()
    return words[-1] if words else None


def _syntok_boundaries(paragraph: str) -> set[int]:
    """Start offsets of syntok's sentences (all but the first) in `paragraph`."""
    tokens = _SyntokTokenizer(replace_not_contraction=False).tokenize(paragraph)
    starts: set[int] = set()
    try:
        for sentence in _syntok_segment(tokens):
            first = next((token for token in sentence if token.value), None)
            if first is not None:
                starts.add(first.offset)
    except (IndexError, ValueError, RuntimeError, AssertionError):  # pragma: no cover - defensive
        return set()
    return starts


# -- what follows a candidate ----------------------------------------------------------------


def _next_kind(text: str, position: int) -> Kind:
    """Classify the start of the text at `position` (opening quotes/brackets skipped)."""
    if rules.LINK_START.match(text, position):
        return Kind.UPPER  # "… meer informatie. https://…"
    if rules.MEDIA_LINK_START.match(text, position):
        return Kind.LOWER  # "… Eindhoven! pic.twitter.com/aB3dE5fGh2 — PSV (@PSV) …"
    apostrophe = rules.APOSTROPHE_WORD.match(text, position)
    if apostrophe:  # "'s middags" → lower; "'s Avonds", "'s-Hertogenbosch" → upper
        nxt = apostrophe.group("next")
        if "-" in apostrophe.group("sep") or nxt.isupper():
            return Kind.UPPER
        return Kind.LOWER if nxt.islower() else Kind.NONE
    token = _next_word(text, position)
    char = rules.ALNUM.search(token)
    for _ in range(2):  # a dash, bullet or detached opener: look at the word after it
        if char is not None:
            break
        position = _first_non_space(text, position + len(token))
        token = _next_word(text, position)
        char = rules.ALNUM.search(token)
    if char is None:
        return Kind.NONE
    return _letter_kind(char.group(), token[char.end() :])


def _letter_kind(letter: str, rest: str) -> Kind:
    if letter.isdigit():
        return Kind.DIGIT
    if letter.islower() and rest[:1].isupper():
        return Kind.UPPER  # "iPhone", "eBay"
    return Kind.LOWER if letter.islower() else Kind.UPPER if letter.isupper() else Kind.NONE


# -- character helpers -----------------------------------------------------------------------


def _next_word(text: str, position: int) -> str:
    return text[position : _next_space(text, position)]


def _next_space(text: str, position: int) -> int:
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _last_non_space(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _first_non_space(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

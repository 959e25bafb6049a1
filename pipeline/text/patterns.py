"""The pattern table (pipeline.text.site_rules) compiled, and the line tests built on it: is this site text (and
why), a caption, a byline, a dateline, a kicker, a table line? The sentence tests (site_sentence_reason,
reader_reason, authority_tip) are pipeline.text.sentence_reasons.
Every test takes one whitespace-collapsed line or sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from pipeline.text import (
    frame_rules,
    icon_names,
    interface_rules,
    line_kind_rules,
    mainstream_rules,
    meta_line_rules,
    platform39_rules,
    reader_pointers,
    scrape_rules,
    sentence_reasons,
    shape38_rules,
    shape39_rules,
    shape_rules,
    site40_rules,
    site41_rules,
    site_words,
    title_rules,
    web_rules,
)
from pipeline.text import site_rules as rules
from pipeline.text.outlet_names import OUTLETS
from pipeline.text.sentence_reasons import compile_reasons

TABLE_ROW_MAX_WORDS = 48
SITE_LINE_MAX_WORDS = 24  # a longer line is running text; only sentence rules apply inside it
_FINAL_PUNCTUATION = ".!?:;…"
CLOSING_QUOTES = "\"'’”»)]"
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
_URL_ONLY = re.compile(r"^(<)?(https?://|www\.)\S+(>)?$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]++(\.[\w-]++)*\.(nl|be|com|net|org|eu|nu|tv|fm)$", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+±]?\d[\d.,:’'”]*%?$")
_WORDS = re.compile(r"[\w'’-]+")
_GLUED_BUTTON = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "descriptionShare": two buttons' words glued
_PLURAL_MARK = re.compile(r"(?<=[a-z])\(s\)")  # "playlist(s)"
_PAST_LATIN = re.compile(r"[^\x00-\u024f]")  # a character past Latin Extended-B
_INNER_SENTENCE_END = re.compile(r"((?<!\b[A-ZÀ-Ý])\.|[!?…])[\"”’]?\s+[\"„“‘(]?[A-ZÀ-Ý]")  # not an initial's stop


def _compile(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


SITE_LINES = compile_reasons(
    rules.SITE_LINES
    + title_rules.SITE_LINES
    + scrape_rules.SITE_LINES
    + web_rules.SITE_LINES
    + interface_rules.SITE_LINES
    + icon_names.SITE_LINES
    + meta_line_rules.SITE_LINES
    + frame_rules.SITE_LINES
    + mainstream_rules.SITE_LINES
)
# checked last, when no other rule named the line (structgen38, structgen39, platform39, site40; site47's calls)
_SHAPE_TABLES = (shape38_rules, shape39_rules, platform39_rules, site40_rules, site41_rules)  # site41 too
SHAPE_LINES = compile_reasons([*(p for t in _SHAPE_TABLES for p in t.SITE_LINES), *reader_pointers.CALL_LINES])
EDGE_REASONS = frozenset(["donation", "disclaimer"])  # a paragraph mostly of these is the appeal's as a whole
TEASER_MARKERS = _compile(site_words.TEASER_MARKERS)
TEASER_LINES = _compile(rules.TEASER_LINES)
SHARE_LINES = _compile(rules.SHARE_LINES)
CAPTIONS = _compile(line_kind_rules.CAPTIONS)
BYLINES = _compile(line_kind_rules.BYLINES + title_rules.BYLINES)
DATELINES = _compile(line_kind_rules.DATELINES + site40_rules.DATELINES + site41_rules.DATELINES)
KICKERS = _compile(line_kind_rules.KICKERS)
TABLE_LINES = _compile(line_kind_rules.TABLE_LINES)
TIMESTAMP = re.compile(line_kind_rules.TIMESTAMP, re.IGNORECASE)
TIMESTAMP_PREFIX = re.compile(line_kind_rules.TIMESTAMP_PREFIX)
SPAN_SHARE = re.compile(rules.SPAN_SHARE, re.IGNORECASE)
SPAN_CARD_STAMP = re.compile(rules.SPAN_CARD_STAMP, re.IGNORECASE)
SPAN_LIST_STAMP = re.compile(rules.SPAN_LIST_STAMP)
SPAN_READ_MORE, LINE_READ_MORE = (re.compile(r, re.IGNORECASE) for r in (rules.SPAN_READ_MORE, rules.LINE_READ_MORE))
SPAN_HERE_LINK = re.compile(rules.SPAN_HERE_LINK)
PLACED_BYLINE = re.compile(web_rules.PLACED_BYLINE, re.IGNORECASE)  # "MET VIDEOEen fietser …"
LOWER_LINE = re.compile(shape_rules.LOWER_LINE)
LOWER_NAME = re.compile(shape_rules.LOWER_NAME)
PERSON_NAME = re.compile(shape_rules.PERSON_NAME)
CLOSING_THANKS = re.compile(shape_rules.CLOSING_THANKS, re.IGNORECASE)
CLOSING_TO_READER = re.compile(shape_rules.CLOSING_TO_READER, re.IGNORECASE)
SYMBOL_LINE = re.compile(shape_rules.SYMBOL_LINE)
CODE_LEFTOVER = re.compile(shape_rules.CODE_LEFTOVER)
TABLE_LINKS = re.compile(shape_rules.TABLE_LINKS, re.IGNORECASE)
GLUED_STATUS = re.compile(shape_rules.GLUED_STATUS)
GLUED_CARD = re.compile(shape_rules.GLUED_CARD, re.IGNORECASE)
AGENCY_OPENING = re.compile(shape_rules.AGENCY_OPENING, re.IGNORECASE)
BUTTON_PREFIX = re.compile(shape_rules.BUTTON_PREFIX, re.IGNORECASE)
COMMENT_COUNT_TAIL = re.compile(shape_rules.COMMENT_COUNT_TAIL, re.IGNORECASE)
IDENTIFIER_LINE = re.compile(shape_rules.IDENTIFIER_LINE, re.IGNORECASE)
SECTION_HEADER = re.compile(shape_rules.SECTION_HEADER, re.IGNORECASE)
OPENING_LABEL = re.compile(shape_rules.OPENING_LABEL)
BAR_EPISODE = re.compile(mainstream_rules.BAR_EPISODE)  # a series' episode after a title's bar (title_line)


@cache
def _outlet_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in OUTLETS)


@cache
def outlet_mention() -> re.Pattern[str]:
    """An outlet's name inside a line, "de" dropped ("Podcast van Volkskrant"), names of four characters or more."""
    names = sorted((n.split(" ", 1)[-1] if n.casefold().startswith("de ") else n for n in OUTLETS), key=len)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in reversed(names) if len(n) >= 4) + r")\b")


def _any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


@lru_cache(maxsize=4096)  # a block's text is counted again by pass after pass (a 300,000-word paragraph: 70 times)
def word_count(text: str) -> int:
    return len(text.split())


def forget_lines() -> None:
    """Empty the per-line caches as an article begins: they hold one article's lines, never an archive's."""
    word_count.cache_clear()
    site_line_reason.cache_clear()
    sentence_reasons.sentence_verdict.cache_clear()


def collapse(text: str) -> str:
    """The text as one line: each run of white space one space, none at its ends."""
    return " ".join(text.split())


def same_line(a: str, b: str) -> bool:
    """The two lines are one text, case and white space aside."""
    return collapse(a).casefold() == collapse(b).casefold()


def closing_link(sentence: str) -> bool:
    """A link's word or two closing a paragraph after a sentence of site text ("… een account nodig. Inloggen"): a
    line of site text by itself (a paywall's "Inloggen", a card's "Lees meer"), no stop after it — a link ends in
    none; "Akkoord!" after a quoted "Klik hier om akkoord te gaan." is the article's answer (review51)."""
    text = sentence.strip()
    short = word_count(text) <= shape_rules.CLOSING_LINK_MAX_WORDS and not text.endswith((".", "!", "?", "…"))
    return short and site_line_reason(text) is not None


@lru_cache(maxsize=4096)  # the structure pass asks about many a line more than once (half its calls, stories-dev)
def site_line_reason(line: str) -> str | None:
    """Why a whole line (or short block) of one sentence is site text, or None (more sentences:
    see sentence_reasons.site_sentence_reason)."""
    if word_count(line) > SITE_LINE_MAX_WORDS:
        return None
    if _any(TEASER_LINES, line):
        return "teaser"
    if _any(SHARE_LINES, line):
        return "share"
    if _INNER_SENTENCE_END.search(line):
        return None
    for reason, pattern in SITE_LINES:
        if pattern.search(line):
            return None if sentence_reasons.authority_tip(reason, line) else reason
    decided, reason = sentence_reasons.sentence_verdict(line)
    if decided:
        return reason
    if line.strip(" .:|-").casefold() in _outlet_names():
        return "site_name"
    if _URL_ONLY.match(line):
        return "link"
    if _DOMAIN.match(line):
        return "site_name"
    if is_boilerplate(line):
        return "boilerplate"
    if is_english_interface(line):
        return "interface"
    if TABLE_LINKS.match(line):
        return "link"
    if word_count(line) <= 4 and GLUED_STATUS.match(line):
        return "label"
    if GLUED_CARD.match(line):
        return "teaser"
    if IDENTIFIER_LINE.match(line.strip()) or is_foreign_script(line):
        return "interface"
    if SYMBOL_LINE.match(line) and any(ch in line for ch in "<>«»‹›←→"):
        return "navigation"
    if CODE_LEFTOVER.match(line):
        return "markup"
    return next((reason for reason, pattern in SHAPE_LINES if pattern.search(line)), None)


def is_web_address(line: str) -> bool:
    """A line that is a URL or a domain name and nothing else."""
    return bool(_URL_ONLY.match(line) or _DOMAIN.match(line))


def is_foreign_script(line: str) -> bool:
    """A short line mostly in a script other than Latin ("Показать описание" in a Dutch text)."""
    if word_count(line) > shape_rules.FOREIGN_LINE_MAX_WORDS or not _PAST_LATIN.search(line):
        return False  # no character past Latin: no letter of another script, whatever the line's length
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return False
    other = sum(1 for ch in letters if ord(ch) > 0x24F)  # past Latin Extended-B
    return other >= shape_rules.FOREIGN_SCRIPT_SHARE * len(letters)


def is_english_interface(line: str) -> bool:
    """A short unpunctuated line of two or more words, every word one of an interface's English
    words (or a number): "Read more", "Show all comments", "Top stories", "5 min ago"; buttons glued
    ("View descriptionShare") and a plural's mark ("clip(s)") read as words (site32)."""
    words = [w.casefold() for w in _WORDS.findall(_GLUED_BUTTON.sub(" ", _PLURAL_MARK.sub("", line)))]
    alphabetic = [w for w in words if not w.isdigit()]
    if len(alphabetic) < 2 or len(alphabetic) > 6 or line.rstrip().endswith((".", "!", "?")) or is_dateline(line):
        return False
    return not lone_alt_word(alphabetic) and all(w in site_words.ENGLISH_INTERFACE_WORDS for w in alphabetic)


def lone_alt_word(words: Iterable[str]) -> bool:
    """Fewer than site_words.ALT_TEXT_MIN_WORDS alt text's words, but some, among lower-case words: a name."""
    return 0 < sum(w in site_words.ALT_TEXT_WORDS for w in words) < site_words.ALT_TEXT_MIN_WORDS


def has_inner_sentence_end(line: str) -> bool:
    """A sentence ends inside the line (a full stop, then a capital)."""
    return bool(_INNER_SENTENCE_END.search(line))


def is_person_name(line: str) -> bool:
    return bool(PERSON_NAME.match(line))


def is_lower_label(line: str) -> bool:
    """A short line all in lower case without punctuation ("apache", "secundair logo knw 1")."""
    return bool(LOWER_LINE.match(line))


def is_boilerplate(line: str) -> bool:
    """A short line made mostly of site vocabulary ("Klik hier en lees meer", "Volg ons, deel dit")."""
    words = [w.casefold() for w in _WORDS.findall(line)]
    if not words or len(words) > 12 or line.rstrip().endswith((".", "!", "?")):
        return False
    hits = [w for w in words if w in site_words.BOILERPLATE_WORDS]
    return len(set(hits)) >= 2 and len(hits) * 2 >= len(words)


def is_teaser_marker(line: str) -> bool:
    return word_count(line) <= 8 and _any(TEASER_MARKERS, line)


def is_caption(line: str) -> bool:
    return _any(CAPTIONS, line)


def is_byline(line: str) -> bool:
    return (word_count(line) <= 12 and _any(BYLINES, line)) or bool(PLACED_BYLINE.match(line))


def is_dateline(line: str) -> bool:
    return word_count(line) <= 10 and _any(DATELINES, line)


def is_timestamp(line: str) -> bool:
    return bool(TIMESTAMP.match(line))


def is_kicker(line: str) -> bool:
    return word_count(line) <= 4 and _any(KICKERS, line)


def is_table_line(line: str) -> bool:
    """A rank or a row of cells: "138. Gijs Brouwer - 450 punten", "AEX 812,45 +0,6%"."""
    if word_count(line) > TABLE_ROW_MAX_WORDS:
        return False  # a whole page collapsed onto one line, not a row
    if _any(TABLE_LINES, line):
        return True
    tokens = line.split()
    numbers = sum(1 for t in tokens if _NUMBER.match(t))
    return numbers >= 2 and numbers >= len(tokens) - numbers and not ends_sentence(line)


def is_heading(line: str) -> bool:
    """A short line without final punctuation (closing quotes ignored)."""
    stripped = line.strip()
    if not stripped or len(stripped) > HEADING_MAX_CHARS or len(stripped.split()) > HEADING_MAX_WORDS:
        return False
    core = stripped.rstrip(CLOSING_QUOTES + " ")
    if not core or not any(ch.isalpha() for ch in core):
        return False
    return core[-1] not in _FINAL_PUNCTUATION


def ends_sentence(line: str) -> bool:
    core = line.rstrip(CLOSING_QUOTES + " ")
    return bool(core) and core[-1] in _FINAL_PUNCTUATION

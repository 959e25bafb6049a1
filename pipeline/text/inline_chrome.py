"""A page's interface glued between an article's sentences on one line (a scraper that joined the page's
elements with spaces; issue 21, round site29b; the expressions are data: pipeline.text.inline_rules).
Spans are character offsets of the text, as pipeline.text.spans gives them.

slides     a slideshow's buttons ("Vorige slide Volgende slide"), the slides' pictures gone: interface
comments   a comment section's counter and empty-state prompt closing the line ("0 reactiesEr zijn nog geen reacties
           geplaatst, wees de eerste!")
credit     a photo's copyright credit glued between sentences or closing the line ("… de kerk. © Dagblad Oost Bij
           dat …"): "©" and at most CREDIT_MAX_WORDS capitalised words, not the one opening the next sentence
title      after the last sentence of a line that holds a whole page's text, a title's words closing it (an
           embedded video's or a related card's title): CLOSING_TITLE_MIN_WORDS to CLOSING_TITLE_MAX_WORDS words, the
           first capitalised, without a sentence's end, a comma, a colon or quotation marks, after a sentence of running
           text; a person's name there is a letter's signature (a byline); not the next of the line's own
           dash-led items ("… behouden. NOVEMBER -De gevels van Van Her"), cut off at the text's end
reading    a page's reading time opening the line, glued before its byline ("17min leestijd   door …")
embed      an embedded post's author, handle and its "link" closing the line; not a post's date
           (inline_rules.EMBED_AUTHOR, site42)
dialog     a video player's embed dialog with its frame sizes (inline_rules.EMBED_DIALOG, site42)
initials   the reporter's initials in brackets after the line's last sentence (inline_rules.SIGN_OFF_INITIALS, site42)
contact    a prompt to reach the author closing the line, glued after the signature ("… Wil je de auteur contacteren?
           Stuur haar dan een e-mail. |": inline_rules.AUTHOR_CONTACT)
pointer    a sentence ending in a colon that sends the reader to look or listen "here" ("Bekijk hier hoe …:", "In
           onze special laten we het je zien:") with nothing after it but the page's interface, the text's end, or
           only the embed's title closing the text (a line holding a whole page's text) — with a short question right before it, its lead
"""

from __future__ import annotations

import re

from pipeline.text import inline_rules as rules
from pipeline.text.layout_tip_rules import LAYOUT_NOTE as _LAYOUT_NOTE
from pipeline.text.shape_rules import GLUED_HUMP, SIGNATURE_SPAN
from pipeline.text.signatures import glued_signature

Span = tuple[int, int, str]
SLIDE_CONTROLS = re.compile(rules.SLIDE_CONTROLS)
POINTER_LEAD = re.compile(rules.POINTER_LEAD)
POINTER_SENTENCE = re.compile(rules.POINTER_SENTENCE)
POINTER_QUESTION = re.compile(rules.POINTER_QUESTION)
_SENTENCE_END = re.compile(r"[.!?…]")
COPYRIGHT_SIGN = re.compile(rules.COPYRIGHT_SIGN)
COMMENT_COUNTER = re.compile(rules.COMMENT_COUNTER)
READING_TIME_OPENING = re.compile(rules.READING_TIME_OPENING)
AUTHOR_CONTACT = re.compile(rules.AUTHOR_CONTACT, re.IGNORECASE)
EMBED_AUTHOR = re.compile(rules.EMBED_AUTHOR)
SIGN_OFF_INITIALS = re.compile(rules.SIGN_OFF_INITIALS)
EMBED_DIALOG = re.compile(rules.EMBED_DIALOG, re.IGNORECASE)
LAYOUT_NOTE = re.compile(_LAYOUT_NOTE, re.IGNORECASE)  # "(lees verder onder de Facebookpost)" (site43b)
CLOSING_TITLE_MARKS = re.compile(rules.CLOSING_TITLE_MARKS)
CREDIT_AFTER = re.compile(rules.CREDIT_AFTER)
SENTENCE_OPENER = re.compile(rf"{rules.SENTENCE_OPENERS}$")
SENTENCE_VERBS = re.compile(rules.SENTENCE_VERBS)
DASH_ITEM = re.compile(rules.DASH_ITEM)
DASH_ITEM_BEFORE = re.compile(rules.DASH_ITEM_BEFORE)
_QUOTE_OPENS = "\"“„‘'«"
_QUOTED = re.compile(r"[\"“„‘'][^\"”’']*[\"”’']")
_QUOTE_CLOSES = "\"”’'"
_LAST_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)]*\s+(?=\S)")
_TOKEN = re.compile(r"\S+")
_HUMP = re.compile(GLUED_HUMP)  # a name glued to the next sentence's first word


def inline_spans(text: str) -> list[Span]:
    """The spans of interface text inside one line (unsorted; pipeline.text.spans merges them)."""
    controls = _slide_controls(text)
    comments = [(m.start(), m.end(), "comments") for m in COMMENT_COUNTER.finditer(text)]
    reading = [(0, m.end(), "interface") for m in READING_TIME_OPENING.finditer(text)]
    contact = [(m.start("contact"), len(text.rstrip()), "contact") for m in AUTHOR_CONTACT.finditer(text)]
    contact += [(m.start(), len(text.rstrip()), "embed") for m in EMBED_AUTHOR.finditer(text) if m.start() > 0]
    contact += [(m.start("initials"), m.end("initials"), "credit") for m in SIGN_OFF_INITIALS.finditer(text)]
    contact += [(m.start(), m.end(), "interface") for m in EMBED_DIALOG.finditer(text)]
    contact += [(m.start(), m.end(), "interface") for m in LAYOUT_NOTE.finditer(text)]
    return (
        controls
        + _embed_pointers(text, controls)
        + _credits(text)
        + _closing_title(text)
        + comments
        + reading
        + contact
    )


def _slide_controls(text: str) -> list[Span]:
    return [(m.start(), m.end(), "interface") for m in SLIDE_CONTROLS.finditer(text)]


def _embed_pointers(text: str, interface: list[Span]) -> list[Span]:
    spans: list[Span] = []
    starts = {start: end for start, end, _ in interface}
    for match in POINTER_SENTENCE.finditer(text):
        pointer = match.group("pointer")
        if len(pointer.split()) > rules.POINTER_MAX_WORDS or not POINTER_LEAD.search(pointer):
            continue
        end = match.end()
        after = len(text[end:]) - len(text[end:].lstrip())
        if end + after in starts:
            end = starts[end + after]  # the interface right after it: the embed's buttons
        elif len(text[: match.start()].split()) < rules.ONE_LINE_MIN_WORDS or not _embed_title(text[end:]):
            continue
        else:
            end = len(text.rstrip())
        start = match.start("pointer")
        lead = POINTER_QUESTION.search(text[:start])
        if lead and len(lead.group("question").split()) <= rules.POINTER_QUESTION_MAX_WORDS:
            start = lead.start("question")
        spans.append((start, end, "embed"))
    return spans


def _embed_title(rest: str) -> bool:
    """Nothing follows, or only a title's words closing the text (no sentence's end outside quotation marks)."""
    rest = rest.strip()
    if not rest:
        return True
    if rest[0] in _QUOTE_OPENS:
        return False  # the quote the colon announces: the article's (review28)
    # a quotation runs to the first closing mark after it: none is taken out past the last one, and an opening mark
    # there is not read to the text's end again (a run of "‘‘‘…" without one: quadratic, fix33c)
    closed = max(rest.rfind(mark) for mark in _QUOTE_CLOSES) + 1
    unquoted = _QUOTED.sub("", rest[:closed]) + rest[closed:]
    return len(rest.split()) <= rules.EMBED_TITLE_MAX_WORDS and not _SENTENCE_END.search(unquoted)


def _credits(text: str) -> list[Span]:
    spans: list[Span] = []
    for sign in COPYRIGHT_SIGN.finditer(text):
        names: list[re.Match[str]] = []
        following: str | None = None  # the word after the credit's run, if any
        for word in _TOKEN.finditer(text, sign.end()):
            if len(names) >= rules.CREDIT_MAX_WORDS or not _credit_word(word.group()):
                following = word.group()
                break
            names.append(word)
        end = names[-1].end() if names else sign.end()
        if following is not None and following[:1].islower() and len(names) >= 2:
            opener = names.pop()  # the capitalised word before a lower-case one opens the next sentence
            humps = list(_HUMP.finditer(opener.group()))  # … or the credit's last name glued to it ("PijlVorig")
            end = opener.start() + humps[-1].start() if humps else names[-1].end()
        elif following is not None and not following[:1].islower():
            continue  # more capitalised words than a credit holds: a title or a menu, not this
        glued = bool(CREDIT_AFTER.search(text[: sign.start()])) or following is None
        if glued and names and names[-1].group() != "/":
            spans.append((sign.start(), end, "credit"))
    return spans


def _credit_word(word: str) -> bool:
    return word == "/" or (word[:1].isupper() and not _SENTENCE_END.search(word))


def _closing_title(text: str) -> list[Span]:
    ends = list(_LAST_SENTENCE_END.finditer(text))
    if not ends or len(text[: ends[-1].end()].split()) < rules.ONE_LINE_MIN_WORDS:
        return []
    before = text[ends[-2].end() if len(ends) >= 2 else 0 : ends[-1].end()]
    if len(before.split()) < rules.CLOSING_TITLE_AFTER_MIN_WORDS:
        return []  # a caption's short sentence before it: the words after it are the caption's too
    start, end = ends[-1].end(), len(text.rstrip())
    title = text[start:end]
    words = title.split()
    if not rules.CLOSING_TITLE_MIN_WORDS <= len(words) <= rules.CLOSING_TITLE_MAX_WORDS or not words[0][:1].isupper():
        return []
    if SENTENCE_OPENER.match(words[0]):
        return []  # a sentence that lost its full stop
    # "… geen water maar whisky. Anna van der Berg Goes": a letter's writer, its byline
    if glued_signature(title, comma=False):
        return [(start, end, SIGNATURE_SPAN)]
    if _SENTENCE_END.search(title) or CLOSING_TITLE_MARKS.search(title) or SENTENCE_VERBS.search(title):
        return []  # a sentence's end or marks, or a sentence's verbs: cut off, not a title
    if DASH_ITEM.search(title) and DASH_ITEM_BEFORE.search(text[:start]):
        return []  # the next of the line's dash-led items, cut off (inline_rules.DASH_ITEM)
    return [(start, end, "teaser")]

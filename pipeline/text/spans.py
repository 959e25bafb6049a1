"""Site text inside one long line: what a scraper leaves when it collapses a page's line breaks (an
aggregator's menu, its "read more" and lists of other stories, a story card glued into the body).

Each rule is a shape, not a phrase list: a long run of capitalised words without punctuation (a
menu, a breadcrumb); three or more short items each opened by a time or a day ("13:58 …", "29-11 …"),
none of them more than one sentence (a list of other stories; a liveblog's entries are longer); the
words before a day-and-time stamp ("ma 14 mrt 10:07") since the last sentence (a story card); a share
prompt (a card's title may be a question, with the card's label glued before it: "Antwerpen Niet gedronken
voor een fuif? Dan krijg je … wo 13 apr 12:59"); everything after a "read more" link when most of it is site text already; a name of at most
three capitalised words after the last sentence (a brand); a medium's name standing alone between
sentences (an embed's placeholder: "Social", "Video"; not "Social Media zijn …"); a link fragment ending in "staan hier" glued to
the next sentence; a whole block of story items each stamped with its age ("1. een uur geleden Politiek …").
Spans are character offsets of the text.
Known limit: a headline right after a menu with fewer than three lower-case words in a row ("Zwembad
komt er") reads as part of the menu.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import islice

from pipeline.text import card_rules, edge_rules, patterns, shape_rules
from pipeline.text import site_words as words
from pipeline.text.glued_menus import glued_menu, glued_tail, toggle_opening
from pipeline.text.icon_names import icon_opening
from pipeline.text.inline_chrome import inline_spans
from pipeline.text.menu_spans import SENTENCE_END, capitalised, menus
from pipeline.text.reference_lines import glued_file_names, source_tags
from pipeline.text.signatures import glued_signature

LIST_MIN_ITEMS = 3
LIST_MAX_ITEM_WORDS = 20
CARD_MAX_WORDS = 25
CARD_MAX_CHARS = 400
TAIL_MIN_SITE_SHARE = 0.5  # after "read more", this share of the rest already site text: all of it is
BRAND_MAX_WORDS = 3
PROGRAMME_MAX_WORDS = 3  # "Podcast De Dag:": a medium's name before a programme's name and a colon
_TOKEN = re.compile(r"\S+")
_CUT_MARKER = re.compile(shape_rules.CUT_MARKER, re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’'»)]*\s")
_PLAYER_LOADING = re.compile(edge_rules.PLAYER_LOADING, re.IGNORECASE)
_CARD_LABELLED = re.compile(card_rules.CARD_LABELLED)
_AGE_STAMP = re.compile(card_rules.AGE_STAMP, re.IGNORECASE)
CARD_QUESTION_MAX_WORDS = card_rules.CARD_QUESTION_MAX_WORDS

Span = tuple[int, int, str]
_GLUED_READ_ALSO = re.compile(edge_rules.GLUED_READ_ALSO)
_CREDIT_WORD = re.compile(edge_rules.CREDIT_WORD, re.IGNORECASE)


def site_spans(text: str) -> list[Span]:
    """The spans of site text in `text` (sorted, merged where they touch or overlap)."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    found = menus(tokens) + _story_lists(text, tokens) + _cards(text) + _shares(text)
    found += _placeholders(tokens) + _here_links(text) + _loading(text)
    found += _aged_list(text, tokens) + _read_more_tail(text, tokens, found) + _brand(text, tokens) + _cut_marker(text)
    found += _glued_read_also(text) + inline_spans(text) + glued_menu(text) + glued_tail(text)
    found += toggle_opening(text) + source_tags(text) + glued_file_names(text) + icon_opening(text)
    return _merged(found)


def _story_lists(text: str, tokens: Sequence[tuple[int, int, str]]) -> list[Span]:
    stamps = [m for m in patterns.SPAN_LIST_STAMP.finditer(text)]
    spans: list[Span] = []
    group: list[tuple[int, int]] = []  # (start of stamp, end of its item)
    for index, stamp in enumerate(stamps):
        limit = stamps[index + 1].start() if index + 1 < len(stamps) else len(text)
        item = _item_end(text, stamp.end(), limit)
        if item is None:
            spans += _list_span(group)
            group = []
            continue
        if group and text[group[-1][1] : stamp.start()].strip():
            spans += _list_span(group)  # something between the previous item and this stamp
            group = []
        group.append((stamp.start(), item))
    return spans + _list_span(group)


def _item_end(text: str, start: int, limit: int) -> int | None:
    """Where the list item after a stamp ends: at the next stamp, when it is one short headline;
    at the last stamp, after its first sentence or LIST_MAX_ITEM_WORDS words. None: not an item."""
    words = list(_TOKEN.finditer(text, start, limit))
    if not words:
        return None
    ends = [i for i, w in enumerate(words) if SENTENCE_END.search(w.group())]
    if ends and ends[0] < len(words) - 1 and limit < len(text):
        return None  # more than one sentence before the next stamp: running text
    if limit < len(text):
        return words[-1].end() if len(words) <= LIST_MAX_ITEM_WORDS else None
    last = min(ends[0] if ends else len(words) - 1, LIST_MAX_ITEM_WORDS - 1)
    return words[last].end()


def _list_span(group: Sequence[tuple[int, int]]) -> list[Span]:
    return [(group[0][0], group[-1][1], "teaser")] if len(group) >= LIST_MIN_ITEMS else []


def _cards(text: str) -> list[Span]:
    spans: list[Span] = []
    breaks = list(_SENTENCE_BREAK.finditer(text))  # once: a card looks back to the last one
    ends = [m.end() for m in breaks]
    for stamp in patterns.SPAN_CARD_STAMP.finditer(text):
        before = bisect.bisect_right(ends, stamp.start()) - 1
        start = ends[before] if before >= 0 else 0
        if before >= 0 and text[breaks[before].start()] in "?!":  # the card's title a question, its label glued on
            earlier = ends[before - 1] if before >= 1 else 0
            if (
                _CARD_LABELLED.match(text, earlier)
                and patterns.word_count(text[earlier:start]) <= CARD_QUESTION_MAX_WORDS
            ):
                start = earlier
        if stamp.start() - start > CARD_MAX_CHARS:
            continue  # more than a card's words since the last sentence (and no slicing of a long text)
        start += len(text[start : stamp.start()]) - len(text[start : stamp.start()].lstrip())
        if patterns.word_count(text[start : stamp.start()]) <= CARD_MAX_WORDS:
            spans.append((start, stamp.end(), "teaser"))
    return spans


def _aged_list(text: str, tokens: Sequence[tuple[int, int, str]]) -> list[Span]:
    """A list of other stories each stamped with its age ("1. een uur geleden Politiek <titel> <standfirst> 2. 3 uur
    geleden …"), its line breaks lost: the whole block, when it opens with a stamp (after a number or capitalised
    words only: a list's name) and holds at least
    AGED_LIST_MIN_ITEMS of them, no more than AGED_LIST_MAX_WORDS_PER_ITEM words apart on average."""
    stamps = list(_AGE_STAMP.finditer(text))
    if len(stamps) < card_rules.AGED_LIST_MIN_ITEMS:
        return []
    before = text[: stamps[0].start()].split()
    if len(before) > card_rules.AGED_LIST_MAX_WORDS_BEFORE or not all(capitalised(word) for word in before):
        return []  # a sentence of the story that mentions how long ago things happened
    if len(tokens) > card_rules.AGED_LIST_MAX_WORDS_PER_ITEM * len(stamps):
        return []
    return [(tokens[0][0], tokens[-1][1], "teaser")]


def _placeholders(tokens: Sequence[tuple[int, int, str]]) -> list[Span]:
    """A medium's name standing alone for an embed ("… veranderen. Social Goedemorgen, …", "… Natura2000 Video"):
    capitalised, followed by a capitalised word or nothing, not after a function word ("de Video"), nor the first
    word of a name that goes on into a clause ("Social Media zijn …")."""
    spans: list[Span] = []
    for index, (start, end, word) in enumerate(tokens):
        if word.casefold() not in words.EMBED_PLACEHOLDERS or not word[:1].isupper():
            continue
        before = tokens[index - 1][2].casefold() if index else ""
        after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
        standalone = before not in words.FUNCTION_WORDS and (not after or capitalised(after))
        if standalone and (_names_product(tokens, index) or _continues_name(tokens, index)):
            continue
        if standalone and (index or not _names_programme(tokens[1 : 1 + PROGRAMME_MAX_WORDS])):
            spans.append((start, end, "embed"))
    return spans


def _names_product(tokens: Sequence[tuple[int, int, str]], index: int) -> bool:
    """Inside a sentence (a lower-case word without a sentence's end before it), the medium's name and a
    capitalised word closing the clause are a product's name ("… vervangen door YouTube Music. …")."""
    if not index or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1][2], tokens[index + 1][2]
    return before[:1].islower() and not before.endswith(words.SENTENCE_ENDS) and after.endswith(words.CLAUSE_ENDS)


def _continues_name(tokens: Sequence[tuple[int, int, str]], index: int) -> bool:
    """The words after the medium's name carry it into a clause ("Social Media zijn belangrijk", "Video Journalistiek
    is …"): a capitalised word that closes nothing and opens no sentence (words.SENTENCE_OPENING_WORDS), then a
    lower-case word, up to a sentence's end. A placeholder stands before a sentence ("… opgenomen. Social Vandaag
    krijgt …") or an embed's title, which has no full stop ("Video Burgemeester knipt het lint door")."""
    if index + 2 >= len(tokens):
        return False
    name, after = tokens[index + 1][2], tokens[index + 2][2]
    if not name[:1].isupper() or not name[-1:].isalnum() or name.casefold() in words.SENTENCE_OPENING_WORDS:
        return False
    if not (after[:1].isalpha() and after[:1].islower()):
        return False
    for previous, (_, _, word) in zip(tokens[index + 1 :], tokens[index + 2 :]):
        if word.endswith(words.SENTENCE_ENDS[:3]):
            return True  # the clause is a sentence
        if word[:1].isupper() and word.casefold() in words.SENTENCE_OPENING_WORDS and previous[2][-1:].isalnum():
            return False  # a sentence glued on: the words before it were an embed's title
    return False  # no sentence's end: an embed's title ("Video Burgemeester knipt het lint door")


def _names_programme(following: Sequence[tuple[int, int, str]]) -> bool:
    """The medium's name opening a block is a programme's title ("Podcast De Dag: het jaar van …") when
    capitalised words up to a colon follow it — a title's words, not an embed's stand-in."""
    for _, _, word in following:
        if not capitalised(word):
            return False
        if word.endswith(":"):
            return True
    return False


def _here_links(text: str) -> list[Span]:
    return [
        (m.start(), m.end(), "link")
        for m in patterns.SPAN_HERE_LINK.finditer(text)
        if patterns.word_count(m.group()) <= 12
    ]


def _shares(text: str) -> list[Span]:
    return [(m.start(), m.end(), "share") for m in patterns.SPAN_SHARE.finditer(text)]


def _read_more_tail(text: str, tokens: Sequence[tuple[int, int, str]], found: Sequence[Span]) -> list[Span]:
    matches = list(patterns.SPAN_READ_MORE.finditer(text))
    if not matches:
        return []
    covered = [0] * (len(text) + 1)  # covered[i]: non-space characters of site spans before i
    visible = [0] * (len(text) + 1)  # visible[i]: non-space characters before i
    inside = bytearray(len(text))
    for start, end, _ in found:
        inside[start:end] = b"\x01" * (end - start)
    for i, ch in enumerate(text):
        solid = not ch.isspace()
        visible[i + 1] = visible[i] + solid
        covered[i + 1] = covered[i] + (solid and inside[i])
    for match in matches:
        size = visible[-1] - visible[match.start()]
        site = covered[-1] - covered[match.start()]
        if patterns.word_count(text[match.start() : match.start() + 200]) <= 4 or site >= TAIL_MIN_SITE_SHARE * size:
            return [(match.start(), len(text.rstrip()), "teaser")]
    return []


def _brand(text: str, tokens: Sequence[tuple[int, int, str]]) -> list[Span]:
    """A name of at most three capitalised words after the text's last sentence ("… motorrijder." Radio 2), not a
    photo's credit, nor a sentence's opening cut off by a page break ("… de Middensluis. In": no name ends in a
    function word, site_words.FUNCTION_WORDS; head36). A person's name and a place after a comma is the writer's
    signature: a byline (pipeline.text.signatures); so is a line that reads as a byline ("Tekst Anna Visser",
    site51). Figures alone name nothing: the next numbered section's number where the excerpt ends ("… benoemd. 3",
    site47)."""
    ends = sorted(islice((i for i in range(len(tokens) - 1, -1, -1) if SENTENCE_END.search(tokens[i][2])), 2))
    if len(ends) < 2 or ends[-1] == len(tokens) - 1:
        return []
    tail = tokens[ends[-1] + 1 :]
    credit = _CREDIT_WORD.search(text[tail[0][0] :])  # a photo's credit ("ANP Beeld: Provicom") is the article's
    if tail[-1][2].casefold() in words.FUNCTION_WORDS or _cut_word(tail):
        return []  # "… de Middensluis. In": a sentence's first word, cut off by a page break
    named = any(not t.isdigit() for _, _, t in tail)
    if (
        len(tail) <= BRAND_MAX_WORDS
        and named
        and all(t[:1].isupper() or t.isdigit() for _, _, t in tail)
        and not credit
    ):
        named_tail = text[tail[0][0] : tail[-1][1]]
        signed = glued_signature(named_tail, comma=True) or patterns.is_byline(named_tail)
        return [(tail[0][0], tail[-1][1], shape_rules.SIGNATURE_SPAN if signed else "site_name")]
    return []


def _cut_word(tail: Sequence[tuple[int, int, str]]) -> bool:
    """One word of letters, a capital then lower case or a capital alone, after the last sentence ("… niet dicht!"
    Burgemee", "… en netheid. D", blind64): the next sentence's first word (or part of it) where the text was cut
    off — a brand of one word is a known outlet's
    name ("Trouw", outlet_names.OUTLETS), an abbreviation in capitals or holds a digit or a dot ("NOS", "Nu.nl"); a
    medium's name is a placeholder (`_placeholders`) (blind31)."""
    word = tail[0][2]
    titled = len(tail) == 1 and word.isalpha() and word[:1].isupper() and (word[1:].islower() or len(word) == 1)
    return titled and patterns.site_line_reason(word) != "site_name"


def _cut_marker(text: str) -> list[Span]:
    """An aggregator's cut-off marker at the end of the text ("… [+1293 chars]")."""
    match = _CUT_MARKER.search(text)
    return [(match.start(), match.end(), "interface")] if match else []


def _glued_read_also(text: str) -> list[Span]:
    """A "Lees ook: <title>" link glued between two sentences (edge_rules.GLUED_READ_ALSO)."""
    return [(m.start("link"), m.end("link"), "teaser") for m in _GLUED_READ_ALSO.finditer(text)]


def _loading(text: str) -> list[Span]:
    """A media player's loading placeholder ("Video laden...")."""
    return [(m.start(), m.end(), "embed") for m in _PLAYER_LOADING.finditer(text)]


def _merged(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end, reason in sorted(spans):
        if out and start <= out[-1][1] + 1:
            previous = out[-1]
            out[-1] = (previous[0], max(previous[1], end), previous[2])
        else:
            out.append((start, end, reason))
    return out

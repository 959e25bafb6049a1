"""The outlet speaking about itself, its appeals and bare contact lines (issue 21, site37; pipeline.text.article calls
these after the other rules). Each describes a kind of site text by its shape, not by an outlet's strings:

self_descriptions  the outlet's standing "about us": a paragraph opening "<Name> is een … omroep/krant/nieuwssite …"
                   that speaks as "wij"/"we"/"onze" (the outlet, not a reporter quoting someone: outside quotes),
                   and the paragraphs right below it opening with the same name in the same voice; "about".
join_calls         a call to join the outlet's panel, newsletter or club: a short line ending in "!" that opens with
                   an imperative to sign up ("Meld u aan …", "Doe mee …", "Schrijf je in …", "Word lid …"), and the
                   text after it (on its line or the next) when it addresses the reader ("u", "je") briefly; "promo".
donation_widgets   a short line closed by a donate button after a separator ("Financieel steuntje voor X - Doneer")
                   and the box's short "Steun …" heading right above it; "donation".
address_lines      a line made of ADDRESS_LINE_MIN or more web and e-mail addresses alone, joined by separators
                   ("www.x.be - info@x.be"), no full stop: an article names an address in a sentence; "contact".
copyright_footers  a copyright notice read as a photo's caption because it opens with "©" ("© Kiosk. All rights
                   reserved.", "Copyright © 2024 Kiosk." alone: export_edges.COPYRIGHT_LINE), a short line between two
                   parts of a notice (its credit, "Ontwerp door Studio X."), and the footer's short unpunctuated link lines right above the notice when nothing
                   but site text follows it (a heading heads text; above the page's last line it heads none);
                   "copyright".
boxed_last_cards   (pipeline.text.last_card) the cards of other articles closing the page under a box's heading set
                   aside already ("Check Also"): each a title and its teaser cut off ("… voor mensen ..."); "teaser".
embedded_cards     a link to another article embedded between two of the article's paragraphs: its topic label (at most
                   CARD_LABEL_MAX_WORDS words), its title and its one-sentence teaser, the label's topic named again
                   in the title or the teaser ("Jeugdzorg Brabant" / "Ministerie onderzoekt rapport jeugdzorg" /
                   "Het ministerie …."), under running text and above a subheading, site text or the end. Two
                   headings in a row over one sentence: the article's own subheadings head paragraphs; "teaser".
empty_fields       a page template's line with a field left empty: two separators with nothing between them, and one
                   closing the line ("Stadskrant - - REGIO -"); text never leaves a separator open twice; or a bar
                   opening a line of a word or two, the field before it empty ("| Redactie", site51); "page".
close_buttons      a box's close button "x" alone on its line, and the box's short heading right above it; "widget".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import page_lists, patterns, sentence_reasons, shape_rules, title_rules
from pipeline.text.export_edges import COPYRIGHT_LINE
from pipeline.text.last_card import CARD_TEASER_MAX_WORDS, CARD_TITLE_MAX_WORDS, boxed_last_cards
from pipeline.text.outlet_cards import (
    byline_buttons,
    doubled_stamp_cards,
    link_box_headings,
    paywall_labels,
    titled_cards,
)
from pipeline.text.page_lists import aside
from pipeline.text.segment import split_sentences
from pipeline.text.standing_boxes import about_boxes, field_boxes

SELF_DESCRIPTION_MAX_WORDS = 80
JOIN_CALL_MAX_WORDS = 15
JOIN_TEXT_MAX_WORDS = 60
DONATION_MAX_WORDS = 12
ADDRESS_LINE_MAX_CHARS = 200
ADDRESS_LINE_MIN = 2  # one address alone on a line may be the article's ("www.herkenpesten.nl.")
BOX_HEADING_MAX_WORDS = 5
FOOTER_LINK_MAX_WORDS = 4
EMPTY_FIELDS_MAX_WORDS = 8
CARD_LABEL_MAX_WORDS = 3
TOPIC_MIN_LETTERS = 5
FOOTER_MAX_LINKS = 4
NOTICE_CREDIT_MAX_WORDS = 8
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING, BlockKind.CAPTION)
_NAME = r"(?P<name>[A-Z0-9][\w'’&.-]*(?: [A-Z0-9][\w'’&.-]*){0,3})"
_MEDIUM = (
    r"omroep|zender|krant|dagblad|weekblad|nieuwsblad|nieuwssite|nieuwswebsite|website|nieuwsplatform|platform"
    r"|medium|mediaplatform|magazine|nieuwsdienst|nieuwsbrief|tijdschrift"
)
_SELF = re.compile(rf"^\s*{_NAME} is (?:een|de|het)\b[^.!?]{{0,80}}?\b(?:\w+)?(?:{_MEDIUM})\b", re.UNICODE)
_WE = re.compile(r"\b(wij|we|onze|ons)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“„][^\"“”„]*[\"”]|(?<!\w)['‘][^'‘’]*['’](?!\w)")  # a quote: someone else's voice
_JOIN = re.compile(
    r"^\s*(meld (u|je|jij|jezelf) (nu |direct |snel )?aan|doe (nu |ook )?mee|schrijf (u|je|jij) (nu |direct )?in"
    r"|word (nu |ook )?(lid|donateur|abonnee)|aanmelden|inschrijven)\b",
    re.IGNORECASE,
)
_TO_READER = re.compile(title_rules.WIDGET_READER, re.IGNORECASE)  # addressing the reader
_ADDRESS = re.compile(rf"(?:https?://\S+|www\.[\w.-]+\.[a-z]{{2,}}\S*|{shape_rules.EMAIL}|[\w-]+\.(?:nl|be|com))")
_SEPARATORS = re.compile(r"^[\s\-–—|·•/,]*$")
_DONATE = re.compile(r"\s[-–—|»›>]\s*(doneer|doneren|steun ons|geef)( nu| hier)?\s*[!»›>]?\s*$", re.IGNORECASE)
_SUPPORT = re.compile(r"^\s*steun\s+\S", re.IGNORECASE)
_EMPTY_FIELD = re.compile(r"\s[-–—|]\s+[-–—|]\s.*[-–—|]\s*$|^\|\s+[^\s|]+(\s[^\s|]+)?\s*$")
_CLOSE = re.compile(r"^\s*[x×✕]\s*$", re.IGNORECASE)


def outlet_notes(blocks: Sequence[Block]) -> list[Block]:
    """All the rules of this module, in order."""
    out = list(blocks)
    for rule in _RULES:
        out = rule(out)
    return out


def self_descriptions(blocks: Sequence[Block]) -> list[Block]:
    """Set aside the outlet's paragraph describing itself in its own voice, and the same-voiced ones below it."""
    out = list(blocks)
    index = 0
    while index < len(out):
        match = _self_description(out[index])
        if match is None:
            index += 1
            continue
        name = match.group("name")
        out[index] = aside(out[index], "about")
        index += 1
        while index < len(out) and _same_voice(out[index], name):
            out[index] = aside(out[index], "about")
            index += 1
    return out


def _self_description(block: Block) -> re.Match[str] | None:
    text = block.text
    if block.kind not in _TEXT_KINDS or patterns.word_count(text) > SELF_DESCRIPTION_MAX_WORDS:
        return None
    match = _SELF.match(text)
    return match if match and _speaks_as_we(text[match.end() :]) else None


def _same_voice(block: Block, name: str) -> bool:
    text = block.text.strip()
    short = patterns.word_count(text) <= SELF_DESCRIPTION_MAX_WORDS
    return block.kind in _TEXT_KINDS and short and text.startswith(name + " ") and _speaks_as_we(text)


def _speaks_as_we(text: str) -> bool:
    """The outlet speaking as "wij", "we", "onze" outside quotes, not someone it quotes."""
    return bool(_WE.search(_QUOTED.sub(" ", text)))


def join_calls(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a short sign-up call ending in "!" and the brief text to the reader after it, on its line or the next."""
    out = list(blocks)
    for index, block in enumerate(out):
        text = block.text.strip()
        call, mark, rest = text.partition("!")
        if block.kind not in _TEXT_KINDS or not mark or not _JOIN.match(call):
            continue
        if patterns.word_count(call) > JOIN_CALL_MAX_WORDS or (rest.strip() and not _join_text(rest)):
            continue
        out[index] = aside(block, "promo")
        below = out[index + 1] if index + 1 < len(out) else None
        if not rest.strip() and below is not None and below.kind in _TEXT_KINDS and _join_text(below.text):
            out[index + 1] = aside(below, "promo")
    return out


def _join_text(text: str) -> bool:
    return patterns.word_count(text) <= JOIN_TEXT_MAX_WORDS and bool(_TO_READER.search(text))


def donation_widgets(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a short line closed by a donate button ("… - Doneer") and the "Steun …" heading right above it."""
    out = list(blocks)
    for index, block in enumerate(out):
        if block.kind not in _TEXT_KINDS or not _DONATE.search(block.text):
            continue
        if patterns.word_count(block.text) > DONATION_MAX_WORDS:
            continue
        out[index] = aside(block, "donation")
        above = out[index - 1] if index else None
        if above is not None and above.kind in _TEXT_KINDS and _SUPPORT.match(above.text) and _box_heading(above.text):
            out[index - 1] = aside(above, "donation")
    return out


def address_lines(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a line of web or e-mail addresses and separators alone."""
    return [aside(b, "contact") if b.kind is not BlockKind.HEADLINE and _addresses(b.text) else b for b in blocks]


def _addresses(text: str) -> bool:
    if len(text) > ADDRESS_LINE_MAX_CHARS:  # a contact line is short; and the search stays linear on a long token
        return False
    found = len(_ADDRESS.findall(text)) >= ADDRESS_LINE_MIN and not text.rstrip().endswith(".")
    return found and bool(_SEPARATORS.match(_ADDRESS.sub(" ", text)))


def close_buttons(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a close button "x" alone on its line, with the box's short heading right above it."""
    out = list(blocks)
    for index, block in enumerate(out):
        if not _CLOSE.match(block.text):
            continue
        out[index] = aside(block, "widget")
        above = out[index - 1] if index else None
        if above is not None and above.kind in _TEXT_KINDS and _box_heading(above.text):
            out[index - 1] = aside(above, "widget")
    return out


def _box_heading(text: str) -> bool:
    return page_lists.label(text, BOX_HEADING_MAX_WORDS)


def copyright_footers(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a copyright notice read as a caption, and the footer's link lines above a closing one."""
    out = list(blocks)
    for index, block in enumerate(out):
        if block.kind is BlockKind.CAPTION and _notice(block.text):
            out[index] = aside(block, "copyright")
        if index >= 2 and out[index - 2].reason == "copyright" and _notice_credit(out[index - 1], out[index]):
            out[index - 1] = aside(out[index - 1], "copyright")
        if out[index].reason != "copyright" or any(b.kind is not BlockKind.SITE_TEXT for b in out[index + 1 :]):
            continue
        above = index
        while above > 0 and index - above < FOOTER_MAX_LINKS and _heading(out[above - 1], FOOTER_LINK_MAX_WORDS):
            above -= 1
            out[above] = aside(out[above], "copyright")
    return out


def _notice(text: str) -> bool:
    """A copyright notice: its rights reserved, or the word or the sign, a year and the holder alone on the line."""
    return sentence_reasons.reader_reason(text) == "copyright" or bool(COPYRIGHT_LINE.match(text.strip()))


def _notice_credit(between: Block, below: Block) -> bool:
    """A short line between two parts of a copyright notice is the notice's too ("Copyright © 2024 Krant." / "Ontwerp
    door Studio X." / "All rights reserved.")."""
    return (
        below.reason == "copyright"
        and between.kind in _TEXT_KINDS
        and patterns.word_count(between.text) <= NOTICE_CREDIT_MAX_WORDS
    )


def embedded_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a label, a title and a one-sentence teaser embedded between paragraphs, the label's topic repeated."""
    out = list(blocks)
    for index in range(1, len(out) - 2):
        label, title, teaser = out[index : index + 3]
        below = out[index + 3] if index + 3 < len(out) else None
        if out[index - 1].kind not in (BlockKind.PARAGRAPH, BlockKind.LEDE):
            continue
        if below is not None and below.kind not in (BlockKind.SUBHEADING, BlockKind.SITE_TEXT):
            continue
        if not (_heading(label, CARD_LABEL_MAX_WORDS) and _heading(title, CARD_TITLE_MAX_WORDS)):
            continue
        one = teaser.kind is BlockKind.PARAGRAPH and len(split_sentences(teaser.text)) == 1
        if one and patterns.word_count(teaser.text) <= CARD_TEASER_MAX_WORDS and _topic(label, title, teaser):
            out[index : index + 3] = [aside(b, "teaser") for b in (label, title, teaser)]
    return out


def _heading(block: Block, max_words: int) -> bool:
    return block.kind is BlockKind.SUBHEADING and page_lists.label(block.text, max_words)


def _topic(label: Block, title: Block, teaser: Block) -> bool:
    words = {w.casefold() for w in re.findall(r"\w+", label.text) if len(w) >= TOPIC_MIN_LETTERS}
    named = {w.casefold() for w in re.findall(r"\w+", f"{title.text} {teaser.text}")}
    return bool(words & named)


def empty_fields(blocks: Sequence[Block]) -> list[Block]:
    """Set aside a short template line with an empty field between two separators and one closing it."""
    return [aside(b, "page") if b.kind in _TEXT_KINDS and _empty_fields(b.text) else b for b in blocks]


def _empty_fields(text: str) -> bool:
    return patterns.word_count(text) <= EMPTY_FIELDS_MAX_WORDS and bool(_EMPTY_FIELD.search(text))


_RULES: tuple[Callable[[Sequence[Block]], list[Block]], ...] = (
    self_descriptions,
    join_calls,
    donation_widgets,
    address_lines,
    close_buttons,
    copyright_footers,
    about_boxes,  # site36d: pipeline.text.standing_boxes
    field_boxes,
    boxed_last_cards,
    embedded_cards,
    empty_fields,
    titled_cards,  # site42: pipeline.text.outlet_cards
    link_box_headings,
    doubled_stamp_cards,
    byline_buttons,
    paywall_labels,
)

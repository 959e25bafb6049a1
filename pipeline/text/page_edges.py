"""Site text found by its place on the page (pipeline.text.article calls these): the first line (a
section's header, a lower-case label before the title), a caption's or a date's edges (a viewer's button,
a comment count), a widget's title above a signup form or an appeal, and the page's tail — the short lines
closing the text after its last paragraph of running text. `cut_spans` cuts a block at spans of site text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import card_rules, interface_rules, patterns, shape_rules, signatures, tail_kept, title_rules
from pipeline.text.edge_rules import TAIL_BOX_REASONS
from pipeline.text.text_ends import article_end, running_text

TITLE_MAX_WORDS = 25  # a first line this long without a full stop can be a title with a label before it
RELATIVE_STAMP = re.compile(title_rules.RELATIVE_STAMP, re.IGNORECASE)
GLUED_ALT_TEXT = re.compile(interface_rules.GLUED_ALT_TEXT)
WIDGET_READER = re.compile(title_rules.WIDGET_READER, re.IGNORECASE)
BREADCRUMB = re.compile(title_rules.BREADCRUMB)
WORDMARK = re.compile(shape_rules.WORDMARK)
NUMBERED_WORDMARK = re.compile(shape_rules.NUMBERED_WORDMARK)
PLACE_SECTION_HEADER = re.compile(shape_rules.PLACE_SECTION_HEADER, re.IGNORECASE)


def cut_spans(block: Block, spans: Sequence[tuple[int, int, str]]) -> list[Block]:
    """A block cut at spans of site text (pipeline.text.spans): every piece an exact substring; a span of
    shape_rules.SIGNATURE_SPAN (a letter's "Naam, Plaats" glued after its last sentence) is the author's byline."""
    pieces: list[Block] = []
    position = 0
    for start, end, reason in spans:
        if block.text[position:start].strip():
            pieces.append(Block(block.kind, block.text[position:start].strip()))
        kind = BlockKind.BYLINE if reason == shape_rules.SIGNATURE_SPAN else BlockKind.SITE_TEXT
        pieces.append(Block(kind, block.text[start:end].strip(), reason=None if kind is BlockKind.BYLINE else reason))
        position = end
    if block.text[position:].strip():
        pieces.append(Block(block.kind, block.text[position:].strip()))
    return pieces


def tail_lines(blocks: Sequence[Block]) -> list[Block]:
    """The page's lines closing the text: from the end back to the article's last paragraph of running
    text, short lines without a sentence's end or a figure ("Partner Content", "Рекомендации по теме"),
    as long as nothing of the article's comes after them."""
    out = list(blocks)
    # found once (not per line: that was quadratic); only blocks after it are ever rewritten
    first_running = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    if article_end(out):
        return out  # the text cut off in a sentence or a word, or written without full stops (text_ends)
    for i in range(len(out) - 1, -1, -1):
        b = out[i]
        if b.kind is BlockKind.SITE_TEXT:
            if b.reason in TAIL_BOX_REASONS:
                break  # a box found by its own shape closes the text; the lines above it need their own
            continue
        if b.kind is BlockKind.BYLINE and i == len(out) - 1:
            continue  # the author's line closing the text stays; the credit above it ("Foto's @ <name>") is a tail's
        if not (
            b.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
            and patterns.word_count(b.text) <= shape_rules.TAIL_LINE_MAX_WORDS
            and len(b.text) <= shape_rules.TAIL_LINE_MAX_CHARS
            and not patterns.ends_sentence(b.text)
            and (not any(ch.isdigit() for ch in b.text) or bool(NUMBERED_WORDMARK.match(b.text.strip())))
            and not patterns.is_person_name(b.text)  # the author's signature is the article's
            and not signatures.is_signature(b.text)  # "L.J. Singor, Warmenhuizen"
            and not signatures.is_author_codes(b.text)  # "fisp, bepr, ho, svds"
        ):
            break
        if first_running >= i or tail_kept.said(b.text):
            break  # no article text before it (a title, not a tail), or a sentence without its full stop (older38)
        if tail_kept.announces(out[i - 1]):
            out[i + 1 :] = blocks[i + 1 :]  # only tail lines were rewritten below it
            break  # what the paragraph above announces with its colon: the line and the run under it (older38)
        if any(ch.isdigit() for ch in b.text) and tail_kept.goes_on(out[i - 1]):
            break  # a numbered name ending the line above: "Vanavond bij" / "2Doc" (review41)
        out[i] = Block(BlockKind.SITE_TEXT, b.text, reason="tail")
    tail = [i for i, b in enumerate(out) if b is not blocks[i]]
    for i in signatures.keep_completion(out, tail):  # the place under a signature ("Huissen")
        out[i] = blocks[i]
    return out


def tail_stamps(blocks: Sequence[Block]) -> list[Block]:
    """A short line stamped with a relative time ("2 hours ago", "NU.nl · 12 min geleden", "Bron: NOS · 2h") after
    the article's last paragraph of running text: a list's or an aggregator's stamp, not the article's date (that
    one stands above the text)."""
    out = list(blocks)
    last = max((i for i, b in enumerate(out) if running_text(b)), default=len(out))
    for i in range(last + 1, len(out)):
        b = out[i]
        if (
            b.kind in (BlockKind.DATELINE, BlockKind.BYLINE, BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
            and patterns.word_count(b.text) <= title_rules.RELATIVE_STAMP_MAX_WORDS
            and RELATIVE_STAMP.search(b.text)
        ):
            out[i] = Block(BlockKind.SITE_TEXT, b.text, reason="interface")
    return out


def widget_titles(blocks: Sequence[Block]) -> list[Block]:
    """A short heading right above a signup form, an appeal or a promo is that widget's title; not a person's name
    under the article's paragraph (its author's, over a "Reageer" button), nor a heading over a lone button with the
    article's paragraph under it ("Hoe nu verder" / "Reageer" / <paragraph>: the section's heading; fix49)."""
    out = list(blocks)
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        if (
            out[i].kind is BlockKind.SUBHEADING
            and patterns.word_count(out[i].text) <= shape_rules.WIDGET_TITLE_MAX_WORDS
            and nxt.kind is BlockKind.SITE_TEXT
            and nxt.reason in shape_rules.WIDGET_REASONS
            and not _articles(out, i)
        ):
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason=nxt.reason)
    return out


def _articles(blocks: Sequence[Block], heading: int) -> bool:
    """A person's name or a line with a figure under the article's paragraph closing a sentence (its author's
    signature, a match report's score), or a heading over a lone button (WIDGET_BUTTON_MAX_WORDS words, no
    sentence's end) with such a paragraph right under it."""
    above, after = blocks[max(heading - 1, 0) : heading], blocks[heading + 2 : heading + 3]
    button = blocks[heading + 1].text.strip()
    lone = patterns.word_count(button) <= shape_rules.WIDGET_BUTTON_MAX_WORDS and not patterns.ends_sentence(button)
    text = blocks[heading].text
    signed = any(_prose(b) for b in above) and (patterns.is_person_name(text) or any(c.isdigit() for c in text))
    return signed or (lone and any(_prose(b) for b in after))


def _prose(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.ends_sentence(block.text)


def opening_label(block: Block, below: Block | None = None) -> list[Block]:
    """The text's first line: a section's header ("Politiek nieuws"; of one place, "Laatste nieuws Epe", only over
    a title: over running text it is the article's title, review41; printed again right below it, the title's first
    copy — "Nieuws uit de bibliotheek" twice — the headline, conventions38), or a lower-case label glued before
    the headline ("van de hoofdredactie Initiatieven …"), an image's alt text glued to its first word; a date
    line with its comment count ("— 4 maart 2026, 09:12 | 3 reacties") as below it (edge_labels, site32)."""
    opening_kinds = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.HEADLINE)
    if block.kind not in opening_kinds or patterns.COMMENT_COUNT_TAIL.search(block.text):
        return edge_labels(block)
    over_title = below is not None and not patterns.ends_sentence(below.text)
    header = patterns.SECTION_HEADER.match(block.text) or (over_title and PLACE_SECTION_HEADER.match(block.text))
    if header and not (below is not None and patterns.same_line(below.text, block.text)):  # not the title's first copy
        return [Block(BlockKind.SITE_TEXT, block.text, reason="label")]
    if len(block.text) <= shape_rules.WORDMARK_MAX_CHARS and WORDMARK.match(block.text):
        return [Block(BlockKind.SITE_TEXT, block.text, reason="site_name")]
    if match := GLUED_ALT_TEXT.match(block.text):
        return cut_spans(block, [(0, match.end(), "interface")])
    title = not patterns.ends_sentence(block.text) and patterns.word_count(block.text) <= TITLE_MAX_WORDS
    if title and (match := patterns.OPENING_LABEL.match(block.text)):
        return cut_spans(block, [(0, match.end(), "label")])
    return [block]


def edge_labels(block: Block) -> list[Block]:
    """A viewer's button before a caption ("Volledig scherm …"), a comment count after a date or a
    byline ("… — 7 reacties"): cut off as site text."""
    if block.kind is BlockKind.SITE_TEXT:
        return [block]
    if block.kind is BlockKind.CAPTION and (match := patterns.BUTTON_PREFIX.match(block.text)):
        return cut_spans(block, [(0, match.end(), "interface")])
    if (match := patterns.COMMENT_COUNT_TAIL.search(block.text)) and match.start() > 0:
        pieces = cut_spans(block, [(match.start(), len(block.text), "comments")])
        rest = pieces[0].text
        dated = patterns.is_dateline(rest.rstrip(" —–|·•-"))
        return [Block(BlockKind.DATELINE, rest) if dated else pieces[0], *pieces[1:]]
    return [block]


def opens_section(block: Block, *, last: bool) -> bool:
    """Running text under a section's heading: a paragraph of sentences — or, where the text breaks
    off (`last`: a stored page's prefix), its last words, cut off in a sentence."""
    if block.kind is BlockKind.PARAGRAPH and patterns.ends_sentence(block.text):
        return patterns.word_count(block.text) >= shape_rules.SECTION_TEXT_MIN_WORDS
    cut_off = block.kind in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING) and patterns.word_count(block.text) >= 4
    return last and cut_off


def title_shaped(text: str) -> bool:
    """A linked story's title, longer than a heading: one sentence of at most TEASER_TITLE_MAX_WORDS words that
    ends in a question or exclamation mark, a closing quote or no punctuation ("Zo kom je aan een huis: ‘Wij
    boden 40.000 euro meer’", "Dit moet je weten: wat doe je als de storm losbarst?")."""
    core = text.strip().rstrip("\"'’”» ")
    return (
        bool(core)
        and patterns.word_count(text) <= card_rules.TEASER_TITLE_MAX_WORDS
        and not patterns.has_inner_sentence_end(text)
        and core[-1] not in card_rules.TEASER_TITLE_NOT_AFTER
    )


def menu_items(blocks: Sequence[Block]) -> list[Block]:
    """Short headings between a menu's lines set aside already ("Binnenland" / "Koningshuis" / "Tech", "Sport" /
    "Voetbal" / "Wielrennen" / "Uitzendingen"): a run of at most MENU_GAP_MAX_LINES lines of at most
    MENU_ITEM_MAX_WORDS words without a sentence's end, with a menu line right above it and right below it, are
    that menu's items too — lines longer than a menu's word (MENU_WORD_MAX_WORDS) only as a list of titles
    (MENU_TITLES_MIN_LINES or more): one such line between two menu lines can be the page's title. A line of
    capitalised words only ("Geld Ondernemen Beurs") is a run of menu words, however many."""
    out = list(blocks)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and end - index < title_rules.MENU_GAP_MAX_LINES and _menu_item(out[end]):
            end += 1
        above = index > 0 and _menu_line(out[index - 1])  # not the text's start: a title its page repeats
        words = [out[i].text for i in range(index, end) if not _menu_words(out[i].text)]  # not menu words alone
        longest = max((patterns.word_count(text) for text in words), default=0)
        listed = end - index >= title_rules.MENU_TITLES_MIN_LINES or longest <= title_rules.MENU_WORD_MAX_WORDS
        if end > index and above and listed and end < len(out) and _menu_line(out[end]):
            for i in range(index, end):
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="navigation")
        index = max(end, index + 1)
    return out


def _menu_item(block: Block) -> bool:
    return (
        block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and (patterns.word_count(block.text) <= title_rules.MENU_ITEM_MAX_WORDS or _menu_words(block.text))
        and not patterns.ends_sentence(block.text)
    )


def _menu_words(text: str) -> bool:
    """A line of a menu's words: every word capitalised but a joining word ("Films en series Muziek Boek en cultuur
    Media" is not; "Gezondheid Eten & Drinken Werk & Privé Wonen Reizen" is) — a Dutch title is in sentence case."""
    words = text.split(maxsplit=title_rules.MENU_LINE_MAX_WORDS)  # one more item than the bound: too long
    if not 2 <= len(words) <= title_rules.MENU_LINE_MAX_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in title_rules.MENU_JOINERS for w in words)


def _menu_line(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and block.reason in title_rules.MENU_REASONS


def widget_leads(blocks: Sequence[Block]) -> list[Block]:
    """A widget's lead question to the reader right above it ("Wil je op de hoogte blijven …?" over "Like ons dan
    even op Facebook.") and a short exclamation right below it ("Dat is zo gepiept!") are the widget's."""
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING):
            continue
        below = out[i + 1] if i + 1 < len(out) else None
        above = out[i - 1] if i else None
        text = block.text.rstrip()
        if _widget(below) and text.endswith("?") and WIDGET_READER.search(text):
            lead = patterns.word_count(text) <= title_rules.WIDGET_LEAD_MAX_WORDS
        else:
            lead = (
                _widget(above)
                and text.endswith("!")
                and patterns.word_count(text) <= title_rules.WIDGET_CLOSE_MAX_WORDS
            )
        widget = below if _widget(below) else above
        if lead and widget is not None:
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason=widget.reason)
    return out


def _widget(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.SITE_TEXT and block.reason in shape_rules.WIDGET_REASONS


def above_breadcrumb(blocks: Sequence[Block]) -> list[Block]:
    """A page's menus and teasers above its breadcrumb ("Home » Buitenland"), when the article's title and text
    follow the breadcrumb: at least ABOVE_CRUMB_MIN_LINES lines of headings and short paragraphs, none of them a
    paragraph of ABOVE_CRUMB_TEXT_MAX_WORDS words or more (the article's own text above it: no menu)."""
    out = list(blocks)
    for index, block in enumerate(out):
        if block.kind is not BlockKind.SITE_TEXT or not BREADCRUMB.match(block.text):
            continue
        below = out[index + 1 : index + 1 + title_rules.ABOVE_CRUMB_TEXT_WITHIN]
        if not any(running_text(b) for b in below):
            continue
        above = [i for i in range(index) if out[i].kind is not BlockKind.SITE_TEXT]
        long_text = any(patterns.word_count(out[i].text) >= title_rules.ABOVE_CRUMB_TEXT_MAX_WORDS for i in above)
        page = all(out[i].kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.LEDE) for i in above)
        if len(above) >= title_rules.ABOVE_CRUMB_MIN_LINES and page and not long_text:
            for i in above:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="navigation")
        break
    return out

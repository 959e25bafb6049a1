"""Headings that are never the headline, and texts that have none (issue 21, helper head33; used by
pipeline.text.headline). A scraper that dropped the page's title leaves the text opening with its logo, a menu or a
promo; what is left must give no headline rather than a wrong one. A slider's lines shown twice and a slogan's second
half are no title either (pipeline.text.slide_shapes, head36).

wordmark          one word of two capitalised parts glued ("ZwolleNieuws", "StadsKrant"): a site's logo as text
medium_name       a line of MEDIUM_NAME_MAX_WORDS words or fewer that ends in a news medium's noun ("Leidse Courant",
                  "De Stadskrant") or opens with a broadcaster's ("Omroep Zwolle", "RTV Focus"): a site's
                  name or a box's heading
glued_menu        a line with two or more capitalised words glued to the word before them ("Sport & CultuurNieuws uit
                  DeventerHome"): menu items whose separators a scraper lost; a title's brand name has one at most,
                  and a site's address it names ("'DeStadGorinchem.nl is essentieel'") is one name, not counted
menu_row          a line of MENU_ROW_MIN_WORDS or more capitalised words and no punctuation ("Home Nieuws Sport Cultuur
                  Agenda Contact"): a menu's items joined by spaces; a Dutch title capitalises its first word and
                  names only, a title in capitals is no such row
names_wordmark    a heading that names the logo above it ("Steun StadsKrant met een gift!"): the site's own promo
item_row          a line of ITEM_ROW_MIN_ITEMS or more items split by one separator (/ | · • > » ›), each item after
                  the first of ITEM_MAX_WORDS words or fewer ("Je bent hier: Home / Nieuws / Binnenland"): a path or a
                  menu; a title's items are phrases ("… • Drones boven Denemarken • …")
logo_header       a logo's alt text ("Logo Joop", "BNNVARA Logo": meta_line_rules.LOGO_LINE), a heading that is the
                  logo's name ("Joop") below it and, below them, the site's tagline ("De opiniesite van BNNVARA met
                  …", meta_line_rules.TAGLINE): the page's header, no title (head34)
widget_buttons    a short line right under a form's prompt set aside ("Schrijf je in voor onze nieuwsbrief …!" over
                  "Inschrijven Ik ben al ingeschreven"): the form's buttons (head35)
self_notice       a line opening with the page's words for itself ("Dit artikel is 3 jaar oud", "Deze pagina wordt niet
                  meer bijgewerkt"): a notice about the page, no title
menu_list         a list of items of ITEM_MAX_WORDS words or fewer before any heading ("• Sport • Cultuur"): a menu
                  read as a list, passed over on the way to the title
date_strip        a list whose first item is a weekday and a date ("• zaterdag 07 February 2026 • Het laatste nieuws
                  uit …"): the page header's date strip, passed over too (meta_line_rules.WEEKDAY_DATE)
SECTION_LINK      "Al het nieuws", "Alle video's": a link to all of one kind, a section's index
interface_label   a line of INTERFACE_LABEL_MAX_WORDS words or fewer, each an interface's word (site_words: "Zoeken",
                  "Video", "Search", "Read more"): a button or a tab
letterless        a line without a letter or a figure ("×", "|", "•••"): a button's or a divider's
crumb_label       a heading with a breadcrumb's separator glued to a word ("sport> Uitslagen"): a page path above the
                  title
caps_items        ROUNDUP_MIN_ITEMS or more headings in capitals below a heading ("Nieuwsoverzicht" over "BANKEN BEZORGD
                  OM GGZ", "NEDERLANDER OP EU-POST", …): a digest's items, the short heading above them its title
dated_title       the heading right above the date line(s) or its byline and the running text, below other headings: the
                  title (an article's header: title, date or byline, text), the short headings above it a photo's
                  credit, a label or a menu's words (head35)
photo_roundup     a text of items, each a photo's caption, a heading and one paragraph, from its first line on: a
                  news round-up's items, no title above them
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import meta_line_rules, patterns, site_words
from pipeline.text.slide_shapes import continued_line, slide_copy
from pipeline.text.title_words import titles_over_date
from pipeline.text.unrelated import letter_words

# A capitalised word glued to a word in lower case before it: "…CultuurNieuws…" (lower, capital, two more lower);
# "PvdA", "PostNL" (a capital after the lower-case run closes the word) are no glue.
GLUE = re.compile(r"[a-zà-ÿ](?=[A-ZÀ-Ý][a-zà-ÿ]{2})")
# One word, two or three capitalised parts, letters only: "AndereStad", "ZwolleNieuwsNu".
WORDMARK = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]++(?:[A-ZÀ-Ý][a-zà-ÿ]++){1,2}")
MEDIUM_NAME_MAX_WORDS = 3
# Of the name's last word; not "nieuws": "Goed nieuws" is a title (a section's "Regionaal nieuws" is set aside before).
MEDIUM_ENDINGS = ("krant", "courant", "blad", "bode", "gazet")
BROADCASTER_OPENINGS = frozenset({"omroep", "rtv", "radio", "tv"})  # the name's first word
GLUED_MENU_MIN_GLUES = 2  # a headline with a brand ("WhatsApp", "PlayStation") has one
WORD_EDGES = "‘’“”\"'„,.:;!?()"  # quotes and marks around a word of a title
# A capitalised word, the rest in lower case ("Sport", not "NOS" or "sport"); a menu row's words are all such but one.
MENU_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]++")
MENU_ROW_MIN_WORDS = 6
MENU_ROW_LETTERS = re.compile(r"[^\W\d_]++(?: [^\W\d_]++)*+")  # words of letters, one space between: no punctuation
# The page naming itself at the line's start (case-insensitive): a notice about the page.
# "Al het nieuws", "Alle video's": all of one kind, a link to a section's index (head34). Any kind on purpose: only a
# heading is refused as the title; meta_line_rules' navigation line, which takes the line out of the text wherever it
# stands, names its few kinds ("Alle genomineerden" is a story's subheading)
SECTION_LINK = re.compile(r"(?i:(?:al\s++het|al\s++de|alle)\s++[^\W\d_]++(?:'s)?+)")
READING = meta_line_rules.READING_TIME_LINE  # a reading time ("< 1 min lezen"): no title (headline36)
SELF_NOTICE = re.compile(rf"(?i:(?:dit|deze|onze) (?:artikel|bericht|pagina|site|website|webpagina)\b|{READING})")
ITEM_SEPARATORS = "/|·•>»›"
WEEKDAY_DATE = re.compile(meta_line_rules.WEEKDAY_DATE, re.IGNORECASE)
LOGO_LINE = re.compile(meta_line_rules.LOGO_LINE)
TAGLINE = re.compile(meta_line_rules.TAGLINE, re.IGNORECASE)
ITEM_ROW_MIN_ITEMS = 3
ITEM_MAX_WORDS = 2
MENU_LIST_MIN_ITEMS = 2
# A breadcrumb's separator right after a word, a space after it: "interview> Navraag", "Sport» Voetbal".
CRUMB_SEPARATOR = re.compile(r"\w[>»›]\s")
DATED_LABEL_MAX_WORDS = 3  # a label, a credit ("Free to use"), an alt text above a dated title; longer: a title
BUTTONS_MAX_WORDS = 6  # a form's buttons under its prompt: "Inschrijven Ik ben al ingeschreven"
# the reasons of a form's prompt set aside (a subset of shape_rules.WIDGET_REASONS)
BUTTONS_UNDER = ("newsletter", "donation", "app")
ROUNDUP_MIN_ITEMS = 3  # caption, heading and one paragraph, this many times from the text's first line on
INTERFACE_WORDS = site_words.BOILERPLATE_WORDS | site_words.ENGLISH_INTERFACE_WORDS | site_words.GERMAN_INTERFACE_WORDS
INTERFACE_LABEL_MAX_WORDS = 3
CAPS_ITEM_MIN_LETTERS = 6  # a heading in capitals: not an abbreviation ("NOS")
ROUNDUP_MIN_UNITS = 4  # or the whole text of headings over one or two paragraphs, ROUNDUP_MIN_ITEMS with a photo
ROUNDUP_UNIT_MAX_PARAGRAPHS = 2
_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.DATELINE, BlockKind.BYLINE})
_TEXT = frozenset({BlockKind.PARAGRAPH, BlockKind.LEDE})
_META = frozenset({BlockKind.DATELINE, BlockKind.BYLINE})


def wordmark(text: str) -> bool:
    return bool(WORDMARK.fullmatch(text.strip()))


def item_row(text: str) -> bool:
    for separator in ITEM_SEPARATORS:
        items = [i.strip() for i in text.split(f" {separator} ")]
        if len(items) >= ITEM_ROW_MIN_ITEMS and all(0 < len(i.split()) <= ITEM_MAX_WORDS for i in items[1:]):
            return True
    return False


def menu_list(block: Block) -> bool:
    items = block.items
    return (
        block.kind is BlockKind.LIST
        and len(items) >= MENU_LIST_MIN_ITEMS
        and all(len(i.split()) <= ITEM_MAX_WORDS for i in items)
    )


def date_strip(block: Block) -> bool:
    items = block.items
    return block.kind is BlockKind.LIST and bool(items) and bool(WEEKDAY_DATE.match(items[0].strip()))


def _logo_name(text: str) -> str | None:
    logo = LOGO_LINE.match(patterns.collapse(text))
    return (logo["after"] or logo["before"]).casefold() if logo else None


def logo_header(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` is a logo's alt text, the name of a logo above it, or the site's tagline below one."""
    text = blocks[index].text
    if _logo_name(text) is not None:
        return True
    names = {name for b in blocks[:index] if (name := _logo_name(b.text)) is not None}
    return bool(names) and (patterns.collapse(text).casefold() in names or bool(TAGLINE.match(text.strip())))


def self_notice(text: str) -> bool:
    return bool(SELF_NOTICE.match(text.strip()))


def interface_label(text: str) -> bool:
    words = letter_words(text)
    if patterns.lone_alt_word(words):
        return False  # "Picture This": a name, not an alt text
    return 0 < len(words) <= INTERFACE_LABEL_MAX_WORDS and all(w in INTERFACE_WORDS for w in words)


def letterless(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)  # a figure is a title ("6,5": the number of the day)


def medium_name(text: str) -> bool:
    words = text.casefold().split()
    if not 0 < len(words) <= MEDIUM_NAME_MAX_WORDS or text.rstrip()[-1:] in ".!?:":
        return False
    return words[-1].endswith(MEDIUM_ENDINGS) or len(words) > 1 and words[0] in BROADCASTER_OPENINGS


def glued_menu(text: str) -> bool:
    words = (w.strip(WORD_EDGES) for w in text.split())  # a site's address ("DeStadGorinchem.nl") is one name
    return sum(len(GLUE.findall(w)) for w in words if not patterns.is_web_address(w)) >= GLUED_MENU_MIN_GLUES


def menu_row(text: str) -> bool:
    words = text.split()
    capitalised = sum(1 for w in words if MENU_WORD.fullmatch(w))
    return len(words) >= MENU_ROW_MIN_WORDS and capitalised >= len(words) - 1 and bool(MENU_ROW_LETTERS.fullmatch(text))


def crumb_label(text: str) -> bool:
    return bool(CRUMB_SEPARATOR.search(text))


def names_wordmark(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` names, as a word of its own, a logo (`wordmark`) on a line above it."""
    words = {w.casefold() for w in re.findall(r"\w+", blocks[index].text)}
    return any(wordmark(b.text) and b.text.strip().casefold() in words for b in blocks[:index])


def not_a_title(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` is a logo, a medium's name, a menu (glued, a row, a path), a button, a divider, a notice
    about the page or the site's own promo: never the headline."""
    text = blocks[index].text
    return (
        wordmark(text)
        or medium_name(text)
        or glued_menu(text)
        or menu_row(text.strip())
        or item_row(text)
        or letterless(text)
        or interface_label(text)
        or bool(SECTION_LINK.fullmatch(text.strip()))
        or self_notice(text)
        or names_wordmark(blocks, index)
        or logo_header(blocks, index)
        or widget_buttons(blocks, index)
        or slide_copy(blocks, index)  # a slider's lines shown twice, its slogan's second half (head36)
        or continued_line(text)
    )


def widget_buttons(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` right under a form's prompt set aside (a sentence asking to sign up or to give:
    BUTTONS_UNDER), short (BUTTONS_MAX_WORDS) and with no sentence's end: the form's buttons ("Inschrijven Ik ben al
    ingeschreven"), no title (head35). Under a link's line ("Inschrijven op de nieuwsbrief"), a comment box's or a
    letters page's lines, a heading is the title."""
    above, text = blocks[index - 1] if index else None, blocks[index].text.strip()
    return (
        above is not None
        and above.kind is BlockKind.SITE_TEXT
        and above.reason in BUTTONS_UNDER
        and patterns.ends_sentence(above.text)
        and len(text.split()) <= BUTTONS_MAX_WORDS
        and not patterns.ends_sentence(text)
    )


def caps_items(blocks: Sequence[Block], index: int) -> bool:
    """The heading right below `index` is in capitals, and so are ROUNDUP_MIN_ITEMS or more headings below it (the
    first counted): a digest's items. One headline in capitals under a label, or an article's subheadings in capitals
    under its title, are none."""
    below = [b.text for b in blocks[index + 1 :] if b.kind is BlockKind.SUBHEADING]
    return (
        bool(below) and _in_capitals(below[0]) and sum(1 for text in below if _in_capitals(text)) >= ROUNDUP_MIN_ITEMS
    )


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= CAPS_ITEM_MIN_LETTERS and all(ch.isupper() for ch in letters)


def dated_title(blocks: Sequence[Block], candidates: Sequence[int]) -> int | None:
    """The last of two or more headings above the text when a date line or a byline follows it right away and the
    running text follows them, site text passed over (title, date or byline, text: an article's header; headline36);
    None when the first heading has its own date line or byline or the last opens in lower case, or a heading above
    it is longer than a label (DATED_LABEL_MAX_WORDS): the title over its subtitle or deck — but not over a run of
    other stories' titles (title_words.titles_over_date)."""
    if len(candidates) < 2 or _dated(blocks, candidates[0]):
        return None
    if (listed := titles_over_date(blocks, candidates)) is not None:
        return listed
    last = candidates[-1]
    if not _dated(blocks, last) or blocks[last].text[:1].islower():  # a subtitle in lower case, under the title
        return None
    if any(len(blocks[i].text.split()) > DATED_LABEL_MAX_WORDS for i in candidates[:-1]):
        return None  # a heading of a title's length above it: the title, over its deck
    after = next((b for b in blocks[last + 1 :] if b.kind not in _META and b.kind is not BlockKind.SITE_TEXT), None)
    return last if after is not None and after.kind in _TEXT else None


def _dated(blocks: Sequence[Block], index: int) -> bool:
    return index + 1 < len(blocks) and blocks[index + 1].kind in _META


def photo_roundup(blocks: Sequence[Block]) -> bool:
    """From the text's first line (site text aside), ROUNDUP_MIN_ITEMS or more items of a photo's caption, a heading
    and exactly one paragraph: a round-up of news items, each with its own photo and title, and no title above. Or
    the whole text such items (`_units`): ROUNDUP_MIN_UNITS or more headings, each over one or two paragraphs, most
    over one, ROUNDUP_MIN_ITEMS of them under a photo's caption — the first item without a photo of its own too."""
    kinds = [b.kind for b in blocks if b.kind not in _PASSED]
    items = 0
    while len(kinds) >= 3 and kinds[0] is BlockKind.CAPTION and kinds[1] is BlockKind.SUBHEADING:
        if kinds[2] not in _TEXT or len(kinds) > 3 and kinds[3] in _TEXT:
            break
        items += 1
        kinds = kinds[3:]
    if items >= ROUNDUP_MIN_ITEMS:
        return True
    units = _units([b.kind for b in blocks if b.kind not in _PASSED])
    return (
        len(units) >= ROUNDUP_MIN_UNITS
        and all(1 <= n <= ROUNDUP_UNIT_MAX_PARAGRAPHS for _, n in units)
        and sum(1 for _, n in units if n == 1) * 2 > len(units)
        and sum(1 for photo, _ in units if photo) >= ROUNDUP_MIN_ITEMS
    )


def _units(kinds: Sequence[BlockKind]) -> list[tuple[bool, int]]:
    """The text as headings, each with whether a caption is right above it and the paragraphs under it; [] when
    running text comes before the first heading or between a heading's paragraphs and the next caption or heading."""
    units: list[tuple[bool, int]] = []
    photo = False
    for kind in kinds:
        if kind is BlockKind.CAPTION and not photo:
            photo = True
        elif kind is BlockKind.SUBHEADING:
            units.append((photo, 0))
            photo = False
        elif kind in _TEXT and units and not photo:
            units[-1] = (units[-1][0], units[-1][1] + 1)
        else:
            return []
    return units

"""An icon font's names left in the text (issue 21, site35): a web page draws its buttons with an icon font whose
glyphs are written as English words ("search", "close", "location_on"), and a scraper keeps those words — on a menu's
line ("Bedrijven search add", "searchclose") or before the values they mark at a paragraph's opening ("schedule 2 min
location_on 3 km De brug …": a reading time, a distance). Described by their shape: lower-case English interface
words, two or more in a row or glued, or one written with an underscore (no Dutch word has one); the line's other
words capitalised items of a menu. With them, three more kinds of a page's interface left as a line: a header image's
alt text ("Site logo", "Banner Banner"), a signup box's button for who signed up already ("Ik ben al
ingeschreven") and a web app's message keys shown untranslated ("search.noResults orderForm.title", site36).
pipeline.text.patterns reads SITE_LINES with its other tables (case-insensitive: the names' lines are marked
`(?-i:…)`, a capitalised "Search" is a word of English text); pipeline.text.spans calls `icon_opening`.
`article_items` (called by pipeline.text.article) gives back a lone key or alt-text word that the article itself
introduces: between two of its paragraphs, after a colon or named in the paragraph below ("navigator.userAgent").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind

# the names of an icon font's glyphs that pages show as buttons (Material Icons' and the like), lower case
ICON_WORDS = (
    "search|close|add|remove|clear|menu|more_vert|more_horiz|expand_more|expand_less|chevron_left|chevron_right"
    "|arrow_back|arrow_forward|arrow_upward|arrow_downward|arrow_drop_down|keyboard_arrow_down|keyboard_arrow_up"
    "|keyboard_arrow_right|keyboard_arrow_left|navigate_next|navigate_before|open_in_new|share|bookmark"
    "|bookmark_border|favorite|favorite_border|thumb_up|play_arrow|account_circle|person_outline|schedule"
    "|access_time|location_on|place|calendar_today|visibility|mail_outline|print|login|logout"
)
_ICON = rf"(?:{ICON_WORDS})"
# a breadcrumb's separator glyph, its name written with a space, a dash or an underscore, closing an item it was glued
# to ("Regiochevron right"; pipeline.text.title_copies, site45)
SEPARATOR_ICON = r"(?<=\w)(chevron|arrow|keyboard_arrow|navigate)[ _-]?(right|forward|next)$"
# a glyph's name with an underscore: never a Dutch word, never prose
_UNDERSCORED = r"[a-z]++(?:_[a-z]++)+"
_DUTCH = r"(de|het|een|van|en|in|op|met|voor|bij|naar|is|zijn|wordt|je|we|ze|zie)"  # a Dutch line's function words
_ITEM = r"[A-ZÀ-Ý][\w&'’-]*"  # a menu item's capitalised word
_VALUE = r"\d+ ?(?:min|minuten|uur|km|m)\b"  # the value an icon marks: a reading time, a distance
_KEY = r"[a-z][A-Za-z0-9]*+(?:\.[A-Za-z0-9]++)++"  # a message key: "search.noResults", "orderForm.deliveryDetails.city"

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a menu's line ending in two or more icon names, spaced or glued ("Bedrijven search add", "searchclose",
    # "Nieuws Sport menu search"); at most three capitalised items before them
    ("interface", rf"^(?-i:(?:{_ITEM} ){{0,3}}{_ICON}(?: ?{_ICON})+)$"),
    # an icon name with an underscore alone on its line, maybe with its value ("location_on", "location_on 3 km"),
    # or another icon name with a figure and its unit ("schedule 4 min")
    ("interface", rf"^(?-i:{_UNDERSCORED}(?: \S+){{0,2}})$"),
    # … or inside a short line of the interface, among its buttons' words ("home All News open_in_new Full Article",
    # "today 49 h. ago attach_file Politics"; site47), no sentence's mark at its end, no Dutch function word (a
    # heading of a text about code: "Werken met de user_id"); opening in lower case, on another icon's name or a
    # stamp ("home", "today") — a line of the story opens with a capital ("Gebruikersnaam admin_root", review47)
    ("interface", rf"^(?!.*\b{_DUTCH}\b)(?-i:[a-z]\S* (?:\S+ ){{0,3}}{_UNDERSCORED}(?: \S+){{0,4}})(?<![.!?:])$"),
    ("interface", rf"^(?-i:{_ICON} {_VALUE})$"),
    # a CMS's placeholder left in brackets where an ad or a widget goes ("[ad_1]", "[related_posts]"), and a template's
    # slot name in capitals, four parts or more joined by hyphens ("TOP-BANNER-ANIM-3-SEC"; site47): no word of text
    ("interface", r"^\[(?-i:[a-z]+(?:_[a-z0-9]+)+)\]$"),
    ("interface", r"^(?-i:[A-Z0-9]+(?:-[A-Z0-9]+){3,})$"),
    # (site44) the page's address slug alone on its line, three words or more in lower case joined by hyphens
    # ("brug-over-de-maas-dicht", "apache-moet-zwijgen"): a compound of the text is one word or capitalised
    ("interface", r"^(?-i:[a-z][a-z0-9]*(?:-[a-z0-9]+){2,})$"),
    # the header image's alt text alone on its line, maybe twice (two images): "Site logo", "Logo", "Banner Banner"
    ("interface", r"^((site|website|header|footer)[ -]?)?(logo|banner)( (logo|banner))*$"),
    # a signup box's second button, for the reader who signed up already, after its first ("Abonneren Ik ben al
    # ingeschreven", "Ik heb al een account"): the button's first-person wording alone on its line
    (
        "interface",
        r"^((inschrijven|abonneren|aanmelden|registreren|inloggen|log in|account aanmaken|word abonnee)\s+)?"
        r"(ik ben al (ingeschreven|abonnee|lid|klant|geregistreerd|aangemeld)|ik heb al een (account|abonnement))"
        r"\s*[.!]?$",
    ),
    # a web app's message keys shown untranslated, alone on their line: dotted identifiers, one in camelCase at least
    # ("search.noResults", "orderForm.productCode orderForm.description"); a domain name is lower case, prose spaced
    ("interface", rf"^(?-i:(?=.*[a-z][A-Z]){_KEY}(?:\s++{_KEY})*+)$"),
)

# at a paragraph's opening, icon names each followed by the value they mark (a figure and its unit, or one token):
# two such pairs or more, or one whose name has an underscore ("schedule 2 min location_on [xx]km Vliegtuigen …")
_PAIR = rf"(?:{_ICON}|{_UNDERSCORED})\s+(?:{_VALUE}|\S+)"
_OPENING = re.compile(rf"^(?:{_PAIR}\s+){{2,}}|^(?=\S*_){_UNDERSCORED}\s+(?:{_VALUE}|\S+)\s+")

Span = tuple[int, int, str]


def icon_opening(text: str) -> list[Span]:
    """The icon names and their values opening `text`, up to the text they were glued to."""
    match = _OPENING.match(text)
    return [(0, match.end(), "interface")] if match else []


# one message key, or one alt-text word, alone on its line: an article may quote an identifier or head a part "Logo"
_LONE_ITEM = re.compile(rf"^(?-i:(?=.*[a-z][A-Z]){_KEY})$|^(logo|banner)$", re.IGNORECASE)
_RUNNING = (BlockKind.LEDE, BlockKind.PARAGRAPH)


def article_items(blocks: Sequence[Block]) -> list[Block]:
    """A lone message key or alt-text word set aside as "interface" between two paragraphs of running text, when
    the paragraph above introduces it (ends in a colon) or the one below names it: the article's, a paragraph."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        block, above, below = out[i], out[i - 1], out[i + 1]
        if block.reason != "interface" or not _LONE_ITEM.match(block.text.strip()):
            continue
        if above.kind not in _RUNNING or below.kind is not BlockKind.PARAGRAPH:
            continue
        named = re.search(rf"\b{re.escape(block.text.strip())}\b", below.text, re.IGNORECASE)
        if above.text.rstrip().endswith(":") or named:
            out[i] = replace(block, kind=BlockKind.PARAGRAPH, reason=None)
    return out

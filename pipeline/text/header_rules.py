"""The expressions of pipeline.text.page_header (issue 21, round site29b): data, no logic.

A news page's header as a scraper glues it before the article's first words, on the same line: an
optional brand (at most three capitalised words) and a separator, a relative day with its time, and
optionally the time it was changed ("Omroep Oost • gisteren, 09:12 • Bijgewerkt gisteren, 11:40").
"""

from __future__ import annotations

from pipeline.text.dutch_rules import ENGLISH_WEEKDAYS, WEEKDAYS

# the day as a page shows it next to a time of day: relative, or the weekday of this week
RELATIVE_DAY = (
    "(?i:" + "|".join(["vandaag", "gisteren", "eergisteren", *WEEKDAYS, "today", "yesterday", *ENGLISH_WEEKDAYS]) + ")"
)
CLOCK = r"([01]?\d|2[0-3])[:.][0-5]\d"
STAMP = rf"{RELATIVE_DAY},?\s+(?i:om\s+)?{CLOCK}"
HEADER_SEPARATORS = r"[•·|]"
# the word before the second stamp: the page's note that the article was changed
CHANGED = r"(?i:aangepast|bijgewerkt|gewijzigd|geüpdatet|update|updated)"
BRAND = r"[A-ZÀ-Ý][\w.'&-]*( [A-ZÀ-Ý][\w.'&-]*){0,2}"
# without a brand before it the day is the page's only with a comma after it ("zaterdag, 21:47"): "Zaterdag 10.00
# Opening van de markt …" is an announcement's first line (review28)
BARE_STAMP = rf"{RELATIVE_DAY},\s+(?i:om\s+)?{CLOCK}"
PAGE_HEADER = (
    rf"^\s*(({BRAND})\s*{HEADER_SEPARATORS}\s*{STAMP}|{BARE_STAMP})"
    rf"(\s*{HEADER_SEPARATORS}?\s*{CHANGED}:?\s+({STAMP}|{CLOCK}))?(?=\s|$)(?!\s*(?i:uur|u\b|h\b)|\s*[:–-])"
    # the article's first words after it open a sentence: a lower-case word is the verb of a sentence the day and
    # time open ("Zondag 14.30 speelt de club …", review28)
    r"(?!\s+[a-zà-ÿ])"
)
HEADER_MAX_BLOCK = 5  # the header stands in one of the text's first blocks (the title, a standfirst, a credit above it)
# the author block rendered twice ("Naam Achternaam verslaggever Sport Naam Achternaam verslaggever Sport")
AUTHOR_MIN_WORDS = 2
AUTHOR_MAX_WORDS = 12

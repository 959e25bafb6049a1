"""Site text by shape (issue 21, round 2): data, no logic — the regular expressions of
pipeline.text.title_line and the span and sentence tests that describe a line by its position,
length, capitals and phrasing rather than by an outlet's strings. Case-insensitive unless marked.
"""

from __future__ import annotations

# -- the title line (the first heading of the text) ------------------------------------------

# A kicker, a full stop and the headline on one line: "Verrassend. Rutte IV pas na …", "LIVE. De storm …",
# "GSTV Coalitieakkoord. Omzien naar …". The kicker: one word (a hashtag or handle too), or a word in
# capitals and up to two more; the headline after it starts with a capital, a digit or a quote.
KICKER_LINE = (
    r"^(?P<kicker>[#@]?[\w'’&-]{2,20}|(?-i:[A-ZÀ-Ý0-9]{2,}[\w'’&-]*)(?: [\w'’&-]{1,20}){1,2})\.\s+"
    r"(?P<rest>(?-i:[A-ZÀ-Ý0-9„“\"'‘]).*)$"
)
# The separator before a site name glued to the end of a title: "… in Den Haag - NU.nl", "… | Omroep West".
TITLE_SEPARATOR = r"\s[-–—|]\s+"
# Inside such a tail, the separator between a site's name and its tagline: "1Limburg | Nieuws en sport uit Limburg".
TAIL_SEGMENT = r"\s+[|–—-]\s+"

# -- spans inside a line ---------------------------------------------------------------------

# An aggregator's cut-off marker, in the aggregator's language: "… [+1293 chars]", "[+12 woorden]".
CUT_MARKER = r"\[\s*\+?\s*\d[\d.,]*\s*(chars?|characters|words?|tekens|karakters|woorden)\s*\]\s*$"

# -- sentences -------------------------------------------------------------------------------

# A consent wall's sentences, by what they say about the reader and the site (not by an outlet's
# wording): the visitor's behaviour recorded, the site's experience optimised, the site group named.
CONSENT_SENTENCES: tuple[str, ...] = (
    r"\b(onze|deze|haar|hun) (web)?sites\b.{0,60}\bcookies\b",
    r"\b(het )?(surf|klik|zoek)?gedrag van (de )?(bezoekers|gebruikers|lezers)\b.{0,60}\b(vast|analyse|volgen|meten)",
    r"\b(optimale|betere|persoonlijke) (gebruikers|gebruiks)ervaring\b",
    r"\b[\w-]+\.(nl|be)\b.{0,40}\bmaken? deel uit van\b",
)

# A promise to keep the reader posted, in the imperative: "Blijf op de hoogte van al het nieuws uit Zeeland."
PROMO_SENTENCES: tuple[str, ...] = (
    r"^(blijf|bent u|ben je) (altijd )?(op de hoogte|up-to-date|bij)\b.{0,60}\b(nieuws|updates)\b",
)

# -- context: the lines of a consent dialog --------------------------------------------------

DIALOG_MAX_WORDS = 3  # a dialog's button ("Instellingen") or the site's name above it ("Sporza")

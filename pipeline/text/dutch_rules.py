"""The Dutch (and Flemish) rules of the sentence segmenter, as data.

Vocabulary keys are written without their final period and are matched as written, or with the
first letter lowercased when the word is capitalised (sentence-initial "Bijv." or "Dr."), unless
the key is in `LOWERCASE_ONLY`.  Read by `pipeline.text.segment` (candidates) and
`pipeline.text.boundary` (decisions).
"""

from __future__ import annotations

import re


def vocabulary(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


# -- abbreviations ---------------------------------------------------------------------------

TITLES = vocabulary(
    """
    dr drs prof mr mrs ms mevr mw mej mvr dhr hr ir ing ds mgr st sr zr br fa bc kol Gen lt luit
    kapt burg weth sen rep gov capt sgt col rev hon pt
    """
)
"""Titles that stand before a name ("dr. De Vries", "St. Maarten"): never end a sentence."""

CONTINUING = vocabulary(
    """
    bijv bv b.v o.a d.w.z m.b.t i.p.v t.a.v t.o.v i.v.m m.u.v n.a.v m.i.v t.b.v i.c.m i.s.m o.m m.n
    o.l.v i.o.v t.g.v t.h.v o.b.v a.h.w i.h.a z.i m.i d.i t.w e.g i.e m.m.v a.d v.d vs ca nr nrs
    blz pag p art zgn z.g resp evt incl excl vgl cf afb fig tel gem prov ong plm vnl hfst par afd
    alg bijz dir secr penn vz approx max t.m no
    """
)
"""Abbreviations that need a continuation (a number, a name, a noun): do not split after them."""

NEED_NUMBER = vocabulary("art nr nrs blz pag fig afb hfst par tel")
"""Continuing abbreviations whose continuation is a number ("art. 6", "blz. 12"): before a
sentence starter they are the word ending its sentence ("… performance art. Wij bleven …")."""

LEAD_INS = vocabulary("N.B NB n.b P.S PS p.s")
"""Abbreviations that open a sentence ("N.B. Het kan zijn …", "P.S. Vergeet …"): what follows
belongs to the same sentence."""

COMPOUND_SUFFIXES = vocabulary("nr nrs blz")
"""Vowel-less continuing keys that also end productive compounds: "parketnr.", "telefoonnr.",
"registratienrs.", "KvK-nr.".  No Dutch word ends in such a consonant cluster, so a word ending
in one is that abbreviation.  ("bv" is left out: "holding-bv." can end a sentence.)"""

MAY_END = vocabulary(
    """
    enz etc e.d e.a e.v e.o jl a.s jan feb febr mrt apr jun jul aug sep sept okt nov dec v.Chr
    n.Chr o.i.d n.v.t t.z.t z.s.m a.u.b s.v.p inc ltd co corp jr u B.V N.V BV NV ma di wo do vr
    za zo
    """
)
"""Abbreviations that often end a sentence: split before a capital, not before a number."""

ENDS_BEFORE_STARTER = vocabulary("mln mld mrd mio min")
"""Abbreviations that may end a sentence, but a capital after them is usually a noun or a name
("1,1 mln. Nederlanders", "mld. Amerikaanse dollar", "34 min. Ajax-aanvaller …"): they split only
before a sentence starter ("12 mln. Het verlies …", "in de min. Gisteren …")."""

LOWERCASE_ONLY = vocabulary("max min art gem co jan p u")
"""Keys that are also (capitalised) first names or words: only match when written lowercase."""

MULTI_LETTER_INITIALS = vocabulary("Th Ph Ch Chr Joh Jac Wm IJ")
"""Dutch initials written with more than one letter ("Th. Jansen", "Chr. de Vries")."""

DETERMINERS = vocabulary("de het een die deze dat dit der den")
"""Before one of these, an ambiguous abbreviation is a noun ("in de min."): it ends like a word."""

# -- sentence starters -------------------------------------------------------------------------

SENTENCE_STARTERS = vocabulary(
    """
    De Het Een Dit Dat Die Deze Daar Daarna Daarom Dan Toen Nu Ook Maar En Want Dus Toch Hij Zij
    Ze Wij We Ik Jij Je U Er Volgens In Op Bij Na Voor Met Over Tijdens Sinds Vanaf Als Wat Wie
    Waar Waarom Hoe Welke Niet Geen Alle Veel Zo Nog Wel Daarmee Daarbij Daarvan Daardoor
    Hierdoor Hiermee Bovendien Verder Eerder Later Inmiddels Intussen Ondertussen Vorig Vorige
    Zelfs Vooral Uit Tot Om Onder Door Gisteren Vandaag Morgen Vanochtend Vanmorgen Vanmiddag
    Vanavond Vannacht Gisterochtend Gistermiddag Gisteravond Eergisteren Afgelopen Volgend
    Volgende Komend Komende Begin Eind Halverwege Sindsdien Destijds Opvallend Wellicht
    Mogelijk Misschien Daarnaast Tegelijk Enkele Sommige Beide Iedereen Niemand Niets Alles
    Hier Zowel Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
    """
)
"""Function words and time adverbs that start sentences; after an initial, a quantity or another
ambiguous abbreviation they signal a real end."""

MONTHS = [  # the Dutch month names, in order (segmentation, dates, the fidelity check)
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]  # in order
WEEKDAY_ABBREVIATIONS = ["ma", "di", "wo", "do", "vr", "za", "zo"]  # a story card's stamp: "ma 14 mrt 10:07"
# the abbreviations of the months on pages ("25 mrt", "3 febr.", "3 sept.", "12 maa 2023"; "mei" is short already)
MONTH_ABBREVIATIONS = [
    "jan",
    "feb",
    "febr",
    "mrt",
    "maa",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
]
# a page's interface in English (an aggregator, a CMS left in its default language) names them so
ENGLISH_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ENGLISH_WEEKDAY_ABBREVIATIONS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
ENGLISH_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
ENGLISH_MONTH_ABBREVIATIONS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]


def alternation(*names: str) -> str:
    """The names as one regular-expression group, the longest first (so "september" is tried before "sep")."""
    return "(" + "|".join(sorted(dict.fromkeys(names), key=len, reverse=True)) + ")"


# as regular-expression groups (the date lines of line_kind_rules, web_rules, page_rules, title_rules, site_rules,
# edge_rules and closing_cards; all read case-insensitively): a weekday; a weekday or its two-letter abbreviation
# ("ma", "za"); a month, in full or abbreviated, and its optional full stop; a month in full only
WEEKDAY_GROUP = alternation(*WEEKDAYS)
DAY_GROUP = alternation(*WEEKDAYS, *WEEKDAY_ABBREVIATIONS)
MONTH_GROUP = alternation(*MONTHS, *MONTH_ABBREVIATIONS) + r"\.?"
MONTH_NAME_GROUP = alternation(*MONTHS)
# the same with the English names too (a page in both languages, an aggregator): abbreviated only (a story card's
# stamp, "ma 14 mrt 10:07", "Mon 14 Mar 10:07"), or in full or abbreviated ("3 maart 2024", "3 May 2024")
DAY_ABBREVIATION_GROUP = alternation(*WEEKDAY_ABBREVIATIONS, *ENGLISH_WEEKDAY_ABBREVIATIONS)
MONTH_ABBREVIATION_GROUP = alternation(*MONTH_ABBREVIATIONS, *ENGLISH_MONTH_ABBREVIATIONS) + r"\.?"
ANY_MONTH_GROUP = alternation(*MONTHS, *MONTH_ABBREVIATIONS, *ENGLISH_MONTHS, *ENGLISH_MONTH_ABBREVIATIONS) + r"\.?"
# a day and a month, in full or abbreviated ("25 mrt", "3 september"): a date without its year (head36)
DAY_MONTH = r"\b\d{1,2}\s+" + MONTH_GROUP + r"(?!\w)"

# -- names -----------------------------------------------------------------------------------

NAME_PARTICLES = [  # the lower-case words between the capitalised parts of a name: Dutch and Flemish surnames'
    # ("van der Poel", "ter Horst", "van 't Hof", "Vanden Bossche") and foreign ones ("von der Leyen", "da Silva",
    # "de la Rúa", "dos Santos")
    *("van", "de", "der", "den", "ten", "ter", "het", "te", "'t"),
    *("du", "la", "le", "von", "da", "di", "del", "dos", "vander", "vanden"),
]
# ... and two prepositions that open a Flemish or Dutch surname ("in 't Veld", "Op de Beeck"): particles only on a
# line that is a name alone (`NAME_LINE_PARTICLE_GROUP`), never in running text ("Brand in Zwolle") or read alone
NAME_PREPOSITIONS = ["op", "in"]


def word_group(words: list[str]) -> str:
    """The words as a regular-expression group: no group to number, read in the case of the expression around it,
    the longest first ("der" before "de", "ap photo" before "ap")."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# a name's particles in running text ("Jan de Vries (45)"); on a line that is a name alone (a byline, a credit, a
# signature: "Foto Jan in 't Veld")
NAME_PARTICLE_GROUP = word_group(NAME_PARTICLES)
NAME_LINE_PARTICLE_GROUP = word_group([*NAME_PARTICLES, *NAME_PREPOSITIONS])

# -- patterns --------------------------------------------------------------------------------

CLOSERS = "\"'’”“‘»›)]"
OPENERS = "(\"'‘“„«‹["
CANDIDATE = re.compile(  # possessive quantifiers: linear time even on long punctuation runs
    r"(?<![.!?…])(?P<term>[.!?…]++)(?P<close>[" + re.escape(CLOSERS) + r"]*+)"
    r"(?:\s++(?P<detached>''|’’|[’”»])(?=\s))?\s++(?=\S)"
)
"""Terminal run, closers, an optional detached closing quote ("de enige. '' Daarna"), space."""

GLUED = re.compile(
    r"(?<=[a-zà-ÿ0-9-][a-zà-ÿ0-9’”»)])(?P<term>[.!?]++)(?P<close>[”’»)]?+)"
    r"(?=[A-ZÀ-Þ](?:[a-zà-ÿ]++|[A-ZÀ-Þ]++)(?:\s|[,;:.!?]\s|[,;:.!?]?$))"
)
"""A sentence end with the space missing ("… reageert ook weer.Geert Wilders …", "vertoning’.De",
"verder.NS", "2-0.Doelpunten", "22u09.De"): a lowercase word or a number of two characters or
more, the terminal, then a capitalised or all-capitals word (not "o.a.De", "J.P.Balkenende",
"nu.nl", "3.5", "Console.WriteLine").  The token is checked for links separately."""

ALNUM = re.compile(r"[^\W_]")
LETTER_WORD = re.compile(r"[^\W\d_]+")
"""A word of letters only: no digits, no underscore, split at an apostrophe or a hyphen ("Noord-Gaza" is two)."""
APOSTROPHE_WORD = re.compile(r"[’'‘`][st](?P<sep>[\s-]++)(?P<next>\S)")
PLAIN_WORD = re.compile(r"[^\W_]+(?:[-'’&][^\W_]+)*")
NUMERIC = re.compile(r"[-+±~≈<>€$£]*\d[\d.,:/\-]*(?:%|°C?|[^\W\d_]{1,3}\d{0,2})?")
"""Numbers, amounts, dates, times and ordinals: "127.000", "6,8%", "1e", "14u", "14u30"."""
URLISH = re.compile(r"\S*(?:://|www\.|@|/)\S*|\S+\.(?:[a-z]{2,6})(?:/\S*)?")
LINKISH = re.compile(r"://|(?i:www)\.|@|/|\.[a-z]{2,6}(?:\W|$)")
"""Inside a token: a link, an e-mail address or a domain name ("nos.nl", "info@nos.nl")."""
PATHISH = re.compile(r"://|/")
"""A URL with a path: a glued capital inside it ("x.nl/A.Html") is part of the link."""
EMOJI_RUN = re.compile(r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]++(?:\s++|$))++")
"""Emoji after a sentence end belong to that sentence ("Wat een zomer! ☀️ De redactie …")."""
ELLIPSIS = re.compile(r"…|\.\.\.+")
LINK_START = re.compile(r"https?://|www\.", re.IGNORECASE)
"""A link after a sentence end starts a new unit."""
MEDIA_LINK_START = re.compile(r"pic\.twitter\.com/|t\.co/", re.IGNORECASE)
"""The media link a tweet ends with belongs to the tweet's last sentence ("… Eindhoven!
pic.twitter.com/aB3dE5fGh2 — PSV (@PSV) 19 mei 2024")."""
MEDIA_LINK_END = re.compile(r"(?i:pic\.twitter\.com|t\.co)/\w++\s++(?=[^\s—–-])")
"""A tweet's media link followed by more text (not its footer): the text is a new sentence."""
LIST_NUMBER = re.compile(r"\d{1,3}")
"""A bare number that may number a list item ("1. Max Verstappen (Red Bull), 2. …")."""
LIST_START = re.compile(r"(?:^|[:,;])\s*+1\.\s")
"""The first item of an inline list: "Eindstand: 1. Pogačar 2. Vingegaard 3. Evenepoel"."""
YEAR = re.compile(r"(?:1[0-9]|20)\d\d[,:;]?")
"""A bare year: the one kind of number that often starts a Dutch sentence ("2023 werd …")."""
TWEET_FOOTER = re.compile(
    r"[—–-]\s*+[^()\n]{1,60}?\(@\w{1,15}\)\s++\d{1,2}\s++(?i:" + "|".join(MONTHS) + r")\s++\d{4}(?!\d)\s++(?=\S)"
)
"""Embedded-tweet footer: dash, name, (@handle), day, Dutch month, year; then more text."""
LINE_BREAK = re.compile(r"[ \t\u00a0]*+\n\s*+(?=\S)")
WRAPPED_LINE = re.compile(r"\n[ \t\u00a0]*+[a-zà-ÿ]")
"""A line that starts lowercase: the block is hard-wrapped text, its line breaks mean nothing."""
SENTENCE_INSIDE_LINE = re.compile(r"[.!?…][" + re.escape(CLOSERS) + r"]*\s+\S")
"""A sentence end inside a line: the line's last sentence began mid-line (wrapped text)."""
BULLET = re.compile(r"[-–•*·▪►✓]\s")
LINE_CONTINUES = vocabulary(
    """
    de het een en of van in op met voor aan te tot door bij naar om over uit als dat die maar
    dan zijn haar hun mijn onze uw er niet ook nog wel is was werd wordt heeft had
    """
)
"""A line ending in one of these words (or in , ( - – / & +) continues on the next line."""
LINE_CONTINUES_PUNCT = ",(-–/&+"

PLACE_OPENERS = vocabulary(
    """
    den ter ten sint st oud nieuw groot klein hoog laag noord zuid oost west
    """
)
"""A capitalised word that opens two-word place names ("Den Bosch", "Ter Apel", "Sint Oedenrode", "Oud Gastel",
"Nieuw Vennep") and no one's first name: two capitalised words opening so are no byline (signed_titles)."""

SHORT_QUOTE_WORDS = 3
"""A quoted exclamation or question of at most this many words inside a name ("John ‘order!’
Bercow") continues its sentence."""

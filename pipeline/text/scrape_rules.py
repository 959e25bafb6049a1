"""Rules (data) for texts as scrapers leave them: a whole text flattened onto one line (pipeline.text.flat_title)
and an author box closing a blog's page (pipeline.text.web_edges.author_bios); a metadata row's date and a picture's
licence glued to the text (pipeline.text.glued_edges)."""

from __future__ import annotations

from pipeline.text.dutch_rules import MONTH_GROUP

# A text flattened onto one line (a scraper's CSV that replaced every newline with a space): its title is glued to
# what follows. Only in a first block of at least FLAT_TEXT_MIN_WORDS words that holds the whole text. The title ends
# (1) where a dateline begins — a place of 1–3 capitalised words, a dash, a capital: "Nu 45 besmettingen Wuhan - Bij
# nog eens …" — or (2) where a photo's caption begins that the text repeats later word for word ("China noemt virus
# ’beheersbaar’ Medische hulpverleners brengen een patiënt naar het ziekenhuis.  De commissie … Medische
# hulpverleners brengen een patiënt naar het ziekenhuis."). The title has FLAT_TITLE_MIN_WORDS to HEADLINE words and
# no sentence end; a caption at least FLAT_CAPTION_MIN_WORDS.
FLAT_TEXT_MIN_WORDS = 60
# Kept below the text on one line, lines of at most this many words (a share bar, "Reacties:", a footer's links the
# site-text pass did not set aside); a longer line is more running text: no text on one line (head36).
FLAT_LINE_MAX_WORDS = 12
FLAT_TITLE_MIN_WORDS = 3
FLAT_CAPTION_MIN_WORDS = 6
# The dateline after the title: a place in capitals ("ZWOLLE - ", "DEN HAAG - ") before any capital, or one
# capitalised word ("Wuhan - ") before a word that opens a sentence (FLAT_SENTENCE_OPENERS) — not a route or a score
# ("het traject Zwolle - Meppel", "Ajax - PSV"; review26). Every dash in the first FLAT_DATELINE_MAX_WORDS words is
# tried, in order.
FLAT_DATELINE = (
    r"(?<=\s)(?P<place>(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){0,2})\s+[-–—]\s+(?=(?-i:[A-ZÀ-Ý]))"
    r"|(?<=\s)(?P<town>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))\s+[-–—]\s+(?=(?P<opener>[\w'’]+)\s)"
)
FLAT_DATELINE_MAX_WORDS = 30
# A feed's meta stamp between the title and the text (site51): its author and source fields, maybe left empty, a date
# written the machine's way and a time, maybe the item's id ("<titel> by from on 2023-04-28 11:29 (#6B8) De …",
# "<titel> door Jan op 2023-04-28 11:29 De …"), then a capital opening the text.
FLAT_STAMP = (
    r"(?<=\s)(?P<stamp>(?:by|door)\b[^.!?:]{0,60}?\b(?:on|op)\s+(?:19|20)\d{2}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+\(#?\w{1,20}\))?)\s+(?=(?-i:[A-ZÀ-Ý]))"
)
# A title's last word that names the person after it (pipeline.text.flat_title._byline_cut: that name is the title's,
# not its author's, review46): a form of address or a church title ("Lintje voor mevrouw G. Bos"); an office
# (pipeline.text.speakers.SPEAKER_ROLES, "oud-" …) too.
FLAT_NAME_TITLES = r"(mevrouw|meneer|heer|dominee|pastoor|pater|kapelaan|zuster|broeder|dokter|notaris|echtpaar)"
FLAT_SENTENCE_OPENERS = frozenset(
    [
        "de",
        "het",
        "een",
        "bij",
        "in",
        "op",
        "er",
        "na",
        "voor",
        "door",
        "met",
        "uit",
        "volgens",
        "dat",
        "die",
        "deze",
        "dit",
        "ook",
        "zo",
        "zo'n",  # (a curly apostrophe read as a straight one: pipeline.text.flat_title)
        "toen",
        "nadat",
        "omdat",
        "hoewel",
        "tijdens",
        "sinds",
        "vanaf",
        "tot",
        "om",
        "als",
        "wie",
        "wat",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ik",
        "u",
        "alle",
        "twee",
        "drie",
        "vier",
        "vijf",
        "tien",
        "honderden",
        "duizenden",
        "ruim",
        "bijna",
        "zeker",
        "minstens",
        "meer",
        "vanwege",
        "wegens",
        "ondanks",
    ]
)

# An author box at the text's end: the author's name on its line, a short bio (at most AUTHOR_BIO_MAX_LINES lines,
# AUTHOR_BIO_MAX_WORDS words) and last a link to the author's page ("Meer...", "Lees meer", "Alle artikelen van …"):
# the name is the byline, the bio and the link the site's.
AUTHOR_MORE_LINK = (
    r"^(meer|lees meer|meer lezen|meer van (deze )?(auteur|schrijver)|bekijk (het )?profiel"
    r"|alle (artikelen|berichten|stukken|columns) van\b.{1,40})\s*(\.{2,3}|…|»|>|→)?$"
    r"|(?<!\S)(?>\S*?(https?://|www\.|@))\S+\s+(?-i:Meer|Lees meer)\s*(\.{2,3}|…|»|>|→)$"  # or glued to the bio's
    # closing link (tried at the link's word start, from its first address mark: linear on a long word, review33)
)
# What makes the lines under the name a bio, not a quote or a portrait's text (review26): the author's own page or
# handle ("Volg hem op X: https://…", "Steun mij: https://…"), or a writer's role ("… is journalist",
# edge_rules.AUTHOR_ROLE_NOUNS).
AUTHOR_BIO_LINK = r"https?://|www\.|(^|\s)@\w"
AUTHOR_BIO_MAX_LINES = 4
AUTHOR_BIO_MAX_WORDS = 90
AUTHOR_BOX_AFTER_WORDS = 40  # only after a paragraph of the article's, at least this long
# An author's bio without its subject after the name at the text's end (pipeline.text.web_edges.verb_bios, helper
# site27): every sentence opens with a verb in the third person ("Fietst door de provincie op zoek naar …", "Schrijft
# over cultuur.", "Is verslaggever.") — a capitalised word ending in -t or -d (or "Is", "Was") and a word in lower case
# after it; a country or a town ("Nederland", "Zaanstad") and the words below end so too but open a sentence with its
# subject still to come. Case-sensitive. Two such sentences at least: one alone is too often an adverb's.
BIO_VERB = r"^(?![a-zà-ÿA-ZÀ-Ý]*(land|stad) )(?:[A-ZÀ-Ý][a-zà-ÿ]{2,}[td]t?|Is|Was) (?=[a-zà-ÿ])"
BIO_NOT_VERBS = frozenset(
    {
        "het",
        "dat",
        "wat",
        "dit",
        "met",
        "niet",
        "tot",
        "uit",
        "omdat",
        "nadat",
        "want",
        "ooit",
        "eerst",
        "net",
        "vannacht",
        "vanavond",
        "gisteravond",
        "tegelijkertijd",
        "recent",
        "zelfs",
        "liefst",
        "meest",
        "best",
        "laatst",
        "sindsdien",
        "eind",
        "rond",
        "iets",
        "niets",
        "zoiets",
        "wereldwijd",
        "ongeacht",
        "gezien",
        "gesteld",
        "daarnaast",
        "naast",
        "juist",
        "direct",
        "opvallend",
        "gemiddeld",
        "altijd",
        "allereerst",
        "concreet",
        "wellicht",
        "iemand",
        "niemand",
        "doordat",
        "honderd",
        "volgend",
        "kort",
        "groot",
        "bijvoorbeeld",
    }
)
# a verb before its subject is a question or a condition ("Heeft u een tip?", "Gaat het mis, dan …"): no bio
BIO_SUBJECTS = frozenset({"ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "het", "er", "men", "dat"})
BIO_MAX_WORDS = 60  # the bio paragraph: at most this long
BIO_MIN_SENTENCES = 2

# -- press-database exports (pipeline.text.press_exports) ------------------------------------------------------------
# Lines that are site text as a whole (pipeline.text.patterns.site_line_reason): a print edition's date and page stamp
# ("29-09-2011, p.22", "3 maart 2012, pagina 7").
# A print issue's reference made only of its fields, in any order, joined by commas, dashes or bars (blind37): the
# date, the volume, the issue's or edition's number ("Jaargang 48 - nr. 23 - 26 november 2004", "Editie 12 | 3 mei
# 2019"); a volume or an issue's number among them, and a date or both
_ISSUE_NUMBER = r"(nr|nummer|no|editie|uitgave)\.?\s*\d{1,4}"
_ISSUE_FIELD = rf"(\d{{1,2}}\s+{MONTH_GROUP}\s+\d{{4}}|jaargang\s+\d{{1,3}}|{_ISSUE_NUMBER}|(19|20)\d\d)"
_ISSUE_KEY = r"(jaargang|nr|nummer|no|editie|uitgave)\b"
ISSUE_FIELDS = (
    rf"^(?=.*\b{_ISSUE_KEY})"  # a volume or an issue's number
    rf"(?=.*(\d\s+{MONTH_GROUP}\s+\d{{4}}|jaargang.*\b{_ISSUE_NUMBER}|\b{_ISSUE_NUMBER}.*\bjaargang))"  # a date, or both
    rf"{_ISSUE_FIELD}(\s*[,|–—-]\s*{_ISSUE_FIELD}){{1,3}}\.?$"
)
SITE_LINES: tuple[tuple[str, str], ...] = (
    (
        "print",
        r"^(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}),?\s+(p\.|pag\.|pagina|blz\.|page)\s*\d{1,3}$",
    ),
    ("print", ISSUE_FIELDS),
    # a printed article's record number in the paper's archive, on its own line under the issue's reference
    # (blind37): "Artikel 004711", "Bericht nr. 20417" — a leading zero or five figures: a law's article is shorter
    ("print", r"^(artikel|bericht|document|item)\s*(nr\.?|nummer|no\.?|#)?\s*:?\s*(0\d{3,7}|\d{5,8})$"),
    # a listing's breadcrumb that lost its separators, ending in the listing's page number: "Home Blog Pagina 145",
    # "Home Nieuws Regio Pagina 3" (site47) — capitalised items after "Home", nothing else
    ("breadcrumb", r"^home(\s+(?-i:[A-ZÀ-Ý])[\w'-]*){1,3}\s+(pagina|page)\s+\d{1,4}$"),
)
# A LexisNexis export (the classic text format): "1 of 62 DOCUMENTS" opens each document; above the first, the
# download request (the library's address, the search terms); between the counter and the first field the
# copyright, the outlet and the date lines; then fields in capitals ("LENGTE: 158 words", "KOP: …", "AUTEUR: …",
# "TEKST:") — the headline and byline fields are the article's, their labels and every other field the database's.
LEXIS_COUNTER = r"^\s*\d{1,6}\s+(?-i:of|van|OF|VAN)\s+\d{1,6}\s+(?-i:DOCUMENTS?|DOCUMENTEN|DOKUMENTE)\s*$"
LEXIS_FIELD = r"^(?P<key>(?-i:[A-Z][A-Z-]{1,24})):(\s+(?P<value>\S.*))?$"
LEXIS_HEADLINE_KEYS = frozenset(["KOP", "HEADLINE", "TITEL", "TITLE"])
LEXIS_BYLINE_KEYS = frozenset(["AUTEUR", "BYLINE", "AUTHOR"])
LEXIS_TEXT_KEYS = frozenset(["HIGHLIGHT", "TEKST", "BODY"])  # their value on the field's line is the article's text
LEXIS_ARTICLE_KEYS = LEXIS_HEADLINE_KEYS | LEXIS_BYLINE_KEYS | LEXIS_TEXT_KEYS
LEXIS_TITLE_MIN_WORDS = 3  # without a headline field, the last header line this long above the fields is the title
LEXIS_DATE_LINE_MAX_WORDS = 6  # … unless it is a date line: a year and at most this many words
LEXIS_KEYS = frozenset(
    [
        *LEXIS_HEADLINE_KEYS,
        *LEXIS_BYLINE_KEYS,
        "LENGTE",
        "LENGTH",
        "TEKST",
        "BODY",
        "SECTION",
        "SECTIE",
        "RUBRIEK",
        "EDITIE",
        "EDITION",
        "PAGINA",
        "PAGE",
        "LOAD-DATE",
        "LANGUAGE",
        "TAAL",
        "PUB-TYPE",
        "PUBLICATION-TYPE",
        "DOCUMENT-TYPE",
        "GRAPHIC",
        "HIGHLIGHT",
        "DATELINE",
        "URL",
        "SUBJECT",
        "ORGANIZATION",
        "PERSON",
        "GEOGRAPHIC",
        "CITY",
        "COUNTRY",
        "NOTES",
        "CORRECTION-DATE",
        "JOURNAL-CODE",
        "COPYRIGHT",
    ]
)
# A copyright sign and a holder without a year right after the text's last paragraph, closing it: "© Corelio", "© De
# Persgroep Publishing" (a line with a year: edge_rules.COPYRIGHT_LINE, which keeps an old year's notice).
CLOSING_COPYRIGHT = r"^©\s*(?-i:[A-ZÀ-Ý])[\w .,&'’-]{1,60}$"
# An edition list above the headline: four or more capitalised names and commas only ("Antwerpen, Limburg, Oost-
# Vlaanderen, Vlaams-Brabant/Brussel, West-Vlaanderen"); only before the article's running text begins.
_NAME = r"(?-i:[A-ZÀ-Ý])[\w'’]*([ /-](?-i:[A-ZÀ-Ý])[\w'’]*){0,3}"
EDITION_LIST = rf"^{_NAME}(\s*,\s*{_NAME}){{3,}}$"

# The date closing a page's metadata row, glued before the first sentence with the row's bar ("25 maart 2011 | De
# gemeente …") right under the row's first line set aside already ("Nieuws | de redactie"): the row's, up to its bar.
ROW_DATE = r"^\s*(?P<date>[^|\n]{4,40}?)\s*\|(?=\s+\S)"
# A photo credit naming the picture's open licence, after a caption's or a paragraph's last sentence ("… in het
# heelal. Beeld: A. de Vries/Wikimedia Commons/CC BY-SA 4.0."): the licence's notice, however short the caption
# (blind37) — the credit word, the holders (names: capitalised words, a name's particles, "via"; joined by spaces,
# slashes, commas, brackets — no sentence's words: "Beeld: de naam van de fotograaf, … zoals CC BY-SA 4.0." is a
# sentence of the article's, review46), a Creative Commons code closing it.
_HOLDER_WORD = r"((?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*|(?i:van|de|der|den|ten|ter|von|'t|via|and|of|for|the|from))"
_HOLDER_GAP = r"(\s*[/,()–]\s*|\s+-\s+|\s+)"
_HOLDERS = rf"{_HOLDER_WORD}({_HOLDER_GAP}{_HOLDER_WORD}){{0,15}}{_HOLDER_GAP}"
PHOTO_LICENCE_END = (
    rf"(?<=[.!?…\"”’'])\s+(?P<credit>(?-i:Foto|Beeld|Foto's|Fotografie|Illustratie)\s*:\s*({_HOLDERS})?"
    r"\b(?-i:CC)[ -]?(?-i:BY|0)(-(?-i:SA|ND|NC)){0,2}(\s*\d\.\d)?\.?)\s*$"
)
PHOTO_LICENCE_CAPTION_MAX_WORDS = 30  # the text over the licence's notice, when it is the whole block: its caption

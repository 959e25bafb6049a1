"""Site text by shape (issue 21, round 2): data, no logic — the regular expressions of
pipeline.text.title_line and the span and sentence tests that describe a line by its position,
length, capitals and phrasing rather than by an outlet's strings. Case-insensitive unless marked.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import MONTH_GROUP, NAME_LINE_PARTICLE_GROUP

# -- the title line (the first heading of the text) ------------------------------------------

# A kicker, a full stop and the headline on one line: "Verrassend. Rutte IV pas na …", "LIVE. De storm …",
# "GSTV Coalitieakkoord. Omzien naar …". The kicker: one word (a hashtag or handle too), or a word in
# capitals and up to two more; the headline after it starts with a capital, a digit or a quote.
KICKER_LINE = (
    r"^(?P<kicker>[#@]?[\w'’&-]{2,20}|(?-i:[A-ZÀ-Ý0-9]{2,}+[\w'’&-]*+)(?: [\w'’&-]{1,20}){1,2})\.\s+"
    r"(?P<rest>(?-i:[A-ZÀ-Ý0-9„“\"'‘]).*)$"
)
# The separator before a site name glued to the end of a title: "… in Den Haag - NU.nl", "… | Omroep West".
TITLE_SEPARATOR = r"\s[-–—|]\s+"
# Inside such a tail, the separator between a site's name and its tagline: "1Limburg | Nieuws en sport uit Limburg".
TAIL_SEGMENT = r"\s+[|–—-]\s+"

# -- spans inside a line ---------------------------------------------------------------------

# An aggregator's cut-off marker, in the aggregator's language: "… [+1293 chars]", "[+12 woorden]".
CUT_MARKER = r"\[\s*\+?\s*\d[\d.,]*\s*(chars?|characters|words?|tekens|karakters|woorden)\s*\]\s*$"
# …and the ellipsis glued before it ("… de burgemeester ze… [+1234 chars]"), the API's too
# (STRUCTURE_CONVENTIONS.md: the marker's tail): moved from the cut text to the marker (pipeline.text.feed_echo)
# (the lookbehind starts a run of spaces only at its first: a search stays linear in the run)
CUT_ELLIPSIS = r"(?<!\s)\s*(…|\.\.\.)$"

# -- sentences -------------------------------------------------------------------------------

# A consent wall's sentences, by what they say about the reader and the site (not by an outlet's
# wording): the visitor's behaviour recorded, the site's experience optimised, the site group named.
CONSENT_SENTENCES: tuple[str, ...] = (
    r"\b(onze|deze|haar|hun) (web)?sites\b.{0,60}\bcookies\b",
    r"\b(het )?(surf|klik|zoek)?gedrag van (de )?(bezoekers|gebruikers|lezers)\b.{0,60}\b(vast|analyse|volgen|meten)",
    r"\b(optimale|betere|persoonlijke) (gebruikers|gebruiks)ervaring\b",
    # bounded and not restarted inside a token: a 100 kB run of "aa-aa-…" is linear (review 23, #9)
    r"(?<![\w-])[\w-]{1,63}\.(nl|be)\b.{0,40}\bmaken? deel uit van\b",
    # the reader told to accept cookies to see what the page holds: "Aanvaard de cookies om deze inhoud te zien";
    # not advised against it ("Accepteer nooit … cookies", review 25d) nor quoted (", zegt/adviseert …" after it)
    r"^(aanvaard|accepteer|sta)\b(?:(?!\b(nooit|niet|geen)\b).){0,30}\bcookies?\b.{0,10}\bom (deze|dit|de|het)\b[^,;]{0,60}$",
)

# A promise to keep the reader posted, in the imperative: "Blijf op de hoogte van al het nieuws uit Zeeland."
PROMO_SENTENCES: tuple[str, ...] = (
    r"^(blijf|bent u|ben je) (altijd )?(op de hoogte|up-to-date|bij)\b.{0,60}\b(nieuws|updates)\b",
)

# -- context: the lines of a consent dialog --------------------------------------------------

DIALOG_MAX_WORDS = 3  # a dialog's button ("Instellingen") or the site's name above it ("Sporza")

# -- round 3: labels, appeals and interface lines by shape -----------------------------------

# An outlet's section or status label, which a scraper glues to the next word ("EssayJoël De Ceulaer",
# "ColumnEen merkwaardig stukje") or puts before the date ("Gesponsord 25 januari 2023").
SECTION_LABELS = (
    r"(essay|column|opinie|analyse|interview|recensie|bespreking|review|achtergrond|reportage|commentaar|profiel|portret"
    r"|liveblog|nieuws|binnenland|buitenland|economie|politiek|cultuur|sport|gesponsord|advertentie"
    r"|partnercontent|premium|podcast|update)"
)
# …and a CMS's catch-all category, which a page prints as its section: after the date line ("31 mei 2022, 12:27
# Algemeen") or alone under the title ("Algemeen"), never glued to a word or before a date (site48)
CATEGORY_LABELS = rf"({SECTION_LABELS[1:-1]}|algemeen)"
# a section's compound after the date line: a kind of news ("Branchenieuws", "Metronieuws"); other compounds of a
# section's word are a timeline's nouns ("12 oktober 2018 - Bloedanalyse", "8 juni 2019 - Watersport"), review48
SECTION_COMPOUND = r"(?-i:[A-ZÀ-Ý])[a-zà-ÿ]*nieuws"
# A letter's signature glued after its last sentence ("… Go for it! Anna Visser, Utrecht"): the author's byline, not
# a brand's name (pipeline.text.spans `_brand` by pipeline.text.signatures; the span's reason SIGNATURE_SPAN).
SIGNATURE_SPAN = "signature"
# A person's name on a line of its own (a byline printed twice is not page furniture): "Joël De Ceulaer".
PERSON_NAME = rf"^(?-i:[A-ZÀ-Ý][\w'’-]+)( (?i:{NAME_LINE_PARTICLE_GROUP})){{0,3}}( (?-i:[A-ZÀ-Ý][\w'’-]+)){{1,2}}$"
# A short line all in lower case without punctuation, standing between lines that start with a capital:
# a tag link, a logo's alt text, a stray label ("apache", "secundair logo knw 1", "op").
LOWER_LINE = r"^[a-zà-ÿ][a-zà-ÿ0-9-]{0,24}( [a-zà-ÿ0-9-]{1,25}){0,3}$"  # words of a label's length
# ... but a first name, a surname's particles and a surname, all in lower case ("johan van bever", "els de wit"):
# above the text, an author's name, no label (fix36b); "te"/"het" are no particles here ("huis te koop")
LOWER_NAME = (
    r"^[a-zà-ÿ]{2,12}( (?:van|de|der|den|ter|ten|von|vander|vanden|da|di|du|dos|del|le|la)){1,2} [a-zà-ÿ]{3,20}$"
)

# Two words glued where a space was lost: a capital and a lower-case letter after two lower-case letters
# ("PijlVorig", "JournalistiekZakelijk"). Case-sensitive.
GLUED_HUMP = r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])"

# A line of a liveblog's links to its tables: "Programma en uitslagen eredivisie", "Stand eredivisie per 26-10".
_TABLES = r"(stand|standen|klassement|uitslagen|programma|speelschema|ranglijst|topscorers|opstellingen)"
TABLE_LINKS = (
    rf"^{_TABLES}(\s+(en|&|/)\s+{_TABLES})+(\s+[\w.-]+){{0,3}}$"
    rf"|^{_TABLES}(\s+[\w.-]+){{1,2}}\s+(per|na|op|t/m)\s+\d[\d/.-]*$"
)
# A section's name with its status glued on: "NOS VoetbalAangepast", "SportBijgewerkt".
GLUED_STATUS = r"^(\S+ ){0,2}\S*?(?<=[a-zà-ÿ])(Aangepast|Bijgewerkt|Geüpdatet|Update|Updated)$"
# A story card of an aggregator's list glued to the time of the card before it: "1 uur geledenDEN HAAG (ANP) - …".
GLUED_CARD = (
    r"^(\d+|een|één)\s*(min(uten|uut)?|uur|u|dagen|dag|weken|week|seconden|hours?|minutes?|days?|h|m|d)"
    r" (geleden|ago)(?=[A-ZÀ-Ý])"
)
# After a "Meer uit …" heading, a paragraph opened by an agency's dateline is another story's: "HAAKSBERGEN (ANP) - …".
AGENCY_OPENING = r"^[A-ZÀ-Ý][A-ZÀ-Ý/' .-]{1,40} \((anp|belga|afp|reuters|ap|dpa|novum)\)\s*[-–—]"

# The first line of a text: a section's header ("Politiek nieuws", "Nieuws uit Almelo") or a lower-case
# label glued before the headline ("van de hoofdredactie Initiatieven waar …").
# A header is a section's word alone ("Regionaal nieuws", "Stadsnieuws", "RTL Nieuws", "Kort nieuws binnenland"),
# also of one place ("Laatste nieuws Epe", "Regionaal nieuws uit Hattem": one capitalised word, site41),
# not a phrase that goes on ("Goed nieuws" and "Nieuws over de formatie" are headlines). A label never ends on a name's
# particle: "van der Poel wint …" is a headline.
_SECTION_WORDS = (
    r"(regionaal|regio|lokaal|binnenlands|buitenlands|binnenland|buitenland|politiek|economisch|economie"
    r"|financieel|sport|cultuur|kort|laatste|algemeen|landelijk|internationaal|stads|dorps|gemeente)"
)
SECTION_HEADER = (
    rf"^({_SECTION_WORDS} nieuws( {_SECTION_WORDS})?|nieuws {_SECTION_WORDS}|\w{{3,}}nieuws|(?-i:[A-Z]{{2,5}}) nieuws"
    rf"|nieuws (uit|van) (?![\w' -]*\d)[\w' -]{{2,30}}"  # not a dated round-up's title: "Nieuws van maandag 12 juni"
    r"|(world|business|local|national|sports?|tech|(?-i:[A-Z]{2,5})) news|\w{3,}news"
    r"|(maand)?archief (voor|van) [\w ,]{3,20}\d{4}"
    r"|\d{3}([ -]nieuws)?"  # an emergency section's number as its header: "112", "112 Nieuws"
    r"|(van|uit) de (hoofd)?redactie)$"  # the editors' own rubric: "Van de hoofdredactie" (site43b)
)
# a section's news of one place ("Laatste nieuws Epe", "Regionaal nieuws uit Hattem", site41) is its header only over a
# title: over running text it is the article's own title ("Laatste nieuws Oekraïne", review41; page_edges.opening_label)
PLACE_SECTION_HEADER = rf"^{_SECTION_WORDS} nieuws (uit )?(?-i:[A-ZÀ-Ý][\w'-]{{2,30}})$"
OPENING_LABEL = (
    r"^([a-zà-ÿ]{2,}(?: [a-zà-ÿ]{2,}){1,3})(?<!\bvan)(?<!\bder)(?<!\bde)(?<!\bden)(?<!\bter)(?<!\bten)(?<!\bhet)"
    r" (?=[A-ZÀ-Ý][a-zà-ÿ])"
)

# A caption opened by the viewer's button: "Volledig scherm Het boerenprotest … © Jan Ruland".
# (or by a template's empty value: "null Beeld Lauren Hillebrandt")
BUTTON_PREFIX = (
    r"^(volledig scherm|vergroot( foto)?|foto vergroten|bekijk (de )?foto|fullscreen|full screen|enlarge"
    r"|null|undefined|none)\s+(?=[A-ZÀ-Ý])"
)
# A line that is a template's leftover, not words: an identifier ("preview_player"), an empty value ("null") or a
# list printed by a script for its value ("Array", site35).
IDENTIFIER_LINE = (
    r"^([a-z][a-z0-9]*+(_[a-z0-9]++)+|null|undefined|nan|none|array|\[object object\]|\{\{\s*[\w.]+\s*\}\})$"
)
# A short line in another script than the article's (Cyrillic, Greek, Arabic, Hebrew, CJK…): the interface of
# the page it was scraped from ("Показать описание"). At most this many words; this share of its letters.
FOREIGN_LINE_MAX_WORDS = 6
FOREIGN_SCRIPT_SHARE = 0.6
# A comment count after a date or a byline: "01 februari 2018 — 7 reacties", with a call to join in after it
# ("| 2 reacties, discussieer mee", site32).
COMMENT_COUNT_TAIL = (
    r"(?<=[—–|·•-])\s*\d+\s+(reacties?|comments?)([,:]?\s+((praat|discussieer|denk|doe) mee|reageer( ook)?))?\s*$"
)

# A short heading right above a widget (a signup form, an appeal, a promo, a carousel's slides) is the widget's title:
# "Lunch Update".
WIDGET_TITLE_MAX_WORDS = 4
WIDGET_REASONS = ("newsletter", "donation", "promo", "app", "tip", "comments", "shop", "widget")
WIDGET_BUTTON_MAX_WORDS = 2  # a widget's lone button ("Reageer", "Plaats reactie") under its title
# After the last paragraph of running text (this many words or more, ending a sentence), a line of at most
# this many words, without a sentence's end or a figure, is the page's ("Partner Content", "Lunch Update").
TAIL_TEXT_MIN_WORDS = 15
TAIL_LINE_MAX_WORDS = 5
TAIL_LINE_MAX_CHARS = 60  # a label's length: a 10 000-character token is text
# a paragraph of at least this many words ending in a colon announces the line under it ("Beslissing in de zaak onder
# nummer … van:" over the party's name, a text cut there): that line is the article's, not a tail (site34)
ANNOUNCING_MIN_WORDS = 6
# A sentence between two site-text sentences of one paragraph, at most this long, is theirs too
# ("Meld je aan … nieuwsbrief. Je kunt je op ieder moment afmelden. Zie … de privacyverklaring.").
SANDWICH_MAX_WORDS = 12
# An appeal for witnesses or tips by the police or another authority is news, not the outlet's tip line:
# "Heeft u iets gezien? Mail dan naar tips@politie.nl of bel 0900-8844." (in any sentence of the paragraph)
AUTHORITY_CONTACT = (
    r"@politie\.nl\b|\bpolitie\.nl\b|\b0900[- ]?8844\b|\b0800[- ]?7000\b|\bmeld misdaad anoniem\b"
    r"|\b(bel|contact op met|meld (je|u|het|dit) bij|melden bij) (de )?(politie|recherche|marechaussee)\b"
)
# A closing sentence to the reader after one at the paragraph's end: "… zo hoef je niets meer te missen!"
CLOSING_TO_READER = r"\b(je|jij|jou|jouw|u|uw)\b.{0,80}[!?]$"
CLOSING_TO_READER_MAX_WORDS = 20
CLOSING_LINK_MAX_WORDS = 2  # a link's words closing a paragraph after its site text: "Inloggen", "Lees meer"
# A line of arrows or separators only: a pager ("<<    >>").
SYMBOL_LINE = r"^[\s<>«»‹›|/·•←→↑↓]+$"
# A line that is a leftover of a page's code, not words: a comment's or a template's delimiters ("*/", "-->", "{{", "%>").
# … or an image's markup with no description, a table cell's bar after it or not ("![]() |", site32b)
# (a paragraph announcing it with a colon makes it an article's example: pipeline.text.announced, review32r)
SCRIPT_CALL = r"^\s*[A-Za-z_$][\w.$]*\(\s*['\"][\w .:/-]*['\"]\s*(,.*)?\)\s*;\s*$"
CODE_LEFTOVER = (
    r"^\s*(\*/|/\*|-->|<!--|\{\{|\}\}|\{%|%\}|<%|%>|\]\]>|<!\[CDATA\[)\s*$"
    r"|^\s*!\[\s*\]\([^()\s]*\)(\s*\|)*\s*$"
    # … or a line of a page's script calling a function with a quoted argument first ("gtag('consent', 'update', {…});")
    rf"|{SCRIPT_CALL}"
    # … or a script's empty value printed in place of a caption, its credit's label after it ("null Beeld", site33)
    r"|^\s*(null|undefined)(\s+(Beeld|Foto|beeld|foto))?\s*$"
)
# A short thanks closing a paragraph after a site-text sentence is theirs ("… met een donatie. Dank u zeer!"),
# also said as the outlet's gratitude ("… Stuur ons een mail. We zijn u er erg dankbaar voor.").
CLOSING_THANKS = (
    r"^(dank (u|je|jullie)( wel| zeer| alvast)?|bedankt|alvast bedankt|thanks|thank you)\b.{0,20}$"
    r"|^(wij|we) zijn (je|jou|u|jullie)( daar| er)?( alvast)?( erg| heel| zeer| enorm)? dankbaar( voor)?\s*[.!]?$"
)
# The first or the last paragraph is site text as a whole when at least this share of its sentences is
# (a disclaimer's or an appeal's other sentences: "Dank u zeer!", "… hun opinies kunnen publiceren.").
EDGE_SITE_SHARE = 0.6

# A menu word ("Weer") above a paragraph of at least this many words, after article text: a section heading.
SECTION_TEXT_MIN_WORDS = 12

# -- round 4: a print archive's export and a column's furniture (pipeline.text.print_edges) ---------
# Rules by shape, at the text's top (before its first paragraph of running text) or its tail (after its
# last one), where a press archive and a paper's layout put their own lines. Case-sensitive where marked.

# A metadata label: a short key in capitals and a colon ("KEY:", "KEY WORDS: VALUE; VALUE"). Alone, or with a
# value in capitals, the line is the archive's; with a short value in ordinary case at the tail ("KEY: A caption
# of the photo") only the key is, the value stays (it is the caption the key labels).
ARCHIVE_KEY = r"^(?-i:[A-Z][A-Z]{1,14}(?:[ /&-][A-Z]{2,14}){0,3})\s*:(?=\s|$)"
ARCHIVE_VALUE_MAX_WORDS = 12
# A line in capitals with a colon this long (key and value), its value no list (no ";" or ","), is a title in
# capitals ("NIEUWE BRUG GEOPEND: FIETSERS STEKEN VOORTAAN OVER"), not a key of the archive's (site50)
ARCHIVE_TITLE_MIN_WORDS = 7
# A page reference alone on its line: "Pagina 17", "vervolg van regiopagina 1", "Zie pagina 4", "blz. 12".
PAGE_LINE = (
    r"^((vervolg|verder|zie|lees verder)( (van|op))? )?(\w{0,20}pagina|blz\.?|pag\.?|page) \d{1,3}[a-z]?"
    r"( (en|t/m|-) \d{1,3})?\s*[.)]?$"
)
# A photo credit alone on its line: the word for photo or image and a name of one to four words, each opening
# with a capital (or all in capitals): "Foto Jan de Vries", "FOTO JAN DE VRIES", "Beeld: Anna Smit".
CREDIT_LINE = (
    r"^(?i:foto'?s?|beeld|fotografie|illustratie|tekening)\s*:?\s+"
    rf"(?-i:[A-ZÀ-Ý][\w'’.-]*)(\s+((?i:{NAME_LINE_PARTICLE_GROUP})|(?-i:[A-ZÀ-Ý][\w'’.-]*))){{0,4}}$"
)
# A page's category tags at the article's top (pipeline.text.print_edges): a list of this many names at most, each
# this many words at most.
TAGS_MAX_ITEMS = 6
TAG_MAX_WORDS = 3
# …and a viewer's keyword list there (site49): this many bulleted items or more, each one capitalised word ("• Schip" /
# "• Haven" / …); an article's list above its text names things in more words, or fewer of them
KEYWORDS_MIN_ITEMS = 8
KEYWORDS_TEXT_MIN_WORDS = 10  # a paragraph this long above it: the article's list
# An e-mail address (a reader-contact line is one alone, or a request to write to one).
EMAIL = r"[\w.+-]+@[\w-]+(\.[\w-]+)+"
# A phone number alone on its line after its label, above the article's text (site39): "t. 0187 12 34 56", "Gsm: 0470
# 12 34 56", "Tel: +31 20 123 4567" — the page's contact line (pipeline.text.print_edges)
PHONE_LINE = r"^(?i:t|tel|telefoon|gsm|mobiel|fax)\.?\s*:?\s*\+?\d[\d ./-]{7,16}\d$"
# A request to the reader to write to an address, opening its sentence: an imperative with the address later in
# the sentence ("Stuur uw reactie … naar <adres>", "Schrijf naar: <adres>", "Reageer via <adres>"), or a bare noun
# or infinitive right before it ("Reacties naar <adres>", "Reageren: <adres>") — not a statement ("Reageren kan
# tot maart via <adres>", "Bewoners konden reageren via …": what others may do is news).
CONTACT_REQUEST = (
    r"(^|[.!?:]\s+)((stuur|schrijf|reageer|mail|e-?mail)\b[^.!?]{0,80}\b(naar|via|aan|op)|(reacties?|reageren)\s*"
    rf"(naar|via|aan|op)?)\s*:?\s*{EMAIL}"
)
CONTACT_MAX_WORDS = 70  # a contact note or a column's strapline; a longer paragraph is the text going on
CONTACT_QUESTION_MAX_WORDS = 3  # "Reageren?", "Vragen?" right above the address line
CONTACT_OPENING_MAX_WORDS = 6  # a question opening a contact note: "Ook een vraag over uw geld?"
# A column's name on its line at the top names the columnist (or the column) again in the strapline below the
# text: the line and the strapline share a run of this many words, with a name (a capital) inside the line.
COLUMN_LINE_MAX_WORDS = 8
COLUMN_SHARED_WORDS = 2
# A lower-case label with the author's name on a line of its own at the top: "de vraag van Anna Smit",
# "een column van Piet de Boer" (a title opens with a capital; a byline "door …" is read as a byline already).
NAMED_LABEL = (
    r"^(?-i:[a-zà-ÿ][a-zà-ÿ]*)( (?-i:[a-zà-ÿ]+)){0,3} (van|door|met) "
    rf"(?-i:[A-ZÀ-Ý][\w'’-]+)( ((?i:{NAME_LINE_PARTICLE_GROUP})|(?-i:[A-ZÀ-Ý][\w'’-]+))){{1,4}}$"
)
# An archive's replacement title: a cut-off title in square brackets, marked with an asterisk
# ("[Een titel die hier afbreekt wa...]*"), and the footnote that explains the asterisk ("* Vervangende titel").
BRACKETED_CUT_TITLE = r"^\[[^\[\]]{3,300}(\.\.\.|…)\s*\]\s*\*{0,2}$"
FOOTNOTE_LINE = r"^\*{1,2}\s+\S"
FOOTNOTE_MAX_WORDS = 8
# A line repeated near the top is the title when it is the first of at least this many words (shorter: a menu item).
REPEATED_TITLE_MIN_WORDS = 3
# the site's wordmark opening the text (site33): one word of capitalised parts glued together, the logo's text
# ("AndereKrant", "IndyMedia"); a headline is never one such word
WORDMARK = r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-ZÀ-Ý][a-zà-ÿ]+)+$"
WORDMARK_MAX_CHARS = 25
# …or a number glued to a capitalised word, one token ("1Limburg", "112Drenthe"): a brand's name, never a sentence's
# figure and word (site41: the page's tail may close with it, pipeline.text.page_edges.tail_lines); or a bare count
# alone on its line in that tail, a widget's number without its label ("0", "12": comments, likes; site36b)
NUMBERED_WORDMARK = r"^\d{1,4}(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,})$|^\d{1,5}$"
# …but not under a question of the article's this short, alone on its line: the count is its answer ("Hoeveel
# bezoekers trok het festival?" / "4711"; review36). A blurb's long paragraph closing with a question answers nothing.
ANSWERED_QUESTION_MAX_WORDS = 15

# An update stamp glued to the title's end, a day and a month's name after its word (site45): "<titel> update 20
# november", "<titel> Bijgewerkt: 3 maart 2024, 10.15" — the page's, set aside; at least HEAD_MIN_WORDS before it.
# Or a Flemish page's date glued on, its day in two digits ("… VRT-gebouw 07 augustus 2018"; site40; "… ramp 4 oktober
# 1992" is the title's, review40), not after a preposition ("op 12 mei 2024", "naar 1 mei 2025") nor a day's name.
_NOT_AFTER = "op van tot sinds vanaf per na voor in uit en met t/m om tussen naar uiterlijk tegen rond tijdens"
TITLE_UPDATE_STAMP = (
    "".join(rf"(?<!\b{word})" for word in _NOT_AFTER.split()) + r"(?<!dag)"
    r"\s(?P<stamp>((update|bijgewerkt|geüpdatet|laatste update)\s*:?\s+\d{1,2}\s+"
    + MONTH_GROUP
    + r"(\s+\d{4})?|(?<=[\w.!?’'\"”)]\s)\d{2}\s+"
    + MONTH_GROUP
    + r"\s+\d{4})(,?\s+(om\s+)?\d{1,2}[:.]\d{2}(\s*uur)?)?)\s*$"
)
# … not the title's own words (review45): a lower-case "update" after a colon, an article, an adjective or a verb
# that makes it the title's noun ("Windows 10: laatste update 14 oktober", "… krijgt nog één grote update 14 oktober")
TITLE_UPDATE_NOUN = (
    r"(:|\b(de|het|een|één|die|deze|geen|nog|[a-zà-ÿ]+e|krijgt|krijgen|komt|komen|volgt|volgen|brengt|brengen"
    r"|geeft|geven|stuurt|sturen|verwacht|verwachten|belooft|beloven|deelt|delen|publiceert|publiceren))\s*$"
)

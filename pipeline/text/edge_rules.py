"""Site text by shape (issue 21, round 5): data, no logic — the expressions and limits of
pipeline.text.export_edges (an archive's export: its header, its metadata runs and its markers) and of
pipeline.text.web_edges (an author's box, an embedded post's furniture, a page's tail boxes). Case-insensitive
unless marked."""

from __future__ import annotations

from pipeline.text.credit_rules import CREDIT_WORD_GROUP, CREDIT_WORDS, SITE_DOMAIN
from pipeline.text.dutch_rules import ANY_MONTH_GROUP, NAME_LINE_PARTICLE_GROUP, word_group
from pipeline.text.dutch_rules import vocabulary as _words
from pipeline.text.platform39_rules import BOX_REASONS

# -- an author's box (pipeline.text.web_edges) ----------------------------------------------------

# Under a person's name on its own line at the top, the author's role in lower case on the next line:
# "redacteur Binnenland", "correspondent in Berlijn" (two to eight words, no sentence's end; one lower-case
# word is a tag).
ROLE_LINE = r"^(?-i:[a-zà-ÿ][a-zà-ÿ-]+)(\s+[^\s.!?]+){1,7}$"

# Under a byline, the author's role alone on its line ("Redacteur", "Politiek verslaggever"): at most
# ROLE_UNDER_BYLINE_MAX_WORDS words, the last of them ending in one of these nouns ("Sportredacteur").
ROLE_UNDER_BYLINE_MAX_WORDS = 3
AUTHOR_ROLE_NOUNS = (
    "redacteur",
    "redactrice",
    "verslaggever",
    "verslaggeefster",
    "correspondent",
    "columnist",
    "journalist",
    "fotograaf",
    "presentator",
    "presentatrice",
    "eindredacteur",
    "hoofdredacteur",
    "chef",
    "commentator",
    "recensent",
    "criticus",
)

# A social account alone on its line at the top or the tail, with or without its network's name: "Twitter: @krant"
# (pipeline.text.print_edges: a contact line, like an e-mail address alone).
CONTACT_HANDLE_LINE = r"^((?-i:[A-Z])[\w-]{1,15}\s*:\s*)?@\w{1,30}$"

# -- an archive's export (pipeline.text.export_edges) ---------------------------------------------

# A metadata line: a short key of one to three capitalised (or Title-case) words and a colon, then its value:
# "Section: Binnenland; Blz. 3", "Length: 420 words", "Load-Date: March 3, 2016", "Journal Code: ABC".
EXPORT_KEY = r"^(?P<key>(?-i:[A-Z][a-z]+)(?:[- ](?-i:[A-Za-z][a-z]+)){0,2})\s*:\s*(?P<value>\S.*)?$"
EXPORT_VALUE_MAX_WORDS = 30
# A print page's box of keys inserted inside a sentence ("… dat hij de waarheid heeft Titel: De brug. Auteur: Anna
# de Boer. …"): a lower-case word, then two keys of a box. The sentence's last word can follow below the box as a line
# of its own ("gesproken"): text, not a label (pipeline.text.structure, prec28). Case-sensitive.
BOX_INSIDE_SENTENCE = r"\b[a-zà-ÿ]{2,} [A-Z][a-z]+: [^:]{1,80}?\. [A-Z][a-z]+: "
EXPORT_RUN_MIN_KEYS = 2  # a run of metadata lines has at least this many keys
EXPORT_GAP_MAX_LINES = 3  # lines between two keys of one run (a wrapped value, the title repeated)
EXPORT_GAP_MAX_WORDS = 25
# Keys whose line is the article's byline, not the archive's ("Byline: Jan de Vries").
EXPORT_BYLINE_KEYS = ("byline", "author", "auteur")
# A lone marker line next to a run ("Body", "Classification", "End of Document", "Page 2 of 2", "Link naar PDF"):
# this many words at most, no sentence's end; above the top run's lines only the header (see export_edges).
EXPORT_MARKER_MAX_WORDS = 4
EXPORT_MARKERS_BELOW_TOP = 1  # "Body" — below it the text begins (its first heading stays)
EXPORT_MARKERS_ABOVE_TAIL = 2
EXPORT_MARKERS_BELOW_TAIL = 3
# The header lines between the title and the top run: the outlet, the issue date, the copyright line.
EXPORT_HEADER_MAX_WORDS = 12
# A table's row, no marker: a name (letters only) and a figure or a score ("Feyenoord 27", "Go Ahead Eagles 2-1");
# "Page 2 of 2" has a figure in its name part.
SCORE_LINE = r"^[^\W\d_][^\W\d_ .'’-]*([ .'’-]+[^\W\d_]+)*\s+\d{1,3}(\s*[-–]\s*\d{1,3})?$"
RUNNING_HEAD_MIN_WORDS = 3  # the title inside a wrapped paragraph is cut out when it has this many words
# The archive's word for a page without a title: the export's placeholder, no headline.
EXPORT_NO_TITLE = r"^no headline in original$"
# A copyright notice on its own line: "Copyright 2016 Uitgeverij BV All Rights Reserved", "© 2019 Krant BV",
# "(c) 2018 Krant BV"; an export's header has one (pipeline.text.export_edges). Only the notice: the word or
# the symbol, a year of the web and archive era (1990 on: an older one is a historical notice the story quotes,
# "Copyright 1928 Walt Disney Productions"), a holder of capitalised words (a few lower-case particles between
# them; "B.V.", "Inc." keep their full stops) and maybe "All Rights Reserved" / "Alle rechten voorbehouden".
# A colon, a quote or lower-case words make it a sentence ("Copyright 2024: nieuwe Europese regels …").
_HOLDER_WORD = rf"(?-i:[A-ZÀ-Ý0-9][\w&'’-]*(\.(?-i:[A-Z])?)*|&|van|de|der|den|het|en|von|und|and|of|the|{SITE_DOMAIN})"
COPYRIGHT_LINE = (
    r"^(copyright\s*(©\s*|\(c\)\s*)?|©\s*|\(c\)\s*)(199\d|20\d\d)(\s*[-–]\s*(199\d|20\d\d))?,?"
    r"(\s+" + _HOLDER_WORD + r"){1,12}?"
    r"([.,]?\s+(all rights reserved|alle rechten voorbehouden)\.?)?$"
)
COPYRIGHT_MAX_WORDS = 15

# -- an embedded post's furniture (pipeline.text.web_edges) ---------------------------------------

# A post's account handle alone on its line: "@gemeentezwolle".
HANDLE_LINE = r"^@\w{1,30}$"
EMBED_NAME_MAX_WORDS = 5  # the account's display name on the line above the handle
EMBED_MAX_LINES = 12  # the post's text between the handle and its time and date lines
# The post's time ("5:41", "17:03") and date ("3 november 2023") lines, right after its text.
EMBED_TIME = r"^\d{1,2}:\d{2}$"
EMBED_DATE = r"^\d{1,2} (?-i:[a-z]+) \d{4}$"

# -- a page's tail boxes (pipeline.text.web_edges), after the last paragraph of running text -------
# Their reasons (and platform39_rules'): the page's short closing lines (page_edges.tail_lines) stop at such a box.
TAIL_BOX_REASONS = ("prompt", "people", "dossier", *BOX_REASONS)

# A short prompt: a one- or two-word question and a short exclamation ("Vragen? Mail ons!", "Tip? Meld het!").
PROMPT_LINE = r"^[\w'’-]+( [\w'’-]+)?\?\s+[^.!?]{1,30}!$"
PROMPT_MAX_WORDS = 5
# A box's heading: a short line without a sentence's end or a colon (a colon introduces the text's own list).
BOX_HEADING_MAX_WORDS = 4
# An author card's photo: the picture's alt text naming the person ("Foto van Anna de Vries"), right above the
# line with that very name — at the tail, the card is site text with a staff heading right above it ("Auteur").
AVATAR_LINE = r"^(foto|afbeelding|avatar|profielfoto|portret) van (?P<name>\S.{1,60})$"
PEOPLE_MIN_NAMES = 2  # a heading and at least this many lines that are only a person's name, to the end
# The headings of a site's staff box (the programme's presenters, the newsroom, the article's makers), written
# without case or a closing colon. Only these: a short heading over names closing a news text is as often the
# story's own list ("De slachtoffers", "Omgekomen", "De verwachte opstelling", "De jury") — its shape alone
# does not tell them apart, the heading's words do.
STAFF_BOX_HEADINGS = frozenset(
    [
        "presentatie",
        "presentatoren",
        "presentator",
        "presentatrice",
        "presentatie en redactie",
        "redactie",
        "de redactie",
        "onze redactie",
        "eindredactie",
        "hoofdredactie",
        "redactie en productie",
        "medewerkers",
        "medewerkers aan dit artikel",
        "aan dit artikel werkten mee",
        "auteur",
        "auteurs",
        "colofon",
        "makers",
        "de makers",
        "credits",
        "ons team",
        "onze verslaggevers",
        "onze correspondenten",
        "verslaggevers",
        "correspondenten",
    ]
)
# A topic box: its title, then a count of the articles (episodes, items) on the topic: "112 artikelen".
DOSSIER_COUNT = (
    r"^\d{1,5}\s+(artikelen|artikels|berichten|verhalen|afleveringen|video'?s|items|articles|stories|episodes)$"
)

# -- a rubric label glued to the title line (pipeline.text.title_line) ----------------------------

# A dated rubric before the headline: a word or two, a day/month and a colon ("Ochtendpost 3/4: Kabinet …"),
# then the headline opening with a capital or a figure. "24/7" is no date but "around the clock" ("Crisisdienst
# 24/7: 'Wij zijn …'"), and a quote after the colon is the headline's own (a label and a quote).
RUBRIC_OPENING = r"^(?P<label>(?-i:[A-ZÀ-Ý][\w'’-]+)( [\w'’-]+)? (?!24/7:)\d{1,2}/\d{1,2}:)\s+(?=(?-i:[A-ZÀ-Ý0-9]))"
# Tags or a rubric after the headline's full stop, as a news dump glues them (DPG): a run of lower-case tags
# closed by a capitalised one ("… miljoenenschuld. siza nova me Faillissement"), or one tag written as a slug,
# a capitalised word joined to lower-case words by hyphens ("… in de kaart. Geo-economie"). One capitalised
# word alone ("… in eigen huis. Crisis") is too weak a sign: it stays with the headline. The full stop is the
# dump's join, not the headline's (a headline has none): it is kept with neither; title_line also checks the full
# stop is no abbreviation's.
TITLE_LABEL_TAIL = (
    r"^(?P<head>[^.!?]+[^\s.!?]{2}\.)\s+(?P<tail>"
    r"(?-i:[a-zà-ÿ])[\w'’-]*(\s+(?-i:[a-zà-ÿ0-9])[\w'’-]*){0,4}\s+(?-i:[A-ZÀ-Ý])[\w'’]+(-[\w'’]+)*"
    r"|(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(-[a-zà-ÿ]+)+))$"
)
# A lower-case word after the full stop that goes on with the sentence rather than open a run of tags: an
# article, a preposition, a conjunction, a pronoun, a verb's common forms, a number word ("… 3 mld. aan KLM",
# "… nr. een in …", "… ca. twee ton").
TITLE_TAIL_NOT_TAGS = _words(
    """
    de het een der den des in op aan bij van voor met naar uit over onder door tot om na tegen zonder binnen
    buiten tussen achter langs per sinds tijdens vanaf via rond rondom nabij en of maar want dus als dan te
    nog niet geen ook al is zijn was waren wordt worden werd heeft hebben had kan kunnen moet moeten zal
    zullen wil willen die dat dit deze wat wie waar hij zij ze we wij je u ik er hier daar twee drie vier vijf
    zes zeven acht negen tien elf twaalf dertien twintig dertig veertig vijftig zestig zeventig tachtig
    negentig honderd duizend miljoen miljard half ruim bijna circa zo'n zo’n
    """
)
# An archive's section glued after the title with a semicolon: "… 20.25-21.45u.; Uitgelicht" (one capitalised
# word) — only in an archive's export (title_line checks it has export metadata): in any other text
# "… als premier; Kabinetscrisis" is the headline's second clause.
TITLE_SECTION_TAIL = r"^(?P<head>.*[^\s;])(?P<tail>;\s+(?-i:[A-ZÀ-Ý])[\w'’]+(-[\w'’]+)*)$"
TITLE_LABEL_TAIL_MAX_WORDS = 6

# -- glued to a flattened page's line (issue 21, round 6: pipeline.text.spans, pipeline.text.glued_edges) --

# An aggregator's source credit with its timestamp: "Bron: Krant | Regio 3 maart 2024, 09:15" — a credit key,
# at most SOURCE_STAMP_MAX_WORDS words of the source's name without a sentence's end, a date with a month's
# name and a year, and maybe a time.
SOURCE_STAMP = (
    r"\b(bron|source)\s*:\s+(?P<name>[^.!?:]{1,80}?)\s+\d{1,2}\s+"
    + ANY_MONTH_GROUP
    + r"\s+(19|20)\d{2}(,?\s+\d{1,2}[:.]\d{2})?"
)
SOURCE_STAMP_MAX_WORDS = 8
# A media player's loading placeholder standing alone between sentences: a player's word (capitalised), maybe
# "wordt", a loading verb and an ellipsis ("Video laden...", "Mediaspeler wordt ingeladen…", "Loading…"), then
# a capitalised word or the end.
PLAYER_LOADING = (
    r"(?:(?<=[.!?…:]\s)|^)((?=(?-i:[A-ZÀ-Ý]))\w*(video|speler|player|media|audio)\s+(wordt\s+)?"
    r"(inladen|laden|ingeladen|geladen|loading)|(?-i:Laden|Loading))\s*(\.{3}|…)(?=\s+(?-i:[A-ZÀ-Ý])|\s*$)"
)
# An outlet's appeal that runs to the end of the text's last paragraph: after a sentence the donation rule knows
# ("Nu u hier toch bent…"), the sentences up to the paragraph's end ask for the reader's support in the outlet's
# own voice — at least one names a support and the reader or the outlet ("uw steun", "met een donatie … we").
APPEAL_MAX_SENTENCES = 8
APPEAL_MAX_WORDS = 150
APPEAL_SUPPORT = r"\b(steun(en)?|donaties?|doneer|doneren|donateur|gift|bijdrage|lid worden|overmaken|storten)\b"
APPEAL_VOICE = r"\b(u|uw|je|jouw|jij|ons|onze|we|wij)\b"
# A reported appeal is news: a quotation mark or a reporting verb in the run keeps it
# (sentence_reasons.QUOTED_OR_REPORTED).
# A news API's title: in a text the API cut off (its marker "[+1234 chars]" closes the text), the part after the
# title's last " - " is the source's name when it is short and capitalised ("… geopend - Dagblad Oost",
# "… - Radio 3 op 4"): at most FEED_SOURCE_MAX_WORDS words, the first capitalised or a figure, at most one in
# lower case, no sentence's end.
FEED_SOURCE_TAIL = r"\s[-–—]\s+(?P<name>(?-i:[A-ZÀ-Ý0-9])[^.!?:;\-–—|]*\.?)$"
FEED_SOURCE_MAX_WORDS = 4
FEED_SOURCE_MAX_LOWER = 1
# A reader's request put as a condition and an offer, opening its sentence: "Heeft u ook een vraag over …, dan
# kunt u die sturen naar <adres>" (the second person both times; pipeline.text.print_edges' contact note, next
# to its imperative "Stuur … naar <adres>"). What others could do ("Bewoners konden … sturen naar") stays news.
CONTACT_CONDITIONAL = (
    r"(^|[.!?:]\s+)(heeft|hebt|heb)\s+(u|je|jij)\b[^.!?]{0,80},\s*(dan\s+)?(kunt|kan|kun)\s+(u|je|jij)\b[^.!?]{0,40}"
    r"\b(sturen|mailen|e-?mailen|insturen|opsturen|voorleggen)\s+(naar|aan|via|op)\s*:?\s*[\w.+-]+@[\w-]+(\.[\w-]+)+"
)
# A news agency's or the paper's credit glued after a paragraph's sentence: two to five capitals in brackets,
# before the next sentence or the end ("… in de cel. (ABC) Het …"), or bare at the paragraph's end ("… meldt het
# ministerie. XYZ"). A party after a name ("minister Jansen (ABC).") stands before the full stop: not this.
AGENCY_CREDIT = (  # (site44) also a copy's source at the end, "… (via Omroep Gelderland)"; not "(via een tolk)"
    r"(?<=[.!?…\"”’'])\s+(?P<credit>\((?-i:[A-Z]{2,5})\)(?=\s+(?-i:[A-ZÀ-Ý])|\s*$)|(?-i:[A-Z]{2,5})\s*$"
    r"|\(via (?-i:[A-ZÀ-Ý])[\w'’.-]{1,30}(?: [\w'’.-]{1,30}){0,3}\)\s*$"
    rf"|\((?i:bron|source)\s*:\s*{SITE_DOMAIN}\)\s*$)"  # (site45) a web source at the end: "… (Bron: ad.nl)"
)
AGENCY_MIN_WORDS = 8  # the paragraph before it: running text, not a heading with an abbreviation
# A photo credit glued to a paragraph's end after its last sentence ("… superzacht. Foto: Radio 2"): a photo
# word, a colon and one to four capitalised words or figures (a particle such as "de" or "van" between them).
PHOTO_CREDIT_END = (
    r"(?<=[.!?…\"”’'])\s+(?P<credit>(?-i:" + word_group([w.capitalize() for w in CREDIT_WORDS]) + r")\s*:\s*"
    rf"(?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*(\s+({NAME_LINE_PARTICLE_GROUP}\s+)?(?-i:[A-ZÀ-Ý0-9])[\w.&'’-]*){{0,3}})\s*$"
)
# A "Lees ook: <title>" link glued between two sentences of a paragraph (a page stored as one line): after a
# sentence's end, the marker and a title without a full stop, up to the closing quote, question or exclamation
# mark right before the next sentence's capital ("… gaat. Lees ook: Brand Goes: ‘Alles kwijt’ De politie …").
GLUED_READ_ALSO = (
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’']))\s+(?P<link>(?-i:Lees|Bekijk|Kijk) ook\s*:\s*[^.!?\n]{3,160}?[’”\"?!])"
    r"(?=\s+(?-i:[A-ZÀ-Ý]))"
)
# A photo's credit word and its colon: "Beeld: Provicom" after the last sentence is no brand's name.
CREDIT_WORD = rf"\b{CREDIT_WORD_GROUP}\s*:"
# A caption keeps its own credit ("De minister in Den Haag. Foto: ANP"); only a "caption" of running text's
# length (a paragraph read as a caption because of its credit) loses it.
PHOTO_CREDIT_CAPTION_MIN_WORDS = 40
# A related article's card glued into a flattened page's text: after a sentence's end, a card's words (credit,
# section label, title) and its bare time, before the next capitalised word ("… de fusie. Radio 2 Fusies Dorp
# reageert lauwtjes: "Geen melkkoe" 13:31 Ze staan …"). The card has CARD_MIN_WORDS to CARD_MAX_WORDS words, a
# headline's mark (a colon, quotes or " - ") and no sentence end; the word before the time is no preposition
# or conjunction ("om 13:31", "tot 13:31"), the character before it no colon or comma.
CARD_TIME = r"(?<=\s)(?<![\d:.,])([01]?\d|2[0-3]):[0-5]\d(?![\d:])(?=\s+(?-i:[A-ZÀ-Ý]))"
CARD_SENTENCE_END = r"[.!?…][\"”’']?\s"
CARD_MARK = r":\s|[\"“”„]|\s[-–—]\s"
CARD_NOT_BEFORE_TIME = frozenset(
    [
        "om",
        "tot",
        "van",
        "rond",
        "sinds",
        "vanaf",
        "tussen",
        "na",
        "voor",
        "tegen",
        "en",
        "of",
        "tot",
        "op",
        "in",
        "is",
        "was",
        "het",
        "de",
        "een",
        "uur",
        "al",
        "pas",
        "sinds",
    ]
)
CARD_MIN_WORDS = 5
CARD_MAX_WORDS = 30
CARD_WINDOW_CHARS = 400

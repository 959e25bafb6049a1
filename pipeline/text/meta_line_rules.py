"""Lines of a page's article furniture found by their shape (issue 21, round site34; data, no logic): added to the
line table of pipeline.text.patterns and the sentence table of pipeline.text.sentence_reasons. Case-insensitive
unless marked.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import ANY_MONTH_GROUP, ENGLISH_WEEKDAYS, WEEKDAYS

# a print edition's cross-reference alone on its line, pointing on ("Op pagina 16", "Zie pagina 3 en 4"); the short
# title under it (at most PRINT_TITLE_MAX_WORDS words, no sentence's end) is the referenced article's, not this one's.
# A bare "Pagina 4" closes a digest's item and the title under it is the next item's (lexisnexis_fd_162): not this
_PAGE_NUMBER = r"(?:pagina|pag\.|blz\.|p\.?) ?\d{1,3}(?: ?(?:en|[-–,/]) ?\d{1,3})?"  # "pagina 16", "P5" (site40), "8/9"
PRINT_REFERENCE = rf"^(?:(?:zie |lees (?:verder |meer )?)?op|zie) {_PAGE_NUMBER}:?$"
# …one that says the article goes on there ("Lees verder op P5", "Vervolg op pagina 3"): on a print page what follows
# it is the page's other items (pipeline.text.reference_lines.continued_tail, site40)
# …and a front page's teaser closed by the page it refers to ("Nieuwe kapel voor het klooster p.5", "Interview Pagina
# 8/9", site49): the line opens with a capital or a quote, the word before the number names no place to look ("staat op
# pagina 3", "zie", "naar", "van", "in", "tot", "en": a sentence's or a heading's), no sentence's mark closes it and no
# colon or semicolon is in it (an archive's "Section: Vandaag; Blz. 2" is its export's key: export_edges). The page
# as a print page's teaser prints it: "p." glued to the number or the word capitalised ("Pagina 8/9"); no bare "P1" (a
# race's position), no "P 2" (a car park), no "blz. 45" (a hymn book's page), no "p. 45" (a source's) (review49)
_TEASER_PAGE = r"(?:(?-i:Pagina|Pag\.|Blz\.) ?|p\.)\d{1,3}(?: ?(?:en|[-–,/]) ?\d{1,3})?"
PAGE_TEASER = (
    r"^(?-i:[A-ZÀ-Ý0-9‘'\"“„])[^.!?:;]{1,120}?\S(?<!\bop)(?<!\bzie)(?<!\bnaar)(?<!\bvan)(?<!\bin)(?<!\btot)(?<!\ben)"
    rf" {_TEASER_PAGE}$"
)
CONTINUED_REFERENCE = rf"^(?:lees verder|verder|vervolg) op {_PAGE_NUMBER}[.:]?$"
# …and the line where the article picks up again ("Vervolg van pagina 1", "vervolg van regiopagina 1"): the page's
# other items end there, the continuation's heading and text after it are the article's (review40)
CONTINUED_FROM = rf"^(?:verder|vervolg) van \w{{0,20}}?{_PAGE_NUMBER}[.:]?$"
PRINT_TITLE_MAX_WORDS = 10
# an image's file name or alt text glued before a paragraph's first word ("fotoburgemeesterDe raad …"): a run of
# lower-case letters, no space, glued to a capitalised word
GLUED_FILE_NAME = r"^(?-i:[a-z]{6,40})(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]))"
# a page's source tag enclosed in pipes opening a line ("| starnieuws | Door: Redactie"), no other pipe on the line
# (a table row has more)
SOURCE_TAG = r"^\|[ \t]?[^\s|]{2,30}(?: [^\s|]{1,30})?[ \t]?\|(?![^\n|]{0,2000}\|)"

# a page header's widgets above the article (pipeline.text.reference_lines.header_widgets): a date bar of today's date
# with a weekday, as a list of at most DATE_BAR_MAX_ITEMS short items (DATE_BAR_MAX_WORDS) — "• zaterdag 7 februari
# 2026 • Het laatste nieuws uit …" —, and the weather's place name (one to three capitalised words) under its
# temperature line. WEEKDAY_DATE, the date bar's first item (a weekday and a date, the month in any language: "zaterdag
# 07 February 2026"), is also the date strip passed over on the way to the title (untitled_shapes.date_strip, head34);
# possessive: a long token is rejected in one pass
WEEKDAY_DATE = r"^(?:" + "|".join([*WEEKDAYS, *ENGLISH_WEEKDAYS]) + r"),?+\s++\d{1,2}\s++[^\W\d_]{3,9}+\.?+\s++\d{4}$"
TEMPERATURE = r"^-?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[cf]?|[℃℉]|(?-i:[CF]))$"  # the one-character sign too ("10.1 ℃", site49)
PLACE_NAME = r"^(?-i:[A-ZÀ-Ý][^\W\d]{1,30}(?:[ -][A-ZÀ-Ý][^\W\d]{1,30}){0,2})$"
# …and the site's tagline describing itself ("De opiniesite van BNNVARA met actueel nieuws en uitgesproken meningen"):
# "De/Het" + a kind of site or paper (a compound: "De krant van morgen …" is a title) + a preposition, one phrase; at most
# TAGLINE_MAX_WORDS words above the article's text, and below a logo's alt text no title (untitled_shapes.logo_header)
# — or, without "De/Het", two or three inflected adjectives before the kind of paper ("Onafhankelijke digitale krant
# voor …", site39; one adjective, "Nieuwe krant voor Zeeland", is a title's)
TAGLINE = (
    r"^(?:(?:de|het)\s++(?:[\w-]{1,30}?(?:site|platform|krant|courant|blad|bode|omroep)|nieuwsbrief)"
    r"|(?:[a-zà-ÿ-]{3,20}e\s++){2,3}[\w-]{0,30}?(?:site|platform|krant|courant|blad|bode|omroep))\s++"
    r"(?:van|voor|uit|met|over)\s++[^.!?\n]{1,160}+\.?$"
)
TAGLINE_MAX_WORDS = 16
# …or, as the page's first line above its title, the site's promise of news on its subject (site52): the latest news
# on a field, one phrase with no verb of its own, maybe after an opening phrase and its comma ("Elke dag, het nieuws
# uit de techwereld, de wetenschap en de ruimtevaart."); a sentence reporting news has a verb ("… is dat …"); news
# "van"/"voor" a name is the outlet's banner, left to the outlet's template lines (pipeline.text.templates)
# each field after the first comma opens with an article or a name ("…, het middelbaar beroepsonderwijs", "…, België")
# or is a word or three ("…, tennis en wielrennen"); a clause after a comma reports news ("…, boeren in Overijssel
# protesteren opnieuw"), and so does a colon (review52)
_TAGLINE_FIELD = r"(?:(?:de|het|een|'t)\s|(?-i:[A-ZÀ-Ý]))[^,:.!?\n]*+|[^\s,:.!?\n]++(?:\s[^\s,:.!?\n]++){0,2}+"
NEWS_TAGLINE = (
    r"^(?:[^.!?,\n]{1,60}+,\s++)?(?:al\s++)?(?:het\s++)?(?:laatste\s++|actuele\s++|dagelijkse\s++)?nieuws\s++"
    r"(?:over|uit|rond)\s++(?![^.!?\n]*\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had"
    r"|komt|gaat|blijkt|blijft)\b)[^,:.!?\n|]{1,120}+(?:\|\s++[^,:.!?\n|]{1,40}+)?"
    r"(?:,\s++(?:" + _TAGLINE_FIELD + r")){0,8}+\.?$"
)
# a widget's empty fields under its "interface" line ("Huidig nummer" / "Titel" / "Artiest"): at least this many
# one-word lines (reference_lines._player_fields)
PLAYER_FIELDS_MIN = 2
# a logo's alternative text: "Logo" and one or two capitalised names, before or after them ("Logo Joop", "BNNVARA
# Logo"): a site line (SITE_LINES), its name alone under it is the logo's too (reference_lines.header_widgets), and it,
# its name and the tagline below it are no title (untitled_shapes.logo_header, head34)
_LOGO_NAME = r"[A-Z0-9][\w.-]{0,30}(?: [A-Z0-9][\w.-]{0,30})?"
LOGO_LINE = rf"^(?-i:Logo (?P<after>{_LOGO_NAME})|(?P<before>{_LOGO_NAME}) Logo)$"
# a social feed's widget above the article (site39): posts each ending in the link to the post, cut off or not
# ("… blijft het droog.… twitter.com/i/web/status/1…"), and the widget's heading right above them naming the network,
# at most SOCIAL_HEADING_MAX_WORDS words ("Twitter feed <naam>", "Tweets van <naam>")
POST_LINK_END = r"(?:^|\s)(?:https?://)?(?:www\.)?(?:twitter|x)\.com/\S*status/\S*\s*$"
SOCIAL_HEADING = r"^(?:twitter|tweets|x|instagram|facebook|mastodon|bluesky)\b(?:\s+(?:feed|tijdlijn|timeline|van))?\b"
SOCIAL_HEADING_MAX_WORDS = 4
# the site's slogan in the header (site39): three to five single words in lower case joined by slashes, bars or dots
# ("informatief / betrokken / overzichtelijk"), above the article's text
SLOGAN = r"^(?-i:[a-zà-ÿ]{3,20})(?:\s*[/|·•]\s*(?-i:[a-zà-ÿ]{3,20})){2,4}$"
DATE_BAR_MAX_ITEMS = 3
DATE_BAR_MAX_WORDS = 8
HEADER_MIN_TEXT_WORDS = 15  # the header ends at the first paragraph this long

SITE_LINES: tuple[tuple[str, str], ...] = (
    # the publisher's legal imprint in a contact box, maybe under its label (site39): "Contact Redactie &
    # Verantwoordelijke uitgever: <naam>", "Verantwoordelijke uitgever: <naam>"
    ("contact", r"^(?:contact\b[^:.!?]{0,30}?)?verantwoordelijke uitgever\s*:\s*\S.{0,60}$"),
    # a journal's citation box: the prompt, and the reference alone on its line in Vancouver style
    # ("Ned Tijdschr Geneeskd. 2016;160:C3268"): journal words, a year, ";" volume, ":" page or article id
    ("interface", r"^(?:citeer|cite) (?:dit|this) (?:artikel|article)(?: als| as)?\s*:?$"),
    (
        "interface",
        r"^(?-i:[A-Z])[\w.]{0,30}(?: [\w.]{1,30}){0,5} (?:19|20)\d\d;\s?\d{1,4}(?:\(\d{1,3}\))?:\s?[a-z]?\d{1,6}"
        r"(?:-\d{1,6})?\.?$",
    ),
    # an article's metadata as "label: value": a comment count ("Comments: 0") and a section ("In: Nieuws")
    ("comments", r"^(?:comments|reacties|reactions)\s?:\s?\d{1,6}$"),
    ("label", r"^in:\s(?-i:[A-Z])[\w-]{1,30}(?:\s(?:&\s)?(?-i:[A-Z])[\w-]{1,30}){0,2}$"),
    # a posting stamp whose poster is the site's own domain, not a person ("Geplaatst door Stadsblad.nl op 3-5-2024
    # 10:12 - Gewijzigd op …", site45), or its newsroom ("Gepubliceerd door de Stadsblad Redactie op 3 mei 2024",
    # "… op May 3, 2024", site50): the page's stamp; a person's name there is the byline
    # — the newsroom's stamp its date and time alone, a separator's field after it at most: an update note's news
    # after the date ("Toegevoegd door de redactie op 5 maart 2024: ook de burgemeester …") is the article's (review50)
    (
        "stamp",
        r"^(?:geplaatst|gepubliceerd|gepost|toegevoegd) door (?:[\w-]+(?:\.[\w-]+)*\.(?:nl|be|nu|com|net|org|eu|info|frl)"
        r" op \d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b[^.!?]{0,60}"
        r"|(?:de )?(?:[\w-]+ ){0,2}(?:web)?redactie"
        rf" op (?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}} {ANY_MONTH_GROUP} \d{{4}}|{ANY_MONTH_GROUP} \d{{1,2}},? \d{{4}})"
        r"(?:,?\s*(?:om\s+)?\d{1,2}[:.u]\d{2}(?:\s*uur)?)?(?:\s*[-–|·•]\s*[^.!?]{0,50})?)$",
    ),
    ("print", PRINT_REFERENCE),
    ("print", PAGE_TEASER),
    # an advertisement label with its dashes and a theme's placeholder token glued on ("- Advertisement -spot_img")
    ("banner", r"^[-–—]\s?(?:advertisement|advertentie)\s?[-–—]\s?(?:[a-z]{1,20}_[a-z]{1,20})?$"),
    # a breadcrumb whose separators were lost: "Home" glued to two or more capitalised names ("HomeNieuwsRegio | …")
    ("navigation", r"^(?-i:Home(?:[A-Z][a-zà-ÿ]{1,30}){2,5})(?=[\s|›>»/]|$)"),
    ("site_name", LOGO_LINE),  # a logo's alternative text ("Logo Joop")
    # a theme's site icon's alternative text and the site's name ("Site pictogram Stadsblad.nl", blind31)
    ("site_name", rf"^(?-i:Site[ -]?(?:pictogram|icoon|icon) {_LOGO_NAME})$"),
    # a link to the whole news section: "Al het nieuws", "Alle berichten" (its kinds named: untitled_shapes.SECTION_LINK,
    # refusing only a title, takes any)
    ("navigation", r"^al(?:le)? (?:het |de )?(?:nieuws|berichten|artikelen|video's)$"),
    # an author field left empty before the date ("door Op 09-09-2024")
    ("label", r"^door\s(?:op|on)\s\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$"),
    # a weather widget's temperature alone on its line ("28 C", "-3 °C")
    ("interface", TEMPERATURE),
    # a lone bullet between a page's metadata items ("•" on its own line), or a lone asterisk above the title (site39)
    ("markup", r"^(?:[•·]{1,3}|\*)$"),
    # a radio player's "now playing" label
    ("interface", r"^(?:huidig(?:e)? (?:nummer|track)|nu op de radio|now playing)$"),
    # a comment form's link to its rules ("onze spelregels.")
    ("comments", r"^(?:lees |bekijk )?onze (?:spel|huis)regels\s?\.?$"),
    # (site49) a browser's push-notification prompt: the button to click in quotes, then the notifications it brings
    # ("Klik op 'toestaan' om meldingen van <site> te ontvangen."); the button a browser's consent, no app's menu
    # ("Klik op 'Instellingen' om meldingen van de app te ontvangen": a Q&A's answer), the notifications the site's
    # own, named by its domain or none ("… meldingen van de gemeente …": how to get an authority's, review49)
    (
        "app",
        r"^klik op ['‘\"]?(?:toestaan|allow|ja|accepteren|inschakelen|aanzetten|akkoord|ok)['’\"]? om (?:de )?"
        r"(?:(?:push)?meldingen|notificaties|pushberichten)(?: van (?:ons|onze site|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}))?"
        r" te (?:ontvangen|krijgen)\s?[.!]?$",
    ),
    # (site49) a document viewer's English labels over the document: its view count's label ("Views", "1.2k views") and
    # the upload's age in months or years ("2 years ago"; an item's own age in hours or days is its date line)
    ("interface", r"^(?:\d[\d.,]*[km]?\s)?views?$"),
    ("stamp", r"^(?:\d{1,3}|an?|one)\s(?:months?|years?)\sago$"),
    # (site49) a database's raw time stamp alone on its line, as a CMS's field prints it ("2025-02-27 20:00:00")
    ("stamp", r"^(?:19|20)\d\d-[01]\d-[0-3]\d[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:[+-][01]\d:?[0-5]\d|Z)?$"),
    # (site44) the site builder's credit in the footer: "Site by <bureau>", "Website door <bureau>", "Webdesign:
    # <bureau>", "Powered by WordPress" — one to four words of its name, no sentence's end; after the Dutch "door" a
    # name in capitals only: "Website door hackers platgelegd" is a headline (review44)
    (
        "credit",
        r"^(?:(?:web)?site|webdesign|webontwerp|website(?:ontwerp|realisatie)|(?:ontwerp|design) en realisatie"
        r"|realisatie website)(?:\s*(?:by|:)\s*\S+(?: \S+){0,3}"  # one run of spaces before by/door: linear
        r"|\s+door\s+(?-i:[A-ZÀ-Ý0-9])\S*(?: (?-i:[A-ZÀ-Ý0-9&])\S*){0,3})(?<![.!?])$"
        r"|^(?:made|built|powered|design(?:ed)?|developed|hosted) by\s+\S+(?: \S+){0,3}(?<![.!?])$",
    ),
    # (site44) a web app's install prompt's heading: "Toevoegen aan startscherm", "Voeg toe aan beginscherm"
    ("app", r"^(?:toevoegen aan|voeg toe aan|zet op|plaats op) (?:het |je |uw )?(?:start|begin|home)scherm\s*[.!]?$"),
    # (site44) a page's meta bar: the outlet's name and section in capitalised words, then its status word ("NOS Nieuws
    # Politiek Aangepast", "Omroep West Regio Bijgewerkt"); glued to the word before it: shape_rules.GLUED_STATUS
    (
        "stamp",
        r"^(?-i:[A-ZÀ-Ý][\w-]*(?: [A-ZÀ-Ý][\w-]*){1,3}) (?-i:Aangepast|Bijgewerkt|Gewijzigd|Geüpdatet|Geupdatet)$",
    ),
)

# sentences of a comment form addressing the reader (WordPress: "Je e-mailadres wordt niet gepubliceerd."), its
# character counter glued before the thanks ("0/1500 Bedankt voor je reactie!") and the moderation notice
SITE_SENTENCES: tuple[tuple[str, str], ...] = (
    ("comments", r"^(?:je|uw) e-?mailadres wordt niet gepubliceerd\b"),
    ("comments", r"^(?:\d{1,4}/\d{2,5}\s)?bedankt voor (?:je|jouw|uw) (?:reactie|bericht|comment)\b"),
    ("comments", r"^de redactie (?:controleert|beoordeelt|leest) of (?:je|jouw|uw) (?:bericht|reactie)\b"),
    # a subscription promo addressing the reader ("Wilt u … een Nederlandse ochtendkrant bij het ontbijt?")
    ("promo", r"^wilt u\b[^.!?]{0,150}?\b(?:(?:ochtend|dag|avond)-?krant|krant|abonnement|e-paper)\b"),
    ("comments", r"^verplichte velden zijn (?:gemarkeerd|aangegeven)(?: met)?\s?\*?\s?\.?$"),
    # (site49) an aggregator's credit box: the item is not its own, the whole story is on its source's site ("Dit
    # artikel is niet door ons geschreven.", "Ga voor het volledige artikel naar de website van: …"); each sentence
    # that alone: a news story's sentence about a forged article goes on, the police's advice names a door (review49)
    ("pointer", r"^dit (?:artikel|bericht) is niet door (?:ons|de redactie) geschreven\s?[.!]?$"),
    (
        "pointer",
        r"^ga voor het (?:volledige|hele|originele) (?:artikel|bericht|verhaal) naar (?:de )?(?:website|site|webpagina)\b"
        r".{0,80}$",
    ),
)

# (site52) a CMS's edit stamp glued after the paragraph's last sentence (pipeline.text.glued_edges.source_stamps): its
# label, a colon and a date with maybe its time, nothing else ("… over de kwestie. Laatst gewijzigd: 3 maart 2024,
# 10:12"); news about a change goes on after the date ("Laatste update: 1 januari gaat de grens omhoog"). Alone on its
# line the stamp is the article's date line (pipeline.text.line_kind_rules), not read here.
GLUED_EDIT_STAMP = (
    r"(?<=[.!?…\"”’'])\s+(?P<stamp>(?:laatste wijziging|laatst gewijzigd|laatst bijgewerkt|laatste update|bijgewerkt op"
    r"|gewijzigd op)\s?:\s?"
    rf"(?:\d{{1,2}}\s{ANY_MONTH_GROUP}\s\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
    r"(?:\s?,?\s?(?:om\s)?\d{1,2}[:.]\d{2}(?:\suur)?)?\s?\.?)$"
)

# A page's reading time on a line of its own, never the title (untitled_shapes.self_notice, headline36): "< 1 min lezen",
# "4 minuten leestijd", "Gemiddelde leestijd voor dit bericht is 45 seconden" — a figure and its unit, always.
READING_TIME_LINE = (
    r"[<>~±]?\s*+\d{1,3}\s*+(?:min(?:uten|uut)?\.?|sec(?:onden)?\.?)\s++(?:lezen|leestijd)\b"
    r"|(?:gemiddelde\s++)?leestijd\b[^.!?\d]{0,40}\d{1,3}\s*+(?:sec|min)"
)

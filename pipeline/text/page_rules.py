"""A whole web page saved as text, one line per block element (issue 21, round 8): data, no logic — the
expressions and limits of pipeline.text.page_dump. Case-insensitive unless marked.

The shape of such a page: a head of menus, top bars and breadcrumbs; the title; its date, credit and share
row; the body (the run of running-text paragraphs); then a tail of tags, counters, story lists with their
times, widgets and the footer.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP
from pipeline.text.dutch_rules import vocabulary as _words
from pipeline.text.header_rules import CLOCK
from pipeline.text.title_rules import AGE_UNITS, WIRE_NOTICE_OPENING

# -- the body --------------------------------------------------------------------------------------

# Lines that are blocks (a page saved one line per element, no blank lines): a chunk of this many lines at
# least, with lines of running text longer than any hard-wrapped line.
PAGE_MIN_LINES = 14
PAGE_LONG_LINE_CHARS = 150
PAGE_MIN_LONG_LINES = 2

BODY_MIN_WORDS = 10  # a paragraph of the body: this many words at least, ending a sentence
# Paragraphs of the body with at most this many characters of other blocks between them belong to one run (a
# heading, a photo viewer's buttons, a short list, a video widget; captions are not counted); a longer gap
# (lists of stories, widgets) starts another run. The body is the run with the most characters.
BODY_GAP_MAX_CHARS = 300
# A run of this many body paragraphs or more at most this far from the body (a big widget in between) is
# the article's too; a single paragraph that far is a widget's (an ad, a promo).
BODY_PART_MIN_LINES = 2
BODY_FAR_GAP_CHARS = 1200
CUT_TEXT_MIN_WORDS = 25  # a paragraph this long that lost its full stop is text: not counted in a gap

# -- the title -------------------------------------------------------------------------------------

TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
QA_MIN_QUESTIONS = 2  # title-like questions in the body: a Q&A, whose first question above the body is no title

# -- chrome by shape -------------------------------------------------------------------------------

MENU_MAX_WORDS = 3  # a menu entry, a section label, a button: this many words at most, no sentence's end
# The head above the title is the page's when it has this many blocks and at least this share is chrome.
HEAD_MIN_BLOCKS = 2
TAIL_MIN_BLOCKS = 6
# In a text not shaped like a saved page (its blocks blank-line separated, like an article's paragraphs), only a
# long head or tail that is mostly chrome is the page's.
HEAD_STRONG_BLOCKS = 8
# The article's own closing list right after the body stays: this many items at least, each this short.
# Under a heading ending in a colon ("De opstelling:") an item may be one word, and numbers or times may stand
# in turn with the items (a table's cells "VVD" / "34", a timeline's "09:15" / "Trein ontspoort …").
CLOSING_LIST_MIN_ITEMS = 2
CLOSING_ITEM_MIN_WORDS = 2
ANNOUNCED_ITEM_MIN_WORDS = 1
CLOSING_ITEM_MAX_WORDS = 25
# A page opens with its chrome (a skip link, a menu, a top bar): this many of its first blocks at least.
OPENING_BLOCKS = 2
OPENING_MIN_CHROME = 1
TAIL_STRONG_BLOCKS = 12
CHROME_MIN_SHARE = 0.5
TAIL_MIN_FURNITURE = 2  # and in the tail at least this many of them the page's by more than their length
# A photo gallery's file names, one a line ("IMG_4725", "DSC_0068", "brug.jpg"; set aside as "interface"): the
# article's photos between its sections, not the page's chrome — a head or a tail is weighed without them (blind48)
GALLERY_FILE = (
    r"^(img|dsc|dscn|dscf|pxl|foto|image)[-_]?\d{3,}\w*(\.(jpe?g|png|webp|gif))?$|^[\w-]+\.(jpe?g|png|webp|gif)$"
)

_AMOUNT = r"(\d{1,3}|een|één|a|an)"
# A relative time, alone or opening a story's card: "5 uur geleden", "1 dag,23 uren geleden", "3 weeks ago".
RELATIVE_TIME = rf"^(\d{{1,3}}\.\s+)?{_AMOUNT}\s+{AGE_UNITS}(\s*,\s*{_AMOUNT}\s+{AGE_UNITS})*\s+(geleden|ago)\b"
_WEEKDAY = DAY_GROUP
_CLOCK = CLOCK
# A story list's time or date on its own line: "19:00", "1:54" (a video's length), "Vandaag, 19:28",
# "Gisteren 23:58", "21 NOV 2015", "21 november 2015, 10:15".
TIME_LINE = (
    rf"^(\d{{1,2}}:[0-5]\d|(vandaag|gisteren|eergisteren|today|yesterday),?\s+{_CLOCK}"
    rf"|({_WEEKDAY},?\s+)?\d{{1,2}}\s+{MONTH_GROUP}(\s+\d{{4}})?(,?\s+{_CLOCK})?)$"
)
# Inside the body only clock times make a story list (a bare date may open a timeline's entry).
CLOCK_LINE = rf"^(\d{{1,2}}:[0-5]\d|(vandaag|gisteren|eergisteren|today|yesterday),?\s+{_CLOCK})$"
# A counter, a dash or a list's number alone on its line: "47", "-", "1.".
COUNTER_LINE = r"^([-–—|+/]|\d{1,6}\.?|[-–]\s*\d{1,6}\s*[-–])$"
BARE_COUNTER = r"^([-–—]|\d{1,6})$"  # inside the body: no list number ("1.")
# The page's publication stamp: "Gepubliceerd: 5 maart 2016 17:04 … Laatste update: …".
PUBLISHED_LINE = (
    r"^(gepubliceerd|geplaatst|gepost|bijgewerkt|laatste update|laatst bijgewerkt|aangepast|published|updated)\s*:"
)
# The posting stamp a feed's page glues to the end of each item's title, after a space: its label and a date in
# figures, maybe a time ("<titel> Geplaatst op: 17-12-2017 21:40"; site39) — the group "stamp".
POSTED_STAMP_END = (
    r"\s(?P<stamp>(geplaatst|gepubliceerd|gepost|posted|published)(\s+op)?\s*:?\s*"
    r"\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})(,?\s+(om\s+)?\d{1,2}[:.]\d{2}(\s*uur)?)?)\s*$"
)
# A breadcrumb: short parts joined by "»", "›" or ">" ("Home » Binnenland").
BREADCRUMB = r"^[^.!?»›>]{1,40}(\s[»›>]\s[^.!?»›>]{1,40}){1,5}$"

# A share row: only these words, one of the first set among them ("Deel op Facebook Deel op Linkedin",
# "Deel dit artikel:", "Reageer Share Tweet", "Deel deze foto via:").
SHARE_VERBS = _words(
    """
    deel delen share sharen tweet tweeten reageer reageren mail e-mail email mailen print printen bewaar
    like liken pin
    """
)
SHARE_WORDS = SHARE_VERBS | _words(
    """
    op via dit deze artikel bericht foto video pagina facebook twitter linkedin whatsapp google+ pinterest
    reddit messenger telegram x
    """
)

# A liveblog's title: its entries with their times are its own, no story list.
LIVEBLOG_TITLE = r"\bliveblog\b|^live\s*[:|-]"
# Blocks an earlier rule set aside for these reasons: an archive's export (pipeline.text.export_edges reads it, not
# page_dump); a list of other stories (an entry right after one goes with it); a share row or an interface's line
# (a short button line right after one goes with it).
EXPORT_REASONS = ("export", "untitled", "archive")
LIST_REASONS = ("teaser", "story_list")
ROW_REASONS = ("share", "interface")
# A story list: lines that are a title and lines that are a time, alternating, at least this many times.
STORY_LIST_MIN_TIMES = 2
STORY_TITLE_MAX_WORDS = 16
# A short heading right above a story list is its title ("Meest bekeken", "40 gerelateerde artikelen").
LIST_HEADING_MAX_WORDS = 5

# A bare web address set aside as a link or a site's name whose name (not an outlet's) the article's text names
# this many times as a capitalised word ("presikhaaf.org" under an article on Presikhaaf): the address of the
# article's subject, not the outlet's own (pipeline.text.page_lines.subject_addresses, prec28).
SUBJECT_ADDRESS_MIN_MENTIONS = 3
SUBJECT_ADDRESS_MIN_CHARS = 4  # a shorter name is a word as often ("nu", "ad")

# -- a wire item ---------------------------------------------------------------------------------

# A wire's version number after the headline: "… bij PostNL (2)". The number is one figure after a capitalised
# word: "… aanranden meisje (15)" is an age. (A status in words, "(gesloten)", "(update)": title_rules.TITLE_TAG.)
# Only in a wire's item (its replacement notice, or an agency's credit in its text): "Politie zoekt peuter Sem (2)"
# elsewhere is a child's age.
TITLE_STATUS_TAIL = r"(^|\s)(?-i:[A-ZÀ-Ý])[\w.'’-]*\s+(?P<tail>\([2-9]\))$"
WIRE_CREDIT = r"\((?-i:ANP|Belga|AFP|AP|Reuters|DPA|Novum|BNR)\)"
# A wire's notice that this item replaces an earlier one, letters spaced or not, maybe in its HTML paragraph:
# "<p>N i e u w bericht, vervangt: FNV staat …</p>", "Correctie, vervangt: …". It ends with its paragraph, its
# line, or its first sentence when another sentence follows on the line (the lede glued to it).
WIRE_NOTICE_BLOCKS = 3  # the notice opens one of the first this many blocks
WIRE_NOTICE = (
    rf"^(<p>)?\s*{WIRE_NOTICE_OPENING}\s*,?"
    r"\s*vervangt\s*:[^<\n]*?(</p>|$|[.!?](?=\s+(?-i:[A-ZÀ-Ý])))"
)

# A news round-up's opening frame, the presenter's voice and not news: a greeting, today's date, "this is the
# news" — "OOST-SOUBURG - Goedemorgen! Het is maandag 9 januari. Dit is het nieuws in Zeeland.", "Donderdag 22
# december 2016, goedemorgen. In het nieuws in Zeeland vanmorgen:". Set aside only when EVERY sentence of the
# text's first or last paragraph is one of these, one of them announces the news and one greets or gives the date
# (a greeting alone in a reportage — "Goedemorgen!" — or a date stated in a column stays).
# (site50, written and dropped: TUNE only, blind77) a dated announcement ("Dit is het nieuws van donderdag 16
# december."), a greeting and welcome in one sentence ("Goedemiddag en welkom bij het X nieuws.") and the outlet's
# morning rubric offered to catch up with ("Word rustig wakker … met onze X.") — (site51) written again below, by
# shape and beside the frame's greeting (ROUNDUP_WELCOME, ROUNDUP_CATCH_UP, ROUNDUP_OWN_RUBRIC), and the dated
# announcement in ROUNDUP_NEWS
_SPELLED_DATE = rf"({_WEEKDAY}\s+)?\d{{1,2}}\s+{MONTH_GROUP}(\s+\d{{4}})?"
_DATELINE = r"((?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){0,2}\s+[-–—]\s+)?"
_HELLO = r"(een\s+)?((heel|hele|fijne)\s+)?goe(de|ie)n?\s*(morgen|middag|avond|dag)"
ROUNDUP_GREETING = (
    rf"^{_DATELINE}({_SPELLED_DATE},\s+)?({_HELLO}|hallo|welkom)"
    rf"(\s+op\s+{_SPELLED_DATE})?\s*[.!,]?$"
)
ROUNDUP_DATE = rf"^{_DATELINE}(het is|vandaag is het)\s+{_SPELLED_DATE}(\s+en\s+(?P<news>.+))?[.!]$"
_REGION = r"(?-i:[A-ZÀ-Ý][\w-]+)(\s+(?-i:[A-ZÀ-Ý][\w-]+)){0,2}"  # "Zeeland", "Noord-Holland", "West-Brabant"
# "Dit is het nieuws in Zeeland.", "Vanmorgen is in het Zeeuwse nieuws:" — a region's adjective or name only (not "Dit
# is het beste nieuws voor Zwolle in jaren.": a verdict, review26)
ROUNDUP_NEWS = (
    r"^(en\s+)?(dit is|hier is|dit zijn|(vanmorgen|vandaag|vanavond)\s+(is|staat))\s+(in\s+)?(het|de)\s+"
    r"((?-i:[A-ZÀ-Ý][\w-]*e)\s+)?(nieuws|nieuwsoverzicht|koppen)(\s+(in|uit|van|voor)\s+" + _REGION + r")?"
    rf"(\s+(van vandaag|vanmorgen|vandaag|vanavond|van\s+{_SPELLED_DATE}))?\s*[.:!]$"
    r"|^(in\s+)?het\s+((?-i:[A-ZÀ-Ý][\w-]*e)\s+)?nieuws(\s+(in|uit|van)\s+"
    + _REGION
    + r")?\s+(vanmorgen|vandaag|vanavond)\s*:$"
)
# (site51) the frame's other sentences, each by its shape; none is news, and each needs a greeting (or the date, or
# the catch-up question) beside it in the text's first sentences (pipeline.text.roundup):
# a greeting that welcomes to a named programme, a frame on its own: "Goedemiddag en welkom bij het Journaal Noord."
# — (review51) its name says it is news or a broadcast ("het Atv dagnieuws"): a welcome to a bank or a shop opens a
# report of it ("Goedemiddag en welkom bij de Rabobank. Zo begroet de robot …")
_PROGRAMME = r"(?=[^.!?]*(nieuws|journaal|programma|uitzending|podcast|radio|overzicht|update|editie))"
ROUNDUP_WELCOME = (
    rf"^{_DATELINE}{_HELLO}\s+en\s+welkom\s+(bij|in|op)\s+((het|de|onze?)\s+)?{_PROGRAMME}(?-i:[A-ZÀ-Ý])"
    r"[^.!?]{0,60}[.!]$"
)
# the reader asked whether they missed the day's news: "Heb je het nieuws van vandaag gemist?" — (review51) missed, or
# the day's: "Heeft u het nieuws over de parkeertarieven al gehoord?" opens an article on them
ROUNDUP_CATCH_UP = (
    r"^(?=[^?]*\b(gemist|mis|miste|toegekomen|vandaag|gisteren|vanmorgen|vanochtend|vanavond|van\s+de\s+dag"
    r"|deze\s+week|dit\s+weekend|het\s+weekend)\b)"
    r"(ben|heb|hebt|heeft|wil|wilt|mis|miste)\s+(je|jij|u)\b[^?]{0,100}\bnieuws\b[^?]{0,60}\?$"
)
# the programme's schedule in its own voice, a medium word in it: "Elke doordeweekse dag rond 19.00 uur zetten we
# het nieuws voor je op een rij." (every day + we + news, a programme, a broadcast)
ROUNDUP_ROUTINE_DAY = (
    r"\b(elke|iedere)\s+(doordeweekse\s+|werk)?(dag|ochtend|morgen|middag|avond|week|werkdag|weekdag)\b|\bdagelijks\b"
)
# (review51) the programme's voice is "we": a fare the reader pays every day ("betaalt u elke dag", "meldt de
# gemeente in een overzicht") or a paper brought home every week ("bij je thuis") is an article's report
ROUNDUP_ROUTINE_VOICE = r"\b(we|wij|ons|onze)\b"
ROUNDUP_ROUTINE_MEDIUM = r"\b(nieuws|berichten|overzicht|op een rij|programma|uitzending|journaal|podcast|bijpraten)\b"
ROUNDUP_ROUTINE_MAX_WORDS = 40
# the outlet's own rubric named to the reader: "… en zorg dat je bij bent met onze Ochtendpost."
# — (review51) a name, no adjective before a noun: "in onze Nederlandse steden" is the article's
ROUNDUP_OWN_RUBRIC = (
    r"\b(je|jij|u)\b.{0,120}\b(met|in|via|bij)\s+(onze|ons)\s+(?-i:[A-ZÀ-Ý])[\w-]+(\s+(?-i:[A-ZÀ-Ý])[\w-]+)*"
    r"(?=\s*([.!?,;:]|$)|\s+(van|op|in|en|met|voor|om|of|elke|iedere)\b)"
)
# (site51b) the programme describing itself in the outlet's voice, a frame on its own: "Regio Vandaag is het
# programma waarin we u elke avond bijpraten over …" — a name, the own format and "where we", no quotation in the
# sentence (a programme described by someone quoted, or "een programma waarin boeren …", is the article's)
# (site51b, written and dropped: CHECK blind70 set aside 78 characters of article text) a liveblog's own
# introduction, "In dit liveblog houden we je op de hoogte van …": site text in blind75 (Omroep Brabant), the
# article's in blind70's labels — the conventions differ
_OWN_FORMAT = r"(liveblog|blog|overzicht|nieuwsoverzicht|podcast|aflevering|rubriek|programma|uitzending|nieuwsbrief)"
_NO_QUOTE = r"[^.!?'\"‘’“”]"
ROUNDUP_SELF = (
    rf"^{_DATELINE}(?-i:[A-ZÀ-Ý]){_NO_QUOTE}{{0,50}}?\s+is\s+(het|de|ons|onze)\s+(\w+\s+)?{_OWN_FORMAT}\s+"
    rf"(waarin|waar|waarmee)\s+(we|wij)\b{_NO_QUOTE}{{0,160}}[.!]$"
)
# beside it, what the reader gets from it in the outlet's voice, "In tien minuten krijgt u het belangrijkste nieuws.",
# and who presents it, "De presentatie is in handen van Jan Smit."
ROUNDUP_HERE = (
    rf"^(in\s+\w+(\s+\w+){{0,3}}\s+)?(krijgt|krijg|hoort|hoor|ziet|zie|leest|lees)\s+(je|u)\s+{_NO_QUOTE}{{0,80}}"
    rf"\bnieuws\b{_NO_QUOTE}{{0,40}}[.!]$"
)
ROUNDUP_PRESENTER = (
    r"^(de\s+)?presentatie\s+(is\s+in\s+handen\s+van|wordt\s+verzorgd\s+door|:)\s+"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*(\s+(van|de|der|den|ten|ter|en|(?-i:[A-ZÀ-Ý])[\w'’-]*)){0,6}\s*\.?$"
)

# A comment section without reply buttons (pipeline.text.page_sections): the comment form's prompt under the comments
# ("Plaats een reactie"; site45) at most this many blocks a comment counted after the heading, and the form's own
# notes after it to the text's end, this many at most.
COMMENT_FORM_BLOCKS_PER_COMMENT = 2  # a comment's text and its author's line
COMMENT_FORM_MAX_NOTES = 2
# (site36b) a menu's heading alone on its line ("Menu", "Hoofdmenu", "Navigatie"): the list right under it is the menu's
# links (pipeline.text.crumb_lists.listed_crumbs) when each of its items is a short name (MENU_ITEM_MAX_WORDS words at
# most, none ending a sentence); a list under a heading of the article's has its own heading's words
MENU_HEADING = r"((hoofd|sub)?(menu|navigatie)|main menu|navigation)"
MENU_ITEM_MAX_WORDS = 5
# (site43b) a report's own section heading right under its title, no page's label: "Inleiding", "Samenvatting" (a
# genre's label, "Achtergrond", "Column", is the page's kicker); a summary heading is never a title of its own either
# (pipeline.text.untitled_lines, head44) — an introduction's may be (headline39)
REPORT_SUMMARY = r"(samenvatting|abstract|summary|conclusies?)"
REPORT_SECTION = rf"^(inleiding|{REPORT_SUMMARY}|aanleiding|voorwoord|nawoord|tot slot)\s*:?$"

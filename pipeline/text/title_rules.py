"""Site text and the headline by shape (issue 21, round 9): data, no logic — the expressions and limits of
pipeline.text.title_line, headline, structure, page_edges, teasers and spans, and the lines and sentences that
pipeline.text.patterns adds to its tables; each describes a line by its place, length, capitals, brackets, stamps
or phrasing to the reader, not by an outlet's strings. Case-insensitive unless marked.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_MONTH, MONTH_NAME_GROUP, NAME_LINE_PARTICLE_GROUP, WEEKDAY_GROUP, vocabulary
from pipeline.text.page_voice_rules import BLOG_FOLD

# -- the title line ------------------------------------------------------------------------------

# A status tag in square brackets closing the title, before a site name if any: "… in het ongelijk [update]",
# "… op de A1 [video]", "… [UPDATE 2]" — one or two words of letters (a figure may follow); "[…]" (a cut) and
# "[+1234 chars]" (an aggregator's marker) are no tags. The same few words in round brackets are tags too:
# "(update)", "(+video)", a closed liveblog's "(gesloten)" or "(afgelopen)", a rerun's "(herhaling)"; any other word there is the headline's own ("Boer (54) …", "… (VVD)").
TITLE_TAG = (
    r"\s+(?P<tag>\[(?-i:[^\W\d_]{2,15})( (?-i:[^\W\d_]{2,15}|\d{1,2}))?\]"
    r"|\(\+?(update|updated|ge-?update|geüpdatet|video|live|gesloten|afgelopen|closed|herhaling|foto'?s|podcast|audio|poll)"
    r"( \d{1,2})?\))$"
)
TITLE_TAG_HEAD_MIN_WORDS = 3  # a shorter title with a bracket is a name or a label, not a tagged headline
# the page's title printed again (after the page's header, under the title line, a card's or breadcrumb's copy): at
# least this many words; a shorter line repeated is a label (pipeline.text.title_copies, page_header)
TITLE_COPY_MIN_WORDS = 4

# A rubric before a bar opening the title line: "Weekweerbericht | Na regen komt zon", "Live F1 | Reacties na …" — up to
# BAR_LABEL_MAX_WORDS words, the first capitalised, no sentence's end or colon; the headline after it opens with a
# capital, a figure or a quote and has HEAD_MIN_WORDS words. Kept as a label above the headline (the outlet shows it).
BAR_RUBRIC_OPENING = r"^(?P<label>(?-i:[A-ZÀ-Ý])[^|.!?:;]{0,40}?)\s+\|\s+(?P<rest>(?-i:[A-ZÀ-Ý0-9'‘\"“]).*)$"
# A topic page's name after a bar closing the title (before any site name): "… brandstofdepot geraakt | Oorlog in
# Oekraïne" — up to BAR_LABEL_MAX_WORDS words, the first capitalised, no sentence's end; set aside as a rubric.
BAR_RUBRIC_TAIL = r"\s+(?P<tail>\|\s+(?-i:[A-ZÀ-Ý])[^|.!?:;]{0,40})$"
BAR_LABEL_MAX_WORDS = 3
# A bar label's words are a name's: capitalised, with a figure, or one of these linking words (review 25d: a
# lower-case word is a clause's, "Kabinet valt | …", "… | Drie gewonden", and stays in the headline).
BAR_LABEL_LINK_WORDS = frozenset({"in", "en", "van", "de", "het", "der", "op", "voor", "met", "uit", "over", "&"})
# The words before a closing bar that end in one of these ask for what follows the bar: "Vijf vragen aan | Marieke
# Koster", "Een dag op pad met | Wethouder Kees Bakker" — the name is the headline's own, not a rubric (review32h).
BAR_HEAD_OPEN_END = vocabulary(
    """
    aan met van voor over door bij naar op in uit tegen om en of de het een der den zonder tussen na tot vs &
    """
)
# A news API's cut content repeating the item's description (pipeline.text.feed_echo): at least this many words.
FEED_ECHO_MIN_WORDS = 8
FEED_ECHO_MAX_LABEL_WORDS = 3  # a label's words glued before the repeat ("exclusief interview")
FEED_ECHO_MAX_EXTRA_WORDS = 3  # words beyond the description's end before the cut (a date cut off)
# A print page's standfirst above the headline (pipeline.text.headline): at most this many words.
PRINT_STANDFIRST_MAX_WORDS = 60

# A page's comment section (pipeline.text.page_sections): a heading counting the comments, then reply buttons.
# The count may name what it counts in brackets: "Reacties (3 reacties geplaatst)" (site45).
COMMENT_COUNT_HEADING = r"^(reacties|comments)\s*\(\d{1,6}(\s+(reacties?|comments?)(\s+(geplaatst|posted))?)?\)$"
COMMENT_REPLY_BUTTON = r"^(reageer|reply|beantwoord|antwoord|antwoorden)$"
COMMENT_SECTION_MIN_REPLIES = 3
COMMENT_REPLY_MAX_GAP = 20  # blocks from one reply button to the next
COMMENT_FIRST_REPLY_MAX_GAP = 30  # blocks from the count heading to its first reply button (sorting controls)
# A story's title closed by its rubric and date, as a list of other stories shows it (pipeline.text.page_sections):
# "… nieuwe functie Nieuws van 20 juli 2023", "… Proxy-functie .Geek van 23 juni 2023" (a capitalised word or one
# after a full stop, "van", a full date); STAMPED_STORIES_MIN_ITEMS such lines in a row.
STAMPED_STORY = r"\s\.?(?-i:[A-ZÀ-Ý])[\w-]{1,20}\s+van\s+\d{1,2}\s+(?-i:" + MONTH_NAME_GROUP + r")\s+(19|20)\d{2}$"
STAMPED_STORY_MAX_WORDS = 30
STAMPED_STORIES_MIN_ITEMS = 3
FEED_ECHO_MAX_MARKERS = 2  # the markers looked at, from the text's start
FEED_ECHO_MAX_LINES = 2  # the lines the marker closes: the content kept at most one line break

# A kicker in capitals and a dash before the headline, on its line: "IN KAART - Deze steden …", "ANALYSE – Wat …".
# The kicker: two or three words in capitals, or one of five letters or more (figures and "&" allowed, no
# lower-case letter) — a shorter one is a club's or a party's name ("PSV - Ajax eindigt in 2-2", "NAVO - Rusland:
# …"); the headline after it has a lower-case letter and HEAD_MIN_WORDS words, and opens as a title does (not
# with a lower-case word: "KORT NIEUWS – week 12" is one title, the rubric's name and its edition; site45). The kicker is kept as a label above
# the headline (a heading of its own), not set aside: the outlet shows it.
CAPS_KICKER = (
    r"^(?P<kicker>(?-i:[A-ZÀ-Ý0-9&'’.]{5,}|[A-ZÀ-Ý0-9&][A-ZÀ-Ý0-9&'’.]*(?: [A-ZÀ-Ý0-9&][A-ZÀ-Ý0-9&'’.]*){1,2})"
    r" [-–—])\s+(?P<rest>\S.*)$"
)

# A title closed by a quotation after a colon, on a line of its own above the standfirst (pipeline.text.structure):
# "Schrijver Hanna Bervoets: ‘Ik schrijf pas als ik ergens echt kwaad om ben’" — a line longer than a heading
# (patterns.HEADING_MAX_WORDS) that still stands alone; the quotation holds no sentence's end before it closes.
QUOTED_TITLE_END = r":\s+[‘'\"“„«][^‘'\"“„«.!?]+[’'\"”»]$"
QUOTED_TITLE_MAX_WORDS = 25

# -- the tail ----------------------------------------------------------------------------------------

# A line closed by a relative time, as a list of stories or an aggregator stamps its items: "2 hours ago", "12 min
# geleden", "NU.nl · zojuist", "Bron: NOS · 2h" (a figure and a unit after a separator). After the article's last
# paragraph of running text it is the interface's (pipeline.text.page_edges.tail_stamps); above it, the date.
# The units of a relative time, one list for every rule that reads one (here, pipeline.text.site_rules'
# datelines, pipeline.text.page_rules' story cards): up to months in words, Dutch and English; an aggregator's
# stamp may glue a letter to its figure ("2h", "3d"); a time said in words may count years ("3 jaar geleden").
_UNITS_TO_MONTHS = (
    r"seconden|seconde|sec|minuten|minuut|mins|min|uur|uren|dagen|dag|weken|week|maanden|maand"
    r"|seconds?|minutes?|hours?|hrs?|days?|weeks?|months?"
)
TIME_UNITS = rf"({_UNITS_TO_MONTHS}|s|m|u|h|d|w)"
AGE_UNITS = rf"({_UNITS_TO_MONTHS}|jaren|jaar|years?)"
RELATIVE_STAMP = (
    rf"(\b(\d+|een|één|a|an)\s*{TIME_UNITS}\.?\s+(geleden|ago)|\bzojuist|\bjust now|\bmoments? ago"
    r"|[·•|–-]\s*\d+\s*(m|h|u|d|min|uur)\b\.?)\s*$"
)
RELATIVE_STAMP_MAX_WORDS = 8

# A whole page's run of headings before the text (pipeline.text.headline): this many headings or more before the
# running text (the menu's lines set aside already count) is a menu and a breadcrumb above the title, which is then
# the run's last heading of at least MENU_TITLE_MIN_WORDS words (the one the page shows twice, if any), not its
# first. A heading opening with a separator is a title bar's remains ("| Het laatste nieuws het eerst op").
MENU_RUN_MIN_HEADINGS = 6
MENU_TITLE_MIN_WORDS = 3
# A heading ending in a colon with this many headings or more after it in that run announces a list: its items are
# no title.
ANNOUNCED_LIST_MIN_ITEMS = 3
MENU_SEPARATORS = "|»›>/·•-–—"

# A menu's items that no rule knows, between its lines set aside already (pipeline.text.page_edges.menu_items).
MENU_GAP_MAX_LINES = 10
MENU_ITEM_MAX_WORDS = 6
MENU_WORD_MAX_WORDS = 3  # a menu's own item ("Cultuur & Media"); a longer line is a story's title in a mega-menu:
MENU_TITLES_MIN_LINES = 3  # such lines are set aside only in a run of at least this many
MENU_REASONS = ("navigation", "repeated", "site_name")
MENU_LINE_MAX_WORDS = 12  # a line of capitalised menu words, "&" and "en" between them: "Gezondheid Eten & Drinken"
MENU_JOINERS = frozenset(["&", "en", "|", "/", "-", "·", "•"])

# A widget's lead question to the reader right above it, and its closing exclamation right below it
# (pipeline.text.page_edges.widget_leads): "Wil je op de hoogte blijven …?" / <promo> / "Dat is zo gepiept!".
WIDGET_READER = r"\b(je|jij|jouw|u|uw)\b"
WIDGET_LEAD_MAX_WORDS = 15
WIDGET_CLOSE_MAX_WORDS = 5

# A line above the headline that names an outlet (pipeline.text.headline): at most this many words, a label.
OUTLET_LABEL_MAX_WORDS = 8

# A page's breadcrumb ("Home » Buitenland", "Nieuws › Regio"): with the page's menus above it, the title is the
# heading right below it when a paragraph of running text (page_edges.running_text) follows (pipeline.text.headline).
BREADCRUMB = r"^[\w .'&-]{2,30}( [»›>] [\w .'&-]{2,30}){1,4}$"
# Above such a breadcrumb, with the text within ABOVE_CRUMB_TEXT_WITHIN blocks below it: this many lines of headings
# and short paragraphs (none ABOVE_CRUMB_TEXT_MAX_WORDS words or more) are the page's menus (pipeline.text.page_edges).
ABOVE_CRUMB_MIN_LINES = 10
ABOVE_CRUMB_TEXT_MAX_WORDS = 40
ABOVE_CRUMB_TEXT_WITHIN = 5

# A short line closed by this mark opens running text, never a title: a letter's salutation ("Beste
# dorpsgenoten,", "Geachte leden,") above a foreword or a newsletter (pipeline.text.headline).
SALUTATION_END = ","

# A line opening with a full date ("maandag 21 augustus 2023 Kinepolis Antwerpen", "3 maart 2026 door …"): a date
# line with a place or a name after it, passed over when the headline is chosen (pipeline.text.headline).
_WEEKDAY = WEEKDAY_GROUP
DATE_OPENING = rf"^({_WEEKDAY},?\s+)?\d{{1,2}}\s+{MONTH_NAME_GROUP}\s+\d{{4}}\b"

# A line that is a date with a weekday, and at most a stamp's word before it ("Uitgave vrijdag 12 augustus", "Editie
# dinsdag 3 maart 2026", "Zaterdag 12 augustus, 14:05"): an edition's or a page's date stamp, never the headline —
# passed over when the headline is chosen (pipeline.text.headline). Another word before it makes an event's title
# ("Braderie zaterdag 14 september", review32h), as a word and a date without a weekday ("Braderie 14 september").
# A period's bound before it ("Tot maandag 2 februari 2009": the news of an edition that runs until then, head37) is
# the stamp's too.
DATE_LINE = (
    r"^((uitgave|editie|datum|gepubliceerd|geplaatst|verschenen|bijgewerkt|update|nummer|krant|tot|t/m|vanaf):?\s+)?"
    rf"{_WEEKDAY},?\s+\d{{1,2}}\s+{MONTH_NAME_GROUP}(\s+\d{{4}})?(,?\s+(om\s+)?\d{{1,2}}[:.]\d{{2}}(\s+uur)?)?$"
)

# Of two headings above the running text, the lower is the title when the first paragraph opens with its words, at
# least this many, and goes on for as many more (pipeline.text.headline): the upper is a section's label.
LEDE_ECHO_MIN_WORDS = 3
# … and the heading is at most this share of the first sentence's words: the subject the sentence goes on about ("Eerste
# Schepen Filip Watteeuw is bevoegd voor …"), not most of the sentence (a standfirst set as a heading, review32h).
LEDE_ECHO_MAX_SHARE = 0.5

# A short title has at most this many words; a longer heading may be a standfirst set as a heading (review32h,
# pipeline.text.title_shapes): a heading the first paragraph echoes is the title only when this short (a longer one is
# the standfirst under the title above it), and a heading under a line shown twice (a photo's alt text and caption)
# only when this short or no longer than that line (a longer one is the standfirst under a title shown twice).
SHORT_TITLE_MAX_WORDS = 10

# A lead clause glued before a quotation that is the title ("Hoogleraar acht kans klein dat het virus naar Europa
# overspringt ’We moeten niet te paniekerig doen’"): a clause of OVERLINE_LEAD_MIN_WORDS words or more, no sentence's
# end, colon, comma or quotation mark in it, ending in a letter; then a quotation of OVERLINE_QUOTE_MIN_WORDS words or
# more opening with a capital and closing the line. The quotation is the headline, the clause above it its overline
# (pipeline.text.title_labels). A quote after a colon ("Rutte: ’…’"), a comma ("…, maar ’Parijs …’") or in lower case
# ("… is 34 en “nog altijd verbaasd”") is the headline's own.
OVERLINE_QUOTE = (
    r"^(?P<lead>[^.!?:;,’‘'\"“”„«»|]+[^\W\d_])\s+(?P<quote>[‘’'\"“„«](?-i:[A-ZÀ-Ý])[^‘’'\"“”„«»]*[’'\"”»])$"
)
OVERLINE_LEAD_MIN_WORDS = 8
# a quotation of a statement has OVERLINE_QUOTE_MIN_WORDS words; a shorter one names a work ("‘Het Joodse Bruidje’")
OVERLINE_QUOTE_MIN_WORDS = 5
# A lead clause ending in one of these words names the quotation after it, which is then no statement but a title of a
# song, a play, a book or a campaign ("… scoort een hit met ‘Laat me nooit meer los’", "… speelt de voorstelling ‘Een
# Storm in Zwolle’"): the line is one headline (review32h).
OVERLINE_NAMING_END = BAR_HEAD_OPEN_END | vocabulary(
    """
    als getiteld genaamd heet titel motto thema naam slogan boek roman bundel gedicht film documentaire serie
    reeks programma podcast show voorstelling musical opera toneelstuk stuk concert album plaat single lied
    liedje nummer hit song expositie tentoonstelling campagne actie project festival
    """
)

# A title below the running text (pipeline.text.title_shapes.title_below_text): a heading of MIN to MAX words with a
# date line under it (a year's or a time's figure or a day and a month, head36, at most DATE_MAX_WORDS words; a year in
# brackets is a birth year, "Anna de Boer (1962)", no date: review32h), only site text and labels after them, sharing
# SHARED_WORDS words of WORD_MIN_CHARS letters or more with the first paragraph.
TRAILING_TITLE_DATE = r"(?<!\()\b(19|20)\d{2}\b(?!\))|\b\d{1,2}[:.]\d{2}\b|" + DAY_MONTH
TRAILING_TITLE_DATE_MAX_WORDS = 8
TRAILING_TITLE_MIN_WORDS = 3
TRAILING_TITLE_MAX_WORDS = 25
TRAILING_TITLE_SHARED_WORDS = 2
TRAILING_TITLE_WORD_MIN_CHARS = 5

# A title below a page's opening lines (pipeline.text.title_shapes.title_after_opening): at most OPENING_MAX_BLOCKS
# lines before it, each a paragraph of at most OPENING_BLOCK_MAX_WORDS words or a heading of at most
# OPENING_LABEL_MAX_WORDS; the title a longer heading with up to OPENING_MAX_META date or byline lines under it.
OPENING_MAX_BLOCKS = 4
OPENING_BLOCK_MAX_WORDS = 20
OPENING_LABEL_MAX_WORDS = 2
OPENING_MAX_META = 3

# -- whole lines -------------------------------------------------------------------------------------

# A wire's notice that this item replaces an earlier one opens with one of these ("N i e u w bericht, vervangt:",
# letters spaced or not): one vocabulary for the whole line (SITE_LINES "syndication") and for the notice cut off
# the first paragraphs (pipeline.text.page_rules.WIRE_NOTICE).
WIRE_NOTICE_OPENING = (
    r"(n\s?i\s?e\s?u\s?w\s?e?\s?bericht|nieuwe versie|gecorrigeerd bericht|correctie|aanvulling|herhaling|update)"
)

# Lines that are site text as a whole (pipeline.text.patterns.site_line_reason): skip links, a wire's replace
# notice, a button or a link with its count, a print label, a share bar of the same button for each platform
# ("Deel op Facebook Deel op Linkedin Deel op Twitter").
_TAG = r"(?-i:[A-ZÀ-Ý#][\w'’-]*)(\s+(?-i:[A-ZÀ-Ý0-9][\w'’-]*))*"  # a tag: capitalised words ("Kees Bakker", "Corona")
SITE_LINES: tuple[tuple[str, str], ...] = (
    # a skip link, in Dutch or English: "Ga naar het hoofdmenu", "Skip to main content"
    (
        "navigation",
        r"^(ga naar|spring naar|skip to|jump to|go to) (de |het |the )?(main |hoofd)?(inhoud|content|navigatie|navigation"
        r"|menu|hoofdmenu|zoeken|search|footer)\s*$",
    ),
    # a wire service's notice that this item replaces an earlier one: "N i e u w bericht, vervangt: <titel>"
    ("syndication", rf"^{WIRE_NOTICE_OPENING}\b[^.!?]{{0,20}}\bvervangt\b"),
    # a comment button with its count, a photo gallery's link with its count: "Comments (12)", "Foto's bekijken (12)"
    ("comments", r"^(comments?|reacties?|reageer|reageren)\s*\(\d{1,6}\)$"),
    ("link", r"^(alle )?(foto'?s|beelden|video'?s)\s+(bekijken|zien|kijken)\s*(\(\d{1,4}\))?$"),
    ("print", r"^(uit|in) (de|het) (papieren |gedrukte )?(krant|dagblad|weekblad)( van (\w+ ){0,2}\w+)?$"),
    ("share", r"^((deel|delen|share|tweet|mail)\s+(op|via|on)\s+[\w+.-]{1,20}\s*[|·•,]?\s*){2,}\d{0,6}$"),
    # a blog's fold, the link to the rest of the post on its own line: "Na de breek, Rock 'n Roll.", "Na de klik:"
    ("navigation", BLOG_FOLD),
    # a row of share buttons that lost their icons: the same button word again and again ("Delen Delen")
    ("share", r"^(deel|delen|share|tweet|tweeten)(\s*[|·•,]?\s*(deel|delen|share|tweet|tweeten)){1,5}$"),
    # a topic box: its label, then the tags with or without a colon — without one, tags glued to each other
    # ("In dit artikel BinnenlandAhmed AboutalebbesmettingburgemeesterCoronavirus", "Tags: Binnenland, Corona"); a
    # label in capitals ("TREFWOORDEN: …") is a print archive's metadata (print_edges). After a colon two or more tags
    # of capitalised words: "Onderwerpen: Begroting 2026, het zwembad en de brug" lists a meeting's agenda (review26).
    (
        "tags",
        r"^(in dit artikel|(?-i:[Tt]ags|TAGS|[Tt]refwoorden|[Oo]nderwerpen))((\s*[:|]\s*|\s+(?-i:I)\s+)"
        + _TAG
        + r"((\s*[,|·•]\s*|\s+(?-i:I)\s+)"
        + _TAG
        + r")+"
        r"|\s+(?-i:[A-ZÀ-Ý])(?>[^.!?]*?(?-i:[a-zà-ÿ][A-ZÀ-Ý]))[^.!?]*+)$",
    ),
)


# A date (and time) with the author after it on one line: "11 maart 2016 om 22:43 door Daisy Heyer" (a byline); (site45)
# "31 december 2018 Redactie Apache", "12-03-2021 | door Jan Smit". One rule: pipeline.text.patterns.is_byline reads it
# sorting the blocks, pipeline.text.page_lines.dated_byline on a saved page's (a month in capitals, "uur" after the time).
DATED_BYLINE = (
    r"^(\d{1,2}\s+(?-i:[a-z]{3,9}|[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(,?\s+(om\s+)?"
    r"\d{1,2}[:.]\d{2}(\s+uur)?)?(\s*[,|·•])?\s+(door|by|redactie)\s+(?-i:[A-ZÀ-Ý])[\w.'’-]*(\s+[\w.'’-]+){0,4}$"
)
# A numeric date, a comma and the author's name (an outlet's short tag after it): "3-5-2024, Anna de Vries NwsZ.";
# a place, a dash, the date and time, a bar and the source: "Zwolle - 3 mei 2024 14:05 | Persbureau Oost".
DATE_NAME_BYLINE = (
    rf"^\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}},\s+(?-i:[A-ZÀ-Ý])[\w'’-]+(\s+{NAME_LINE_PARTICLE_GROUP})*"
    r"(\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2}(\s+\w{2,8}\.?)?$"
)
PLACE_DATE_SOURCE = (
    r"^(?-i:[A-ZÀ-Ý])[\w'’-]+(\s[\w'’-]+){0,2}\s[-–]\s\d{1,2}\s+[a-z]{3,9}\s+\d{4}(\s+\d{1,2}[:.]\d{2})?"
    r"\s*\|\s*(?-i:[A-ZÀ-Ý])[\w.&'’-]*(\s[\w.&'’-]+){0,3}$"
)
BYLINES: tuple[str, ...] = (DATED_BYLINE, DATE_NAME_BYLINE, PLACE_DATE_SOURCE)
# A share bar's or a comment button's count on the line after it ("0", "12"): the bar's.
COUNT_LINE = r"^\d{1,6}$"
COUNT_AFTER = ("share", "comments")


# A photo's caption glued after the title, closed by its credit in brackets: "Brand in Zwolle onder controle Brand
# bij loods (foto Jan Jansen/ANP)" — the caption opens with the title's first word again (pipeline.text.title_line).
TITLE_CAPTION_CREDIT = r"\((foto|beeld|archieffoto)\b[^()]{2,80}\)\s*$"

# The page's title with a prefix or a suffix of at most COPY_AFFIX_MAX_WORDS words ("Tertio 1045 - Met ambitie"), the
# title itself a heading below it: the page title, the heading below the headline (title_shapes.affixed_copy, head34).
COPY_SEPARATORS = (" - ", " – ", " — ", " | ", " · ")
COPY_AFFIX_MAX_WORDS = 4

# A match's two sides, the first a name after its article in lower case ("de Zouaven - AFC '34", head37): a match
# report's title, not a label in lower case above it
MATCH_SIDES = r"^(de|het|'t)\s+[A-ZÀ-Ý][^-–—]{0,40}\s[-–—]\s+((de|het|'t)\s+)?[A-ZÀ-Ý0-9][^-–—]{0,40}$"

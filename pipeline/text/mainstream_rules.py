"""Furniture a mainstream news site's CMS prints on many pages (site39, written on structure_blind59: NOS, NU.nl, L1,
Knack, HLN …), as data: pipeline.text.patterns reads SITE_LINES (and compiles BAR_EPISODE for title_line),
pipeline.text.sentence_reasons READER_SENTENCES with the other tables. Described by shape, never by one page's strings.
"""

from __future__ import annotations

from pipeline.text import reader_pointers
from pipeline.text.dutch_rules import MONTH_NAME_GROUP, WEEKDAY_GROUP

# A series' name with its episode's number after the bar closing a title ("Is het kabinet nu al aan het wiebelen? |
# Rondje Binnenhof #73"): the page's own episode, part of its title — a topic page's name, set aside after a bar
# (title_rules.BAR_RUBRIC_TAIL), carries no number.
BAR_EPISODE = r"(?<!\S)#\s?\d{1,4}$"

# A sports liveblog's score and programme box (pipeline.text.score_boxes): a kick-off time alone on its line, closed
# by a colon ("12.15 uur:"), and under it one to SCORE_BOX_MAX_MATCHES matches, each two sides across a hyphen, a
# score after them or not ("FC Twente-Ajax 2-0", "Feyenoord-PEC Zwolle"); SCORE_BOX_MIN_SLOTS such slots in a row.
KICKOFF_LINE = r"^\d{1,2}[.:]\d{2}\s*uur\s*:$"
MATCH_LINE = (
    r"^[A-ZÀ-Ý0-9][\w.'’]*(?: [\w.'’]+){0,2}\s?[-–]\s?[A-ZÀ-Ý0-9][\w.'’-]*(?: [\w.'’]+){0,2}"
    r"(?:\s+\d{1,2}\s?[-–]\s?\d{1,2})?$"
)
SCORE_BOX_MIN_SLOTS = 2
SCORE_BOX_MAX_MATCHES = 4
# (site43) a liveblog's score bar without kick-off times, over its first entries (NU.nl: "Feyenoord-PSV 3-1" /
# "AZ-Ajax" / "Heracles-Utrecht"): SCORE_BAR_MIN_MATCHES match lines in a row, played (a score) and to be played (none)
# mixed — a round under way, not a list of results — at most SCORE_BAR_MAX_TEXT_ABOVE blocks of running text above
SCORE_BAR_MIN_MATCHES = 2
SCORE_BAR_MAX_TEXT_ABOVE = 1
# (site43, pipeline.text.opening_widgets) an embedded video's card: its length and its title on one line ("2:11 Dood
# Lisa centraal in debat …"), no sentence's end, right under the text's pointer at it ("Bekijk de beelden hieronder:")
VIDEO_CARD = r"^\d{1,2}:\d{2}\s+(?-i:[A-ZÀ-Ý0-9‘'\"“])[^\n]{5,150}(?<![.!?])$"
# …or, under a pointer at a broadcast to watch back ("Kijk hier de uitzending terug:"), the broadcast's title alone
BROADCAST_POINTER = r"^(?:bekijk|kijk|zie|herbekijk)\b.{0,60}\b(?:uitzending|aflevering|programma)\b.{0,20}:$"
# a broadcaster's promo for tonight's programme on its own channel, as a heading ("Vanavond op TV West"): with the
# short lines under it to the text's end (the programme's guests), at most PROMO_MAX_WORDS words each
# (the channel named after "TV" or "Radio": a tv-tips article's "Vanavond op tv" over its programmes stays, review47)
PROGRAMME_PROMO = r"^(?:vanavond|vandaag|straks|morgen)\s+(?:op|bij|in)\s+(?:tv|radio)\s+(?-i:[A-ZÀ-Ý])[\w-]{1,20}$"
PROMO_MAX_WORDS = 5
# (a "Kijk …:" line names what it points at: "Kijk voor de tijden naar het schema:" over "14:30 Aankomst …", review43)
VIDEO_POINTER = (
    r"\b(?:hieronder|hierboven|in\s+de\s+video|in\s+deze\s+video)\s*:$"
    r"|^(?:bekijk|kijk|zie)\b.{0,60}\b(?:beelden|video'?s?|filmpjes?|fragment(?:en)?)\b.{0,40}:$"
)
# a series' or election special's label alone above the page's title, opened by a dash ("— Brussel kiest in jouw
# gemeente"): no sentence, SERIES_LABEL_MAX_WORDS words at most
SERIES_LABEL = r"^[—–]\s+(?-i:[A-ZÀ-Ý])[^.!?:]{2,60}$"
SERIES_LABEL_MAX_WORDS = 6
# a photo's file name printed over its credit ("RONDE anderlecht BRUZZ ACTUA 1610"): words and a number, two words at
# least in capitals, the number closing it
PHOTO_FILE_NAME = r"^(?=(?:[^\n]*?\b(?-i:[A-ZÀ-Ý]{3,})\b){2})[\w-]+(?:\s+[\w-]+){1,7}\s+\d{2,6}$"
# (site43) a DPG page's publication stamp alone on its line, a weekday and the date in figures ("Maandag 05/06/2023",
# De Morgen), and a Flemish page's date line with its time on the next line ("22 mei 2019" / "07u13", "19u20 0" with
# the comment counter; HLN): site text by STRUCTURE_CONVENTIONS.md, which the reader took for datelines — a date line
# alone stays a dateline (the older sets' label)
# (also the weekday written out with a comma and the month named, "Woensdag, 24 oktober 2018" — without the comma an
# event's day in the text, "Zondag 2 september 2018", blind48 —, and a date in figures
# alone, "01-10-2024", "19.10.2017": shapes the older sets never label a dateline — their abbreviated weekday with a
# time, "za 12 maart 2022, 17:05", and a month named without a weekday, "01 maart 2019", stay datelines)
WEEKDAY_STAMP = (
    rf"^(?i:{WEEKDAY_GROUP})(?:,?\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}|,\s+\d{{1,2}}\s+(?i:{MONTH_NAME_GROUP})\s+\d{{4}})$"
    r"|^\d{1,2}[-.]\d{1,2}[-.]\d{4}$"
)
DATE_LINE = rf"^\d{{1,2}}\s+(?i:{MONTH_NAME_GROUP})\s+\d{{4}}$"
FLEMISH_TIME = r"^\d{1,2}u\d{2}(?:\s+\d{1,5})?$"
# (site43) a CMS's publication stamp worded as a verb and "op" ("Geplaatst op 27 februari 2025, om 20:50 uur",
# "Geschreven op 18 december 2019. - Nieuws", "Geplaatst op:16-04-2024 Bijgewerkt op:16-04-2024 12:50"), alone on its
# line or glued before the text's first words (pipeline.text.glued_stamps): site text. "Gepubliceerd op <date>" only
# with its time (STAMP_TIME): without one it stays a dateline, the older sets' label ("Gepubliceerd op 12 februari
# 2024", structure_dev)
_STAMP_DATE = rf"(?:\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\s+(?i:{MONTH_NAME_GROUP})\s+\d{{4}})"
STAMP_TIME = r"(?:,?\s*(?:om\s+)?\d{1,2}[:.]\d{2}(?:\s*uur)?)"
_STAMP_UPDATE = (
    rf"(?:\s+(?i:bijgewerkt|aangepast|gewijzigd|laatste\s+update)\s*(?i:op)?\s*:?\s*{_STAMP_DATE}{STAMP_TIME}?)"
)
PUBLISHED_STAMP = (
    rf"(?i:geplaatst|geschreven|gepost|gepubliceerd)\s+(?i:op)\s*:?\s*{_STAMP_DATE}{STAMP_TIME}?{_STAMP_UPDATE}?"
)
# a time anywhere on a "Gepubliceerd op" line: STAMP_TIME's figures alone, the optional words before them left off
# (searched from every position they cost quadratic time on a long line: review43); a dotted date's "01.10" counts
# (structure_blind56p labels "Gepubliceerd op 01.10.2016" site text, structure_dev a dated one a dateline)
STAMP_TIME_FIGURES = r"\d{1,2}[:.]\d{2}"
# …alone on its line, a section's name after a dash or not ("… 2019. - Nieuws")
PUBLISHED_LINE = rf"^{PUBLISHED_STAMP}(?:\.?\s*[-–|]\s*(?-i:[A-ZÀ-Ý])[\w-]{{2,20}})?\.?$"
# (site43) a read-aloud player's box over the text: its label ("De Correspondent leest voor"), the track's line
# ("<author> - <title>") closed by the player's platform ("SoundCloud"), then its button ("Luister hier naar …", a site
# line already): the label and the track set aside with it
CAPTION_PLACE = r"(?-i:[A-ZÀ-Ý])[\w'’-]{2,20}"  # a place's name alone on its line (opening_widgets.caption_places)
READ_ALOUD_LABEL = r"^(?-i:[A-ZÀ-Ý])[\w .'’&-]{1,40}\s(?:leest|lezen)\s+voor$"
AUDIO_PLATFORM = r"(?:^|\s)(?:SoundCloud|Spotify|Apple Podcasts|Podimo|Deezer)$"
# a liveblog's tab label right above its update button (SITE_LINES' "interface"): a word or two, no mark
TAB_LABEL = r"^(?-i:[A-ZÀ-Ý])[\w-]+(?:\s[\w-]+)?$"
MATCH_SCORE = r"\s\d{1,2}\s?[-–]\s?\d{1,2}$"

_READ_LENGTH = r"\s*[|·-]?\s*\d{1,2}[:.]\d{2}(?:\s*min(?:uten)?)?"  # a read-aloud button's length ("4:32")
_ORDER_BUTTON = r"(?:de\s+)?(?:nieuwste|oudste|recentste|laatste)\s+(?:eerst|bovenaan)"

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a picture's notice that it only illustrates, alone on its line or with its credit ("Afbeelding ter illustratie
    # © Bron: L1", "Foto ter illustratie: ANP", "Archiefbeeld ter illustratie"): a caption that says nothing of its own
    (
        "credit",
        # (site44) the label's colon before it too: "Foto: Ter illustratie", "Beeld: ter illustratie"
        r"^(?:afbeelding|foto|beeld|archieffoto|archiefbeeld|illustratie|stockfoto)\s*:?\s+(?:is\s+)?ter\s+illustratie"
        r"\s*[.:]?(?:\s*(?:[©|(:-]|bron\s*:)\s*[^.!?]{1,60})?$",
    ),
    # a news bulletin's standing lead-in above its items' titles, naming the programme ("De onderwerpen van
    # L1NWS:", "De onderwerpen in het journaal van vandaag:", "In deze uitzending:") — a colon closing it; the programme's
    # name says it is news or a station's ("L1NWS"): "De onderwerpen van D66:" heads a party's list (review39)
    (
        "rubric",
        r"^(?:de\s+)?onderwerpen\s+(?:van|in|uit)\s+(?:(?:het|de|deze|dit)\s+)?(?:uitzending|journaal|nieuwsuitzending"
        r"|(?-i:[A-Z]\w*(?:NWS|Nieuws|NIEUWS|Journaal|TV|FM)\w*))(?:\s+van\s+(?:vandaag|vanavond|vanochtend|vanmiddag))?\s*:$"
        r"|^in\s+(?:deze|de|dit)\s+(?:uitzending|journaal)(?:\s+van\s+(?:vandaag|vanavond))?\s*:$",
    ),
    # a liveblog's controls (site42): its refresh switch with its states ("Automatische update: Aan Uit", "Automatisch
    # verversen") and its order buttons ("De nieuwste eerst De oudste eerst", "Nieuwste bovenaan") — a line of
    # nothing else; a sentence about an update has a verb and its full stop; the noun alone, no colon, is an article's
    # heading ("Automatische updates" over a paragraph on a phone's software, review42s; "Automatische update:" the switch)
    (
        "interface",
        rf"^(?!automatische?\s+updates?\s*$)(?:automatisch(?:e)?\s+(?:update|updates|vernieuwen|verversen)\s*:?(?:\s*(?:aan|uit)\b)*\s*)?"
        rf"(?:{_ORDER_BUTTON}(?:\s*[|/·]?\s*{_ORDER_BUTTON})*)?$(?<=\S)",
    ),
    # a player's button to hear the article read out (site42): "Luister naar dit artikel", "Beluister dit artikel",
    # "Lees het artikel voor", its length after it or not ("Luister naar dit artikel 4:32"); "Lees voor" only with its
    # length: alone it is a tip's heading in an article on reading to children (review42s)
    (
        "interface",
        r"^(?:(?:luister\s+naar\s+(?:dit|het)\s+artikel|beluister\s+(?:dit|het)\s+artikel|lees\s+het\s+artikel\s+voor)"
        rf"(?:{_READ_LENGTH})?|lees\s+voor{_READ_LENGTH})\s*$",
    ),
    # (site43) a liveblog's button loading the entries posted since the page was opened: "Bekijk nieuwe update(s).",
    # "Toon 3 nieuwe berichten", "Laad nieuwe updates" — a line of nothing else
    (
        "interface",
        r"^(?:bekijk|toon|laad|lees)\s+(?:de\s+)?(?:\d{1,3}\s+)?nieuwe\s+(?:updates?|update\(s\)|berichten|bericht\(en\))"
        r"\s*[.!]?$",
    ),
    # a topic page's link (site42): "Dossier:" and the topic's name, alone on its line, no sentence ("Dossier: Oorlog
    # in Oekraïne"); a sentence naming a dossier has a verb and its mark
    ("link", r"^dossier\s*:\s*(?-i:[A-ZÀ-Ý0-9«\"“'‘])[^.!?:]{1,60}$"),
    *reader_pointers.SITE_LINES,  # (site46b) calls to action by their grammar
)

# A news site's standing line under an article asking readers to report an error or send news, in two sentences
# ("Fout opgemerkt of meer nieuws? Meld het hier"): the question (with the correction rule's other questions,
# web_rules, "Typfout gezien?") and the instruction pointing at the site's form with "hier" alone. Only the question
# followed by the instruction is taken (web_tails.tip_questions keeps a correction question before article text).
READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # (site43) a broadcaster's note on its programme page, to the reader: "Hier kan je de recente integrale
    # nieuwsuitzendingen van Focus bekijken." — the broadcasts the page lets one watch or hear, nothing else in the
    # sentence (a liveblog's "Hier kunt u het verslag van de raad herbekijken" introduces its text: blind64)
    (
        "promo",
        r"^hier\s+(?:kan|kun|kunt)\s+(?:je|u|jij)\s+(?=.{0,80}?(?:uitzending|journaal|programma|aflevering|podcast))"
        r".{3,100}?\b(?:bekijken|terugkijken|herbekijken|beluisteren|"
        r"terugluisteren|herbeluisteren|volgen)\s*[.!]?$",
    ),
    # (site51) the broadcast named first, then where it plays and a verb of watching, nothing after them: "De gehele
    # uitzending van Zwolle Vandaag bekijk je hierboven.", "De hele reportage is hieronder terug te kijken." — "In de
    # video hierboven zie je hoe …" says what it shows, the article's
    (
        "link",
        r"^(?:de|het)\s+(?:(?:ge)?hele\s+|volledige\s+|complete\s+|integrale\s+)?(?:uitzending|aflevering|reportage"
        r"|video|programma|gesprek|interview|podcast)\b[^.!?]{0,60}?\b(?:(?:bekijk|zie|beluister|hoor)\s+(?:je|u|jij)\s+"
        r"(?:hier|hierboven|hieronder)|(?:kun|kan|kunt)\s+(?:je|u|jij)\s+(?:hier|hierboven|hieronder)\s+(?:terug)?"
        r"(?:kijken|bekijken|zien|beluisteren|luisteren)|is\s+(?:hier|hierboven|hieronder)\s+(?:terug\s+)?te\s+"
        r"(?:kijken|zien|bekijken|beluisteren|horen))(?:\s+terug)?\s*[.!]?$",
    ),
    # (site51b) a plug for the evening's broadcast closing the text, its programme's medium word and its hour, nothing
    # else: "Meer in het Stadsnieuws van 18u30.", "Meer daarover zie je vanavond in het journaal van 18.00 uur." — the
    # hour says it is a broadcast's schedule ("Meer in het nieuws van 2019" has none); pointer + medium + time
    (
        "link",
        r"^meer\s+(?:(?:daarover|hierover|erover)\s+)?(?:(?:zie|hoor|lees)\s+(?:je|u|jij)\s+)?"
        r"(?:(?:vanavond|vanmiddag|vanochtend|straks|later)\s+)?in\s+(?:het|de)\s+[^.!?]{0,40}?(?:nieuws|journaal"
        r"|uitzending|nieuwsuitzending)\s+(?:van|om)\s+\d{1,2}(?:[u.:h]\d{2})?(?:\s*uur)?\s*[.!]?$",
    ),
    # an instruction to click a photo for the gallery: "Klik op de eerste foto voor een beeldverslag van de dag." — a
    # photo clicked (the word right before its purpose): a consumer article's step ("Klik op het tandwieltje om naar
    # de instellingen te gaan", review43) is its text
    (
        "interface",
        r"^klik\s+op\s+(?:de|het|een)\s+.{0,80}?\b(?:foto|afbeelding|beeld)[\w'’]*\s+(?:voor|om)\s+.{3,100}$",
    ),
    ("correction", r"^(?:een\s+)?fout(?:je)?\s+(?:gezien|opgemerkt|gespot)\s+of\s+(?:meer\s+)?nieuws\s*\?$"),
    ("tip", r"^(?:meld|mail|stuur)\s+(?:het|ons|je\s+tip|uw\s+tip)\s+hier\s*[.!]?$"),
    # (site51) the reader sent to the outlet's own contact page, in a short sentence: "Die vind je op onze
    # contactpagina." (under a request for tips); a town's or a firm's page is named by its owner, not "onze"
    (
        "tip",
        r"^[^.!?]{0,40}\b(?:je|jij|u)\b[^.!?]{0,30}\bonze\s+(?:contactpagina|contactformulier|tippagina|tiplijn)\b"
        r"[^.!?]{0,20}[.!]?$",
    ),
)

"""The lines of an article that are not running text but are kept (issue 21): data, no logic — regular expressions
(case-insensitive, matched with `re.search` against one whitespace-collapsed line) for photo and video captions and
credits, bylines, datelines and timestamps, kickers and table lines: each line kind the reader labels, not sets
aside. Split from pipeline.text.site_rules (its size).
"""

from __future__ import annotations

from pipeline.text.credit_rules import PHOTO_AGENCY_GROUP
from pipeline.text.dutch_rules import (
    DAY_GROUP,
    ENGLISH_MONTHS,
    MONTH_GROUP,
    NAME_LINE_PARTICLE_GROUP,
    WEEKDAY_GROUP,
    alternation,
)
from pipeline.text.title_rules import TIME_UNITS

# Photo/video captions and credits.
CAPTIONS: tuple[str, ...] = (
    # the plural too, as a CMS writes it: "Foto's:", "Foto('s):" (site47)
    r"^(foto(\(?'s\)?)?|beeld|archieffoto|archiefbeeld|illustratie|still|screenshot|video|afbeelding)\s*[:|]",
    r"^(archieffoto|archiefbeeld)\b",
    r"^(©|Ⓒ|\(c\)|copyright\b)",
    r"^(?-i:Beeld|Foto)\s+(?-i:[A-ZÀ-Ý])[\w .&/-]{1,40}$",  # "Beeld DM" on its own line
    # in lower case, the photo word and an agency's short abbreviation: "foto hh", "beeld anp" (no function word)
    r"^(?-i:foto|beeld)\s+(?!(van|de|het|een|op|in|met|bij|uit|en|om|te|is)$)(?-i:[a-z]{2,4})$",
    r"[(\[](foto|beeld|archieffoto|bron|video|illustratie)\s*:[^)\]]*[)\]]\s*$",
    # "… Foto: ANP" closing a line: "foto" or "beeld" only (credit_rules.CREDIT_WORDS would read a heading such as
    # "Fotografie: Naturalis" as a caption too)
    r"\b(foto|beeld)\s*:\s*[\w .&/-]{2,60}$",
    r"\s(?-i:Beeld|Foto)\s+(?-i:[A-ZÀ-Ý])[\w .&/-]{1,40}$",  # "… Beeld Kees van de Veen" (no colon)
    # "…', foto JanB/Creative Commons" (after a comma, site41): a name's words only, capitalised or a particle — a
    # headline or sentence going on in lower case is no credit ("…, beeld Mari Andriessen blijft op het plein", review41)
    rf",\s*(?-i:foto|beeld)\s+(?-i:[A-ZÀ-Ý][\w.&/-]*(\s+([A-ZÀ-Ý][\w.&/-]*|{NAME_LINE_PARTICLE_GROUP}|&|/)){{0,5}})\.?$",
    r"[©Ⓒ]\s*[\w .&/-]{1,40}$",
    rf"\s[/|]\s*{PHOTO_AGENCY_GROUP}\b[\w /.-]{{0,30}}$",
    rf"^{PHOTO_AGENCY_GROUP}\b(\s*(/|\|)\s*[\w .-]{{0,30}})?\s+(?-i:[A-ZÀ-Ý])[^.!?]*$",
    rf"^{PHOTO_AGENCY_GROUP}(\s*/\s*[\w .-]{{1,30}})?$",
    # a photo agency's name in brackets closing a line that no sentence's end closes: "Minister X in Brussel (Photo
    # News)" (a wire's credit after a paragraph's last sentence, "… zei hij. (Belga)", is no caption; head36)
    rf"(?<![.!?…\"”’'])\s\({PHOTO_AGENCY_GROUP}"
    r"(\s*/\s*[\w .-]{1,30})?\)\s*$",
)

# a person's name after a byline's label: a capital, then at most four words of a name ("Anna de Vries"), each
# capitalised or a particle or "en"/"&" between two names — a lower-case word else is a remark's ("(Door Corona
# verplaatst)", review39), a figure a reference's ("(Tekst: Psalm 23)")
_NAME_WORD = rf"(?-i:[A-ZÀ-Ý][\w'’.-]*|{NAME_LINE_PARTICLE_GROUP}|en|&)"
NAME = rf"(?-i:[A-ZÀ-Ý])[\w'’.-]*(\s+{_NAME_WORD}){{0,4}}"

TIME_OF_DAY = r"\d{1,2}([:.u]|\s*uur\s*)\d{2}(\s*uur)?"  # "15:10", "15.10 uur", "15u10" (site40_rules too)
_TIME = TIME_OF_DAY
# The author's name glued to the date by a dash, the time after it, perhaps the photo's label left empty after it:
# "Anna de Wit-3 maart 2024 om 10:00", "Anna de Wit-3 maart 2024- Foto:" (a blog theme's byline under each title;
# glued, two words of a name at least, letters only: "Zwolle - 3 maart 2024" is a place's date line, "L1 Nieuws - 11
# november 2025" a bulletin's title;
# pipeline.text.page_sections.bylined_stories reads its month and year)
NAME_DASH_DATE_BYLINE = (
    rf"^(?-i:[A-ZÀ-Ý][a-zà-ÿ'’.]*)(\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ'’.-]*|van|de|der|den|ter|ten)){{1,4}}[-–—]\s*\d{{1,2}}\s+(?P<month>{MONTH_GROUP})\s+(?P<year>\d{{4}})(,?\s+(om\s+)?{_TIME})?"
    r"(\s*[-–—]\s*(foto|beeld)\s*:?)?$"
)

# the author's name, a bar or a bullet, the date with its month's name and year: "Anna de Vries | 3 mei 2024"
# (site45) — a name of two to five words; two such lines in a row or more are a schedule's or an agenda's rows ("Ds.
# Jan de Vries | 3 maart 2024" / "Ds. Kees Bakker | 10 maart 2024"), the article's (pipeline.text.line_groups, review45)
NAME_DATE_BYLINE = (
    rf"^(?-i:[A-ZÀ-Ý])[\w'’.-]*(\s+{_NAME_WORD}){{1,4}}\s+[|•·]\s+({WEEKDAY_GROUP},?\s+)?\d{{1,2}}\s+{MONTH_GROUP}"
    r"\s+\d{4}(,?\s+(om\s+)?\d{1,2}[:.]\d{2}(\s+uur)?)?$"
)

BYLINES: tuple[str, ...] = (
    NAME_DASH_DATE_BYLINE,
    r"^(door|tekst|tekst en foto'?s|tekst en beeld|redactie|auteur|geschreven door)\s*:?\s+\S.{0,60}$",
    # a genre's word with its author, a name only; with a bar after it, a kicker glued before the title ("INTERVIEW |
    # Jan Smit over zijn boek": the headline's, tests/data/STRUCTURE_CONVENTIONS.md; headline38), and before words
    # that are no name a title ("Interview met burgemeester Jan de Vries over de begroting", "Reportage uit een
    # verdeeld dorp aan de grens", review38); a colon, or spaces alone, after the word (one way to split a run of
    # spaces: a line that fails stays linear in it, lastread38)
    rf"^(reportage|interview)(\s*:\s*|\s+)(door\s+)?{NAME}(\s*(,|en|&)\s+{NAME})?$",
    # "Van onze verslaggever", "Van een onzer verslaggevers" (the older genitive, head34)
    r"^(van onze|onze|van een onzer|een onzer) (verslaggevers?|verslaggeefster|correspondent|redacteur|redactie)\b.{0,60}$",
    r"^bron\s*:\s*\S.{0,40}$",
    # a byline's label whose name (a link) the scrape lost: "Redactie", "door"
    r"^(redactie|door)$",
    rf"^[•·]\s*(?-i:[A-ZÀ-Ý][\w'’-]+(\s+{NAME_LINE_PARTICLE_GROUP})*(\s+[A-ZÀ-Ý][\w'’-]+){{1,3}})$",
    # the byline in brackets closing the text ("[ door Anna de Vries ]", "(tekst: Jan Smit)") and the English label
    # with its colon that some Dutch-language sites print ("Text: Anna de Vries"): a capital opens the name
    rf"^[\[(]\s*(door|tekst|text|by)\s*:?\s+{NAME}\s*[\])]$",
    rf"^(text|by)\s*:\s*{NAME}$",
    NAME_DATE_BYLINE,
)

_MONTHS = MONTH_GROUP
_ENGLISH_MONTHS = alternation(*ENGLISH_MONTHS)
_WEEKDAYS = WEEKDAY_GROUP
_DAYS = DAY_GROUP + r"\.?"

# A relative time as aggregators show it: "5 min geleden", "een uur geleden", "2h ago", "3d", "just now".
_RELATIVE_TIME = (
    rf"((\d+|een|één|a|an)\s*{TIME_UNITS}\.?(\s+(geleden|ago))?|zojuist|net|just now|moments? ago|yesterday|today)"
)

# A line that is only a date and/or time (or a "published/updated" stamp).
DATELINES: tuple[str, ...] = (
    # a dash may open it, as a byline's date line has one: "— dinsdag 4 maart 2026, 09:12" (site32)
    # a theme's date may put a comma before its year: "18 mei, 2020" (blind31)
    rf"^([—–-]\s*)?({_DAYS},?\s+)?\d{{1,2}}\s+{_MONTHS}(,?\s+\d{{4}})?(,?\s*(om\s+)?{_TIME})?(\s*\(\w+\))?$",
    # "maandag, januari 19, 2026": a theme's order (site47); in English too: "August 21, 2019" (site50)
    rf"^({_DAYS},?\s+)?({_MONTHS}|{_ENGLISH_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}$",
    # a day, an English month and the year, as an English theme prints its date: "6 June 2021, 15:53 uur" (site48)
    rf"^({_DAYS},?\s+)?\d{{1,2}}\s+{_ENGLISH_MONTHS}\s+\d{{4}}(,?\s*(om\s+|at\s+)?{_TIME})?$",
    rf"^({_DAYS},?\s+)?\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}(,?\s*(om\s+)?{_TIME})?$",
    rf"^(vandaag|gisteren|eergisteren)(,?\s*(om\s+)?{_TIME})?$",
    rf"^{_TIME},?\s+\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}$",  # the time first: "14:18 21/04/2017" (site47)
    rf"^{_TIME}$",
    r"^(\d+\s+(days?|hours?|minutes?|mins?|weeks?|dagen|dag|uur|uren|minuten|min|weken|seconden)\s*){1,3}(ago|geleden)$",
    rf"^([\w.' -]{{1,30}}\s*[·•|–-]\s*)?{_RELATIVE_TIME}$",
    # a stamp's label and its date or time (a date's or a time's figures, a day's or a month's name) right after it:
    # "UPDATE: Brand in Zwolle …", "UPDATE: Verdachte zondag vrijgelaten", "UPDATE: 3 doden bij brand" are titles, and
    # a time with news after its colon ("UPDATE 14.32 uur: brand onder controle") a liveblog's entry (review32h)
    # (and a CMS's "aangemaakt op:", "laatste wijziging:" with their colon — site48; without it, a fact box's line:
    # "Aangemaakt op 3 maart 2023 door de zwemvereniging", review48)
    rf"^(gepubliceerd|bijgewerkt|aangepast|geplaatst|publicatiedatum|laatste update|update|laatst bijgewerkt|gewijzigd"
    rf"|(aangemaakt|laatste wijziging)(?=\s*(op\s*)?:)"
    rf"|published|updated)\s*(op\s*:?|:)?\s*"
    rf"(?=\d{{1,2}}\s*[-/.:u]\s*\d|\d{{1,2}}\s+{_MONTHS}|\d{{4}}\b|\d+\s+\w+\s+(geleden|ago)"
    rf"|(vandaag|gisteren|eergisteren|zojuist|{_WEEKDAYS}|{_MONTHS})\b)"
    # (nor news after a month's colon: "Laatste wijziging 1 januari: de inkomensgrens gaat omhoog", review48)
    rf"(?!.*(\d(\s*uur)?|{_MONTHS})\s*:\s+[^\d\s])\S.{{0,50}}$",
    rf"^({_DAYS}\s+)?\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\s*[-–|,]\s*{_TIME}$",
    r"^toegevoegd\s*(op\s|:)\s*\D{0,20}\d.{0,40}$",  # a CMS's stamp: "Toegevoegd: 14-04-2023, 15.10 uur"
    rf"^[\w'-]+( [\w'-]+){{0,2}},\s+({_DAYS}\s+)?\d{{1,2}}\s+{_MONTHS}(\s+\d{{4}})?$",  # "Eindhoven, 14 maart 2023"
)

# A page's date stamp glued before the opening of the article's text (pipeline.text.opening_stamps, site48): a full
# date — a day, a month's name and the year, or a date in figures; a weekday and a time may go with it — and then the
# text glued to it ("Vrijdag 21 januari 2022Nederland …", "… 2007BIDDINGHUIZEN - …") or after a dash ("06-03-2020 -
# De gemeenteraad …"); the group "stamp" holds the date and its dash. A date that opens a sentence ("14 maart 2023
# was de dag …") has a space and no dash after it: not this; a date and a bar is a row's only under the row
# (scrape_rules.ROW_DATE, site46). A date in brackets before the text is the page's too ("(14-06-2017) Op donderdag …",
# site51).
_STAMP_DATE = (
    rf"({_DAYS},?\s+)?(\d{{1,2}}\s+{_MONTHS},?\s+(19|20)\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]((19|20)\d{{2}}|\d{{2}}))"
    rf"(,?\s*(om\s+)?{_TIME})?"
)
# in brackets, the year written in full: "(1.02.45)", "(12-4-10)" are a race's time, a team's record (review51)
_BRACKET_DATE = (
    rf"({_DAYS},?\s+)?(\d{{1,2}}\s+{_MONTHS},?\s+(19|20)\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](19|20)\d{{2}})"
    rf"(,?\s*(om\s+)?{_TIME})?"
)
GLUED_STAMP = rf"^(?P<stamp>{_STAMP_DATE}(?:(?<=\d)(?=(?-i:[A-ZÀ-Ý]))|\s*[-–]\s)|\({_BRACKET_DATE}\)\s)\s*(?=(?-i:[A-ZÀ-Ý„“\"'‘]))"
# A place in title case and a dash before the article's own dateline in capitals ("Dokkum - WIERUM - Op …", site51):
# the edition's place, the page's; the group "stamp" holds it and its dash. A day before a venue in capitals is an
# agenda's ("Zaterdag - PARADISO - De Staat speelt …", review51).
_RELATIVE_DAYS = r"(vandaag|gisteren|eergisteren|morgen|overmorgen|vanavond|gisteravond)"
EDITION_PLACE = (
    rf"^(?P<stamp>(?!(?i:{_DAYS}|{_MONTHS}|{_RELATIVE_DAYS})\s)(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*)\s+[-–]\s)\s*"
    r"(?=(?-i:[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*)\s+[-–]\s+(?-i:[A-ZÀ-Ý]))"
)
GLUED_STAMP_REST_MIN_WORDS = 5  # the text after it: a sentence or a subtitle, not a label
# A chronicle's, a timeline's or a diary's entry further down: a full date and a dash or a colon opening the block
# ("10 juli 2023 - Rutte …", "Zondag 13 maart 2022: Feyenoord …"); then the first block's date is an entry's too
# (review48)
CHRONICLE_ENTRY = (
    rf"^({_DAYS},?\s+)?(\d{{1,2}}\s+{_MONTHS},?\s+(19|20)\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]((19|20)\d{{2}}|\d{{2}}))"
    rf"(,?\s*(om\s+)?{_TIME})?\s*[-–:]\s"
)

# A liveblog entry's timestamp standing alone on its line.
TIMESTAMP = rf"^({_TIME}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s+om\s+{_TIME})$"
# A timestamp opening the line of its entry: "18:46 Politie zet het gebied af".
TIMESTAMP_PREFIX = r"^(\d{1,2}[:.u]\d{2})\s*(?:uur\s*)?[-–—|:]?\s+(?=[A-ZÀ-Ý„“\"'‘])"

# A genre's or a rubric's word opening a short label: "Liveblog", "Column", "Voetbalblog", "N.B.", a Q&A's "Vragen en
# antwoorden" (a kicker below; read alone by above_labels, glued_labels and headline)
GENRE_KICKER = r"^(live|liveblog|\w*blog|column|opinie|analyse|interview|achtergrond|reportage|recensie|review|update|breaking|exclusief|video|podcast|nieuws|n\.b\.|nb|uitgelicht|in het kort|kort|vragen en antwoorden|vraag (en|&) antwoord|q&a)\b.{0,20}$"
# Labels above a headline: "In het kort:", "KOERS KORT.", "Voetbalblog", "N.B.", "Liveblog", "Column", a Q&A's
# "Vragen en antwoorden".
KICKERS: tuple[str, ...] = (
    r"^[\w' -]{1,30}:$",
    r"^(?-i:[A-ZÀ-Ý0-9 '&.-]{2,30})$",
    GENRE_KICKER,
)

# A line made of table cells: a rank or a score line.
TABLE_LINES: tuple[str, ...] = (
    r"^\d{1,4}[.)]\s+\S",  # "138. Gijs Brouwer - 450 punten", "1) ..."
    r"\t",
    r"(\s\|\s.*){2,}",
)

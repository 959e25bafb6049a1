"""What a mainstream news site's CMS prints in an article's head, by its shape, helper site41 (issue 21; data, no
logic): a stamp line made of a publication stamp and what the CMS prints beside it on the same line — an update stamp,
a reading time, the agency as the source — and a date and its time across a separator.
pipeline.text.patterns reads DATELINES with the other date-line tables and SITE_LINES with the shape tables (after
every other rule of a line). Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

from pipeline.text import site52b_rules
from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP
from pipeline.text.line_kind_rules import TIME_OF_DAY as _TIME

# a date: a weekday or its abbreviation or not, a day, a month in words and a year or not ("za 12 mrt 2023", "12 mrt.
# 2023"); in figures ("12-03-23", "12/03/2023", "12.03.2023"); or the day by its relative name
_DATE = (
    rf"(({DAY_GROUP}\.?,?\s+)?\d{{1,2}}\s+{MONTH_GROUP}(,?\s+\d{{4}})?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    r"|vandaag|gisteren|eergisteren)"
)
# a date and its time, or a time alone, "om" before it or not ("12 mrt. 2023 om 14:32", "vandaag, 15:15", "om 15:10");
# (site53) a bar or a dot between the date and its time ("maandag 3 maart 2025 | 08:15", RTV Oost's stamp line)
_STAMP = rf"({_DATE}((,?\s*|\s*[|·•]\s*)(om\s+)?{_TIME})?|(om\s+)?{_TIME})"
# the label of an update stamp, "op", "om" or a colon after it or not ("Aangepast", "Laatste update:", "Bijgewerkt op")
_UPDATED = (
    r"(gepubliceerd|geplaatst|bijgewerkt|laatst\s+bijgewerkt|aangepast|laatst\s+aangepast|gewijzigd|laatst\s+gewijzigd"
    r"|laatste\s+update|update|ge[üu]pdatet?)(\s*(op|om))?\s*:?"
)
# a reading time ("3 min leestijd", "Leestijd: 4 minuten", "Leestijd 3'"), a relative time ("2 uur geleden")
_READING = r"(\d{1,3}\s*(min(uten|uut)?\.?|')\s*(lezen|leestijd)|leestijd\s*:?\s*\d{1,3}\s*(min(uten|uut)?\.?|'))"
_AGO = r"\d{1,3}\s+(minuten|minuut|min\.?|uur|dagen|dag)\s+geleden"
# the source as the agency's name or the newsroom's, one to four words ("Bron: Belga", "Bron: Eigen berichtgeving -
# Belga", "bron: ANP"), at the stamp line's end
_SOURCE = r"bron\s*:\s*[\w.&'’/-]+(\s+[\w.&'’/-]+){0,3}"
# the update stamp after a publication stamp on its line ("… 14:32 Laatste update: 15:01")
UPDATE_PIECE = rf"\S\s*[,·•|–—-]?\s*\(?{_UPDATED}\s*{_STAMP}\)?$"
_OUTLET = r"[^\W\d]+(\s+[^\W\d]+){0,2}"  # the outlet's or the section's name ("NOS Nieuws")
_RELATIVE = r"(vandaag|gisteren|eergisteren)"
_SEPARATOR = r"(\s*[,·•|–—-]\s*|\s+)"
# a second piece of the stamp line: an update stamp (its label and a stamp; "(Update 27-2-2017, 20:00)" in brackets),
# a reading time, a relative time or the source
_PIECE = rf"(\(?{_UPDATED}\s*{_STAMP}\)?|{_READING}|{_AGO})"

# A byline with the publication stamp after it on its line ("Door Robbert Daalder - 27-2-2017, 20:00 (Update 27-2-2017,
# 20:00)", "Jan de Vries 12-03-23, 14:32 Laatste update: 15:01"): "Door" or not, a name of two to five words (each
# capitalised or a particle), a dash, a bar, a dot or a comma or not, then a stamp line to the line's end
# (pipeline.text.glued_stamps: the byline, then the stamp as site text)
_NAME_WORD = r"((?-i:[A-ZÀ-Ý][\w'’.-]*)|van|de|der|den|ten|ter|te|het|'t|von|da|le|la)"
STAMPED_BYLINE = (
    rf"^(?P<name>(door\s+)?(?-i:[A-ZÀ-Ý])[\w'’.-]*(\s+{_NAME_WORD}){{1,4}}?)\s*[-–—|·,]?\s*"
    rf"(?P<stamp>({_UPDATED}\s*)?{_DATE}(,?\s*(om\s+)?{_TIME})?({_SEPARATOR}{_PIECE})*)$"
)

DATELINES: tuple[str, ...] = (
    # a date and its time across a dash, a bar or a dot ("12/03/2023 - 14:45", "13-03-2023 | 14:45"), and a day and
    # month in figures with its time ("13/03 om 14u45"): the publication stamp in figures, as line_kind_rules reads
    # "12/03/2023 om 14:45" already — a line of its own, nothing after the time
    rf"^{_DATE}\s*[-–|·•]\s*(om\s+)?{_TIME}$",
    rf"^\d{{1,2}}/\d{{1,2}}\s*(,|om)\s*{_TIME}$",
)

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a publication stamp with a second piece beside it on its line ("12 mrt. 2023 om 14:32 Aangepast 12 mrt. 2023 om
    # 15:01", "13 maart 2023, 07:00 · 3 min leestijd", "12-03-23, 14:45 Bron: Belga", "Geplaatst: 12 maart 2023 14:45 |
    # Aangepast: 12 maart 2023 15:10"): the CMS's stamp line, no word of the article on it — a date line alone stays a
    # dateline; the line is stamps and labels from its start to its end, so "12 maart: de raad stemt" goes on past it
    (
        "stamp",
        rf"^({_UPDATED}\s*)?{_STAMP}({_SEPARATOR}{_PIECE})+({_SEPARATOR}{_SOURCE})?$"
        rf"|^({_UPDATED}\s*)?{_STAMP}{_SEPARATOR}{_SOURCE}$"
        # the outlet's or the section's name, a bullet, then the stamp with its time ("NOS Nieuws • Aangepast
        # vandaag, 15:02"): one to three words of letters before the bullet, not a byline's "Door" — "Karin de Boer |
        # 12 maart 2024" and "Door de redactie · gepubliceerd: …" are bylines; an update label or the day by its
        # relative name before the time, or a date with a second piece after it: a programme's "Opening • 14:00" and
        # "Finale • zondag 12 maart, 15:00" have neither (review41s)
        rf"|^(?!door\b){_OUTLET}\s*[•·]\s*({_UPDATED}\s*({_DATE},?\s*)?|{_RELATIVE},?\s*)(om\s+)?{_TIME}"
        rf"({_SEPARATOR}{_PIECE})*$"
        rf"|^(?!door\b){_OUTLET}\s*[•·]\s*{_DATE},?\s*(om\s+)?{_TIME}({_SEPARATOR}{_PIECE})+$",
    ),
    # a wire's credit in its own form, alone on its line: the agency, "PHOTO" and the photographer in capitals ("BELGA
    # PHOTO ERIC LALMAND"); the credit's label glued to the agency or the name ("BeeldANP", "FotoHollandse Hoogte")
    (
        "credit",
        r"^(?-i:(BELGA|ANP|AFP|EPA|REUTERS|AP)\s+(PHOTO|FOTO|IMAGE)(\s+[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,4})$"
        r"|^(?-i:(Beeld|Foto)(?=[A-ZÀ-Ý])[\w'’.-]+(\s+[\w'’.-]+){0,3}(\s*/\s*[\w'’. -]{1,30})?)$",
    ),
    # the author's box and its buttons ("Over deze auteur", "Volg deze auteur", "Alle artikelen van Jan de Vries"),
    # a comment section's call alone ("Praat mee")
    (
        "author",
        r"^over\s+(deze|de)\s+(auteur|schrijver|maker|journalist)$|^volg\s+deze\s+(auteur|schrijver|journalist)$"
        # the name after "van": capitalised words and particles ("Alle stukken van Shakespeare in één weekend" is a
        # heading, review41s)
        rf"|^(alle|meer)\s+(artikelen|verhalen|stukken)\s+(van|door)\s+(?-i:[A-ZÀ-Ý])[\w'’.-]+(\s+{_NAME_WORD}){{0,3}}$",
    ),
    ("comments", r"^praat\s+mee$"),
    # a liveblog's status badge alone on its line, the word and its state ("liveblog gesloten", "Live afgelopen")
    ("liveblog", r"^(live|liveblog|live-blog)\s+(gesloten|afgesloten|beëindigd|afgelopen)$"),
    # a CMS's embed code left in the text, its kind, its number and a title after a bar ("[Video:2737340|Onrust in
    # Baambrugge]"): the player's placeholder, no sentence of the article; or (site52) its kind and the address it
    # loaded ("[iframe:https://…">", "[embed:https://…]")
    (
        "embed",
        r"^\[(video|audio|foto|image|embed|youtube|poll|tweet|gallery|fotoserie)\s*:\s*\d{2,12}(\|[^\]]{0,120})?\]$"
        r"|^\[(iframe|embed|object)\s*:\s*https?://[^\s\]]+\]?$",
    ),
    *site52b_rules.SITE_LINES,  # (site52b) a genre label run into the name of the person the piece is about
)

# The author's initials run into the title's line over its date line, as a Flemish page saved as text prints them
# ("… opnieuw vrij na ongeval met vier voertuigen, wel nog file HA", "… richting kust na ongeval EVH ADN", "… geen
# gewonden Sander Bral / MVDB"): one to three groups of two to four capitals, a name and a slash before them or not
# (pipeline.text.glued_bylines: the title, then its byline). A title closing on a word in capitals keeps it after an
# article or a preposition ("… staking bij de NMBS", "Kritiek vanuit PVDA").
# A well-known body's acronym closing a headline on its own is its subject, not initials ("… benoemd tot
# secretaris-generaal NAVO", "FC Twente verslaat koploper PSV", "… na besluit NVWA"; review41s).
ORGANISATION_ACRONYMS = (
    *("EU", "VS", "VN", "NAVO", "NATO", "ECB", "IMF", "WHO", "UEFA", "FIFA", "KNVB", "PSV", "AZ", "NEC", "NAC"),
    *("RKC", "ADO", "NVWA", "RIVM", "KNMI", "CBS", "NOS", "RTL", "ANWB", "FNV", "CNV", "VVD", "CDA", "PVV", "SP"),
    *("NSC", "BBB", "NMBS", "MIVB", "VRT", "VTM", "KLM", "NS", "ING", "UWV", "SVB", "OM", "IND", "COA", "GGD"),
    *("KNRM", "OVV", "ACM", "AFM", "DNB", "CPB", "SCP", "PBL", "TNO", "RDW", "ILT", "IGJ", "KVK", "OV", "GGZ"),
    *("TBS", "AOW", "BTW", "WOZ", "MKB", "ZZP"),
)
_NOT_AN_ACRONYM = rf"(?!(?:{'|'.join(ORGANISATION_ACRONYMS)})$)"
GLUED_INITIALS = (
    rf"(?-i:((?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){{1,3}}/\s+)?{_NOT_AN_ACRONYM}[A-Z]{{2,4}}(?:\s+[A-Z]{{2,4}}){{0,2}})"
)
BEFORE_INITIALS = r"\b(vanuit|tegen|over|op|om|uit|in|na|zonder|tot|onder|binnen|bij|namens|via|tussen|als|is|zijn)$"

"""What a mainstream news site's CMS prints on every page of a kind, by its shape, helper site40 (issue 21; data, no
logic): update stamps in an outlet's own form, a programme's day headings, login notices, cut marks, tag lists,
gallery, liveblog, embed, comment and button lines.
pipeline.text.patterns reads DATELINES with line_kind_rules.DATELINES and SITE_LINES with the shape tables;
pipeline.text.repeated_lines and table_headings DAY_HEADING. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP, WEEKDAY_GROUP
from pipeline.text.line_kind_rules import TIME_OF_DAY as _TIME

_DATE = rf"(({DAY_GROUP}\.?,?\s+)?\d{{1,2}}\s+{MONTH_GROUP}(,?\s+\d{{4}})?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"

DATELINES: tuple[str, ...] = (
    # an update stamp with its "om" before the time, or the English loan of "bijgewerkt" ("Bijgewerkt om 15:10",
    # "Laatste update om 15.10 uur", "Geüpdatet op 12 februari 2024, 15:10", "Geupdate: 12-02-2024"): line_kind_rules
    # takes the label with "op" or a colon only. The stamp ends the line: news after a colon after the time
    # ("Update om 15:10: brand onder controle") is a liveblog's entry; so is "Update om 16.45 uur" alone, a time and
    # no date after the bare word, a liveblog's entry over its text again and again (review40).
    rf"^(gepubliceerd|bijgewerkt|laatst bijgewerkt|aangepast|laatst aangepast|gewijzigd|laatst gewijzigd"
    rf"|laatste update|update|ge[üu]pdatet?|geplaatst)\s*(op\s*:?|:)?\s*"
    rf"(({_DATE}|vandaag|gisteren)(,?\s*(om\s+)?{_TIME})?|(?<!^update\s)om\s+{_TIME})\s*$",
)

# A day's name alone on its line, in any case, its date after it or not ("ZATERDAG", "Zondag", "Zaterdag 12 augustus"):
# the heading of a programme's or a round-up's day, which a sports page prints twice (over its stories, then over
# its results) — the article's heading, never the page's repeated line (pipeline.text.repeated_lines)
DAY_HEADING = rf"^{WEEKDAY_GROUP}(\s+\d{{1,2}}\s+{MONTH_GROUP}(\s+\d{{4}})?)?\s*:?$"

# a match's kick-off time before it on its line ("12.15 uur: NEC - Willem II 0-0"): a programme's row
KICKOFF_PREFIX = r"^\d{1,2}[.:]\d{2}\s*(uur)?\s*:\s*"

# what a login notice opens: this page's item, a video, a livestream, an article, a podcast (review40)
_LOGIN_OBJECT = (
    r"(?=[^.!?]{0,60}?\b(dit|deze|gratis|video\w*|livestream\w*|artikel\w*|podcast\w*|verhalen|verhaal|content|inhoud"
    r"|premium|plus)\b)"
)

# a word of a credit's name: capitalised, or a name's particle ("Marloes de Vries", "ANP / Koen van Weel"; review40)
_CREDIT_NAME = r"((?-i:[A-ZÀ-Ý])[\w.&'’-]*|(?-i:van|de|der|den|te|ten|ter|von|da|le|la|du))"

# Whole lines, read by pipeline.text.patterns with the other shape tables (SHAPE_LINES: after every other rule)
SITE_LINES: tuple[tuple[str, str], ...] = (
    # a video player's or a paywall's notice that the reader must log in to watch, read or listen ("Je moet ingelogd
    # zijn om gratis livestreams en video's te kunnen bekijken.", "Log in om deze video te bekijken"): the whole line
    # is the notice, the verb of watching or reading closes it — "Je moet ingelogd zijn om te stemmen, zegt de
    # gemeente" goes on past it; what it opens is the page's own (this one, a video, an article: _LOGIN_OBJECT) — "Je
    # moet abonnee zijn om de wedstrijden te kunnen bekijken." is an article's sentence on a streaming service (review40)
    (
        "login",
        rf"^(je moet|u moet|jij moet)\s+(ingelogd|aangemeld|geregistreerd|abonnee)\s+zijn\s+om\b{_LOGIN_OBJECT}"
        r"[^.!?]{0,80}?\b(bekijken|zien|lezen|beluisteren|kijken|luisteren)\s*[.!]?$"
        rf"|^(log|meld)\s+(je\s+|u\s+)?(in|aan)\s+om\b{_LOGIN_OBJECT}[^.!?]{{0,60}}?\b(bekijken|zien|lezen|beluisteren)"
        r"\s*[.!]?$",
    ),
    # an embedded player's button label alone on its line, in lower case as the page's code names it ("embed"); an
    # ellipsis alone on its line, where a paywall or an excerpt cut the text ("..."): no words of the article
    ("interface", r"^(?-i:embed|iframe)$"),
    ("cut", r"^(\.{3}|…)$"),
    # a caption that is only a credit, its copyright sign after the label or "Afbeelding:"/"Illustratie:" before a name
    # ("Beeld ©ANP", "Foto © Belga", "Afbeelding: Shutterstock"), as "Foto: Jan de Vries" is already; no full stop
    # closing it ("Afbeelding: De nieuwe brug." is a caption), each word a name's (_CREDIT_NAME: "Afbeelding: De nieuwe
    # brug over de IJssel" is a caption without its full stop, review40)
    (
        "credit",
        r"^(beeld|foto|afbeelding|illustratie)\s*:?\s*©\s*\S.{0,40}$"
        rf"|^(afbeelding|illustratie)\s*:\s*(?=.{{2,41}}$){_CREDIT_NAME}(\s+({_CREDIT_NAME}|[/&]))*(?<!\.)$",
    ),
    # a tag list under its label, short items after a colon ("Tags: politiek, wonen", "Trefwoorden: Zwolle | brug") —
    # the label in capitals is an archive's key ("TREFWOORDEN: VERKEER; …", print_edges)
    (
        "tags",
        r"^(?-i:[Tt]ags?|[Tt]refwoorden)\s*:\s*[\w'’&-]+(\s[\w'’&-]+){0,3}(\s*[,|;/•]\s*[\w'’&-]+(\s[\w'’&-]+){0,3}){0,12}$",
    ),
    # a photo gallery's counter and buttons ("Foto 3 van 12", "Volgende foto", "Bekijk alle foto's (12)")
    (
        "gallery",
        r"^(foto|afbeelding|beeld|slide)\s+\d{1,3}\s+(van|/)\s+\d{1,3}$"
        r"|^(volgende|vorige)\s+(foto|afbeelding|slide)$|^bekijk\s+alle\s+(\d{1,3}\s+)?foto['’]?s(\s*\(\d{1,3}\))?$",
    ),
    # a liveblog's buttons and notices ("Meer updates laden", "Nieuwste berichten bovenaan", "Dit liveblog wordt niet
    # meer bijgewerkt.", "Je leest nu het liveblog van gisteren")
    (
        "liveblog",
        r"^(meer|oudere|nieuwere)\s+(updates|berichten)\s+(laden|tonen|bekijken|weergeven)$"
        r"|^(toon|laad|bekijk)\s+(meer|oudere|nieuwere|alle)\s+(updates|berichten)$"
        r"|^(nieuwste|laatste)\s+(berichten|updates)\s+(bovenaan|eerst)$"
        r"|^(dit|deze|het|ons)\s+liveblog\s+(wordt\s+niet\s+meer\s+bijgewerkt|is\s+(gesloten|afgesloten|beëindigd))\s*\.?$"
        r"|^je\s+(leest|kijkt)\s+nu\s+(naar\s+)?(het|ons)\s+liveblog\s+van\s+(gisteren|eergisteren|\w+dag)\s*\.?$",
    ),
    # a social post's embed and its consent notice ("Bekijk dit bericht op Instagram", "Een bericht gedeeld door NOS
    # (@nos)", "Deze inhoud kan niet worden weergegeven", "Externe content", "Instagram-post")
    (
        "embed",
        r"^bekijk\s+(dit\s+bericht\s+|deze\s+(post|foto|video)\s+)?op\s+(instagram|facebook|x|twitter|youtube|tiktok)$"
        r"|^een\s+(bericht|foto|video)\s+gedeeld\s+door\s+[^()]{1,60}\(@[\w.]{1,30}\)$"
        r"|^(deze|dit)\s+(inhoud|content|video|post|bericht|element)\s+kan\s+(hier\s+)?niet\s+(worden\s+)?"
        r"(weergegeven|getoond|afgespeeld|geladen)(\s+worden)?\s*\.?$"
        r"|^(externe|embedded|ingesloten)\s+(content|inhoud)$|^(instagram|twitter|facebook|youtube|tiktok)[- ](post|bericht|video)$",
    ),
    # a comment section's closed notice ("Reacties zijn gesloten", "Er zijn nog geen reacties", "Reageren is niet meer
    # mogelijk") — the whole line: "Er zijn nog geen reacties van de gemeente" goes on
    (
        "comments",
        r"^(de\s+)?reacties\s+zijn\s+(gesloten|uitgeschakeld)\s*\.?$|^er\s+zijn\s+(nog\s+)?geen\s+reacties(\s+geplaatst)?\s*\.?$"
        r"|^reageren\s+is\s+(niet|niet\s+meer|niet\s+langer)\s+mogelijk\s*\.?$",
    ),
    # a share, subscription or consent button alone ("Kopieer de link", "Word abonnee", "Probeer 1 maand gratis",
    # "Accepteer cookies")
    (
        "button",
        r"^kopieer\s+(de\s+)?link$|^(word\s+(nu\s+)?abonnee|neem\s+(nu\s+)?een\s+abonnement)\s*[.!]?$"
        r"|^probeer\s+(\d+|een|één)\s+(maand|maanden|week|weken)\s+gratis\s*[.!]?$"
        r"|^(accepteer|aanvaard)\s+(alle\s+)?cookies$|^(alle\s+)?cookies\s+(accepteren|aanvaarden)$",
    ),
)

"""What a mainstream news site's CMS prints on every page of a kind, by its shape, helper site40 (issue 21; data, no
logic): update stamps in an outlet's own form, a programme's day headings, login notices and cut marks.
pipeline.text.patterns reads DATELINES with line_kind_rules.DATELINES and SITE_LINES with the shape tables;
pipeline.text.repeated_lines and table_headings DAY_HEADING. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP, WEEKDAY_GROUP

_TIME = r"\d{1,2}([:.u]|\s*uur\s*)\d{2}(\s*uur)?"
_DATE = rf"(({DAY_GROUP}\.?,?\s+)?\d{{1,2}}\s+{MONTH_GROUP}(,?\s+\d{{4}})?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"

DATELINES: tuple[str, ...] = (
    # an update stamp with its "om" before the time, or the English loan of "bijgewerkt" ("Bijgewerkt om 15:10",
    # "Laatste update om 15.10 uur", "Geüpdatet op 12 februari 2024, 15:10", "Geupdate: 12-02-2024"): line_kind_rules
    # takes the label with "op" or a colon only. The stamp ends the line: news after a colon after the time
    # ("Update om 15:10: brand onder controle") is a liveblog's entry.
    rf"^(gepubliceerd|bijgewerkt|laatst bijgewerkt|aangepast|laatst aangepast|gewijzigd|laatst gewijzigd"
    rf"|laatste update|update|ge[üu]pdatet?|geplaatst)\s*(op\s*:?|:)?\s*"
    rf"(({_DATE}|vandaag|gisteren)(,?\s*(om\s+)?{_TIME})?|om\s+{_TIME})\s*$",
)

# A day's name alone on its line, in any case, its date after it or not ("ZATERDAG", "Zondag", "Zaterdag 12 augustus"):
# the heading of a programme's or a round-up's day, which a sports page prints twice (over its stories, then over
# its results) — the article's heading, never the page's repeated line (pipeline.text.repeated_lines)
DAY_HEADING = rf"^{WEEKDAY_GROUP}(\s+\d{{1,2}}\s+{MONTH_GROUP}(\s+\d{{4}})?)?\s*:?$"

# a match's kick-off time before it on its line ("12.15 uur: NEC - Willem II 0-0"): a programme's row
KICKOFF_PREFIX = r"^\d{1,2}[.:]\d{2}\s*(uur)?\s*:\s*"

# Whole lines, read by pipeline.text.patterns with the other shape tables (SHAPE_LINES: after every other rule)
SITE_LINES: tuple[tuple[str, str], ...] = (
    # a video player's or a paywall's notice that the reader must log in to watch, read or listen ("Je moet ingelogd
    # zijn om gratis livestreams en video's te kunnen bekijken.", "Log in om deze video te bekijken"): the whole line
    # is the notice, the verb of watching or reading closes it — "Je moet ingelogd zijn om te stemmen, zegt de
    # gemeente" goes on past it
    (
        "login",
        r"^(je moet|u moet|jij moet)\s+(ingelogd|aangemeld|geregistreerd|abonnee)\s+zijn\s+om\b[^.!?]{0,80}?"
        r"\b(bekijken|zien|lezen|beluisteren|kijken|luisteren)\s*[.!]?$"
        r"|^(log|meld)\s+(je\s+|u\s+)?(in|aan)\s+om\b[^.!?]{0,60}?\b(bekijken|zien|lezen|beluisteren)\s*[.!]?$",
    ),
    # an embedded player's button label alone on its line, in lower case as the page's code names it ("embed"); an
    # ellipsis alone on its line, where a paywall or an excerpt cut the text ("..."): no words of the article
    ("interface", r"^(?-i:embed|iframe)$"),
    ("cut", r"^(\.{3}|…)$"),
)

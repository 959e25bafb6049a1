"""Lines of the web's generic furniture by their shape, helper structgen39 (issue 21; data, no logic): rules kept only
where they also set aside gold site text of structure sets their author never read (scored in aggregate alone).
pipeline.text.patterns reads SITE_LINES (a whole line, or a short block) after every other rule of a line, with
shape38_rules.SITE_LINES. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

# a month's name or its abbreviation, whole: "Julia", "Novak" after "Nummer 1:" are names (review39)
_MONTH = (
    r"(?:jan(?:uari|uary)?|feb(?:r|ruari|ruary)?|maart|mrt|march|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?"
    r"|sep(?:t|tember)?|o[kc]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?!\w)"
)
_ISSUE = (
    r"(?:nummer|nr|no|editie|uitgave|pag|pagina|issue|jaar(?=\s*:\s*\d{1,4}\s*[,;/|]\s*\w)|#)\s*[.:]?\s*\d{1,4}(?!\d)"
)
# a language switch: two to five language codes across dashes or bars ("NL - EN", "NL | FR | EN")
LANGUAGE_SWITCH = r"(?-i:^(?:NL|FR|EN|DE|ES)(?:\s*[-|/]\s*(?:NL|FR|EN|DE|ES)){1,4}$)"
_ISSUE_REST = rf"(?:\s*[-–,/|:()#]*\s*(?:\d{{1,4}}(?!\d)|jaar|jaargang|nummer|nr|pag|pagina|inhoudstafel|{_MONTH}|>))"

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a periodical's issue or page reference on its own line, the title of the periodical or its section before it, a
    # date after it: "Nummer 60", "Nr 01 2020", "Magazines / Nr 01 2020", "Pagina 17", "jaar:2011, jaargang:50,
    # nummer:3, pag:43 -45", "Truck & Business 288 – Magabook #02 (december 2024)", "Uit: Samenspraak 76 |
    # Inhoudstafel >". Nothing but names before it (at most four words) and nothing but numbers, a month or a year
    # after it: "Ajax weer nummer 1 van Europa" is a headline; a volume alone, "Jaargang 1, 1945", a history's heading.
    # A rank after a name ("Max Verstappen – nummer 1", "Stand: nummer 3") and a match's score after "Uit:" ("Uit:
    # Heerenveen 2 - Ajax 1") are an article's lines, and so is a year alone after "Jaar:" (a wine's or a car's data:
    # "Jaar: 2019"; review39).
    (
        "issue",
        r"^(?!.*[/|–:-]\s*nummer\s*\d{1,4}\s*$)"
        r"(?=.{0,90}$)(?:(?:[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s*[/|–:-]\s*)|(?:[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s+"
        rf"(?={_ISSUE}{_ISSUE_REST}*?\s*[-–,/|:()#]*\s*(?:\d|{_MONTH}))))?{_ISSUE}{_ISSUE_REST}*\s*\)?\s*$"
        r"|^(?=.{0,90}$)[\w&'’ -]{2,40}\s\d{1,4}\s*[–-]\s*[\w-]+\s*#\d{1,3}\s*(\((\w+\s+)?\d{4}\))?\s*$"
        r"|^uit\s*:\s*(?!.*\s\d{1,2}\s*[-–]\s*\D+\s\d{1,2}$)(?-i:[A-Z])[\w&'’ -]{1,40}\s\d{1,4}\b[^.!?]{0,30}$",
    ),
    # a link's arrow closing a short line of a menu or a back link: "Terug naar Actualiteit >", "Naar het overzicht »",
    # or the arrow alone; a language switch ("NL - EN", "NL | FR | EN")
    (
        "link_arrow",
        r"^(?=.{0,60}$)(terug naar|naar|ga naar|back to|alle|all|meer|more|overzicht)\b[^.!?:]{0,40}\s(>|»|›|→)\s*$"
        r"|^(>|»|›|→)$|^(←|«|‹)\s*(vorige|terug|back|previous)$|^(volgende|next|verder)\s*(→|»|›)$"
        r"|^terug naar (het |de )?(nieuws|nieuwsoverzicht|overzicht|blog|agenda|home|homepage|startpagina)$"
        rf"|{LANGUAGE_SWITCH}",
    ),
    # a site's top bar, its buttons run together with no separator (the lead, after blind58's RTL Nieuws page read
    # 'Menu Zoeken Mijn RTL Nieuws' as its headline): two buttons at least, the last may be the reader's own page
    # ("Mijn RTL Nieuws", "Mijn account"); a headline that opens on a button's word goes on ("Zoeken naar vermiste
    # wandelaar gestaakt")
    (
        "navigation",
        r"^(?:(?:menu|zoeken|zoek|inloggen|log ?in|aanmelden|registreren|abonneren)\s+){1,4}"
        r"(?:menu|zoeken|zoek|inloggen|log ?in|aanmelden|registreren|abonneren|mijn\s+[\w.-]+(?:\s+[\w.-]+){0,2})$",
    ),
)

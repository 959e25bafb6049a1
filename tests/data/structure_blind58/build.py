#!/usr/bin/env python3
"""Rebuild structure blind set 58 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party pages of sixteen mainstream Dutch-language news outlets, eight Dutch
(EenVandaag, Omroep Brabant, AD, NOS, De Stentor, NU.nl, Omroep Gelderland, RTL Nieuws) and eight
Flemish (HLN, TV Oost, Knack, De Tijd, Krant van West-Vlaanderen, VRT NWS, De Morgen, Gazet van
Antwerpen). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind58 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = up to that marker). Standard library only; the cutting is done by
tests/data/page_store_build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the builder these sets share
from page_store_build import build  # noqa: E402

# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": {"url", "store_date"}, "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

SRC = {
    "ev_kabinet": (
        "https://eenvandaag.avrotros.nl/artikelen/tweede-kamer-in-debat-over-hoe-nu-verder-met-kabinet-na-vertrek-nsc-161183",
        "2025-08-27",
    ),
    "ob_persalarm": (
        "https://www.omroepbrabant.nl/nieuws/4200241/brengt-omroep-brabant-straks-veel-minder-nieuws",
        "2022-12",
    ),
    "ad_gent": (
        "https://www.ad.nl/buitenland/vader-en-twee-kinderen-komen-om-bij-woningbrand-in-gent-moeder-overleeft-sprong-uit-raam~a0479aa8/",
        "2023-06",
    ),
    "nos_eredivisie": (
        "https://nos.nl/liveblog/2537992-ajax-speelt-gelijk-bij-go-ahead-nec-maakt-1-2-tegen-heracles",
        None,
    ),
    "st_kiev": (
        "https://www.destentor.nl/buitenland/live-groot-deel-kiev-zonder-water-door-raketaanvallen-drie-graanschepen-vertrokken-uit-oekraine~a0d71de9/",
        "2022-11",
    ),
    "nu_redactie": (
        "https://www.nu.nl/algemeen/6251697/wat-wil-je-weten-over-de-redactie-stel-hier-al-je-vragen.html",
        "2023-02",
    ),
    "og_verkiezingsbus": (
        "https://www.omroepgelderland.nl/nieuws/2305750/Gelderland-Stemt-in-Arnhem-kom-langs",
        "2018-02",
    ),
    "rtl_prinsjesdag": ("https://www.rtlnieuws.nl/nederland/politiek/stukken-prinsjesdag-op-straat", None),
    "hln_begroting": (
        "https://www.hln.be/de-krant/regering-komt-1-4-miljard-te-kort-of-is-het-maar-734-miljoen~a4d60223/",
        "2018-03",
    ),
    "tvo_vakantiegangers": (
        "https://www.tvoost.be/nieuws/gemeenten-wachten-nog-steeds-op-info-om-terugkerende-vakantiegangers-te-controleren-111308",
        None,
    ),
    "kn_vijftig": (
        "https://www.knack.be/nieuws/belgie/toen-ik-die-cover-zag-was-ik-witheet-alexander-de-croo-en-19-andere-bevoorrechte-getuigen-over-50-jaar-knack/article-longread-1701581.html",
        None,
    ),
    "td_leuven": (
        "https://www.tijd.be/telex/algemeen-binnenland/geen-treinverkeer-naar-of-vanuit-leuven/8126120.html",
        None,
    ),
    "kw_provincieraad": (
        "http://kw.knack.be/west-vlaanderen/nieuws/politiek/herbeleef-de-provincieraad-provincie-start-taskforce-om-vluchtelingen-op-te-vangen/live-normal-196991.html",
        None,
    ),
    "vrt_homans": ("https://vrtnws.be/p.3kANyVpmJ", None),
    "dm_maddens": (
        "https://www.demorgen.be/politiek/politicoloog-bart-maddens-n-va-moet-het-nu-heel-hard-spelen~b9bbec5e/",
        None,
    ),
    "gva_district": ("https://www.gva.be/cnt/aid1311642", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
INITIALS = (
    "the journalists' initials glued to the end of the last paragraph: its site_text_tail (doubtful: an author"
    " credit, which could be read as a byline)"
)


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ==== Dutch outlets ================================================================================

# ---- EenVandaag (eenvandaag.avrotros.nl, public broadcaster's current-affairs desk; politics) -----
L(
    "ev_kabinet",
    (0, 0, None),
    [
        ("headline", "Tweede Kamer in debat over 'hoe nu ver", {"note": CLEAN}),
        ("lede", "Politiek Den Haag bevindt zich op", {"note": "the intro under the title"}),
        ("paragraph", "Een kabinet dat twee keer valt."),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, regional broadcaster; editor's explainer) -----------------
L(
    "ob_persalarm",
    None,
    [
        ("lede", "De kans bestaat dat u per 1 april", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Al jarenlang is Omroep Brabant uw"),
        ("paragraph", "Een belangrijk onderdeel van ons"),
        ("paragraph", "Dat soort meldingen krijgen we als"),
    ],
)

# ---- AD (ad.nl, national newspaper; short foreign news item) ------------------------------------
L(
    "ad_gent",
    None,
    [
        (
            "lede",
            "De brandweer in Gent kreeg omstreeks",
            {"note": NOTITLE + "; the excerpt is one paragraph of the report; " + CLEAN},
        ),
    ],
)

# ---- NOS (nos.nl, public broadcaster; football liveblog) ----------------------------------------
L(
    "nos_eredivisie",
    (2, 0, None),
    [
        ("site_text", "Eredivisieblog", {"note": "genre label of the liveblog above the title: site text"}),
        (
            "site_text",
            "NOS VoetbalAangepast",
            {"note": "section name with the edit label 'Aangepast' glued to it: site text, one block"},
        ),
        ("headline", "Depay debuteert voor Corinthians • Her", {"note": "the liveblog's title (two items)"}),
        ("lede", "Blijf hier op de hoogte van alles wat", {"note": "the liveblog's intro"}),
        ("site_text", "Updates gepusht krijgen? Tik op het b", {"note": "app notification promo: site text"}),
        ("site_text", "liveblog gesloten", {"note": "liveblog status line: site text"}),
        ("subheading", "De dag van morgen", {"note": "entry heading; the entries are subheading + paragraphs"}),
        ("paragraph", "We kijken ook alvast vooruit naar"),
        ("paragraph", "Het volledige zondagprogramma ziet"),
        (
            "caption",
            "Het programma op zondag in de eredivis",
            {
                "note": "title of an embedded table (the table itself not extracted): caption (doubtful: could be"
                " read as site text, an embed's title without its content)"
            },
        ),
        ("subheading", "De stand in de eredivisie"),
        ("paragraph", "Na de zaterdagduels van speelronde"),
        ("caption", "Stand in de eredivisie", {"note": "title of an embedded table, as above (doubtful)"}),
        ("subheading", "Depay debuteert met winst, scoort nie"),
        ("paragraph", "Het debuut van Memphis Depay voor"),
        ("paragraph", "Depay was twee keer dicht bij een"),
        ("subheading", "NEC-HER | 90+5' Afgelopen", {"note": "entry heading with match code and minute"}),
        ("paragraph", "Heracles Almelo boekt de eerste zege"),
        ("paragraph", "In de tweede helft kreeg Heracles"),
        ("subheading", "NEC-HER | 89' Grote kans Hornkamp"),
        ("paragraph", "Jizz Hornkamp lijkt zijn rentree"),
        ("paragraph", "De spits kan de rebound binnenkoppen"),
        (
            "subheading",
            "GAE-AJA | De reacties",
            {"note": "entry heading whose content (a video) was not extracted: kept as an entry heading (doubtful)"},
        ),
        ("subheading", "NEC-HER | 76' Rentree Hornkamp"),
        ("paragraph", "Een mooi moment voor Jizz Hornkamp:"),
        ("paragraph", "Vorig seizoen scoorde Hornkamp tien", {"note": CUT}),
    ],
)

# ---- De Stentor (destentor.nl, regional newspaper; one entry of a war liveblog) ----------------
L(
    "st_kiev",
    None,
    [
        (
            "subheading",
            "Belgische politie houdt Nederlandse au",
            {
                "note": "the heading of one liveblog entry; the page title (the liveblog's) is not in the excerpt:"
                " no headline (doubtful: a reader could take this heading for the title)"
            },
        ),
        ("paragraph", "De politie in het Belgische Deurne,", {"note": "the entry's text"}),
        ("site_text", "2:45", {"note": "duration of the entry's video: site text"}),
    ],
)

# ---- NU.nl (nu.nl, national news site; call for readers' questions) ---------------------------
L(
    "nu_redactie",
    None,
    [
        (
            "site_text",
            "Over NU",
            {"note": "section label ('About NU'): site text; the page title is not in the excerpt: no headline"},
        ),
        ("lede", "Heeft NU.nl een politieke kleur?"),
        (
            "site_text",
            "Stel je vraag via dit formulier en",
            {
                "note": "a call to write in ('Stel je vraag via dit formulier …'): site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was paragraph)"
            },
        ),
    ],
)

# ---- Omroep Gelderland (omroepgelderland.nl, regional broadcaster; announcement) ----------------
L(
    "og_verkiezingsbus",
    None,
    [
        ("lede", "ARNHEM - Komende vrijdag 2 maart staat", {"note": NOTITLE + "; the lede with its place dateline"}),
        ("paragraph", "Let op! Dit is een wijziging ten"),
        ("paragraph", "De bus staat geparkeerd achter ons"),
        ("subheading", "Iedereen is welkom"),
        ("paragraph", "Binnenin bij Omroep Gelderland vindt"),
        ("paragraph", "Aanmelden voor de uitzending kan:"),
        ("paragraph", "De voorgaande vrijdagen waren wij in"),
        (
            "site_text",
            "Bekijk/beluister hier de uitzendingen",
            {
                "note": "pointer to the embedded players (not extracted), the excerpt's last line: site text"
                " (doubtful: written by the newsroom, could be read as a paragraph)"
            },
        ),
    ],
)

# ---- RTL Nieuws (rtlnieuws.nl, commercial broadcaster's news site; story page) ----------------
L(
    "rtl_prinsjesdag",
    (1, 0, None),
    [
        ("site_text", "Menu Zoeken Mijn RTL Nieuws", {"note": "site menu: site text"}),
        ("headline", "Stukken Prinsjesdag op straat", {"note": "the first copy of the title, on its own line"}),
        ("site_text", "Stukken Prinsjesdag op straat", {"note": "the title printed again right below: site text"}),
        ("lede", "RTL Nieuws heeft de stukken voor", {"note": "the story's intro"}),
        (
            "site_text",
            "RTL Nieuws heeft de stukken voor",
            {"note": "the intro printed twice in a row: the second copy site text"},
        ),
        (
            "site_text",
            "Topnieuws\nmeer stories",
            {"note": "links to other stories and the most-read list's heading: site text, one block"},
        ),
        (
            "site_text",
            "16 september 2016 12:48, in:",
            {"note": "date line with the story it is filed in ('in:' + the title a third time): site text, one block"},
        ),
        (
            "subheading",
            "Miljoenennota uitgelekt: 'Nederland s",
            {
                "note": "the title of the story's first article (the page is the story 'Stukken Prinsjesdag op"
                " straat'): subheading (doubtful: could be read as the article's headline)"
            },
        ),
        ("paragraph", '"Nederland staat er beter voor", valt'),
        ("paragraph", '"De overheidsfinanciën zijn inmiddels'),
        ("paragraph", "Het ergste leed is bovendien achter"),
        ("subheading", "Verwachtingen"),
        ("paragraph", "Daarmee verwijst het kabinet onder"),
        ("paragraph", "Andere verwachtingen:", {"note": "the line introducing the list"}),
        ("list_item", "• Hogere economische groei"),
        ("list_item", "• Consumptie van huishoudens"),
        ("list_item", "• Inflatie: stijgt naar 0,5 procent."),
        ("list_item", "• Werkloosheidscijfers: niet 560.000"),
        (
            "subheading",
            "Internationale ontwikkelingen",
            {"note": "the excerpt ends after this subheading (the paragraph under it is cut off)"},
        ),
    ],
)

# ==== Flemish outlets ==============================================================================

# ---- HLN (hln.be, national newspaper; print-edition news item) ---------------------------------
L(
    "hln_begroting",
    (0, 0, " 15 maart 2018"),
    [
        (
            "headline",
            "Regering komt 1,4 miljard te kort (of",
            {
                "tail": "15 maart 2018",
                "note": "the title with the publication date glued to the end of its line: the date is the"
                " headline block's site_text_tail",
            },
        ),
        ("lede", "Het structureel begrotingstekort", {"tail": "(IVDE/DDW)", "note": INITIALS}),
    ],
)

# ---- TV Oost (tvoost.be, regional TV, East Flanders; news video page) -------------------------
L(
    "tvo_vakantiegangers",
    (1, 0, None),
    [
        (
            "site_text",
            "Nieuws 10/01/2021 - 18:30",
            {"note": "section label and date line glued before the title on one line: site text, one block"},
        ),
        ("headline", "Gemeenten wachten nog steeds op info", {"note": "the title, mid-line"}),
        ("site_text", "CoronaQuarantaineVakantiegangers", {"note": "three topic tags glued together: site text"}),
        (
            "site_text",
            "embed Embed deze video Dimensies:",
            {"note": "the video's embed widget (sizes): site text"},
        ),
        ("lede", "Ondertussen wachten de gemeenten nog", {"note": "the one-sentence text of the item"}),
        (
            "site_text",
            "Nieuws Nachtopvang in Aalst zit vol,",
            {
                "note": "list of three other news items of the station (label, title, dates, teaser each): site"
                " text, one block; " + CUT
            },
        ),
    ],
)

# ---- Knack (knack.be, national news magazine; anniversary long read) ---------------------------
L(
    "kn_vijftig",
    None,
    [
        ("lede", "Knack wordt 50. De redactie vroeg aan", {"note": NOTITLE + "; the standfirst"}),
        ("paragraph", "Het is deze week exact vijftig jaar"),
        (
            "caption",
            "Rik Van Cauwelaert over 50 jaar Knack",
            {"tail": "© Knack", "note": "caption of a picture; the credit '© Knack' is its tail"},
        ),
        ("paragraph", "Rik Van Cauwelaert (71) leidde de"),
        (
            "caption",
            "Knack volgens Eva De Roo.",
            {"tail": "© /", "note": "caption with an empty credit '© /': the credit is its tail"},
        ),
        ("paragraph", "Radiopresentatrice Eva De Roo (Studio", {"note": CUT}),
    ],
)

# ---- De Tijd (tijd.be, national business newspaper; telex item) -------------------------------
L(
    "td_leuven",
    (1, 0, None),
    [
        (
            "site_text",
            "Amerikanen schieten mysterieuze Chine",
            {"note": "the title of a neighbouring telex item, printed above this item's title: site text"},
        ),
        ("headline", "Geen treinverkeer naar of vanuit Leuv"),
        ("lede", "Al het treinverkeer dat via het stati", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Krant van West-Vlaanderen (kw.knack.be, regional weekly; live report of a council meeting) --
L(
    "kw_provincieraad",
    (0, 0, None),
    [
        (
            "headline",
            "Live Herbeleef de provincieraad: prov",
            {"note": "the title with its genre kicker 'Live' glued on the same line: kept in the headline"},
        ),
        ("site_text", "24/09/15 om 09:33 - Bijgewerkt om 18:4", {"note": "publication and update times: site text"}),
        ("lede", "De West-Vlaamse provincieraad kwam"),
        ("byline", "• Jos Remaut", {"note": "the entry's author (bulleted): byline"}),
        ("subheading", "Zitting wordt gesloten - vervolg", {"note": "entry heading"}),
        ("paragraph", "Het is al bijna 19 uur en er wachten"),
        ("paragraph", "Heel wat provincieraadsleden moeten"),
        ("paragraph", "Vervolg van deze zitting komende"),
        ("paragraph", "Tot zolang, u was een fijn publiek !"),
        ("byline", "• Lieven Mathys"),
        ("subheading", "Het triootje van voorzitster Eliane"),
        ("paragraph", "Voorzitster Eliane Spincemaille (CD&V"),
        ("byline", "• Jos Remaut"),
        (
            "subheading",
            'Vlaams Belang : "Subsidie moskee mag',
            {"note": "entry heading (its quotation marks unbalanced as extracted)"},
        ),
        ("paragraph", "Reinhilde Castelein (Vlaams Belang)"),
        ("paragraph", '"De leden van onze fractie zullen', {"note": CUT}),
    ],
)

# ---- VRT NWS (vrtnws.be, public broadcaster; news item with video) ---------------------------
L(
    "vrt_homans",
    (1, 0, None),
    [
        ("site_text", "Videospeler inladen...", {"note": "the video player's loading text: site text"}),
        ("headline", "Vlaamse regering bijeen met Homans aan"),
        ("lede", "De Vlaamse regering heeft haar eerste", {"note": "the intro under the title"}),
        ("paragraph", "Gisteren maakte Open VLD-voorzitter"),
        ("paragraph", "Desondanks zijn bepaalde tradities er"),
        ("paragraph", "Vlaams minister-president Liesbeth"),
        ("paragraph", '"Geschiedenis van de kunst" van Iain', {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, national newspaper; interview) ------------------------------------
L(
    "dm_maddens",
    (2, 0, None),
    [
        ("site_text", "Zaterdag 10/12/2022", {"note": "publication date line: site text"}),
        (
            "site_text",
            "InterviewBart Maddens",
            {
                "note": "genre label 'Interview' glued to the subject's name, on its own line above the title: site"
                " text (doubtful: a kicker row, but it is not glued to the title line)"
            },
        ),
        ("headline", "Politicoloog Bart Maddens: ‘N-VA moet"),
        (
            "caption",
            "Bart Maddens: ‘Wie weet zou Guy D’hae",
            {"tail": "Beeld Thomas Sweertvaegher", "note": "photo caption; the credit 'Beeld …' is its tail"},
        ),
        (
            "site_text",
            "Bart Maddens: ‘Wie weet zou Guy D’hae",
            {"note": "the caption printed twice in a row (credit glued without a space): the second copy site text"},
        ),
        ("lede", "Het confederalisme een hele verre", {"note": "the standfirst"}),
        ("byline", "Ann Van den Broek", {"note": "the author's name on its own line"}),
        ("paragraph", "In de Kamer wordt Dries Van Langenhove"),
        ("paragraph", "“Dat was toch allemaal much ado about"),
        ("subheading", "BIO", {"note": "heading of the interviewee's bio box (article text)"}),
        ("list_item", "• geboren op 22 november 1963"),
        ("list_item", "• hoogleraar politicologie aan de KU"),
        ("list_item", "• gespecialiseerd", {"note": CUT}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, regional newspaper; district news item) ---------------------
L(
    "gva_district",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuw bestuur",
            {"note": "the item's title (doubtful: a short heading that could be a subheading of a longer page)"},
        ),
        ("lede", "De bevoegdheden van het districtsbes", {"tail": "WiDe", "note": INITIALS}),
        (
            "site_text",
            "G Van Roosbroeck",
            {"note": "a name on its own line after the item, taken as the photo credit: site text (doubtful)"},
        ),
        (
            "site_text",
            "DOEN! in Antwerpen",
            {"note": "links to the paper's events section and to more local news: site text, one block"},
        ),
        ("site_text", "Vastgoed", {"note": "classifieds links (property, cars, jobs): site text, one block"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

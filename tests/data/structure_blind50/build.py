#!/usr/bin/env python3
"""Rebuild structure blind set 50 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish Dutch-language news pages of sixteen outlets none of
which is in an earlier structure set: a handball club, a celebrity-news site, a business news
archive, a local radio station (Flanders), a judo federation, a sports-federations' umbrella, a
local news site (Waddinxveen), a wind band's news page, the Belgian motorsport federation, three
local broadcasters (Leidschendam-Voorburg, Bollenstreek, Het Hogeland), a home-and-housing site, a
city broadcaster (Tilburg), a company's sector-news page and the Flemish Catholic education
network. They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay
in /work/data/structure-blind50 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "us_handbal": ("https://www.uilenspiegel.be/handbal-in-vlaanderen-blijft-groeien/", None),
    "sr_a16": (
        "https://showroddel.nl/ramp-op-a16-auto-met-moeder-en-kinderen-crasht-op-vrachtwagen-meerdere-zwaargewonden",
        None,
    ),
    "im_transport": ("https://imk.nl/archief/2015-beter-jaar-voor-transportsector/", None),
    "rm_spiraal": ("http://www.radiomig.be/regio/34098-reactie-vlaams-belang-op-vandalisme-jeugdhuis", None),
    "jv_av": ("https://www.judovlaanderen.be/actueel/16-maart-algemene-vergadering/", None),
    "vs_av": (
        "https://vlaamsesportfederatie.be/nieuws-en-inspiratie/terugblik-op-de-algemene-vergadering-van-25-maart-2024",
        None,
    ),
    "hw_korbis": (
        "https://www.hartvanwaddinxveen.nl/nieuws/algemeen/26954/met-masterclass-verdedigen-zet-korbis-refleks-aan-de-kant",
        None,
    ),
    "mm_voorjaar": ("https://www.mijlstraatsmuziekorkest.be/2014/02/25/voorjaar-2014/", None),
    "ab_games": (
        "https://www.autosport.be/news/belgie-vertegenwoordigd-in-14-disciplines-tijdens-de-tweede-fia-motorsport-games.html",
        None,
    ),
    "mv_touwtrekken": (
        "https://www.midvliet.nl/televisie/uitzending-gemist-televisie/video/2478:nk-touwtrekken?start=960",
        None,
    ),
    "bo_padel": ("https://www.bollenstreekomroep.nl/noordermeer-en-hinnen-winnen-eerste-padeltoernooi/", None),
    "oh_onderdendam": ("https://omroephethogeland.nl/2022/07/06/16671/", None),
    "wi_huurhuizen": ("https://www.woning-interieur.nl/meer-geld-onderhoud-en-renovatie-huurhuizen/", None),
    "ot_nieuwsverdieping": ("https://www.omroeptilburg.nl/?p=342451", None),
    "as_windparken": ("https://www.asselt.nl/nl/branches/bouw/windparken-op-land-lopen-vertraging-op", None),
    "ko_studenten": (
        "https://katholiekonderwijs.vlaanderen/nieuws/meer-studenten-minder-centen-dit-niet-vol-te-houden",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
REPEAT = "the line above printed again (image caption and its alt or title copy): site text"
PORTRAIT = "a name alone on its own line above the paragraph about that person: portrait caption (doubtful: could be an image alt text, site text)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Uilenspiegel Wilrijk HV (uilenspiegel.be, Antwerp handball club; club news) ---------------
L(
    "us_handbal",
    (0, 0, None),
    [
        ("headline", "Handbal in Vlaanderen blijft groeien", {"note": "the first of two identical title lines"}),
        ("site_text", "Handbal in Vlaanderen blijft groeien", {"note": "the title printed again: site text"}),
        (
            "byline",
            "6 februari 2020 Els Gonthier",
            {
                "note": "date and author on one line: byline (doubtful: the date part alone would be a site-text date line)"
            },
        ),
        ("lede", "De handbalsport in Vlaanderen kende", {"note": "two short intro lines, one block"}),
        ("paragraph", "Uit cijfers van de Vlaamse Hanbalver", {"note": "one hard line break inside a sentence"}),
        ("paragraph", "Hier mogen we apetrots op zijn !"),
    ],
)

# ---- ShowRoddel (showroddel.nl, Dutch celebrity and news site; news article) -------------------
L(
    "sr_a16",
    (1, 0, None),
    [
        ("site_text", "Actueel", {"note": "section label above the title: site text"}),
        ("headline", "RAMP OP A16: Auto met moeder en kinde", {"note": "the page title with its capitalised kicker"}),
        ("lede", "Maandagochtend heeft een ernstig verk"),
        ("subheading", "Hulpdiensten massaal uitgerukt"),
        ("paragraph", "Het ongeluk gebeurde rond 11.05 uur."),
        ("paragraph", "Naast de medische hulpverleners was"),
        ("paragraph", "De A16 werd vanwege het ongeluk tijde"),
        ("subheading", "Toestand van de slachtoffers nog ondu"),
        ("paragraph", "De toestand van de slachtoffers is no"),
        ("paragraph", "De vrachtwagenchauffeur kwam ongedeer", {"note": CUT}),
    ],
)

# ---- IMK (imk.nl, Dutch business-news archive; item relaying a trade association) -----------------
L(
    "im_transport",
    None,
    [
        ("lede", "Negatief zijn de ontwikkelingen in de", {"note": NOTITLE}),
        ("paragraph", "Ondernemers in de sector transport en"),
        ("paragraph", "Nederland heeft een sterke positie in"),
        (
            "site_text",
            "Bron: TLN",
            {
                "note": "source line naming the association the item relays: site text (doubtful: a source credit, byline-like)"
            },
        ),
    ],
)

# ---- Radio MIG (radiomig.be, Flemish local radio station; regional news item) -----------------
L(
    "rm_spiraal",
    None,
    [
        ("lede", "Amper een paar weken geleden werd het", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Het Vlaams Belang was van meet af aan"),
        ("paragraph", "Het Vlaams Belang eist ook dat er str"),
        ("paragraph", "Vlaams Belang vraagt zich tevens af o"),
    ],
)

# ---- Judo Vlaanderen (judovlaanderen.be, Flemish judo federation; news item) ------------------
L(
    "jv_av",
    (0, 0, None),
    [
        ("headline", "16 maart: Algemene Vergadering"),
        (
            "site_text",
            "Bestuursorgaan\nMike Van de Rostyne",
            {
                "note": "two tag lines under the title (a topic and a person): site text, one block (doubtful: the name could be read as a byline)"
            },
        ),
        ("lede", "BURST/GENT – Op 16 maart jl. vond de", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Clubafgevaardigden van 69 clubs teken"),
        ("subheading", "Terug op kruissnelheid"),
        ("paragraph", "Uit de ledenaantallen blijkt dat Judo"),
        ("caption", "Geert Claes", {"note": PORTRAIT}),
        ("paragraph", "Penningmeester Geert Claes gaf een ov"),
        ("caption", "Maarten Bogaert", {"note": PORTRAIT}),
        ("paragraph", "General Manager Maarten Bogaert gaf v", {"note": CUT}),
    ],
)

# ---- Vlaamse Sportfederatie (vlaamsesportfederatie.be, umbrella of Flemish sports federations) ---
L(
    "vs_av",
    (0, 0, None),
    [
        ("headline", "Terugblik op de Algemene Vergadering"),
        ("site_text", "Sportlandschap", {"note": "category label under the title: site text"}),
        ("lede", "Op maandag 25 maart organiseerden we"),
        ("paragraph", "Uittredend voorzitter Koen Umans opend"),
        ("paragraph", "Hij verwees daarbij naar:"),
        ("list_item", "• de verschillende decreetswijzigingen"),
        ("list_item", "• de crisissen die onze sector"),
        ("list_item", "• de goede samenwerking met de overhe"),
        ("list_item", "• en de groeiende sterke positie van"),
        (
            "site_text",
            "Afbeelding\nIntro",
            {"note": "image placeholder label and a field name left by the extractor: site text, one block"},
        ),
        ("subheading", "Verkiezing nieuwe bestuurders"),
        ("paragraph", "Vervolgens boog de Algemene Vergaderin"),
        ("list_item", "• De leden aanvaardden een nieuw"),
        ("list_item", "• Directeur Pieter Hoof en coördinat"),
        ("list_item", "• De vergadering nam kennis van de"),
        ("list_item", "• Ten slotte verkozen de leden nieuwe"),
        ("site_text", "Afbeelding", {"note": "image placeholder label: site text"}),
        (
            "caption",
            "groepsfoto van het bestuur van de",
            {"note": "the photo's description (doubtful: could be an image alt text, site text)"},
        ),
        ("paragraph", "Zo werden Ilse Arys, Philippe Rosier"),
        ("paragraph", "We bedankten Steven Dutry, Mathias"),
        ("paragraph", "Met hun 14-jarig engagement als bestu", {"note": CUT}),
    ],
)

# ---- Hart van Waddinxveen (hartvanwaddinxveen.nl, local news site; korfball report) -----------
L(
    "hw_korbis",
    (2, 0, None),
    [
        ("caption", "Maik Hoogendoorn speelde een ijzerste", {"note": "photo caption above the title"}),
        ("site_text", "Maik Hoogendoorn speelde een ijzerste", {"note": REPEAT}),
        ("headline", "Met masterclass verdedigen zet Korbis"),
        ("site_text", "Algemeen 664 keer gelezen", {"note": "category label and read counter: site text"}),
        (
            "site_text",
            "KORFBAL",
            {
                "note": "sport label alone on a line above the lede: site text (doubtful: could be read as a kicker of the headline)"
            },
        ),
        ("lede", "Waddinxveen – Korbis had zaterdag een", {"note": "intro with its place dateline"}),
        ("paragraph", "Het was sowieso een mooie dag voor Ko"),
        (
            "paragraph",
            "Sliedrecht had zijn woorden nog niet",
            {"note": "separated from the paragraph above by a single line break"},
        ),
        ("paragraph", "De zege was vooral ook goed voor het", {"note": CUT}),
    ],
)

# ---- Mijlstraats Muziekorkest (mijlstraatsmuziekorkest.be, Flemish wind band; club news) ------
L(
    "mm_voorjaar",
    (0, 0, None),
    [
        ("headline", "Voorjaar 2014"),
        (
            "lede",
            "Het jaar is intussen volop in groei e",
            {
                "tail": "Meer hierover in de rubriek agenda.",
                "note": "the pointer to the site's agenda section at the end of the paragraph is the tail (doubtful: the club's own sentence)",
            },
        ),
        ("paragraph", "Nog enkele belangrijke data:"),
        ("list_item", "-18 mei 2014 Dag van het Park"),
        ("list_item", "-31 mei 2014 Vroegzomerconcert"),
        ("list_item", "-8 en 12 juni 2014 medewerking aan"),
        ("list_item", "-16 en 17 augustus 2014 concerten"),
    ],
)

# ---- RACB / autosport.be (Belgian motorsport federation; news article) --------------------------
L(
    "ab_games",
    (1, 0, None),
    [
        (
            "site_text",
            "van der Horst",
            {"note": "a name fragment above the title (a leftover of a credit or teaser): site text"},
        ),
        ("headline", "België vertegenwoordigd in 14 discipl"),
        ("caption", "Gilles Magnus - Comtoyou Team Audi Sp"),
        ("site_text", "Gilles Magnus - Comtoyou Team Audi Sp", {"note": REPEAT}),
        ("lede", "Eénentwintig licentiehouders van de R"),
        ("caption", "Tom Rensonnet & Gilles Magnus"),
        ("site_text", "Tom Rensonnet & Gilles Magnus", {"note": REPEAT}),
        ("paragraph", "De tweede editie van wat algemeen als"),
        ("paragraph", "“Onze kleuren worden in 14 van de 16"),
        ("caption", "Dries Vanthoor"),
        ("site_text", "Dries Vanthoor", {"note": REPEAT}),
        ("paragraph", "“Onze oproep om kandidaten te vinden"),
        ("paragraph", "De rijders die de Belgische kleuren z"),
        ("list_item", "• Touring Car (Gilles Magnus)"),
        ("list_item", "• GT Spri", {"note": CUT}),
    ],
)

# ---- Midvliet (midvliet.nl, local broadcaster Leidschendam-Voorburg; video item page) ---------
L(
    "mv_touwtrekken",
    None,
    [
        ("lede", "De touwtrekvereniging van Gelderswoud", {"note": NOTITLE + "; the item's one paragraph"}),
        (
            "site_text",
            "De Boekenweek die gepland stond van 6",
            {"note": "teasers of four other video items (cut at '...'): site text, one block"},
        ),
    ],
)

# ---- Bollenstreek Omroep (bollenstreekomroep.nl, local broadcaster; sports item) --------------
L(
    "bo_padel",
    None,
    [
        ("lede", "Noordwijk – 50 spelers deden afgelope", {"note": NOTITLE}),
        ("paragraph", "Padel is een snel groeiende sport die"),
        ("paragraph", "Noordwijkers Kevin Noordermeer en Flo"),
        (
            "site_text",
            "LAAT EEN REACTIE ACHTER",
            {"note": "comment form (heading and field prompts): site text, one block"},
        ),
    ],
)

# ---- Omroep Het Hogeland (omroephethogeland.nl, local broadcaster; nature diary column) --------
L(
    "oh_onderdendam",
    None,
    [
        (
            "subheading",
            "Onderdendam ( Gr. ) Woensdag 6 Juli 2",
            {
                "note": NOTITLE
                + "; the diary entry's place-and-time opening line: subheading (doubtful: could be read as a dateline or as part of the lede); "
                + CLEAN
            },
        ),
        ("lede", "“ WNW- wind. Windkracht 2. Zwaar bewo"),
        ("subheading", "Ontroerende knieën"),
        ("paragraph", "Een meeuw komt over op vijftig meter", {"note": CUT}),
    ],
)

# ---- Woning & Interieur (woning-interieur.nl, Dutch home-and-housing site; news item) -----------
L(
    "wi_huurhuizen",
    None,
    [
        ("lede", "Verschillende woningcorporaties hebbe", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De landelijke vereniging van woningco"),
        ("paragraph", "Uit het onderzoeksrapport dat werd op"),
        ("paragraph", "De NOS concludeert uit een tevredenhe"),
        ("paragraph", "Aedes beweert bekend te zijn met de a"),
        ("paragraph", "In 2017 zullen er 30.000 verbeteringe"),
    ],
)

# ---- Omroep Tilburg (omroeptilburg.nl, city broadcaster; programme item) ------------------------
L(
    "ot_nieuwsverdieping",
    None,
    [
        (
            "lede",
            "Deze week in de nieuwsverdieping zoom",
            {
                "tail": "Je ziet het in deze gloednieuwe",
                "note": NOTITLE
                + "; the item's one paragraph; the plug for the programme glued to its end ('Je ziet het in deze gloednieuwe aflevering van De Nieuwsverdieping.') its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        (
            "site_text",
            "Wat hebben een vlieg, lamp en klok met",
            {"note": "teasers of three other items (cut at '...'): site text, one block"},
        ),
        ("site_text", "Copyright © 2026 · Omroep Tilburg ·", {"note": "footer copyright line: site text"}),
        (
            "site_text",
            "| Cookie | Duur | Beschrijving |",
            {"note": "cookie-consent table (English): site text, one block; " + CUT},
        ),
    ],
)

# ---- Asselt (asselt.nl, company's sector-news page; relayed news item) -------------------------
L(
    "as_windparken",
    (1, 0, None),
    [
        ("site_text", "Navigatie", {"note": "menu label: site text"}),
        ("headline", "Windparken op land lopen vertraging o"),
        (
            "lede",
            "De bouw van windmolenparken op land l",
            {
                "tail": "Oorspronkelijk van: Nieuws.nl",
                "note": "the whole item is one paragraph; the source line glued to its end is the tail",
            },
        ),
    ],
)

# ---- Katholiek Onderwijs Vlaanderen (katholiekonderwijs.vlaanderen, education network; news) ----
L(
    "ko_studenten",
    (0, 0, None),
    [
        ("headline", "Meer studenten, minder centen. Dit is"),
        ("site_text", "14 oktober 2015", {"note": "publication date line: site text"}),
        (
            "lede",
            "Op 13 oktober 2015 presenteerde de Vl",
            {
                "tail": "Lees het volledige persbericht.",
                "note": "the whole item is one paragraph; the link to the full press release glued to its end is the tail",
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

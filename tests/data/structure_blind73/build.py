#!/usr/bin/env python3
"""Rebuild structure set 73 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NU.nl, de Volkskrant, Het Parool, Omroep Zeeland, RTV Drenthe, Omroep Brabant, Leeuwarder Courant,
Tubantia) and eight Flemish (Het Laatste Nieuws, De Morgen, Apache, ATV, Het Belang van Limburg,
Ring TV, De Standaard, Het Nieuwsblad). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind73 and are NOT for the project repository.
Only the labels (ours) live here, in LABELS, and they hold no article text: each block is a kind
plus a START MARKER (the first characters of the block, at most 38, with an occurrence skip count
where needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end). Standard library only; the cutting is done by
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
    # Dutch
    "nu_bordes": (
        "https://www.nu.nl/290930/video/analyse-gespannen-gezichten-op-bordes-door-ijzige-politieke-sfeer.html",
        "2022-01",
    ),
    "vk_kroning": ("https://www.volkskrant.nl/nieuws-achtergrond/de-kroning-zonder-woning~b69b3680/", None),
    "parool_gnocchi": ("https://www.parool.nl/ps/arco-gnocchi-de-arena-is-een-lelijk-misbaksel~b6598c6a/", "2021-09"),
    "oz_koelkasten": (
        "https://www.omroepzeeland.nl/nieuws/109340/Zeeland-wordt-wakker-Controle-koelkasten-erebegraafplaat-en-bakfiets",
        None,
    ),
    "rtvd_minuut": ("http://www.rtvdrenthe.nl/nieuws/131503/Het-nieuws-in-een-minuut-20-februari", "2018-02"),
    "ob_vandaag": (
        "https://www.omroepbrabant.nl/nieuws/4772494/illegale-bosgevechten-en-boze-horecaondernemers-dit-gebeurde-er-vandaag",
        "2025-10-31",
    ),
    "lc_friesland": (
        "https://lc.nl/friesland/Nieuws-uit-Friesland-van-24-en-25-december-Muzikanten-uit-Burgum-beschoten-bijna-zeventigduizend-euro-voor-actie-Oekra%C3%AFne-28131970.html",
        None,
    ),
    "tub_busje": (
        "https://www.tubantia.nl/almelo-e-o/en-weer-crasht-er-een-busje-in-deze-almelose-tunnel-wat-gaat-hier-om-de-haverklap-mis~ab832c3d/",
        "2022-11",
    ),
    # Flemish
    "hln_koers": (
        "https://www.hln.be/sport/wielrennen/koers-van-der-poel-leider-af-in-turkije-rittenschema-baloise-belgium-tour-bekend~ac4a3c2e/",
        "2019-02",
    ),
    "dm_zwartezondag": (
        "https://www.demorgen.be/politiek/waarom-de-blanke-vlaming-25-jaar-na-zwarte-zondag-nog-altijd-de-norm-is~b83fff67/?utm_campaign=shared_earned&utm_medium=social&utm_source=copylink",
        None,
    ),
    "apache_steun": ("https://www.apache.be/2017/01/02/hoe-apache-met-jouw-steun-het-verschil-kan-maken", None),
    "atv_defensie": ("https://atv.be/nieuws/defensie-wil-beveiliging-terug-overdragen-aan-de-politie-90746", "2019-12"),
    "hbvl_balen": ("https://www.hbvl.be/cnt/dmf20211218_93086063", "2021-12"),
    "ring_quiz": ("https://www.ringtv.be/nieuws/35-teams-op-allereerste-ringquiz-pittig", "2023-11"),
    "ds_beringen": ("https://www.standaard.be/cnt/dmf20190811_04554348", "2019-08"),
    "nb_betonstop": ("https://www.nieuwsblad.be/cnt/dmf20190306_04235596", "2019-03"),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NU.nl (nu.nl, NL national news site; video item) ------------------------------------------------
L(
    "nu_bordes",
    (0, 0, None),
    [
        (
            "headline",
            "Analyse: 'Gespannen gezichten op",
            {"note": "the video's title with its genre kicker 'Analyse:' glued in: the kicker stays in the headline"},
        ),
        (
            "site_text",
            "Gepubliceerd op 11 januari 2022",
            {"note": "publication date and time line ('Gepubliceerd op … 01:36'): site text"},
        ),
        ("lede", "Op de bordesfoto waren maandag een", {"note": "the video's summary, one paragraph"}),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; feature of short interviews) -----------------------
L(
    "vk_kroning",
    (0, 0, None),
    [
        ("headline", "De kroning zonder woning"),
        ("lede", "Ze keerden zich in de jaren tachtig", {"note": "the standfirst under the title"}),
        (
            "site_text",
            "INTERVIEWSDE KRAKERS VAN 1980 -",
            {
                "note": "the genre label 'INTERVIEWS' and the series rubric 'DE KRAKERS VAN 1980 -' in capitals, glued together before the first paragraph's words: split off as site text (doubtful: the rubric with its dash could be read as a dateline-like lead-in, which would stay in the paragraph)"
            },
        ),
        (
            "paragraph",
            "Het is een ver- dachtmaking die veel",
            {"note": "the first body paragraph (the print hyphenation 'ver- dachtmaking' kept as stored)"},
        ),
        ("paragraph", "Klopt de insinuatie? Historicus Kees"),
        ("paragraph", "Bij woningcorporaties valt makkelijker"),
        ("paragraph", "Socioloog Eric Duivenvoorden, die", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; PS city interview in short answers) ---------------------
L(
    "parool_gnocchi",
    None,
    [
        (
            "caption",
            "Arco Gnocchi in het Vondelpark.",
            {
                "tail": "Beeld Nina Schollaardt",
                "note": NOTITLE + "; the lead photo's caption, its glued credit 'Beeld …' the tail",
            },
        ),
        ("subheading", "Eerste keer in Amsterdam", {"note": "the interview's topic heads are subheadings"}),
        (
            "lede",
            "“Ik ben hier geboren en getogen.",
            {"note": "the first answer: the first body paragraph (no intro in the excerpt)"},
        ),
        ("subheading", "Mooiste plein"),
        ("paragraph", "“Het Museumplein, vanwege alle"),
        ("subheading", "Beste plek om te relaxen"),
        ("paragraph", "“Op de fiets, naar Ajax."),
        ("subheading", "Wil niet dood gevonden worden"),
        ("paragraph", "“Vanuit de Bijlmer ben ik met mijn"),
        ("subheading", "Fijnste winkel"),
        ("paragraph", "“Ik kom heel graag bij Toko Joyce"),
        ("subheading", "Standbeeld"),
        ("paragraph", "“Ik vind het Bobby Haarms-beeld"),
        (
            "caption",
            "Het standbeeld 'De goede beul'",
            {"tail": "Beeld Nina Schollaardt", "note": "a second photo's caption, its glued credit the tail"},
        ),
        ("subheading", "Mijn buurt"),
        ("paragraph", "“Ik ben twee jaar geleden van het"),
        ("subheading", "Gehei", {"note": "the next topic head, cut by the excerpt mid-word; " + CUT}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up 'Zeeland wordt wakker') ---
L(
    "oz_koelkasten",
    None,
    [
        (
            "caption",
            "Drie mensen zijn ter controle naar",
            {
                "tail": "(foto: HV Zeeland)",
                "note": NOTITLE + " and greeting; the first item's photo caption, its glued credit the tail",
            },
        ),
        ("subheading", "Koelkasten", {"note": "item title"}),
        ("lede", "Zorgorgansatie SVRZ gaat vanaf", {"note": "the first item's text"}),
        ("caption", "Oorlogsbegraafplaats in Vlissingen.", {"tail": "(foto: Omroep Zeeland)"}),
        ("subheading", "Erebegraafplaats"),
        ("paragraph", "Het was dit weekend honderd jaar"),
        (
            "caption",
            "Zwerfvuil bakfiets",
            {"tail": "(foto: Omroep Zeeland)", "note": "a two-word caption (words of its own), credit the tail"},
        ),
        ("subheading", "Zwerfafval opruimen met een bakfiets"),
        ("paragraph", "Irene Brakman uit Kortgene"),
        (
            "caption",
            "Het landingsstandbeeld bij Uncle",
            {"tail": "(foto: Jan Daniel)", "note": "the weather photo's caption (a reader's photo), credit the tail"},
        ),
        ("subheading", "Het weer"),
        ("paragraph", "Veel bewolking en perioden met regen."),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; 'news in a minute' video item) ----------------
L(
    "rtvd_minuut",
    (1, 0, None),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label (its buttons lost as blank lines): site text"}),
        (
            "headline",
            "Het nieuws in een minuut: 20 februari",
            {
                "note": "the video's title, printed once, glued before the photo caption on one line: split off as the headline (doubtful: a programme title with the date rather than a story title)"
            },
        ),
        (
            "caption",
            "In Zuidlaren is uit protest een",
            {"tail": "(foto: RTV Drenthe)", "note": "the photo caption glued after the title; its credit the tail"},
        ),
        ("lede", "In het nieuws in een minuut van 20", {"note": "the video's summary"}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; the day's five stories) ------------------
L(
    "ob_vandaag",
    None,
    [
        (
            "lede",
            "Van illegale bosgevechten in Den",
            {
                "note": NOTITLE
                + "; the round-up's intro (doubtful: a standing formula 'dit zijn de vijf verhalen die je op vrijdag gelezen moet hebben', like a round-up's frame, which is site text; kept as the lede because it names the day's news)"
            },
        ),
        (
            "paragraph",
            "Rob Jetten maakt kans om de vijfde",
            {
                "tail": "Hier lees je het hele verhaal.",
                "note": "a story teaser; the link label glued at its end the tail",
            },
        ),
        ("paragraph", "Een 21-jarige automobilist kwam om", {"tail": "Lees hier het verslag van de"}),
        ("paragraph", "Hood Fights Den Bosch organiseert", {"tail": "Check het hier."}),
        ("paragraph", "Twee motoragenten raakten zwaargewond", {"tail": "Lees hier het hele verhaal."}),
    ],
)

# ---- Leeuwarder Courant (lc.nl, NL regional daily, Friesland; 48-hour news round-up) ----------------------
L(
    "lc_friesland",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuws uit Friesland van 24 en 25",
            {"note": "the round-up's title line, with its two lead items"},
        ),
        (
            "site_text",
            "Nieuws uit Friesland van 24 en 25",
            {
                "note": "the title's first part printed again with a full stop on a line of its own (the lead image's caption or alt text): site text, a later copy of the title (doubtful: only part of the title is repeated)"
            },
        ),
        ("lede", "Het Burgumer korps Legato is met", {"note": "the round-up's intro"}),
        ("subheading", "Muzikanten van Legato uit Burgum met", {"note": "item title"}),
        ("paragraph", "Ze waren net aan het laatste nummer"),
        ("subheading", "Tussenstand actie Oekraïne: bijna"),
        ("paragraph", "De actie voor de mensen in Oekraïne"),
        ("subheading", "RUG werkt aan tussenoplossing voor"),
        ("paragraph", "De Rijksuniversiteit Groningen (RUG)"),
        ("paragraph", "Een opvolger voor oud-hoogleraar"),
        ("subheading", "In Mantgum deed een nieuwbouwplan de"),
        ("paragraph", "Een uitbreidingsplan voor twaalf"),
        ("subheading", "In Raard werd na het oudjaarsongeluk"),
        ("paragraph", "Raard, sjiek terpdorp waar François", {"note": CUT}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, Twente; news item) ----------------------------------------
L(
    "tub_busje",
    (0, 0, None),
    [
        ("headline", "En wéér crasht er een busje in deze"),
        (
            "lede",
            "ALMELO - ‘Busje rijdt zich vast in",
            {"note": "the intro with its place dateline ('ALMELO -'), which stays in the lede; " + CLEAN},
        ),
    ],
)

# ---- Het Laatste Nieuws (hln.be, Flemish national daily; cycling news in brief) -------------------------
L(
    "hln_koers",
    (0, 0, None),
    [
        (
            "headline",
            "KOERS. Van der Poel leider af in",
            {"note": "the title with its rubric kicker 'KOERS.' glued in: the kicker stays in the headline"},
        ),
        (
            "byline",
            "De wielerredactie",
            {"note": "the author line ('the cycling desk') glued after the title on its line: split off as the byline"},
        ),
        ("site_text", "22 februari 2019", {"note": "publication date line: site text"}),
        (
            "site_text",
            "16u40 1",
            {"note": "publication time and the reaction counter ('1'), glued before the text: site text, split off"},
        ),
        (
            "site_text",
            "Wielrennen",
            {"note": "the section label ('Cycling') glued before the first item's words: site text, its own block"},
        ),
        (
            "lede",
            "De Nederlander Bas van der Kooij",
            {"note": "the first item's text (its item title is the headline's first part)"},
        ),
        ("paragraph", "De snelle man van Corendon-Circus"),
        ("subheading", "89ste Ronde van België start in", {"note": "the second item's title"}),
        ("paragraph", "De 89ste editie van de Baloise"),
        ("paragraph", "De eerste etappe wordt een vlakke rit", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; essay) ----------------------------------------------
L(
    "dm_zwartezondag",
    (2, 0, None),
    [
        ("site_text", "Maandag 14/10/2019", {"note": "publication date line: site text"}),
        ("site_text", "Essay", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "Waarom de blanke Vlaming 25 jaar na"),
        (
            "caption",
            "Filip Dewinter en Gerolf Annemans",
            {"tail": "Beeld Photo News", "note": "lead photo caption; its glued credit 'Beeld Photo News' the tail"},
        ),
        ("lede", "Donderdag is het 25 jaar geleden dat", {"note": "the standfirst"}),
        ("paragraph", "Ik kende de man van haar noch pluim"),
        ("paragraph", "Het was zondagavond 24 november 1991"),
        ("paragraph", "Terwijl de mij onbekende man en"),
        ("paragraph", '"Euh, Joël", trok hij mijn aandacht.'),
        ("paragraph", '"Nee", sprak ik naar waarheid.'),
        ("paragraph", '"Dat is Bert', {"note": CUT}),
    ],
)

# ---- Apache (apache.be, Flemish investigative news site; year review in daily instalments) ---------------
L(
    "apache_steun",
    (0, 0, None),
    [
        ("headline", "Hoe Apache met jouw steun het"),
        (
            "site_text",
            "shutterstock_360006152 (medium)",
            {"note": "the lead image's file name and size, left where its caption would be: site text"},
        ),
        ("lede", "Tijdens de komende vakantieweek", {"note": "the intro"}),
        (
            "subheading",
            "7 januari: Jurgen Tack niet langer",
            {"note": "dated item title (the date belongs to the title: the day of the story, not a date line)"},
        ),
        ("paragraph", "In de eerste week van vorig jaar"),
        ("paragraph", "Toen Tack geconfronteerd werd met de"),
        ("paragraph", "Er kwam een open brief waarin 200"),
        ("paragraph", "Dat Tack tijdens zijn benoeming"),
        ("subheading", "21 januari: elektriciteitsbedrijven"),
        ("paragraph", "Apache onthulde dat grote"),
        ("paragraph", "Op basis van deze onthullingen vroeg", {"note": CUT}),
    ],
)

# ---- ATV (atv.be, Flemish regional TV, Antwerp; news bulletin item, the anchor's text) -------------------
L(
    "atv_defensie",
    None,
    [
        (
            "site_text",
            "Een heel goeiemiddag en welkom bij",
            {
                "note": NOTITLE
                + "; the anchor's greeting and the bulletin's name ('Een heel goeiemiddag en welkom bij het Atv dagnieuws.'), glued before the text: site text, a bulletin's greeting frame as the stop-44 row"
            },
        ),
        ("lede", "Na vier jaar patrouilleren in de", {"note": "the item's text, one paragraph"}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; fire report) --------------------------------
L(
    "hbvl_balen",
    None,
    [
        (
            "lede",
            "De brandweerzones Noord-Limburg en",
            {
                "tail": "siol",
                "note": NOTITLE
                + "; the report, one paragraph; the author's sign-off initials 'siol' glued at its end: site_text_tail (doubtful: an author's mark, which on a line of its own would be a byline; a glued sign-off is treated like a glued source credit)",
            },
        ),
    ],
)

# ---- Ring TV (ringtv.be, Flemish regional TV, Halle-Vilvoorde; station news) ------------------------------
L(
    "ring_quiz",
    None,
    [
        ("lede", "Vrijdagavond organiseerde onze", {"note": NOTITLE}),
        ("paragraph", "35 teams met telkens vier"),
        ("paragraph", "“Pittig”, laten we optekenen."),
        (
            "site_text",
            "Een sfeerverslag zie je in ons nieuws.",
            {"note": "the closing plug for the broadcast ('a report is in our news'): site text, a standing line"},
        ),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; fire report) -------------------------------------
L(
    "ds_beringen",
    None,
    [
        ("lede", "De zware brand in Beringen kostte", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("paragraph", "De brandweer van Beringen werd"),
        ("subheading", "Bijzonder hard en bijzonder unfair"),
        ("paragraph", "Het gaat om vrijwillige"),
        ("paragraph", "‘Ze zijn gestorven terwijl ze een"),
        ("subheading", "Rouwregister"),
        ("paragraph", "Maandagmorgen worden er in het"),
        ("paragraph", "De gerechtelijke diensten zijn", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; politics item) --------------------------------
L(
    "nb_betonstop",
    None,
    [
        ("lede", "De Vlaamse regering krijgt haar", {"note": NOTITLE + "; the teaser paragraph; " + CLEAN}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

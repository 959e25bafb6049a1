#!/usr/bin/env python3
"""Rebuild structure blind set 55 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish (Belgian Dutch-language) pages of sixteen outlets none of which is
in an earlier structure set: two football clubs, a korfball club, a sailing news site, a shooting
guild, a local heritage circle, a school blog, a city heritage office, a library association, a
regional business magazine, a construction news site, a fleet magazine, a car-trade federation, a
medical newspaper, a funeral-sector site and a local news site. They come from the `search` tool's
"pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next
to this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind55 and are
NOT for the project repository. Only the labels (ours) live here, in LABELS, and they hold no
article text: each block is a kind plus a START MARKER (the first characters of the block, at most
38, with an occurrence skip count where needed). A block runs from its marker to the next block's
marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker
of site text glued to the end of a block (gold `site_text_tail`). The headline is (block index,
start, end) into that block's text (end None = to the block's end; a string end is a marker).
Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "ks_sneeuw": ("https://kfcschoonbroek.be/nieuws/geen-witte-maar-roetzwarte-sneeuw-voor-onze-ploegen", None),
    "rk_fulltime": ("https://rkfc.be/full-time-rkfc-2-1-oh-leuven-u23/", None),
    "ds_quota": (
        "https://www.despecialist.eu/nl/opinies/quotas-inami-lettre-ouverte-a-mes-cons-oelig-urs-et-confreres-neerlandophones.html",
        None,
    ),
    "vv_memorandum": ("https://www.vvbad.be/memorandumboekenoverleg", None),
    "bv_kortrijk": ("http://www.businessvlaanderen.be/ondersteunen-lokale-economie-is-prioriteit/", None),
    "vw_korfbal": ("http://www.voorwaartskkc.be/index.php?aid=234395&oid=25475&pid=25136", None),
    "tx_corner": ("https://www.traxio.be/artikels/corner-schaalvergroting-verhoogt-slagkracht", None),
    "km_start": ("https://kamortsel.blogspot.com/2014/09/een-nieuwe-start.html", None),
    "uv_schoonselhof": (
        "https://uitvaartvlaanderen.be/muziek-staat-centraal-bij-rondleidingen-op-het-schoonselhof/",
        None,
    ),
    "bw_renovatie": ("https://www.bouwenwonen.net/artikel/Vlaanderen-maakt-1-miljard-vrij-voor-renovatie/49226", None),
    "fl_fleet84": ("https://www.fleet.be/magazine/fleet-84/", None),
    "el_scorpio": (
        "https://www.erfgoedcelleuven.be/nl/projecten-en-publicaties/tentoonstellingen/scorpio-40",
        None,
    ),
    "cr_zeezeilen": ("https://www.clubracer.be/2007/2/8/sectie-zeezeilen-anno-2007", None),
    "nb_alvat": ("http://nieuwsuitbuggenhout.be/alvat-gemeenteraad-dendermonde/", None),
    "ss_koning": ("https://sintsebastiaan-herentals.be/koningsschieting_2014.htm", None),
    "ch_semse": ("https://www.campenholt.be/activiteiten-2013-04-20.php", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
PIPES = "table-cell residue of the page layout (' |' and a lone '|' on the next line) glued to the block: its tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- KFC Schoonbroek (kfcschoonbroek.be, football club, Retie; weekend report) ------------------
L(
    "ks_sneeuw",
    None,
    [
        (
            "site_text",
            "DSC 4791",
            {"note": "image file name left by the extraction above the report: site text; " + NOTITLE},
        ),
        ("lede", "Het werd een weekend om héél snel"),
        (
            "subheading",
            "Topschutters na 2 december 2023:",
            {"note": "label of the club's top-scorer list (doubtful: could be read as a paragraph)"},
        ),
        ("list_item", "Alec Sannen (7 goals)"),
        ("list_item", "Toon Nuyts (7 goals)"),
        ("list_item", "Dimitri Sels (1 goal)"),
        ("list_item", "Jonas Hooyberghs (1 goal)"),
        ("list_item", "Viktor Heyns (1 goal)"),
        ("paragraph", "Ook KFCS I zit nog steeds in"),
        ("subheading", "Topschutters na 2 december 2023:", {"note": "label of the second top-scorer list"}),
        ("list_item", "Rik Berens (3 goals)"),
        ("list_item", "Jef Nuyts (2 goals)"),
        ("list_item", "Nico Vanherck", {"note": CUT}),
    ],
)

# ---- Royal Knokke FC (rkfc.be, football club; match report) -------------------------------------
L(
    "rk_fulltime",
    (2, 0, None),
    [
        (
            "site_text",
            "shopping-bag 0",
            {
                "note": "the web shop's cart widget ('Items : 0', 'Subtotal', 'View Cart Check Out'): site text, one block"
            },
        ),
        ("site_text", "Nieuws", {"note": "section label above the title: site text"}),
        (
            "headline",
            "FULL TIME | RKFC 2-1 OH Leuven u23",
            {"note": "the title with its kicker 'FULL TIME |' glued on the same line, kept in the headline"},
        ),
        ("lede", "In een goed gevuld Burgemeester"),
        ("paragraph", "In de 2de helft zagen we een beter"),
        ("paragraph", "Nu volgt er het Paasweekend waarin"),
    ],
)

# ---- De Specialist (despecialist.eu, Belgian medical newspaper; open letter) --------------------
L(
    "ds_quota",
    (0, 0, None),
    [
        ("headline", "Riziv-quota: open brief aan mijn", {"note": CLEAN}),
        (
            "lede",
            "Geachte Nederlandstalige collega’s,",
            {"note": "salutation of the open letter, the first body block (doubtful: could be a paragraph)"},
        ),
        ("paragraph", "U vraagt de Vlaamse regering om een"),
        ("paragraph", "Dat doet u omdat u de Franstaligen"),
        ("paragraph", "Misschien is het nuttig de jongere"),
        ("paragraph", "Maar laten we dit punt in de"),
        ("paragraph", "Alvorens echter te bepalen welke dat"),
        (
            "paragraph",
            "Waren de destijds besliste quota",
            {"note": "a question on its own line, with the footnote marks '[1] [1]' glued in: article text"},
        ),
        ("paragraph", "Het antwoord op de vraag naar de"),
        ("paragraph", "Het KCE schreef hierover 18 januari"),
        ("quote", "Na 10 jaar numerus clausus voor", {"note": "the KCE text the letter cites"}),
        (
            "quote",
            "Meer dan een vierde van de quota",
            {"note": "continuation of the cited KCE text (doubtful: could be the letter's own words); " + CUT},
        ),
    ],
)

# ---- VVBAD (vvbad.be, Flemish library and archive association; news item) ----------------------
L(
    "vv_memorandum",
    (0, 0, None),
    [
        ("headline", "Memorandum BoekenOverleg - lokale"),
        ("site_text", "Memorandum BoekenOverleg - lokale", {"note": "the title printed a second time: site text"}),
        ("site_text", "19.10.2017", {"note": "publication date line: site text"}),
        ("lede", "Het BoekenOverleg is het platform van"),
        ("paragraph", "Het memorandum bevat een aantal"),
        ("site_text", "IMPORTANT", {"note": "a layout label of the page (English): site text"}),
        (
            "site_text",
            "Cover memorandum BoekenOverleg",
            {"note": "alt text of the memorandum's cover image (no words of its own): site text"},
        ),
        ("subheading", "Kies voor leesplezier in uw gemeente"),
        ("paragraph", "Het BoekenOverleg moedigt steden en"),
        ("paragraph", "Dit memorandum bevat een aantal"),
        ("list_item", "1. Bibliotheken zijn een essentieel", {"note": "first numbered demand; " + CUT}),
    ],
)

# ---- Business Vlaanderen (businessvlaanderen.be, regional business magazine; interview) --------
L(
    "bv_kortrijk",
    (0, 0, None),
    [
        (
            "headline",
            "“Ondersteunen van lokale economie is",
            {"note": "the title is a quote in quotation marks; " + CLEAN},
        ),
        ("lede", "Het Texas van Vlaanderen leeft meer"),
        (
            "paragraph",
            "BV: Wat drijft ondernemingen naar",
            {"note": "interview question with the magazine's label 'BV:'"},
        ),
        ("paragraph", "Vincent Van Quickenborne: “Ze weten"),
        ("paragraph", "BV: Die creatieve maakbedrijven"),
        ("paragraph", "“Van de 34 hectare verkoopbare"),
        ("paragraph", "BV: Welke evoluties zijn er in"),
        ("paragraph", "“Momenteel zijn we bezig met de", {"note": CUT}),
    ],
)

# ---- Voorwaarts KKC (voorwaartskkc.be, korfball club, Edegem; match report) --------------------
L(
    "vw_korfbal",
    None,
    [
        ("lede", "De laatste thuiswedstrijden van", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Ons tweede team bracht erg dynamisch"),
        (
            "subheading",
            "Topleague B: Voorwaarts/Molinos -",
            {"note": "result line heading the team's line-up (doubtful: could be a paragraph)"},
        ),
        ("list_item", "Aanval: Liam Van Hoof"),
        ("list_item", "Verdediging: Hendrik Peeters"),
        ("list_item", "Wisselspelers: Leon Geurts"),
        ("paragraph", "Het eerste team nam een blitz-start"),
        ("paragraph", "Meer scherpte bij Leuven in de", {"note": CUT}),
    ],
)

# ---- TRAXIO (traxio.be, Belgian car-trade federation; magazine interview) ----------------------
L(
    "tx_corner",
    (0, 0, None),
    [
        (
            "headline",
            'Corner: "Schaalvergroting verhoogt',
            {"note": "the title with its rubric 'Corner:' on the same line, kept in the headline"},
        ),
        ("lede", "En waarom de handen niet in elkaar"),
        ("site_text", "10/09/2018", {"note": "publication date line: site text"}),
        (
            "paragraph",
            "Eenvoudiger en efficiënter: in een",
            {"note": "holds the editor's placeholder 'XXX' as extracted: article text"},
        ),
        (
            "paragraph",
            "TRAXIO Magazine // Men kan jullie",
            {"note": "interview question opened by the interviewer label 'TRAXIO Magazine //': kept in the paragraph"},
        ),
        ("paragraph", "Patrick Godart: “Van opleiding ben"),
        ("paragraph", "Nicolas Pirson: “Bij Hocké sta ik in", {"note": CUT}),
    ],
)

# ---- KA Mortsel (kamortsel.blogspot.com, secondary school's blog; news post) -------------------
L(
    "km_start",
    None,
    [
        ("lede", "Het nieuwe schooljaar is drie dagen", {"note": NOTITLE}),
        ("paragraph", "Om iedereen snel de weg te wijzen"),
        ("paragraph", "Ook de nieuwe leerlingen toerisme"),
        ("paragraph", "Heel wat leerlingen zijn dit jaar"),
        ("paragraph", "September op school: het is een"),
        ("paragraph", "Veel succes, iedereen!"),
        (
            "site_text",
            "Geen opmerkingen:",
            {"note": "the blog's comment widget ('Geen opmerkingen:' / 'Een reactie posten'): site text, one block"},
        ),
    ],
)

# ---- Uitvaart Vlaanderen (uitvaartvlaanderen.be, funeral-sector news site; short item) ----------
L(
    "uv_schoonselhof",
    None,
    [
        ("lede", "De week van de begraafplaatsen is", {"note": NOTITLE}),
        (
            "site_text",
            "Atv maakte hieromtrent een mooie",
            {
                "note": "lead-in to an embedded video of another outlet (ATV), the video itself not extracted: site text "
                "(doubtful: could be read as the item's last sentence)"
            },
        ),
    ],
)

# ---- Bouwen en Wonen (bouwenwonen.net, Belgian construction news site; article) -----------------
L(
    "bw_renovatie",
    (1, 0, None),
    [
        ("site_text", "Verbouwen", {"note": "section label above the title: site text"}),
        ("headline", "Vlaanderen maakt 1 miljard vrij voor"),
        ("site_text", "Vlaanderen maakt 1 miljard vrij voor", {"note": "the title printed a second time: site text"}),
        ("lede", "De Vlaamse regering geeft tijdens"),
        ("paragraph", "De sector verwacht dat deze"),
        ("subheading", "Verplicht renoveren bij overdracht"),
        ("paragraph", "De VCB verwacht veel van de maatregel"),
        ("subheading", "Bouwbedrijven moeten draagwijdte"),
        ("paragraph", "De administratieve vereenvoudiging", {"note": CUT}),
    ],
)

# ---- FLEET (fleet.be, Belgian fleet magazine; editorial of an issue) ----------------------------
L(
    "fl_fleet84",
    (0, 0, None),
    [
        ("headline", "FLEET 84", {"note": "the page title: the magazine's issue name"}),
        ("lede", "In dit nummer van FLEET openen we"),
        ("paragraph", "Maar wat misschien nog belangrijker"),
        ("paragraph", "In een ander hoofdartikel in deze"),
        ("paragraph", "En alsof dat allemaal nog niet"),
        (
            "site_text",
            "Schrijf u nu in op FLOW, de",
            {"note": "promo for the magazine's newsletter: site text; " + CUT},
        ),
    ],
)

# ---- Erfgoedcel Leuven (erfgoedcelleuven.be, city heritage office; exhibition item) -------------
L(
    "el_scorpio",
    (0, 0, None),
    [
        ("headline", "Scorpio 40"),
        ("lede", "15 oktober viert Radio Scorpio zijn"),
        ("paragraph", "Radio Scorpio, de vrije, alternatieve"),
        ("paragraph", "De expo in de inkomhal van Cinema"),
        ("paragraph", "Scorpio kijkt ook naar de toekomst"),
        (
            "site_text",
            "Voor meer info: https://www.facebook",
            {"note": "event link line: site text (doubtful: could be read as the item's practical info)"},
        ),
        ("paragraph", "Bij een verjaardag hoort ook een"),
        ("site_text", "Voor meer info: https://www.facebook", {"note": "second event link line: site text"}),
        (
            "site_text",
            "- Naam",
            {"note": "the page's event fact box (Naam, Datum, Locatie, Website, Type): site text, one block"},
        ),
        ("site_text", "- Naam", {"note": "the fact box printed again (in part): site text"}),
        (
            "site_text",
            "Leuvens erfgoed, doe mee",
            {"note": "the site's standing promo ('Activiteiten', 'Organisaties' ...): site text, one block; " + CUT},
        ),
    ],
)

# ---- Clubracer (clubracer.be, Belgian sailing news site; article) --------------------------------
L(
    "cr_zeezeilen",
    (0, 0, None),
    [
        ("headline", "Sectie zeezeilen anno 2007"),
        (
            "site_text",
            ">",
            {"note": "a lone '>' left by the extraction, glued before the lede's first word: site text"},
        ),
        ("lede", "De winterperiode leent zich"),
        ("paragraph", "Via het Clubracer Forum konden we"),
        ("paragraph", "Tussen de lijnen lezen we ook de"),
        ("paragraph", "Uit goede bron vernamen we enige tijd"),
        ("paragraph", "De VYF – VVW gedachte was de malaise"),
        ("paragraph", "Onze redactie kon ook al de nieuwe"),
    ],
)

# ---- Nieuws uit Buggenhout (nieuwsuitbuggenhout.be, local news site; short item) ---------------
L(
    "nb_alvat",
    (0, 0, None),
    [
        (
            "headline",
            "Alvat: gemeenteraad Dendermonde",
            {"note": "the title with its rubric 'Alvat:' kept in the headline"},
        ),
        ("lede", "Tijdens de jongste gemeenteraad in"),
        ("paragraph", "Welke is de reactie van de bevoegde"),
        ("byline", "Steven Creyelman", {"note": "author's name and function signing the item: byline, one block"}),
        (
            "site_text",
            "Misschien bent u ook geïnteresseerd",
            {"note": "heading of the related-items list (the list itself not extracted): site text"},
        ),
    ],
)

# ---- Sint-Sebastiaansgilde Herentals (sintsebastiaan-herentals.be, archers' guild; report) ------
L(
    "ss_koning",
    (1, 0, " |"),
    [
        ("site_text", "WELKOM | VERENIGING | BOOGSCHIETEN", {"note": "the site's menu: site text"}),
        ("headline", "Koningsschieting 2014", {"tail": " |\n|", "note": "the page title; " + PIPES}),
        (
            "lede",
            "De Koningsschieting is een van de",
            {
                "tail": " |\n|",
                "note": "the report is one paragraph, including its pointers to a photo report and to the "
                "guild paper; " + PIPES,
            },
        ),
        ("caption", "De koningsbreuk", {"tail": " |\n|", "note": "photo caption; " + PIPES}),
        ("caption", "De nieuwe koning en zijn gade", {"tail": " |\n|", "note": "photo caption; " + PIPES}),
        (
            "paragraph",
            "Een koningsschieting is een oud",
            {"tail": "|", "note": "a lone '|' on the next line is table-cell residue: its tail"},
        ),
    ],
)

# ---- Heemkring Campenholt (campenholt.be, local heritage circle, Kampenhout; visit report) -------
L(
    "ch_semse",
    (1, 0, None),
    [
        ("site_text", "Activiteiten - verslagen", {"note": "section label above the title: site text"}),
        ("headline", "Bezoek van de heemkring 'Campenholt'", {"note": "the title with the visit's date in brackets"}),
        ("lede", "Op zaterdag 20 april 2013 bracht een"),
        ("paragraph", "Campenholt werd er verwelkomd door"),
        ("paragraph", "Deze laatste schetste een korte"),
        ("paragraph", "Het doel van de heemkring was"),
        ("paragraph", "Voor haar uitbouw en werking heeft"),
        ("paragraph", "Dhr. Louis Van Releghem onderstreepte"),
        ("paragraph", "Al kan een heemkring rekenen op"),
        ("paragraph", "de Semse geeft een maandelijks"),
        ("paragraph", "De voorzitter beveelt ook aan te"),
        ("paragraph", "Een heemkring moet er voor zorgen dat"),
        ("list_item", "1. heemkundige taken met name het"),
        ("list_item", "2. hulp bieden bij"),
        ("list_item", "3. beschikken over een", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

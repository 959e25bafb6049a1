#!/usr/bin/env python3
"""Rebuild structure blind set 61 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language pages of sixteen MAINSTREAM news outlets, eight Dutch (NOS,
Omroep Brabant, De Telegraaf, PZC, De Gelderlander, Noordhollands Dagblad, de Volkskrant, Het
Parool) and eight Flemish (Het Nieuwsblad, De Morgen, HLN, Metro, Knack, Focus-WTV, TVL, Krant van
West-Vlaanderen). They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind61 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block runs
from its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = up to that string). Standard library only; the cutting is done by
tests/data/page_store_build.py. Labelled blind, as a development set (not held out).
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
    "nos_debat": (
        "https://nos.nl/video/2375108-14-uur-debat-in-ruim-3-minuten-een-motie-van-afkeuring-en-rutte-door-het-stof.html",
        None,
    ),
    "ob_nosapp": (
        "https://www.omroepbrabant.nl/nieuws/2930526/Alle-Omroep-Brabant-berichten-straks-ook-in-de-NOS-app",
        "2019-02",
    ),
    "tg_eredivisie": (
        "https://www.telegraaf.nl/sport/1352313744/live-eredivisie-heerenveen-op-voorsprong-in-groningen",
        "2021-09",
    ),
    "pzc_column": (
        "https://www.pzc.nl/dordrecht/aanneemcombinatie-de-groene-waarden-mag-de-laatste-7-kilometer-van-de-a27-verbreden~abbbc65a/",
        None,
    ),
    "gl_gemist": (
        "https://www.gelderlander.nl/home/nieuws-gemist-theo-redde-zn-rolex-van-bende-in-barcelona-deze-broers-en-zus-bouwen-4x4-campers~a2293587/",
        None,
    ),
    "nhd_wielertoer": (
        "http://www.noordhollandsdagblad.nl/sport/sportwestfriesland/article29038240.ece/Hoornaar-organiseert-wielertoer-door-provincie_",
        None,
    ),
    "vk_klimaat": (
        "https://www.volkskrant.nl/wetenschap/warmt-co2-het-klimaat-echt-wel-op-en-nog-drie-knellende-vragen-die-klimaatsceptici-vaak-stellen~be29fd8a/",
        None,
    ),
    "pr_wethouders": (
        "https://www.parool.nl/amsterdam/dit-zijn-de-nieuwe-wethouders-van-amsterdam-4-bekenden-5-nieuwe-gezichten-1-grote-verrassing~b53eb7dc/",
        "2022-05",
    ),
    "nb_decroo": ("https://www.nieuwsblad.be/cnt/dmf20200930_96578507", None),
    "dm_twitter": (
        "https://www.demorgen.be/nieuws/twitter-is-niet-alleen-slecht-voor-de-gezondheid-je-reputatie-kan-er-ook-onder-lijden-joel-de-ceulaer-houdt-het-twitteren-even-voor-bekeken~bcb608ed/",
        None,
    ),
    "hln_vrtbrand": ("https://www.hln.be/regio/brussel/brand-in-vrt-gebouw~a6f60039/", "2018-08"),
    "mt_gemeenteraad": (
        "https://nl.metrotime.be/2019/01/07/news/antwerpse-gemeenteraad-geinstalleerd-bourgondische-coalitie-kan-starten/",
        None,
    ),
    "kn_regering": (
        "http://www.knack.be/nieuws/belgie/wie-laat-de-regering-vallen/article-analyse-945581.html",
        "2018-01",
    ),
    "fw_politiezones": ("https://focus-wtv.be/justitie/minder-budget-voor-politiezones-de-grensstreek", None),
    "tvl_genk": ("https://www.tvl.be/nieuws/spelers-racing-genk-verzamelen-voor-eerste-training-155345", None),
    "kw_radio2": (
        "https://kw.be/nieuws/media/radio/facebookgroep-radio-2-west-vlaanderen-moet-blijven-herleeft/",
        "2022-08",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "photo credit glued to the caption: its site_text_tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ================================ Dutch outlets ================================================

# ---- NOS (nos.nl, national broadcaster; video page with its text) -------------------------------
L(
    "nos_debat",
    (1, 0, None),
    [
        ("site_text", "NOS Nieuws", {"note": "brand / section label above the title: site text"}),
        ("headline", "14 uur debat in een kleine 4 minuten:"),
        ("lede", "Demissionair premier Rutte had het", {"note": "the video's description, the page's only text"}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, regional broadcaster; short news item) -------------------
L(
    "ob_nosapp",
    None,
    [
        ("lede", "EINDHOVEN - Berichten van Omroep", {"note": NOTITLE + "; place dateline kept in the lede; " + CLEAN}),
        ("paragraph", "Op termijn zijn ook landelijke"),
        ("paragraph", "Elke gebruiker van de NOS-app kan"),
        ("subheading", "'Nog een groter publiek'"),
        ("paragraph", "Hoofdredacteur Renzo Veenstra van"),
        ("paragraph", "De komende weken worden de"),
        ("subheading", "'Een belangrijk moment'"),
        ("paragraph", '"Met deze stap kunnen we het bereik'),
    ],
)

# ---- De Telegraaf (telegraaf.nl, national newspaper; football round-up / live page) -------------
L(
    "tg_eredivisie",
    None,
    [
        ("lede", "Het duel tussen Feyenoord en Heracles", {"note": NOTITLE}),
        ("subheading", "NEC\n\nNEC Nijmegen", {"note": "club name as section title of the round-up"}),
        ("paragraph", "NEC Nijmegen is er niet in geslaagd"),
        ("caption", "Souffian El Karouani van NEC in de", {"tail": "Ⓒ ANP", "note": CREDIT}),
        ("subheading", "ZATERDAG", {"note": "day heading of the round-up"}),
        ("subheading", "Ajax\n\nAjax heeft"),
        ("paragraph", "Ajax heeft zaterdagavond een moeizame"),
        (
            "caption",
            "Sebastien Haller Ⓒ Pro Shots",
            {"tail": "Ⓒ Pro Shots", "note": "caption naming the player; " + CREDIT},
        ),
        ("subheading", "PSV\n\nPSV heeft"),
        ("paragraph", "PSV heeft zaterdagavond mede dankzij"),
        ("site_text", "Ⓒ Pro Shots", {"note": "a caption that is only a credit: site text"}),
        ("subheading", "FC Twente\n\nEerder"),
        ("paragraph", "Eerder op de zaterdag bezorgde Robin"),
        (
            "site_text",
            "Bekijk hier de stand, uitslagen en het",
            {"note": "link line to the site's standings page: site text"},
        ),
        (
            "subheading",
            "Programma en uitslagen",
            {
                "note": "the results and fixtures list closing the report: taken as article text (doubtful: could be a site widget)"
            },
        ),
        ("subheading", "Zaterdag\n\nFC Twente"),
        ("list_item", "FC Twente - FC Utrecht 1-0"),
        ("list_item", "PEC Zwolle - Ajax 0-2"),
        ("list_item", "SC Cambuur - Go Ahead Eagles 5-2"),
        ("list_item", "AZ - PSV 0-3"),
        ("subheading", "Zondag\n\n12.15"),
        ("list_item", "12.15 uur: NEC - Willem II 0-0"),
        ("list_item", "14.30 uur: Sparta - Fortuna Sittard"),
        ("list_item", "14.30 uur: SC Heerenveen - FC Groning"),
        ("list_item", "16.45 uur: RKC Waalwijk - Vitesse"),
    ],
)

# ---- PZC (pzc.nl, regional newspaper; opinion column) --------------------------------------------
L(
    "pzc_column",
    (0, 0, None),
    [
        (
            "headline",
            "COLUMN Nu even geen puntjes voor de",
            {"note": "the column's title with its genre kicker 'COLUMN' on the same line, kept in the headline"},
        ),
        (
            "lede",
            "Als columnist - en ik doe dit werk",
            {
                "note": "the excerpt ends after the first paragraph; "
                + CLEAN
                + " (the url's slug names another article: store's pairing)"
            },
        ),
    ],
)

# ---- De Gelderlander (gelderlander.nl, regional newspaper; 'Nieuws gemist' round-up) -------------
L(
    "gl_gemist",
    None,
    [
        (
            "lede",
            "MARCOUCH VS GILLIS | De gemeente",
            {"note": NOTITLE + "; each item opens with its capitalised heading glued before ' | ' (kept in the item)"},
        ),
        (
            "paragraph",
            "BETUWSE DOODGESCHOTEN | Bij een",
            {"tail": "Lees meer.", "note": "link 'Lees meer.' glued at the end: tail"},
        ),
        ("paragraph", "GROTE BRAND BIJ BEDRIJF LANGS A50 |"),
        ("paragraph", "CORONAGOLF PIEKT TIJDENS VIERDAAGSE |", {"tail": "Lees meer en bekijk de video."}),
        ("paragraph", "JUDITH (31), EXPERT IN ROUWVERWERKING", {"tail": "Lees meer."}),
        ("paragraph", "4X4 CAMPERS | Hagelnieuwe", {"tail": "Lees meer."}),
        ("paragraph", "OUTDOOR IN DE ACHTERHOE", {"note": CUT + " (inside the item heading)"}),
    ],
)

# ---- Noordhollands Dagblad (noordhollandsdagblad.nl, regional newspaper; sports preview) ---------
L(
    "nhd_wielertoer",
    (0, 0, None),
    [
        ("headline", "Hoornaar organiseert wielertoer door"),
        ("lede", "HOORN - Hoewel Strade Bianche nog", {"note": "intro with its place dateline"}),
        (
            "byline",
            "Door Robbert Daalder - 27-2-2017,",
            {
                "tail": "- 27-2-2017, 20:00 (Update",
                "note": "author line; the publication / update date glued to it: tail",
            },
        ),
        (
            "paragraph",
            ",,Deze weg is er slecht aan toe”,",
            {
                "tail": "...",
                "note": "paywall teaser cut by the site: the '...' is its tail (doubtful: could be left in the text)",
            },
        ),
    ],
)

# ---- de Volkskrant (volkskrant.nl, national newspaper; analysis / fact check) --------------------
L(
    "vk_klimaat",
    (2, 0, None),
    [
        ("site_text", "null", {"note": "extraction residue ('null' for a missing image text): site text"}),
        ("site_text", "AnalyseKlimaat", {"note": "genre and section labels glued on their own line: site text"}),
        ("headline", "Warmt CO2 het klimaat echt wel op? (en"),
        ("site_text", "Beeld Koen Hauser", {"note": "a caption that is only a credit: site text"}),
        ("lede", "Als een veenbrand wordt het debat over"),
        ("byline", "Maarten Keulemans"),
        ("site_text", "null Beeld", {"note": "image residue with an empty credit: site text"}),
        (
            "quote",
            "‘Klimaatverandering is van alle",
            {"note": "the sceptics' claim under check, set off as a quote"},
        ),
        (
            "paragraph",
            "Guus Berkhout en Dick Thoenes in",
            {"note": "source of the quoted claim (doubtful: could be the quote's attribution)"},
        ),
        ("subheading", "HALF WAAR", {"note": "the fact check's verdict label"}),
        ("paragraph", "Laat het even inwerken. Zó zag"),
        (
            "site_text",
            "null Beeld British Antarctic Survey",
            {"note": "image residue and its credit printed twice: site text, one block"},
        ),
        ("paragraph", "Kijk over je schouder naar het"),
        ("paragraph", "‘Natuurlijk, het klimaat verandert"),
        ("paragraph", "Neem het aflopen van de laatste", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, Amsterdam newspaper; background on the new aldermen) ----------------
L(
    "pr_wethouders",
    None,
    [
        (
            "caption",
            "Marjolein Moorman en Rutger Groot",
            {"tail": "Beeld Jakob van Vliet", "note": NOTITLE + "; lead photo caption; " + CREDIT},
        ),
        ("lede", "De komende vier jaar kent Amsterdam"),
        ("paragraph", "Met vijf frisse wethouders is de"),
        ("paragraph", "Enkel Shula Rijxman (D66) en Rochdale"),
        ("subheading", "PvdA\n\nMarjolein Moorman (48)", {"note": "party heading of the list of aldermen"}),
        ("subheading", "Marjolein Moorman (48): Onderwijs,", {"note": "name and portfolio heading of one alderman"}),
        (
            "caption",
            "Marjolein Moorman Beeld Jakob van",
            {"tail": "Beeld Jakob van Vliet", "note": "portrait caption (the name); " + CREDIT},
        ),
        ("paragraph", "Vier jaar geleden kreeg Marjolein"),
        ("paragraph", "Een andere portefeuille,"),
        ("paragraph", "Moorman, voormalig", {"note": CUT}),
    ],
)

# ================================ Flemish outlets ==============================================

# ---- Het Nieuwsblad (nieuwsblad.be, national newspaper; video item) -----------------------------
L(
    "nb_decroo",
    None,
    [("lede", "België heeft er lang moeten opwachten", {"note": NOTITLE + "; the whole item; " + CLEAN})],
)

# ---- De Morgen (demorgen.be, national newspaper; first-person piece) -----------------------------
L(
    "dm_twitter",
    (2, 0, None),
    [
        ("site_text", "Maandag 04/07/2022", {"note": "date line: site text"}),
        ("site_text", "GetuigenisTwitter", {"note": "genre and topic labels glued on their own line: site text"}),
        ("headline", "‘Twitter is niet alleen slecht voor de"),
        ("caption", "‘Twitter is gelijk het leven zelve:", {"tail": "Beeld Lorenzo Matteucci", "note": CREDIT}),
        (
            "site_text",
            "‘Twitter is gelijk het leven zelve:",
            {"note": "the caption printed again (credit glued): the second copy is site text"},
        ),
        ("lede", "Het kan er ontzettend boeiend zijn,"),
        ("byline", "Joël De Ceulaer"),
        ("paragraph", "Ik sukkel al enkele maanden met een"),
        ("paragraph", "Ik weet hoe ik mij die symptomen op"),
        ("paragraph", "Ik durf de hoeveelheid tijd die ik zo", {"note": CUT}),
    ],
)

# ---- HLN (hln.be, national newspaper; short Brussels item) ---------------------------------------
L(
    "hln_vrtbrand",
    (0, 0, " 07 augustus 2018"),
    [
        (
            "headline",
            "Brand in VRT-gebouw 07 augustus 2018",
            {
                "tail": "07 augustus 2018",
                "note": "the title with the publication date glued after it: the date is its tail",
            },
        ),
        (
            "lede",
            "Er is gistermiddag een brand",
            {
                "tail": "(DCFS)",
                "note": "the whole item; the author's initials '(DCFS)' glued at the end: tail (doubtful: could be read as a byline)",
            },
        ),
    ],
)

# ---- Metro (nl.metrotime.be, national free daily; news item from an agency) ----------------------
L(
    "mt_gemeenteraad",
    None,
    [
        ("lede", "In Antwerpen heeft vanavond de", {"note": NOTITLE}),
        ("paragraph", "Na de eedaflegging van de"),
        ("site_text", "bron: Belga", {"note": "source line on its own: site text"}),
    ],
)

# ---- Knack (knack.be, national news weekly; analysis teaser) ------------------------------------
L(
    "kn_regering",
    None,
    [
        ("lede", "De federale regering strompelt", {"note": NOTITLE + "; the analysis' intro"}),
        ("site_text", "...", {"note": "the teaser's truncation mark on its own line (paywall): site text"}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West Flemish regional TV; news item) --------------------------------
L(
    "fw_politiezones",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label above the title: site text"}),
        ("headline", "Minder budget voor politiezones in de"),
        ("site_text", "Je moet ingelogd zijn om gratis", {"note": "login notice of the video player: site text"}),
        ("lede", "Vijf West-Vlaamse politiezones zien"),
        ("paragraph", "Onbegrijpelijk, zegt hij, zeker nu in"),
        ("byline", "Ben Storme", {"note": "reporter's name closing the item"}),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; sports item) ----------------------------------------------
L(
    "tvl_genk",
    (1, 0, None),
    [
        ("site_text", "Sport", {"note": "section label above the title: site text"}),
        ("headline", "Spelers Racing Genk verzamelen voor"),
        ("site_text", "embed", {"note": "video player's embed button: site text"}),
        ("byline", "door Niels Christiaens"),
        ("lede", "Bij Racing Genk zit de eerste", {"note": "the whole item"}),
    ],
)

# ---- Krant van West-Vlaanderen (kw.be, regional weekly; media news) ------------------------------
L(
    "kw_radio2",
    None,
    [
        ("lede", "Er zit weer beweging in de", {"note": NOTITLE}),
        (
            "paragraph",
            "Stefaan heeft jaren geleden meegedaan",
            {
                "tail": "(lees verder onder de Facebookpost)",
                "note": "reading pointer around an embedded post glued at the end: tail",
            },
        ),
        ("subheading", "Stem laten horen"),
        ("paragraph", "Daarnaast zal het sappige taaltje van"),
        ("paragraph", "Met de Facebookgroep wil hij vooral"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

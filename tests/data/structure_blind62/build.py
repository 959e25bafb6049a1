#!/usr/bin/env python3
"""Rebuild structure blind set 62 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages of sixteen mainstream Dutch-language outlets, eight Dutch
(NOS, Omroep Gelderland, Reformatorisch Dagblad, RTV Noord, De Gelderlander, De Telegraaf, Trouw,
NH Nieuws) and eight Flemish (Sporza / VRT, HLN, TVL, BRUZZ, De Morgen, Het Belang van Limburg,
Het Nieuwsblad, Knack). They come from the `search` tool's "pages" corpus (stored public web pages,
text as the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept,
as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the
texts stay in /work/data/structure-blind62 and are NOT for the project repository. Only the labels
(ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER
(the first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
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
    "nos_debat": (
        "https://nos.nl/liveblog/2413534-van-der-staaij-rutte-is-als-vervellende-slang-cda-kabinet-moet-vertrouwen-burger-herwinnen",
        None,
    ),
    "sp_clubbrugge": ("http://sporza.be/cm/sporza/voetbal/Jupiler_Pro_League/1.3197490", "2018-05"),
    "og_nieuws": (
        "http://www.omroepgelderland.nl/nieuws/2124089/Wildwestachtervolging-files-en-een-kerstontbijt-dit-is-het-nieuws-van-23-december",
        None,
    ),
    "rd_zuidoost": (
        "https://www.rd.nl/artikel/1107683-zwaargewonde-vrouw-aangetroffen-in-woning-in-amsterdam-zuidoost",
        None,
    ),
    "hln_dewever": (
        "https://www.hln.be/nieuws/binnenland/de-wever-geen-burgemeester-meer-daar-ga-ik-niet-van-uit~aa6cce9b/?utm_medium=rss&utm_content=Net%20binnen",
        None,
    ),
    "rtvn_dreun": (
        "https://www.rtvnoord.nl/nieuws/203880/Doffe-dreun-en-boem-gevoeld-in-Sappemeer-en-omgeving",
        "2019-01",
    ),
    "tvl_hasselt": ("https://www.tvl.be/nieuws/n-va-boos-geen-extra-gemeenteraad-in-hasselt-34164", None),
    "bz_fietsenmakers": (
        "https://bruzz.be/videoreeks/maandag-6-november-2023/video-drukte-bij-de-brusselse-fietsenmakers-elk-jaar-16000",
        None,
    ),
    "gl_oekraine": (
        "https://www.gelderlander.nl/buitenland/live-oekraine-russisch-offensief-in-oosten-begonnen-poetin-geeft-eretitel-aan-brigade-boetsja~aa7abff4/",
        None,
    ),
    "tg_klimaat": (
        "https://www.telegraaf.nl/nieuws/1187167959/dit-is-waarom-het-weer-doemberichten-over-het-klimaat-regent",
        "2022-10",
    ),
    "tr_toeslagen": (
        "https://www.trouw.nl/binnenland/hoe-het-herstel-van-de-toeslagenaffaire-verzandt-en-fatima-daarvan-de-dupe-blijft~bc00655e/",
        None,
    ),
    "nh_ajaxpsv": (
        "https://www.nhnieuws.nl/nieuws/n23336/ajax-knokt-zich-tegen-psv-terug-na-vroege-achterstand-in-enerverende-topper",
        None,
    ),
    "dm_opinie": (
        "https://www.demorgen.be/meningen/alle-indicatoren-staan-op-rood-leed-zal-ons-deel-zijn-de-opiniestukken-van-2020~b2391ab0/",
        None,
    ),
    "hbvl_asiel": ("https://www.hbvl.be/cnt/dmf20230118_65622736", "2023-01"),
    "nb_weyts": ("https://www.nieuwsblad.be/cnt/dmf20220128_96685501", None),
    "kn_decroo": (
        "https://www.knack.be/nieuws/belgie/regering-de-croo-verdedigt-zich-tijdens-openingsdebat-laat-ons-samenwerken/live-normal-1643911.html",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
DATE = "publication date line: site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; liveblog of a Kamer debate) ------------------------------
L(
    "nos_debat",
    (2, 0, None),
    [
        ("site_text", "liveblog", {"note": "genre label on its own line above the title: site text"}),
        (
            "site_text",
            "NOS NieuwsAangepast",
            {"note": "brand name with the glued status label 'Aangepast' (edited): site text"},
        ),
        ("headline", "Van der Staaij: Rutte is als"),
        (
            "list_item",
            "• Vandaag en morgen debatteert",
            {"note": "the liveblog's bulleted summary under the title: one list_item a line"},
        ),
        ("list_item", "• Regeringspartij VVD wil dat"),
        ("list_item", "• Er was ook een clash tussen"),
        ("list_item", "• Oppositiepartijen hebben kritiek"),
        (
            "list_item",
            "• Het debat is ook te volgen via",
            {"note": "pointer to the livestream, kept as a summary item (doubtful: could be site text)"},
        ),
        ("site_text", "liveblog gesloten", {"note": "status line of the liveblog: site text"}),
        ("subheading", "Debat afgelopen", {"note": "title of a liveblog entry"}),
        ("paragraph", "Het gaat morgen om 10.15 verder"),
        ("subheading", "Omtzigt wil toezegging dat ministers"),
        ("paragraph", "Kamerlid Omtzigt wil morgen van"),
        ("paragraph", "Rutte liet non-verbaal merken"),
        ("subheading", "Serieuze kritiek, maar ook kwinkslag"),
        ("paragraph", "SGP-leider Van der Staaij maakt zich"),
        ("paragraph", "Van der Staaij vergelijkt Rutte met"),
        (
            "caption",
            "Van der Staaij: kabinetten Rutte zijn",
            {"note": "title of the embedded video: caption (doubtful: could be site text)"},
        ),
        ("paragraph", "Definiti", {"note": CUT}),
    ],
)

# ---- Sporza (sporza.be, VRT's sports site; pundit's column) ---------------------------------------
L(
    "sp_clubbrugge",
    None,
    [
        ("lede", "Club Brugge is de oververdiende", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Daardoor waren ze in het najaar wel"),
        ("paragraph", "Ze hebben vooral altijd en overal"),
        ("paragraph", "Club Brugge was vaak een plezier om"),
    ],
)

# ---- Omroep Gelderland (omroepgelderland.nl, NL regional broadcaster; the day's news) -------------
L(
    "og_nieuws",
    None,
    [
        (
            "lede",
            "ARNHEM - Een rechtszaak naar",
            {
                "tail": "Dit is het nieuws van vrijdag",
                "note": NOTITLE
                + "; place dateline kept; the round-up's closing formula 'Dit is het nieuws van vrijdag 23 december.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; the page was labelled clean)",
            },
        ),
        ("paragraph", "Een wildwestachtervolging die eindigt"),
        ("subheading", "Files, files en nog eens files"),
        (
            "paragraph",
            "Het aantal files in Gelderland is",
            {
                "tail": "Omroep Gelderland duikt in het",
                "note": "the plug for the broadcaster's own programme glued to its end ('Omroep Gelderland duikt in het vraagstuk, het antwoord hoort u op TV Gelderland en leest u op de site.') its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme')",
            },
        ),
        ("subheading", "Kerstontbijtje"),
        ("paragraph", "En net voor de kerstvakantie"),
    ],
)

# ---- Reformatorisch Dagblad (rd.nl, NL national newspaper; short news item) -----------------------
L(
    "rd_zuidoost",
    None,
    [
        ("lede", "Wat er precies is gebeurd, is nog", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Volgens de woordvoerster bestond in"),
        ("paragraph", "De politie onderzoekt het incident"),
    ],
)

# ---- HLN (hln.be, Flemish newspaper site; short news item) ---------------------------------------
L(
    "hln_dewever",
    None,
    [
        ("site_text", "13 oktober 2018", {"note": DATE + "; " + NOTITLE}),
        ("lede", "Op de vraag of Bart De Wever (N-VA)", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster; news item) ----------------------------------
L(
    "rtvn_dreun",
    None,
    [
        ("lede", "'Een boem' en een 'doffe dreun en", {"note": NOTITLE}),
        ("paragraph", "De eerste melding van een aardbeving"),
        ("paragraph", "In de minuten erna komen"),
        ("paragraph", "Wat de oorzaak is van de trillingen"),
        (
            "site_text",
            "Lees ook:",
            {"note": "'Lees ook:' with its link to the site's dossier: site text, one block"},
        ),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; news item) -------------------------------------------------
L(
    "tvl_hasselt",
    (1, 0, None),
    [
        ("site_text", "Politiek", {"note": "section label on its own line above the title: site text"}),
        ("headline", "N-VA boos, geen extra gemeenteraad in"),
        ("site_text", "embed", {"note": "video embed residue: site text"}),
        (
            "byline",
            "door Thomas Vandenreyt",
            {"note": "author line glued before the lede on one line: split off as the byline"},
        ),
        ("lede", "In Hasselt zijn N-VA en Open VLD boos"),
    ],
)

# ---- BRUZZ (bruzz.be, Brussels Flemish news brand; video news item) -------------------------------
L(
    "bz_fietsenmakers",
    None,
    [
        ("lede", "Brussel telt steeds meer fietsers", {"note": NOTITLE + "; the whole item is one paragraph"}),
        (
            "site_text",
            "Lees meer over: BRUZZ 24 , Brussel",
            {"note": "tag line ('Lees meer over:' and the item's tags): site text"},
        ),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional newspaper; liveblog header) --------------------
L(
    "gl_oekraine",
    (0, 0, None),
    [
        ("headline", "LIVE | Oekraïne: Russisch offensief", {"note": "the title with its kicker 'LIVE |' glued"}),
        (
            "site_text",
            "Oorlog Oekraïne",
            {"note": "topic label glued before the intro's first word ('Oorlog OekraïneHet'): split off as site text"},
        ),
        (
            "lede",
            "Het verwachte offensief van het",
            {
                "tail": "Volg in dit liveblog het laatste",
                "note": "the liveblog intro; its closing 'Volg in dit liveblog …' the tail (relabelled stop 51 to STRUCTURE_CONVENTIONS.md; was article text)",
            },
        ),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national newspaper; explainer) -------------------------------
L(
    "tg_klimaat",
    (1, 0, None),
    [
        ("site_text", "Premium Het beste van De Telegraaf", {"note": "paywall label and promo line: site text"}),
        (
            "headline",
            "Vijf vragen: Dit is waarom het weer",
            {"note": "the title with its genre kicker 'Vijf vragen:' glued"},
        ),
        (
            "byline",
            "Door Edwin Timmer",
            {"tail": "Kopieer naar clipboard", "note": "author line; the share button text glued after it is its tail"},
        ),
        (
            "caption",
            "Niemand voert zo’n ingrijpend",
            {"tail": "Ⓒ ANP", "note": "photo caption; the agency credit glued to it is its tail"},
        ),
        ("lede", "Terwijl klimaatactivisten zich", {"note": "the intro; the excerpt ends with it (paywall)"}),
    ],
)

# ---- Trouw (trouw.nl, NL national newspaper; background piece) ------------------------------------
L(
    "tr_toeslagen",
    (2, 0, None),
    [
        ("site_text", "null", {"note": "extraction residue (an empty image field printed as 'null'): site text"}),
        ("site_text", "Toeslagenaffaire", {"note": "topic label on its own line above the title: site text"}),
        ("headline", "Hoe het herstel van de"),
        ("site_text", "Beeld Berend Vonk", {"note": "image credit on a line of its own: site text"}),
        ("lede", "Alle gedupeerde ouders in de"),
        ("byline", "Jan Kleinnijenhuis", {"note": "author name on its own line"}),
        ("paragraph", "“Mevrouw, het is crisis hier."),
        ("paragraph", "Die 30.000 euro kan Fatima goed"),
        ("paragraph", "Of ze nu haar contactpersoon belt"),
        ("subheading", "30.000 euro compensatie, zo snel"),
        ("paragraph", "Eind december vorig jaar, slechts", {"note": CUT}),
    ],
)

# ---- NH Nieuws (nhnieuws.nl, NL regional broadcaster; match report) ------------------------------
L(
    "nh_ajaxpsv",
    None,
    [
        (
            "lede",
            "Ajax en PSV hebben in een",
            {"note": NOTITLE + "; the first paragraphs are glued into one line by the extractor: one block"},
        ),
        (
            "subheading",
            "Messcherpe start van PSV",
            {"note": "section title glued inline between two paragraphs: split off as a subheading"},
        ),
        ("paragraph", "Ajax-PSV was niet alleen een"),
        (
            "caption",
            "PSV'er Eran Zahavi (tweede van rechts)",
            {"tail": "- Getty", "note": "photo caption; the agency credit glued to it is its tail"},
        ),
        ("paragraph", "Met zijn eerste balcontact van de", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish newspaper; opinion round-up) --------------------------------
L(
    "dm_opinie",
    (2, 0, None),
    [
        ("site_text", "Dinsdag 30/05/2023", {"note": DATE}),
        ("site_text", "Terugblik 2020", {"note": "rubric label on its own line above the title: site text"}),
        ("headline", "‘Alle indicatoren staan op rood."),
        (
            "site_text",
            "null Beeld DM",
            {"note": "image residue 'null' and the credit printed twice: site text, one block"},
        ),
        ("lede", "2020 was niet alleen een annus"),
        ("byline", "Opinieredactie", {"note": "author line (the opinion desk)"}),
        ("subheading", "1. ‘Hoelang gaan we die", {"note": "numbered item title of the list article"}),
        ("paragraph", "David Van Reybrouck heeft het"),
        ("subheading", "2. ‘Boris Johnson heeft me de"),
        ("paragraph", "De Britse topcolumnist Simon Kuper"),
        ("site_text", "null Beeld Bas Bogaerts", {"note": "image residue and credit printed twice: site text"}),
        ("subheading", "3. Aalst Carnaval: spot en satire"),
        ("paragraph", "Waar ligt de grens tussen satire"),
        ("subheading", "4. ‘Laat ik de verwarring"),
        ("paragraph", "‘Er staat een drama op ons te", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional newspaper; news item) ----------------------
L(
    "hbvl_asiel",
    None,
    [
        (
            "caption",
            "Asielzoekers slapen in de kou aan het",
            {"tail": "— © Kristof Vadino", "note": "photo caption; the credit glued to it is its tail; " + NOTITLE},
        ),
        ("lede", "De asielcijfers zijn vorig jaar door"),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish newspaper; analysis teaser) ---------------------------
L(
    "nb_weyts",
    (1, 0, None),
    [
        (
            "site_text",
            "Het tussentijdse rapport van de",
            {"note": "series label on its own line above the title: site text (doubtful: could be read as a kicker)"},
        ),
        ("headline", "Het rapport van Ben Weyts (N-VA):"),
        ("site_text", "©  Dieter Telemans", {"note": "photo credit on a line of its own: site text"}),
        (
            "lede",
            "Onderwijsminister Ben Weyts (N-VA)",
            {"note": "the intro; the article text stops after it (paywall)"},
        ),
        ("byline", "Jens Vancaeneghem", {"note": "author name on its own line"}),
        ("site_text", "Meer over Vlaamse regering", {"note": "topic link: site text"}),
        (
            "site_text",
            "Hoofdpunten",
            {
                "note": "tabs of the site's article lists ('Hoofdpunten / Keuze van de redactie / Video'): site text, one block"
            },
        ),
    ],
)

# ---- Knack (knack.be, Flemish news magazine; liveblog) -------------------------------------------
L(
    "kn_decroo",
    None,
    [
        (
            "site_text",
            "Automatische update:",
            {"note": "liveblog controls (auto-update on/off, sort order): site text, one block; " + NOTITLE},
        ),
        (
            "site_text",
            "Jeroen Kraan",
            {"note": "the author's name under his avatar, printed before the byline: site text"},
        ),
        ("byline", "door Jeroen Kraan"),
        (
            "subheading",
            "De Croo na debat van ruim 15 uur:",
            {
                "note": "title of the latest liveblog entry, not the page title: subheading (doubtful: could be read as the headline)"
            },
        ),
        ("lede", "Aan het einde van een lang debat"),
        ("paragraph", "Het Kamerdebat over de"),
        ("paragraph", "Het was al voorbij middernacht toen"),
        ("paragraph", "'We gaan het doen', zei De Croo over", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

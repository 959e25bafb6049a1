#!/usr/bin/env python3
"""Rebuild structure blind set 41 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch, Surinamese and aggregated news pages of news outlets: Dutch local papers and
sites (Kollum, Coevorden, Emmeloord, Volendam, Dordrecht, Tiel), a Limburg local broadcaster (Beek / Stein),
Dutch trade press (transport, IT, the bar association's magazine, veterinary news), a Dutch women's magazine's
news item, a university newspaper (Twente), a volleyball news site, two Surinamese news sites and an English-
language feed aggregator holding a Dutch NOS item. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts are
kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind41 and are NOT for the project repository. Only the labels (ours) live here,
in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first characters of the
block, at most 38, with an occurrence skip count where needed). A block runs from its marker to the next
block's marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of
site text glued to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into
that block's text (end None = to the block's end; a string = a marker inside the block). Standard library
only; the cutting is done by tests/data/page_store_build.py.
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
    "snl_delegatie": ("https://surinewsline.com/?p=57489", None),
    "pd_fnv": ("https://pipedot.org/6B89R", None),
    "tl_chauffeurs": (
        "https://transportlogistiek.nl/branche/chauffeurstekort-torenhoog-aantal-eigen-rijders-stijgt-drastisch/",
        None,
    ),
    "bo_portefeuille": ("https://www.bieos-omroep.nl/2archief2/portefeuilleverdeling-college-bw-aangepast-2/", None),
    "kc_dorpen": ("https://kollumercourant.nl/artikel/570029/beleefd-protest-kleine-dorpen.html", None),
    "fl_staking": (
        "https://www.flaironline.nl/nieuws/stakingen-in-het-onderwijs-van-basisscholen-tot-universiteiten"
        "-in-het-hele-onderwijs-is-de-nood-hoog/",
        "2019-03",
    ),
    "cc_jaaroverzicht": (
        "https://coevordercourant.nl/artikel/96124/jaaroverzicht-stad-en-dorpen-oktober-t-m-december.html",
        None,
    ),
    "st_garnalen": ("https://www.surinametimes.com/artikel/bijna-een-derde-garnalenvissers-stopt", None),
    "tz_overnames": (
        "https://www.techzine.nl/nieuws/infrastructure/530192/overnames-in-de-nederlandse-it-sector-lopen-terug"
        "-door-hoge-rente/",
        "2023-09",
    ),
    "nop_jubileum": (
        "https://denoordoostpolder.nl/artikel/929284/activiteiten-jubileumjaar-2012-noordoostpolder.html",
        None,
    ),
    "ab_advocaten": ("https://www.advocatenblad.nl/2011/06/21/de-teller-staat-op-15-000/", None),
    "vk_kampioenspoule": (
        "https://volleybalkrant.nl/nieuws/top-vijf-zeker-van-kampioenspoule-in-eredvisie-dames",
        None,
    ),
    "ut_trots": ("https://www.utoday.nl/news/51097/eindhovense_student_niet_trots_op_tue", None),
    "nv_handbal": (
        "https://www.nieuw-volendam.nl/nieuwvolendam/edam-volendam/volendam/sport/nipte-overwinning-handballers"
        "-dankzij-keeper",
        None,
    ),
    "va_vogelgriep": (
        "https://veearts.nl/20210601/deskundigengroep-vogelgriepepidemie-anders-dan-in-voorgaande-jaren/",
        None,
    ),
    "dc_keukenbrand": ("https://dordtcentraal.nl/112-nieuws/keukenbrandje-bij-hockeyclub", None),
    "dt_gemeente": (
        "https://detielenaar.nl/nieuws/2018/11/nieuws-van-en-over-de-gemeente-tiel-editie-23-november-2018/",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Suri Newsline (surinewsline.com, Surinamese news site) --------------------------------------
L(
    "snl_delegatie",
    None,
    [
        ("lede", "Deze week bracht een kleine delegatie", {"note": NOTITLE + "; " + CLEAN}),
        (
            "paragraph",
            "President Chandrikapersad Santokhi",
            {"note": "ends in the site's own teaser ellipsis glued to the last word ('het…'): kept in the paragraph"},
        ),
    ],
)

# ---- Pipedot (pipedot.org, English-language feed aggregator; a Dutch NOS item) --------------------
L(
    "pd_fnv",
    (0, 0, None),
    [
        ("headline", "Personeel van vakbond FNV gaat", {"note": "the item title, on one line with all that follows"}),
        (
            "site_text",
            "by from on 2023-04-28 11:29 (#6B89R)",
            {
                "note": "the aggregator's English interface line (empty 'by … from …' fields, date, time, item id) "
                "glued between title and text on the same line: site text"
            },
        ),
        ("lede", "Medewerkers van vakbond FNV", {"note": "the item's summary text"}),
    ],
)

# ---- Transport & Logistiek (transportlogistiek.nl, Dutch road-transport trade news) ---------------
L(
    "tl_chauffeurs",
    None,
    [
        ("lede", "Cijfers uit onderzoeken van", {"note": NOTITLE + "; " + CLEAN}),
        ("subheading", "Groter chauffeurstekort in 2021"),
        ("paragraph", "Uit CBS-cijfers blijkt dat het"),
        ("paragraph", "Uit een in november 2021 door"),
        ("paragraph", "Door STL bewerkte cijfers van het"),
        ("paragraph", "Het aantal personen met een"),
        ("subheading", "75 procent meer transportbedrijven"),
        ("paragraph", "In 2020 nam in vergelijki", {"note": CUT}),
    ],
)

# ---- BIEOS Omroep (bieos-omroep.nl, local broadcaster of Beek, Stein and neighbours, Limburg) ------
L(
    "bo_portefeuille",
    None,
    [
        ("lede", "Het college van burgemeester en", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Aanleiding is het ontslag dat"),
        ("paragraph", "Het college heeft deze week besloten"),
        ("paragraph", "Burgemeester Hans Verheijen wordt"),
        ("paragraph", "Wethouder Pieter Meekels neemt de"),
        ("paragraph", "Wethouder Andries Houtakkers is de"),
        ("paragraph", "De portefeuille van wethouder Geilen"),
    ],
)

# ---- Kollumer Courant (kollumercourant.nl, local weekly of Kollum, Noardeast-Fryslân) -------------
L(
    "kc_dorpen",
    (0, 0, None),
    [
        ("headline", "Beleefd protest kleine dorpen"),
        (
            "site_text",
            "Dokkum - WIERUM",
            {
                "note": "the site's location label 'Dokkum -' glued before the intro's own dateline 'WIERUM -': "
                "site text (doubtful: it reads like a second dateline and could be taken with the lede)"
            },
        ),
        ("lede", "WIERUM - Op uitnodiging van het", {"note": "the intro paragraph (the site's summary)"}),
        (
            "site_text",
            "WIERUM - Op uitnodiging van het",
            {
                "note": "the body's first two sentences, the intro printed a second time: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; "
                "was the paragraph's start)"
            },
        ),
        (
            "paragraph",
            "Voorbeelden van deze wensen en",
            {
                "note": "the body after the repeated intro; paragraphs glued at a full stop ('geeft.Ook') stay one "
                "block; " + CUT,
            },
        ),
    ],
)

# ---- Flair (flaironline.nl, Dutch women's weekly; news item) --------------------------------------
L(
    "fl_staking",
    (0, 0, None),
    [
        ("headline", "Stakingen in het onderwijs: van", {"note": "store date prefix removed; the whole title line"}),
        ("lede", "Het zal niet aan je voorbij zijn"),
        ("paragraph", "“Overal is de nood hoog”, zegt"),
        ("paragraph", "De AOb eist met ruim 80.000 leden"),
        ("subheading", "Het onderwijs is overspannen"),
        ("paragraph", "Een baan in het onderwijs is ook"),
        ("paragraph", "Niet alle vakbonden doen mee", {"note": CUT + "; " + CLEAN}),
    ],
)

# ---- Coevorder Courant (coevordercourant.nl, local weekly of Coevorden, Drenthe) ------------------
L(
    "cc_jaaroverzicht",
    (0, 0, None),
    [
        ("headline", "Jaaroverzicht stad en dorpen"),
        (
            "subheading",
            "OKTOBER -De overdracht",
            {"note": "month heading of the year round-up, glued to the first item on its line"},
        ),
        (
            "lede",
            "-De overdracht van grond aan",
            {
                "note": "items of the round-up, each led by a dash, glued on one line: one block per line "
                "(first line = lede)"
            },
        ),
        ("paragraph", "-Nankie Vrieling uit Coevorden"),
        ("subheading", "NOVEMBER -De gevels", {"note": "next month heading glued to the end of the line"}),
        ("paragraph", "-De gevels van Van Her", {"note": CUT + "; " + CLEAN}),
    ],
)

# ---- Suriname Times (surinametimes.com, Surinamese news site; an NOS report) ------------------------
L(
    "st_garnalen",
    None,
    [
        (
            "lede",
            "NEDERLAND - In de haven van Den Oever",
            {"note": NOTITLE + "; first paragraph with its place dateline"},
        ),
        ("paragraph", '"Ze zijn mooi maar wel een beetje'),
        (
            "paragraph",
            "Wat in Den Oever zichtbaar wordt",
            {
                "tail": "(NOS)",
                "note": "the source credit '(NOS)' glued to the end of the last paragraph is the tail "
                "(doubtful: source lines are labelled differently across sets)",
            },
        ),
    ],
)

# ---- Techzine (techzine.nl, Dutch IT trade news) ---------------------------------------------------
L(
    "tz_overnames",
    None,
    [
        ("lede", "Overnamedeals binnen de Nederlandse", {"note": "store date prefix removed; " + NOTITLE}),
        ("paragraph", "Dit jaar zijn ongeveer tweehonder"),
        ("paragraph", "De terugval zou te wijten zijn aan"),
        ("subheading", "Bovengemiddelde prestatie"),
        ("paragraph", "Als de cijfers in een breder"),
        ("paragraph", "In de IT-sector lijkt bovendien"),
        ("paragraph", "Naast overnamedeals zijn ook fusies", {"note": CLEAN}),
    ],
)

# ---- De Noordoostpolder (denoordoostpolder.nl, local weekly of Emmeloord, Flevoland) ---------------
L(
    "nop_jubileum",
    (0, 0, None),
    [
        ("headline", "Activiteiten jubileumjaar 2012"),
        ("lede", "Emmeloord - De gemeenteraad heeft", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Burgemeester Aucke van der Werff", {"note": CLEAN}),
    ],
)

# ---- Advocatenblad (advocatenblad.nl, magazine of the Dutch bar) ----------------------------------
L(
    "ab_advocaten",
    None,
    [
        ("lede", "Onder de meer dan twintig advocaten", {"note": NOTITLE + "; the whole article text"}),
        ("site_text", "Download artikel als PDF", {"note": "download link: site text"}),
        ("site_text", "Advertentie", {"note": "advertisement label: site text"}),
    ],
)

# ---- Volleybalkrant (volleybalkrant.nl, Dutch volleyball news) -------------------------------------
L(
    "vk_kampioenspoule",
    None,
    [
        (
            "site_text",
            "Copyright © 2024 Volleybalkrant.",
            {
                "note": "the site's English copyright footer (two lines) printed above the text: site text, one "
                "block; " + NOTITLE
            },
        ),
        ("lede", "In de Eredivisie Dames zijn"),
        ("paragraph", "De teams voor wie er dit weekend"),
        ("subheading", "Wel of niet naar kampioenspoule"),
        ("paragraph", "Daardoor is de promovendus", {"note": CUT}),
    ],
)

# ---- U-Today (utoday.nl, university newspaper of the University of Twente) -------------------------
L(
    "ut_trots",
    (0, 0, None),
    [
        ("headline", "Eindhovense student niet trots op"),
        (
            "site_text",
            "| Redactie",
            {"note": "author label 'Redactie' without a name, with its separator: site text"},
        ),
        ("lede", "Studenten van de TU Eindhoven zijn"),
        ("paragraph", "Met de wereldwijde reputatie van"),
        ("paragraph", "`Aan de TUE gebeuren zo veel leuke"),
        ("paragraph", "Volgens de federatie zou daarom bij"),
        ("paragraph", "Eigen ideeën van TUE-studenten over"),
        ("paragraph", "`De petitie van de studentenverenig", {"note": CUT}),
    ],
)

# ---- Nieuw Volendam (nieuw-volendam.nl, local weekly of Volendam; handball) ------------------------
L(
    "nv_handbal",
    (0, 0, None),
    [
        ("headline", "Nipte overwinning handballers"),
        ("lede", "Heren 1 kwamen sterk uit de"),
        ("paragraph", "Na de pauze was Volendam machteloos"),
        ("paragraph", "Met spectaculier keeperswerk hield", {"note": CLEAN}),
    ],
)

# ---- Veearts (veearts.nl, Dutch veterinary trade news) ---------------------------------------------
L(
    "va_vogelgriep",
    (1, 0, None),
    [
        (
            "site_text",
            "In de praktijk | Premium",
            {"note": "rubric name and paywall label above the title: site text, one block"},
        ),
        ("headline", "Deskundigengroep: vogelgriep-epidemie"),
        (
            "lede",
            "De huidige vogelgriepepidemie",
            {
                "tail": "[…]",
                "note": "the free teaser of a paywalled article; the site's truncation mark '[…]' after the last "
                "word is the tail (doubtful: it could be left with the text)",
            },
        ),
        (
            "site_text",
            "Dit is een premium artikel.",
            {"note": "paywall notice with login link ('this is a premium article …'): site text, one block"},
        ),
    ],
)

# ---- Dordt Centraal (dordtcentraal.nl, local news site of Dordrecht) -------------------------------
L(
    "dc_keukenbrand",
    None,
    [
        (
            "lede",
            "DORDRECHT – Zaterdagochtend werd de",
            {
                "tail": "(Foto: Stolk Fotografie)",
                "note": NOTITLE + "; the whole item is one paragraph with its place dateline; the photo credit "
                "glued to its end is the tail",
            },
        ),
        (
            "site_text",
            "Politiek Gezien:",
            {
                "note": "teaser of another item: the column name 'Politiek Gezien' and the first words of its "
                "text with an ellipsis: site text, one block"
            },
        ),
    ],
)

# ---- De Tielenaar (detielenaar.nl, local news site of Tiel, Betuwe) --------------------------------
L(
    "dt_gemeente",
    (0, 0, None),
    [
        ("headline", "Nieuws van en over de gemeente Tiel", {"note": "the title with its edition date"}),
        ("lede", "In deze editie van ‘Nieuws van en", {"note": "the intro listing the topics of the round-up"}),
        ("subheading", "Sprankje hoop op bioscoop bij"),
        ("paragraph", "De gemeente heeft besloten om het"),
        ("paragraph", "Woningbouw is nog steeds mogelijk"),
        (
            "caption",
            "parkeerplaats Bleekveld",
            {"note": "photo caption with words of its own, between two items (doubtful: could be an alt text)"},
        ),
        ("subheading", "Huizen zomaar vertimmeren voor"),
        ("paragraph", "Hoeveel Oost-Europeanen er precies", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

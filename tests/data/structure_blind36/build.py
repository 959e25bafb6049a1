#!/usr/bin/env python3
"""Rebuild structure blind set 36 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch news pages of news outlets: local weeklies' e-paper front pages
(Bodegraven-Reeuwijk, Bussum, Maas en Waal), local news sites and broadcasters (Westland, Vechtdal,
Friesland), a Zwolle news aggregator, niche news (a handball news site, a church magazine's news
rubric, a national pop-music station's news page). They come from the `search` tool's "pages"
corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched by a
script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind36 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each
block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its
gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text
glued to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into
that block's text (end None = to the block's end; a string = a marker inside the block). Standard
library only; the cutting is done by tests/data/page_store_build.py.
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
    "kb_vangogh": ("https://paper.kobr.nl/open/309f920c", None),
    "zv_miljarden": (
        "https://zwollevandaag.nl/nieuws/de-ontdekking-van-de-regio-hoe-het-ineens-miljarden-ging-regenen-terwijl-dat-niet-de-bedoeling-is",
        None,
    ),
    "hs_kortnieuws": ("https://handbalstartpunt.nl/nieuws/kort-nieuws-week-45-update-6-november-2024", None),
    "ow_kerkonderweg": ("https://www.onderwegonline.nl/24005-kerk-onderweg-6", None),
    "bn_ozb": ("https://paper.bussumsnieuws.nl/open/ec145cc9", None),
    "wl_brandweer": (
        "https://m.westlanders.nu/brandweer/waar-zouden-we-zijn-zonder-brandweervrijwilligers-34489/",
        None,
    ),
    "rv_streekomroep": (
        "https://rtvvechtdal.nl/vechtdaltv/nieuws?view=article&id=7670:het-nieuws-van-drie-lokale-omroepen-in-de-week-van-17-tot-23-juni-2024&catid=18",
        None,
    ),
    "fm_headliners": (
        "https://www.npo3fm.nl/nieuws/3fm-nieuws/66b9af03-07ba-4c66-90cf-c899aae82777/deze-pinkpop-bks-en-lowlands-headliners-brengen-dit-jaar-nieuwe-muziek-uit",
        None,
    ),
    "ro_dwangsom": ("https://regioonline.nl/regio-friesland/relschoppers-nieuwjaarsnacht-boete/", None),
    "mw_wiellawaai": ("https://paper.demaasenwaler.nl/open/e955034e", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
OTHER = "other items of the e-paper page (the next articles, with titles, captions and photo credits): site text"
EDITION = "e-paper edition header (paper name and date, printed twice): site text, one block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Kijk op Bodegraven-Reeuwijk (paper.kobr.nl, local weekly of Bodegraven-Reeuwijk; e-paper) ---
L(
    "kb_vangogh",
    (1, 0, None),
    [
        ("site_text", "Kijk op Bodegraven-Reeuwijk", {"note": EDITION}),
        ("headline", "Briefcitaat van Vincent van Gogh in"),
        ("site_text", "Foto: Bert Verver", {"note": "photo credit: site text"}),
        ("lede", "Reeuwijk - Een lantaarnpaal in de", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Verschillende briefcitaten van Van"),
        ("subheading", "Kennismaking"),
        ("paragraph", "Het Van Gogh Museum bezit het"),
        ("subheading", "Rode draad"),
        ("paragraph", "Het geprojecteerde gedicht in", {"note": CUT}),
    ],
)

# ---- Zwolle Vandaag (zwollevandaag.nl, local news aggregator of Zwolle; teaser page) -------------
L(
    "zv_miljarden",
    (0, 0, None),
    [
        ("headline", "De ontdekking van de regio: hoe het"),
        ("lede", "Ineens regent het miljarden in", {"note": "the teaser text the aggregator shows"}),
        ("site_text", "Lees verder", {"note": "the aggregator's read-more link: site text"}),
    ],
)

# ---- Handbal Startpunt (handbalstartpunt.nl, Dutch handball news site; short-news round-up) -----
L(
    "hs_kortnieuws",
    (0, 0, "update 20 november"),
    [
        (
            "headline",
            "KORT NIEUWS – week 45 - 46 -47",
            {
                "tail": "update 20 november",
                "note": "rubric title; the update stamp glued to its end on the same line is the tail (doubtful: could be read as part of the title)",
            },
        ),
        (
            "site_text",
            "Op deze plaats voor u verzameld:",
            {
                "note": "the rubric's standing description, the same in every edition: site text (doubtful: could be read as a lede)"
            },
        ),
        (
            "site_text",
            "Nieuws te melden? Leuke foto, vrij",
            {"note": "request for news tips and contributions with the newsroom's address: site text"},
        ),
        (
            "site_text",
            "update 20 november 2024",
            {"note": "update stamp glued after the mail address on the same line: site text"},
        ),
        (
            "lede",
            "16. Bocholt na winst op Sporting Pelt",
            {"note": "first numbered item, its title glued to its text with ' - ' on one line: kept as one block"},
        ),
        ("paragraph", "16. Vier Duitse clubs door in"),
        ("paragraph", "15. Houtahlen naar kwartinae", {"note": CUT}),
    ],
)

# ---- Onderweg (onderwegonline.nl, magazine of the Dutch Reformed churches; church news rubric) --
L(
    "ow_kerkonderweg",
    (0, 0, None),
    [
        (
            "headline",
            "Kerk onderweg",
            {"note": "the page title is the rubric's name (doubtful: a rubric name as headline)"},
        ),
        (
            "byline",
            "Jan Kuiper | 6 oktober 2023",
            {"note": "author and date on one line: byline (doubtful: the date part could be site text)"},
        ),
        ("site_text", "• Algemeen", {"note": "category tags of the page: site text, one block"}),
        ("subheading", "Nodig de CGK uit op de", {"note": "title of the rubric's first news item"}),
        ("lede", "Sommige van de nieuwe regio’s gaan"),
        ("subheading", "Kennis vermeerdert verwondering"),
        ("paragraph", "Een leeskring in Dordrecht over"),
        (
            "paragraph",
            "Uitgangspunt is het boek van dominee",
            {"note": "ends at a sentence end (may be cut between items)"},
        ),
    ],
)

# ---- BussumsNieuws (paper.bussumsnieuws.nl, local weekly of Bussum / Gooise Meren; e-paper) -----
L(
    "bn_ozb",
    (1, 0, None),
    [
        ("site_text", "BussumsNieuws\n\n21 juni 2017", {"note": EDITION}),
        ("headline", "VVD: ozb omlaag na meevaller"),
        ("lede", "GOOISE MEREN De VVD pleit ervoor om", {"note": "intro with its place dateline (no dash)"}),
        ("paragraph", "Met het verlagen van de verhoging"),
        ("paragraph", "Vooral Bussumers worden daar de dupe"),
        ("paragraph", "Volgens de VVD is het terugschroeven"),
        ("paragraph", "Het VVD-voorstel wordt volgende week"),
        (
            "site_text",
            "Heerlijk onbezorgd spelen op",
            {"note": OTHER + " (two further articles, the second cut), one block"},
        ),
    ],
)

# ---- Westlanders.nu (westlanders.nu, local news site of Westland; mobile page) -----------------
L(
    "wl_brandweer",
    (0, 0, None),
    [
        ("headline", "Waar zouden we zijn zonder"),
        ("site_text", "Geplaatst door Westlanders.nu op", {"note": "posting and edit time line: site text"}),
        (
            "lede",
            "'s-Gravenzande 23.02.2020 - De",
            {
                "note": "first paragraph with place and date; its sentence is broken by blank lines ('bij een school' / 'aan de Eikenlaan'): kept as one block"
            },
        ),
        ("paragraph", "Een getuige zag dat bij het"),
        ("paragraph", "Brandweer 's-Gravenzande is bij"),
        (
            "paragraph",
            "Dankzij snelle inzet van de",
            {
                "note": "ends with a call to join the volunteer fire brigade ('Meldt je dan hier aan!'): kept as article text (doubtful: a link promo)"
            },
        ),
        (
            "site_text",
            "Reacties (3 reacties geplaatst)",
            {"note": "reader comments with their header: site text, one block"},
        ),
        ("site_text", "Plaats een reactie", {"note": "comment form heading and comment policy: site text, one block"}),
    ],
)

# ---- RTV Vechtdal (rtvvechtdal.nl, local broadcaster of Ommen and Dalfsen) ----------------------
L(
    "rv_streekomroep",
    (1, 0, None),
    [
        ("site_text", "Vechtdal horizon", {"note": "rubric name above the title: site text"}),
        ("headline", "Het nieuws van drie lokale omroepen in"),
        ("lede", "Mogelijk klinkt het niet vriendelijk"),
        ("paragraph", "Achter de schermen zijn RTV Vechtdal"),
        ("paragraph", "Onder leiding van hoofdredacteur Wim", {"note": CUT}),
    ],
)

# ---- NPO 3FM (npo3fm.nl, national pop-music radio station; its news page) ----------------------
L(
    "fm_headliners",
    (1, 0, None),
    [
        ("site_text", "3FM nieuws", {"note": "section label above the title: site text"}),
        ("headline", "Deze Pinkpop, BKS en Lowlands"),
        (
            "site_text",
            "foto: Ben Houdijkfoto: Ben Houdijk",
            {"note": "photo credit, printed twice and glued: site text"},
        ),
        (
            "site_text",
            "1. Nieuwschevron right",
            {"note": "breadcrumb (section, icon name 'chevron right', the title again): site text, one block"},
        ),
        ("lede", "Het festivalseizoen wordt dit"),
        ("paragraph", "Als een artiest geboekt wordt op een"),
        ("subheading", "Queens Of The Stone Age\n"),
        ("paragraph", "Er is nog niet veel bekend over het"),
        ("subheading", "The Chemical Brothers\n"),
        ("paragraph", "Laatst kwam het Britse duo The"),
        (
            "site_text",
            "Om deze inhoud te tonen moet je",
            {"note": "placeholder of a blocked social-media embed (cookie consent): site text"},
        ),
        ("subheading", "Robbie Williams\n"),
        ("paragraph", "Meneer Williams is de eerste die", {"note": CUT}),
    ],
)

# ---- RegioOnline (regioonline.nl, regional news site; Friesland section) -----------------------
L(
    "ro_dwangsom",
    (0, 0, None),
    [
        ("headline", "Relschoppers nieuwjaarsnacht last"),
        ("lede", "Leeuwarden – Tijdens afgelopen", {"note": "first paragraph with its place dateline"}),
        ("subheading", "Groep relschoppers nieuwjaarsnacht"),
        ("paragraph", "Deze last onder dwangsom houdt kort"),
        ("subheading", "Informatie van politie"),
        ("paragraph", "De politie verwacht in de komende"),
        (
            "site_text",
            "Nieuws uit deze regio",
            {"note": "teaser list of other regional items with its heading: site text, one block (cut)"},
        ),
    ],
)

# ---- De Maas&Waler (paper.demaasenwaler.nl, local paper of Maas en Waal; e-paper) ---------------
L(
    "mw_wiellawaai",
    (1, 0, None),
    [
        ("site_text", "De Maas&Waler halfdagblad", {"note": EDITION}),
        ("headline", "Voorverkoop Wiellawaai"),
        ("lede", "BENEDEN-LEEUWEN - Het driedaagse"),
        ("paragraph", "Het evenement beleeft haar 22e editie"),
        ("subheading", "Kaartverkoop"),
        ("paragraph", "Kaarten voor het muziekspektakel"),
        (
            "site_text",
            "Hogestraat op de schop",
            {"note": OTHER + " (two further articles, a photo credit, the second cut), one block"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

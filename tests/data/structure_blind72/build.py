#!/usr/bin/env python3
"""Rebuild structure set 72 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of thirteen mainstream outlets, seven Dutch
(NOS, Trouw, NRC, AD, RTV Noord, De Gelderlander, Omroep Flevoland) and six Flemish (VRT NWS,
Gazet van Antwerpen, Knack, BRUZZ, De Tijd, Focus-WTV). They come from the `search`
tool's "pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next
to this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind72 and are
NOT for the project repository. Only the labels (ours) live here, in LABELS, and they hold no
article text: each block is a kind plus a START MARKER (the first characters of the block, at most
38, with an occurrence skip count where needed). A block runs from its marker to the next block's
marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker
of site text glued to the end of a block (gold `site_text_tail`). The headline is (block index,
start, end) into that block's text (end None = to the block's end). Standard library only; the
cutting is done by tests/data/page_store_build.py.
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
    "nos_dollemansrit": (
        "https://nos.nl/artikel/2528958-duo-richt-ravage-aan-tijdens-dollemansrit-door-noordoosten-van-friesland",
        "2024-07",
    ),
    "trouw_twintigers": (
        "https://www.trouw.nl/home/ja-er-werken-ook-twintigers-en-jonge-dertigers-bij-trouw-dit-denken-zij-over-de-toekomst-van-de-krant~aab454e9/",
        "2018-02",
    ),
    "nrc_rtlnieuws": (
        "https://www.nrc.nl/nieuws/2018/07/04/rtl-nieuws-kan-onbekommerd-ernstig-zijn-a1608865",
        "2018-07",
    ),
    "ad_spookrijden": (
        "https://www.ad.nl/utrecht/ongetraind-de-vierdaagse-lopen-voor-gouden-kruisje-voor-zieke-vriend~a224a298/",
        "2018-07",
    ),
    "rtvn_noorderkrant": (
        "https://www.rtvnoord.nl/nieuws/205200/Het-gemis-is-groot-in-Ten-Boer-en-omgeving-de-Noorderkrant-wordt-niet-meer-bezorgd",
        "2019-02",
    ),
    "gld_jaarwisseling": (
        "https://www.gelderlander.nl/rivierenland/politie-en-brandweer-opnieuw-druk-in-rivierengebied-stapels-autobanden-en-picknicktafels-gaan-in-vlammen-op~a8e5431e/",
        None,
    ),
    "of_dag": ("http://www.omroepflevoland.nl/nieuws/05-10-2017/", None),
    # Flemish
    "vrt_decraene": ("http://deredactie.be/cm/vrtnieuws/ookdatnog/1.2910253", "2017-03"),
    "gva_terras": (
        "http://www.gva.be/cnt/dmf20170423_02847365/alerte-buurman-helpt-mee-brand-op-terras-te-blussen",
        "2017-04",
    ),
    "knack_interviews": (
        "https://www.knack.be/nieuws/belgie/maatschappij/2022-dit-waren-de-12-beste-interviews/",
        "2022-12",
    ),
    "bruzz_international": (
        "https://www.bruzz.be/videoreeks/zaterdag-14-en-zondag-15-januari-2023/video-bruzz-international-zondag-15-januari",
        None,
    ),
    "tijd_bpost": (
        "https://www.tijd.be/ondernemen/logistiek/Bpost-versterkt-management-na-moeizaam-kwartaal/10345190",
        "2021-11",
    ),
    "focus_nieuws": ("https://focus-wtv.be/avondnieuws/nieuws-focus-en-wtv-14-januari", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; police report made with Omrop Fryslân) ---------------------------
L(
    "nos_dollemansrit",
    (4, 0, None),
    [
        (
            "site_text",
            "Politie Noordoost-Fryslân",
            {
                "note": "the lead photo's credit, printed BEFORE its caption on the same line (NOS prints credit first): split off as site text (doubtful: structure_dev left a credit before a caption's words in the caption, 'a tail closes a block')"
            },
        ),
        ("caption", "In het dorp Drogeham werd onder meer", {"note": "the lead photo's caption (words of its own)"}),
        (
            "site_text",
            "In samenwerking met Omrop Fryslân",
            {"note": "partnership label at the head of the title line: site text (a credit line)"},
        ),
        (
            "site_text",
            "NOS Nieuws • vandaag, 13:21",
            {"note": "outlet name and publication time glued before the title: site text (date line), its own block"},
        ),
        (
            "headline",
            "Duo richt ravage aan tijdens",
            {
                "note": "the title, printed once, glued after the partnership label and date line on one line: split off as the headline (doubtful: by the title row a title 'inside a line with other items' is site text; that row is about a copy when the title is printed twice, and here no other copy exists)"
            },
        ),
        ("lede", "De politie heeft vannacht twee mannen", {"note": "the intro under the title"}),
        ("paragraph", "De politie kwam de twee mannen van 41"),
        ("paragraph", "Zo was de wagen volgens de politie"),
        ("subheading", "Treinverkeer stilgelegd"),
        ("paragraph", "Later op de avond kwam er ook een"),
        ("paragraph", "Om aan de politie te ontkomen, reed de"),
        ("subheading", "Celstraf openstaan"),
        ("paragraph", "Ruim vijf kilometer noordelijker, bij", {"note": CUT}),
    ],
)

# ---- Trouw (trouw.nl, NL national daily; staff feature on the paper's young journalists) ----------------
L(
    "trouw_twintigers",
    None,
    [
        ("lede", "Het begint met die vertwijfelde frons", {"note": NOTITLE + "; the first body paragraph"}),
        (
            "site_text",
            "Lees verder na de advertentie",
            {"note": "the label left where an advertisement breaks the text: site text"},
        ),
        ("paragraph", "Wie een Trouw-journalist verwacht"),
        ("paragraph", "Toch maken deze jonge journalisten"),
        (
            "site_text",
            "Tekst gaat verder onder de afbeelding",
            {"note": "the label left where an image breaks the text: site text"},
        ),
        (
            "caption",
            "Petra Vissers (29) © Esmée",
            {
                "tail": "© Esmée",
                "note": "photo caption (a name and age: words of its own); the glued credit its tail; " + CUT,
            },
        ),
    ],
)

# ---- NRC (nrc.nl, NL national daily; TV column) ----------------------------------------------------------
L(
    "nrc_rtlnieuws",
    None,
    [
        ("lede", "Dit stukje gaat over nieuws. Niet over", {"note": NOTITLE + "; the column's opening; " + CLEAN}),
        ("paragraph", "Gelukkig werd maandagavond laat (bij"),
        ("paragraph", "Nee, ik wil het hebben over het RTL"),
        ("paragraph", "Dat karakter toont RTL Nieuws in de"),
        ("paragraph", "Dinsdag was er een karakteristieke"),
        ("paragraph", "De redactie besloot een tiental van", {"note": CUT}),
    ],
)

# ---- AD (ad.nl, AD Utrecht regional edition; news-ticker item) -------------------------------------------
L(
    "ad_spookrijden",
    (0, 0, None),
    [
        (
            "headline",
            "Spookrijden voorkomen? Weg aanpassen",
            {
                "note": "the item's title on its own line (the store's text of this URL is a regional ticker item, not the story its slug names)"
            },
        ),
        (
            "site_text",
            "10:18",
            {"note": "the publication time glued before the item's text: site text (date line), split off"},
        ),
        ("lede", "Hoe voorkom je dat automobilisten", {"note": "the item's text, one paragraph"}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; local news report) ---------------------
L(
    "rtvn_noorderkrant",
    None,
    [
        ("lede", "De inwoners van de voormalige gemeente", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("subheading", "Alleen op te halen"),
        ("paragraph", "De geliefde krant valt dan niet meer"),
        (
            "quote",
            "Het begint bij de stad en het gaat nog",
            {
                "note": "a pull quote with its speaker and function glued after it ('Huup Reuver - voorzitter Dorpsbelangen Ten Boer'), repeating a sentence of the text below: quote, article text as the conventions leave pull quotes (doubtful: the attribution could be read as furniture of the quote box)"
            },
        ),
        ("subheading", "'Te stads'"),
        ("paragraph", "'Tijdens een vergadering van meerdere"),
        ("paragraph", "'Het begint bij de stad en het gaat"),
        (
            "quote",
            "Mensen willen toch op de hoogte zijn",
            {"note": "a second pull quote with its speaker glued after it: quote, as above"},
        ),
        ("subheading", "Het Hogeland wel, Groningen niet"),
        ("paragraph", "Door die gemeentelijke samenvoeging"),
        ("subheading", "Familieberichten"),
        ("paragraph", "'Ik weet dat met name de lokale", {"note": CUT}),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional daily; Rivierenland news item) -------------------------
L(
    "gld_jaarwisseling",
    (0, 0, None),
    [
        (
            "headline",
            "Algemeen commandant jaarwisseling:",
            {
                "note": "the item's title on its own line (the store's text of this URL is a regional item, not the story its slug names)"
            },
        ),
        (
            "site_text",
            "29 december",
            {"note": "the publication date glued before the place dateline: site text (date line), split off"},
        ),
        (
            "lede",
            "TIEL - Waar in grote delen van in het",
            {"note": "the intro with its place dateline ('TIEL -'), which stays in the lede"},
        ),
    ],
)

# ---- Omroep Flevoland (omroepflevoland.nl, NL regional broadcaster; the day's news page) ------------------
L(
    "of_dag",
    None,
    [
        (
            "site_text",
            "Lelystad 5 oktober 2017",
            {
                "note": NOTITLE
                + "; each item of the day page opens with its place tag and publication date on a line of their own: site text (doubtful: the place could be read as a dateline, which stays in a lede; here it is a tag with the date, not part of the sentence)"
            },
        ),
        ("lede", "Iedereen die een idee heeft om de", {"note": "the first item's text (the item titles are lost)"}),
        (
            "subheading",
            "Voorwaarden",
            {"note": "a section title glued inside the text (the line breaks lost): split off as a subheading"},
        ),
        ("paragraph", "De ideeën voor de vliegroutes moeten"),
        ("site_text", "Almere 5 oktober 2017", {"note": "the next item's place tag and date: site text"}),
        ("paragraph", "De PVV-fractie in Almere laat"),
        ("site_text", "Almere 5 oktober 2017", {"note": "the next item's place tag and date: site text"}),
        ("paragraph", "Een deel van de Almeerse gemeenteraad", {"note": CUT}),
    ],
)

# ---- VRT NWS (deredactie.be, VRT's news site before the VRT NWS name; video item) -------------------------
L(
    "vrt_decraene",
    (0, 0, None),
    [
        ("headline", "Een live-interventie doen in"),
        ("lede", "VRT-journalist Steven Decraene is", {"note": "the video's summary, one paragraph"}),
        (
            "site_text",
            "VRT ???media.video.type.mz_vod???",
            {"note": "the video player's placeholder (an unfilled template label): site text"},
        ),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; fire report) ------------------------------------
L(
    "gva_terras",
    None,
    [
        (
            "lede",
            "Merksem - In de Victor Govaerslaan in",
            {"note": NOTITLE + "; the intro with its place dateline ('Merksem -'); " + CLEAN},
        ),
        ("paragraph", "Door een nog onduidelijke reden"),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; year round-up of interviews) -----------------------------------
L(
    "knack_interviews",
    None,
    [
        ("lede", "Uren kunnen wij zeuren over de ellende", {"note": NOTITLE + "; the round-up's intro"}),
        ("paragraph", "Toch blijft interviewen een van de"),
        ("paragraph", "Veel plezier met de meest memorabele"),
        ("subheading", "1. Historica Sophie De Schaepdrijver:", {"note": "round-up item title (numbered)"}),
        ("paragraph", "Een gesprek met historica Sophie De"),
        (
            "site_text",
            "© Franky Verdickt",
            {"note": "a photo credit on a line of its own (the photo has no caption): site text"},
        ),
        ("subheading", "2. Voormalig Vlaams Bouwmeester"),
        ("paragraph", "De gewezen Vlaamse Bouwmeester Leo Van"),
        ("subheading", "3. Auteur Bart Van Loo: ‘Soms voel ook"),
        ("paragraph", "In de herfst van zijn leven schreef", {"note": CUT}),
    ],
)

# ---- BRUZZ (bruzz.be, Flemish Brussels media; video item of the English-language magazine) ---------------
L(
    "bruzz_international",
    (1, 0, None),
    [
        (
            "lede",
            "In deze BRUZZ International gaan we",
            {"note": "the video's summary, one paragraph (the page title above it is lost)"},
        ),
        (
            "headline",
            "BRUZZ International: zondag 15 januari",
            {
                "note": "the video's title, the only copy of the title, on a line of its own under the summary: the headline (doubtful: it is the player's title line and could be read as site text, leaving no headline)"
            },
        ),
        (
            "site_text",
            "Bekijk ook de afspeellijst:",
            {
                "note": "link to the day's playlist ('Bekijk ook de afspeellijst: zaterdag 14 en zondag 15 januari 2023'): site text"
            },
        ),
        ("site_text", "Lees meer over", {"note": "the tag list's label (its tags lost): site text"}),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; company results) ------------------------------------------
L(
    "tijd_bpost",
    None,
    [
        (
            "subheading",
            "Zachter kwartaal",
            {"note": NOTITLE + "; the excerpt starts at a section title inside the article; " + CLEAN},
        ),
        ("lede", "Uiteindelijk leverde de stabiele", {"note": "the first body paragraph of the excerpt"}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; evening news bulletin page) -------------
L(
    "focus_nieuws",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuws Focus en WTV",
            {
                "note": "the bulletin's title (the programme's name), first copy on a line of its own: the headline (doubtful: a programme name rather than a story title)"
            },
        ),
        ("site_text", "Programma's", {"note": "menu/breadcrumb label: site text"}),
        ("site_text", "Nieuws Focus en WTV", {"note": "the title printed again: site text (a later copy)"}),
        ("lede", "Eli Iserbyt is Belgisch kampioen", {"note": "the bulletin's first item"}),
        ("paragraph", "In heel wat gemeenten zijn de"),
        ("paragraph", "En Heist schrijft geschiedenis"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

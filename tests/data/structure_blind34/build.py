#!/usr/bin/env python3
"""Rebuild structure blind set 34 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch news pages of news outlets that no earlier structure set used: local news
sites and aggregators (Arnhem, Westland, Almere, Nijmegen, Lochem, Zeewolde, a Groningen item on an RSS
aggregator), a local weekly's e-paper front page (Noordwijkerhout), and niche news sites (music, education,
transport business, automotive trade, book trade). They come from the `search` tool's "pages" corpus
(stored public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That
file and the texts stay in /work/data/structure-blind34 and are NOT for the project repository. Only the
labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START
MARKER (the first characters of the block, at most 38, with an occurrence skip count where needed). A
block runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to the
block's end; a string = a marker inside the block). Standard library only; the cutting is done by
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
    "an_wolvenbeleid": (
        "https://www.arnhemnu.nl/nieuws/toch-nog-geen-nieuw-wolvenbeleid-provincies-blokkeren-hun-eigen-plan",
        None,
    ),
    "irw_verkiezingen": (
        "https://www.inderegiowestland.nl/nieuws/"
        "live-gemeenteraadsverkiezingen-monsterzege-hart-voor-den-haag-in-wassenaar-blijft-vvd-groot",
        None,
    ),
    "hva_storm": ("https://www.hv-almere.nl/2018/01/liveblog-storm-18-januari/", None),
    "nnb_studenten": (
        "https://nijmegennieuwsbord.nl/zou-nijmegen-zonder-studenten-een-heel-ander-bestuur-hebben-",
        None,
    ),
    "mx_zitaswoon": ("https://www.maxazine.nl/2010/02/03/pauze-voor-zita-swoon", None),
    "hoin_kvlo": (
        "https://www.hetonderwijsinnederland.nl/2017/10/kvlo-regeerakkoord-zwijgt-over-noodzaak.html",
        None,
    ),
    "ln_jaaroverzicht": ("https://www.lochemsnieuws.nl/dit-was-het-nieuws-van-2023/", None),
    "bp_overnamegolf": ("https://www.bpnieuws.nl/article/9804795/overnamegolf-zwelt-verder-aan", None),
    "za_waarnemingen": (
        "https://www.zeewolde-actueel.nl/nieuws/bosgeluiden/262408/bijzondere-waarnemingen",
        None,
    ),
    "amt_ev": ("https://amt.nl/100087/verkoop-ev-in-eu-hard-gedaald-in-nederland-juist-gestegen", None),
    "rc_sinterklaas": (
        "https://rsscockpit.com/article/2289602330/"
        "opnieuw-sinterklaasintocht-in-groningen-afgeblazen-na-bedreigingen.html",
        None,
    ),
    "nw_tessa": ("https://paper.noordwijkerhoutsweekblad.nl/open/79a18ec2", None),
    "bb_zomerboek": (
        "https://boekblad.nl/Fragment/item/"
        "daar-waar-de-rivierkreeften-zingen-door-hebban-uitgeroepen-tot-zomerboek-van-het-jaar",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
READMORE = "'Lees verder' ('read more') link of the teaser/aggregator page: site text"
REPEAT = "the title printed a second time (the page's card/teaser copy of it): site text (doubtful)"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Arnhem Nu (arnhemnu.nl, local news site of Arnhem; teaser page of an item) ---------------------
L(
    "an_wolvenbeleid",
    (0, 0, None),
    [
        ("headline", "Tóch nog geen nieuw wolvenbeleid"),
        ("lede", "Het wolvenplan van de twaalf", {"note": "the teaser's intro (it names Nieuwsuur as source)"}),
        ("site_text", "Lees verder", {"note": READMORE}),
    ],
)

# ---- In de Regio Westland (inderegiowestland.nl, local news site, Westland; liveblog teaser) ---------
L(
    "irw_verkiezingen",
    (0, 0, None),
    [
        (
            "headline",
            "LIVE |",
            {
                "note": "the title with the liveblog kicker 'LIVE |' glued before it on one line: the kicker stays in "
                "the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        ("lede", "Het is de dag van de"),
        ("site_text", "Lees verder", {"note": READMORE}),
    ],
)

# ---- HV-Almere (hv-almere.nl, local emergency-services news site, Almere; storm liveblog) ------------
L(
    "hva_storm",
    (0, 0, None),
    [
        (
            "headline",
            "Liveblog:",
            {
                "note": "the title with its format label 'Liveblog:' glued before it on one line: the label stays in"
                " the headline (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        (
            "lede",
            "Op dit moment trekt er een storm",
            {"note": "the liveblog's intro; it states news (a storm over the country) and who reports it"},
        ),
        (
            "paragraph",
            "Nederland heeft te maken met een zware",
            {
                "note": "ends with the liveblog's own line 'houden wij zo veel mogelijk onderstaand liveblog "
                "bij.', glued at a full stop inside the line: kept in the paragraph (doubtful: liveblog "
                "furniture)"
            },
        ),
    ],
)

# ---- NijmegenNieuwsbord (nijmegennieuwsbord.nl, local news aggregator, Nijmegen) -----------------------
L(
    "nnb_studenten",
    (0, 0, None),
    [
        ("headline", "Zou Nijmegen zonder studenten"),
        ("site_text", "Zou Nijmegen zonder studenten", {"note": REPEAT}),
        (
            "lede",
            "Nijmegen - Het is een aanname die",
            {"note": "the aggregated item's intro with its place dateline; " + CUT + " or where the teaser ends"},
        ),
    ],
)

# ---- Maxazine (maxazine.nl, Dutch music news site) ---------------------------------------------------
L(
    "mx_zitaswoon",
    None,
    [
        (
            "lede",
            "Voor de Belgische band [[Zita Swoon]]",
            {"note": NOTITLE + "; the wiki-style link markup '[[Zita Swoon]]' is the store's and kept"},
        ),
        (
            "site_text",
            "maandag, januari 5",
            {"note": "the site header's date of the day (2026, not the item's): site text"},
        ),
        ("site_text", "Trending\n", {"note": "the site's 'Trending' widget with 8 other titles: site text, one block"}),
    ],
)

# ---- Het Onderwijs in Nederland (hetonderwijsinnederland.nl, education news aggregator blog) ---------
L(
    "hoin_kvlo",
    (2, 0, None),
    [
        ("site_text", "Rechtstreeks uit de schoolbanken", {"note": "the blog's tagline: site text"}),
        ("site_text", "woensdag 25 oktober 2017", {"note": "the post's date header: site text"}),
        ("headline", "KVLO: Regeerakkoord zwijgt over", {"note": "the post title (source name 'KVLO:' kept in it)"}),
        (
            "site_text",
            "Regeerakkoord zwijgt over noodzaak",
            {"skip": 1, "note": "the aggregated item's title, the post title repeated without 'KVLO:': " + REPEAT},
        ),
        (
            "lede",
            "Verkiezingsprogramma's ten spijt",
            {"note": "the aggregated item's snippet, cut by the site itself ('(het liefst 3...')"},
        ),
        ("site_text", "Lees verder", {"note": READMORE}),
        (
            "site_text",
            "Stichting van het Onderwijs: aanpak",
            {"note": "the next post on the page (title, snippet, 'Lees verder'): site text, one block"},
        ),
    ],
)

# ---- LochemNieuws (lochemsnieuws.nl, local news site, Lochem; year round-up with a slider) -----------
L(
    "ln_jaaroverzicht",
    (0, 0, None),
    [
        ("headline", "Dit was het nieuws van 2023"),
        ("site_text", "\n0\n", {"note": "comment counter '0': site text"}),
        (
            "caption",
            "De Reudinkbrug/Hoevenbrug",
            {"tail": "(bron: lochem.nl)", "note": "photo caption; the source credit glued to its end is the tail"},
        ),
        (
            "lede",
            "LochemNieuws wenst alle lezers",
            {
                "note": "the round-up's editorial intro; its last three sentences explain the slider interface "
                "('Blader door de berichten ...', 'Via de knop ‘lees meer’ ...'), glued at full stops inside "
                "the line: kept in the lede (doubtful: aggregator/slider interface text)"
            },
        ),
        ("subheading", "Hoogwater kijken bij Eefde en Gorssel", {"note": "first round-up item's title"}),
        ("site_text", "Hoogwater kijken bij Eefde en Gorssel", {"note": REPEAT}),
        ("paragraph", "EEFDE/GORSSEL – De IJssel eiste", {"note": "item text, ends in the site's '[…]'"}),
        ("subheading", "Hobama wil dat raad stokje steekt"),
        ("site_text", "Hobama wil dat raad stokje steekt", {"note": REPEAT}),
        ("paragraph", "BARCHEM/LOCHEM – Via onder meer", {"note": "item text, ends in the site's '[…]'"}),
        ("subheading", "Hertenkamp Lochem kan verder door"),
        ("site_text", "Hertenkamp Lochem kan ver", {"note": REPEAT + "; " + CUT}),
    ],
)

# ---- BP Nieuws (bpnieuws.nl, Dutch business news; transport and logistics) --------------------------
L(
    "bp_overnamegolf",
    None,
    [
        ("lede", "Regeldruk, digitalisering en grote", {"note": "the standfirst; " + NOTITLE + "; " + CLEAN}),
        ("paragraph", "Waarom de transport- en logistiek"),
        ("paragraph", "Hoeveel overnames Sluyter Logistics"),
        ("subheading", "Op zoek naar schaalgrootte"),
        ("paragraph", "Meest recente overname betreft"),
        ("paragraph", "Met de bijna 20 vrachtwagens"),
        ("paragraph", "Daar blijft het niet bij.", {"note": CUT}),
    ],
)

# ---- Zeewolde Actueel (zeewolde-actueel.nl, local news site, Zeewolde; a forester's rubric) ---------
L(
    "za_waarnemingen",
    (2, 0, None),
    [
        ("site_text", "Afbeelding\n", {"note": "image label ('Image'): site text"}),
        ("site_text", "Foto: Stockfotografie", {"note": "photo credit line: site text"}),
        ("headline", "Bijzondere waarnemingen"),
        ("site_text", "Bosgeluiden\n", {"note": "rubric name ('Forest sounds'): site text"}),
        ("lede", "Vorige week tijdens een bezoekje"),
        ("paragraph", "Of de twee wespendieven"),
        ("paragraph", "Maar de meest bijzondere was"),
        ("byline", "Boswachter Hans Breeveld", {"note": "the author's signature under the text"}),
    ],
)

# ---- AMT (amt.nl, Dutch automotive trade news) --------------------------------------------------------
L(
    "amt_ev",
    (0, 0, None),
    [
        ("headline", "Verkoop EV in EU hard gedaald"),
        (
            "lede",
            "De verkoop van volledig elektrische",
            {"note": "the intro; the excerpt ends without a full stop (the store's extraction ends); " + CLEAN},
        ),
    ],
)

# ---- RSS Cockpit (rsscockpit.com, news aggregator; a Groningen item) ---------------------------------
L(
    "rc_sinterklaas",
    None,
    [
        (
            "lede",
            "In de gemeente Midden-Groningen",
            {
                "tail": "Lees verder",
                "note": NOTITLE + "; the teaser with the aggregator's 'Lees verder' glued to its end as the tail",
            },
        ),
    ],
)

# ---- Noordwijkerhouts Weekblad (local weekly, Noordwijkerhout; e-paper front page) --------------------
L(
    "nw_tessa",
    (1, 0, None),
    [
        (
            "site_text",
            "Noordwijkerhouts Weekblad",
            {"note": "e-paper edition header (paper name and date, printed twice): site text, one block"},
        ),
        ("headline", "Ook Tessa's tas kan in top"),
        (
            "caption",
            "Tessa Meiland kan blij en opgelucht",
            {
                "tail": "| Foto: Piet de Boer",
                "note": "photo caption; the photographer credit glued to its end is the tail",
            },
        ),
        (
            "lede",
            "DeZilk n Degenen die woensdag",
            {
                "note": "first paragraph with its lead-in 'DeZilk n' (a place name in the paper's lead-in slot, "
                "kept as a dateline; doubtful: the same slot holds rubric tags on other pages, site text in "
                "structure_blind29's lw_fusie)"
            },
        ),
        ("byline", "Door Piet de Boer"),
        ("paragraph", "Toen Tessa in 2014 begon"),
        ("paragraph", "Wat ga je nu studeren?", {"note": "interview question: paragraph (as hk_vrienden in blind29)"}),
        ("paragraph", '"Ik wilde altijd wel iets met'),
        ("paragraph", "Heb je veel support van je familie?"),
        ("paragraph", "Ze lacht."),
        ("paragraph", "Welke docent is je bijgebleven?"),
        ("paragraph", '"Dat is de docent uit groep 1'),
        ("paragraph", "Hoe kijk je terug op je middelbare"),
        ("paragraph", '"Ik heb veel geleerd dat ik', {"note": CUT}),
    ],
)

# ---- Boekblad (boekblad.nl, Dutch book-trade news; an item in the site's news list) -----------------
L(
    "bb_zomerboek",
    (1, 0, None),
    [
        (
            "site_text",
            "• 'Daar waar de rivierkreeften",
            {"note": "the news list's bulleted entry (link) for this item: site text (doubtful: could be the title)"},
        ),
        ("headline", "'Daar waar de rivierkreeften zingen'", {"skip": 1}),
        ("lede", "Lezerscommunity Hebban heeft"),
        ("paragraph", "Kijkend naar de verschillende"),
        ("paragraph", "Ook in andere categorieën scoren"),
        ("paragraph", "Op het gebied van non-fictie"),
        ("site_text", "31 augustus 2022", {"note": "publication date line: site text"}),
        (
            "site_text",
            "• Letterenfonds Vertaaltalent",
            {"note": "the next item of the news list (title twice, text): site text, one block; " + CUT},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

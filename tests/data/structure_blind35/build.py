#!/usr/bin/env python3
"""Rebuild structure blind set 35 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish and Dutch-Caribbean news pages of news outlets not labelled in any
earlier structure set: a Kempen local news site (Westerlo), a Mechelen regional news site, a Flemish
amateur-football news aggregator, a Flemish business-TV site, a Kempen news-TV site and a Curaçao news
aggregator. They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind35 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. The headline is (block index, start, end) into that block's text (end None = to the
block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "westerlo_rtv": (
        "http://westerlo.info/news/rtv-zendt-25-jaar-nieuws-uit-%E2%80%9Conze-ploegen-kregen-twintig-frank-mee"
        "-om-de-redactie-te-bellen%E2%80%9D",
        None,
    ),
    "mi_rtv": ("https://made-in.be/?p=147172", None),
    "pv_clubs": ("https://provinciaalvoetbal.be/?p=3985", None),
    "mtv_roeselare": (
        "http://www.manager-tv.be/managertv/bedrijfsreportage/vandaag-zijn-we-te-gast-in-roeselare/",
        None,
    ),
    "cn_begroting": ("https://cur.news/EikhH78H/paradise-fm/staten-behandelen-begroting", None),
    "actua_zorgwoningen": ("http://www.actua.tv/nood-aan-mobiele-zorgwoningen", "2017-01"),
}

NOTITLE = "the excerpt starts below the page title: no headline"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- westerlo.info (local news site of Westerlo, Kempen; a repost with its source line) ----------
L(
    "westerlo_rtv",
    None,
    [
        (
            "site_text",
            "vrijdag, 1 maart, 2019",
            {"note": "publication date line above the text: site text; " + NOTITLE},
        ),
        ("lede", "“TV-Kempen is gisteren gestart met", {"note": "the item's one paragraph (opens with a quote)"}),
        (
            "site_text",
            "(Bron: Het Nieuwsblad)",
            {"note": "source line of the repost: site text (doubtful: a credit the item itself prints)"},
        ),
        ("site_text", "Categorieën:", {"note": "empty category label under the item: site text"}),
    ],
)

# ---- made-in.be (news site of the Mechelen region) -------------------------------------------------
L(
    "mi_rtv",
    (0, 0, None),
    [
        ("headline", "Le nouveau RTV est arrivé", {"note": "the page title (a French pun over a Dutch article)"}),
        (
            "site_text",
            "Erica Priem, Joris Brys, Els Van Hove",
            {"note": "alt text of the photo, printed before its identical caption: site text"},
        ),
        (
            "caption",
            "Erica Priem, Joris Brys, Els Van Hove",
            {"note": "the photo caption (the second, identical line)"},
        ),
        ("lede", "RTV, de regionale tv-zender voor"),
        ("paragraph", "De ommezwaai komt er om de dalende"),
        ("subheading", "Taskforce"),
        ("paragraph", "Op basis van de resultaten werd een"),
        ("paragraph", "Vanaf 1 maart wordt RTV nadrukkelijk"),
        ("paragraph", "Alle andere programma’s komen vanaf"),
    ],
)

# ---- Provinciaal Voetbal (provinciaalvoetbal.be, Flemish amateur-football aggregator) --------------
L(
    "pv_clubs",
    None,
    [
        (
            "lede",
            "Het aantal voetbalclubs in Limburg is",
            {"note": "the aggregator's teaser of the source article, cut by the aggregator with '…': lede"},
        ),
        ("site_text", "Lees het volledige bericht:", {"note": "aggregator's read-more line: site text"}),
        (
            "site_text",
            "Kwart minder Limburgse voetbalclubs",
            {
                "note": "title of the source article as the read-more link text: site text (doubtful: it is also "
                "the item's title and could be taken for the headline); no headline"
            },
        ),
    ],
)

# ---- Manager TV (manager-tv.be, Flemish business-TV site; a city report) ---------------------------
L(
    "mtv_roeselare",
    (0, 0, None),
    [
        ("headline", "Vandaag zijn we te gast in Roeselare.", {"note": "the page title"}),
        (
            "lede",
            "Vandaag zijn we te gast in Roeselare.",
            {"note": "the first paragraph repeats the title as its first sentence; no site text"},
        ),
        ("paragraph", "Roeselare is een economisch knooppunt"),
        ("paragraph", "De stad wil een incubatie- en"),
    ],
)

# ---- cur.news (Curaçao news aggregator; an item of Paradise FM) ------------------------------------
L(
    "cn_begroting",
    (1, 0, None),
    [
        (
            "site_text",
            "Huidig nummer",
            {"note": "the radio player widget (now playing, title, artist, background): site text, one block"},
        ),
        ("headline", "Staten behandelen begroting"),
        (
            "site_text",
            "door Op 13-10-2020",
            {"note": "author line without a name, with the date: site text"},
        ),
        ("lede", "De Staten komen sinds gisteren bijeen"),
        ("paragraph", "De Amigoe meldt dat volgens Rojer de"),
        (
            "site_text",
            "Meningen van de lezer",
            {"note": "comment-form heading, button and notice: site text, one block"},
        ),
    ],
)

# ---- actua.tv (Kempen news-TV site; a short news item) ---------------------------------------------
L(
    "actua_zorgwoningen",
    None,
    [
        (
            "lede",
            "De wachtlijsten voor woonzorgcentra en",
            {"note": NOTITLE + "; the item's one paragraph; the text carries no site text"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

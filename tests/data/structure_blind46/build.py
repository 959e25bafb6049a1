#!/usr/bin/env python3
"""Rebuild structure blind set 46 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language (Netherlands) news pages of sixteen outlets none of which
is in an earlier structure set: two local weeklies (Harderwijk, Nieuwkoop), a local weekly's
jubilee article (Leusden), a local news site (Zwolle-Zuid), a free Sunday paper (Delft), a local
portal relaying a newspaper (Doetinchem), a local radio site (Hoorn), a police union, a union's
local branch (FNV Zuidwest Drenthe), a heat-pump trade magazine, an education site, a handball
news site, a table-tennis news site, a hockey club, a volleyball club and an ice-skating club.
They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay
in /work/data/structure-blind46 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER
(the first characters of the block, at most 38, with an occurrence skip count where needed). A
block runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None =
to the block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "hc_gebiedsagenda": (
        "https://www.harderwijkercourant.nl/lokaal/politiek/780262/gemeenteraad-wil-eigen-besluiten-kunnen-nemen",
        None,
    ),
    "ds_dames": ("https://dshc.nl/site/default.asp?Option=51&Nieuws=36", None),
    "zz_campus": (
        "https://zwollezuidnieuws.nl/nieuws/5346-hogeschool-windesheim-wordt-aantrekkelijke-groene-campus-voor-studenten-en-passanten",
        None,
    ),
    "ac_regeerakkoord": (
        "https://www.acp.nl/nieuws/regeerakkoord-veel-aandacht-voor-politie-minder-voor-politiemensen/",
        None,
    ),
    "vw_duitsland": ("https://vakbladwarmtepompen.nl/6515/miljoen-warmtepompen-geinstalleerd-in-duitse-woningen", None),
    "iw_seizoen": ("https://www.ijsbaanwezep.nl/?page_id=372", None),
    "do_waterpolo": ("http://www.delftopzondag.nl/lees/80800/jonge-waterpoloers-in-actie-in-zwembad-kerkpolder-", None),
    "dg_koningsdag": (
        "https://dedoetinchemgids.nl/doetinchem-viert-feest-op-koningsdag-en-staat-stil-bij-uitvaart-paus-een-dag-met-twee-gezichten-",
        None,
    ),
    "hr_kroese": ("https://hoornradio.nl/nw-7951-2/nieuws/hans%20kroese", None),
    "vt_bestuur": ("https://www.voorwaartstwello.nl/volleybal/nieuws/van-het-volleybalbestuur/", None),
    "hi_horvers": (
        "https://www.handbalinside.nl/eredivisie-voc-zwaait-horvers-uit-productief-vzv-zet-zich-schrap/",
        None,
    ),
    "ww_morelisse": ("https://witteweekbladnieuwkoop.nl/lokaal/mijn-club-rob-morelisse-331114", None),
    "fn_vakbondshuizen": ("https://zwdrenthe-nwoverijssel-fnv.nl/newsitem/153", None),
    "tt_kampenion": (
        "https://www.tafeltennis.nu/binnenland/landelijk/7312-kampenion-met-acht-teams-in-nieuwe-competitie",
        None,
    ),
    "lk_jubileum": ("https://leusderkrant.nl/lokaal/krant-zag-de-groeipijn-van-een-jonge-gemeente-550235", None),
    "bh_lerarencollectief": ("https://debouwhoek.nl/lerarenbeweging/", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt has no title line: no headline"
CLEAN = "the text carries no site text"
BYLINE = "the author's name on its own line below the intro (the BDU weeklies' layout): byline (doubtful: could be read as a photo credit)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Harderwijker Courant (harderwijkercourant.nl, local weekly; council report) --------------
L(
    "hc_gebiedsagenda",
    (1, 0, None),
    [
        (
            "site_text",
            "Afbeelding",
            {"note": "image label and image credit ('Afbeelding' / 'pixabay'): site text, one block"},
        ),
        ("headline", "Gemeenteraad wil eigen besluiten"),
        ("site_text", "Politiek", {"note": "section label under the title: site text"}),
        ("lede", "HARDERWIJK Het opstellen van een", {"note": "first paragraph with its place dateline in capitals"}),
        ("paragraph", "Veel fracties vrezen een stukje"),
        ("paragraph", "De vrees voor de komst van een soort"),
        (
            "paragraph",
            "GEKOZEN Henk Vermeer (Harderwijk",
            {
                "note": "a capitalised lead-in word ('GEKOZEN') glued to the paragraph: kept in it (doubtful: an inline streamer)"
            },
        ),
        ("paragraph", "Volgens wethouder Bert van Bijsteren"),
        ("paragraph", "Vermeer wijst op de verschillende reg", {"note": CUT}),
    ],
)

# ---- DSHC (dshc.nl, hockey club; team news) ----------------------------------------------------
L(
    "ds_dames",
    (1, 0, None),
    [
        ("site_text", "Tophockey", {"note": "section label above the title: site text"}),
        ("headline", "Dames 1, tot nu toe"),
        ("site_text", "Nieuws afbeelding 6-1-2014", {"note": "image alt text with the publication date: site text"}),
        ("lede", "Dit seizoen zijn we gestart met Janco"),
        ("paragraph", "Na vorig jaar gedegradeerd te zijn"),
        ("site_text", "Sponsoren", {"note": "heading of the site's sponsor box after the item: site text"}),
    ],
)

# ---- Zwolle-Zuid Nieuws (zwollezuidnieuws.nl, local news site; campus news) ---------------------
L(
    "zz_campus",
    (0, 0, None),
    [
        ("headline", "Hogeschool Windesheim wordt", {"note": CLEAN}),
        ("lede", "Woensdag 17 januari is het startsein"),
        ("paragraph", "De campus is een ontmoetingsplek"),
        ("subheading", "Aantrekkelijke thuisbasis"),
        ("paragraph", "Een van de stappen is het autovrij"),
        ("paragraph", "Erika Diender van het College van", {"note": CUT}),
    ],
)

# ---- ACP (acp.nl, police union; news) ----------------------------------------------------------
L(
    "ac_regeerakkoord",
    (1, 0, None),
    [
        ("site_text", "ACP | Politievakbond ACP", {"note": "site name line (page title of the site): site text"}),
        ("headline", "Regeerakkoord: veel aandacht voor"),
        ("lede", "De ACP vindt de €267 miljoen die de"),
        (
            "paragraph",
            "De ACP ziet dat de €267 miljoen",
            {"note": "two paragraphs glued at a closing quote ('gemaakt.”In het regeerakkoord'): one block"},
        ),
        ("subheading", "Burgerinitiatief voor vroegpensioen"),
        ("paragraph", "In het regeerakkoord wordt ook niets"),
        ("subheading", "Belang van arbeidstijdenwet"),
        ("paragraph", "Ook valt de ACP erover dat Rutte III"),
        ("subheading", "Flexibilisering operationele sterkte"),
        ("paragraph", "In het regeerakkoord is ook een regel", {"note": CUT}),
    ],
)

# ---- Vakblad Warmtepompen (vakbladwarmtepompen.nl, heat-pump trade magazine; short item) --------
L(
    "vw_duitsland",
    (0, 0, None),
    [
        ("headline", "Miljoen warmtepompen geïnstalleerd", {"note": CLEAN}),
        ("lede", "Na een aarzelende start zou een", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- IJsbaan Wezep (ijsbaanwezep.nl, ice-skating club; season report) ---------------------------
L(
    "iw_seizoen",
    (0, 0, None),
    [
        ("headline", "2011-2012 Laat maar geslaagd", {"note": "the title with the season in front; " + CLEAN}),
        ("lede", "Het zat in 2011 wat betreft het"),
        ("subheading", "Schaatswedstrijden scholen groot"),
        ("paragraph", "Doordat het inmiddels eenjaar geleden"),
        ("paragraph", "De dagen daarna bleven de"),
        ("paragraph", "Ook was er voor de jeugd een beperkt", {"note": CUT}),
    ],
)

# ---- Delft op Zondag (delftopzondag.nl, free Sunday paper; sports preview) ----------------------
L(
    "do_waterpolo",
    (2, 0, None),
    [
        (
            "caption",
            "In Zwembad Kerkpolder zullen zondag",
            {
                "tail": "(foto: Niek Weustink)",
                "note": "photo caption above the title; the photographer's credit glued to it is the tail",
            },
        ),
        (
            "site_text",
            "In Zwembad Kerkpolder zullen zondag",
            {"note": "the same caption with credit printed a second time: site text"},
        ),
        ("headline", "Jonge waterpoloërs in actie in"),
        ("site_text", "sport", {"note": "section label under the title: site text"}),
        (
            "lede",
            "DELFT - Zwem- en waterpolovereniging",
            {"note": "the whole item is one paragraph, with its place dateline and closing web address"},
        ),
    ],
)

# ---- De Doetinchem Gids (dedoetinchemgids.nl, local portal; teaser of a newspaper article) -----
L(
    "dg_koningsdag",
    None,
    [
        (
            "lede",
            "Doetinchem - Een Regio Van Uitersten",
            {"note": NOTITLE + "; the portal's teaser of the article, with its place dateline, ending in '...'"},
        ),
        (
            "site_text",
            "Lees het volledige artikel bij",
            {"note": "link to the full article at the source newspaper: site text"},
        ),
        ("site_text", "Laat dit artikel viral gaan in", {"note": "share prompt: site text"}),
        (
            "site_text",
            "Auteur",
            {
                "note": "the portal's author box ('Auteur' / 'Nieuws door Nederlands Dagblad. Lees ...'): site text, one block"
            },
        ),
    ],
)

# ---- Hoorn Radio (hoornradio.nl, local broadcaster; teaser of a local weekly's item) ------------
L(
    "hr_kroese",
    None,
    [
        ("site_text", "19-02-2020 | 13:11:01", {"note": "publication date and time: site text; " + NOTITLE}),
        (
            "site_text",
            "HOORNGIDS |",
            {
                "note": "the source label glued in front of the teaser ('HOORNGIDS |', the weekly it comes from): site text, cut inside the line (doubtful: could be read as a kicker of the lede)"
            },
        ),
        (
            "lede",
            "Hans Kroese (81) zat in militaire",
            {"note": "the teaser; it ends in 'bijā¦', the extractor's mis-decoded ellipsis, kept"},
        ),
    ],
)

# ---- Voorwaarts Twello (voorwaartstwello.nl, volleyball club; board's news) ---------------------
L(
    "vt_bestuur",
    (2, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label: site text"}),
        ("site_text", "24 mei 2020", {"note": "publication date line: site text"}),
        ("headline", "Van het volleybalbestuur"),
        ("lede", "En zo kwam er een abrupt einde aan"),
        ("subheading", "Abrupt einde volleybalseizoen"),
        ("paragraph", "Half maart heeft de NeVoBo besloten"),
        ("subheading", "Nieuwe trainer dames 1 en meisjes A"),
        ("paragraph", "In de maanden dat de volleybal stil"),
        ("subheading", "Dameslijn is een puzzel"),
        ("paragraph", "Aan het begin van dit volleybalseizoen", {"note": CUT}),
    ],
)

# ---- Handbal Inside (handbalinside.nl, handball news site; round report) ------------------------
RESULTS = "result line of the list: one list_item per line"
L(
    "hi_horvers",
    None,
    [
        ("lede", "Het gewonnen thuisduel van VOC stond", {"note": NOTITLE}),
        ("paragraph", "In Amsterdam had VOC een helft lang"),
        ("paragraph", "Zo werd de rechteropbouwer samen met"),
        ("subheading", "SEW en Fortes Venlo"),
        ("paragraph", "Na elf wedstrijden heeft VOC net als"),
        ("paragraph", "Achtervolgers SEW en Fortes Venlo"),
        ("subheading", "Lisa Hölscher"),
        ("paragraph", "Tot slot nog even noemen: de twaalf"),
        ("subheading", "Alle uitslagen:", {"note": "label of the results list: subheading"}),
        ("list_item", "PSV – VZV 27-42", {"note": RESULTS}),
        ("list_item", "Fortes Venlo – E&O 31-22"),
        ("list_item", "Kwiek – Quintus 42-27"),
        ("list_item", "ZAP – SEW 26-41"),
        ("list_item", "Volendam – V&L 35-30"),
        ("list_item", "VOC – DSVD 41-30"),
        ("list_item", "Foreholte – MHV’81 29-18"),
        ("subheading", "Top-5:", {"note": "label of the standings list: subheading"}),
        ("list_item", "1. Kwiek 11-20", {"note": "standings line: one list_item per line"}),
        ("list_item", "2. Quintus 11-20"),
        ("list_item", "3. VOC 11-18"),
        ("list_item", "4. VZV 11-18"),
        ("list_item", "5. SEW 10-16"),
        ("site_text", "Foto: FotoReza", {"note": "photo credit at the end: site text"}),
    ],
)

# ---- Witte Weekblad (witteweekbladnieuwkoop.nl, local weekly; club series) ----------------------
L(
    "ww_morelisse",
    (1, 0, None),
    [
        ("site_text", "• PR", {"note": "label marking the item as promotional ('• PR'): site text"}),
        ("headline", "Mijn club: Rob Morelisse", {"note": "the title with its series kicker 'Mijn club:'"}),
        ("lede", "LANGERAAR Het verenigingsleven in", {"note": "intro with its place dateline in capitals"}),
        ("paragraph", "Deze week trapt Rob Morelisse van"),
        ("byline", "Loek Sassen", {"note": BYLINE}),
        ("paragraph", "WaterSportVereniging Langeraar"),
        ("paragraph", "Morelisse (59) is geboren en getogen", {"note": CUT}),
    ],
)

# ---- FNV Zuidwest Drenthe / Noordwest Overijssel (union's local branch; news item) --------------
L(
    "fn_vakbondshuizen",
    (0, 0, None),
    [
        ("headline", "vakbondshuizen", {"note": "the item's title, in lower case"}),
        ("lede", "FNV werkt aan nieuwe structuren."),
        ("paragraph", "In de voorlopige verdeling zijn de", {"note": "preceded by a line holding one space"}),
        (
            "site_text",
            "An error has occurred.",
            {"note": "the web application's error banner ('An error has occurred ... Reload 🗙'): site text"},
        ),
    ],
)

# ---- Tafeltennis.nu (tafeltennis.nu, table-tennis news site; club preview) ----------------------
L(
    "tt_kampenion",
    None,
    [
        ("site_text", "Tafeltennis.nu", {"note": "site name in place of a title: site text; " + NOTITLE}),
        ("lede", "Begin september begint ook voor de"),
        ("paragraph", "Team 1, het 'vlaggenschip' van"),
        (
            "paragraph",
            "De tegenstanders van Kampenion in de",
            {"note": "separated from the paragraph above by a line break"},
        ),
        ("paragraph", "Ook het tweede team is niet gewijzigd"),
        ("paragraph", "De acht seniorenteams zijn redelijk"),
        ("paragraph", "Kampenion komt komend seizoen uit met"),
        ("paragraph", "De spelers hebben weer zin", {"note": CUT}),
    ],
)

# ---- Leusder Krant (leusderkrant.nl, local weekly; jubilee article) -----------------------------
L(
    "lk_jubileum",
    (5, 0, None),
    [
        (
            "caption",
            "• Deel van de voorpagina van de",
            {"note": "caption of the first photo of the gallery above the title"},
        ),
        ("site_text", "Archief Leusder Krant", {"note": "photo credit of the first photo: site text"}),
        ("caption", "• De Leusder Krant betaalde ook een", {"note": "caption of the second photo"}),
        ("site_text", "Archief Leusder Krant", {"note": "photo credit of the second photo: site text"}),
        ("site_text", "• BDUmedia", {"note": "credit of a third photo without caption: site text"}),
        ("headline", "Krant zag de groeipijn van een jonge"),
        ("lede", "LEUSDEN De Leusder Krant bestaat 50", {"note": "intro with its place dateline in capitals"}),
        ("byline", "Daan Bleuel", {"note": BYLINE}),
        ("paragraph", "Via dezelfde bon konden ook"),
        (
            "paragraph",
            "GOUDEN JUBILEUM Het gouden jubileum",
            {
                "note": "a capitalised lead-in ('GOUDEN JUBILEUM') glued to the paragraph: kept in it (doubtful: an inline streamer)"
            },
        ),
        ("paragraph", "Maar het is ook een gelegenheid om", {"note": CUT}),
    ],
)

# ---- De Bouwhoek (debouwhoek.nl, education site; article after a newspaper) --------------------
L(
    "bh_lerarencollectief",
    (0, 0, None),
    [
        ("headline", "Lerarencollectief"),
        ("lede", "Een beroepsvereniging voor leraren om", {"note": "the intro (first of two identical copies)"}),
        (
            "site_text",
            "Een beroepsvereniging voor leraren om",
            {"note": "the intro printed a second time: site text (doubtful: which copy is the article's)"},
        ),
        ("paragraph", "Leraren proberen zich al jaren"),
        ("paragraph", "Vakbonden, vakvereniging van docenten"),
        ("paragraph", "Een lerarenvereniging is niet te"),
        ("subheading", "Vertrouwen"),
        ("paragraph", "De kans dat het lukt om een"),
        ("paragraph", "Een beroepsvereniging kan vakbonden"),
        (
            "site_text",
            "BRON: https://fd.nl/",
            {"note": "source line with the newspaper's web address: site text (could be read as a source credit)"},
        ),
        ("site_text", "DEEL DE BOUWHOEK MET JE N", {"note": "share prompt: site text; " + CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 77 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NOS, RTV Noord, AD, Omrop Fryslân, Hart van Nederland, OOG TV, De Stentor, Omroep West)
and eight Flemish (VRT NWS, BRUZZ, Knack, Hageland Actueel, KW, De Tijd, Metro, TVL). They come
from the `search` tool's "pages" corpus (stored public web pages, text as the store extracted it),
which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind77 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
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
    # Dutch
    "nos_rotterdam": (
        "https://nos.nl/artikel/2362849-woningen-ontruimd-in-rotterdam-na-brand-door-vuurwerkbom.html",
        "2021-01",
    ),
    "rtvn_appingedam": (
        "http://www.rtvnoord.nl/nieuws/178999/Noord-Vandaag-Dit-is-zeer-ingrijpend-voor-de-bewoners",
        "2017-06",
    ),
    "ad_arnhem": ("https://www.ad.nl/arnhem/snorfietser-raakt-gewond-bij-aanrijding-in-arnhem~a2f8b3f4/", None),
    "omrop_boekekast": (
        "https://www.omropfryslan.nl/nieuws/1006147-karen-bies-over-het-nieuwe-seizoen-boekekast-verhalen-zijn-speciaal-voor-de-podcast",
        "2020-11",
    ),
    "hvn_fietser": (
        "https://www.hartvannederland.nl/112/ongeluk/artikelen/zuid-holland-rotterdam-fietser-zwaargewond-botsing-fietser",
        None,
    ),
    "oogtv_rijksweg": (
        "https://www.oogtv.nl/2020/02/auto-slaat-over-de-kop-bij-verkeersongeluk-op-rijksweg/?utm_source=rss&utm_medium=rss&utm_campaign=auto-slaat-over-de-kop-bij-verkeersongeluk-op-rijksweg",
        "2020-02",
    ),
    "stentor_gemist": (
        "https://www.destentor.nl/zwolle/gemist-ravage-door-stoeptegels-op-snelweg-en-politie-schiet-gericht-bij-massale-vechtpartij~ae155996/",
        "2019-12",
    ),
    "ow_wekker": (
        "https://www.omroepwest.nl/nieuws/3615741/West-Wekker-Vijf-aanhoudingen-na-illegaal-gokken-en-Leidse-wethouder-mag-blijven",
        "2018-04",
    ),
    # Flemish
    "vrt_berchem": (
        "https://www.vrt.be/vrtnws/nl/2021/07/22/korte-maar-hevige-brand-op-bouwwerf-aan-post-x-in-berchem/",
        "2021-07",
    ),
    "bruzz_zone30": (
        "https://bruzz.be/videoreeks/vrijdag-10-januari-2020/video-brusselse-regering-zal-diplomatisch-moeten-zijn-voor-zone",
        None,
    ),
    "knack_draulans": (
        "https://www.knack.be/nieuws/belgie/het-ware-gevaar-is-niet-de-klimaatontkenner-maar-de-vooruitgangsoptimist/article-opinion-1464793.html",
        "2019-05",
    ),
    "hageland_combi": (
        "https://www.hagelandactueel.be/nieuws/oost-brabant/tiensesteenweg-volledig-afgesloten-nadat-politiecombi-op-tegenligger-crasht?nid=16219",
        None,
    ),
    "kw_radio2": (
        "https://kw.be/nieuws/media/radio/na-de-heisa-komt-goeiemorgen-morgen-naar-west-vlaanderen-radio2-blijft-aanwezig-in-alle-regios/",
        None,
    ),
    "tijd_kanaalz": (
        "https://www.tijd.be/ondernemen/media-marketing/Zakenzender-Kanaal-Z-verliest-ankervrouw/10031848",
        "2018-07",
    ),
    "metro_nieuwjaar": (
        "https://nl.metrotime.be/2018/01/01/news/nieuwjaar-politie-en-brandweer-bekogeld-met-stenen-in-molenbeek-ook-incidenten-in-anderlecht/",
        None,
    ),
    "tvl_nieuws": ("https://tvl.be/nieuws/tvl-nieuws-25-juli-2018-62758", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
ITEM = "a round-up's item label (capitals, on its own line): subheading"
PLUG = "a link plug ('Lees hier ...') glued at the paragraph's end: its tail (a standing line, stop 46 row)"
ITEMNR = "a round-up's numbered item title: subheading (the number stays in it)"
TVITEM = "a bulletin item on its own line, opened by '- ': list item (as structure_blind74's tvl_nieuws)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; news item) ---------------------------------------------------
L(
    "nos_rotterdam",
    None,
    [
        ("lede", "In Rotterdam is in een pand van de", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De politie noemt het gedrag van de"),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; a programme's video item) ----------------
L(
    "rtvn_appingedam",
    (0, 0, None),
    [
        (
            "headline",
            "Noord Vandaag: 'Dit is zeer ingrijpend",
            {
                "note": "the title with its glued programme name ('Noord Vandaag:'), which stays in the headline (kicker row)"
            },
        ),
        ("site_text", "(Foto: RTV Noord)", {"note": "a photo credit on a line of its own: site text"}),
        (
            "lede",
            "Appingedam wacht een gigantische",
            {
                "tail": "Dat - en meer - in Noord Vandaag.",
                "note": "the intro; its closing 'Dat - en meer - in Noord Vandaag.' is the programme's closing formula: its tail (stop 46 row)",
            },
        ),
        (
            "quote",
            "'Dit heeft een grote impact op het",
            {
                "note": "an interviewee's words set off on their own, in quotation marks: quote, article text (doubtful: could be a paragraph)"
            },
        ),
        ("subheading", "Eis in zaak dood van Jesse van Wieren", {"note": "the programme's next item title"}),
        ("paragraph", "Acht jaar gevangenisstraf en tbs met"),
        ("paragraph", "Zijn medeverdachte Desiree G. hangt"),
        (
            "subheading",
            "Drone boven hoofdstation Groningen",
            {
                "note": "an item title whose body (a video) is lost: subheading (doubtful: could be read as a video title, caption)"
            },
        ),
    ],
)

# ---- AD (ad.nl, its Arnhem edition; a news-ticker item) -----------------------------------------------
L(
    "ad_arnhem",
    (0, 0, None),
    [
        (
            "headline",
            "gemeenteraadsverkiezingen ‘Weggeven",
            {
                "note": "the store's text of this URL is a ticker item, not the story its slug names; its title with the glued topic tag 'gemeenteraadsverkiezingen', which stays in the headline (kicker row; doubtful: a topic tag rather than a genre label)"
            },
        ),
        ("lede", "ARNHEM - Er tekent zich nu al een", {"note": "the place dateline stays in the lede"}),
        ("site_text", "8:58", {"note": "the item's time on a line of its own: site text (bare time row)"}),
    ],
)

# ---- Omrop Fryslân (omropfryslan.nl, NL regional broadcaster, Friesland; an interview, in Dutch) -----------
L(
    "omrop_boekekast",
    None,
    [
        (
            "lede",
            "Jij mocht de schrijvers interviewen,",
            {
                "note": NOTITLE
                + "; the interviewer's question, the first block: lede (doubtful: could be a subheading, as a Q&A question); "
                + CLEAN
            },
        ),
        (
            "paragraph",
            '"In de interviews beland ik zomaar in',
            {"note": "the answer, in quotation marks: paragraph (the interview's own text)"},
        ),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL national TV news, SBS6; accident report) ---------------
L(
    "hvn_fietser",
    None,
    [
        ("site_text", "Ongeluk", {"note": NOTITLE + "; the section label: site text"}),
        (
            "site_text",
            "Vandaag, 14:56 - Update: 3 uur",
            {"note": "publication date line with its update status: one site-text block"},
        ),
        ("lede", "Een politieauto is donderdagmiddag op"),
        ("paragraph", "De politie Den Haag onderzoekt de"),
    ],
)

# ---- OOG TV (oogtv.nl, NL local broadcaster, city of Groningen; accident report) -------------------------
L(
    "oogtv_rijksweg",
    None,
    [
        ("site_text", "nieuws", {"note": NOTITLE + "; the section label on a line of its own: site text"}),
        (
            "site_text",
            "Foto: Rick ten Cate - tencatefotograf",
            {"note": "a photo credit on a line of its own: site text"},
        ),
        ("lede", "Bij een verkeersongeluk vrijdagmiddag"),
        ("paragraph", "Het ongeluk gebeurde rond 16.00 uur."),
        ("paragraph", "De Rijksweg is vanwege het ongeluk"),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily, DPG; the day's 'Gemist?' round-up) --------------------
L(
    "stentor_gemist",
    None,
    [
        ("subheading", "SCHIETPARTIJEN", {"note": NOTITLE + "; " + ITEM}),
        ("lede", "In De Sikkel in Apeldoorn heeft", {"tail": "Lees hier al onze verhalen over", "note": PLUG}),
        ("subheading", "STOEPTEGELS", {"note": ITEM}),
        ("paragraph", "De A50 tussen Apeldoorn en Zwolle was"),
        ("subheading", "HOENDERLOO GROEP", {"note": ITEM}),
        (
            "paragraph",
            "Minister Hugo de Jonge (CDA) moet",
            {"tail": "Lees hier de hartverscheurende open", "note": PLUG},
        ),
        ("subheading", "KANAAL", {"note": ITEM}),
        ("paragraph", "Het lichaam dat gistermiddag in het"),
        ("subheading", "VAL", {"note": ITEM}),
        ("paragraph", "De man die gewond raakte bij een val"),
        ("subheading", "VECHTPARTIJ", {"note": ITEM}),
        ("paragraph", "Drie inwoners van Marknesse zijn"),
    ],
)

# ---- Omroep West (omroepwest.nl, NL regional broadcaster, Zuid-Holland; the morning round-up 'West Wekker') --
L(
    "ow_wekker",
    None,
    [
        (
            "site_text",
            "REGIO - Goedemorgen! Word rustig",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame (greeting, 'word rustig wakker ... met onze West Wekker'), with the place written before it: site text (greeting-frame row)"
            },
        ),
        ("subheading", "1. Vijf aanhoudingen om illegaal", {"note": ITEMNR}),
        (
            "lede",
            "Tijdens een grote actie tegen illegaal",
            {"note": "the first item's text: lede (the frame holds no news of its own)"},
        ),
        ("subheading", "2. Leids wethouder Roos van Gelderen", {"note": ITEMNR}),
        ("paragraph", "Roos van Gelderen (SP) mag aanblijven"),
        ("subheading", "3. Tandartsen vinden hoge boete zelf", {"note": ITEMNR}),
        ("paragraph", "De Tandzorg Groep uit Delft, met acht"),
        ("subheading", "4. Burgemeester Krikke: minimaal", {"note": ITEMNR}),
        ("paragraph", "Een nieuw college van burgemeester en"),
    ],
)

# ---- VRT NWS (vrt.be/vrtnws, Flemish public broadcaster; fire report) -------------------------------------
L(
    "vrt_berchem",
    None,
    [
        ("lede", "Iets na drie uur vanmiddag is er een", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Op de werf aan de Borsbeekbrug in"),
    ],
)

# ---- BRUZZ (bruzz.be, Brussels Flemish news brand; a weekly video item) ---------------------------------
L(
    "bruzz_zone30",
    None,
    [
        ("lede", "BRUZZ-journalist Filip De Rycke staat", {"note": NOTITLE + "; the video's description"}),
        (
            "site_text",
            "Fijn dat je wil reageren. Wie",
            {"note": "the comment section's standing notice (house rules, Disqus help): one site-text block"},
        ),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; an opinion piece) ---------------------------------------------
L(
    "knack_draulans",
    (1, 0, None),
    [
        ("site_text", "opinie", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "'Het ware gevaar is niet de klimaatont"),
        (
            "byline",
            "Dirk Draulans Redacteur bij Knack",
            {
                "note": "the author's name with his role glued after it: one byline block (doubtful: the role 'Redacteur bij Knack' could be read as site text)"
            },
        ),
        ("lede", "Knack-journalist Dirk Draulans", {"note": "the intro (deck) under the author line"}),
        (
            "paragraph",
            "Zelfs als we de opwarming tegen 2100",
            {
                "note": "a sentence set off on its own after the intro, the excerpt's last block: paragraph (doubtful: could be a pull quote or an image caption)"
            },
        ),
    ],
)

# ---- Hageland Actueel (hagelandactueel.be, Flemish local news site, East Brabant; accident report) -------
L(
    "hageland_combi",
    (0, 0, None),
    [
        ("headline", "Tiensesteenweg volledig afgesloten", {"note": CLEAN}),
        (
            "lede",
            '"Een interventieploeg van de Leuvense',
            {"note": "the police spokesman's words open the report: lede"},
        ),
        ("paragraph", '"De Tiensesteenweg werd -omwille van'),
    ],
)

# ---- KW (kw.be, Krant van West-Vlaanderen, Flemish regional weekly; an interview) -------------------------
L(
    "kw_radio2",
    None,
    [
        ("lede", "Rino Ver Eecke (58) staat al jarenlang", {"note": NOTITLE + "; the intro"}),
        (
            "caption",
            "Rino Vereecke, afkomstig uit Gits is",
            {"tail": "© VRT", "note": "image caption with words of its own; the glued credit '© VRT' its tail"},
        ),
        ("paragraph", "Rino Ver Eecke, afkomstig van Gits bij"),
        ("paragraph", "Het afgelopen half jaar veranderde er"),
        ("subheading", "‘Goeiemorgen Morgen!’"),
        ("paragraph", "Een van de meest ingrijpende", {"note": CUT}),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; a media news item) ----------------------------------------
L(
    "tijd_kanaalz",
    None,
    [
        ("lede", "Schermgezicht Véronique Goossens gaat", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Goossens werkte sinds 2006 bij Kanaal"),
        ("paragraph", "‘Ik werk bijna 15 jaar bij Kanaal Z"),
        ("paragraph", "De redactie van de zender huisde"),
        ("subheading", "Besparingen"),
        ("paragraph", "De zakenzender werd daarop"),
        ("paragraph", "Tegelijk werd een vertrokken journalis", {"note": CUT}),
    ],
)

# ---- Metro (nl.metrotime.be, Belgian free daily, Dutch edition; police report, a Belga wire) ------------
L(
    "metro_nieuwjaar",
    (0, 0, None),
    [
        ("headline", "Nieuwjaar: politie en brandweer"),
        ("byline", "door\nBelga", {"note": "the author line ('door' / 'Belga', two lines): byline"}),
        ("site_text", "Leestijd 1 min.", {"note": "reading-time label: site text"}),
        ("lede", "In de gemeente Sint-Jans-Molenbeek"),
        ("paragraph", "Voorlopig zijn nog geen verdachten"),
        ("paragraph", "Ook in de Brusselse gemeente Anderlech"),
        ("site_text", "bron: Belga", {"note": "source line on its own line: site text"}),
    ],
)

# ---- TVL (tvl.be, Flemish regional TV, Limburg; evening bulletin page) -----------------------------------
L(
    "tvl_nieuws",
    (2, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label glued before the date line: split off as site text"}),
        ("site_text", "25/07/2018 - 18:31", {"note": "publication date line: site text"}),
        ("headline", "TVL Nieuws, 25 juli 2018", {"note": "the bulletin's title"}),
        ("list_item", "- Gouverneur Herman Reynders breidt", {"note": TVITEM}),
        ("list_item", "- Door de aanhoudende hitte blijven", {"note": TVITEM}),
        ("list_item", "- Bij Racing Genk zijn ze op hun hoede", {"note": TVITEM}),
        ("list_item", "- En kunstenares An Vanderlinden", {"note": TVITEM}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 63 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language pages of sixteen mainstream news outlets, eight Dutch (NOS,
NU.nl, De Telegraaf, NRC, Trouw, Omroep Brabant, Omroep Gelderland, RTV Noord) and eight Flemish (VRT NWS,
Het Nieuwsblad, HLN, Het Belang van Limburg, De Morgen, Knack, Focus-WTV, ROB-tv). A development set
(not held out). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind63 and are NOT for the project repository. Only the labels (ours) live here,
in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first characters
of the block, at most 38, with an occurrence skip count where needed). A block runs from its marker to
the next block's marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the
start marker of site text glued to the end of a block (gold `site_text_tail`). The headline is (block
index, start, end) into that block's text (end None = to the block's end). Standard library only; the
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
    "nos_clasico": (
        "https://next.nos.nl/liveblog/2542173-barcelona-vernedert-real-in-bernabeu-heerenveen-wint-weer-eens",
        None,
    ),
    "ob_bureau": (
        "http://www.omroepbrabant.nl/?news/282100282/Kijkers+van+Omroep+Brabant+maken+de+provincie+veiliger"
        "+meer+aanhoudingen+in+zaken+Bureau+Brabant.aspx",
        None,
    ),
    "gld_vijfmin": ("https://www.omroepgelderland.nl/nieuws/2411782/Het-nieuws-van-maandag-in-vijf-minuten", None),
    "tg_sportkort": ("https://www.telegraaf.nl/sport/1790357766/sport-kort-hoolwerf-slaat-toe-in-utrecht", "2019-12"),
    "rtvn_noordvandaag": (
        "https://www.rtvnoord.nl/nieuws/188533/Noord-Vandaag-Die-aardbeving-voelde-echt-heel-eng",
        "2018-01",
    ),
    "nu_stemhokje": (
        "https://www.nu.nl/blog/6282308/wij-helpen-je-graag-goed-voorbereid-naar-het-stemhokje.html",
        None,
    ),
    "nrc_rechtbank": ("https://www.nrc.nl/nieuws/2020/01/30/rechtbank-a3988587", None),
    "tr_hoogtepunten": (
        "https://www.trouw.nl/cultuur-media/dit-waren-de-hoogtepunten-van-2021-volgens-de-chefs-van-trouw~b789973b/",
        "2021-12",
    ),
    "nb_regeerakkoord": ("https://www.nieuwsblad.be/cnt/dmf20191001_04638575", "2019-10"),
    "vrt_instorting": (
        "https://www.vrt.be/vrtnws/nl/2023/05/04/dak-en-verdieping-van-huis-in-gent-stort-in-geen-gewonden/",
        None,
    ),
    "hln_vlaeminck": (
        "https://www.hln.be/wielrennen/koers-kort-quintana-moet-onder-het-mes-en-zet-punt-achter-seizoen~ab75ddc1/",
        None,
    ),
    "hbvl_blauw": ("https://www.hbvl.be/cnt/dmf20230602_93629270", "2023-06"),
    "dm_luyten": ("https://www.demorgen.be/nieuws/ik-ben-een-loyaal-mens-altijd-geweest~be68cd33/", None),
    "kn_marrakesh": (
        "https://www.knack.be/nieuws/belgie/de-n-va-zal-rond-marrakesh-blijven-mobiliseren-tot-in-mei/"
        "article-longread-1411819.html",
        None,
    ),
    "fw_avondnieuws": ("https://focus-wtv.be/avondnieuws/nieuws-focus-12-december", None),
    "rob_vandaag": ("https://www.robtv.be/nieuws/robtv-nu-dit-gebeurt-er-vandaag-in-jouw-regio-200243", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (next.nos.nl, national public broadcaster; football liveblog) --------------------------
L(
    "nos_clasico",
    (2, 0, None),
    [
        ("site_text", "Voetbalblog", {"note": "genre label on its own line above the title"}),
        (
            "site_text",
            "NOS VoetbalAangepast",
            {"note": "section name with the update label glued ('Aangepast'): site text"},
        ),
        ("headline", "Barcelona vernedert Real in Bernabéu"),
        ("lede", "Vandaag staan er vier wedstrijden op"),
        ("site_text", "liveblog gesloten", {"note": "liveblog status line"}),
        ("subheading", "Einde blog", {"note": "liveblog entry heading"}),
        ("paragraph", "Bedankt voor het volgen van ons blog."),
        ("subheading", "Uitslagen en stand eredivisie", {"note": "entry heading; the entry holds only link cards"}),
        (
            "site_text",
            "• NOS",
            {"note": "two embedded link cards (source 'NOS' and link title): site text, one block (doubtful)"},
        ),
        ("subheading", "HEE-SPA | 90+6' Afgelopen"),
        ("paragraph", "En ook in Heerenveen zit het erop."),
        ("subheading", "REA-BAR | 90+2' Afgelopen"),
        ("paragraph", "Barcelona deelt Real een dreun uit"),
        ("paragraph", "Heel even leek het record"),
        ("subheading", "REA-BAR | 84' DOELPUNT BARCELONA!"),
        ("paragraph", "De avond wordt steeds pijnlijker"),
        ("subheading", "HEE-SPA | Slotfase breekt aan"),
        ("paragraph", "In Heerenveen heeft de thuisploeg"),
        ("subheading", "REA-BAR | 78' DOELPUNT BARCELONA!"),
        ("paragraph", "Weer een doelpunt in Spanje.", {"note": CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, regional broadcaster; short news item) -------------------
L(
    "ob_bureau",
    None,
    [
        ("lede", "EINDHOVEN - Het nieuwe seizoen van", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Iedere week keken er gemiddeld"),
        ("subheading", "Politie bedankt kijkers"),
        ("paragraph", "Ook dit seizoen vraagt de politie"),
    ],
)

# ---- Omroep Gelderland (omroepgelderland.nl, regional broadcaster; daily news programme page) ----
L(
    "gld_vijfmin",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label above the title"}),
        ("headline", "Het nieuws van maandag in vijf"),
        (
            "caption",
            "Presentatrice Linda Geerdink.",
            {
                "tail": "Kijk op Gelderland is het programma",
                "note": "photo caption (title line and description line, one block); the description is the "
                "programme's standing blurb, site text, and with the credit after it the caption's tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; "
                "the tail was only the credit '© Omroep Gelderland')",
            },
        ),
        (
            "site_text",
            "ARNHEM - Kijk op Gelderland is het",
            {
                "note": "the programme's standing blurb ('… het programma waarin we u elke werkdag … bijpraten'), the place before it: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was lede)"
            },
        ),
        ("paragraph", "Met vandaag onder meer:"),
        ("list_item", "Edenaren maken zich zorgen om de"),
        ("list_item", "In Kekerdom (gemeente Berg en Dal)"),
        ("list_item", "De gemeente Arnhem gaat het"),
        (
            "site_text",
            "Kijk hier de uitzending terug:",
            {"note": "video prompt with the embedded video's title: site text, one block"},
        ),
        ("site_text", "💬 WhatsApp ons!", {"note": "standing tip line of the site"}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, national daily; 'Sport Kort' sports ticker) --------------------
L(
    "tg_sportkort",
    None,
    [
        (
            "lede",
            "22.15 uur: Schaatser Bart Hoolwerf",
            {"note": NOTITLE + "; the ticker's time stamp stays at the start of the item's first paragraph"},
        ),
        ("paragraph", "Hoolwerf heeft van het winnen van"),
        ("paragraph", "Bij de vrouwen ging de zege naar"),
        (
            "caption",
            "Virgil van Dijk Ⓒ Reuters",
            {"tail": "Ⓒ Reuters", "note": "photo caption (a name) with the agency credit as its tail"},
        ),
        ("subheading", "Liverpool stuit op Monterrey bij WK", {"note": "title of the next ticker item"}),
        ("paragraph", "20.42 uur: Liverpool neemt het"),
        ("paragraph", "De ploeg van Xavi had in de eerste", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, regional broadcaster; page of the 'Noord Vandaag' programme) --------
L(
    "rtvn_noordvandaag",
    None,
    [
        ("lede", "Vlak nadat de klok vanmiddag drie", {"note": NOTITLE}),
        (
            "paragraph",
            "'De hele vloer trilde.",
            {"tail": "(Vanaf 01:20)", "note": "quoted line; the video time pointer '(Vanaf mm:ss)' is its tail"},
        ),
        ("paragraph", "Verder in Noord Vandaag:"),
        ("list_item", "- Op de nieuwe coldcasekalender", {"tail": "(Vanaf 08:57)"}),
        ("list_item", "- Het is bijzonder in een", {"tail": "(Vanaf 12:51)"}),
        ("list_item", "- FC Groningen is vandaag naar", {"tail": "(Vanaf 14:58)"}),
        ("list_item", "- Zo'n honderd militairen vlogen", {"tail": "(Vanaf 19:44)"}),
    ],
)

# ---- NU.nl (nu.nl, national news site; weekly note of the editors-in-chief) --------------------
L(
    "nu_stemhokje",
    None,
    [
        (
            "site_text",
            "Van de hoofdredactie",
            {"note": "rubric label on its own line: site text; " + NOTITLE},
        ),
        (
            "site_text",
            "Elke zondag vertellen we je meer",
            {
                "note": "the weekly column's standing line: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was the first sentence of the lede)"
            },
        ),
        ("lede", "Dit keer kijken we terug op een wat", {"note": "this instalment's own intro"}),
        ("paragraph", "Prinsjesdag staat onder journalisten"),
        ("paragraph", "Het demissionaire kabinet staat al"),
        ("paragraph", "Hoe dat zo? Een paar voorbeelden"),
        ("paragraph", "Met Prinsjesdag achter de rug"),
        ("paragraph", "Extra belangrijk dus om goed", {"note": CUT}),
    ],
)

# ---- NRC (nrc.nl, national daily; Rotterdam column) -------------------------------------------
L(
    "nrc_rechtbank",
    (1, 0, None),
    [
        ("site_text", "Opinie", {"note": "genre label above the title"}),
        ("headline", "Rechtbank"),
        (
            "site_text",
            "In 010",
            {"note": "the column's name on its own line under the title: rubric label, site text (doubtful)"},
        ),
        ("lede", "Rijen, rijen, overal rijen."),
        ("paragraph", "Een uurtje later gaf ik me op"),
        ("paragraph", "In sneltreinvaart volgde de"),
        ("paragraph", "Een deur verder bleek dat de"),
        ("paragraph", "Een zittingszaal verderop een"),
        ("paragraph", "Een wetsgetrouw volk, dat moet u", {"note": CUT}),
    ],
)

# ---- Trouw (trouw.nl, national daily; the editors' picks of the year) ---------------------------
L(
    "tr_hoogtepunten",
    None,
    [
        ("lede", "Ruim 20.000 artikelen verschenen er", {"note": NOTITLE + "; the intro"}),
        ("subheading", "Een terugblik op het leven van", {"note": "title of the first picked article"}),
        ("paragraph", "In september overleed gebedsgenezer"),
        ("paragraph", "Een van hen was Alain Verheij"),
        (
            "paragraph",
            "Een prachtig verhaal, wat mij",
            {"tail": "Lees het verhaal hier.", "note": "the link line glued to the paragraph's end is its tail"},
        ),
        ("byline", "Nico de Fijter, chef redactie", {"note": "the signing editor's name and function"}),
        (
            "caption",
            "In 2021 werd volop gedemonstreerd",
            {"tail": "Beeld ANP", "note": "photo caption with the credit as its tail"},
        ),
        ("subheading", "Wie nog geen huis bezit is wellicht"),
        ("paragraph", "Hans de Geus spreekt in dit", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish daily; news item on the coalition agreement) --------
L(
    "nb_regeerakkoord",
    None,
    [
        ("lede", "Dinsdagavond organiseren N-VA", {"note": NOTITLE}),
        ("list_item", "• VRT krijgt een belangrijke rol"),
        ("list_item", "• Vanaf 2021 kunnen er geen"),
        ("list_item", "• In subsidiereglementen en"),
        ("list_item", "• De Vlaamse overheid wil in de"),
        ("list_item", "• De Vlaamse regering wil duaal"),
        ("paragraph", "De integrale tekst is hieronder te"),
        (
            "site_text",
            "bekijk ook",
            {"note": "'see also' label with a related article's title (cut): site text, one block; " + CUT},
        ),
    ],
)

# ---- VRT NWS (vrt.be, Flemish public broadcaster; short news item) -----------------------------
L(
    "vrt_instorting",
    None,
    [("lede", "Kort voor de middag zijn in Gent", {"note": NOTITLE + "; the whole item; " + CLEAN})],
)

# ---- HLN (hln.be, Flemish daily; cycling teaser) ----------------------------------------------
L(
    "hln_vlaeminck",
    (0, 0, None),
    [
        (
            "headline",
            "Ronde van Vlaanderen Roger De Vlaemin",
            {"note": "title with the topic kicker 'Ronde van Vlaanderen' glued on its line: kept in the headline"},
        ),
        ("site_text", "13 oktober", {"note": "date glued before the teaser text: site text"}),
        (
            "lede",
            "Opnieuw rivaliteit in de koers.",
            {"note": "the teaser text (the url names another article; the store kept this teaser)"},
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Limburg daily; short regional item) -----------------------
L(
    "hbvl_blauw",
    None,
    [
        ("lede", "De openbare gebouwen in Hasselt", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("paragraph", "Hasseltse gebouwen zoals het oude"),
    ],
)

# ---- De Morgen (demorgen.be, Flemish daily; interview) -----------------------------------------
L(
    "dm_luyten",
    (1, 0, None),
    [
        ("site_text", "Zaterdag 03/12/2022", {"note": "date line"}),
        ("headline", "'Ik ben een loyaal mens, altijd"),
        ("lede", "Hij zegt dat hij de N-VA niet wil"),
        ("paragraph", "U wilt de N-VA naar eigen zeggen", {"note": "interviewer's question; questions are paragraphs"}),
        ("paragraph", '"Ik heb die mail niet aan de pers'),
        ("paragraph", "Vereeck heeft zijn werk gedaan"),
        ("paragraph", '"Ik ken de context van de mail'),
        ("paragraph", "U had de mail aanvankelijk aan"),
        ("paragraph", '"Klopt. Ik heb het nogal voor'),
        ("paragraph", "Omdat N-VA-bashen een averechts"),
        ("paragraph", '"Ook bij CD&V proberen ze N-VA'),
        ("paragraph", "Als N-VA-bashen inderdaad een aver", {"note": CUT}),
    ],
)

# ---- Knack (knack.be, Flemish weekly; long-read discussion) ------------------------------------
L(
    "kn_marrakesh",
    None,
    [
        ("lede", "In het gild van de politieke", {"note": NOTITLE + "; the teaser intro"}),
        ("site_text", "...", {"note": "the teaser's truncation mark on its own line"}),
        (
            "site_text",
            "In het gild van de politieke",
            {"note": "the intro printed again at the start of the article text (repeat only): site text"},
        ),
        (
            "paragraph",
            "Het voorjaar van 2019 zal in het",
            {
                "note": "question and answer glued at a full stop ('gaan.Guy Tegenbos:'): one block; " + CUT,
            },
        ),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West Flemish regional TV; evening news page) ----------------------
L(
    "fw_avondnieuws",
    (2, 0, None),
    [
        ("site_text", "Avondnieuws", {"note": "section heading with its standing description: one block"}),
        ("site_text", "Programma's", {"note": "menu item"}),
        (
            "headline",
            "Nieuws Focus",
            {"note": "the programme's name heading the page (doubtful: could be read as a programme label)"},
        ),
        ("lede", "In Oostende doen steeds meer"),
        ("paragraph", "16 miljoen euro. Zoveel kost de"),
        ("paragraph", "In een school in Anzegem krijgen"),
        ("paragraph", "En patiënten die herstellen van een"),
    ],
)

# ---- ROB-tv (robtv.be, Flemish Brabant regional TV; live news page of the day) -----------------
L(
    "rob_vandaag",
    None,
    [
        (
            "site_text",
            "HERBEKIJK: Dit was Oost-Brabant op",
            {
                "note": "video card of the previous day's bulletin, its title printed three times: site text, one "
                "block (doubtful: the first copy could be read as an entry title); " + NOTITLE
            },
        ),
        ("subheading", "Agenda: Dit kan je op zaterdag 3 mei"),
        ("lede", "Er vinden op zaterdag 2 mei heel wat", {"note": "no intro: the first body paragraph is the lede"}),
        ("subheading", "Twee mannen betalen met vals geld"),
        ("paragraph", "Twee mannen hebben gisteravond met"),
        ("subheading", "Nieuw dagrecord met"),
        ("paragraph", "Met een temperatuur van 28,3 graden"),
        ("subheading", "Drie jonge ondernemers openen"),
        ("paragraph", "De deuren van het Spaans Huis in het"),
        ("site_text", "Bekijk HIER de volledige reportage", {"note": "link to the video report"}),
        ("subheading", "Grote rioleringswerken die meer dan"),
        ("paragraph", "In Hoeleden bij Kortenaken starten", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

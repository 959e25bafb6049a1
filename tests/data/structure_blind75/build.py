#!/usr/bin/env python3
"""Rebuild structure set 75 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(Omroep Zeeland, Omroep Brabant, Tubantia, Het Parool, NU.nl, RTV Drenthe, NH Nieuws, De Stentor)
and eight Flemish (De Morgen, HLN, ATV, TVL, TV Oost, Het Belang van Limburg, Humo, Het Nieuwsblad).
They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned
them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind75 and are NOT for the project repository. Only the labels (ours) live
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
    "oz_wakker": (
        "https://www.omroepzeeland.nl/nieuws/115753/Zeeland-wordt-wakker-overlast-in-stad-CU-op-Schouwen-gered-stikstof-en-meldkamer",
        "2019-10",
    ),
    "ob_112": (
        "https://www.omroepbrabant.nl/nieuws/4663457/112-nieuws-paard-overleden-na-ontsnapping-enorme-ravage-na-dollemansrit",
        "2025-03",
    ),
    "tub_vogelvlucht": (
        "https://www.tubantia.nl/regio/het-nieuws-van-de-week-in-vogelvlucht-dit-gebeurde-in-uw-gemeente~a735a25f/",
        "2022-05",
    ),
    "parool_horeca": (
        "https://www.parool.nl/amsterdam/de-liefde-voor-de-horeca-verdwijnt-terecht-gasten-willen-voor-een-dubbeltje-op-de-eerste-rij-zitten~bbdcf4af/",
        "2023-03",
    ),
    "nu_praatjebij": (
        "https://www.nu.nl/binnenland/6281896/het-volgens-onze-verslaggever-leukste-debat-van-het-jaar.html",
        "2023-09",
    ),
    "rtvd_emmen": (
        "https://www.rtvdrenthe.nl/nieuws/15137834/deze-geboren-en-getogen-emmenaar-is-trots-en-durft-dat-hardop-te-zeggen",
        "2022-11",
    ),
    "nh_wekdienst": (
        "https://www.nhnieuws.nl/nieuws/n136642/wekdienst-2912-schaatsers-weer-in-actie-in-thialf-servische-activisten-blokkeren-straten",
        "2023-12",
    ),
    "stentor_gemist": (
        "https://www.destentor.nl/nieuws/nieuws-gemist-man-aangehouden-die-zich-18-uur-in-huis-verstopte-directeur-voldaan-na-halve-marathon-zwolle~a06d98e2/",
        "2023-06",
    ),
    # Flemish
    "dm_laatstezomer": (
        "https://www.demorgen.be/nieuws/het-is-angstaanjagend-om-te-zien-hoe-snel-nederland-erop-vooruitgaat-terwijl-belgie-steeds-dieper-wegzakt~b13334542/?utm_source=link&utm_medium=app&utm_campaign=shared%20content&utm_content=free",
        None,
    ),
    "hln_eeklo": (
        "https://www.hln.be/in-de-buurt/eeklo/avs-en-stad-eeklo-zitten-rond-tafel-binnenkort-misschien-weer-livestream-gemeenteraad~a6469eb1/",
        "2019-09",
    ),
    "atv_containers": ("https://atv.be/nieuws/feestbus-brengt-antwerpenaar-weer-veilig-naar-huis-71218", "2019-01"),
    "tvl_topsport": ("https://www.tvl.be/nieuws/hasselt-wil-topsportstad-worden-9214", None),
    "tvoost_nieuws": ("https://www.tvoost.be/nieuws/tv-oost-nieuws-van-vrijdag-5-10-2018-66600", None),
    "hbvl_gaslek": ("https://www.hbvl.be/cnt/dmf20190727_04531149/brandend-gaslek-op-genkersteenweg", None),
    "humo_verhalen": (
        "https://www.humo.be/nieuws/ik-heb-een-lief-verloren-maar-heb-mezelf-gewonnen-de-6-beste-humo-verhalen-van-deze-week~b2fdfed3/",
        "2023-08",
    ),
    "nb_jeugdcup": ("https://www.nieuwsblad.be/cnt/dmf20211027_94763479", "2021-10"),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
TIME = (
    "the entry's time glued before its heading: split off as `liveblog_time` (the conventions' bare-time row;"
    " labelled site_text until stop 49, when page_store_build learned the kind)"
)


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; 'Zeeland wordt wakker' morning round-up) --
FOTO = "(foto: Omroep Zeeland)"
L(
    "oz_wakker",
    None,
    [
        (
            "caption",
            "Informatieavond Vlissingen",
            {
                "tail": FOTO,
                "note": NOTITLE
                + " (nor the greeting frame: the excerpt starts at the first item's photo); a caption with words of its"
                " own, the credit glued to its end is its tail",
            },
        ),
        ("subheading", "Overlast in stad", {"note": "item title"}),
        ("lede", "Gisteravond konden Vlissingers", {"note": "the first item's text"}),
        ("caption", "Besloten bijeenkomst van de Christen", {"tail": FOTO}),
        ("subheading", "ChristenUnie op Schouwen gered"),
        ("paragraph", "Er is toekomst voor de ChristenUnie"),
        (
            "caption",
            "Een gebouw in de steigers",
            {
                "tail": "(foto: Vivian Kramer)",
                "note": "'(archieffoto)' is the caption's own word (archive photo): kept",
            },
        ),
        ("subheading", "Stikstof"),
        ("paragraph", "Vanaf komende vrijdag worden weer"),
        ("caption", "Twee ambulances van ziekenhuis", {"tail": FOTO}),
        ("subheading", "Bezetting meldkamer"),
        ("paragraph", "De bezetting van de meldkamer"),
        ("caption", "De auto waarmee de man van IJzendijke", {"tail": "(foto: HV Zeeland)"}),
        ("subheading", "Langer vast"),
        ("paragraph", "De verdachte van een healingsessie"),
        ("caption", "Dienstvaartuig van Rijkswaterstaat", {"tail": "(foto: Ria Overbeeke"}),
        ("subheading", "Het weer"),
        ("paragraph", "Vandaag is het weer zoals we", {"note": CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; the day's 112 liveblog) --------------------
LEES = "Lees hier meer."
L(
    "ob_112",
    None,
    [
        (
            "site_text",
            "In dit liveblog houden we je deze",
            {
                "note": NOTITLE
                + "; the series' standing intro ('In dit liveblog houden we je ... op de hoogte', 'Klik dan op het"
                " belletje'): standing lines of a series, site text (stop 46 row)",
            },
        ),
        ("byline", "Redactie Geschreven door", {"note": "author ('Redactie') with its label after it: byline"}),
        ("site_text", "Liveblog", {"note": "genre label on its own line"}),
        ("liveblog_time", "10.39", {"note": TIME}),
        ("subheading", "Politie rectificeert eigen bericht", {"note": "entry heading, glued before the entry's text"}),
        (
            "lede",
            "De politie trekt haar eigen bericht",
            {"tail": LEES, "note": "the first entry's text; link label tail"},
        ),
        ("liveblog_time", "09.40", {"note": TIME}),
        ("subheading", "Paarden zorgen voor file"),
        ("paragraph", "Vuer paarden zorgen donderdagochtend", {"tail": LEES}),
        ("liveblog_time", "01.15", {"note": TIME}),
        ("subheading", "Enorme ravage nadat automobilist"),
        (
            "paragraph",
            "Meerdere mensen zijn afgelopen nacht",
            {
                "tail": LEES,
                "note": "tail: the link label and the photo credit printed twice ('Foto: Perry Roovers / Persbureau"
                " Heitink' x2), one run of site text at the block's end",
            },
        ),
        ("liveblog_time", "23.15", {"note": TIME}),
        ("subheading", "Traumahelikopter beschenen met laser"),
        ("paragraph", "Een traumahelikopter die gisteravond", {"note": CUT}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, Twente; the week's round-up per town) -----------------------
UPD = "Lees hier de nieuwsupdate"
PLACE = "the town label before ' |' opens the item like a place dateline: kept in the block (doubtful: a subheading)"
L(
    "tub_vogelvlucht",
    None,
    [
        (
            "lede",
            "HAAKSBERGEN | Waar ieder woord",
            {
                "tail": UPD,
                "note": NOTITLE + "; " + PLACE + "; 'Lees hier de nieuwsupdate uit ...' is a link label: tail",
            },
        ),
        ("paragraph", "OLDENZAAL, DINKELLAND, LOSSER |", {"tail": UPD}),
        ("paragraph", "ALMELO | En opeens verscheen", {"tail": UPD}),
        ("paragraph", "TWENTERAND | Na jaren van", {"tail": UPD}),
        ("paragraph", "HENGELO, BORNE, HOF VAN TWENTE |", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL daily, Amsterdam; background report) -----------------------------------------
L(
    "parool_horeca",
    None,
    [
        (
            "site_text",
            "Beeld Getty Images/Johner RF",
            {"note": NOTITLE + "; the lead image's credit on a line of its own (its caption is lost): site text"},
        ),
        ("lede", "De magie van uit eten gaan"),
        ("paragraph", "Ongeïnteresseerd personeel"),
        ("paragraph", "Nu is klagen over de Amsterdamse"),
        ("subheading", "Bediening als serieus vak"),
        ("paragraph", "Volgens Grimm wordt in landen"),
        ("paragraph", "Grimm betwijfelt of tegenwoordig"),
        ("paragraph", "Ook Koninklijke Horeca Nederland"),
        ("subheading", "Perfecte storm"),
        ("paragraph", "Toch is dit wel degelijk", {"note": CUT}),
    ],
)

# ---- NU.nl (nu.nl, NL news site; 'NU praat je bij' video item) ---------------------------------------------
L(
    "nu_praatjebij",
    (0, 0, None),
    [
        (
            "headline",
            "NU praat je bij Het (volgens onze",
            {"note": "the series name glued before the title on its line (a kicker): stays in the headline"},
        ),
        (
            "lede",
            "In NU praat je bij nemen we",
            {"note": "the episode's summary names the series but reports this episode's content: article text"},
        ),
        ("paragraph", "Woensdag rond 23.00 uur ging"),
        (
            "paragraph",
            "Ook vanavond wordt nog gedebatteerd.",
            {
                "tail": "Via ons liveblog",
                "note": "'Via ons liveblog blijf je op de hoogte.' points to another page: a link label, tail (as"
                " structure_blind74's 'Lees bij in ons liveblog.'; doubtful)",
            },
        ),
        (
            "paragraph",
            "Het was een van de best gelezen",
            {"tail": "Meer daarover lees je", "note": "'Meer daarover lees je in ons artikel.': link label, tail"},
        ),
        ("paragraph", "Het wordt steeds drukker in het"),
        ("paragraph", '"Mijn collega Sanne Oving'),
        ("paragraph", '"Dat ging niet zomaar'),
        ("paragraph", "Het doek is gevallen voor", {"note": CUT}),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; a reporter's column) ------------------------------
L(
    "rtvd_emmen",
    None,
    [
        (
            "lede",
            "En ook al zit het niet in de volksaard",
            {"note": NOTITLE + "; a first-person reporter's column; " + CLEAN},
        )
    ],
)

# ---- NH Nieuws (nhnieuws.nl, NL regional broadcaster, Noord-Holland; the morning briefing 'Wekdienst') ------
L(
    "nh_wekdienst",
    None,
    [
        ("lede", "Eerst het weer: de dag begint", {"note": NOTITLE + "; the weather paragraph opens the briefing"}),
        (
            "site_text",
            "Goedemorgen!",
            {
                "note": "the briefing's greeting (the greeting-frame row, stop 44), split off from the start of the line;"
                " the rest of the line reports the day's news (doubtful: could stay glued)"
            },
        ),
        ("paragraph", "Vandaag willen activisten in Servië"),
        (
            "site_text",
            "Ga je de weg op?",
            {"note": "standing line of the series pointing to traffic and rail pages: site text"},
        ),
        ("subheading", "Wat kun je vandaag verwachten?"),
        ("paragraph", "Servische activisten zijn van plan"),
        (
            "paragraph",
            "In Thialf is de tweede dag",
            {"note": "ends on where to watch ('live te volgen via een livestream'), news of the day: article text"},
        ),
        ("paragraph", "Nog meer sport: op het WK darts"),
        ("subheading", "Wat heb je gemist?"),
        ("paragraph", "In de Amerikaanse staat Maine", {"note": CUT}),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily; the day's 'nieuws gemist' round-up) ----------------------
CONSENT = "Onze excuses Helaas kunnen wij deze"
L(
    "stentor_gemist",
    None,
    [
        (
            "site_text",
            CONSENT,
            {
                "note": NOTITLE
                + "; the consent notice shown in place of an embedded social post (a cookie line): site text"
            },
        ),
        ("lede", "Een groep agenten is heeft vanmiddag", {"note": "the first item's text (the item titles are lost)"}),
        ("paragraph", "Marathondirecteur Johan Nieuwland"),
        ("paragraph", "Volgens een recent verschenen"),
        ("paragraph", "De rieten kap van de historische"),
        ("site_text", CONSENT, {"note": "the same consent notice again (another embed)"}),
        ("paragraph", "Voor Almere City FC ligt de kans", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish daily; reportage in a summer series) ----------------------------------
L(
    "dm_laatstezomer",
    (2, 0, None),
    [
        ("site_text", "Donderdag 17/10/2019", {"note": "publication date line: site text"}),
        (
            "site_text",
            "Reportage De laatste zomer van België",
            {"note": "genre label and series name on their own line above the title: site text"},
        ),
        ("headline", "‘Het is angstaanjagend om te zien hoe", {"note": "the title, first copy on its own line"}),
        ("caption", "Stamgasten in het Palais de la Bière", {"tail": "Beeld Tim Dirven"}),
        ("lede", "Toen rook en roet nog vooruitgang", {"note": "the intro"}),
        ("paragraph", "Van alle plekken waar België ooit"),
        ("paragraph", "Ooit was dit het theatre of dreams"),
        (
            "site_text",
            "Zelden leek België zo verscheurd",
            {
                "note": "the series' standing blurb ('Pascal Verbeken keert ... terug naar de bijzonderste haltes in zijn"
                " België-boeken'): it presents the series, not this episode's news; standing lines, site text"
                " (doubtful: could be read as the article's own paragraph). " + CUT
            },
        ),
    ],
)

# ---- HLN (hln.be, Flemish daily; local news item) ----------------------------------------------------------
L(
    "hln_eeklo",
    (0, 0, None),
    [
        ("headline", "AVS en stad Eeklo zitten rond tafel", {"note": "the title, its author's name glued after it"}),
        ("byline", "Joeri Seymortier", {"note": "author name glued after the title: split off, byline"}),
        ("site_text", "17 september 2019", {"note": "publication date line"}),
        (
            "site_text",
            "21u44 0",
            {"note": "publication time with the comment counter ('0'), glued before the text: split off, site text"},
        ),
        ("lede", "Eeklo De stad Eeklo en", {"note": "the intro with its place tag ('Eeklo'), which stays in the lede"}),
        ("paragraph", "Maandagavond was de gemeenteraad"),
        ("paragraph", "Schepen Christophe De Waele"),
    ],
)

# ---- ATV (atv.be, Flemish regional TV, Antwerp; video item) ------------------------------------------------
L(
    "atv_containers",
    None,
    [
        (
            "lede",
            "In de Antwerpse haven zijn vanmiddag",
            {
                "tail": "Foto Belga",
                "note": NOTITLE
                + "; the store's text of this URL is another item than its slug names (a party bus); the photo credit"
                " glued to the end ('Foto Belga') is its tail",
            },
        ),
    ],
)

# ---- TVL (tvl.be, Flemish regional TV, Limburg; sport report) ----------------------------------------------
L(
    "tvl_topsport",
    (1, 0, None),
    [
        ("site_text", "Sport", {"note": "section label above the title"}),
        ("headline", "Hasselt wil topsportstad worden"),
        ("site_text", "embed", {"note": "the video player's label"}),
        ("byline", "door Philip De Hollogne", {"note": "author glued before the text: split off, byline"}),
        ("lede", "Hasselt wil een topsportstad worden."),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV, East Flanders; evening bulletin page) ------------------------
L(
    "tvoost_nieuws",
    (0, 0, None),
    [
        (
            "headline",
            "TV Oost Nieuws van vrijdag 5/10/2018",
            {"note": "the bulletin's title, its date part of it (doubtful: could be read as a date line)"},
        ),
        ("lede", "Gemeenten krijgen ongelijk", {"note": "the bulletin's summary; " + CLEAN}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; fire report, free teaser) -------------------
L(
    "hbvl_gaslek",
    None,
    [
        ("lede", "Op de Genkersteenweg in Hasselt was", {"note": NOTITLE}),
        (
            "paragraph",
            "Rond 11 uur viel de stroom",
            {
                "tail": "...",
                "note": "the free teaser ends in the site's cut marker ' ...' (the paywall): its tail (as structure_blind74"
                " gva_irakezen; doubtful)",
            },
        ),
    ],
)

# ---- Humo (humo.be, Flemish weekly; the week's six best stories, with a reader's letter) -------------------
L(
    "humo_verhalen",
    None,
    [
        (
            "subheading",
            "De 7 Hoofdzonden van Michèle Cuvelier",
            {"note": NOTITLE + " (it starts at the first item); item title, the series name glued in it stays"},
        ),
        ("site_text", "Beeld Koen Bauters", {"note": "image credit on a line of its own"}),
        ("lede", "Als druppels honing konden praten", {"note": "the first item's text"}),
        ("site_text", "Lees hier het volledige interview.", {"note": "link label on a line of its own"}),
        ("subheading", "Dood van een backpacker:"),
        ("site_text", "Beeld Geert Van de Velde"),
        ("paragraph", "Op 14 juni 2012 werd het zwaar"),
        ("site_text", "Lees hier het volledige interview"),
        ("subheading", "De macht van de voedingsindustrie"),
        ("site_text", "Beeld JONNY STOREY"),
        ("paragraph", "Toen de Britse dokter en BBC"),
        ("site_text", "Lees hier het volledige artikel"),
        ("subheading", "Lezersbrief: ‘Stop met die onzin", {"note": "a reader's letter, its genre label in the title"}),
        ("site_text", "Beeld BELGA"),
        ("paragraph", "Humo-lezer Rik Hendrickx kroop"),
        ("site_text", "Lees hier de volledige brief"),
        ("subheading", "De gepersonaliseerde nummerplaat", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish daily; sport feature teaser) ------------------------------------
L(
    "nb_jeugdcup",
    None,
    [
        ("lede", "De voorrondes van de Jeugdcup", {"note": NOTITLE + "; " + CLEAN}),
        (
            "byline",
            "Tekst Chris Thienpondt",
            {"note": "author credit ('Tekst ...') glued to the intro's end: split off, byline (not site text)"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

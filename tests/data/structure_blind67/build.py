#!/usr/bin/env python3
"""Rebuild structure set 67 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch (NH
Nieuws, RTV Drenthe, NRC, De Telegraaf, Omroep Zeeland, NOS, 1Limburg, RTV Noord) and eight Flemish
(HLN, De Standaard, ROB-tv, Het Belang van Limburg, Het Nieuwsblad, Knack, Apache, Gazet van
Antwerpen). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind67 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = up to that marker). Standard library only; the cutting is done by
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
    # Dutch
    "nh_apeldoorn": (
        "https://www.nhnieuws.nl/nieuws/n117901/grote-brand-in-meerdere-woningen-boven-supermarkt-apeldoorn-onder-controle",
        "2023-06",
    ),
    "rd_weekdrenthe": (
        "https://www.rtvdrenthe.nl/nieuws/160553/De-week-van-Drenthe-Vlag-uit-voor-geslaagden-en-Drenten-zoeken-het-deze-zomer-dichtbij-huis",
        "2020-06",
    ),
    "nrc_moeheid": ("https://www.nrc.nl/nieuws/2020/08/07/tussen-de-golven-is-er-de-moeheid-a4008184", None),
    "tg_debat": (
        "https://www.telegraaf.nl/video/550010737/kijk-live-den-haag-maakt-zich-klaar-voor-snoeihard-debat?utm_source=RSS&utm_medium=RSS",
        "2023-07",
    ),
    "oz_lagune": (
        "https://www.omroepzeeland.nl/nieuws/104066/Zeeland-wordt-wakker-Zeeuwse-Lagune-kerken-en-kustconcert",
        "2018-02",
    ),
    "nos_gladheid": ("https://nos.nl/video/2151854-veel-ongelukken-door-gladheid.html", None),
    "l1_lunch": (
        "https://www.1limburg.nl/nieuws/1370214/1lunch-ook-in-limburg-kunnen-de-schaatsen-weer-uit-het-vet",
        None,
    ),
    "rn_vandaag": (
        "https://www.rtvnoord.nl/nieuws/188600/Noord-Vandaag-Als-er-iets-gebeurt-waar-ga-je-dan-met-de-kinderen-naartoe",
        "2018-01",
    ),
    # Flemish
    "hln_onderwijs": ("https://www.hln.be/de-krant/de-wever-n-va-wil-onderwijsminister-leveren~a0712299/", "2018-09"),
    "ds_brussel": ("https://www.standaard.be/cnt/dmf20190716_04513108", None),
    "rob_tobback": (
        "https://www.robtv.be//nieuws/tobback-nog-altijd-woedend-over-vrt-reportage-nergens-meer-controle-dan-in-leuven-69608",
        None,
    ),
    "hb_rechtbank": ("https://www.hbvl.be/cnt/dmf20230725_96758287", None),
    "nb_station": ("https://www.nieuwsblad.be/cnt/dmf20220923_91901976", None),
    "kn_kamerdebat": (
        "https://www.knack.be/nieuws/belgie/herlees-kamerdebat-strijd-tegen-radicalisering-is-beleid-van-holle-beloften-ruzie-stoken-in-regering-zal-niet-lukken-geweld-toelaten-onder-mom-stakingsrecht/live-normal-619477.html",
        None,
    ),
    "ap_filmpje": ("https://www.apache.be/2018/12/31/2018-het-jaar-van-het-filmpje-dat-alles-veranderde", None),
    "gva_jaaroverzicht": (
        "http://www.gva.be/cnt/dmf20161227_02647190/jaaroverzicht-deze-artikels-uit-de-kempen-werden-het-meest-gelezen-in-2016",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
MORE = "Lees hier meer."
LINK = "the link label glued to the end of the paragraph ('Lees meer.') is its tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NH Nieuws (nhnieuws.nl, NL regional broadcaster, Noord-Holland; fire report) ------------------
L(
    "nh_apeldoorn",
    None,
    [
        ("lede", "In Apeldoorn woedt een grote brand in", {"note": NOTITLE}),
        ("paragraph", "De brand brak uit in een van de"),
        ("paragraph", "Vanwege de warmte zijn er volgens de"),
        ("subheading", "NL-Alert"),
        ("paragraph", "De brandweer heeft vanwege de brand,"),
        ("paragraph", "Het is nog niet duidelijk of er"),
        (
            "site_text",
            "Dit zijn beelden van de brand:",
            {
                "note": "the lead-in line of an embedded video the store lost: site text (doubtful: could be read as the article's last sentence)"
            },
        ),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; weekly round-up 'De week van Drenthe') ----
L(
    "rd_weekdrenthe",
    None,
    [
        (
            "lede",
            "De politie doet onderzoek naar de",
            {"note": NOTITLE + "; the first body paragraph in the excerpt (the round-up's opening lost by the store)"},
        ),
        ("subheading", "Testen voor iedereen mogelijk"),
        ("paragraph", "Bij de GGD in Drenthe zijn deze week"),
        ("subheading", "Zomervakantie"),
        ("paragraph", "RTV Drenthe vroeg u afgelopen week"),
        ("subheading", "De vlag uit"),
        ("paragraph", "Bij veel eindexamenleerlingen kon"),
        (
            "caption",
            "Traumaheli vliegt 5000 keer uit",
            {"tail": "(Rechten: RTV Drenthe", "note": "photo caption; the credit glued to it is its tail"},
        ),
        ("subheading", "Helikopter vliegt uit"),
        ("paragraph", "Deze week vloog de traumaheli van", {"note": CUT}),
    ],
)

# ---- NRC (nrc.nl, NL national daily; background report) -------------------------------------------
L(
    "nrc_moeheid",
    None,
    [
        ("lede", "Toen de ziekenhuizen leeg liepen en de", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Wekenlang stonden ze vooraan in de"),
        ("paragraph", "Vorige week verdubbelde het aantal"),
        ("paragraph", "Maar van de gevreesde tweede golf is"),
        ("paragraph", "Terwijl veel Nederlanders"),
        ("paragraph", "Het ziekteverzuim in ziekenhuizen is", {"note": CUT + " (ends on a colon before a quote)"}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; live video item) --------------------------------
L(
    "tg_debat",
    (0, 0, None),
    [
        (
            "headline",
            "KIJK LIVE: Den Haag maakt zich klaar",
            {"note": "the kicker 'KIJK LIVE:' glued into the title stays"},
        ),
        ("site_text", "09:34 Video", {"note": "meta line (time and genre label 'Video'): site text"}),
        ("lede", "De Tweede Kamer debatteert maandag", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up) --------------------
L(
    "oz_lagune",
    None,
    [
        (
            "caption",
            "Een streep door de plannen van de",
            {"tail": "(foto: Omroep Zeeland)", "note": NOTITLE + "; photo caption, the credit glued to it its tail"},
        ),
        ("subheading", "Zeeuws Lagune"),
        ("lede", "De gemeenteraad van Noord-Beveland", {"note": "first body paragraph (the round-up has no intro)"}),
        ("caption", "Kerk in Zeeland", {"tail": "(foto: Rosalie Fluitsma)"}),
        ("subheading", "Kerken helpen in Goes"),
        ("paragraph", "Tien christelijke geloofsgemeen"),
        ("caption", "Lilian Janse legt de eed af bij haar", {"tail": "(foto: Omroep Zeeland)"}),
        ("subheading", "Journalisten lopen nog steeds de deur"),
        ("paragraph", "In de zomer van 2013 schreef Lilian"),
        ("caption", "Het strand bij Renesse", {"tail": "(foto: Koos Siben)"}),
        ("subheading", "Zeeuwse kust"),
        ("paragraph", "Aan de Kust, Zoutelande en Oceaan."),
        ("caption", "Zon in Wilhelminadorp", {"tail": "(foto: Arjan van Lomwel"}),
        ("subheading", "Het weer:"),
        ("paragraph", "We krijgen opnieuw een zonnige dag."),
    ],
)

# ---- NOS (nos.nl, NL public broadcaster's news desk; short video item) ------------------------------
L(
    "nos_gladheid",
    (1, 0, None),
    [
        ("site_text", "NOS Nieuws", {"note": "brand label above the title: site text"}),
        ("headline", "Veel ongelukken door gladheid"),
        ("lede", "Al vroeg in de ochtend waren er ruim", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- 1Limburg (1limburg.nl, NL regional broadcaster L1; lunchtime round-up '1Lunch') ------------------
L(
    "l1_lunch",
    (0, 0, None),
    [
        ("headline", "1Lunch: Ook in Limburg kunnen de", {"note": "the rubric '1Lunch:' glued into the title stays"}),
        ("site_text", "© Istock", {"note": "photo credit on a line of its own: site text"}),
        (
            "site_text",
            "* Weggelopen tieners weer veilig thuis",
            {
                "note": "three item titles run together on one line, a table of contents repeating the titles below: site text (doubtful: could be list items of a summary)"
            },
        ),
        ("subheading", "Weggelopen tieners weer veilig thuis", {"skip": 1}),
        ("lede", "Goed nieuws. De drie tieners die", {"tail": MORE, "note": "first body paragraph; " + LINK}),
        ("subheading", "Zuyderland zegt tientallen operaties"),
        ("paragraph", "Oei, de griep houdt de ziekenhuizen", {"tail": MORE}),
        ("subheading", "Twan Huys volgt Tan op bij RTL Late"),
        ("paragraph", "Groot nieuws in medialand. Twan Huys,", {"tail": MORE}),
        ("site_text", "© ANP", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "MAA wil meer"),
        ("paragraph", "Maastricht Aachen Airport hoopt dat", {"tail": MORE}),
        ("site_text", "© L1/Ginger Bloemen", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "Haal de schaatsen maar uit het vet"),
        ("paragraph", "Voor de popelende schaatsliefhebbers", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; TV programme round-up) ----------------
VANAF = "the video timestamp pointer '(Vanaf mm:ss)' glued to the end is its tail"
L(
    "rn_vandaag",
    None,
    [
        (
            "lede",
            "De aardbeving die maandag in Zeerijp",
            {
                "tail": "Dat - en meer - in Noord Vandaag.",
                "note": NOTITLE
                + "; the programme's closing formula 'Dat - en meer - in Noord Vandaag.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        (
            "paragraph",
            "Op de basisschool de Wilgenstee in",
            {"tail": "(Vanaf 12:08)", "note": VANAF + " (doubtful: could be read as article text)"},
        ),
        (
            "subheading",
            "Verder in Noord Vandaag:",
            {"note": "the round-up's label above its list (doubtful: could be site text, a programme label)"},
        ),
        ("list_item", "- Een handjevol actievoerders", {"tail": "(Vanaf 02:55)", "note": VANAF}),
        ("list_item", "- De aardbeving van 3.4 op de schaal", {"tail": "(Vanaf 09:30)"}),
        ("list_item", "- Voormalig nieuwslezer Gijs Wanders", {"tail": "(Vanaf 14:15)"}),
        ("list_item", "- Het Kinderkookcafé in Winschoten is", {"tail": "(Vanaf 20:19)"}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; short item from the paper) ---------------------------------
L(
    "hln_onderwijs",
    (0, 0, "04 september"),
    [
        (
            "headline",
            'De Wever: "N-VA wil onderwijsminister',
            {"tail": "04 september 2018", "note": "title; the publication date glued to its end is its tail"},
        ),
        (
            "lede",
            "N-VA-voorzitter Bart De Wever heeft",
            {
                "tail": "(JBG)",
                "note": "the whole item is one paragraph; the author's initials in brackets glued to its end are its tail",
            },
        ),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; short news item) -----------------------------
L(
    "ds_brussel",
    None,
    [
        ("lede", "De onderhandelingen omtrent de", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De Brusselse onderhandelaars van PS,"),
    ],
)

# ---- ROB-tv (robtv.be, Flemish regional TV, Leuven / Oost-Brabant; video item) ------------------------
L(
    "rob_tobback",
    (0, 0, None),
    [
        ("headline", "Tobback nog altijd woedend over", {"note": "the first of three copies of the title"}),
        ("site_text", "Tobback nog altijd woedend over", {"note": "the title printed again: site text"}),
        ("site_text", "Tobback nog altijd woedend over", {"note": "the title printed a third time: site text"}),
        ("lede", "Nergens in België zijn de laatste", {"note": "the whole item is one paragraph"}),
        ("site_text", "Bekijk meer nieuws over:", {"note": "tag-list label (its tags lost): site text"}),
        (
            "site_text",
            "Gerelateerd nieuws",
            {"note": "related-news list, each title printed twice: site text, one block"},
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; short item) -------------------------------
L(
    "hb_rechtbank",
    None,
    [
        (
            "site_text",
            "Genk/Bilzen/Tongeren",
            {
                "note": "the municipality label on its own line above the text: site text (doubtful: could be read as a place dateline); "
                + NOTITLE
            },
        ),
        ("lede", "De Genkse politierechtbank en het", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; short news item) ------------------------------
L(
    "nb_station",
    None,
    [("lede", "In Antwerpen is vrijdagochtend brand", {"note": NOTITLE + "; " + CLEAN + "; one paragraph"})],
)

# ---- Knack (knack.be, Flemish national news magazine; closed liveblog of a Chamber debate) ----------------
BYLINE = (
    "the entry's author box (name, then 'door' + name): byline, one block (doubtful: the bare name could be site text)"
)
L(
    "kn_kamerdebat",
    None,
    [
        (
            "site_text",
            "Automatische update:",
            {"note": NOTITLE + "; the liveblog's controls (auto-update toggle, sort order): site text, one block"},
        ),
        ("byline", "Simon Demeulemeester\ndoor Simon", {"note": BYLINE}),
        ("subheading", "Mondelinge vragen allemaal gesteld,", {"note": "liveblog entry title"}),
        (
            "lede",
            "Alle mondelinge vragen zijn gesteld,",
            {"note": "first body paragraph (doubtful: a paragraph of an entry)"},
        ),
        ("paragraph", "Er wordt nog verslag gedaan van de"),
        ("paragraph", "Bedankt om de plenaire bij ons te"),
        ("byline", "Simon Demeulemeester\ndoor Simon"),
        ("subheading", "Opvang niet-begeleide minderjarige"),
        ("paragraph", "Ik neem maatregelen, aldus"),
        ("paragraph", "'Er is op dit moment nog plaats, maar"),
        ("byline", "Simon Demeulemeester\ndoor Simon"),
        ("subheading", "'Tijd voor sereniteit in"),
        ("paragraph", "Galant onderstreept dat ze als"),
        ("paragraph", "Georges Dallemagne (cdH) zegt dat"),
        ("byline", "Simon Demeulemeester\ndoor Simon"),
        ("subheading", "'Luchthaven ligt ook in Vlaamse Rand,"),
        ("paragraph", "Eric Van Rompuy, inwoner van Zaventem,"),
        ("paragraph", "Hij waarschuwt de minister voor dit"),
        ("site_text", "Belga\n© Belga", {"note": "an image's alt text ('Belga') and its credit: site text, one block"}),
        ("byline", "Simon Demeulemeester\ndoor Simon"),
        ("subheading", "' Waarom heeft u de wet in", {"note": "liveblog entry title; " + CUT}),
    ],
)

# ---- Apache (apache.be, Flemish online investigative news outlet; year-end editorial) ----------------------
L(
    "ap_filmpje",
    (0, 0, None),
    [
        ("headline", "2018: het jaar van het filmpje dat"),
        (
            "site_text",
            "31 december 2018",
            {"note": "publication date, the author after it on the same line: site text"},
        ),
        ("byline", "Redactie Apache", {"note": "author line"}),
        (
            "site_text",
            "typewriter (c) Aki cc flickr",
            {"note": "an image's alt text with its credit, and the credit line under it: site text, one block"},
        ),
        ("lede", "Het Apache-artikel dat in 2018 het"),
        ("paragraph", "Het filmpje richtte een ware ravage"),
        ("paragraph", "Dat het dossier-Land Invest Group"),
        (
            "quote",
            "Verwerende [Apache, nvdr] partijen",
            {
                "note": "a passage quoted from the court's ruling (its opening quote mark lost): quote (doubtful: paragraph)"
            },
        ),
        ("paragraph", "Apache wacht dus vol vertrouwen het"),
        ("subheading", "Het belang", {"note": "subheading; " + CUT}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; year list of most-read stories) ------------------
L(
    "gva_jaaroverzicht",
    None,
    [
        ("lede", "Turnhout - Welke verhalen uit de", {"note": NOTITLE + "; the intro with its place dateline"}),
        ("subheading", "Briefje van 10 euro aan boom bezorgt"),
        ("paragraph", "Het kerstsprookje in een bos in", {"tail": "Lees meer.", "note": LINK}),
        ("site_text", "Foto: ema", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "Homejackers takelen zeventigers zwaar"),
        ("paragraph", "Twee brutale homejackers takelden", {"tail": "Lees meer."}),
        ("subheading", "16-jarige uit Grobbendonk sterft na"),
        ("paragraph", "De 31ste editie van de Antwerp 10", {"tail": "Lees meer."}),
        ("site_text", "Foto: rr", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "Ouders mishandeld babymeisje"),
        ("paragraph", "De zusjes Lielly en Letty werden", {"tail": "Lees meer."}),
        ("subheading", "Autopsie op lichaam teruggevonden"),
        ("paragraph", "Na twintig bange dagen kwam er een", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

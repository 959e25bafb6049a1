#!/usr/bin/env python3
"""Rebuild structure set 70 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NU.nl, Omroep Brabant, RTV Drenthe, Tubantia, de Volkskrant, Het Parool, Omroep Zeeland, 1Limburg)
and eight Flemish (De Morgen, HLN, Apache, Het Nieuwsblad, Het Belang van Limburg, TV Oost, Ring TV,
ATV). They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned
them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind70 and are NOT for the project repository. Only the labels (ours) live
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
    "nu_flatbrand": (
        "https://www.nu.nl/binnenland/4968386/explosie-verergerde-dodelijke-flatbrand-diemen.html",
        "2017-10",
    ),
    "ob_112live": (
        "https://www.omroepbrabant.nl/nieuws/4674277/112-nieuws-ook-natuurbrand-bij-helenaveen-kind-aangereden-door-motor",
        "2025-04",
    ),
    "rtvd_minuut": ("http://www.rtvdrenthe.nl/nieuws/134210/Het-nieuws-in-een-minuut-1-mei", None),
    "tub_gemist": (
        "https://www.tubantia.nl/enschede/gemist-wonen-in-haaksbergen-en-winterswijk-het-duurst-en-ergernis-over-afvaldump-in-enschede~a9756d7b/",
        "2022-03",
    ),
    "vk_allush": (
        "https://www.volkskrant.nl/cultuur-media/presentator-kefah-allush-ik-vind-het-niet-altijd-even-gemakkelijk-om-contact-te-leggen~b69018dc/",
        None,
    ),
    "pa_teruglezen": (
        "https://www.parool.nl/amsterdam/deze-verhalen-uit-2019-zijn-absoluut-het-teruglezen-waard~b8266079/",
        None,
    ),
    "oz_wakker": (
        "https://www.omroepzeeland.nl/nieuws/114036/Zeeland-wordt-wakker-Politie-blinde-bartje-en-kunstbeen",
        None,
    ),
    "l1_wethouders": (
        "https://www.1limburg.nl/nieuws/1756824/maastricht-zeven-partijen-en-drie-nieuwe-wethouders",
        None,
    ),
    # Flemish
    "dm_lenaerts": (
        "https://www.demorgen.be/nieuws/rechter-koen-lenaerts-ja-ik-ga-beslissen-wat-de-vrijheid-van-godsdienst-betekent-spannend-he~b133ac4d/",
        None,
    ),
    "hln_ftbuitenland": (
        "https://www.hln.be/sport/voetbal/buitenlands-voetbal/ft-buitenland-dit-is-zonder-twijfel-een-van-de-allerzaligste-goals-van-het-seizoen-feyenoorder-krijgt-kritiek-om-bedenkelijke-schwalbe~a5975e60/?utm_medium=rss&utm_content=Voetbal",
        "2018-09",
    ),
    "ap_jaaroverzicht": ("https://apache.be/2017/12/23/het-jaar-van-de-doorbraak-van-apache", None),
    "nb_wkrellen": ("https://www.nieuwsblad.be/cnt/dmf20221127_96368536", "2022-11"),
    "hb_bekerlive": ("http://www.hbvl.be/cnt/dmf20170117_02679043/live", "2017-01"),
    "tvo_houtkaai": (
        "https://www.tvoost.be/nieuws/auto-belandt-in-water-aan-de-houtkaai-in-aalst-drie-personen-naar-het-ziekenhuis-overgebracht-194108",
        None,
    ),
    "ring_halle": ("https://www.ringtv.be/nieuws/halle-wat-na-pieters", None),
    "atv_borgerhout": (
        "https://atv.be/nieuws/video-ongenoegen-in-borgerhout-omdat-stadsbestuur-afwezig-is-op-overlegmoment-46193",
        "2017-06",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NU.nl (nu.nl, NL national news site; news item on an arson case) --------------------------------
L(
    "nu_flatbrand",
    None,
    [
        ("lede", "De brand waardoor een man om het leven", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("paragraph", "Omdat de deur kapot was, kon de rook"),
        ("paragraph", "Door die rook kwam een 27-jarige"),
        ("paragraph", "Op camerabeelden die de politie"),
        ("subheading", "Brandwond"),
        ("paragraph", "Daags na de brand heeft de politie een"),
        ("paragraph", "Een duidelijk motief voor de"),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; 112 liveblog) --------------------------
L(
    "ob_112live",
    None,
    [
        (
            "site_text",
            "In dit liveblog houden we je deze",
            {
                "note": NOTITLE
                + "; the daily liveblog's standing intro ('In dit liveblog houden we je ... op de hoogte', 'Je vindt"
                " hier ...') and its notification prompt ('Klik dan op het belletje.'): site text (relabelled stop 51"
                " to STRUCTURE_CONVENTIONS.md; was the lede, the prompt its tail)",
            },
        ),
        (
            "byline",
            "Redactie Geschreven door",
            {"note": "author ('Redactie') with the label 'Geschreven door' printed after it: byline, one block"},
        ),
        (
            "lede",
            "Op de grens van Limburg en Brabant is",
            {"note": "the pinned top entry's text, the first article text (relabelled stop 51: was a paragraph)"},
        ),
        ("site_text", "Foto: Harry Grijseels", {"note": "photo credit on a line of its own: site text"}),
        ("site_text", "Liveblog", {"note": "genre label on its own line above the entries: site text"}),
        (
            "subheading",
            "14.09 Vrouw gewond na val van motor",
            {"note": "liveblog entry title with its time, glued to the entry's text on one line: split off"},
        ),
        (
            "paragraph",
            "Een vrouw is van een motor gevallen en",
            {
                "tail": "Foto: Rico Vogels / Persbureau Heitink Foto:",
                "note": "the entry's text; the photo credit glued to its end, printed twice, its tail",
            },
        ),
        ("subheading", "12.45 Man gewond na val van"),
        (
            "paragraph",
            "Een oudere man is gewond geraakt bij",
            {"tail": "Foto: Jeroen Stuve/Persbureau Heitink", "note": "the glued photo credit its tail"},
        ),
        ("subheading", "12.20 Kind aangereden door motor"),
        (
            "paragraph",
            "Een kind is aangereden door een",
            {"tail": "Foto: Harrie Grijseels / Per", "note": "the glued photo credit its tail; " + CUT},
        ),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; 'news in a minute' video item) ---------------
L(
    "rtvd_minuut",
    (1, 0, "(foto:"),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label (its buttons lost in blank lines): site text"}),
        (
            "headline",
            "Het nieuws in een minuut: 1 mei",
            {
                "tail": "(foto: RTV Drenthe / Robbert Oosting)",
                "note": "the title with the lead photo's credit glued after it (the photo's caption is empty): the headline, the credit its tail (doubtful: the line could be read as a photo's title with its credit, site text, leaving no headline)",
            },
        ),
        ("lede", "Midden in het centrum van Coevorden", {"note": "the video's summary, one paragraph"}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily; evening round-up 'Gemist?') -----------------------------
L(
    "tub_gemist",
    None,
    [
        (
            "site_text",
            "Ben je er vandaag niet aan toegekomen",
            {
                "note": NOTITLE
                + "; the round-up's standing frame with the day's date ('… Dit is het nieuws van dinsdag 8 maart.'): site text by the greeting-frame row of STRUCTURE_CONVENTIONS (doubtful: it has no greeting word and could be read as the intro)"
            },
        ),
        (
            "subheading",
            "Slachtoffer Schelfhorstmoord in Almelo",
            {
                "note": "round-up item title, glued with ' | ' before the item's text on the same line; the ' |' stays with the title"
            },
        ),
        (
            "lede",
            "René Lucas uit Almelo was volstrekt",
            {"note": "the first item's text (the frame above is site text)"},
        ),
        ("subheading", "Sociaal plan maakt bij Brugman in"),
        ("paragraph", "De toonzetting van het bericht vorige"),
        ("subheading", "Cursisten van Needse rijopleider"),
        ("paragraph", "Cursisten van de Needse rijopleider"),
        ("subheading", "‘t Is duur wonen in Haaksbergen en"),
        ("paragraph", "Waarschijnlijk ploft binnenkort weer"),
        ("subheading", "Tuckerville maakt eerste namen bekend"),
        ("paragraph", "Guus Meeuwis, Krezip, Danny Vera en", {"note": CUT}),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; interview) ---------------------------------------
L(
    "vk_allush",
    (1, 0, None),
    [
        (
            "site_text",
            "Interviewkefah allush",
            {
                "note": "genre label ('Interview') glued to a topic tag ('kefah allush') on its own line above the title: site text"
            },
        ),
        ("headline", "Presentator Kefah Allush: ‘Ik vind het"),
        (
            "site_text",
            "Beeld Linelle Deunk",
            {"note": "photo credit on a line of its own (the photo has no caption): site text"},
        ),
        ("lede", "De van oorsprong Palestijnse Kefah", {"note": "the intro under the title"}),
        ("paragraph", "‘Jullie laten ook niks over voor de"),
        ("paragraph", "Zijn moeder luisterde, knikte"),
        (
            "paragraph",
            "Je moeder is heel belangrijk voor je",
            {"note": "the interviewer's question on its own line: paragraph (doubtful: could be read as a subheading)"},
        ),
        ("paragraph", "‘Ik woonde in een volksbuurt."),
        ("paragraph", "‘Toen ik voor het eerst de term het"),
        (
            "paragraph",
            "Zij leerde je: Kefah, je bent een gift",
            {"note": "the interviewer's question: paragraph, as above"},
        ),
        ("paragraph", "‘Vaak hoor ik van vrienden of", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; year round-up of stories worth rereading) --------------
L(
    "pa_teruglezen",
    None,
    [
        (
            "site_text",
            "Beeld Suzanne Ranzijn",
            {"note": NOTITLE + "; the lead photo's credit on a line of its own (no caption): site text"},
        ),
        (
            "site_text",
            "ACHTERGRONDEN",
            {
                "note": "a genre label ('Achtergronden') on its own line above the item titles it groups: site text by the genre-label row (doubtful: it also heads a section of the round-up and could be read as a subheading)"
            },
        ),
        ("subheading", "Is het na vlees- en vliegschaamte tijd", {"note": "round-up item title"}),
        (
            "lede",
            "Drugs hielden het afgelopen jaar de",
            {"note": "the first item's text (the round-up's intro is not in the excerpt)"},
        ),
        ("subheading", "Vuilverbrander AEB: van afvaldroom tot"),
        ("paragraph", "De problemen bij vuilverbrander AEB"),
        ("subheading", "Heeft Nederland een blinde vlek voor"),
        ("paragraph", "Het ging de afgelopen tijd wederom in"),
        (
            "caption",
            "Prof. dr. Raphael-Maria Goldstein voor",
            {"tail": "Beeld Rink Hof", "note": "photo caption; the glued credit ('Beeld Rink Hof') its tail"},
        ),
        ("site_text", "REPORTAGES", {"note": "genre label above the next item titles: site text, as 'ACHTERGRONDEN'"}),
        ("subheading", "‘Ik ben de halfbroer van Anne Frank’"),
        ("paragraph", "‘Otto Frank heeft een zoon,’"),
        ("subheading", "Invallen bij groep 8:"),
        ("paragraph", "Met honderden vacatures is het", {"note": CUT}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up) ----------------------
L(
    "oz_wakker",
    (0, 0, None),
    [
        (
            "headline",
            "Zeeland wordt wakker; Politie, blinde",
            {
                "note": "the title, first copy, on a line of its own: the headline (its rubric 'Zeeland wordt wakker;' glued in, stays)"
            },
        ),
        (
            "site_text",
            "Zeeland wordt wakker; Politie, blinde",
            {"note": "the title printed again: site text (a later copy)"},
        ),
        (
            "site_text",
            "Zeeland wordt wakker; Politie, blinde",
            {
                "note": "the title a third time, as the lead photo's title with its credit ('© Omroep Zeeland'): site text"
            },
        ),
        ("caption", "Politie is overal aanwezig om", {"note": "the first item's photo caption, first copy"}),
        (
            "site_text",
            "Politie is overal aanwezig om",
            {
                "note": "the caption printed again in the next line with its credit ('© Politie Oosterscheldebekken'): site text by the caption-printed-twice row"
            },
        ),
        ("lede", "De gemeente Schouwen-Duiveland gaat", {"note": "the first item's text (the round-up has no intro)"}),
        ("site_text", "Lees ook:", {"note": "link label (its links lost): site text"}),
        (
            "caption",
            "Kitten Bartje",
            {
                "note": "the item's photo caption, first copy (doubtful: the short line could be read as the item's title, a subheading)"
            },
        ),
        ("site_text", "Kitten Bartje", {"note": "the caption again with its credit ('© Omroep Zeeland'): site text"}),
        ("paragraph", "Kat Bartje, die ruim een maand"),
        ("site_text", "Lees ook:", {"note": "link label: site text"}),
        ("caption", "2W Logistiek", {"note": "photo caption, first copy (doubtful as 'Kitten Bartje')"}),
        ("site_text", "2W Logistiek", {"note": "the caption again with its credit: site text"}),
        ("paragraph", "Transportbedrijf 2W in Kapelle is"),
        ("site_text", "Lees ook:", {"note": "link label: site text"}),
        ("caption", "Noord-Beveland", {"note": "the weather photo's caption, first copy"}),
        ("site_text", "Noord-Beveland", {"note": "the caption again with its credit: site text"}),
        ("subheading", "WEER", {"note": "the round-up's weather section"}),
        ("paragraph", "Bewolkt, later op de dag ook ruimte"),
    ],
)

# ---- 1Limburg (1limburg.nl, NL regional broadcaster L1's news site; local politics item) ---------------
L(
    "l1_wethouders",
    (0, 0, None),
    [
        ("headline", "Maastricht: zeven partijen en drie"),
        (
            "caption",
            "Johan Pas tijdens een bijeenkomst over",
            {"tail": "© Jean-Pierre Geusens", "note": "photo caption; the glued credit its tail"},
        ),
        ("lede", "Maastricht krijgt definitief een", {"note": "the intro under the photo"}),
        ("paragraph", "Het nieuwe gemeentebestuur telt drie"),
        ("subheading", "Manon Fokke\n", {"note": "section title (a name on its own line)"}),
        ("paragraph", "Fokke was van 2006 tot 2012"),
        ("subheading", "Alex Meij\n"),
        ("paragraph", "Alex Meij begon zijn politieke"),
        ("subheading", "Johan Pas\n"),
        ("paragraph", "Johan Pas van D66 was sinds 2018"),
        ("subheading", "Zittende wethouders"),
        ("paragraph", "Wethouders die blijven zitten zijn", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; interview in a series) ----------------------------
L(
    "dm_lenaerts",
    (2, 0, None),
    [
        ("site_text", "Maandag 14/06/2021", {"note": "publication date line: site text"}),
        (
            "site_text",
            "Monster van de Macht",
            {"note": "the series label on its own line above the title: site text (genre/section label row)"},
        ),
        ("headline", 'Rechter Koen Lenaerts: "Ja, ik ga'),
        (
            "caption",
            "Baron Koen Lenaerts, president van het",
            {"tail": "Beeld Wouter Van Vooren", "note": "photo caption; the glued credit its tail"},
        ),
        (
            "site_text",
            "Baron Koen Lenaerts, president van het",
            {"note": "the caption printed again in the next line (its credit glued without a space): site text"},
        ),
        ("lede", "Van het hoofddoekverbod tot de", {"note": "the intro under the title"}),
        ("paragraph", "Weinigen weten het, maar van alle met"),
        ("paragraph", "Zijn minzaamheid verraadt die"),
        ("paragraph", "De moeite om vragen te verzinnen over"),
        ("paragraph", "Maar over macht heeft Koen Lenaerts", {"note": CUT}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; foreign-football round-up 'FT buitenland') -------------------
L(
    "hln_ftbuitenland",
    (0, 0, None),
    [
        (
            "headline",
            "FT buitenland. Dit is zonder twijfel",
            {"note": "the title with its glued rubric ('FT buitenland.'), which stays in the headline"},
        ),
        ("byline", "Redactie", {"note": "author ('Redactie') glued to the end of the title line: byline"}),
        (
            "site_text",
            "23 september 2018",
            {"note": "publication date, time and a comment counter ('14u17 11'), two lines: site text, one block"},
        ),
        ("subheading", "Wat een goal in The Championship", {"note": "round-up item title"}),
        ("lede", "Beter kan je een bal haast onmogelijk", {"note": "the first item's text"}),
        (
            "quote",
            "TAKE A BOW SON. Best angle yet.",
            {
                "tail": "pic.twitter.com/SlhAHvZyu8",
                "note": "an embedded tweet's words: quote; its photo link, account name and handle and the 'link' label glued after it ('pic.twitter.com/… Witton Road View(@ WittonRoad) link') its tail (doubtful: the account name could be read as the quote's attribution, article text)",
            },
        ),
        (
            "quote",
            '"And it comes to McGinn!',
            {"note": "the TV commentary quoted in its own paragraph (English): quote (doubtful: could be a paragraph)"},
        ),
        (
            "quote",
            "John McGinn v Sheffield Wednesday",
            {
                "tail": "pic.twitter.com/2fGHma0j7R",
                "note": "a second embedded tweet: quote, its embed furniture the tail, as above",
            },
        ),
        ("subheading", "Cyriel Dessers verliest met Utrecht,"),
        ("paragraph", "Cyriel Dessers heeft op de zesde"),
        ("paragraph", "Robin van Persie besliste de match", {"note": CUT}),
    ],
)

# ---- Apache (apache.be, Flemish investigative news site; editor's year review) -------------------------
L(
    "ap_jaaroverzicht",
    (0, 0, None),
    [
        ("headline", "Het jaar van de doorbraak van Apache"),
        ("byline", "Karl van den Broeck"),
        (
            "site_text",
            "jaaroverzicht 2017",
            {"note": "topic tag / rubric label on its own line under the byline: site text"},
        ),
        (
            "site_text",
            "Cartoon: © Kim Duchateau",
            {"note": "the lead cartoon's credit on a line of its own: site text"},
        ),
        (
            "site_text",
            "Dit was Apache in 2017",
            {
                "note": "a promotion box for the year's dossier ('Dit was Apache in 2017' … 'Ontdek ze hier!'), four lines: site text, one block (doubtful: its sentences could be read as the intro)"
            },
        ),
        ("lede", "Laat ons eerst de harde cijfers eens", {"note": "the first body paragraph"}),
        ("paragraph", "Op sociale media gingen we ook fors"),
        ("paragraph", "Apache wordt uitgegeven door een"),
        ("paragraph", "Onze lezers zijn vooral alert wanneer"),
        ("paragraph", "Daarna kwamen vier artikels over de"),
        ("subheading", "Apache in het vizier"),
        (
            "quote",
            "Het aantal lezers dat toegang heeft",
            {
                "note": "a pull quote repeating the lede's first sentence: quote, article text (as the conventions leave pull quotes)"
            },
        ),
        ("paragraph", "De eerste klachten (van Land Invest", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; riot report) --------------------------------
L(
    "nb_wkrellen",
    None,
    [
        ("lede", "Na de rellen in Brussel is het ook in", {"note": NOTITLE}),
        ("paragraph", "“De rust begint wel stilaan terug te"),
        ("paragraph", "Een journalist van VTM werd belaagd"),
        ("site_text", "© VTM NIEUWS", {"note": "the embedded video's credit on a line of its own: site text"}),
        ("paragraph", "Eerder op de dag was in Brussel ook al"),
        (
            "site_text",
            "LEES OOK. Rellen uitgebroken in",
            {"note": "a related-article link ('LEES OOK.' and the linked title): site text"},
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; liveblog intro, cup semi-final) -----------
L(
    "hb_bekerlive",
    None,
    [
        ("lede", "KRC Genk staat voor een cruciale", {"note": NOTITLE + "; the liveblog's intro"}),
        (
            "paragraph",
            "Voor de Limburgers wordt het de eerste",
            {
                "tail": "Waarom Genk volgens ons klaar/niet",
                "note": "the link sentence closing it ('Waarom Genk … lees je hier.') its tail (doubtful: the sentence names the linked article's topic and could be read as article text)",
            },
        ),
        (
            "paragraph",
            "Kan Genk in deze heenwedstrijd van de",
            {
                "tail": "Volg het hier live vanaf 20.30 uur:",
                "note": "the link label to the live feed closing it its tail, as blind68 hb_gemeenteraad (doubtful: it also says when the live coverage starts); the feed itself is not in the excerpt",
            },
        ),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV; short accident report) ------------------------------------
L(
    "tvo_houtkaai",
    None,
    [
        (
            "lede",
            "In Aalst is aan de Houtkaai een auto",
            {
                "tail": "Vanavond meer info in het TV Oost",
                "note": NOTITLE
                + "; the whole item is one paragraph; the programme plug closing it ('Vanavond meer info in het TV Oost Nieuws!') its tail (doubtful: it also says more news will follow)",
            },
        ),
    ],
)

# ---- Ring TV (ringtv.be, Flemish regional TV, Halle-Vilvoorde; vox pop) --------------------------------
L(
    "ring_halle",
    None,
    [
        ("lede", "In Halle is er nog steeds geen nieuwe", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Intussen beheersen twee vragen de"),
        ("paragraph", "“Ik vind het persoonlijk spijtig, want"),
        ("paragraph", "Ook de tweede Hallenaar aan wie we de"),
        ("paragraph", "Maar de meningen zijn evengoed"),
        ("paragraph", "Het is duidelijk. Voor elke"),
    ],
)

# ---- ATV (atv.be, Antwerp regional TV; video item) -------------------------------------------------------
L(
    "atv_borgerhout",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuws VIDEO Ongenoegen in Borgerhout",
            {
                "note": "the title with its glued section and genre labels ('Nieuws VIDEO'), which stay in the headline (stop 38: blind15 atv_veiligste)"
            },
        ),
        ("site_text", "embed", {"note": "the video embed's placeholder label: site text"}),
        ("lede", "Het Antwerpse stadsbestuur is", {"note": "the whole item is one paragraph"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

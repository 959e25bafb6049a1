#!/usr/bin/env python3
"""Rebuild structure set 80 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of fourteen mainstream outlets, seven Dutch
(NOS, RTV Noord, Omroep Flevoland, De Gelderlander, Omroep Gelderland, Reformatorisch Dagblad,
Horst24) and seven Flemish (De Tijd, VRT NWS, Humo, Bruzz, Krant van West-Vlaanderen, WTV of
Focus-WTV, TVL). They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind80 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string end = up to that marker). Standard library only; the cutting is done by
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
    "nos_marengo": (
        "https://nos.nl/artikel/2431858-om-begint-aan-afronding-marengo-zaak-het-giftigste-proces-ooit",
        "2022-06",
    ),
    "rtvn_schildweek": (
        "https://www.rtvnoord.nl/nieuws/196845/Ongelukje-op-het-water-vlak-voor-opening-Schildweek",
        "2018-07",
    ),
    "of_walibi": (
        "http://of-prod.elastique.nl/nieuws/409565/nieuwsoverzicht-23-12-bus-walibi-express-uitgebrand-laatste-keer-binnenkijken-bij-maerlanthuis",
        None,
    ),
    "gld_neusspray": (
        "https://www.gelderlander.nl/home/nieuws-gemist-neusspray-beschermt-tijdelijk-tegen-corona-geen-halve-bekerfinale-nec-vitesse~a43e3d339/",
        None,
    ),
    "omgld_politiebureau": (
        "https://www.omroepgelderland.nl/nieuws/2337721/Politiebureau-Nijmegen-op-slot-in-weekeinde",
        "2018-10",
    ),
    "rd_brein": ("https://rd.nl/artikel/893985-hoe-betrouwbaar-is-ons-brein", None),
    "horst24_sevenum": (
        "https://horst24.nl/2020/08/06/autos-en-vrachtwagen-flink-beschadigd-bij-ongeval-in-sevenum/amp",
        None,
    ),
    # Flemish
    "tijd_vijftig": ("https://www.tijd.be/opinie/commentaar/Vijftig-jaar/9968358", "2018-01"),
    "vrt_brandstichting": (
        "https://www.vrt.be/vrtnws/nl/2022/04/04/verdachte-opgepakt-voor-brandstichting-in-leuvens-appartementsge/",
        None,
    ),
    "humo_vrt": (
        "https://www.humo.be/nieuws/de-blunders-stapelen-zich-op-aan-de-reyerslaan-had-de-vrt-transparant-gecommuniceerd-over-f-c-de-kampioenen-dan-was-er-nooit-een-relletje-ontstaan~bc07e69e/",
        "2022-10",
    ),
    "bruzz_coronamars": (
        "https://bruzz.be/videoreeks/maandag-20-december-2021/video-herbekijk-bruzz-24-over-de-ontspoorde-coronamars-en-het",
        None,
    ),
    "kw_radio2": (
        "https://kw.be/nieuws/cultuur-en-media/provincieraadslid-de-fauw-breng-radio-2-onder-in-het-provinciaal-hof/article-normal-195467.html",
        None,
    ),
    "wtv_brand": ("http://www.wtv.be/nieuws/felle-brand-appartement-centrum-kortrijk", "2022-01"),
    "tvl_radio2": (
        "https://www.tvl.be/nieuws/radio-2-verhuist-met-wandeluitzending-naar-stadhuis-van-hasselt-69004",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
VIEWER = "the image viewer's button label ('Volledig scherm') glued before a caption: split off, site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL national broadcaster; background to a trial's closing stage) -------------------------
L(
    "nos_marengo",
    None,
    [
        ("lede", "Het proces werd overschaduwd door", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "In 2019 werd, vlak voor een volgende"),
        ("subheading", "Zwaarbewapende agenten en militairen"),
        ("paragraph", "De moorden leidden tot een"),
        ("paragraph", "De extreme dreiging leidde ertoe"),
        ("subheading", "Strubbelingen"),
        ("paragraph", "Het proces werd ook gekenmerkt door"),
        ("paragraph", "In hoeverre de overheid hier steken"),
        ("subheading", "'Niet te vertrouwen'"),
        ("paragraph", "In de rechtszaal ging het zitting na"),
        ("paragraph", "Zo bleek hij stiekem een telefoon", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster; the day's programme round-up 'Noord Vandaag') -------
L(
    "rtvn_schildweek",
    None,
    [
        ("lede", "Het is een gehannes, met een camera", {"note": NOTITLE + "; the page's standfirst"}),
        (
            "site_text",
            "In dit artikel zetten we de leukste",
            {
                "note": "the programme page's standing lines ('In dit artikel zetten we de leukste en belangrijkste fragmenten uit Noord Vandaag op een rij. Noord Vandaag wordt elke doordeweekse dag uitgezonden ...'): site text (standing lines, stop 46 row)"
            },
        ),
        ("subheading", "1) Boem is ho!", {"note": "the round-up's numbered item title"}),
        ("paragraph", "Wat een goed idee leek het de"),
        ("subheading", "2) Balkonië of Italië?"),
        ("paragraph", "De vakantie is begonnen. Tijd om"),
        ("subheading", "3) Ik ga naar Lewenborg!"),
        ("paragraph", "Je kunt natuurlijk naar het"),
        ("subheading", "4) Hoe heet wordt het?"),
        ("paragraph", "Het warmterecord van 2003 is"),
        ("subheading", "5) Dikke tranen"),
        ("paragraph", "De meiden moesten allemaal huilen"),
        (
            "site_text",
            "De gehele uitzending van Noord",
            {
                "note": "the closing player plug ('De gehele uitzending ... bekijk je hierboven of via Uitzending Gemist.'): site text (a plug, stop 46 row)"
            },
        ),
    ],
)

# ---- Omroep Flevoland (omroepflevoland.nl, served from its of-prod.elastique.nl host; the evening round-up)
L(
    "of_walibi",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuwsoverzicht 23/12 | Bus Walibi",
            {
                "note": "the round-up's title; the series label 'Nieuwsoverzicht 23/12 |' glued into it stays (kicker row)"
            },
        ),
        (
            "site_text",
            "FLEVOLAND • Ma 23 december 2024",
            {"note": "the place and publication date line, the date printed twice: one site-text block"},
        ),
        (
            "site_text",
            "Goedenavond. Elke doordeweekse dag",
            {
                "note": "the round-up's greeting frame ('Goedenavond. Elke doordeweekse dag rond 19.00 uur informeren we je ... Met vandaag:'): site text (greeting-frame row)"
            },
        ),
        (
            "list_item",
            "• Dikke, zwarte rookwolken door brand",
            {
                "note": "the contents list of the round-up, one line an item: list items (doubtful: each repeats, shortened, an item title below; could be read as site text)"
            },
        ),
        ("list_item", "• Onderzoek naar negen"),
        ("list_item", "• Binnenkijken bij te slopen"),
        ("list_item", "• Na moeilijke tijd helpt Ilse"),
        ("subheading", "Bus van Walibi Express in brand", {"note": "an item title"}),
        ("lede", "Een bus van lijn 247 van EBS", {"note": "the first item's text"}),
        ("subheading", "Onderzoek naar politiemedewerkers"),
        ("paragraph", "De politie heeft een onderzoek"),
        ("subheading", "Laatste keer binnenkijken bij"),
        ("paragraph", "Een sloper is begonnen met het"),
        ("subheading", "Ilse deelt al jaren kersttassen"),
        ("paragraph", "Niks te eten in december?"),
        ("subheading", "Ander nieuws:", {"note": "a section title of the round-up"}),
        ("list_item", "• Toename van bromtonen"),
        ("list_item", "• Hobbywinkel Pipoos"),
        ("list_item", "• Staatsbosbeheer wil Kuinderburcht"),
        ("list_item", "• Basketbaltalent 'P.J.'"),
        ("subheading", "112-nieuws en rechtszaken:"),
        ("list_item", "• Wantsen uit eikenboom kwellen", {"note": CUT}),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional daily; the day's round-up 'Nieuws gemist?') ------------
L(
    "gld_neusspray",
    None,
    [
        ("site_text", "Volledig scherm", {"note": NOTITLE + "; " + VIEWER}),
        (
            "caption",
            "Jessica Aaldering en haar man Herman",
            {"tail": "© Erik van 't Hullenaar", "note": "the first item's photo caption; " + CREDIT},
        ),
        (
            "lede",
            "Een rekening van meer dan tweehonderd",
            {"note": "the first item's text, glued after the caption's credit on one line: split off"},
        ),
        ("paragraph", "Politiewagens, een arrestatieteam,"),
        ("paragraph", "Steun van Vitesse voor NEC vanuit"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Deze vliegtuigen vlogen vanmiddag", {"tail": "© Timo Bouman", "note": CREDIT}),
        (
            "paragraph",
            "Een neusspray die beschermt tegen",
            {
                "tail": "Daarin vind je alles over corona.",
                "note": "a pointer to the liveblog ('Daarin vind je alles over corona.') glued at the end: its tail (doubtful: the sentence before it, naming the liveblog, stays article text; the pointer could be read as article text too)",
            },
        ),
        ("paragraph", "Sleeën in het park als er sneeuw", {"note": CUT}),
    ],
)

# ---- Omroep Gelderland (omroepgelderland.nl, NL regional broadcaster; news item) — stand-in ---------------
L(
    "omgld_politiebureau",
    (1, 0, "Foto:"),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label above the title: site text"}),
        (
            "headline",
            "Politiebureau Nijmegen op slot in",
            {
                "tail": "Foto: Google Streetview",
                "note": "the title, with its photo's credit glued after it on one line: the credit its tail (doubtful: the line may be the photo's caption repeating the title; the title is the headline either way)",
            },
        ),
        ("lede", "NIJMEGEN - Het Nijmeegse politiebureau", {"note": "the place dateline stays in the lede"}),
        (
            "paragraph",
            "Volgens politiechef Lute Nieuwerth",
            {
                "tail": "Heeft u opmerkingen of aanvullingen",
                "note": "the standing call to write in ('Heeft u opmerkingen of aanvullingen op dit bericht? Mail dan met de redactie ... WhatsApp-bericht ...') glued at the end: its tail (standing lines, stop 46 row)",
            },
        ),
    ],
)

# ---- Reformatorisch Dagblad (rd.nl, NL national daily; a feature on memory) — stand-in ------------------
L(
    "rd_brein",
    (1, 0, None),
    [
        ("site_text", "Binnenland", {"note": "section label above the title: site text"}),
        ("headline", "Hoe betrouwbaar is ons brein?", {"note": "the title on its own line"}),
        (
            "lede",
            "Hoe betrouwbaar is ons brein? Kan",
            {
                "note": "the standfirst; it opens with the title's question (doubtful: the opening question could be read as the title printed again, site text; it is the standfirst's own first sentence)"
            },
        ),
        (
            "site_text",
            "20 November 2018 19:49Gewijzigd op",
            {"note": "publication and edit date line ('... 19:49Gewijzigd op 17 November 2020 05:00'): site text"},
        ),
        (
            "site_text",
            "Gemma Pauwels, SaltyStock",
            {"note": "a caption that is only a credit, printed twice in a row: one site-text block"},
        ),
        ("paragraph", "Refosukkeltje. „Dat zei die jongen"),
        ("paragraph", "Verbaasd kijkt Joris (35) opzij"),
        ("paragraph", "„Weet je dat dan niet meer?”"),
        ("paragraph", "„Nou janken vrouwen al snel”"),
        ("paragraph", "„Doe normaal, man!"),
        ("paragraph", "In een tjokvolle kamer halen Joris"),
        ("paragraph", "„Je maakte een beste smak toen je"),
        ("paragraph", "„Het was niet de draaimolen”"),
        ("paragraph", "Joris knikt. „De halve speeltuin"),
        ("paragraph", "Floortje glimlacht. „Wat een giller", {"note": CUT}),
    ],
)

# ---- Horst24 (horst24.nl, NL local news site, Horst aan de Maas; accident report) — stand-in -------------
L(
    "horst24_sevenum",
    None,
    [
        ("site_text", "Ongeval", {"note": NOTITLE + "; the section label on its own line: site text"}),
        ("lede", "Een achteroprijdend auto kon zijn"),
        ("paragraph", "Hoe het ongeval heeft kunnen gebeuren"),
    ],
)

# ---- De Tijd (tijd.be, Flemish national financial daily; an editorial at the paper's fiftieth) ------------
L(
    "tijd_vijftig",
    None,
    [
        ("lede", "Het mooiste cadeau dat deze krant", {"note": NOTITLE + "; the editorial's standfirst"}),
        ("paragraph", "Het verleden is een onbekend land."),
        ("paragraph", "Het groeiende Vlaamse bewustzijn"),
        (
            "site_text",
            "Wat is de sleutel tot succes? Wat is",
            {
                "note": "a promotion box between paragraphs (its title printed twice, a plug for the paper's 50 business lessons and a link 'tijd.be/50lessen'): one site-text block"
            },
        ),
        ("paragraph", "Deze krant moest uitgroeien tot"),
        ("paragraph", "En dat is De Tijd nog steeds."),
        ("paragraph", "En bij bloeiende bedrijven. Er is", {"note": CUT}),
    ],
)

# ---- VRT NWS (vrt.be/vrtnws, Flemish public broadcaster's news; police report) ---------------------------
L(
    "vrt_brandstichting",
    None,
    [
        ("lede", "De brand van afgelopen donderdag in", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Het was al snel duidelijk dat het om"),
    ],
)

# ---- Humo (humo.be, Flemish weekly news magazine; an analysis of the VRT's troubles) — stand-in ----------
L(
    "humo_vrt",
    None,
    [
        ("lede", "Een controversiële docu over", {"note": NOTITLE + "; the standfirst"}),
        ("subheading", "1. De grootverdieners", {"note": "a numbered section title"}),
        ("paragraph", "‘Beschamend’ en zelfs «middeleeuws»."),
        ("paragraph", "“Iedereen begrijpt dat je als zender"),
        (
            "caption",
            "VRT-CEO Frederik Delaplace kreeg",
            {"tail": "Beeld VRT - Sofie Silbermann", "note": CREDIT},
        ),
        ("paragraph", "Delaplace houdt in zijn communicatie", {"note": CUT}),
    ],
)

# ---- Bruzz (bruzz.be, Brussels' Flemish city news; a video item of the news programme BRUZZ 24) -----------
L(
    "bruzz_coronamars",
    None,
    [
        (
            "site_text",
            "Herbekijk hier de uitzending van",
            {
                "note": NOTITLE
                + "; the player plug opening the video item ('Herbekijk hier de uitzending van BRUZZ 24 van maandag 20 december.'): site text (a plug, stop 46 row; doubtful: it carries the broadcast's date)"
            },
        ),
        ("lede", "De derde betoging tegen de", {"note": "the broadcast's summary, glued after the plug: split off"}),
    ],
)

# ---- Krant van West-Vlaanderen (kw.be, Flemish regional weekly; a councillor's plea for Radio 2) — stand-in
L(
    "kw_radio2",
    None,
    [
        ("lede", '"Dat Radio 2 met een marktaandeel van', {"note": NOTITLE + "; the intro (a quote)"}),
        (
            "site_text",
            "...",
            {
                "note": "the truncation marker closing the intro teaser, on a line of its own: site text (doubtful: a lone marker)"
            },
        ),
        (
            "site_text",
            '"Dat Radio 2 met een marktaandeel van',
            {
                "note": "the intro printed again as the start of the body, glued to the next paragraph's words: the repeat split off as site text (paragraph-printed-twice row)"
            },
        ),
        ("paragraph", "De regionale berichtgeving afbouwen"),
        (
            "subheading",
            '"Kloof tussen burgers en bestuur"',
            {"note": "a section title glued between two paragraphs on one line: split off"},
        ),
        (
            "paragraph",
            "Dirk De fauw wijst ook op het belang",
            {"note": "runs on into 'Volgens Dirk De fauw ...' without a break: one block; " + CUT},
        ),
    ],
)

# ---- WTV (wtv.be, Focus-WTV, Flemish regional TV, West Flanders; fire report) ----------------------------
L(
    "wtv_brand",
    (0, 0, None),
    [
        ("headline", "Felle brand in appartement in centrum", {"note": "the title on its own line; " + CLEAN}),
        ("lede", "In de Noordstraat in Kortrijk heeft"),
        ("paragraph", "Het was een taxichauffeur die de rook"),
    ],
)

# ---- TVL (tvl.be, Flemish regional TV, Limburg; a video item) — stand-in -------------------------------
L(
    "tvl_radio2",
    (1, 0, None),
    [
        ("site_text", "Media en Cultuur", {"note": "section label above the title: site text"}),
        ("headline", "Radio 2 verhuist met wandeluitzending", {"note": "the title on its own line"}),
        ("site_text", "embed", {"note": "the video player's embed label on a line of its own: site text"}),
        ("byline", "door Tine Oyen", {"note": "the author line, glued before the text on one line: split off"}),
        ("lede", "Radio 2 Limburg verhuist naar haar"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

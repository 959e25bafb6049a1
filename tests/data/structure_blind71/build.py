#!/usr/bin/env python3
"""Rebuild structure set 71 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NU.nl, de Volkskrant, Omroep Zeeland, Omroep Brabant, Het Parool, RTV Drenthe, Tubantia, L1)
and eight Flemish (HLN, Het Belang van Limburg, Apache, De Morgen, Het Nieuwsblad, ATV, TV Oost,
Ring TV). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind71 and are NOT for the project repository. Only the labels (ours) live
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
    "nu_nutech": (
        "https://www.nu.nl/week-van-nutech/6015823/kan-je-straks-nog-wel-whatsappen-met-je-gemeente.html",
        "2019-12",
    ),
    "vk_koch": ("https://www.volkskrant.nl/cultuur-media/ik-doe-niet-vals-bescheiden~be4dafae/", None),
    "oz_souburg": (
        "http://www.omroepzeeland.nl/nieuws/2017-05-08/1115235/zeeland-wordt-wakker-fraude-geluidsapparatuur-en-fotos",
        "2017-05",
    ),
    "ob_nuenen": (
        "https://www.omroepbrabant.nl/nieuws/4018796/112-nieuws-getuigen-megaknal-veldhoven-gezocht-boete-voor-belagers",
        None,
    ),
    "pa_haarlemmerweg": (
        "https://www.parool.nl/amsterdam/twee-gewonden-na-verkeersongeval-haarlemmerweg-mogelijk-een-doorrijder~b7b936a5/",
        "2021-08",
    ),
    "rtvd_branden": (
        "https://www.rtvdrenthe.nl/nieuws/166283/Brandweer-in-Drenthe-druk-met-auto-en-afvalbranden",
        "2020-12",
    ),
    "tub_column": ("https://www.tubantia.nl/opinie/de-liefde-voor-fc-twente-is-niet-af-te-pakken~a52e7292/", "2018-08"),
    "l1_centraal": ("https://l1.nl/l1mburg-centraal-25-mei-2023-177112/", None),
    # Flemish
    "hln_inbraken": (
        "https://www.hln.be/in-de-buurt/aalst/politie-zet-extra-middelen-in-tegen-inbrakengolf-in-aalst~a1a8f60b/",
        "2019-10",
    ),
    "hb_topper": (
        "https://www.hbvl.be/cnt/dmf20180826_03683145/club-brugge-toont-zich-de-betere-van-anderlecht-in-hoogstaande-topper-en-is-nieuwe-leider",
        None,
    ),
    "ap_cultuur": ("https://apache.be/2014/10/06/oude-politieke-cultuur-in-antwerpen", None),
    "dm_seefhoek": ("https://www.demorgen.be/nieuws/lenteschoonmaakin-de-seefhoek~ba4eae85/", None),
    "nb_ambtenaar": ("https://www.nieuwsblad.be/cnt/dmf20180719_03623296", "2018-07"),
    "atv_dieven": ("https://atv.be/nieuws/drie-dieven-in-de-boeien-geslagen", "2017-07"),
    "tvo_lokeren": (
        "https://www.tvoost.be/nieuws/zeer-rustig-openingsweekend-volgens-politie-geen-incidenten-82608",
        None,
    ),
    "ring_cocktail": ("https://www.ringtv.be/nieuws/cocktail-kijkt-met-jongeren-achter-de-schermen-van-ringtv", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NU.nl (nu.nl, NL national news site; podcast episode note 'De week van NUtech') --------------------
L(
    "nu_nutech",
    None,
    [
        (
            "site_text",
            "In De week van NUtech bespreken de",
            {
                "note": NOTITLE
                + "; the podcast series' standing intro, the same in every episode ('In De week van NUtech bespreken de techredacteuren van NU.nl wat hen deze week bezighoudt.'): site text as a standing frame (doubtful: it could be read as the lede)"
            },
        ),
        ("lede", "54 Nederlandse gemeenten zijn vanaf", {"note": "the episode's first topic"}),
        ("paragraph", "Verder deed NU.nl ook nog onderzoek"),
        (
            "site_text",
            "Wil je reageren op deze aflevering of",
            {
                "note": "the series' standing call to write in, with the mail address ('… Stuur dan een e-mail naar podcast@nu.nl.'): site text (doubtful: it could be read as the note's last paragraph)"
            },
        ),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; interview) ---------------------------------------
L(
    "vk_koch",
    (1, 0, None),
    [
        ("site_text", "INTERVIEW", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "'Ik doe niet vals bescheiden'"),
        ("lede", "Geen boze, blanke man dit keer in de", {"note": "the intro under the title"}),
        (
            "caption",
            "Zijn nieuwe roman is net uit, maar het",
            {
                "tail": "Beeld Gerard Wessel",
                "note": "photo caption; the glued credit its tail. The caption's words are the first sentence of a later paragraph (not in a row): kept a caption (doubtful: a caption repeating the body, printed apart from it)",
            },
        ),
        ("paragraph", "Herman Koch reed door een verlaten"),
        ("paragraph", "Als Herman Koch Het diner niet had"),
        (
            "paragraph",
            "'Het is een boek dat internationale",
            {"note": "the writer's words on a line of their own, no repeat of a sentence: paragraph"},
        ),
        (
            "paragraph",
            "Zijn nieuwe roman is net uit, maar het",
            {"note": "the second occurrence of the words (the first is the caption); " + CUT},
        ),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up) ----------------------
L(
    "oz_souburg",
    None,
    [
        (
            "site_text",
            "OOST-SOUBURG - Goedemorgen! Het is",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame with the place and the day's date: site text by the greeting-frame row of STRUCTURE_CONVENTIONS"
            },
        ),
        ("subheading", "Fraude\n", {"note": "round-up item title"}),
        ("lede", "Iets bestellen via internet en", {"note": "the first item's text"}),
        ("subheading", "Geluidsapparatuur\n"),
        ("paragraph", "Bij het foodtruckfestival in"),
        ("subheading", "De Schelde gedigitaliseerd"),
        ("paragraph", "Het Vlissingse gemeentearchief heeft"),
        (
            "site_text",
            "Foto: Ronny Verrijzer, Colijnsplaat",
            {"note": "a (reader's) photo credit on a line of its own, the photo without a caption: site text"},
        ),
        ("subheading", "Weer\n", {"note": "the round-up's weather section"}),
        ("paragraph", "Het is bewolkt, met lokaal wat"),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; one entry of a 112 liveblog) ------------
L(
    "ob_nuenen",
    None,
    [
        (
            "subheading",
            "00.30",
            {
                "note": NOTITLE
                + "; the liveblog entry's time on a line of its own (no entry title): subheading, as entry times are kept with their entries (doubtful: a bare time line could be read as a date/time line, site text)"
            },
        ),
        ("lede", "De politie is bezig met een onderzoek", {"note": "the entry's text"}),
        (
            "site_text",
            "LEES OOK: Bestuurder gewond nadat",
            {"note": "a related-article link ('LEES OOK:' and the linked title): site text"},
        ),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; accident report) ---------------------------------------
L(
    "pa_haarlemmerweg",
    None,
    [
        (
            "site_text",
            "Beeld Hollandse Hoogte / ANP",
            {"note": NOTITLE + "; the lead photo's credit on a line of its own (no caption): site text"},
        ),
        (
            "lede",
            "In beide aangetroffen auto's zat",
            {"note": "the first body paragraph (the intro is not in the excerpt)"},
        ),
        ("paragraph", "De politie vermoedt dat er"),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; New Year's Eve fire report) -------------------
L(
    "rtvd_branden",
    None,
    [
        (
            "caption",
            "Op het parkeerterrein in Assen stond",
            {
                "tail": "(Rechten: De Vries Media)",
                "note": NOTITLE
                + "; five photo captions of a gallery above the text, each with its credit glued ('(Rechten: …)'): captions, the credits their tails",
            },
        ),
        ("caption", "Ook op de Dordsestraat in Emmen stond", {"tail": "(Rechten: De Vries Media)"}),
        ("caption", "Aan de IJselstraat in Assen stond", {"tail": "(Rechten: De Vries Media)"}),
        ("caption", "In Emmer-Compascuum is een keet", {"tail": "(Rechten: Van Oost Media)"}),
        ("caption", "In Geesbrug ging een auto in vlammen", {"tail": "(Rechten: De Vries Media)"}),
        ("lede", "De brandweer heeft het in Drenthe", {"note": "the first body paragraph"}),
        ("paragraph", "Dat gebeurde aan de Berkenlaan in het"),
        ("paragraph", "De brandweer begon Oudejaarsavond en"),
        ("paragraph", "Rond 20.45 uur moest de brandweer"),
        ("paragraph", "Verder stond er een auto in brand aan"),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily; column teaser) -------------------------------------------
L(
    "tub_column",
    (0, 0, None),
    [
        (
            "headline",
            "Column Saamhorigheid in Twente, in",
            {
                "note": "the title with its genre label glued before it on one line ('Column'): the label stays in the headline (kicker row). The excerpt's title is not the one in the URL's slug (the store's text for that URL)"
            },
        ),
        (
            "site_text",
            "8:42",
            {
                "note": "a publication time glued before the first sentence on its line: split off as site text (date/time row)"
            },
        ),
        ("lede", "De verslaggeefster van Radio 1 vraagt", {"note": "the column's opening paragraph (teaser)"}),
    ],
)

# ---- L1 (l1.nl, NL regional broadcaster of Limburg; TV news round-up 'L1mburg Centraal') ---------------
L(
    "l1_centraal",
    (0, 0, None),
    [
        (
            "headline",
            "L1mburg Centraal - 25 mei 2023",
            {"note": "the title (programme name and date), first copy on a line of its own: the headline"},
        ),
        ("site_text", "L1mburg Centraal - 25 mei 2023", {"note": "the title printed again: site text (a later copy)"}),
        (
            "lede",
            "Eindelijk algemene regeling voor",
            {
                "tail": "Dit en ander nieuws uit Limburg in",
                "note": "the intro summing up the episode; the programme's standing line glued to its end ('Dit en ander nieuws uit Limburg in L1mburg Centraal') its tail (doubtful: it could be read as part of the intro)",
            },
        ),
        (
            "site_text",
            "L1mburg Centraal van donderdag 25 mei",
            {
                "note": "the broadcast frame, two lines ('L1mburg Centraal van donderdag 25 mei 2023:' / 'Met de volgende onderwerpen:'): site text, one block (a standing frame with the day's date)"
            },
        ),
        ("subheading", "Eindelijk algemene regeling voor", {"note": "item title (its words open the intro above)"}),
        ("paragraph", "Goed nieuws voor de mijnstreek."),
        ("site_text", "Bekijk hier de hele reportage", {"note": "link label to the item's video: site text"}),
        ("subheading", "Is er beweging in conflict vakbonden"),
        ("paragraph", "Opnieuw uren van overleg tussen de"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Milieuactie handhavers op het water"),
        ("paragraph", "Van vissen zonder vergunning, tot"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Brand lanceert twee speciaalbieren"),
        ("paragraph", "Brand in Wijlre, opende donderdag een"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Postduivenvereniging Kerkrade", {"note": "item title; " + CUT + " (its text is not in it)"}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; regional police report) ---------------------------------------
L(
    "hln_inbraken",
    (0, 0, None),
    [
        ("headline", "Politie zet extra middelen in tegen"),
        ("byline", "Koen Baten", {"note": "author glued to the end of the title line: byline"}),
        (
            "site_text",
            "24 oktober 2019",
            {
                "note": "publication date, then time and a comment counter ('09u09 16') glued before the first sentence: site text, one block"
            },
        ),
        (
            "lede",
            "Aalst De laatste twee dagen werd er in",
            {
                "note": "the first paragraph, opening with the place label 'Aalst' (no dash): kept in the lede as a place dateline (doubtful: HLN's region label could be read as site text with the time and counter before it)"
            },
        ),
        ("paragraph", "Dinsdag was er al melding van een"),
        ("paragraph", "Alle ploegen werden gealarmeerd en"),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; football match report) -------------------
L(
    "hb_topper",
    None,
    [
        ("lede", "Club Brugge heeft een hoogstaande", {"note": NOTITLE + "; the intro"}),
        ("paragraph", "Door de farce met de schorsingen"),
        (
            "site_text",
            "Foto: BELGA",
            {"note": "a photo credit on a line of its own (the photo's caption empty): site text"},
        ),
        ("paragraph", "Onder impuls van een kolkend Jan"),
        ("subheading", "Musona brengt Anderlecht weer in de"),
        ("paragraph", "Door het hoge spel van de thuisploeg"),
        ("site_text", "Foto: BELGA", {"note": "the same credit for the next photo: site text"}),
        ("paragraph", "De Brusselaars knokten zich halfweg", {"note": CUT}),
    ],
)

# ---- Apache (apache.be, Flemish investigative news site; editorial on Antwerp building files) ----------
L(
    "ap_cultuur",
    (0, 0, None),
    [
        ("headline", "Oude politieke cultuur in Antwerpen"),
        (
            "site_text",
            "6 oktober 2014",
            {"note": "publication date glued before the author's name on one line: split off as site text"},
        ),
        ("byline", "Tom Cochez", {"note": "the author, after the date on the same line"}),
        (
            "caption",
            "De slachthuissite (Beeld:",
            {
                "tail": "(Beeld: slachthuiswijk2060)",
                "note": "photo caption, first of four identical lines; the glued credit its tail",
            },
        ),
        (
            "site_text",
            "De slachthuissite (Beeld:",
            {
                "note": "the caption printed again (second of four lines in a row, with its credit): site text by the caption-printed-twice row"
            },
        ),
        ("site_text", "De slachthuissite (Beeld:", {"note": "third copy: site text"}),
        ("site_text", "De slachthuissite (Beeld:", {"note": "fourth copy: site text"}),
        ("lede", "Apache.be volgt al geruime tijd met", {"note": "the first body paragraph"}),
        ("subheading", "Tunnelplaats\n"),
        ("paragraph", "Het dossier van de Tunnelplaats kan"),
        ("paragraph", "Het dossier over de Tunnelplaats kwam", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; reportage) -----------------------------------------
L(
    "dm_seefhoek",
    (1, 0, None),
    [
        ("site_text", "Maandag 25/10/2021", {"note": "publication date line: site text"}),
        (
            "headline",
            "Lenteschoonmaakin de Seefhoek",
            {
                "note": "the title, its words glued at a lost line break ('Lenteschoonmaak' + 'in de Seefhoek'): the headline, whole (doubtful: by the paper's layout, a label glued to a tag on the line above the title, 'InterviewBart Maddens', the line could be read as label + tag, site text, and the next line as the title)"
            },
        ),
        (
            "lede",
            "Plastic zakken van supermarkten zijn",
            {"note": "the intro (two sentences, one a quote) under the title"},
        ),
        ("byline", "Erik Raspoet", {"note": "author line"}),
        (
            "site_text",
            "Foto's Tim Dirven",
            {
                "note": "the photographer's credit on a line of its own: site text by the credit row (doubtful: it could be read as a second byline)"
            },
        ),
        ("paragraph", "Frank en Frank zijn perfect op elkaar", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; short news item) ----------------------------
L(
    "nb_ambtenaar",
    None,
    [
        (
            "lede",
            "Antwerpen - Antwerpen voert een",
            {
                "note": NOTITLE
                + "; the place dateline stays in the lede; 'Dat schrijft De Morgen donderdag.' is a sentence of the text; "
                + CLEAN
            },
        ),
        ("paragraph", "“Dit is investeren in de hoop dat het"),
    ],
)

# ---- ATV (atv.be, Antwerp regional TV; police report) ---------------------------------------------------
L(
    "atv_dieven",
    None,
    [
        ("lede", "De cameraoperator van de Antwerpse", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Op de beelden was te zien dat vier"),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV; festival police item) -------------------------------------
L(
    "tvo_lokeren",
    (1, 0, None),
    [
        ("site_text", "Nieuws\n", {"note": "section label on its own line above the title: site text"}),
        ("headline", "Zeer rustig openingsweekend volgens"),
        ("site_text", "embed\n", {"note": "the video embed's placeholder label: site text"}),
        ("lede", "En de afgelopen festivalavonden zijn", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Ring TV (ringtv.be, Flemish regional TV, Halle-Vilvoorde; feature on a youth visit) ----------------
L(
    "ring_cocktail",
    None,
    [
        ("lede", "Heb jij op je werk ooit al het bezoek", {"note": NOTITLE}),
        ("paragraph", "Een hele dag gingen de jongeren niet"),
        (
            "paragraph",
            "Ook om onbekende mensen aanspreken",
            {
                "tail": "Het eindresultaat van een blik achter",
                "note": "the programme plug closing it ('Het eindresultaat van een blik achter de schermen zie je vanavond in Cocktail.') its tail, as blind70 tvo_houtkaai (doubtful: it also says where the report is shown)",
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

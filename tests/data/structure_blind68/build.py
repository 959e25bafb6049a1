#!/usr/bin/env python3
"""Rebuild structure set 68 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(Eindhovens Dagblad, Brabants Dagblad, de Volkskrant, Omroep Gelderland, Omroep Zeeland, Het Parool,
NOS, Rijnmond) and eight Flemish (ATV, De Morgen, HLN, TVL, Het Nieuwsblad, Het Belang van Limburg,
Metro, De Standaard). They come from the `search` tool's "pages" corpus (stored public web pages, text
as the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay
in /work/data/structure-blind68 and are NOT for the project repository. Only the labels (ours) live
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
    "ed_bureaubrabant": (
        "https://www.ed.nl/brabant/autobrand-in-vught-tilburgse-woningoverval-en-gevaarlijk-drugslab-politie-zoekt-getuigen~a8c5fa60/",
        "2021-01",
    ),
    "bd_jaarwisseling": (
        "https://www.bd.nl/brabant/jaarwisseling-vol-incidenten-in-brabant-branden-gewonde-door-vuurwerk-en-agenten-aangereden-door-beschonken-vrouw~a12bac2a/",
        "2019-01",
    ),
    "vk_bernlef": (
        "https://www.volkskrant.nl/cultuur-media/teruglezen-bernlef-schrijven-was-een-innerlijke-drang~b0fc4c0e/",
        None,
    ),
    "og_posbank": ("https://www.omroepgelderland.nl/nieuws/2445598/LIVEBLOG-Extra-controles-op-Posbank", "2020-04"),
    "oz_duikboot": (
        "https://www.omroepzeeland.nl/nieuws/113496/Zeeland-wordt-wakker-ongeluk-Goes-duikboot-onderweg-en-kunst-door-kinderen",
        "2019-06",
    ),
    "pa_slavernij": (
        "https://www.parool.nl/columns-opinie/opinie-nee-hoor-geen-woord-over-het-slavernijverleden~b4a4e8fc/",
        "2021-07",
    ),
    "nos_correspondenten": (
        "https://nos.nl/artikel/2381712-fleur-launspach-en-heleen-d-haens-nieuwe-nos-correspondenten-londen-en-rome",
        "2021-05",
    ),
    "rm_relschoppers": (
        "https://www.rijnmond.nl/nieuws/203544/Politie-Rotterdam-laat-foto-s-van-relschoppers-op-tv-zien-als-ze-zichzelf-niet-melden",
        "2021-01",
    ),
    # Flemish
    "atv_oranjestraat": ("https://atv.be/nieuws/video-brand-in-de-oranjestraat-49058", None),
    "dm_molotov": (
        "https://www.demorgen.be/snelnieuws/stadhuis-en-gerechtsgebouw-in-mechelen-bekogeld-met-molotovcocktails~bfec7db3/",
        "2023-01",
    ),
    "hln_huiszoeking": (
        "https://www.hln.be/nieuws/binnenland/huiszoeking-bij-speciale-eenheden~aed82adc/?utm_medium=rss&utm_content=Net%20binnen",
        "2019-11",
    ),
    "tvl_oparade": ("https://www.tvl.be/nieuws/o-parade-lokt-massa-volk-naar-genk-7948", None),
    "nb_dakbrand": ("https://www.nieuwsblad.be/cnt/dmf20111213_019", None),
    "hb_gemeenteraad": ("https://www.hbvl.be/cnt/dmf20220425_95662410", None),
    "mt_eed": (
        "https://nl.metrotime.be/2019/01/04/news/de-wever-legt-eed-af-voor-tweede-termijn-als-antwerps-burgemeester/",
        "2019-01",
    ),
    "ds_politieman": ("https://www.standaard.be/cnt/dmf20220330_96862803", "2022-03"),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Eindhovens Dagblad (ed.nl, NL regional daily; crime-programme preview) -----------------------
L(
    "ed_bureaubrabant",
    None,
    [
        ("lede", "Vught - Camerabeelden van een", {"note": NOTITLE + "; with its place dateline"}),
        ("paragraph", "In de uitzending is onder meer een"),
        ("subheading", "Vastgebonden door overvaller"),
        ("paragraph", "Ook de overval op op zaterdag 16 mei"),
        ("paragraph", "Hij slaat de vrouw hard in het"),
        (
            "site_text",
            "Volledig scherm",
            {"note": "the photo viewer's button label ('Volledig scherm') before the caption on its line: site text"},
        ),
        (
            "caption",
            "Politie treft op 2 december een",
            {"tail": "© Marcel van Dorst", "note": "photo caption; the glued credit its tail"},
        ),
        ("subheading", "Beelden uit gevaarlijk drugslab"),
        ("paragraph", "Bijna honderd inwoners van", {"note": CUT}),
    ],
)

# ---- Brabants Dagblad (bd.nl, NL regional daily; New Year's Eve incident round-up) ----------------
L(
    "bd_jaarwisseling",
    None,
    [
        (
            "site_text",
            "Overzicht + video",
            {
                "note": NOTITLE
                + "; the genre label ('Overzicht + video') glued before the intro's first word: site text (doubtful: a kicker glued to a headline stays in it, but this one opens the intro, not a title)"
            },
        ),
        ("lede", "Het was een jaarwisseling met de", {"note": "the intro, its genre label split off"}),
        ("paragraph", "De politie, ambulancemedewerkers en"),
        ("subheading", "Ongeval met agenten op A2"),
        ("paragraph", "Twee agenten raakten zwaargewond"),
        ("subheading", "Man gewond door vuurwerk"),
        ("paragraph", "In Heesch raakte maandagnacht een man"),
        ("site_text", "Volledig scherm", {"note": "the photo viewer's button label before the caption: site text"}),
        (
            "caption",
            "Vuurwerkincident Heesch.",
            {"tail": "© Foto Mallo", "note": "photo caption; the glued credit its tail"},
        ),
        ("subheading", "Branden"),
        ("paragraph", "Tijdens de afgelopen jaarwisseling"),
        ("paragraph", "Hoewel in Den Bosch en Oss ook", {"note": CUT}),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; interview re-run after the writer's death) ---
L(
    "vk_bernlef",
    (1, 0, None),
    [
        ("site_text", "Interview", {"note": "genre label on its own line above the title: site text"}),
        (
            "headline",
            "Teruglezen - Bernlef: 'Schrijven was",
            {"note": "the title with its glued kicker ('Teruglezen -'), which stays in the headline"},
        ),
        ("lede", "Bijna zijn leven lang was schrijver", {"note": "the intro under the title"}),
        (
            "caption",
            "Schrijver J. Bernlef (pseudoniem voor",
            {"tail": "Beeld anp", "note": "photo caption; the glued credit ('Beeld anp') its tail"},
        ),
        (
            "site_text",
            "Schrijver J. Bernlef (pseudoniem voor",
            {"note": "the caption printed again in the next line (its credit glued without a space): site text"},
        ),
        (
            "paragraph",
            "Dit interview werd gepubliceerd in",
            {
                "note": "editor's note on the interview's first publication (2012): article text (doubtful: could be read as a publication date line, site text)"
            },
        ),
        ("paragraph", "Bernlef was 9 toen zijn vader zei,"),
        (
            "paragraph",
            "Wat vertelde u dan?",
            {"note": "the interviewer's question on its own line: paragraph (doubtful: could be read as a subheading)"},
        ),
        ("paragraph", "'Dat ik de polder in was geweest,", {"note": "the answer, on the next line"}),
        ("paragraph", "Hendrik Jan Marsman, zoals Bernlef", {"note": CUT}),
    ],
)

# ---- Omroep Gelderland (omroepgelderland.nl, NL regional broadcaster; corona liveblog) --------------
L(
    "og_posbank",
    None,
    [
        ("lede", "In Rheden blijft de zorg voor het", {"note": NOTITLE + "; the liveblog's summary under the title"}),
        (
            "site_text",
            "vrijdag 17 april",
            {"note": "the liveblog's day header, a date line: site text (doubtful: could be read as a subheading)"},
        ),
        ("subheading", "21:41 - De coronacolumn van Bart", {"note": "liveblog entry title with its time"}),
        (
            "site_text",
            "Tal van prominenten uit de Gelderse",
            {
                "note": "the column series' standing line ('Tal van prominenten … schrijven de komende tijd een column voor Omroep Gelderland.'): site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was the paragraph's first sentence)"
            },
        ),
        ("paragraph", "In aflevering vier vertelt voormalig"),
        ("site_text", "Lees de column hier.", {"note": "link label: site text"}),
        (
            "caption",
            "Bart Voskamp in zijn tuin in Zetten",
            {"tail": "(eigen foto)", "note": "photo caption; the glued credit ('(eigen foto)') its tail"},
        ),
        ("subheading", "20:47 - Verdrietig bericht uit West"),
        (
            "paragraph",
            "Een trieste update van de",
            {"note": "the entry's text (the embedded post it announces is not in the text)"},
        ),
        ("subheading", "20:43 - GGD opent nieuwe"),
        ("paragraph", "De GGD opent volgende week een nieuwe"),
        ("site_text", "Lees hier het hele verhaal.", {"note": "link label: site text"}),
        ("site_text", "Foto: Omroep Gelderland", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "20:00 - Corona dreigt uitvaart"),
        ("paragraph", "Will Theunissen (65) stond als"),
        ("site_text", "Lees hier het hele verhaal.", {"note": "link label: site text"}),
        ("subheading", "19:49 - IKEA in Duiven gaat weer"),
        ("paragraph", "IKEA is van plan de deuren van zijn"),
        ("site_text", "Foto: Google Maps", {"note": "photo credit on a line of its own: site text"}),
        ("subheading", "19:39 - Helft Nederlanders ziet"),
        ("paragraph", "Bijna de helft (47 procent) van de", {"note": CUT}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up) -------------------
L(
    "oz_duikboot",
    None,
    [
        (
            "caption",
            "Twee doden bij ongeluk Goes",
            {"tail": "(foto: HV Zeeland)", "note": NOTITLE + "; the first item's photo caption, its credit the tail"},
        ),
        ("subheading", "Verdachte ongeluk Goes voor rechter", {"note": "item title of the round-up"}),
        ("lede", "Een 20-jarige man moet zich vandaag", {"note": "first body paragraph (the round-up has no intro)"}),
        (
            "site_text",
            "Foto: Agentschap maritieme",
            {
                "note": "a caption that is only a credit, the credit repeated in brackets ('Foto: Agentschap … (foto: Agentschap …)'): site text, one block"
            },
        ),
        ("subheading", "Duikboot onderweg"),
        ("paragraph", "De Russische duikboot Foxtrot die"),
        (
            "caption",
            "Zijn deze Zeeuws-Vlaamse kinderen de",
            {"tail": "(foto: Omroep Zeeland)", "note": "photo caption; the glued credit its tail"},
        ),
        ("subheading", "Kunst door kinderen"),
        ("paragraph", "De een wil fotograaf worden, de ander"),
        (
            "caption",
            "Pauwen in Breskens (foto",
            {
                "tail": "(foto: Omroep Zeeland)",
                "note": "photo caption (its words the same as the item title below it); the glued credit its tail",
            },
        ),
        ("subheading", "Pauwen in Breskens"),
        ("paragraph", "Breskens is in de ban van twee"),
        (
            "caption",
            "Wolken boven Westkapelle",
            {"tail": "(foto: Lianne Provoost)", "note": "the weather photo's caption; the glued credit its tail"},
        ),
        ("subheading", "Weer", {"note": "the round-up's weather section"}),
        ("paragraph", "Vandaag zien we de zon geregeld"),
        ("paragraph", "Morgenochtend trekken enkele stevige", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; readers' letter on the opinion page) -----------------
L(
    "pa_slavernij",
    None,
    [
        (
            "site_text",
            "Op deze plek verzamelen we",
            {
                "note": NOTITLE
                + "; the letters page's standing note with its submission link ('Zelf een bijdrage leveren? Lees hier …'): site text, one block (doubtful: could be read as an intro)"
            },
        ),
        ("subheading", "Slavernijverleden", {"note": "the letter's topic heading"}),
        ("lede", "Nog maar kort geleden was er het", {"note": "the letter's first paragraph"}),
        ("paragraph", "Daar is niets van te merken in het"),
        ("paragraph", "Er valt te lezen dat"),
        ("paragraph", "De burgemeester zelf heeft op de"),
        ("paragraph", "Zoals altijd verovert de"),
        ("paragraph", "Het zou zo maar kunnen dat de"),
        ("byline", "Marc Ronteltap, Amsterdam", {"note": "the letter writer's name and town: byline"}),
    ],
)

# ---- NOS (nos.nl, NL public broadcaster's news desk; staff news item) -------------------------------
L(
    "nos_correspondenten",
    None,
    [
        ("lede", "Fleur Launspach en Heleen D'Haens", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", '"Met Fleur en Heleen krijgen we er'),
        ("paragraph", "De 31-jarige Launspach ondersteunde"),
        ("paragraph", "In juli start haar"),
        ("subheading", "'Belangrijk correspondentschap'"),
        ("paragraph", "Heleen D'Haens (28) begon zes jaar"),
        ("paragraph", "Ook reisde ze recent nog naar de VS"),
        ("paragraph", '"Daar merk je als journalist hoe', {"note": CUT}),
    ],
)

# ---- Rijnmond (rijnmond.nl, NL regional broadcaster, Rotterdam; police report) ---------------------
L(
    "rm_relschoppers",
    None,
    [
        ("lede", '"Als de relschoppers zichzelf niet', {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Westerbeke wil 'alles uit de kast"),
        ("paragraph", "De Rotterdamse korpschef schat dat"),
        ("paragraph", "Op zaterdagavond en nacht zijn in de"),
    ],
)

# ---- ATV (atv.be, Antwerp regional TV; short fire report, video item) -------------------------------
L(
    "atv_oranjestraat",
    None,
    [
        ("lede", "In de Amanduswijk in Antwerpen-Noord", {"note": NOTITLE + "; the whole item is one paragraph"}),
        (
            "site_text",
            "Beelden: M. Gykiere",
            {"note": "video credit on a line of its own (after the lost player's blank lines): site text"},
        ),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; short news item) --------------------------------
L(
    "dm_molotov",
    None,
    [
        ("lede", "Eerst zou het Huis van de Mechelaar", {"note": NOTITLE}),
        ("site_text", "Beeld Tim Van der Zeypen", {"note": "photo credit on a line of its own: site text"}),
        ("paragraph", "De omstandigheden worden nu verder"),
        ("paragraph", "“Onze recherche is nu met man en"),
    ],
)

# ---- HLN (hln.be, Flemish national daily; short police report) ----------------------------------------
L(
    "hln_huiszoeking",
    (0, 0, None),
    [
        ("headline", "Huiszoeking bij speciale eenheden"),
        (
            "byline",
            "Bjorn Maeckelbergh",
            {"note": "author glued to the end of the title line: byline"},
        ),
        (
            "site_text",
            "11 november 2019",
            {"note": "publication date and time ('17u08'), two lines: site text, one block"},
        ),
        (
            "site_text",
            "Bron: Eigen berichtgeving 3",
            {
                "note": "source line ('Bron: Eigen berichtgeving') with a count ('3', a comment or share counter) glued before the lede's first word: site text, one block"
            },
        ),
        ("lede", "In een onderzoek naar een criminele", {"note": "the lede, its source line split off"}),
        ("paragraph", "Volgens onze informatie dateert de"),
        ("paragraph", "Het gaat om een onderzoek met een"),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; short video item) ----------------------------------------------
L(
    "tvl_oparade",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label above the title: site text"}),
        ("headline", "O-Parade lokt massa volk naar Genk"),
        ("site_text", "embed", {"note": "the video embed's placeholder label: site text"}),
        (
            "byline",
            "door Dario D'Arpino",
            {"note": "author line ('door …') glued before the lede's first word: byline"},
        ),
        ("lede", "Meer dan 100.000 bezoekers zijn", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; fire report) ------------------------------
L(
    "nb_dakbrand",
    (0, 0, None),
    [
        ("headline", "Zware dakbrand in Antwerps"),
        ("lede", "In Antwerpen heeft maandagavond een"),
        (
            "paragraph",
            "De brand ontstond bij een elektrisch",
            {"note": "one line in the text, two sentences glued ('gevat.Door') by the extractor"},
        ),
        ("paragraph", "Uit de eerste vaststellingen van de"),
        ("paragraph", "De man die eerder op maandag uit zijn"),
        (
            "site_text",
            ".\nHoofdpunten",
            {
                "note": "a stray '.' line and the 'Hoofdpunten' box (the site's top stories: a teaser of quotes): site text, one block; "
                + CUT
            },
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; council-meeting preview) ----------------
L(
    "hb_gemeenteraad",
    None,
    [
        (
            "lede",
            "Dinsdagavond vergadert de Hasseltse",
            {
                "tail": "Volg de gemeenteraad hier",
                "note": NOTITLE
                + "; the link label closing it ('Volg de gemeenteraad hier live vanaf 20 uur.') its tail (doubtful: it also says when the meeting is streamed)",
            },
        ),
        (
            "paragraph",
            "Ook zijn er plannen voor de",
            {"tail": "(dj)", "note": "the author's initials in brackets glued to the end: its tail"},
        ),
    ],
)

# ---- Metro (nl.metrotime.be, Belgian national free daily; agency news item) ---------------------------
L(
    "mt_eed",
    None,
    [
        ("lede", "In Antwerpen heeft Bart De Wever", {"note": NOTITLE}),
        ("paragraph", "De grootste uitdaging zal volgens De"),
        ("paragraph", "Maandag wordt de nieuwe gemeenteraad"),
        (
            "site_text",
            "bron: Belga",
            {"note": "source line on a line of its own closing the text: site text"},
        ),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; short police report) --------------------------
L(
    "ds_politieman",
    None,
    [
        ("lede", "Het gerecht heeft een politieman van", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De politie-inspecteur, B.W. (54) werd"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

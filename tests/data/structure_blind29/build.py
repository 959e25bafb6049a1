#!/usr/bin/env python3
"""Rebuild structure blind set 29 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: Dutch local papers and their
e-papers (Amersfoort, Gorinchem, Hardinxveld-Giessendam, Sneek, Groningen, Leiderdorp,
Katwijk), Dutch media-trade, business and tech
news sites, Flemish business and sports news sites, a Flemish cycling magazine and a West-Flemish
local news site. They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind29 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block runs
from its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = a marker inside the block). Standard library only; the cutting is done
by tests/data/page_store_build.py.
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
    "sa_hoogland": ("https://www.destadamersfoort.nl/nieuws/algemeen/486798/1-0-kevin-heideveld-2-0-dave-dekker", None),
    "sn_veenhuizen": (
        "https://sneekernieuwsblad.nl/fnf/2018/05/11/strafschop-beslissend-bij-friese-boys-veenhuizen",
        "2018-05",
    ),
    "mm_omroepen": ("https://mediamagazine.nl/veranderingen-bij-lokale-omroepen-in-apeldoorn-en-deventer/", "2021-05"),
    "gb_stadjers": ("https://gezinsbode.nl/artikel/587229/stadjers-waarmee-moet-de-politiek-aan-de-slag.html", None),
    "bib_brainport": (
        "https://brabantinbusiness.nl/nieuws/het-geheel-van-de-brainportregio-is-meer-dan-de-som-der-delen",
        None,
    ),
    "io_asml": (
        "https://innovationorigins.com/nl/asml-julia-en-knapen-trailers-onze-best-gelezen-verhalen-van-de-week/",
        None,
    ),
    "lw_fusie": ("https://paper.leiderdorpsweekblad.nl/open/f2303c5a?related", None),
    "kp_veld": ("https://paper.allesoverkatwijk.nl/open/84ea25a0", None),
    "sk_kermiskoersen": ("https://servicekoers.be/verhalen/kermiskoersen-zegen-of-vloek", None),
    "ki_overdracht": (
        "http://kmo-insider.be/nieuws/artikels/antwerp-management-school-onderzocht-bedrijfsoverdracht-vlaanderen",
        None,
    ),
    "ed_weekoverzicht": ("http://www.ediksmuide.be/nieuws/nieuws/weekoverzicht-korte-berichten-43/", None),
    "hk_vrienden": ("https://hetkompashardinxveld-giessendam.nl/lokaal/het-kompas-start-vriendenactie-592916", None),
    "sg_essentieel": (
        "https://www.destadgorinchem.nl/lokaal/achtergrond/836457/destadgorinchem-nl-is-essentieel-voor-samenleving",
        None,
    ),
    "sp_korfbal": (
        "https://www.sport-planet.eu/nieuws/2021-10-26/zeer-vlotte-overwinning-voor-nationale-ploeg-op-het-ek-korfbal",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
OTHER = "other items of the e-paper page (teasers, captions, page references, another article): site text"
EDITION = "e-paper edition header (paper name and date, printed twice): site text, one block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- De Stad Amersfoort (destadamersfoort.nl, local paper of Amersfoort; amateur football) -------
L(
    "sa_hoogland",
    (0, 0, None),
    [
        ("headline", "1-0 Kevin Heideveld, 2-0 Dave Dekker", {"note": "the page title (the goal scorers)"}),
        ("site_text", "4 november 2009 om 00:00 Nieuws", {"note": "publication date and section name: site text"}),
        ("lede", "AMERSFOORT - Hoogland is er zondag", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "In de eerste helft deden beide"),
        ("paragraph", "De tweede helft was amper begonnen"),
        ("site_text", "Deel dit artikel via:", {"note": "share line: site text"}),
        ("site_text", "advertentie\nadvertentie", {"note": "two advertisement labels: site text, one block"}),
    ],
)

# ---- Sneeker Nieuwsblad (sneekernieuwsblad.nl, local paper of Sneek, Friesland; amateur football)
L(
    "sn_veenhuizen",
    None,
    [
        ("lede", "vv Veenhuizen haalde Hemelvaartsdag", {"note": "store date prefix removed; " + NOTITLE}),
        ("paragraph", "In de beginfase kregen beide ploegen"),
        ("paragraph", "Omdat Theo Beerda geblesseerd was"),
        (
            "subheading",
            "Reacties\n",
            {
                "note": "'Reacties' (reactions) heads the report's own section of quotes from players and coaches, not a comment box: subheading (doubtful)"
            },
        ),
        ("paragraph", "“Je mag een tegenstander nooit", {"note": "a quoted reaction; " + CUT}),
    ],
)

# ---- MediaMagazine (mediamagazine.nl, Dutch media-trade news) -------------------------------------
L(
    "mm_omroepen",
    None,
    [
        (
            "lede",
            "Bij zowel de lokale omroep van",
            {"note": "store date prefix removed; " + NOTITLE + "; the text carries no site text"},
        ),
        ("subheading", "Apeldoorn\n"),
        ("paragraph", "In Apeldoorn is RTV Apeldoorn per"),
        ("subheading", "Deventer\n"),
        ("paragraph", "In Deventer is de licentie voor"),
        ("subheading", "Online\n"),
        ("paragraph", "Drtv wil wel actief blijven via"),
    ],
)

# ---- Gezinsbode (gezinsbode.nl, free local weekly of Groningen) -----------------------------------
L(
    "gb_stadjers",
    (0, 0, None),
    [
        ("headline", "Stadjers: waarmee moet de politiek"),
        ("lede", "GRONINGEN - De gemeentepolitiek staat"),
        ("paragraph", "Gezinsbode wil graag weten wat de"),
        (
            "paragraph",
            "Reacties graag naar gezinsbode@",
            {
                "note": "the item's own request for readers' answers to its question (the item is a call for reactions): article text (doubtful: reads like a standing tip/response request); the text carries no site text"
            },
        ),
    ],
)

# ---- Brabant in Business (brabantinbusiness.nl, Brabant business news) ----------------------------
L(
    "bib_brainport",
    (2, 0, None),
    [
        ("site_text", "Ga terug", {"note": "back link: site text"}),
        ("site_text", "26 april 2019", {"note": "publication date line: site text"}),
        ("headline", "Het geheel van de Brainportregio is"),
        ("lede", "Onze Brainportregio groeit en bloeit", {"note": "the whole text is one paragraph; " + CUT}),
    ],
)

# ---- Innovation Origins (innovationorigins.com/nl, Dutch technology and innovation news) --------
L(
    "io_asml",
    None,
    [
        (
            "site_text",
            "AI-generated picture\nAuthor profile",
            {
                "note": "alt texts of the header image and the author's profile picture: site text, one block; "
                + NOTITLE
            },
        ),
        ("subheading", "1. Uitbreiding epicentrum ASML", {"note": "numbered item title of a weekly round-up"}),
        ("lede", "ASML kondigde aan zich te willen"),
        ("subheading", "2. Julia: een nieuw hoofdstuk in"),
        ("paragraph", "Op het gebied van softwareontwikkeling"),
        ("subheading", "3. Regionale uitbreiding en"),
        ("paragraph", "Het nieuws over de uitbreiding van"),
    ],
)

# ---- Leiderdorps Weekblad (paper.leiderdorpsweekblad.nl, local weekly of Leiderdorp; e-paper) ---
L(
    "lw_fusie",
    (1, 0, None),
    [
        ("site_text", "Leiderdorps Weekblad\n\n22 mei 2019", {"note": EDITION}),
        ("headline", "Snel onderzoek naar voor- en nadelen"),
        ("byline", "Door: Corrie van der Laan"),
        (
            "site_text",
            "politiek n Het onderzoek",
            {
                "note": "rubric tag 'politiek' with its bullet (extracted as 'n') glued before the first sentence: site text (doubtful: could be read as part of the lede)"
            },
        ),
        ("lede", "Het onderzoek naar de kansen en"),
        ("paragraph", "Wethouder Daan Binnendijk (CDA) was"),
        ("paragraph", "Maar daar kreeg hij de raad niet"),
        ("paragraph", "Binnen de Leiderdorpse gemeenteraad"),
        ("site_text", "Lees verder op P5", {"note": "continuation reference ('continued on page 5'): site text"}),
        (
            "site_text",
            "Politiek: Meer aandacht voor fietsers",
            {"note": "two teasers of other articles with rubric tags: site text, one block"},
        ),
        (
            "site_text",
            "De oeverzwaluwen hebben hun 'hotel'",
            {
                "note": OTHER
                + " (the next article of the front page: caption, title, subtitle, second caption, first word; cut), one block"
            },
        ),
    ],
)

# ---- De Katwijksche Post (paper.allesoverkatwijk.nl, local weekly of Katwijk; e-paper) -----------
L(
    "kp_veld",
    (2, 0, None),
    [
        ("site_text", "De Katwijksche Post\n\n27 februari", {"note": EDITION}),
        ("site_text", ">\n", {"note": "navigation arrow of the e-paper viewer: site text"}),
        ("headline", "Overeenkomst Katwijk en RVB over"),
        (
            "lede",
            "‘De ondertekening vindt volgende week",
            {
                "note": "one line holding three paragraphs glued at their full stops ('getekend.De druk'); kept as one block"
            },
        ),
        ("paragraph", "De gemeente hield steeds vast aan"),
        ("site_text", "pagina 5\n", {"note": "continuation reference ('page 5'): site text"}),
        (
            "site_text",
            "Meerdere partijen zijn geïnteresseerd",
            {"note": OTHER + " (photo caption of another article and three teasers with page numbers), one block"},
        ),
        ("site_text", "3 / 36", {"note": "page thumbnails of the e-paper viewer: site text, one block"}),
        (
            "site_text",
            "Bezuinigingen bij Welzijnskwartier",
            {"note": "title and first words of the next front-page article (cut): site text"},
        ),
    ],
)

# ---- Servicekoers (servicekoers.be, Flemish cycling magazine) -------------------------------------
L(
    "sk_kermiskoersen",
    (1, 0, None),
    [
        ("site_text", "Kermiskoersen\nlongread", {"note": "topic tag and format label above the title: site text"}),
        ("headline", "Zegen of vloek? Kermiskoersen tussen"),
        (
            "site_text",
            "17min leestijd",
            {"note": "reading time, on the byline's line: site text (the line is split before 'door')"},
        ),
        (
            "byline",
            "door Stijn Knuts op 30 juni 2021",
            {"note": "author and date on one line: byline (doubtful: the date part could be site text)"},
        ),
        ("lede", "Het aantal kermiskoersen in", {"note": "the intro under the byline"}),
        ("paragraph", "Eind 19de eeuw wordt het wielrennen"),
        ("subheading", "Ker(k)mis"),
        ("paragraph", "Dat soort evenementen is aanvankelijk", {"note": CUT}),
    ],
)

# ---- KMO Insider (kmo-insider.be, Flemish SME business news) --------------------------------------
L(
    "ki_overdracht",
    (0, 0, None),
    [
        ("headline", "Antwerp Management School onderzocht"),
        (
            "site_text",
            "Redactie\nOndernemen\nBedrijfsoverdracht",
            {
                "note": "author label 'Redactie' (no name), section and tag under the title: site text, one block (doubtful: 'Redactie' could be a byline)"
            },
        ),
        ("lede", "Bedrijfsoverdracht is een complexe"),
        ("paragraph", "Patrick Jordens, Werkgroepleider", {"note": "keeps the whitespace-only line below it"}),
        ("subheading", "Vaststelling 1"),
        ("paragraph", "Bedrijfsoverdracht is aan de orde in", {"note": "the finding's one-line statement"}),
        ("paragraph", "In de VKBO databank (Verrijkte"),
        ("paragraph", "51% wordt geleid door de oprichtende"),
        ("subheading", "Vaststelling 2"),
        ("paragraph", "Heel wat bedrijven die binnen een"),
        ("paragraph", "1 op 4 van de bevraagde ondernemers", {"note": CUT}),
    ],
)

# ---- eDiksmuide (ediksmuide.be, West-Flemish local news site of Diksmuide; weekly round-up) ------
L(
    "ed_weekoverzicht",
    None,
    [
        (
            "lede",
            "De organisatoren van de In Flanders",
            {
                "note": NOTITLE
                + "; a weekly round-up of one-sentence news items, each its own paragraph; the text carries no site text"
            },
        ),
        ("paragraph", "De toegang aan het zwembad De Kupe"),
        ("paragraph", "Diksmuide wacht op federale"),
        ("paragraph", "Op 12 oktober komt prins Laurent"),
        ("paragraph", "Diksmuide 3 uur zonder"),
        ("paragraph", "De Beerstse VZW De Helpende Hand"),
        ("paragraph", "In afwachting van zijn proces voor"),
        ("paragraph", "Diksmuids burgemeester Lies Laridon"),
        ("paragraph", "Het voorbije weekend zijn opnieuw"),
        ("paragraph", "Door asfalteringswerken is de"),
        ("paragraph", "Op donderdag 11 september komt het"),
        ("paragraph", "Frank Allaeys verlaat eind 2014"),
        ("paragraph", "Op dinsdag 9 september is er om 20 u"),
        ("paragraph", "Maandag was er op het kruispunt"),
        ("paragraph", "Ingevolge werken is de"),
        ("paragraph", "Deze week houdt de politiezone"),
        ("paragraph", "Voetbaluitslag : VC Ich", {"note": CUT}),
    ],
)

# ---- Het Kompas (hetkompashardinxveld-giessendam.nl, local weekly of Hardinxveld-Giessendam) -----
L(
    "hk_vrienden",
    (2, 0, None),
    [
        (
            "caption",
            "• De redactie van BDU Zuid, onder",
            {"note": "photo caption above the article (with its inset credit 'Inzet: Norbert Witjes.')"},
        ),
        ("byline", "To Sytsma", {"note": "author name alone, indented, above the title"}),
        ("headline", "Het Kompas start Vriendenactie"),
        ("lede", "De lokale nieuwsvoorziening in"),
        (
            "paragraph",
            "Onder het motto 'Geef om lokaal",
            {"note": "interviewer's question; questions and answers of the interview are paragraphs"},
        ),
        ("paragraph", ",,Net als alle nieuws-uitgevers in"),
        ("paragraph", "Ontvangt NieuwsbladGeldermalsen.nl"),
        ("paragraph", ",,In tegenstelling tot nieuwsmedia"),
        ("paragraph", "Wat houdt de Vriendenactie in?"),
        ("paragraph", ",,We roepen alle lezers op om"),
        ("paragraph", "Er is tegenwoordig veel nieuws"),
        ("paragraph", ",,Met ons mobieltje kunnen we de hel", {"note": CUT}),
    ],
)

# ---- DeStadGorinchem.nl (destadgorinchem.nl, local weekly of Gorinchem) ---------------------------
L(
    "sg_essentieel",
    (2, 0, None),
    [
        (
            "site_text",
            "Hoofdredacteur Norbert Witjes\n",
            {"note": "alt text of the header photo, printed before its caption: site text"},
        ),
        (
            "caption",
            "Hoofdredacteur Norbert Witjes",
            {
                "skip": 0,
                "tail": "Christan Hakkert",
                "note": "photo caption; the photographer's name glued to its end is the tail (doubtful: the two lines could be one caption unit)",
            },
        ),
        ("headline", "‘DeStadGorinchem.nl is essentieel"),
        ("site_text", "Achtergrond\n", {"note": "rubric name ('Background'): site text"}),
        ("lede", "[GORINCHEM] Anderhalve eeuw lokale", {"note": "first paragraph with its bracketed place dateline"}),
        ("paragraph", ",,De inwoners van de gemeente"),
        ("subheading", "ONAFHANKELIJK De redactie", {"note": "capitalised lead-in word glued to the next sentence"}),
        ("paragraph", "De redactie opereert geheel"),
        ("paragraph", ",,De verhalen over med", {"note": CUT}),
    ],
)

# ---- Sport Planet (sport-planet.eu, Belgian sports news) ------------------------------------------
L(
    "sp_korfbal",
    (0, 0, None),
    [
        ("headline", "Zeer vlotte overwinning voor nationale"),
        ("lede", "De Belgian Diamonds, de nationale", {"note": "the intro; the text carries no site text"}),
        ("paragraph", "Onze nationale ploeg in het korfbal"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

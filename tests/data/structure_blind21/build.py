#!/usr/bin/env python3
"""Rebuild structure blind set 21 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind21 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each block
is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end; start/end may be marker strings). Standard library only.
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
    "genemuidenactueel_zwolle": ("https://www.genemuidenactueel.nl/2015/04/01/dodelijk-ongeval-zwolle/", None),
    "denboschvandaag_azc": (
        "https://m.denboschvandaag.nl/nieuws/dit-is-waarom-vijf-brandweerautos-voor-een-klein-brandje-in-het-bossche-azc-werden-opgeroepen",
        None,
    ),
    "bastionoranje_raadskelder": (
        "https://www.bastionoranje.nl/index.php?pagina=nieuws&categorie=733&artikel=8326",
        None,
    ),
    "npzuidkennemerland_brandoefening": (
        "https://np-zuidkennemerland.nl/8263/nieuws/archief/brandoefening-31-oktober",
        None,
    ),
    "actief_oudega": ("https://paper.actiefonline.nl/open/deeb7035?related", None),
    "dekrantenkoppen_gemeentepolitiek": (
        "https://www.dekrantenkoppen.be/clickout/765619/Intussen-in-de-gemeentepolitiek-wie-zit-er-nog-zonder-bestuur",
        None,
    ),
    "dekrantenkoppen_skater": (
        "https://www.dekrantenkoppen.be/index.php/clickout/1339972/Aangepakte-skater-wil-dat-agent-gestraft-wordt-Ik-ben-zelf-ook-geen-doetje-maar-zijn-gedrag-was-er-los-over",
        None,
    ),
    "vlaamsnieuws_dewever": ("https://www.vlaamsnieuws.be/2025/02/kijk-dit-is-het-eerste-interview-met.html", None),
    "heusdenzolder_snelweg": ("https://heusden-zolder.eu/jongeren-bekogelen-auto-s-op-snelweg.aspx", None),
    "brusselsepost_loketten": (
        "https://brusselsepost.vvb.vlaanderen/brusselse-post/brusselse-post-oktober-2020",
        None,
    ),
    "regio8_varsseveld": ("https://www.regio8.nl/varsseveld-zucht-na-grote-brand-ter-horst", None),
    "regio8_groenlo": ("https://www.regio8.nl/brandweerkorpsen-strijden-in-groenlo", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication date/time line of the page on its own (no author): page furniture, site text (blind13-20 convention for date lines; doubtful: could be read as metadata of a byline)"
REPEAT = "the title repeated by the page template on its own line: site text (blind13/15-20 convention for a repeated headline)"
TEASER = "teaser page: the outlet shows the title and a summary and links on ('read on'); the summary is the article text the page holds"
READON = "link phrase pointing to the full article ('Lees verder' = read on / 'Lees meer' = read more): site text"
RELATED = "titles (and teasers) of other articles after the article: site text, one block"
CUT = "; the excerpt is cut here by the search tool's length limit (about 2,000 characters), not by the page"

# ---- Genemuiden Actueel (Dutch local news site, Genemuiden / Zwartewaterland), news item ------------
L(
    "genemuidenactueel_zwolle",
    (0, 0, None),
    [
        ("headline", "Dodelijk ongeval Zwolle"),
        ("site_text", "Geplaatst op: 1 april 2015", {"note": "'Geplaatst op:' (posted on) + date: " + STAMP}),
        ("lede", "Op de IJsselallee in Zwolle is"),
        ("paragraph", "De aanrijding ontstond toen de man"),
    ],
)

# ---- Den Bosch Vandaag (Dutch local news site, 's-Hertogenbosch), mobile teaser page --------------
L(
    "denboschvandaag_azc",
    (0, 0, None),
    [
        ("headline", "Dit is waarom vijf brandweerauto"),
        (
            "lede",
            "DEN BOSCH - Vijf brandweerwagens",
            {"note": TEASER + "; the dateline 'DEN BOSCH - ' stays in the lede"},
        ),
        ("site_text", "Lees verder", {"note": READON}),
    ],
)

# ---- Bastion Oranje (Dutch local news site, Naarden), news article ------------------------------------
L(
    "bastionoranje_raadskelder",
    (1, 0, None),
    [
        ("site_text", "Zoeken", {"note": "search-box label of the site header: site text"}),
        (
            "headline",
            "Brand in de Raadskelder 'loos alarm'",
            {"note": "the title as published, ending in '...' (kept whole in the headline)"},
        ),
        (
            "site_text",
            "Printerversie |",
            {"note": "'Printerversie' (printer version) link with a table-cell bar: site text"},
        ),
        ("lede", "Dikke rookwolken kwamen uit de ramen"),
        (
            "site_text",
            "![]() |",
            {"note": "empty image markup where the photo stood, with a table-cell bar (extraction residue): site text"},
        ),
        (
            "paragraph",
            "Op een slakkegangetje en zonder",
            {
                "tail": "foto © paul kriele",
                "note": "the paragraph ends in a glued photo credit with a date/time stamp and a table-cell bar ('foto © paul kriele, 28 januari 2013/14.40 uur |'): site_text_tail (doubtful: a photo credit could be read as a caption or byline; here it carries no caption text and is fused with the page's time stamp)",
            },
        ),
    ],
)

# ---- Nationaal Park Zuid-Kennemerland (national park's news page), news item in its archive --------
L(
    "npzuidkennemerland_brandoefening",
    None,
    [
        ("lede", "Zaterdag 31 oktober oefende Brandweer", {"note": NOTITLE + "; " + TEASER}),
        ("paragraph", "Mogelijk heeft u hier iets van gemerkt"),
        ("site_text", "Lees meer", {"note": READON}),
    ],
)

# ---- Weekblad Actief (Frisian regional weekly, e-paper edition Zuid), article page -------------------
L(
    "actief_oudega",
    (1, 0, None),
    [
        (
            "site_text",
            "Weekblad Actief - Editie Zuid",
            {
                "note": "e-paper masthead: paper and edition name, issue date, and the two repeated on one line (page title of the reader): site text, one block"
            },
        ),
        ("headline", "Landelijk atelier-weekend, ook in"),
        (
            "caption",
            "Durkje Haringa is klaar voor het",
            {
                "tail": "Foto: Klaas Rozema",
                "note": "photo caption; its credit 'Foto: Klaas Rozema' is the tail"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was kept in the caption)",
            },
        ),
        ("lede", "OUDEGA - Schilderes Durkje Haringa", {"note": "the dateline 'OUDEGA - ' stays in the lede"}),
        ("paragraph", "Ze toont in haar atelier aquarellen"),
        (
            "paragraph",
            "Als kind schilderde ze al met olieverf",
            {
                "note": "holds a quote in Frisian inside the paragraph (kept as paragraph: quoted speech inside running text)"
            },
        ),
        ("paragraph", "Ze kampeerde veelal in een caravan"),
        ("paragraph", "Begin dit jaar gaf ze zich op voor het"),
        ("subheading", "Meer ateliers open"),
        (
            "paragraph",
            "Meer kunstateliers in deze regio die",
            {
                "note": "the website address on its own line ends the paragraph's sentence ('... op de website:' + address): article text"
            },
        ),
        (
            "site_text",
            "Foto: Pixabay",
            {
                "note": "after the article the e-paper page runs on into other articles: a photo credit of the next article's picture, the next article's title and the start of another title ('Geïnspireerd BCV zet / Hardegarijp', cut): "
                + RELATED
                + CUT
                + " (doubtful: these are news of the same paper, not chrome in the narrow sense; for this article they are not its text)"
            },
        ),
    ],
)

# ---- De Krantenkoppen (Flemish news aggregator), click-out page of a GVA article -------------------
L(
    "dekrantenkoppen_gemeentepolitiek",
    (1, 0, None),
    [
        (
            "site_text",
            "© Photo News",
            {
                "note": "a bare photo credit standing for the picture (no caption text): site text (blind20 convention for an empty credit label; doubtful: could be read as a caption)"
            },
        ),
        ("headline", "Intussen in de gemeentepolitiek"),
        ("lede", "Terwijl gouverneur Cathy Berx deze"),
        ("byline", "fisp, bepr, ho, svds", {"note": "the authors' initials (byline) of the source paper"}),
        (
            "site_text",
            "Aangeboden door onze partners",
            {
                "note": "headings of empty widgets below the article ('Aangeboden door onze partners' = offered by our partners (twice), 'Hoofdpunten' = main points, 'Keuze van de Redactie' = editors' choice, 'MEER OVER' = more about): site text, one block"
            },
        ),
    ],
)

# ---- De Krantenkoppen (Flemish news aggregator), click-out page of an HLN premium article ---------
L(
    "dekrantenkoppen_skater",
    (3, 0, None),
    [
        (
            "caption",
            "Skater Franky Vlieghe uit Tielt.",
            {
                "note": "the photo's caption as image text, first occurrence (doubtful: it may be the alt text of the picture; the visible caption repeats it below with the credit)"
            },
        ),
        (
            "site_text",
            "Volledig scherm",
            {
                "note": "image-viewer button 'Volledig scherm' (full screen) and the paywall label 'PREMIUM': site text, one block"
            },
        ),
        (
            "site_text",
            "Skater Franky Vlieghe uit Tielt. ©",
            {
                "note": "the caption repeated with the photographer's credit: a template repeat of the caption above, site text (convention for repeats: the first occurrence is article text; doubtful: this visible caption + credit could be read as the caption and the first line as alt text)"
            },
        ),
        ("headline", "Aangepakte skater wil dat agent"),
        ("lede", "Franky Vlieghe (39) uit Tielt, de"),
        (
            "site_text",
            "1. HLN ONDERZOEK. Welke beloftes",
            {
                "note": "numbered related box: another article's title (twice), its teaser and its list of towns (cut): "
                + RELATED
                + CUT
            },
        ),
    ],
)

# ---- Vlaams Nieuws (Flemish news digest blog), teaser page ----------------------------------------
L(
    "vlaamsnieuws_dewever",
    (1, 0, None),
    [
        (
            "site_text",
            "Doorgaan naar hoofdcontent",
            {"note": "skip link 'Doorgaan naar hoofdcontent' (skip to main content): site text"},
        ),
        (
            "headline",
            "KIJK. Dit is het eerste interview met",
            {
                "note": "the title as published, with the source's format word 'KIJK.' (WATCH.) as its first word, kept in the headline (doubtful: a reading that sets 'KIJK.' aside as a kicker changes the gold headline)"
            },
        ),
        ("site_text", "KIJK. Dit is het eerste interview met", {"note": REPEAT}),
        (
            "lede",
            "Bart De Wever (N-VA) heeft zijn eerste",
            {
                "note": TEASER
                + "; the summary is cut by the site itself ('Ik d…'): the cut fragment is kept in the lede"
            },
        ),
        ("site_text", "Lees verder »", {"note": READON}),
        (
            "site_text",
            "Wil je het laatste nieuws in jouw",
            {
                "note": "newsletter promo ('want the latest news in your mailbox? sign up for the newsletter'): site text"
            },
        ),
    ],
)

# ---- Heusden-Zolder.eu (Flemish local news site, Heusden-Zolder), news item ------------------------
L(
    "heusdenzolder_snelweg",
    (0, 0, None),
    [
        ("headline", "Jongeren bekogelen auto's op snelweg"),
        (
            "lede",
            "Gisteravond kort over tien uur werd",
            {
                "tail": "40571",
                "note": "a number glued to the last sentence ('... gekozen.40571'): a counter or item number of the page, not text: site_text_tail (doubtful: its meaning is not shown)",
            },
        ),
    ],
)

# ---- Brusselse Post (periodical of the Vlaams Komitee voor Brussel, Flemish), issue page ------------
L(
    "brusselsepost_loketten",
    (2, 0, None),
    [
        (
            "site_text",
            "Een uitgave van het Vlaams Komitee",
            {"note": "publisher line of the site header ('a publication of ...'): site text"},
        ),
        (
            "site_text",
            "Brusselse post - oktober 2020",
            {
                "note": "the issue label and the issue's page title ('Brusselse Post – Oktober 2020'): site text, one block (the page holds the issue; the article title follows)"
            },
        ),
        ("headline", "Smerige streek op til van Vlaamse"),
        ("lede", "Open VLD-voorzitter en preformateur"),
        ("subheading", "Lokettenkwestie"),
        (
            "site_text",
            "Brusselse post - oktober 2020",
            {
                "note": "the issue label repeated where a picture stands (the image's title text): site text (doubtful: could be read as a caption; it says nothing about the picture)"
            },
        ),
        ("paragraph", "In 1971 liet de Schaarbeekse FDF"),
        (
            "site_text",
            "Brusselse post - oktober 2020",
            {"note": "the issue label again at a picture: site text (as above)"},
        ),
        ("paragraph", "De Raad van State sprak zich in 1974", {"note": "the paragraph is cut mid-word ('vr')" + CUT}),
    ],
)

# ---- REGIO8 (Dutch regional broadcaster's news site, Achterhoek), news article ----------------------
LOCATION = "the site header's location widget 'Ulft, Nederland' (Ulft, Netherlands) and the back link 'Terug' (back): site text, one block"
IMAGEFILE = "the file name of the article's picture standing where the picture was (extraction residue): site text"
BYLINE8 = "'Redactie REGIO8 |' (editorial staff of the site) with a bar: the article's byline"
LEESOOK = (
    "related box 'Lees ook' (read also): heading, then other articles each as picture file name + title + teaser: "
    + RELATED
)
L(
    "regio8_varsseveld",
    (2, 0, None),
    [
        (
            "site_text",
            "gtag('consent', 'update', {'ad_user",
            {
                "note": "a line of the page's analytics script (JavaScript, consent update) that the extraction kept: site text"
            },
        ),
        ("site_text", "Ulft, Nederland", {"note": LOCATION}),
        ("headline", "Varsseveld zucht na grote brand Ter"),
        ("site_text", "262882715fa022d33f4181f75f7d9dbf.jpg", {"note": IMAGEFILE}),
        ("byline", "Redactie REGIO8 |", {"note": BYLINE8}),
        ("lede", "“Je merkte vrijdag nog wel vrij veel"),
        ("paragraph", "Over de oorzaak van de brand is nog"),
        (
            "site_text",
            "Foto: 112achterhoek-nieuws.nl",
            {
                "note": "a bare photo credit (source site of the picture) on its own line after the article, no caption text: site text (blind20 convention for an empty credit label; doubtful: could be read as a caption)"
            },
        ),
        (
            "site_text",
            "Lees ook",
            {
                "note": LEESOOK
                + "; the teaser ends without a full stop ('... brandstichting gaat'), near the tool's length limit"
            },
        ),
    ],
)

L(
    "regio8_groenlo",
    (1, 0, None),
    [
        ("site_text", "Ulft, Nederland", {"note": LOCATION}),
        ("headline", "Brandweerkorpsen strijden in Groenlo"),
        ("site_text", "d783377b1d27ae407e667826cc037bed.jpg", {"note": IMAGEFILE}),
        ("byline", "Redactie REGIO8 |", {"note": BYLINE8}),
        ("lede", '"We hadden een brandje te blussen in'),
        ("paragraph", "De organisatie was in handen van het"),
        ("paragraph", "De dag leverde twee winnaars op op de"),
        ("site_text", "Lees ook", {"note": LEESOOK + CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 57 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language (Netherlands) news pages of sixteen outlets none of which
is in an earlier structure set: the korfball federation's league news, a Twente local news site,
an Apeldoorn news portal, a water board, a Frisian municipality, a Bergen op Zoom news site, a
Tilburg tennis and hockey club, a Rotterdam football club, a public-sector opinion and trade site,
a Texel news site, a Kollum local news site, a basketball club (Leiden), a billiards district
association (Maastricht), an athletics club (Veenendaal), an emergency-news site and a local
broadcaster (Montfoort). They come from the `search` tool's "pages" corpus (stored public web
pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts are
kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file
and the texts stay in /work/data/structure-blind57 and are NOT for the project repository. Only the
labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus a
START MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end; a string = up to that marker). Standard library only; the cutting
is done by tests/data/page_store_build.py.
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
    "kb_recap": ("https://korfbal.nl/korfbal-league-recap-24-25-7", None),
    "rk_fietsroutes": (
        "http://www.roskam.nl/home/nieuws/3265-overijssel-scoort-vijf-sterren-met-en-op-zijn-netwerk-van-fietsroutes.html",
        "2017-05",
    ),
    "ag_hoenderloo": (
        "https://deapeldoorngids.nl/gemeente-apeldoorn-wil-dat-het-dorpsgevoel-van-hoenderloo-blijft-bestaan-en-zo-moet-dat-gebeuren",
        None,
    ),
    "zz_ijsselmeerdijk": (
        "https://www.zuiderzeeland.nl/woensdag-7-oktober-digitale-startbijeenkomst-versterking-ijsselmeerdijk",
        None,
    ),
    "ws_corona": (
        "https://www.weststellingwerf.nl/weststellingwerf-steunt-pleidooi-voor-betere-afweging-coronamaatregelen",
        None,
    ),
    "bz_binnenschelde": (
        "https://bergenopzoomvandaag.nl/nieuws/vastzittende-vislijnen-en-stroppende-surfplanken-waterplanten-zitten-clubs-op-en-om-binnenschelde-dwars",
        None,
    ),
    "rp_coach": ("https://www.ringpass.nl/site/default.asp?Option=51&Nieuws=4364", None),
    "sp_voorzitter": ("https://www.spartaan20.nl/nieuwe-voorzitter-benoemd/", None),
    "pd_dreigingsbeeld": (
        "https://publiekdenken.nl/nieuws/i-samenleving/dreigingsbeeld-informatiebeveiliging/",
        None,
    ),
    "tp_waal": ("http://texelplaza.nl/nieuws/artikel/-reageren/057222/", None),
    "nk_kermis": ("https://nieuwsuitkollum.nl/volop-gezelligheid-tijdens-najaarskermis-kollum/", None),
    "zl_programma": (
        "https://eredivisiebasketballleiden.nl/actueel/nieuws/bericht/programma-nederlandse-competitie-bekend",
        None,
    ),
    "km_voorzitter": ("http://knbbmaastricht.nl/nieuws/voorzitter.html", None),
    "vv_vrijwilligers": ("https://www.vav-veenendaal.nl/index.php?page=1090", None),
    "nn_dokkum": ("https://112nederland.nl/2025/02/27/uitslaande-brand-legt-woning-in-de-as", None),
    "rm_boerop": ("http://radiostadmontfoort.nl/cms/00017485.html", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "the photographer's credit glued to the caption ('Foto: ...') is the tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Korfbal.nl (korfbal.nl, the Dutch korfball federation's league news; match round-up) ---------
L(
    "kb_recap",
    None,
    [
        ("lede", "Met de Korfbal Challenge en de feestd", {"note": NOTITLE + "; the round-up's intro; " + CLEAN}),
        ("subheading", "HKC/Creon Kozijnen – Blauw-Wit (A)", {"note": "the first match's heading (teams)"}),
        ("paragraph", "Voorafgaand aan de wedstrijd was er"),
        ("paragraph", "Na rust kwam een compleet ander Blauw", {"note": CUT}),
    ],
)

# ---- Roskam (roskam.nl, Twente local news site; news item) ----------------------------------------
L(
    "rk_fietsroutes",
    None,
    [
        (
            "lede",
            "Diepenheim - De provincie Overijssel",
            {"note": NOTITLE + "; with its place dateline; " + CLEAN},
        ),
        ("paragraph", "Er zijn in Overijssel drie routebureau"),
        ("paragraph", "Bezoekers én bewoners waarderen"),
        ("paragraph", "Overijssel kan bovendien, releveert"),
    ],
)

# ---- deApeldoorngids.nl (deapeldoorngids.nl, Apeldoorn news portal; teaser of an AD article) -------
L(
    "ag_hoenderloo",
    (0, 0, None),
    [
        ("headline", "Gemeente Apeldoorn wil dat het `dorpsg", {"note": "the item title (the AD article's title)"}),
        ("lede", "Apeldoorn - Het karakteristieke", {"note": "the teaser text, with its place dateline"}),
        (
            "site_text",
            "Lees het volledige artikel bij AD.",
            {"note": "read-more link to the source newspaper: site text"},
        ),
        ("site_text", "Laat dit artikel viral gaan in", {"note": "share prompt: site text"}),
        (
            "site_text",
            "Auteur",
            {
                "note": "the portal's author box ('Auteur', the photo's alt text, 'Redactie deApeldoorngids.nl', "
                "'Nieuws door AD. Lees ...'): site text, one block (doubtful: 'Redactie deApeldoorngids.nl' "
                "could be read as a byline; labelled as blind46 labelled the same box of a sister portal)"
            },
        ),
        (
            "site_text",
            "1. Extern",
            {"note": "breadcrumb trail (numbered, the title repeated as its last item): site text, one block"},
        ),
        ("site_text", "Gerelateerde berichten", {"note": "label of the (empty) related-items list: site text"}),
    ],
)

# ---- Waterschap Zuiderzeeland (zuiderzeeland.nl, Flevoland water board; news item) ----------------
L(
    "zz_ijsselmeerdijk",
    None,
    [
        ("lede", "Waterschap Zuiderzeeland nodigt", {"note": NOTITLE + "; " + CLEAN}),
        (
            "paragraph",
            "Op www.zuiderzeeland.nl/startbijeenk",
            {"note": "where to follow the meeting (the item's own words, not a link line): article text"},
        ),
        ("subheading", "Met het HWBP maken waterschappen"),
        ("paragraph", "De IJsselmeerdijk tussen Lelystad en"),
    ],
)

# ---- Gemeente Weststellingwerf (weststellingwerf.nl, Frisian municipality; news item) ---------------
L(
    "ws_corona",
    None,
    [
        (
            "lede",
            "De burgemeesters in Friesland hebben",
            {"note": NOTITLE + "; the item's intro (all the excerpt has)"},
        ),
        ("site_text", "Loading...", {"note": "a page loader's text left by the extraction: site text"}),
    ],
)

# ---- Bergen op Zoom Vandaag (bergenopzoomvandaag.nl, local news site; teaser item) ----------------
L(
    "bz_binnenschelde",
    (0, 0, None),
    [
        ("headline", "Vastzittende vislijnen en stroppende"),
        ("lede", "BERGEN OP ZOOM - ,,Dit moet een flinke", {"note": "the teaser text, with its place dateline"}),
        ("site_text", "Lees verder", {"note": "read-more link: site text"}),
    ],
)

# ---- Ringpass (ringpass.nl, Tilburg tennis and hockey club; club news) -----------------------------
L(
    "rp_coach",
    (1, 0, None),
    [
        (
            "site_text",
            "Hockey Mei",
            {
                "note": "section label and date badge ('Hockey', 'Mei' / '9'): site text, one block (the two "
                "glued on one line)"
            },
        ),
        ("headline", "Nieuwe coach H1 en verlenging coach D1"),
        (
            "site_text",
            "Nieuws afbeelding",
            {"note": "the news image's alt text glued before the first paragraph: site text"},
        ),
        ("lede", "Het bestuur en de THC zijn verheugd"),
        ("paragraph", "Vanaf volgend seizoen zal Simon Organ"),
        ("paragraph", "Ook zal Sjoerd Woelders verlengen"),
        ("paragraph", "Het bestuur en THC zijn nog druk bezig"),
    ],
)

# ---- Spartaan'20 (spartaan20.nl, Rotterdam football club; club news) --------------------------------
L(
    "sp_voorzitter",
    None,
    [
        ("lede", "Het was al enkele maanden bekend, maar", {"note": NOTITLE}),
        ("paragraph", "Op 9 oktober a.s. wordt een gezellige"),
        (
            "site_text",
            "?????????????",
            {
                "note": "a row of question marks where the extraction lost characters (emoji): extraction "
                "residue, site text (doubtful: the club's own sign-off, unreadable)"
            },
        ),
    ],
)

# ---- PubliekDenken (publiekdenken.nl, public-sector opinion and trade site; news item) ---------------
L(
    "pd_dreigingsbeeld",
    None,
    [
        (
            "site_text",
            "Bron: Pxhere",
            {"note": "the header image's source credit on a line of its own: site text; " + NOTITLE},
        ),
        ("lede", "De digitale veiligheid van gemeenten"),
        ("paragraph", "In de periode 2023–2024 waren meer dan"),
        ("paragraph", "Het probleem is dat veel gemeenten met"),
        ("subheading", "Kerntaak voor bestuurders"),
        ("paragraph", "Het rapport van de IBD stelt dat"),
        ("paragraph", "Om bestuurders te ondersteunen, stelde"),
        ("list_item", "- Zorg voor basismaatregelen zoals"),
        ("list_item", "- Stel heldere eisen aan leveranciers"),
        (
            "list_item",
            "- Werk samen met andere gemeenten om",
            {"note": "the excerpt ends here without the full stop the other items have: " + CUT + " (doubtful)"},
        ),
    ],
)

# ---- TexelPlaza (texelplaza.nl, Texel news site; sports report) ------------------------------------
L(
    "tp_waal",
    (2, 0, None),
    [
        (
            "caption",
            "Winnaar Sonny Agema doet verslag bij",
            {"tail": "Foto: Willem Sangers", "note": "the header photo's caption; " + CREDIT},
        ),
        (
            "site_text",
            "Winnaar Sonny Agema doet verslag bij",
            {"note": "the caption printed again right below it (with its credit): site text"},
        ),
        ("headline", "Helderse renner wint Ronde van De Waal"),
        ("site_text", "Laatste sportnieuws", {"note": "section / list label between title and text: site text"}),
        ("lede", "De Ronde van De Waal is zondag"),
        ("paragraph", "Een andere gastrenner, Raymond Bakker"),
        ("paragraph", "De Ronde van De Waal, die na tientalle"),
        ("paragraph", "Opvallend was het grote aantal"),
        ("paragraph", "Bij de junioren won Daan Kooi"),
        ("caption", "Recreant Roderick Kampstra gaat", {"tail": "Foto: Willem Sangers", "note": CREDIT}),
        ("caption", "De renners maakten er een spannende", {"tail": "Foto: Willem Sangers", "note": CREDIT}),
        ("caption", "John, Simone en dochter Denise", {"tail": "Foto: Willem Sangers", "note": CREDIT}),
    ],
)

# ---- Nieuws uit Kollum (nieuwsuitkollum.nl, Kollum local news site; photo item) ---------------------
L(
    "nk_kermis",
    (1, 0, None),
    [
        (
            "site_text",
            "EvenementenHoofdnieuwsRegionaal",
            {
                "note": "the item's category labels glued together ('Evenementen', 'Hoofdnieuws', 'Regionaal'): site text"
            },
        ),
        ("headline", "Volop gezelligheid tijdens najaarskerm"),
        ("lede", "KOLLUM -Vanaf woensdagmiddag was er", {"note": "the whole item is one paragraph"}),
        ("site_text", "Foto’s Fokke Jongsma en Pieter Jongsma", {"note": "photo credit on its own line: site text"}),
    ],
)

# ---- Zorg en Zekerheid Leiden (eredivisiebasketballleiden.nl, basketball club; club news) ------------
L(
    "zl_programma",
    (1, 0, None),
    [
        ("site_text", "Bericht", {"note": "the page's type label above the title ('Bericht'): site text"}),
        ("headline", "Programma Nederlandse competitie beken"),
        ("lede", "Het voorlopige programma voor het"),
        ("paragraph", "Na het wegvallen van Apollo Amsterdam"),
        ("paragraph", "Als het goed is, komt Den Helder Suns"),
        ("paragraph", "De eerste thuiswedstrijd vindt plaats"),
        ("paragraph", "De Nederlandse fase loopt tot en met"),
        ("paragraph", "Het voorlopige schema van de nationale", {"note": "the line introducing the fixture list"}),
        ("list_item", "23 september: Den Helder Suns-Zorg", {"note": "fixture list: one list_item per line"}),
        ("list_item", "30 september: Zorg en Zekerheid"),
        ("list_item", "7 oktober: Heroes Den Bosch-Zorg"),
        ("list_item", "20 oktober: Zeeuw & Zeeuw Feyenoord"),
        ("list_item", "28 oktober: Zorg en Zekerheid"),
        ("list_item", "4 november: Basketbal Academie"),
        ("list_item", "11 november: Zorg en Zekerheid"),
        ("list_item", "19 november: Zorg en Zekerheid"),
        ("list_item", "10 december: Yoast United-Zorg"),
        ("list_item", "23 december: Zorg en Zekerheid"),
        ("list_item", "6 januari: Zorg en Zekerheid"),
        ("list_item", "14 januari: Landstede Hammers-Zorg", {"note": CUT}),
    ],
)

# ---- KNBB district Maastricht (knbbmaastricht.nl, billiards district association; chairman's word) ---
L(
    "km_voorzitter",
    (3, 0, None),
    [
        ("site_text", "logo", {"note": "the site logo's alt text: site text"}),
        (
            "site_text",
            "Nieuws",
            {"note": "section label: site text (the blank and one-space lines around it are layout)"},
        ),
        (
            "site_text",
            "fvz",
            {"note": "an image name glued before the title ('fvz', the chairman's photo): site text (doubtful)"},
        ),
        (
            "headline",
            "Woord van de voorzitter.",
            {"note": "the page title, the rubric's standing title (doubtful: could be read as a rubric label)"},
        ),
        (
            "lede",
            "Beste Biljartvrienden,",
            {"note": "the letter's salutation, the first body line: lede (doubtful: could be a paragraph)"},
        ),
        ("paragraph", "In februari 2014 is het laatste woord"),
        ("paragraph", "We zijn alweer in de tweede maand van"),
        ("paragraph", "Rond carnaval word de laatste"),
        ("paragraph", "Ook de meeste PK wedstrijden zijn"),
        ("paragraph", "Toch is het ook dit seizoen weer erg"),
        ("paragraph", "Misschien brengt de nieuwe opzet van"),
        ("paragraph", "Wij zullen in elk geval er met z’n"),
        ("paragraph", "Binnen het districtsbestuur zijn we"),
        ("paragraph", "Afgelopen seizoen hebben de spelers"),
        ("paragraph", "De districtsfinale 3e klas driebanden"),
        ("paragraph", "Zoals iedereen vernomen heeft,", {"note": CUT}),
    ],
)

# ---- VAV Veenendaal (vav-veenendaal.nl, athletics club; newsletter article) -------------------------
L(
    "vv_vrijwilligers",
    (0, 0, None),
    [
        ("headline", "Meer VRIJWILLIGERS; “meer” dan"),
        ("lede", "Vooruitlopend op de Algemene"),
        ("paragraph", "Het verrichten van vrijwilligers werk"),
        ("paragraph", "Dus kom naar de ALV en laat je"),
        (
            "site_text",
            "Nieuwsbrief artikelen Overzicht",
            {"note": "back link to the newsletter's article overview: site text"},
        ),
    ],
)

# ---- 112 Nederland (112nederland.nl, emergency-news site; news item) --------------------------------
L(
    "nn_dokkum",
    (1, 0, None),
    [
        (
            "site_text",
            "Uitslaande brand legt woning in de as",
            {
                "note": "the page title with the site name ('... - 112 Nederland'), a copy in a line with another item: site text"
            },
        ),
        ("headline", "Uitslaande brand legt woning in de as", {"note": "the title on a line of its own"}),
        ("site_text", "Geplaatst op 27 februari 2025, om", {"note": "publication date line: site text"}),
        ("lede", "DOKKUM – Donderdagavond rond 18:30", {"note": "with its place dateline"}),
        ("paragraph", "De brandweer heeft opgeschaald naar"),
        ("paragraph", "Omliggende woningen zijn ontruimd."),
        ("site_text", "Foto’s: Ricardo Veen / NoorderNieuws", {"note": "photo credit on its own line: site text"}),
    ],
)

# ---- Radio Stad Montfoort (radiostadmontfoort.nl, local broadcaster; news item) ----------------------
L(
    "rm_boerop",
    (1, 0, "Bron:"),
    [
        (
            "site_text",
            "Geplaatst op:16-04-2024 Bijgewerkt",
            {"note": "publication and update date line ('Geplaatst op: ... Bijgewerkt op: ... 12:50'): site text"},
        ),
        (
            "headline",
            "Een geslaagde editie van De Boer Op in",
            {
                "tail": "Bron: Arian Laan",
                "note": "the title, on one line with the date line before it and the lede after it; the source "
                "line 'Bron: Arian Laan' glued to its end is the tail (the headline span ends before it)",
            },
        ),
        ("lede", "Op een stralende zaterdag 13 april", {"note": "glued to the source line before it"}),
        ("paragraph", "Bezoekers werden verwelkomd om een"),
        ("paragraph", "De route vervolgde zich naar de"),
        (
            "caption",
            "foto is gemaakt op de Proeftuin in",
            {"tail": "|", "note": "photo caption; the ' |' closing it (an empty credit slot) is the tail"},
        ),
        ("paragraph", "Een hoogtepunt van de dag was het"),
        ("paragraph", "De laatste halte van de route was het"),
        ("paragraph", "De Boer Op in Linschoten was wederom"),
        (
            "site_text",
            "|",
            {"note": "a lone '|' (a second photo's empty caption and credit slot): site text"},
        ),
        (
            "site_text",
            "Meer berichten in deze categorie:",
            {"note": "list of other items in the category (titles with dates): site text, one block; " + CUT},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 45 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish and Belgian Dutch-language news pages of sixteen outlets none of
which is labelled in an earlier structure set: a football club (KFC Hamont 99), a parish federation
(Dendermonde), an amateur theatre company, a knowledge centre for participation (Demos), a women's
volleyball club (VDK Gent), a PR agency's press-release room, a local video news site (Brasschaat),
a local news site (regio Zottegem), the food-industry federation (Fevia), an acrobatic-gymnastics
club, a teachers' union (VSOA-Onderwijs), a parish (Sint-Franciscus), a local news site (Waregem),
a rally news site (Flatout), a pharmacists' trade magazine (De Apotheker) and an anti-poverty
organisation's press room (Welzijnszorg). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind45 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each block
is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end). Standard library only; the cutting is done by
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
    "kf_afscheid": ("https://kfchamont99.be/blog/?p=20259", None),
    "pd_dekenaten": ("https://www.parochiedendermonde.be/nieuws/over-dekenaten-en-parochies", None),
    "ts_toneel": ("https://toneelkringdescharnier.format.com/2022", None),
    "de_tips": (
        "https://demos.be/kenniscentrum/artikel/tien-tips-voor-lokale-netwerken-vrijetijdsparticipatie-nu-en-na-corona",
        None,
    ),
    "vd_weekend": ("https://vdkbankgentdamesvolley.be/nieuws/dit-was-het-weekend-24-25-26-maart-2023", None),
    "pp_monica": (
        "https://www.powerpr.be/persbericht-minister-beke-legt-eerste-steen-van-nieuwe-campus-antwerpen-van-az-monica/",
        None,
    ),
    "bf_heideland": ("https://brasschaatsefilm.com/uitreiking-heideland-awards", None),
    "rz_tennis": (
        "http://regiozottegem.be/index.php/oosterzele-mainmenu-3/algemeen-nieuws-mainmenu-11/14388-opnieuw-tennis-in-oosterzele",
        None,
    ),
    "fv_media": ("https://fevia.be/nl/node/4327", None),
    "ag_vk": ("http://acro2gym.blogspot.com/2010/04/vlaams-kampioenschap.html", None),
    "vs_staking": ("https://vsoa-onderwijs.be/nl/nieuws/vsoa-onderwijs-coc-cov-staken-niet", None),
    "sf_voedsel": ("http://stfranciscus.be/2020/11/15/5970/", None),
    "wg_overkop": ("https://waregem1.be/2023/12/waregem-wil-overkophuis/", None),
    "fo_ypres": ("http://www.flatout.be/index.php/815-Historic-Ypres-Rally-2015---Piloten-blikken-vooruit-.", None),
    "da_van": (
        "https://www.deapotheker.be/actualiteit/omdat-samenwerken-belangrijk-is/article-normal-23147.html",
        None,
    ),
    "wz_slot": ("https://www.welzijnszorg.be/persberichten/slot-samen-tegen-armoede", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
DATE = "publication date line: site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- KFC Hamont 99 (kfchamont99.be, football club; farewell message of the youth coordinator) -----
L(
    "kf_afscheid",
    None,
    [
        (
            "lede",
            "Graag wil ik alle mensen met wie ik",
            {"note": "the whole item is one paragraph; " + NOTITLE + "; " + CLEAN},
        ),
    ],
)

# ---- Parochie Dendermonde (parochiedendermonde.be, parish federation; the dean's column) ----------
L(
    "pd_dekenaten",
    None,
    [
        (
            "caption",
            "Aanstelling Deken Jo Mattheys (c) PVH",
            {"tail": "(c) PVH", "note": "photo caption; the photographer's credit '(c) PVH' is the tail; " + NOTITLE},
        ),
        (
            "subheading",
            "Nieuwe dekenaten…",
            {"note": "section title glued to its paragraph on one line ('…In 2016'): cut at the ellipsis"},
        ),
        ("lede", "In 2016 werden in ons bisdom tien"),
        ("subheading", "Nieuw mandaat voor zes jaar…"),
        ("paragraph", "Inmiddels zijn we zes jaar verder."),
        ("subheading", "Nieuwe parochies…"),
        ("paragraph", "Binnen de tien dekenaten tracht men", {"note": CUT}),
    ],
)

# ---- Toneelkring De Scharnier (toneelkringdescharnier.format.com, amateur theatre; season news) ----
L(
    "ts_toneel",
    None,
    [
        ("lede", "Hoe graag we ook eind februari 2022", {"note": NOTITLE + " (the page is titled '2022')"}),
        ("paragraph", "Hoopvol gestart in september '21"),
        ("paragraph", "We kijken nu vol ongeduld uit naar"),
        (
            "paragraph",
            "Laten we in het nieuwe jaar de lat zo",
            {
                "tail": "Using Format",
                "note": "the site builder's footer 'Using Format' glued to the last sentence: tail",
            },
        ),
    ],
)

# ---- Demos (demos.be, knowledge centre for participation; article) --------------------------------
L(
    "de_tips",
    (0, 0, None),
    [
        ("headline", "Tien tips voor lokale netwerken vrij"),
        ("site_text", "item_left", {"note": "layout residue 'item_left' / 'item_right': site text, one block"}),
        (
            "site_text",
            "Tien tips voor lokale netwerken vrij",
            {
                "note": "the title printed again below the layout residue: site text (doubtful: which copy is the headline)"
            },
        ),
        ("site_text", "Artikel", {"note": "content-type label: site text"}),
        ("site_text", "Beeld via Unsplash", {"note": "image credit: site text"}),
        ("lede", "Fotozoektochten, slimme keuzes in hoe", {"note": "the intro under the title"}),
        ("paragraph", "Het jaar 2021 is nog vers en"),
        ("paragraph", "Demos polste de voorbije weken bij"),
        ("subheading", "Armoede en maatschappelijke kwetsbaar"),
        (
            "subheading",
            "Hoe urgent is de focus op maatschappe",
            {"note": "a question heading under the section title: subheading"},
        ),
        ("paragraph", "Hoog! Zoveel is duidelijk volgens de"),
        ("paragraph", "Meer mensen krijgen het moeilijk, dus", {"note": CUT}),
    ],
)

# ---- VDK Gent Dames Volley (vdkbankgentdamesvolley.be, women's volleyball club; weekend round-up) --
L(
    "vd_weekend",
    (0, 0, None),
    [
        (
            "headline",
            "DIT WAS HET WEEKEND",
            {
                "note": "the title in capitals (the url adds the dates; doubtful: could be read as the rubric banner of the weekly round-up); "
                + CLEAN
            },
        ),
        ("lede", "De play-offs in Liga Dames zijn begon"),
        ("paragraph", "Een zwaar weekend voor de Dames B"),
        ("paragraph", "En we gaan verder met het goede nieuw"),
        ("paragraph", "Minder goed verging het de U19."),
        ("paragraph", "U17A liep een zeldzame nederlaag op."),
        ("paragraph", "U17B ging winnen op het terrein van"),
        ("paragraph", "U15A zou zich maar wat graag bij die", {"note": CUT}),
    ],
)

# ---- PowerPR (powerpr.be, PR agency's press-release room; release of AZ Monica) -------------------
L(
    "pp_monica",
    (0, 0, None),
    [
        (
            "headline",
            "PERSBERICHT: Minister Beke legt eerst",
            {"note": "the title with its genre kicker 'PERSBERICHT:' on the same line, kept in the headline"},
        ),
        ("site_text", "02/05/2022", {"note": DATE}),
        ("site_text", "Share:", {"note": "share-button label: site text"}),
        ("lede", "Vanmiddag werd de eerste steen gelegd"),
        ("paragraph", "Campus Antwerpen zal in de toekomst"),
        ("paragraph", "Wouter Beke: “Het AZ Monica bouwt"),
        ("paragraph", "De geschiedenis van campus Antwerpen", {"note": CUT}),
    ],
)

# ---- Brasschaatse Film (brasschaatsefilm.com, local video news site, Brasschaat; report) ---------
L(
    "bf_heideland",
    None,
    [
        ("lede", "Op woensdag 22 mei 2024 reikte", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "In de scholen uit de regio Noord-Ant"),
        ("paragraph", "Deze erkenning heet vanaf nu", {"note": CUT}),
    ],
)

# ---- regio Zottegem (regiozottegem.be, local news site of Zottegem / Oosterzele; short item) ------
L(
    "rz_tennis",
    None,
    [
        ("site_text", "Skip to content", {"note": "skip link (English): site text; " + NOTITLE}),
        ("byline", "johan van bever", {"note": "the author's name (lower case) above the item: byline"}),
        ("site_text", "advertentie", {"note": "advertisement label: site text"}),
        ("lede", "AGB De Kluize in Oosterzele richt bij", {"note": "the one-sentence intro of the item"}),
        ("paragraph", "Naar aanleiding van de aanleg van 3"),
    ],
)

# ---- Fevia (fevia.be, federation of the Belgian food industry; weekly press review item) ---------
L(
    "fv_media",
    None,
    [
        (
            "site_text",
            "Wekelijks vatten we voor u samen hoe",
            {
                "note": "standing intro of the weekly review: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was lede); "
                + NOTITLE
            },
        ),
        ("subheading", "Evenwichtig dranken- en tussendoortje"),
        ("paragraph", "In navolging met de akkoorden in"),
        (
            "site_text",
            "La Meuse | Distributeurs de produits",
            {
                "note": "source line of the quoted press item (paper | French headline | date): site text (doubtful: a source credit other sets kept out of the translation as byline-like)"
            },
        ),
        ("subheading", "Economisch Jaarverslag van de Waalse"),
        (
            "site_text",
            "Foodprocess | Waalse voedingsbedrijve",
            {"note": "source line of the quoted press item: site text"},
        ),
        ("paragraph", "Met een toename in de investeringen,"),
        ("site_text", "*Wegens auteursrechten is het Fevia", {"note": "standing copyright notice: site text"}),
    ],
)

# ---- Acro2Gym (acro2gym.blogspot.com, acrobatic-gymnastics club; competition report) -----------
L(
    "ag_vk",
    (1, 0, None),
    [
        ("site_text", "vrijdag 23 april 2010", {"note": "the blog's date header above the post: site text"}),
        ("headline", "Vlaams kampioenschap"),
        ("lede", "Tijdens het weekend van 3 en 4 april"),
        ("paragraph", "Bij de beloften bevestigden Eline"),
        ("paragraph", "Onze jongens turnden hun beste"),
        ("paragraph", "We hopen dat zoveel mogelijk clubled"),
        ("site_text", "Geen opmerkingen:", {"note": "the blog's comment-count line ('no comments'): site text"}),
    ],
)

# ---- VSOA-Onderwijs (vsoa-onderwijs.be, teachers' union; joint statement) ------------------------
L(
    "vs_staking",
    (0, 0, None),
    [
        ("headline", "VSOA-Onderwijs, COC & COV staken niet"),
        ("site_text", "klaslokaal leeg", {"note": "alt text of the header photo: site text"}),
        ("site_text", "26.03.2021", {"note": DATE}),
        ("lede", "Na consultatie van hun respectievelij"),
        ("paragraph", "COC, COV en VSOA-Onderwijs vinden een"),
        ("paragraph", "COC, COV en VSOA-Onderwijs hebben uit"),
        ("paragraph", "Personeelsleden die zich in eenzelfde"),
        ("paragraph", "Als verantwoordelijke vakorganisaties", {"note": CUT}),
    ],
)

# ---- Sint-Franciscus (stfranciscus.be, parish; news item) ----------------------------------------
L(
    "sf_voedsel",
    (0, 0, None),
    [
        ("headline", "Voedselpakketten", {"note": CLEAN}),
        (
            "subheading",
            "Eindejaarscampagne Welzijnszorg",
            {
                "note": "second title line under the post title: subheading (doubtful: could be the title, the first line a category)"
            },
        ),
        ("lede", "Welzijnszorg is een katholieke vzw,"),
        ("paragraph", "Heel concreet kunnen wij vanaf heden"),
    ],
)

# ---- Waregem1 (waregem1.be, local news site of Waregem; short item) -------------------------------
L(
    "wg_overkop",
    (1, 0, None),
    [
        ("site_text", "waregem", {"note": "category label above the title: site text"}),
        ("headline", "Waregem wil OverKophuis"),
        ("lede", "Waregem wil een OverKophuis oprichten", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Flatout (flatout.be, rally news site; preview) ----------------------------------------------
L(
    "fo_ypres",
    (1, 0, None),
    [
        (
            "site_text",
            "Newest pictures",
            {
                "note": "the site's photo-gallery menu (heading and 57 rally and photo-album names): site text, one block"
            },
        ),
        ("headline", "Historic Ypres Rally 2015 : Piloten b"),
        ("lede", "Woensdagavond konden alle deelnemers"),
        ("paragraph", "Sommige deelnemers sloten deze testr"),
        ("paragraph", "Het was ook de lang ver", {"note": CUT}),
    ],
)

# ---- De Apotheker (deapotheker.be, pharmacists' trade magazine; interview) ------------------------
L(
    "da_van",
    None,
    [
        (
            "site_text",
            "...",
            {"note": "a lone '...' left of the cut-off teaser above the interview: site text; " + NOTITLE},
        ),
        (
            "lede",
            "We hebben APB en Ophaco en toch hebben",
            {
                "note": "questions and answers of the interview glued into one line ('Vanwaar die nood? Het is'): one block, the first body text (doubtful: an interview question as lede); "
                + CUT
            },
        ),
    ],
)

# ---- Welzijnszorg (welzijnszorg.be, anti-poverty organisation; press release) ---------------------
L(
    "wz_slot",
    (2, 0, None),
    [
        ("site_text", "Welzijnszorg maakt werk van structurel", {"note": "the site's tagline: site text"}),
        ("site_text", "U bent hier", {"note": "breadcrumb label ('you are here'): site text"}),
        ("headline", "Slot 'Samen Tegen Armoede'"),
        (
            "subheading",
            "Campagne Samen Tegen Armoede: de same",
            {"note": "one-line subtitle under the title: subheading (doubtful: could be read as part of the headline)"},
        ),
        ("lede", "Brussel 13 januari 2017, Welzijnszorg", {"note": "the intro with its place-and-date dateline"}),
        ("paragraph", "Samen Tegen Armoede. Het nieuwe campa"),
        ("paragraph", "De campagne was een succes en bracht"),
        ("list_item", "• Er vonden 671 ‘Soep op de stoep’"),
        ("list_item", "• Meer dan 138.000 affiches werden"),
        ("list_item", "• Minstens 2700 klassen uit het"),
        ("list_item", "• Bijna 500 groepen bezorgden ons een", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

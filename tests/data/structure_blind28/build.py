#!/usr/bin/env python3
"""Rebuild structure blind set 28 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: Dutch local news sites,
local broadcasters and a local paper's archive (West-Brabant, Limburg, Goeree-Overflakkee, Drenthe,
Groningen, Twente), Flemish regional news sites and a regional press agency, a Flemish business
magazine, Dutch business and trade news sites and a cycling news site. They come from the `search`
tool's "pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next
to this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind28 and are
NOT for the project repository. Only the labels (ours) live here, in LABELS, and they hold no
article text: each block is a kind plus a START MARKER (the first characters of the block, at most
38, with an occurrence skip count where needed). A block runs from its marker to the next block's
marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker
of site text glued to the end of a block (gold `site_text_tail`). The headline is (block index,
start, end) into that block's text (end None = to the block's end; a string = a marker inside the
block). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "kos_samenwerking": (
        "https://kijkopsteenbergen.nl/vvd-en-gewoon-lokaal-reageren-op-berichten-over-samenwerking-bergen-op-zoom-en-roosendaal/",
        None,
    ),
    "dwd_stadsperikelen": (
        "http://www.dwd-media.nl/index.php/historie/13-de-krant-wouw-21-april-2011-663/141-stadsperikelen-21-april",
        None,
    ),
    "ml3_leudal": ("http://3ml.nl/nieuws.php?aid=63805", None),
    "sterck_eeklo": (
        "https://www.sterck-magazine.be/oost-vlaanderen/editie-13/twee-burgemeesters-twee-ondernemers-3465/",
        None,
    ),
    "ohm_omroep": (
        "https://www.omroephorstaandemaas.nl/nieuws/nieuwe-start-voor-omroep-horst-aan-de-maas-door-subsidie-van-gemeente",
        None,
    ),
    "en_slaaphuisjes": ("https://paper.eilandennieuws.nl/open/067e9501", None),
    "rd_woning": ("http://www.reindonk.nl/regio/content/page?914", None),
    "co_ureterp": ("https://cyclingonline.nl/artikel/4234_nieuwe_nederlandse_kampioenen_in_ureterp.html", None),
    "eo_twente": ("https://www.engineersonline.nl/ondernemersboard-voor-ondernemend-twente/", None),
    "ens_economie": (
        "https://www.enscheder.nl/nieuws/thuisbezorgd-grolsch-en-saxion-snijden-in-banen-gaat-het-echt-zo-slecht-met-de-twentse-economie",
        None,
    ),
    "hnv_geraardsbergen": (
        "https://hetnieuwsvandaag.be/nl/nieuws/regio/extra-politietoezicht-rond-station-van-geraardsbergen/?page=7",
        None,
    ),
    "zb_mkb": (
        "https://zakenblad.nl/2015/06/05/mkb-midden-limburg-krijgt-steeds-meer-vorm-meer-netwerkmogelijkheden-voor-de-leden/",
        None,
    ),
    "mn_metaalunie": ("https://www.metaalnieuws.nl/metaalunie-zet-ondernemers-mkb-metaal-zonnetje", None),
    "as_containers": (
        "https://www.assenstad.nl/assen/2478-afvalcontainers-in-assen-ook-te-openen-met-toegangspas-en-hotelpasjes",
        None,
    ),
    "apb_nijlen": (
        "https://antwerpspersbureau.be/nijlen-steunt-ontdek-de-dieren-van-lier-hondiuslaan-duffel-heraangelegd/",
        None,
    ),
    "zwvm_rituelen": ("http://zuid-west-vlaamsemedia.be/Index.asp?p=262", None),
    "tt_balgerhoeke": ("http://taptoe.be/regionaal-nieuws/ruzie-eeklo-kerk-balgerhoeke", None),
    "gk_delfzijl": (
        "https://groningerkrant.nl/eemsdelta/de-barometer-rtl-z-over-de-ontwikkelingen-in-delfzijl/?utm_source=rss&utm_medium=rss&utm_campaign=de-barometer-rtl-z-over-de-ontwikkelingen-in-delfzijl",
        "2020-11",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CREDIT = "photo or image credit alone: site text"
DATE = "publication date line: site text"
IMAGE = "image file name or alt text printed as a line of its own: site text"
RELATED = "other articles listed on the page (titles, dates, teasers): site text, one block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Kijk op Steenbergen (kijkopsteenbergen.nl, local news site of Steenbergen, West-Brabant) -----
L(
    "kos_samenwerking",
    (0, 0, None),
    [
        ("headline", "VVD en Gewoon Lokaal reageren op"),
        ("lede", "STEENBERGEN – VVD en Gewoon Lokaal!"),
        ("paragraph", "Fractievoorzitter Kees Gommeren"),
        ("paragraph", "Maurice Remery vraagt zich namens"),
        (
            "byline",
            "[ door Peter Vermeulen ]",
            {"note": "author line in square brackets after the last paragraph; the text carries no site text"},
        ),
    ],
)

# ---- DWD-Media (dwd-media.nl, local paper of Wouw / Roosendaal; archive page of one issue) ---------
L(
    "dwd_stadsperikelen",
    (1, 0, None),
    [
        (
            "site_text",
            "DWD-MediaDWD-Media",
            {
                "note": "site name (printed twice, glued) and slogan 'informatief / betrokken / overzichtelijk': site text, one block"
            },
        ),
        (
            "headline",
            "Stadsperikelen 21 april",
            {
                "note": "the page title, a rubric of short council items with the issue date (doubtful: generic rubric title)"
            },
        ),
        ("subheading", "Koopzondag in 2011", {"note": "title of the first short item: subheading"}),
        ("lede", "De koopzondagen voor dit jaar zijn", {"note": "keeps the whitespace-only line below it"}),
        ("paragraph", "In Wouw gaat het om 25 april"),
        ("subheading", "Woonvoorziening gaat definitief"),
        ("paragraph", "Het college besloot de Burgemeester"),
        ("paragraph", "Volgens afspraak start de gemeente", {"note": CUT}),
    ],
)

# ---- 3ML (3ml.nl, local broadcaster of Leudal, Maasgouw and Roerdalen, Midden-Limburg) ----------
L(
    "ml3_leudal",
    (1, 0, "Geplaatst op"),
    [
        ("site_text", "Live Radio Live TV", {"note": "listen-live and watch-live links: site text"}),
        (
            "headline",
            "'Leudal bepaalt positie in regionale",
            {
                "tail": "Geplaatst op:",
                "note": "the title (in quotes as printed); the posting date 'Geplaatst op: 17-12-2017 21:40' glued to its end is the tail",
            },
        ),
        (
            "site_text",
            "Leudal Het college",
            {
                "note": "place tag 'Leudal' glued before the first sentence: site text (doubtful: could be read as the lede's dateline)"
            },
        ),
        ("lede", "Het college van B & W van de gemeente", {"note": "the whole article is one paragraph"}),
        (
            "site_text",
            "'Inpassing kademuur Neer niet meer",
            {
                "note": RELATED
                + " (two more items of the news feed below the article, each title with its posting date, photo caption, place tag and text; the excerpt ends inside the third title's teaser)"
            },
        ),
    ],
)

# ---- Sterck (sterck-magazine.be, Flemish regional business magazine, Oost-Vlaanderen edition) ---
L(
    "sterck_eeklo",
    (0, 0, None),
    [
        (
            "headline",
            "Twee burgemeesters, twee ondernemers",
            {
                "note": "the title printed twice: the first copy, on a line of its own at the head of the header card, is the "
                "headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was site text with the card)"
            },
        ),
        (
            "site_text",
            "Luc Vandevelde",
            {
                "note": "the rest of the header card above the article: the two interviewees' names, places and rubric "
                "('Burgemeesters'): site text, one block"
            },
        ),
        (
            "site_text",
            "Twee burgemeesters, twee ondernemers",
            {
                "note": "the title printed again: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was the headline)"
            },
        ),
        ("site_text", "Regio - Eeklo - Maldegem", {"note": "tag trail under the title: site text"}),
        ("lede", "Het komt niet meer goed tussen", {"note": "the intro (ends with '...')"}),
        ("paragraph", "Tot aan de gemeenteraadsverkiezingen"),
        ("site_text", "Maldegem_Luc_Vandevelde", {"note": IMAGE}),
        ("paragraph", "Ook in Maldegem deed er zich"),
        (
            "paragraph",
            "STERCK. Jullie mogen zich",
            {"note": "the interviewer's first question (magazine name as speaker); " + CUT},
        ),
    ],
)

# ---- Omroep Horst aan de Maas (omroephorstaandemaas.nl, local broadcaster of Horst aan de Maas) --
L(
    "ohm_omroep",
    (1, 0, None),
    [
        ("site_text", "Horst\nTerug", {"note": "place tag 'Horst' and back link 'Terug': site text, one block"}),
        ("headline", "Nieuwe start voor Omroep Horst"),
        ("site_text", "533092d010a5cf1b7d27624d8665e1fe.jpg", {"note": IMAGE}),
        ("lede", "Omroep Horst aan de Maas ontvangt"),
        ("byline", "Niels van Rens |", {"note": "author name with the separator of an empty date field"}),
        (
            "paragraph",
            "Dit betekent concreet dat Omroep",
            {"note": "the rest of the article is one line with its subheadings glued to the next sentence"},
        ),
        ("subheading", "Positief kritischDe", {"note": "subheading 'Positief kritisch' glued to the paragraph below"}),
        ("paragraph", "De politieke partijen waren"),
        ("subheading", "EvaluatieMaandag", {"note": "subheading 'Evaluatie' glued to the paragraph below"}),
        ("paragraph", "Maandag 30 mei brachten de", {"note": CUT}),
    ],
)

# ---- Eilanden-Nieuws (eilandennieuws.nl, local paper of Goeree-Overflakkee; e-paper article page) --
L(
    "en_slaaphuisjes",
    (3, 0, None),
    [
        (
            "site_text",
            "info@eilandennieuws.nl",
            {"note": "the paper's e-mail address and telephone number: site text, one block"},
        ),
        (
            "site_text",
            "Dinsdag Eilanden-Nieuws\n\n23 april",
            {"note": "e-paper header: edition name and date, then both again on one line: site text, one block"},
        ),
        ("site_text", "Heeft u vragen of wilt u het", {"note": "subscription service notice: site text"}),
        ("headline", "Eerste stap gezet voor bouw"),
        ("caption", "'Slaaphuisjes' op het strand bij"),
        ("lede", 'OUDDORP - "Slapen op het strand', {"note": "the intro paragraph, above the byline"}),
        ("byline", "Door Jaap Ruizeveld"),
        ("paragraph", "Het bleef daarbij niet bij een"),
        ("subheading", "Niet eerste keer"),
        ("paragraph", "Het plaatsen van huisjes op het", {"note": CUT}),
    ],
)

# ---- Reindonk (reindonk.nl, former local broadcaster of Horst aan de Maas; Regio page) -----------
L(
    "rd_woning",
    (3, 0, None),
    [
        ("site_text", "Menu", {"note": "menu button label: site text"}),
        (
            "site_text",
            "Twitter feed Reindonk",
            {"note": "Twitter widget with its heading and one weather tweet: site text, one block"},
        ),
        ("site_text", "Regio", {"note": "section name of the page: site text"}),
        (
            "headline",
            "Horst aan de Maas stimuleert juiste",
            {"note": "title of the news item shown in full on the section page (doubtful: the page lists items)"},
        ),
        ("lede", "Hoe kunnen we er voor zorgen dat"),
        ("paragraph", "Bij de nieuwe beoordelingsmethode"),
        ("paragraph", "Een extra stimulans om mee te werken"),
        ("paragraph", "De aanpassing van de beoordelings"),
        ("paragraph", "Burgemeester en Wethouders hebben op"),
        ("site_text", "Lees verder", {"note": "read-more link under the item: site text"}),
        (
            "site_text",
            "Kijk- en luisteronderz",
            {"note": "title of the next item on the page, cut by the store: site text"},
        ),
    ],
)

# ---- Cyclingonline (cyclingonline.nl, Dutch cycling news site) -----------------------------------
L(
    "co_ureterp",
    (1, 0, None),
    [
        ("site_text", "Volg ons\n\nFacebook", {"note": "follow prompt with social-media links: site text, one block"}),
        ("headline", "Nieuwe Nederlandse kampioenen in"),
        ("site_text", "Zaterdag 21 juni 2014", {"note": DATE}),
        (
            "lede",
            "Nederlandse kampioenschappen - Patrick",
            {
                "note": "lede with the event name as its kicker ('Nederlandse kampioenschappen - '), kept like a dateline (doubtful: could be split off as site text)"
            },
        ),
        ("paragraph", "Aanvallers waren er genoeg in"),
        ("subheading", "Van de Wouw wint"),
        ("paragraph", "Hetty van de Wouw werd in de", {"note": CUT}),
    ],
)

# ---- EngineersOnline (engineersonline.nl, Dutch engineering and industry trade news) -------------
L(
    "eo_twente",
    (0, 0, None),
    [
        ("headline", "Ondernemersboard voor ondernemend"),
        ("lede", "Twentse bedrijven hebben zich"),
        ("site_text", "Beeld: Wikipedia", {"note": CREDIT}),
        ("paragraph", "Tijdens een eerste bijeenkomst vorige"),
        ("paragraph", "De ondernemers zien Twente als een"),
        ("subheading", "Belemmeringen benoemd"),
        ("paragraph", "Deze boodschap was de uitkomst", {"note": CUT}),
    ],
)

# ---- Enscheder (enscheder.nl, local news site of Enschede) ----------------------------------------
L(
    "ens_economie",
    (0, 0, None),
    [
        ("headline", "Thuisbezorgd, Grolsch en Saxion"),
        ("lede", "Thuisbezorgd snijdt in banen, Grolsch"),
        ("site_text", "Lees verder", {"note": "read-more link: site text (the page shows only the intro)"}),
    ],
)

# ---- Het Nieuws Vandaag (hetnieuwsvandaag.be, Flemish regional news site, Denderstreek) ----------
L(
    "hnv_geraardsbergen",
    (1, 0, None),
    [
        ("site_text", "Geraardsbergen", {"note": "place tag above the title: site text"}),
        ("headline", "Extra politietoezicht rond station"),
        ("site_text", "ma 06 mei 2024, 19:26", {"note": DATE}),
        ("lede", "Rond het station van Geraardsbergen"),
        ("paragraph", "De burgemeester van Geraardsbergen"),
        ("site_text", "Foto's @ Rudy Vande Voorde", {"note": CREDIT}),
        ("byline", "Text: Stefaan Reuse", {"note": "the text's author, on the line under the photo credit"}),
    ],
)

# ---- Zakenblad (zakenblad.nl, Limburg business magazine) -----------------------------------------
L(
    "zb_mkb",
    (0, 0, None),
    [
        ("headline", "MKB Midden-Limburg krijgt steeds meer"),
        (
            "subheading",
            "Krachten bundelen!",
            {
                "note": "streamer under the title (a quote from the text): subheading (doubtful: could be read as part of the title)"
            },
        ),
        ("lede", "Op 1 januari 2015 zijn de afdelingen"),
        ("paragraph", "Voor de leden van MKB Midden-Limburg"),
        ("subheading", "Contacten"),
        ("paragraph", "Om een fijnmazige structuur in", {"note": CUT}),
    ],
)

# ---- Metaalnieuws (metaalnieuws.nl, Dutch metal-industry trade news) -----------------------------
L(
    "mn_metaalunie",
    (0, 0, None),
    [
        ("headline", "Metaalunie zet ondernemers MKB-metaal"),
        ("lede", "MKB-Nederland heeft vanaf dit jaar"),
        ("paragraph", "De dag moet een traditie worden"),
        ("paragraph", "In de verschillende Metaalunie"),
        (
            "paragraph",
            "Op www.dagvandeondernemer.nl staat",
            {"note": "the article's closing line pointing to the event site: article text"},
        ),
        ("site_text", "Bedrijvengids", {"note": "link to the site's company directory: site text"}),
        (
            "site_text",
            "Ook interessant voor jou",
            {
                "note": "'also interesting for you' list: heading, category labels, titles, dates and cut teasers of other articles: "
                + RELATED
                + "; the excerpt ends inside it"
            },
        ),
    ],
)

# ---- Assen Stad (assenstad.nl, local news site of Assen) -----------------------------------------
L(
    "as_containers",
    None,
    [
        ("lede", "Partij van de Arbeid-raadslid Luc", {"note": NOTITLE + "; the text carries no site text"}),
        ("paragraph", "'De containers zijn ook te openen"),
        ("paragraph", "Ook komt het volgens Rengers vaak"),
        ("paragraph", "Rengers heeft nu vragen aan het"),
        (
            "paragraph",
            "Geacht College,",
            {
                "note": "salutation of the councillor's letter printed in full below the article: paragraph (doubtful: the letter could be labelled quote)"
            },
        ),
        ("paragraph", "Met regelmaat wordt vastgesteld, dat", {"note": "the letter's first paragraph; " + CUT}),
    ],
)

# ---- Antwerps Persbureau (antwerpspersbureau.be, Flemish regional press agency, Antwerp) ---------
L(
    "apb_nijlen",
    (1, 0, None),
    [
        ("site_text", "• 21/06/2024", {"note": "publication date with a list bullet: site text"}),
        (
            "headline",
            "Nijlen steunt, ontdek de dieren van",
            {"note": "title of a round-up of short local items (three subjects in one title)"},
        ),
        ("lede", "NIJLEN – Het verschrikkelijke lot"),
        ("paragraph", "Lokaal bestuur Nijlen wil zijn"),
        ("paragraph", "Met opnieuw 147 bijkomende inwoners"),
        ("paragraph", "Met 215 overlijdens tegenover 180", {"note": CUT}),
    ],
)

# ---- Zuid-West-Vlaamse Media (zuid-west-vlaamsemedia.be, Flemish digital local paper, Kortrijk region)
L(
    "zwvm_rituelen",
    (5, 0, None),
    [
        (
            "site_text",
            "Onafhankelijke digitale krant voor",
            {"note": "the site's self-description ('independent digital paper for South-West Flanders'): site text"},
        ),
        ("site_text", "Zoeken", {"note": "search box label: site text"}),
        (
            "site_text",
            "Uw reclame op deze site",
            {"note": "advertising offer ('your ad on this site for 0,70 a day'): site text, one block"},
        ),
        (
            "site_text",
            "Welkom\n\nGratis plaatsen wij",
            {"note": "welcome text inviting readers to send photos and texts: site text, one block"},
        ),
        (
            "site_text",
            "Contact Redactie & Verantwoordelijke",
            {"note": "contact box: editor and publisher, e-mail, mobile number: site text, one block"},
        ),
        (
            "headline",
            "Vertelsels en Rituelen - Erfgoeddag",
            {
                "note": "title of the news item on the page (doubtful: the page holds the site's standing welcome text and may be its front page)"
            },
        ),
        ("lede", "Lara Taveirne vertelt je van maandag"),
        ("paragraph", "Werd je in de 17de eeuw gekweld"),
        ("paragraph", "Rituelen zijn van alle tijden."),
        ("paragraph", "Wil je een voorproefje? Van 11 tot", {"note": CUT}),
    ],
)

# ---- Taptoe (taptoe.be, Flemish regional news site, Meetjesland) ---------------------------------
L(
    "tt_balgerhoeke",
    None,
    [
        ("site_text", "• Maldegem", {"note": "place tag with a list bullet above the text: site text; " + NOTITLE}),
        ("lede", "Er zit een haar in de boter tussen", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Groninger Krant (groningerkrant.nl, regional news site of Groningen; Eemsdelta) -------------
L(
    "gk_delfzijl",
    (0, 0, None),
    [
        (
            "headline",
            "De Barometer (RTL Z) over de",
            {"note": "store date prefix ' date 2020-11 ' removed; the text carries no site text"},
        ),
        ("lede", "De ontwikkelingen in de gemeente"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

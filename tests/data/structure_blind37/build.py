#!/usr/bin/env python3
"""Rebuild structure blind set 37 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages of Dutch-language outlets not labelled in any earlier structure
set: Dutch Caribbean news (koninkrijk.nu, Dutch Caribbean Legal Portal), Flemish niche news (a cycling
news site, a basketball news site, a film site) and Dutch national niche news (a popular-science
magazine, a higher-education news site, a Reformed church weekly, an equestrian paper). They come from
the `search` tool's "pages" corpus (stored public web pages, text as the store extracted it), which
cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind37 and are NOT for the project repository. Only the labels (ours) live here,
in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding whitespace.
`tail` is the start marker of site text glued to the end of a block (gold `site_text_tail`). The
headline is (block index, start, end) into that block's text (end None = to the block's end). Standard
library only; the cutting is done by tests/data/page_store_build.py.
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
    "kn_parlement": ("https://koninkrijk.nu/2021/03/05/weer-21-zetels-parlement-op-curacao", None),
    "dcl_gouverneur": (
        "http://www.dutchcaribbeanlegalportal.com/news/movers-shakers/79-a-new-challenge/"
        "7355-boekhoudt-nieuwe-gouverneur-aruba",
        None,
    ),
    "km_weekoverzicht": (
        "https://www.kijkmagazine.nl/science/het-beste-wetenschapsnieuws-van-deze-week-134/",
        "2025-11-28",
    ),
    "wn_wielerfeest": ("https://www.wielernieuws.be/news/1571/opnieuw-wielerfeest-onderweg-naar-vlaanderen", None),
    "sg_bos": ("https://www.scienceguide.nl/2009/02/bos-houdt-alle-opties-open/", None),
    "cv_duynslaegher": ("https://cinevox.be/nl/patrick-duynslaegher-over-eau-zoo-van-emilie-verhamme", None),
    "ob_moskee": ("http://www.opbouwonline.nl/artikel.php?id=3258", None),
    "bk_lions": (
        "https://www.basketbalkrant.be/nieuws/2022-06-26/"
        "belgian-lions-winnen-op-groot-terrein-spannende-en-vriendschappelijke-derby-der-lage-landen",
        "2022-06",
    ),
    "hn_profs": (
        "https://www.horses.nl/overig-nieuws/deze-week/deze-week-raijmakers-er-moet-iets-gebeuren-voor-de-profs/",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- koninkrijk.nu (Dutch Caribbean news: Curaçao, Aruba, Sint Maarten, BES) ---------------------
L(
    "kn_parlement",
    None,
    [
        ("lede", "WILLEMSTAD – Gisteren kwam er een", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Vrijdag greep Den Haag in nadat"),
        ("paragraph", "Maandag 8 maart is er weer een"),
    ],
)

# ---- Dutch Caribbean Legal Portal (dutchcaribbeanlegalportal.com, legal and governance news) -----
L(
    "dcl_gouverneur",
    (0, 0, None),
    [
        ("headline", "Boekhoudt nieuwe gouverneur Aruba"),
        ("lede", "DEN HAAG — Alfonso Boekhoudt is", {"note": "first paragraph with its place dateline; " + CLEAN}),
        ("paragraph", "Boekhoudt, nu nog de gevolmachtigde"),
        ("paragraph", "De benoeming is officieel na de"),
        ("paragraph", "De 51-jarige Boekhoudt is momenteel"),
        ("paragraph", "De benoeming van Boekhoudt is"),
        ("paragraph", "Via sociale media feliciteert het", {"note": CUT}),
    ],
)

# ---- KIJK (kijkmagazine.nl, Dutch popular-science magazine; weekly round-up) ---------------------
L(
    "km_weekoverzicht",
    None,
    [
        (
            "caption",
            "Simulatie van de verdeling van donkere",
            {
                "tail": "Beeld: Volker Springel",
                "note": "store date prefix removed; " + NOTITLE + "; header photo caption, its image credit "
                "glued to its end is the tail",
            },
        ),
        (
            "lede",
            "In deze rubriek tipt de redactie elke",
            {
                "note": "the round-up's intro (names this week's items): lede (doubtful: its first sentence "
                "describes the standing rubric and could be read as site text)"
            },
        ),
        ("subheading", "Mysterie van deze 3,4 miljoen jaar", {"note": "first item title of the round-up"}),
        (
            "caption",
            "De voetbotten die in 2009 zijn",
            {"tail": "Beeld: Yohannes", "note": "photo caption + credit tail"},
        ),
        ("paragraph", "In 2009 vonden paleo-antropologen"),
        ("paragraph", "Om een nieuwe mensachtige te kunnen"),
        ("paragraph", "De afgelopen tien jaar hebben de"),
        ("site_text", "Lees meer\n", {"note": "'read more' link to the full item: site text"}),
        ("subheading", "Huiskatten zijn duizenden jaren later", {"note": "second item title"}),
        ("paragraph", "De katten die tegenwoordig bij ons", {"note": CUT}),
    ],
)

# ---- Wielernieuws (wielernieuws.be, Flemish cycling news) ----------------------------------------
L(
    "wn_wielerfeest",
    (0, 0, None),
    [
        ("headline", "'Opnieuw wielerfeest onderweg naar"),
        ("site_text", "door\n", {"note": "byline stub without a name: site text"}),
        (
            "site_text",
            "'Opnieuw wielerfeest onderweg naar",
            {"note": "the title printed again (the header image's alt text): site text"},
        ),
        ("site_text", "Foto: © PhotoNews", {"note": "photo credit: site text"}),
        ("lede", "Vlaanderen is de bakermat van het"),
        ("paragraph", "Zo onderzoeken Flanders Classics en"),
        ("paragraph", '"Vlaanderen heeft al bewezen dat we'),
        ("subheading", "BELGISCH GOUD?"),
        ("paragraph", "Het WK van vorig jaar was een enorm"),
        ("site_text", "LEES OOK: De Lie heeft stip", {"note": "'read also' promo of another article: site text"}),
        (
            "paragraph",
            "Zal het EK in 2024 in Limburg landen?",
            {
                "note": "the article's closing question: paragraph (doubtful: after the 'LEES OOK' line it "
                "could be a reader-poll widget, site text)"
            },
        ),
        (
            "site_text",
            "Meest recent\n",
            {
                "note": "the aggregator-style 'most recent' list (titles printed twice, '...', reaction "
                "counts): one site-text block; " + CUT
            },
        ),
    ],
)

# ---- ScienceGuide (scienceguide.nl, Dutch higher-education and science policy news) --------------
L(
    "sg_bos",
    None,
    [
        (
            "site_text",
            "Nieuws | de redactie",
            {
                "note": "section, 'de redactie' (no name) and publication date glued before the first "
                "sentence: one site-text block; the page title is not in the excerpt: no headline"
            },
        ),
        ("lede", "Minister Bos van Financiën erkent het", {"note": "the whole item (one paragraph)"}),
    ],
)

# ---- Cinevox (cinevox.be, Flemish film news and video interviews) --------------------------------
L(
    "cv_duynslaegher",
    None,
    [
        ("lede", "Artistiek directeur van Film Fest Gent", {"note": NOTITLE + "; the video item's intro"}),
        (
            "site_text",
            "Check Also\n",
            {"note": "the site's related-article promo ('Check Also', in English) with a teaser: one block"},
        ),
        ("site_text", "Cinevox Le cinéma vu par les belges", {"note": "site name and tagline: site text"}),
    ],
)

# ---- Opbouw (opbouwonline.nl, Dutch Reformed church weekly; print-edition article) ---------------
L(
    "ob_moskee",
    (1, 0, None),
    [
        (
            "site_text",
            "26 november 2004, jaargang 48, nummer",
            {"note": "print-edition notice (date, volume, issue) and article number: one site-text block"},
        ),
        (
            "headline",
            "Kerk en moslims na Van Gogh Bidden en",
            {
                "note": "title and subtitle glued on one line, before the author and first sentence: one "
                "headline block (doubtful: 'Kerk en moslims na Van Gogh' may be a series kicker and "
                "'Bidden en bezoeken' the title)"
            },
        ),
        ("byline", "P.J. van Kampen ", {"note": "author name glued between title and first sentence"}),
        ("lede", "De heer Nasri is een vijftiger, een"),
        ("paragraph", "Voor de gelegenheid heeft hij een"),
        ("paragraph", "Zo zit ik even later in de"),
        ("paragraph", "Het is ook zichtbaar dat de moskee"),
        ("paragraph", "Hoe gaat het met de Marokkaanse"),
        ("paragraph", "Aanzienlijk kleiner dan de Turkse"),
        ("paragraph", "Voelt men zich onveilig?"),
        ("paragraph", "Maar ‘t is wel treurig wat er", {"note": CUT}),
    ],
)

# ---- Basketbalkrant (basketbalkrant.be, Flemish basketball news) ---------------------------------
L(
    "bk_lions",
    None,
    [
        (
            "lede",
            "Terwijl hun 3x3-collega's het beste",
            {"note": "store date prefix removed; " + NOTITLE + "; " + CLEAN},
        ),
        ("paragraph", "De Belgian Lions beginnen donderdag"),
        ("paragraph", "De Nederlanders roken hun kans en"),
        ("subheading", "LECOMTE SCOORT BESLISSENDE LAY-UP"),
        ("paragraph", "Met nog zeven seconden op de klok"),
    ],
)

# ---- Horses.nl / De Paardenkrant (horses.nl, Dutch equestrian news; weekly 'Deze week' page) -----
L(
    "hn_profs",
    None,
    [
        ("lede", "Voor de tweede keer dit jaar liggen", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De KNHS geeft aan hard te blijven"),
        ("subheading", "Opnieuw pas op de plaats voor", {"note": "title of the page's second item"}),
        ("paragraph", "Met twee vierde en één derde plaats"),
        ("subheading", "Margreet Prosman: ‘Meer concentreren", {"note": "title of the third item"}),
        ("paragraph", "Dressuuramazone Margreet Prosman is", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

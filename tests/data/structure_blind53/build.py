#!/usr/bin/env python3
"""Rebuild structure blind set 53 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen outlets none of which is in an
earlier structure set, eight Dutch and eight Flemish: a news aggregator, a hockey club, an
agricultural news aggregator, a local broadcaster (Ede), a village site (Paesens-Moddergat), a
public radio station's fragment page, a rowing news site, a brass band; a Flemish hockey club, an
Antwerp city radio, a Limburg campaign site, a rural families' association, a federation of adult
education organisations, a Ghent student and city radio, a heritage association and a village site
(Maria-ter-Heide). They come from the `search` tool's "pages" corpus (stored public web pages, text
as the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as
the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the
texts stay in /work/data/structure-blind53 and are NOT for the project repository. Only the labels
(ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START
MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end). Standard library only; the cutting is done by
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
    "hn_begroting": (
        "https://www.hetnieuwsmaardananders.nl/binnenland/gl-ruiselede-stelt-ex-speler-aan-als-toekomstige-t1",
        None,
    ),
    "hc_bestuur": ("https://www.hcprinsenbeek.nl/site/default.asp?Option=51&Nieuws=5774&menu=1", None),
    "ag_tour": (
        "https://agriconnect.nl/content/net-als-vorig-jaar-veertien-nederlanders-aan-de-start-van-de-tour-de-france",
        None,
    ),
    "xo_lunteren": ("https://xon.nu/?p=22910", None),
    "pm_dorpsbelang": (
        "https://www.paesens-moddergat.nl/laatste-nieuws/algemeen/dorpsbelang-bijeenkomst-10-november-2023/",
        None,
    ),
    "nr_oekraine": (
        "https://www.nporadio4.nl/fragmenten/de-ochtend-van-4/a2c50d3b-2045-43e4-a28c-6a0505b506dc/2022-01-12-kou-tussen-rusland-en-oekraine-nog-niet-uit-de-lucht",
        None,
    ),
    "nl_column": ("https://nlroei.nl/column-helma-nepperus-spits-in-juli/", None),
    "mb_concert": ("https://muziekverenigingberghem.nl/nieuws/103-back-to-the-future", None),
    "hm_spelers": ("http://hockeymeetjesland.be/?oid=830&pid=5646&aid=116927&lg=2", None),
    "re_wijkkrant": ("http://www.radioexpres.be/2022/02/24/wijkkrant-bij-de-hand-voorgesteld/", None),
    "sl_parlement": ("https://stadlimburg.be/node/195", None),
    "lg_kerst": (
        "https://www.landelijkegilden.be/informeren/actualiteit/de-meest-gezellige-tijd-van-het-jaar-tijd-met-elkaar",
        None,
    ),
    "df_vormingplus": ("http://archief.defederatie.org/spip.php?article1127", None),
    "uf_filmfest": ("http://urgent.fm/content/culture-club-tumult-samen-op-film-fest-gent-11-okt", "2019-10"),
    "eg_ruilbeurs": ("https://erfgoedgilde.be/20220917evwiekevorst.html", None),
    "mt_kwb": ("https://www.mariaterheide.info/nieuws-van-vroeger/1983-05-31", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt has no title: no headline"
CLEAN = "the text carries no site text"
DATELINE = "publication date line: site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Het nieuws maar dan anders (hetnieuwsmaardananders.nl, Dutch news aggregator; item page) ------
L(
    "hn_begroting",
    None,
    [
        ("site_text", "• vr. dec 26th, 2025", {"note": "the aggregator's date line (English date format): site text"}),
        (
            "lede",
            "De begrotingscrisis woedt voort",
            {
                "note": NOTITLE
                + "; the aggregator's own rewritten text (it does not match the item's url and source line,"
                " which name a Ruiselede football club)"
            },
        ),
        ("paragraph", "In de politieke arena heerst een"),
        ("paragraph", "In onze politieke podcast Het Punt"),
        (
            "site_text",
            "Source: https://www.nieuwsblad.be/",
            {"note": "the aggregator's source line with the url, and a lone '.' under it: site text, one block"},
        ),
        (
            "site_text",
            "Door NieuwsBlad",
            {"note": "credit to the source outlet, no person: site text (doubtful: could be read as a byline)"},
        ),
        ("site_text", "Geef een reactie", {"note": "comment form heading and its privacy line: site text, one block"}),
    ],
)

# ---- HC Prinsenbeek (hcprinsenbeek.nl, Dutch hockey club; club news) -------------------------------
L(
    "hc_bestuur",
    (2, 0, None),
    [
        ("site_text", "header foto header foto", {"note": "six image alt texts of the page header: site text"}),
        ("site_text", "Nieuws\n", {"note": "section label: site text"}),
        ("headline", "Najaar seizoen bijna ten einde"),
        (
            "site_text",
            "Nieuws afbeelding 18-11-2019",
            {"note": "image alt text glued to the publication date: site text, one block"},
        ),
        ("subheading", "Bestuursvergaderingen en inloop"),
        ("lede", "Vanaf 12 november zijn er iedere 2"),
        ("subheading", "Enkele belangrijke punten uit de"),
        (
            "paragraph",
            "Tijdens deze vergadering zijn de",
            {"note": "list intro glued to the first decision ('afgesproken:HCP gaat') on one line: one block"},
        ),
        ("list_item", "• Het sproeiprotocol moet beter"),
        ("list_item", "• Omdat het open- en sluitprotocol"),
        ("list_item", "• De contributie-inning voor het"),
        ("list_item", "• Het streven is om de"),
        ("list_item", "• Op dinsdag 3 december is om 20.30"),
        ("list_item", "• De notulen van de", {"note": CUT}),
    ],
)

# ---- Agriconnect (agriconnect.nl, Dutch agricultural news aggregator; item page) -------------------
L(
    "ag_tour",
    None,
    [
        ("lede", "De Tour de France begint zaterdag", {"note": NOTITLE + "; the aggregated item's teaser"}),
        ("site_text", "Lees het gehele artikel", {"note": "link to the source article: site text"}),
    ],
)

# ---- XON (xon.nu, local broadcaster of Ede; programme item) ----------------------------------------
L(
    "xo_lunteren",
    None,
    [
        ("lede", "In deze aflevering van het nieuwe", {"note": NOTITLE}),
        (
            "site_text",
            "Heb je suggesties of wil je dat we",
            {"note": "standing request for tips and story ideas with an e-mail address: site text"},
        ),
    ],
)

# ---- Paesens-Moddergat (paesens-moddergat.nl, Frisian village site, Dutch text; news item) ---------
L(
    "pm_dorpsbelang",
    (0, 0, None),
    [
        ("headline", "Dorpsbelang bijeenkomst 10 november"),
        ("lede", "Dorpsbelang organiseert op 10"),
        ("list_item", "1) Update vanuit het museum rondom"),
        ("list_item", "2) Sluiting school, we horen graag"),
        ("list_item", "3) Eventuele nieuwbouw in onze"),
        ("paragraph", "Wij hopen op jullie komst."),
        ("site_text", "Aankomende evenementen", {"note": "heading of the site's events sidebar: site text"}),
    ],
)

# ---- NPO Radio 4 (nporadio4.nl, Dutch public classical radio station; programme fragment page) -----
L(
    "nr_oekraine",
    (1, 0, None),
    [
        ("site_text", "Fragment", {"note": "page-type label: site text"}),
        ("headline", "Kou tussen Rusland en Oekraïne nog"),
        (
            "site_text",
            "foto: Anatolii STEPANOV / AFPfoto:",
            {"note": "photo credit printed twice, glued: site text, one block"},
        ),
        (
            "site_text",
            "1. Fragmentenchevron right",
            {"note": "breadcrumb (with an icon name, 'chevron right') repeating the title: site text, one block"},
        ),
        ("lede", "De gespannen situatie aan de grens", {"note": "the fragment's description (whole text)"}),
    ],
)

# ---- NL Roei (nlroei.nl, Dutch rowing news site; column) -------------------------------------------
L(
    "nl_column",
    (0, 0, None),
    [
        (
            "headline",
            "Column Helma Neppérus: spits in juli",
            {"note": "the title with its genre kicker 'Column' glued on the same line, kept in the headline"},
        ),
        ("site_text", "Algemeen Column", {"note": "category labels: site text"}),
        ("lede", "Het is een bijzondere roeimaand."),
        ("paragraph", "De wedstrijden van de NSRF stonden"),
        ("paragraph", "Roeien blijft dus zeker een"),
        ("paragraph", "Bij de NSRF waren ook aardig wat"),
    ],
)

# ---- Muziekvereniging Berghem (muziekverenigingberghem.nl, Dutch brass band; news item) ------------
L(
    "mb_concert",
    None,
    [
        ("lede", "Afgelopen zaterdag was het concert", {"note": NOTITLE}),
        ("paragraph", "Aan het begin van het concert zijn"),
        ("site_text", "meer foto's hier", {"note": "link to a photo gallery: site text"}),
    ],
)

# ---- Hockey Meetjesland (hockeymeetjesland.be, Flemish hockey club; club news) ---------------------
L(
    "hm_spelers",
    None,
    [
        (
            "lede",
            "Op 20 september jl. werd de kaap",
            {
                "note": NOTITLE
                + "; "
                + CLEAN
                + " (the whole item is one paragraph; its 'klik je hier' is a link inside a sentence, kept as"
                " article text)"
            },
        ),
    ],
)

# ---- Radio Expres (radioexpres.be, Antwerp city radio; news item) ---------------------------------
L(
    "re_wijkkrant",
    (0, 0, None),
    [
        ("headline", "Wijkkrant ‘Bij de hand’ voorgesteld", {"note": CLEAN}),
        ("lede", "Vorige week werd de nieuwe wijkkrant"),
    ],
)

# ---- Stad Limburg (stadlimburg.be, Limburg campaign site; news item) -------------------------------
L(
    "sl_parlement",
    (0, 0, None),
    [
        ("headline", "Burgemeestersparlement: stap naar"),
        ("site_text", "artikel", {"note": "content-type label under the title: site text"}),
        ("lede", "De burgemeesters van de 42", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Landelijke Gilden (landelijkegilden.be, Flemish rural families' association; news) ------------
L(
    "lg_kerst",
    (2, 0, None),
    [
        ("site_text", "Menu", {"note": "menu button: site text"}),
        (
            "site_text",
            "Terug naar Actualiteit >",
            {"note": "back link / breadcrumb glued to the title on one line: site text"},
        ),
        ("headline", "De meest gezellige tijd van het jaar"),
        ("site_text", "Geschreven op 18 december 2019.", {"note": DATELINE + ", with its category ('- Nieuws')"}),
        ("site_text", "nieuwjaarswensen", {"note": "tag: site text"}),
        (
            "lede",
            "Beste leden,",
            {"note": "the letter's salutation, first line under the title (doubtful: could be a paragraph)"},
        ),
        ("paragraph", "Volgende week vieren we Kerstmis"),
        ("paragraph", "En dat je samen meer beleeft"),
        ("paragraph", "Samen maakten we onze dorpen niet"),
        ("paragraph", "Tot slot was 2019 ook het jaar"),
        ("paragraph", "Ik ben alvast trots en vereerd"),
        ("byline", "Sonja De Becker", {"note": "signature: name and function, two lines"}),
    ],
)

# ---- De Federatie (archief.defederatie.org, Flemish federation of adult education bodies; news) ----
L(
    "df_vormingplus",
    (1, 0, None),
    [
        ("site_text", "Beginpagina >", {"note": "breadcrumb repeating the title: site text"}),
        ("headline", "Vormingplus viert eerste lustrum", {"skip": 1}),
        ("site_text", "donderdag 19 februari 2009", {"note": DATELINE}),
        ("lede", "Op vrijdag 13 februari vierden de"),
        ("subheading", "5 jaar\n"),
        ("paragraph", "Vijf jaar geleden had minister van"),
        ("subheading", "Bundeling van praktijken"),
        ("paragraph", "En ja, een lustrum verder, zien we"),
        ("paragraph", "Naar aanleiding van hun lustrum"),
        ("subheading", "Guy Redig\n"),
        ("paragraph", "Frank Nobels, schepen van Cultuur", {"note": CUT}),
    ],
)

# ---- Urgent.fm (urgent.fm, Ghent city and student radio; news item) --------------------------------
L(
    "uf_filmfest",
    None,
    [
        ("lede", "In de wandelgangen van de het grote", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Het medialab van de Universiteit"),
        ("paragraph", "Alleen al in de laatste jaren zag"),
        ("paragraph", "En nu, tijdens Film Fest Gent zet"),
        ("paragraph", "Daar waar Tumult.fm dagelijks", {"note": CUT}),
    ],
)

# ---- Erfgoedgilde (erfgoedgilde.be, Flemish heritage association; event report) --------------------
L(
    "eg_ruilbeurs",
    (3, 0, None),
    [
        ("site_text", "ERFGOEDGILDE", {"note": "site name: site text"}),
        (
            "site_text",
            "Klik op Home en vervolgens op Nieuw",
            {"note": "standing navigation hint of the site: site text"},
        ),
        ("site_text", "Evenementen 2022", {"note": "section label: site text"}),
        ("headline", "BIJEENKOMST SEPTEMBER WIEKEVORST", {"note": "the title in capitals"}),
        ("lede", "Op zaterdag 17 september trotseerden", {"note": "the whole report is one paragraph"}),
        (
            "byline",
            "(Tekst: Dirk Vanhove - Foto’s:",
            {"note": "author and photographer credit in one line: byline (doubtful: photo credits are site text)"},
        ),
        ("site_text", "Klik op de eerste foto van de", {"note": "instruction for the photo galleries: site text"}),
    ],
)

# ---- Maria-ter-Heide (mariaterheide.info, Flemish village site; 'news of the past' item) -----------
L(
    "mt_kwb",
    None,
    [
        ("lede", "Tijdens de maandelijkse vergadering", {"note": NOTITLE + "; the whole item"}),
        ("site_text", "lees meer nieuws van vroeger", {"note": "link to the section: site text"}),
        (
            "site_text",
            "Een zware, bulldozer en een paar",
            {"note": "teaser of another old news item, after the section link: site text"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

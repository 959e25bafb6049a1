#!/usr/bin/env python3
"""Rebuild structure blind set 38 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch, Flemish and Surinamese news pages of news outlets: a Surinamese radio
station's news site, Dutch and Flemish trade news (agriculture, construction, inland shipping, marketing,
technology), a political-news aggregator and a regional news aggregator, local papers and their
e-papers (Emmen, Dokkum, Heiloo, the Achterhoek), a TV-guide news site, a Limburg radio station's
regional news page and a Flemish cycling news site. They come from the `search` tool's "pages" corpus
(stored public web pages, text as the store extracted it), which cannot be re-fetched by a script; so
the excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind38 and are NOT for the project repository.
Only the labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus
a START MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span, stripped
of surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to the
block's end; a string = a marker inside the block). Standard library only; the cutting is done by
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
    "r10_curacao": (
        "http://www.radio10.sr/nieuws/nieuwe-regering-curacao-onder-leiding-rhuggenaath-beedigd/69884",
        "2017-05",
    ),
    "no_varken": ("https://www.nieuweoogst.nl/nieuws/2025/09/17/weekend-van-het-varken-verbindt-boer-en-burger", None),
    "app_regen": ("https://app.1848.nl/document/item/554774", None),
    "cb_infra": ("https://issuu.com/bbvakmedianet/docs/cobouw_3_april_2025", None),
    "mr_adspend": (
        "https://marketingreport.nl/marketing-week-bob-koigi-ad-bestedingen-schieten-door-1-biljoen-dollar/?page=3",
        None,
    ),
    "em_gent": ("https://www.emerce.nl/achtergrond/blijft-gent-motor-belgische-technologie", None),
    "emd_n34": (
        "https://www.emmensdagblad.nl/112/automobilist-omgekomen-bij-ernstig-verkeersongeval-op-n34-bij-emmen",
        None,
    ),
    "ll_weert": ("https://limburglokaal.com/het-is-de-carnavalsstad-van-europa-maar-wie-weet-dat-buiten-weert-", None),
    "kvd_sionsberg": ("https://issuu.com/ndcmediagroep/docs/krant_van_dokkum?e=3738068/31962772", None),
    "uk_wittekerk": ("https://paper.uitkijkpost.nl/open/e3fda4e3", None),
    "bvk_visveiling": ("https://onlinekrant.binnenvaartkrant.nl/2016-23/59401444/20", None),
    "tvg_kiest": (
        "https://www.tvgids.nl/nieuws/televisie/nos-nederland-kiest-npo1-uitslagen-gemeenteraadsverkiezingen",
        None,
    ),
    "boo_regio": ("http://www.radioboo.be/regionieuws/boo-regionieuws-woensdag-7-november-2018", None),
    "el_knhs": ("https://www.elna.nl/nieuws/algemeen/272346/veel-belangstelling-bij-knhs-regio-kampioenschappen", None),
    "wk_bkveld": (
        "https://www.wielerkrant.be/nieuws/2022-01-09/"
        "uitslagen-bk-veldrijden-2022-wout-van-aert-en-sanne-cant-reden-meer-dan-minuut-weg-van-de-concurrentie",
        "2022-01",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
EDITION = "e-paper edition header (paper name and/or date or issue line, printed twice): site text, one block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Radio 10 (radio10.sr, Surinamese radio station's news site; Curaçao politics) ----------------
L(
    "r10_curacao",
    None,
    [
        ("lede", "Op Curaçao is maandagochtend", {"note": "store date prefix removed; " + NOTITLE + "; " + CLEAN}),
        ("paragraph", "Curaçao kende de afgelopen periode"),
    ],
)

# ---- Nieuwe Oogst (nieuweoogst.nl, Dutch agricultural trade news) --------------------------------
L(
    "no_varken",
    (0, 0, None),
    [
        ("headline", "Weekend van het Varken verbindt"),
        ("lede", "'Veel mensen zien niet vaak meer"),
        ("paragraph", "Het Weekend van het Varken wordt"),
        ("paragraph", "Veldhuis merkt dat het steeds"),
        (
            "site_text",
            "Bekijk meer over:",
            {"note": "label of the topic-page links under the article ('see more about:', the tags not extracted)"},
        ),
        (
            "site_text",
            "Lees ook\nMarktprijzen",
            {
                "note": "headings of the sidebar widgets ('read also', market prices, latest news, videos, "
                "knowledge partners, most read) without their items: site text, one block"
            },
        ),
        (
            "site_text",
            "Nieuw op MechanisatieMarkt.nl",
            {"note": "classified-ads widget of a sister site (used tractors): site text, one block"},
        ),
        ("site_text", "Vacatures\nMedewerker Akkerbouw", {"note": "job-ads widget: site text, one block"}),
        ("site_text", "Weer\n-\nDonderdag", {"note": "weather widget (three days): site text, one block"}),
    ],
)

# ---- 1848 (app.1848.nl, Dutch political news aggregator; item page) ------------------------------
L(
    "app_regen",
    (0, 0, None),
    [
        ("headline", "Zware regenbuien trekken over"),
        (
            "lede",
            "In Friesland hebben grote",
            {
                "note": "the aggregator's snippet of the item, cut by the aggregator and ended with ' …' (kept in "
                "the lede, doubtful: the ellipsis is the aggregator's cut mark); " + CLEAN
            },
        ),
    ],
)

# ---- Cobouw (cobouw.nl, Dutch construction trade paper; e-paper front page on issuu) -------------
L(
    "cb_infra",
    None,
    [
        (
            "site_text",
            "Nummer 13, 164ste jaargang",
            {"note": EDITION + " (issue number, volume and date); the lead article's title is not in the excerpt"},
        ),
        (
            "site_text",
            "Aluminium kozijnen\nMet kunststof",
            {"note": "advertisement (window frames): site text, one block"},
        ),
        (
            "site_text",
            "‘Bouwers, stap over op andere",
            {"note": "three front-page teasers with their format labels and page numbers: site text, one block"},
        ),
        (
            "site_text",
            "VERHOGEN VAN DAKEN VIJZELEN",
            {
                "note": "capitalised services line of an advertisement ('raising roofs, jacking'): site text "
                "(doubtful: could be read as a kicker or the lead article's title; the article is about "
                "Rijkswaterstaat contracts)"
            },
        ),
        ("byline", "DOOR THOMAS VAN BELZEN"),
        ("lede", "Rijkswaterstaat zet komend jaar", {"note": "the lead article's intro"}),
        (
            "paragraph",
            "Van kustlijnzorg, gladheidsbestrijding",
            {
                "note": "one paragraph across a line break that falls mid-sentence ('aspect is\\nvooral', a "
                "column break of the print page), kept as one block (doubtful); " + CUT
            },
        ),
    ],
)

# ---- MarketingReport (marketingreport.nl, Dutch marketing trade news; weekly column) -------------
L(
    "mr_adspend",
    (0, 0, None),
    [
        (
            "headline",
            "[Marketing Week] Bob Koigi",
            {
                "note": "the title with the column's rubric tag '[Marketing Week]' glued before it on one line: the tag "
                "stays in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        (
            "site_text",
            "[Marketing Week] Het laatste",
            {
                "note": "the column's standing tagline ('the latest international marketing news') with its "
                "rubric tag: site text (doubtful: could be read as a deck)"
            },
        ),
        ("lede", "De wereldwijde advertentie-investering"),
        ("paragraph", "Achter dat grote getal gaat"),
        ("paragraph", "Merken die investeren in resultaat"),
        ("subheading", "Campagnes van de week"),
        ("paragraph", "UNICEF heeft in Brasília"),
        ("paragraph", "McCann Manchester ontwikkelde"),
        ("paragraph", "Deutsche Telekom heeft de vier"),
        ("subheading", "Bureaus en accounts"),
        ("paragraph", "BVGroup heeft Bountiful Cow"),
        ("paragraph", "Serviceplan Group en Phrenos", {"note": CUT}),
    ],
)

# ---- Emerce (emerce.nl, Dutch technology and e-business trade news) ------------------------------
L(
    "em_gent",
    (0, 0, None),
    [
        ("headline", "Zo blijft Gent de motor van de"),
        ("lede", "Gent verstevigt zijn positie als", {"note": "the intro under the title; " + CLEAN}),
        ("paragraph", "Het is deze maand precies een jaar"),
        ("paragraph", "De Gentse techscene heeft ook wel"),
        ("paragraph", "Er gaat vandaag twee keer meer"),
        ("paragraph", "Ook Louis Jonckheere is ervan", {"note": CUT}),
    ],
)

# ---- Emmens Dagblad (emmensdagblad.nl, local news site of Emmen, Drenthe) -------------------------
L(
    "emd_n34",
    None,
    [
        ("lede", "EMMEN – Op tweede kerstdag is een", {"note": NOTITLE + "; first paragraph with its dateline"}),
        ("paragraph", "Een van de bestuurders, een"),
        ("paragraph", "Meerdere hulpdiensten werden"),
        ("site_text", "10.1 ℃", {"note": "temperature of the site's weather widget: site text"}),
    ],
)

# ---- Limburglokaal (limburglokaal.com, Limburg news aggregator; item page pointing to NRC) -------
L(
    "ll_weert",
    (0, 0, None),
    [
        ("headline", "Het is dé carnavalsstad van Europa"),
        (
            "site_text",
            "1. Extern\n  2. Het is dé",
            {"note": "breadcrumb (section 'Extern' and the title again), a numbered list: site text, one block"},
        ),
        ("site_text", "2025-02-27 20:00:00", {"note": "publication date and time: site text"}),
        (
            "lede",
            "Weert mag zich dit jaar dé",
            {
                "note": "the aggregator's snippet of the source article, ending in its cut marks '”...…' (kept in "
                "the lede, doubtful)"
            },
        ),
        ("site_text", "Lees het hele artikel", {"note": "read-more link of the aggregator: site text"}),
        ("site_text", "Deel dit artikel met je familie", {"note": "share line: site text"}),
        (
            "site_text",
            "Redactie Limburglokaal.com",
            {
                "note": "the aggregator's credit box: 'Redactie' label without a name and the notice that the "
                "article was not written by it, with the source (NRC Handelsblad): site text, one block"
            },
        ),
    ],
)

# ---- Krant van Dokkum (NDC mediagroep, local weekly of Dokkum, Friesland; e-paper page 1 on issuu)
L(
    "kvd_sionsberg",
    (3, 0, None),
    [
        ("site_text", "Page 1\n", {"note": "page label of the e-paper viewer (in English): site text"}),
        (
            "site_text",
            "woensdag 16 december 2015",
            {
                "note": "edition header: date and the paper's nameplate (glued to the first teaser): site text, one block"
            },
        ),
        (
            "site_text",
            "De verrassingen van theater Sense",
            {
                "note": "two front-page teasers with page numbers: site text, one block (the line is split after the nameplate)"
            },
        ),
        ("headline", "Sionsberg bouwt weer"),
        ("site_text", "dokkum\n", {"note": "place rubric above the article: site text"}),
        ("byline", "HANS WILLEMS DOKKUM", {"note": "author name in capitals glued before the dateline"}),
        (
            "lede",
            "DOKKUM Na het rampjaar 2015 volg",
            {
                "note": "first paragraph with its dateline; a word hyphenated across a blank line ('volg-\\n\\nde') "
                "is kept in one block"
            },
        ),
        ("paragraph", "Er wordt weer gebouwd in Sionsberg", {"note": CUT}),
    ],
)

# ---- De Uitkijkpost (paper.uitkijkpost.nl, local weekly of Heiloo, Noord-Holland; e-paper) --------
L(
    "uk_wittekerk",
    (1, 0, None),
    [
        ("site_text", "De Uitkijkpost\n\n12 juli 2017", {"note": EDITION}),
        ("headline", "Uitreiking bouwhistorisch onderzoek"),
        (
            "caption",
            "Steven Kalverdijk (l) en Kris van",
            {
                "tail": "Foto: Natalie Bottemanne",
                "note": "photo caption; the photographer credit glued to its end is the tail",
            },
        ),
        ("lede", "HEILOO – De Witte Kerk in het", {"note": "first paragraph with its place dateline"}),
        ("subheading", "Een stukje historie"),
        ("paragraph", "Op de plek van de huidige Witte"),
        ("subheading", "Een centrale plaats voor iedereen"),
        ("paragraph", "In 2012 werd Stichting Monument", {"note": CUT}),
    ],
)

# ---- De Binnenvaartkrant (binnenvaartkrant.nl, Dutch inland-shipping trade paper; online paper) --
L(
    "bvk_visveiling",
    (4, 0, None),
    [
        (
            "site_text",
            "Views\n2 years ago",
            {"note": "the viewer's view-count label and relative publication time (in English): site text, one block"},
        ),
        ("site_text", "2016-23\n", {"note": "issue number of the online paper: site text"}),
        (
            "site_text",
            " • Text\n • Schip",
            {"note": "the viewer's keyword list of the page (bulleted): site text, one block"},
        ),
        (
            "site_text",
            "De Binnenvaartkrant 20 8\n",
            {
                "note": "running page header (paper, page 20, date 8 november 2016) printed twice, the second "
                "glued before the title: site text, one block"
            },
        ),
        ("headline", "Visveiling Urk vaart wel bij"),
        (
            "subheading",
            "“Alle lichten staan op groen”",
            {"note": "quoted subtitle glued after the title (doubtful: a deck; could be taken into the headline)"},
        ),
        ("byline", "Door Evert Bruinekool"),
        (
            "lede",
            "Visveiling Urk is in 2008 ontstaan",
            {"note": "paragraphs glued on one line, kept as one block up to the glued subheading"},
        ),
        (
            "subheading",
            "Sorteermachine De sorteermachine",
            {"note": "section title glued inline before its first sentence"},
        ),
        ("paragraph", "De sorteermachine riep eerst"),
        (
            "caption",
            "Berend Hakvoort: “We hebben er",
            {
                "tail": "(foto’s E.J. Bruinekool",
                "note": "photo caption (a quote) glued into the middle of a sentence of the running text, with the "
                "photo credit as its tail (doubtful: could be read as a pull quote)",
            },
        ),
        (
            "paragraph",
            "van gelijk gewicht in dezelfde krat",
            {"note": "the sentence interrupted by the caption, continued; " + CUT},
        ),
    ],
)

# ---- TVgids.nl (tvgids.nl, Dutch TV-guide news site) ---------------------------------------------
L(
    "tvg_kiest",
    None,
    [
        ("site_text", "TVgids.nl\n", {"note": "site name: site text; " + NOTITLE}),
        (
            "site_text",
            "Klik op 'toestaan' om meldingen",
            {"note": "push-notification prompt ('click allow to receive notifications'): site text"},
        ),
        ("site_text", "Televisie\n", {"note": "section name: site text"}),
        ("lede", "In Nederland Kiest: de Uitslagen", {"note": "the intro"}),
        ("paragraph", "De uitslagen daarvan worden rond"),
        ("paragraph", "Nederland gaat vandaag naar de"),
        ("paragraph", "Er zijn dit jaar exitpolls in zeven"),
        ("paragraph", "De opkomst bij de gemeenteraads"),
        (
            "site_text",
            "Julia Heetman deelt de allereerste",
            {
                "note": "latest-news widget: titles of other items, most with their time glued before them "
                "('11:58Eerste'): site text, one block; " + CUT
            },
        ),
    ],
)

# ---- Radio BOO (radioboo.be, Limburg (Belgium) local radio station; daily regional news page) ----
L(
    "boo_regio",
    None,
    [
        (
            "lede",
            "Ruim 1 op 4 Limburgse gemeenten",
            {"note": NOTITLE + "; a daily round-up of regional news items, each its own paragraph; " + CLEAN},
        ),
        ("paragraph", "In de Nieuwstraat in Genk is een"),
        ("paragraph", "Sinds 2016 zijn in Riemst diverse"),
        ("paragraph", "Kiwanis Tongeren Ambiorix"),
        ("paragraph", "In de nieuwe gids van Gault&Millau", {"note": CUT}),
    ],
)

# ---- Elna (elna.nl, free local weekly of the Achterhoek) -----------------------------------------
L(
    "el_knhs",
    (2, 0, None),
    [
        (
            "site_text",
            "Sfeerimpressie van het evenement.",
            {"note": "alt text of the photo (with its credit), printed before the caption: site text"},
        ),
        (
            "caption",
            "Sfeerimpressie van het evenement.",
            {
                "skip": 0,
                "tail": "Foto: Janette van Egten",
                "note": "photo caption; the photographer credit glued to its end is the tail",
            },
        ),
        ("headline", "Veel belangstelling bij KNHS"),
        ("site_text", "Algemeen\n", {"note": "section name: site text"}),
        ("byline", "Tekst en foto Janette van Egten"),
        ("lede", "ZIEUWENT - De regio-kampioenschappen", {"note": "the whole report is one paragraph"}),
        ("site_text", "Foto: Janette van Egten", {"note": "photo credit of a second photo: site text"}),
        (
            "site_text",
            "Advertenties doorgeplaatst vanuit",
            {"note": "label of the ads block ('advertisements carried over from the paper'): site text"},
        ),
    ],
)

# ---- Wielerkrant (wielerkrant.be, Flemish cycling news; championship results) --------------------
L(
    "wk_bkveld",
    None,
    [
        ("lede", "Om het BK veldrijden helemaal af", {"note": "store date prefix removed; " + NOTITLE + "; " + CLEAN}),
        ("paragraph", "Tenminste als het gaat over winst."),
        ("paragraph", "Nog iets dat opvalt wanneer we"),
        ("subheading", "Top 10 dames elite"),
        ("list_item", "1. Sanne Cant", {"note": "numbered result lines are list items, one block each"}),
        ("list_item", "2. Marion Norbert-Riberolle"),
        ("list_item", "3. Laura Verdonschot"),
        ("list_item", "4. Alicia Franck"),
        ("list_item", "5. Lotte Kopecky"),
        ("list_item", "6. Marthe Truyen"),
        ("list_item", "7. Suzanne Verhoeven"),
        ("list_item", "8. Kiona Crabbé"),
        ("list_item", "9. Karen Verhestraeten"),
        ("list_item", "10. Jana Dobbelaere"),
        ("paragraph", "Bij de mannen doet Laurens Sweeck"),
        ("subheading", "Top 10 heren elite"),
        ("list_item", "1. Wout van Aert"),
        ("list_item", "2. Laurens Sweeck"),
        ("list_item", "3. Quinten Hermans"),
        ("list_item", "4. Jens Adams"),
        ("list_item", "5. Gianni Vermeersch"),
        ("list_item", "6. Michael Vanthourenhout"),
        ("list_item", "7. Toon Aerts"),
        ("list_item", "8. Daan Soete"),
        ("list_item", "9. Toon V", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

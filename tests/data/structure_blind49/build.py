#!/usr/bin/env python3
"""Rebuild structure blind set 49 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of sixteen outlets none of which is in an
earlier structure set, eight from the Netherlands and eight from Flanders: a chess club, a brass
band, a car news site, a Christian opinion magazine, a neighbourhood website (Amersfoort), a
Protestant parish, a GPs' journal and a local weekly (Oegstgeest); a volleyball club, a district
magazine (Borgerhout), an installers' trade magazine, a provincial tourist board's blog (Limburg),
a student-journalism site (Ghent), a young farmers' organisation, an athletics club (Alken) and an
amateur theatre society (Diest). They come from the `search` tool's "pages" corpus (stored public
web pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts
are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That
file and the texts stay in /work/data/structure-blind49 and are NOT for the project repository.
Only the labels (ours) live here, in LABELS, and they hold no article text: each block is a kind
plus a START MARKER (the first characters of the block, at most 38, with an occurrence skip count
where needed). A block runs from its marker to the next block's marker; its gold text is that span,
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
    "dp_snelschaak": ("http://depionier.blogspot.com/2019/01/kerstsnelschaaktoernooi.html", None),
    "jh_concert": ("https://juliana-holtum.nl/?p=756", None),
    "ab_appen": (
        "https://www.autoblog.nl/nieuws/politie-pakt-appende-bestuurders-100-000-euro-aan-boetes-116090",
        "2018-10",
    ),
    "vo_wasewind": ("http://www.vcoutlaws.be/?p=192", None),
    "bv_droom": ("https://www.borgerhoutvanmensen.be/2017/03/15/ik-droom-van-een-borgerhout/", None),
    "ib_greyday": ("https://www.installatieenbouw.be/magazine/nr-01-2020/", None),
    "vl_fruit": (
        "https://www.visitlimburg.be/nl/blog/het-fotoarchief-het-fruitverhaal-van-sint-truiden-van-toen-naar-nu",
        None,
    ),
    "nk_droom": ("https://denieuwekoers.nl/artikel/de-conservatieve-droom/", None),
    "cm_hogescholen": (
        "https://communicatiemanagement.gent/uncategorized/hogescholen-steken-een-tandje-bij-voor-de-maatschappij/",
        None,
    ),
    "sk_vacatures": (
        "https://www.soesterkwartier.info/mededelingen-en-oproep-aan-alle-bewoners-soesterkwartier/",
        None,
    ),
    "gk_veiling": (
        "https://www.groenekring.be/nieuws/luc-vanoirbeek-geeft-een-inkijk-zijn-producentencooperatie",
        None,
    ),
    "pg_braille": ("http://www.pkngrijpskerk.nl/default.asp?iId=GFKJKF", None),
    "hw_farmaco": ("https://henw.org/node/7348", None),
    "ac_veldloop": ("https://www.acalken.be/post/17-11-24-bk-veldloop-te-hulshout", None),
    "kv_zitten": ("https://www.kvt.be/geschiedenis/bij-ons-zit-je-goed", None),
    "oc_omroep": (
        "https://www.oegstgeestercourant.nl/nieuws/politiek/91476/politieke-bespiegelingen-een-nieuwe-omroep-voor-oegstgeest",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- De Pionier (depionier.blogspot.com, chess club of Hellevoetsluis; club report) -------------
L(
    "dp_snelschaak",
    (1, 0, None),
    [
        ("site_text", "maandag 7 januari 2019", {"note": "the blog's date line above the post: site text"}),
        ("headline", "Kerstsnelschaaktoernooi"),
        ("lede", "Rond de Kerstdagen (en straks ook met"),
        ("paragraph", "Eigenlijk waren er maar 3 niet-Pionier"),
        ("paragraph", "In de eerste ronde mocht Martijn van"),
        ("paragraph", "Er waren dus negen winnaars in de", {"note": CUT}),
    ],
)

# ---- Juliana Holtum (juliana-holtum.nl, brass band of Holtum; concert announcement) -------------
L(
    "jh_concert",
    None,
    [
        ("lede", "Vijf fanfares, één orkest.", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Dit concert vindt plaats in de Schouwb"),
        ("paragraph", "Noteer de concertdatum daarom"),
    ],
)

# ---- Autoblog (autoblog.nl, Dutch car news site; news item) -------------------------------------
L(
    "ab_appen",
    None,
    [
        (
            "lede",
            "Wat nou trajectcontroles.",
            {"note": NOTITLE + "; the site's two-sentence intro under the (absent) title"},
        ),
        ("paragraph", "De politie heeft een nieuwe troef in"),
        ("paragraph", "In het oosten des lands hebben ze er"),
        ("paragraph", "Agenten constateerden vanuit de bus"),
        ("paragraph", "De afgelopen dagen wist de politie in"),
        (
            "paragraph",
            "De politieactie werd dit keer georgani",
            {
                "tail": "(via Omroep Gelderland)",
                "note": "the source credit '(via Omroep Gelderland)' glued to the last paragraph: site_text_tail (doubtful: other sets kept source credits out as byline-like)",
            },
        ),
    ],
)

# ---- VC Outlaws (vcoutlaws.be, volleyball club; match report) -----------------------------------
L(
    "vo_wasewind",
    None,
    [
        (
            "lede",
            "Uitslag : 4-3",
            {
                "note": NOTITLE
                + "; "
                + CLEAN
                + "; result and set scores on two lines: one block, the report's opening (doubtful: could be two list items)"
            },
        ),
        ("paragraph", "Aanwezig: Sammy en Marc als passeurs."),
        ("paragraph", "Roel maakte zijn lang verwachte debuut"),
        ("paragraph", "Set 1 begon met Roel, Sammy, Joris,"),
        ("paragraph", "Set 2 begon Roel, Sammy, Alexander,"),
        ("paragraph", "Set 3 begon met Marc, Samuel, Celien,"),
        ("paragraph", "Alles was door de setstanden van de"),
        ("paragraph", "Het bleef gelijk tot 7-7."),
        ("paragraph", "Set 4 begint met Sammy, Samuel, Roel,", {"note": CUT}),
    ],
)

# ---- Borgerhout van Mensen (borgerhoutvanmensen.be, district magazine of Borgerhout) -------------
L(
    "bv_droom",
    (0, 0, None),
    [
        ("headline", "“Ik droom van een Borgerhout…”"),
        ("lede", "Welzijnswerkers, vrijwilligers,"),
        (
            "site_text",
            "Bron: Gazet van Antwerpen",
            {
                "note": "source line under the intro (the piece is taken from a newspaper): site text (doubtful: could be read as a source credit kept out as byline)"
            },
        ),
        ("subheading", "‘‘…waar ook senioren een actieve rol"),
        ("paragraph", "Ine Bormans werkt voor Zorgbedrijf"),
        ("subheading", "‘‘…dat solidair is met iedereen.’’"),
        ("paragraph", "Ilias El Abdellaoui is actief bij het"),
        ("subheading", "‘‘…met meer open, groene ruimte.’’"),
        ("paragraph", "Kris Mys is architect en woont op", {"note": CUT}),
    ],
)

# ---- Installatie & Bouw (installatieenbouw.be, Belgian installers' trade magazine; editorial) ----
L(
    "ib_greyday",
    (2, 0, None),
    [
        ("site_text", "Magazines / Nr 01 2020", {"note": "breadcrumb: site text"}),
        ("site_text", "Nr 01 2020", {"skip": 1, "note": "the issue's page title (issue number): site text"}),
        ("headline", "Grey day", {"note": "title of the issue's editorial, the text of the page"}),
        ("lede", "De champagne is nog maar net verteerd", {"note": "the editorial is one paragraph; " + CUT}),
    ],
)

# ---- Visit Limburg (visitlimburg.be, tourist board of the province of Limburg; blog article) ----
L(
    "vl_fruit",
    (1, 0, None),
    [
        ("site_text", "01-10-2024", {"note": "publication date line: site text"}),
        (
            "headline",
            "Het fotoarchief: Het fruitverhaal van",
            {"note": "the title with its series kicker 'Het fotoarchief:' on the same line"},
        ),
        ("lede", "Wie Sint-Truiden zegt, zegt fruit."),
        ("subheading", "Meer dan een appeltje voor de dorst"),
        ("paragraph", "De fruitteelt begon eeuwen geleden als"),
        ("paragraph", "Onder impuls van de nieuwe spoorwegen"),
        ("subheading", "Innovatief Haspengouw"),
        ("paragraph", "Efficiëntie bleek de sleutel te zijn."),
        ("paragraph", "In de jaren ‘80 kwamen daar ook", {"note": CUT}),
    ],
)

# ---- De Nieuwe Koers (denieuwekoers.nl, Dutch Christian opinion magazine; essay teaser) ---------
L(
    "nk_droom",
    (0, 0, None),
    [
        ("headline", "De conservatieve droom"),
        ("lede", "Wie terugbladert in de geschiedenis,"),
        (
            "paragraph",
            "Het zijn de opengebroken wonden van",
            {"note": "the free part of the essay, ending where the paywall cuts it ('met de beste bedoelingen,…')"},
        ),
        (
            "site_text",
            "Verder lezen? Meld je aan voor onze",
            {"note": "paywall and registration box (three prompts, login link, terms line): site text, one block"},
        ),
        (
            "site_text",
            "Anne-Marie van Briemen: ‘Ik dacht: als",
            {"note": "list of titles of other articles: site text, one block"},
        ),
        (
            "site_text",
            "De bruid uit Rome, deel 11: Opdat zij",
            {"note": "teasers of other articles (title, date glued to the teaser): site text, one block; " + CUT},
        ),
    ],
)

# ---- Communicatiemanagement.gent (student-journalism site, HOGENT communication management) -----
L(
    "cm_hogescholen",
    None,
    [
        ("lede", "De hogescholen in Vlaanderen delen", {"note": NOTITLE + "; the article's intro"}),
        (
            "byline",
            "Tekst: Robbe Denayer en Alexandra",
            {
                "tail": "Foto: Arteveldehogeschool",
                "note": "author line; the photo credit glued to it on the same line is the tail (site text)",
            },
        ),
        ("paragraph", "Vlaanderen telt zo’n zestien"),
        ("subheading", "Gemeenschappelijk engagement"),
        ("paragraph", "Sommige hogescholen pakken het klein"),
        ("paragraph", "Andere hogescholen zoeken een externe", {"note": CUT}),
    ],
)

# ---- Soesterkwartier.info (neighbourhood website of the Soesterkwartier, Amersfoort) ------------
L(
    "sk_vacatures",
    None,
    [
        (
            "site_text",
            "Logo-Redactie-",
            {"note": "image name of the editors' logo glued to the first sentence: site text; " + NOTITLE},
        ),
        ("lede", "Voor wie het leuk vindt om iets te"),
        ("subheading", "1. Het Wijkbewonersteam – voorheen", {"note": "numbered item title of the list of vacancies"}),
        ("paragraph", "Al ruim twintig jaar is er een WBT in"),
        (
            "subheading",
            "1. De Redactie van de wijkwebsite zoek",
            {"note": "second numbered item title (numbered '1.' again by the page)"},
        ),
        ("site_text", "redactieruimte2", {"note": "image name glued to the paragraph: site text"}),
        ("paragraph", "Na al een paar jaar in een andere vorm", {"note": CUT}),
    ],
)

# ---- Groene Kring (groenekring.be, Flemish young farmers' organisation; interview) --------------
L(
    "gk_veiling",
    (0, 0, None),
    [
        ("headline", "“Het doel van een veiling is haar", {"note": "the title, a quote of the interviewee"}),
        (
            "lede",
            "Dag Luc. Wat doet VBT precies?",
            {"note": CLEAN + "; the first interview question opens the text (no intro): taken as the lede"},
        ),
        ("paragraph", "Luc: “VBT is een koepelorganisatie die"),
        ("paragraph", "Wij zorgen ervoor dat binnen onze"),
        ("paragraph", "Worden de tuinbouwers betrokken bij"),
        ("paragraph", "Luc: “De producentenorganisaties worde", {"note": CUT}),
    ],
)

# ---- PKN Grijpskerk (pkngrijpskerk.nl, Protestant parish of Grijpskerk; church news) ------------
L(
    "pg_braille",
    (1, 0, None),
    [
        ("site_text", "Kerknieuws", {"note": "section label above the item: site text"}),
        ("headline", "Braille in de kerk"),
        ("lede", "Kerken kunnen zelf de liturgie"),
        ("subheading", "Braillemapjes in de kerk en een", {"note": "title of the article the intro announces"}),
        ("paragraph", "Nog een paar dagen en dan is het"),
        ("paragraph", "Deze mapjes worden de dagen ervoor"),
        ("paragraph", "Behalve deze brailleteksten leest Chie", {"note": CUT}),
    ],
)

# ---- Huisarts en Wetenschap (henw.org, Dutch GPs' journal; article) -----------------------------
L(
    "hw_farmaco",
    None,
    [
        ("subheading", "Samenvatting", {"note": "section heading of the abstract; " + NOTITLE}),
        (
            "site_text",
            "Knottnerus JA. Huisarts en farmacother",
            {
                "note": "the journal's citation line (author, title, volume and pages) glued on one line to the abstract: site text (doubtful: it holds the article's title and author and could be read as a byline)"
            },
        ),
        ("lede", "De Nederlandse huisartsgeneeskunde", {"note": "the abstract"}),
        ("subheading", "Inleiding"),
        ("paragraph", "Het belang van een sterke eerste lijn", {"note": CUT}),
    ],
)

# ---- AC Alken (acalken.be, athletics club of Alken; competition report) -------------------------
L(
    "ac_veldloop",
    None,
    [
        ("lede", "Alsof de zondag nog niet druk genoeg", {"note": NOTITLE}),
        ("paragraph", "Bij de kangeroes mannen was dit"),
        ("paragraph", "Oudere broer Vandevoort Berre werd"),
        ("paragraph", "De scholieren mannen liepen al 3940m."),
        ("paragraph", "De man die alles kan lopen/springen"),
        ("paragraph", "Na al dat mannelijk geweld konden we"),
        (
            "paragraph",
            "Het is weer op zijn plaats om Jens",
            {"note": "the writer's thanks for the photos: article text, a paragraph"},
        ),
        ("site_text", "Comments", {"note": "label of the comments section (English): site text"}),
    ],
)

# ---- Koninklijk Vlaams Toneel (kvt.be, amateur theatre society of Diest; history article) -------
L(
    "kv_zitten",
    (0, 0, None),
    [
        ("headline", "Bij ons zit je goed!"),
        (
            "site_text",
            "BIJ ONS ZIT JE GOED !",
            {"note": "the title printed again in capitals: site text (doubtful: which copy is the headline)"},
        ),
        ("byline", "Door Jeffrey Sprockeels"),
        ("lede", "'Bij ons zit je goed 'is al jarenlang"),
        ("paragraph", "Eigenlijk bedoelt men daar een beetje"),
        ("paragraph", "Maar de slogan impliceert zeker ook"),
        ("paragraph", "Inderdaad, weinig theaters te lande"),
        ("subheading", "Eigenaar van globale toneelinfrastruct"),
        ("paragraph", "Het KVT is met haar 175-jarige bestaan"),
        ("paragraph", "Heden ten dage, na 175 jaar, beschikt"),
        ("paragraph", "Aanvankelijk waren er 154 zitplaatsen,"),
        ("paragraph", "Daarnaast is er een zeer ruime en"),
        ("paragraph", "Op de eerste verdieping vinden we dan", {"note": CUT}),
    ],
)

# ---- Oegstgeester Courant (oegstgeestercourant.nl, local weekly of Oegstgeest; column) ----------
L(
    "oc_omroep",
    (1, 0, None),
    [
        ("site_text", "Afbeelding", {"note": "placeholder of the lead image ('Afbeelding'): site text"}),
        (
            "headline",
            "Politieke bespiegelingen - Een nieuwe",
            {"note": "the title with the column's name 'Politieke bespiegelingen -' on the same line"},
        ),
        ("site_text", "Politiek", {"note": "section label under the title: site text"}),
        ("lede", "Het was geen groot nieuws meer."),
        ("paragraph", "Voor een gezonde democratie zijn"),
        ("paragraph", "Publieke omroepen –landelijk,"),
        ("paragraph", "Tot vorig jaar waren er in de Leidse", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

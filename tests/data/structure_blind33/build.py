#!/usr/bin/env python3
"""Rebuild structure blind set 33 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: Dutch local news sites and
papers (Nederweert municipal news, 112nieuws, Stad Doetinchem, Brabants Centrum, Surhuisterveen.com,
Wegdam Nieuws, DMG Deurne), a national radio station's regional item (NPO Radio 5), Dutch niche news
(Treinreiziger.nl, Mr. Online), news aggregators and mirrors (Welkomstbord, Hackwerk, Nieuwsfeed,
Dutchnieuws), a Belga press release of the Flemish government and the Flemish performing-arts
magazine Etcetera. They come from the `search` tool's "pages" corpus (stored public web pages, text
as the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind33 and are NOT for the project repository. Only the labels (ours)
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
    "nw_tellen": ("https://www.nederweert.nl/stembureaus-gesloten-het-tellen-is-begonnen", None),
    "n112_spoor": ("https://112nieuws.net/2025/01/23/treinverkeer-stilgelegd-tot-1345-uur-na-aanrijding", None),
    "sd_burgemeester": (
        "https://www.staddoetinchem.nl/nieuws/algemeen/219861/in-gesprek-met-de-burgemeester-20-augustus-2018-",
        None,
    ),
    "wb_vanderpoel": (
        "https://toscana.welkomstbord.nl/2025/08/18/minder-eten-geen-optie-voor-mathieu-van-der-poel-zelfs-als-ik-tien-kilo-afval-zal-ik-tour-de-france-niet-winnen",
        None,
    ),
    "bc_autoruiten": ("https://www.brabantscentrum.nl/nieuws/algemeen/38211/autoruiten-aan-gort-op-hoogheem", None),
    "hw_gevangenis": ("http://hackwerk.net/aggregator/sources/3?page=6", None),
    "wd_hengevelde": (
        "https://wegdamnieuws.nl/algemeen/ondernemers-hengevelde-positief-kritisch-om-tafel-met-burgemeester-ellen-en-haar-college-2/",
        None,
    ),
    "tr_boetes": ("https://www.treinreiziger.nl/utrecht-wil-transdev-en-keolis-beboeten-voor-problemen-met-ov", None),
    "mr_juridischjaar": (
        "https://www.mr-online.nl/het-juridisch-jaar-2024-zorgen-over-de-rechtsstaat-veeleisende-clienten-en-pandakte-op-bierviltje/",
        None,
    ),
    "sv_drachten": ("https://www.surhuisterveen.com/actueel/drachten-lonkt-naar-heerenveen", None),
    "r5_dronten": (
        "https://nporadio5.nl/fragmenten/bertop5/eff36516-4651-45f6-90fe-a80d33280bbb/2024-01-04-dronten-wil-meer-inwoners",
        None,
    ),
    "dmg_soemeersingel": ("https://dmgdeurne.nl/blog/page/145/?arena_mid=QmWncONBLhnqwC2Bb1XN", None),
    "nf_lerarentekort": (
        "https://www.nieuwsfeed.com/2022/11/24/lerarentekort-stijgt-enorm-en-sommige-scholen-worden-harder-getroffen-dan-andere/",
        None,
    ),
    "belga_regering": ("http://www.belga.be/nl/press-release/details-61320/?langpr=NL", None),
    "etc_meesters": ("https://e-tcetera.be/te-veel-vlaamse-meesters/", None),
    "dn_zomerkamp": ("https://dutchnieuws.nl/?p=120649", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
QA = "interview: the interviewer's questions and the mayor's answers are paragraphs"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Gemeente Nederweert (nederweert.nl, municipal news of Nederweert, Limburg; election night) ---
L(
    "nw_tellen",
    (0, 0, None),
    [
        ("headline", "Stembureaus gesloten: het tellen is"),
        ("lede", "De stemlokalen zijn gesloten en het"),
        (
            "paragraph",
            "Vanaf 21.30 uur worden de uitslagen",
            {
                "tail": "Volg hier de livestream",
                "note": "the closing link sentence 'Volg hier de livestream van de uitslagenavond.' (a promo for the"
                " livestream, glued to the paragraph) is the tail (doubtful: it is a sentence of the item)",
            },
        ),
    ],
)

# ---- 112nieuws.net (Dutch emergency-services news site; Limburg) --------------------------------
L(
    "n112_spoor",
    (1, 0, None),
    [
        ("site_text", "Limburg\n", {"note": "region label (kicker) on its own line above the title: site text"}),
        ("headline", "Treinverkeer stilgelegd tot 13:45 uur"),
        ("lede", "Het treinverkeer tussen Weert en"),
        ("paragraph", "Het ongeval gebeurde rond 10:35 uur"),
        ("paragraph", "Volgens de NS is het treinverkeer"),
        ("site_text", "Foto: Ter illustratie", {"note": "photo note ('photo: for illustration'): site text"}),
    ],
)

# ---- Stad Doetinchem (staddoetinchem.nl, free local paper of Doetinchem, Achterhoek) -----------
L(
    "sd_burgemeester",
    (1, 0, None),
    [
        (
            "site_text",
            "In gesprek met de burgemeester...",
            {
                "note": "two shortened title copies ('...') and the rubric name 'In gesprek met de burgemeester'"
                " above the title: site text, one block (doubtful: the third line could be read as the"
                " headline or a rubric kicker)"
            },
        ),
        (
            "headline",
            "In gesprek met de burgemeester | 20",
            {"note": "the page title (rubric name | date of the interview, as in the url)"},
        ),
        ("site_text", "\n20 augustus 2018", {"note": "publication date line: site text"}),
        ("lede", "Burgemeester, er is recentelijk weer", {"note": "first question; " + QA}),
        ("paragraph", '"Dat hangt ervan af vanuit welk'),
        ("paragraph", "Achterhoekse gemeenten hebben de"),
        ("paragraph", '"Achterhoek is een sterk regiomerk'),
        ("paragraph", "Cultuurhistorisch heeft de Liemers"),
        ("paragraph", '"Het cultuurhistorische is nog wel'),
        ("paragraph", "Doetinchem vormt als bestuurlijke", {"note": CUT}),
    ],
)

# ---- Welkomstbord (toscana.welkomstbord.nl, news mirror/aggregator; cycling) --------------------
L(
    "wb_vanderpoel",
    None,
    [
        ("lede", "Vier weken na een zware longontsteking", {"note": NOTITLE + "; the intro (standfirst) only"}),
        ("site_text", "Categorieën", {"note": "the aggregator's 'Categories' widget heading: site text"}),
    ],
)

# ---- Brabants Centrum (brabantscentrum.nl, local weekly of Boxtel / Sint-Michielsgestel) --------
L(
    "bc_autoruiten",
    None,
    [
        ("lede", ",,Dat is mijn auto!” Een bewoonster", {"note": NOTITLE + "; the text carries no site text"}),
        ("paragraph", "Afgelopen nacht zijn van in ieder"),
        ("paragraph", "Of er iets is gestolen bij de"),
    ],
)

# ---- Hackwerk (hackwerk.net, a Drupal feed aggregator; its NOS source page) ---------------------
L(
    "hw_gevangenis",
    (1, 0, None),
    [
        (
            "site_text",
            "NOS Nieuws - Algemeen",
            {"note": "the aggregator's name of the feed the item comes from: site text"},
        ),
        ("headline", "Gevangenisstraffen uitgesteld vanwege"),
        (
            "site_text",
            "3 days 23 hours ago",
            {"note": "the aggregator's relative time, in English: site text"},
        ),
        ("lede", "Mensen die zich na een veroordeling"),
        ("paragraph", "Weerwind neemt daarnaast nog andere"),
        ("paragraph", "Verder wil Weerwind kijken of de"),
        ("paragraph", "Weerwind wil ook met het OM en de"),
        ("subheading", "Geen cel- maar personeelstekort"),
        ("paragraph", "Weerwind spreekt van pijnlijke"),
        ("paragraph", '"Daar waar het de afgelopen periode'),
        ("subheading", "Luchten\n"),
        (
            "paragraph",
            '"De minister kan niet anders,"',
            {"note": "ends in a stray opening quote mark (the next paragraph's first character); " + CUT},
        ),
    ],
)

# ---- Wegdam Nieuws (wegdamnieuws.nl, local news site of Hof van Twente) -------------------------
L(
    "wd_hengevelde",
    (0, 0, None),
    [
        ("headline", "Ondernemers Hengevelde positief"),
        ("lede", "Het kostte even wat extra mailtjes en", {"note": "the text carries no site text"}),
        ("paragraph", "Ook wethouder Wim Meulenkamp gaf zijn", {"note": CUT}),
    ],
)

# ---- Treinreiziger.nl (Dutch public-transport news site) ----------------------------------------
L(
    "tr_boetes",
    (2, 0, None),
    [
        ("site_text", "fbpx\n", {"note": "a tracking pixel's name let through by the extractor: site text"}),
        ("site_text", "Foto: Stefan Verkerk / Treinreiziger", {"note": "photo credit: site text"}),
        ("headline", "Utrecht wil Transdev en Keolis"),
        ("site_text", "13 jan 2026 12:05", {"note": "publication date and time: site text"}),
        ("lede", "De provincie Utrecht gaat vervoerders"),
        ("paragraph", "Gedeputeerde Staten van Utrecht melden"),
        ("subheading", "Begin van nieuwe concessieperiode"),
        ("paragraph", "Tegelijk met de nieuwe dienstregeling"),
        ("paragraph", "Gelijk al sinds de start waren er"),
        ("subheading", "Elektrische bussen ingewikkelder"),
        ("paragraph", "Voor het busvervoer worden elektrische"),
        ("site_text", "(c) Treinreiziger.nl", {"note": "copyright line closing the article: site text"}),
        ("site_text", "4.7 3 stemmen", {"note": "article rating widget (score, votes, label): site text"}),
        (
            "site_text",
            "42 Reacties\nOudste",
            {"note": "comment section header (count, sort options, links): site text, one block"},
        ),
        (
            "site_text",
            "Passepartout\n1 maand geleden",
            {"note": "a reader's comment with name and relative time: site text, one block; " + CUT},
        ),
    ],
)

# ---- Mr. Online (mr-online.nl, Dutch legal-profession news) -------------------------------------
L(
    "mr_juridischjaar",
    None,
    [
        (
            "subheading",
            "1. Zorgen over de rechtsstaat",
            {"note": NOTITLE + "; numbered item title of a year review"},
        ),
        ("lede", "Het ging in juridische kring (en ook"),
        ("paragraph", "Een andere commissie, de"),
        ("subheading", "2. Onafhankelijkheid van de"),
        ("paragraph", "Verschillende malen werd gewaarschuwd"),
        ("subheading", "\n3", {"note": "the third item's number only; " + CUT}),
    ],
)

# ---- Surhuisterveen.com (village news site of Surhuisterveen, Friesland; reposted item) ---------
L(
    "sv_drachten",
    (0, 0, None),
    [
        (
            "headline",
            "Drachten lonkt naar Heerenveen\n",
            {
                "note": "the title printed twice: the first copy, on a line of its own, is the headline (relabelled stop 38"
                " to STRUCTURE_CONVENTIONS.md; was site text)"
            },
        ),
        (
            "site_text",
            "Drachten lonkt naar Heerenveen",
            {"skip": 0, "note": "the title printed again: site text (relabelled stop 38; was the headline)"},
        ),
        ("lede", "DRACHTEN - Drachten en Heerenveen", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Van een aanzoek wil Middel niet"),
        ("paragraph", "Als deze gemeenten over herindeling"),
        (
            "site_text",
            "Bron: Leeuwarder Courant",
            {"note": "source credit of the reposted item with its date: site text (doubtful: an attribution)"},
        ),
    ],
)

# ---- NPO Radio 5 (nporadio5.nl, national radio; a programme fragment on regional news) ----------
L(
    "r5_dronten",
    (1, 0, None),
    [
        ("site_text", "Fragment\n", {"note": "format label above the title: site text"}),
        ("headline", "Dronten wil meer inwoners"),
        ("site_text", "- Fragmenten\n- Dronten", {"note": "breadcrumb (section, page title): site text"}),
        ("lede", "Uit cijfers van het Centraal Bureau"),
        ("site_text", "Video niet beschikbaar", {"note": "media player notice ('video not available'): site text"}),
    ],
)

# ---- DMG Deurne (dmgdeurne.nl, local news site of Deurne, Brabant; blog page holding one item) ---
L(
    "dmg_soemeersingel",
    (3, 0, None),
    [
        (
            "site_text",
            "12.1 C\nDeurne",
            {"note": "header widget: temperature, place and today's date (not the item's date): site text"},
        ),
        ("site_text", "TOP-BANNER-ANIM-3-SEC", {"note": "advertisement banner's file name: site text"}),
        ("site_text", "Home Blog Pagina 145", {"note": "breadcrumb: site text"}),
        ("headline", "Herstel Helenaveense Soemeersingel"),
        ("lede", "Het herstel van het verzakte wegdek"),
        ("paragraph", "De hogere kosten van het herstel"),
        ("subheading", "Booronderzoeken\n"),
        ("paragraph", "De verdere verzakkingen en"),
        ("paragraph", "Hierop zijn meerdere scenario’s", {"note": CUT}),
    ],
)

# ---- Nieuwsfeed (nieuwsfeed.com, news aggregator; Flemish item on the teacher shortage) --------
L(
    "nf_lerarentekort",
    (1, 0, None),
    [
        ("site_text", "Nieuwsfeed\n", {"note": "the aggregator's site name above the title: site text"}),
        ("headline", "Lerarentekort stijgt enorm, en sommige"),
        ("lede", "Basisscholen met kwetsbare kinderen", {"note": "the teaser (the aggregator's item text)"}),
    ],
)

# ---- Belga (belga.be press-release service; decisions of the Flemish government) ----------------
L(
    "belga_regering",
    (0, 0, None),
    [
        ("headline", "Beslissingen van de Vlaamse Regering"),
        ("site_text", "14:18 21/04/2017", {"note": "publication time and date: site text"}),
        (
            "lede",
            "De documenten van deze Ministerraad",
            {
                "note": "the release's own notice on when the documents are available (two lines, one block)"
                " (doubtful: a standing notice that could be read as site text)"
            },
        ),
        ("subheading", "Uitbreiding erkenning windhoos en"),
        ("paragraph", "Op voorstel van minister-president", {"note": "the item's proposer line"}),
        (
            "paragraph",
            "Op 23 juni 2016 troffen een windhoos",
            {"note": "hard-wrapped lines of one paragraph: one block"},
        ),
        ("subheading", "Optimalisatie Decreet over de"),
        ("paragraph", "Op voorstel van minister-president", {"note": "the item's proposer line"}),
        ("paragraph", "Het decreet over de organisatie en de", {"note": "hard-wrapped lines; " + CUT}),
    ],
)

# ---- Etcetera (e-tcetera.be, Flemish performing-arts magazine) ----------------------------------
L(
    "etc_meesters",
    (2, 0, None),
    [
        ("site_text", "Facebook Geert Bourgeois\n", {"note": "header photo's credit (source): site text"}),
        ("site_text", "Leestijd 11 — 14 minuten", {"note": "reading time: site text"}),
        ("headline", "(Te) veel Vlaamse meesters"),
        (
            "lede",
            "Het internationaal cultuurbeleid van",
            {"note": "the deck under the title is the lede (doubtful: could be a subheading)"},
        ),
        ("paragraph", "De versnippering van het", {"note": "the intro after the deck"}),
        ("paragraph", "Vlaams Minister van Cultuur, Jeugd"),
        ("paragraph", "Vier ministeries komen rechtstreeks"),
        (
            "quote",
            "“Cultuur loopt van oudsher aan het",
            {"note": "pull quote set off between paragraphs: quote (doubtful: a pull quote repeats article text)"},
        ),
        ("paragraph", "Op zich hoeft die gedeelde", {"note": CUT}),
    ],
)

# ---- Dutchnieuws (dutchnieuws.nl, auto-posting news mirror; a Flemish scouting camp story) -------
L(
    "dn_zomerkamp",
    None,
    [
        (
            "site_text",
            "[ad_1]\n",
            {"note": "the auto-poster's advertisement placeholder: site text; " + NOTITLE},
        ),
        ("lede", "Een tiener in een witte rok springt"),
        ("paragraph", "De zon brandt al fel op een open veld"),
        ("subheading", "Het bepalen van de loop van het leven"),
        ("paragraph", "De opdrachten maken deel uit van een"),
        ("paragraph", "Ze zijn niet de enige jongeren die in"),
        ("paragraph", "Elke zaterdag of zondag trekken", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

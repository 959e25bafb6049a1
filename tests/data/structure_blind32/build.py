#!/usr/bin/env python3
"""Rebuild structure blind set 32 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: a national daily's regional
sister (Haarlems Dagblad), a general news site (Nieuws.nl), a local broadcaster (RTV NOF), a local
weekly's e-paper (DeMooiBoxtelKrant), Flemish local news sites (Tongeren Vandaag, NUUS Geraardsbergen),
niche news (Hockey Magazine, Volleymagazine, Vorsten, Theaterkrant, Cinenews, Onderwijs en
Gezondheidszorg) and aggregators or mirrors (Nieuws Leiden, TagMag, 20fix). They come from the `search`
tool's "pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to
this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind32 and are NOT for
the project repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each
block is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is that
span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text (end
None = to the block's end; a string = a marker inside the block). Standard library only; the cutting is
done by tests/data/page_store_build.py.
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
    "hm_hockeyweekend": (
        "https://hockey-magazine.nl/overzicht-hockeyweekend-13-en-14-september-%F0%9F%93%88-hoofdklasse-soms-"
        "verrassend-van-start-competities-daaronder-redelijk-voorspelbaar/",
        None,
    ),
    "nl_vlindersoort": ("https://www.nieuwsleiden.nl/leiden/stagiaire-18-naturalis-ontdekt-nieuwe-vlindersoort/", None),
    "nof_raadszaal": ("https://www.rtvnof.nl/nieuwe-raadszaal-kollum/", None),
    "mb_esch": ("https://paper.mooiboxtel.nl/open/c5bb657c", None),
    "tm_stromae": ("https://tagmag.news/feed/408784-stromae-is-de-eerste-headliner-voor-rock-werchter-2023", None),
    "hd_startups": (
        "http://www.haarlemsdagblad.nl/algemeen/economie/article28904461.ece/Nederlandse-start-ups-halen-minder-geld-op",
        "2016-12",
    ),
    "vo_streekbezoek": ("https://www.vorsten.nl/2018/06/28/koningspaar-begint-streekbezoek-in-hoorn/", "2018-06"),
    "nn_kotter": (
        "https://nieuws.nl/algemeen/20201223/kotter-uit-urk-gezonken-voor-franse-kust-bemanning-gered/",
        "2020-12",
    ),
    "og_leraren": ("https://onderwijsengezondheidszorg.nl/jaargangen/2007/1/tekortaanlerarennijpend.html", None),
    "tv_fusie": ("https://tongeren-vandaag.be/nieuwe-fusie-op-komst.html", None),
    "vm_conference": (
        "https://volleymagazine.be/2024/03/16/innovatie-in-het-volley-volgend-seizoen-belgisch-nederlandse-competitie/",
        None,
    ),
    "cn_zwartboek": ("https://www.cinenews.be/nl/cinema/nieuws/5565/zwartboek", None),
    "nu_oppositie": (
        "https://www.nuus.be/2025/05/13/oppositie-roept-extra-gemeenteraad-bijeen-voor-correct-en-transparant-"
        "beleid-in-geraardsbergen",
        None,
    ),
    "fx_apollo": (
        "https://20fix.com/vijfhonderd-banen-weg-door-sluiting-bandenfabriek-apollo-enschede-om-hoge-"
        "energiekosten-dit-had-de-politiek-kunnen-voorkomen",
        None,
    ),
    "tk_kritiek": ("https://theaterkrant.nl/?p=197561", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "photo credit glued to the end of the caption: tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Hockey Magazine (hockey-magazine.nl, Dutch hockey news; weekend round-up) ---------------------
L(
    "hm_hockeyweekend",
    (4, 0, None),
    [
        ("site_text", "Hockey Magazine", {"note": "site name in the page header: site text"}),
        (
            "site_text",
            "maandag, januari 19, 2026",
            {"note": "today's date in the page header (not the item's): site text"},
        ),
        ("site_text", "Top 5 deze week", {"note": "heading of a sidebar widget ('top 5 this week'): site text"}),
        ("site_text", "spot_img", {"note": "image placeholder name of the theme: site text"}),
        ("headline", "Overzicht hockeyweekend 13 en 14", {"note": "the title, with an emoji inside it"}),
        ("lede", "Het hockeyweekend van zaterdag"),
        ("subheading", "Hoofdklasse speelronde 1:"),
        ("paragraph", "De Tulp Hoofdklasse 2025-2026"),
        ("paragraph", "Op zondag was het bij de dames"),
        ("paragraph", "Bij de mannen eindigde de topper"),
        ("paragraph", "Een overzicht van alle uitslagen", {"note": "lead-in sentence to a results image"}),
        (
            "caption",
            "De uitslagen van de dames in",
            {"tail": "(foto: Hockey.nl)", "note": "caption of the results image; " + CREDIT},
        ),
        ("paragraph", "Een overzicht van alle uitslagen"),
        (
            "caption",
            "De uitslagen van de dames in",
            {
                "tail": "(foto: Hockey.nl)",
                "note": "caption of the men's results image (the site repeats 'dames' by mistake); " + CREDIT,
            },
        ),
        ("subheading", "Promotieklasse speelronde 2:"),
        ("paragraph", "De Promotieklasse kende alweer", {"note": CUT}),
    ],
)

# ---- Nieuws Leiden (nieuwsleiden.nl, Leiden local news site republishing unity.nu items) -----------
L(
    "nl_vlindersoort",
    (1, 0, None),
    [
        ("site_text", "Home » Stagiaire (18)", {"note": "breadcrumb with the title: site text"}),
        (
            "headline",
            "Stagiaire (18) Naturalis ontdekt",
            {"skip": 1, "note": "the page title (first of its two copies below the breadcrumb)"},
        ),
        ("byline", "Door Harry Verheijen"),
        ("site_text", "[ad_1]", {"note": "advertisement placeholder of the republishing plugin: site text"}),
        ("site_text", "Leiden\n", {"note": "place/section label of the source page: site text"}),
        (
            "site_text",
            "Stagiaire (18) Naturalis ontdekt",
            {"note": "the title again, as printed by the copied source page: site text (doubtful: a second headline)"},
        ),
        ("site_text", "Fotografie: Naturalis", {"note": "photo credit: site text"}),
        ("site_text", "22 juli 2021", {"note": "publication date line: site text"}),
        ("lede", "LEIDEN – In Naturalis heeft de 18", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Haar begeleider had al een vermoeden"),
        ("paragraph", "“Nieuwe soorten insecten worden"),
        ("site_text", "[ad_2]", {"note": "advertisement placeholder: site text"}),
        (
            "site_text",
            "Bron: https://www.unity.nu/",
            {"note": "source link of the republished item: site text (doubtful: an attribution line)"},
        ),
        ("site_text", "Lees ook:  Haringveiling", {"note": "'read also' teaser of another article: site text"}),
        ("site_text", "Related Articles", {"note": "heading of a related-articles widget (English): site text"}),
        ("site_text", "Laat een reactie achter", {"note": "comment form heading: site text"}),
    ],
)

# ---- RTV NOF (rtvnof.nl, local broadcaster of Noardeast-Fryslân) -----------------------------------
L(
    "nof_raadszaal",
    (1, 0, None),
    [
        (
            "site_text",
            "Nieuwe raadszaal in gemeentehuis van",
            {
                "note": "header photo's title line with its credit ('Foto('s): Eigen foto'), credit repeated: site text, one block"
            },
        ),
        ("headline", "Nieuwe raadszaal in gemeentehuis van"),
        ("site_text", "donderdag 13 september 2018", {"note": "publication date line: site text"}),
        ("lede", "De gemeenteraad van Kollumerland c.a."),
        ("paragraph", "De raadszaal van Kollumerland is"),
        ("paragraph", "Ook de audio/video installatie is"),
        ("paragraph", "De nieuwe gemeenteraad gaat vanaf"),
        ("site_text", "Auteur: Redactie RTVNOF", {"note": "author label without a person's name: site text"}),
        (
            "site_text",
            "Heb jij nieuws of een opmerking?",
            {"note": "the broadcaster's standing request for tips (WhatsApp, phone, e-mail): site text, one block"},
        ),
        (
            "site_text",
            "VANDAAG OP DE RADIO",
            {"note": "today's radio schedule with frequencies: site text, one block; " + CUT},
        ),
    ],
)

# ---- DeMooiBoxtelKrant (paper.mooiboxtel.nl, local weekly of Boxtel; e-paper) ---------------------
L(
    "mb_esch",
    (1, 0, None),
    [
        (
            "site_text",
            "DeMooiBoxtelKrant\n\n13 juni 2018",
            {"note": "e-paper edition header (paper name and date, printed twice): site text, one block"},
        ),
        ("headline", "Esch wil naar Boxtel; gemeenteraad"),
        ("site_text", "Foto: E.D. Evenementenbegeleiding", {"note": "photo credit without a caption: site text"}),
        ("lede", "Boxtel - Hoewel de gemeenteraad van", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "In het raadsvoorstel van 5 juli is"),
        ("paragraph", "Het besluit van 5 juli over de"),
        ("paragraph", "Het uitgangspunt is om de gemeente", {"note": CUT}),
    ],
)

# ---- TagMag (tagmag.news, Flemish/Dutch entertainment news feed) -----------------------------------
L(
    "tm_stromae",
    (0, 0, None),
    [
        ("headline", "Stromae komt naar Rock Werchter 2023"),
        (
            "byline",
            "Sofie Verbeeck-12 oktober 2022 om",
            {
                "tail": "- Foto:",
                "note": "author and date on one line (doubtful: the date part could be site text); the empty "
                "photo-credit label glued to its end is the tail",
            },
        ),
        ("site_text", "Photo by Ticketmaster", {"note": "photo credit (English): site text"}),
        ("lede", "Rock Werchter maakt de eerste naam"),
        ("paragraph", "Stromae stond deze zomer al een"),
        ("paragraph", "De rest van de line-up zal binnenkort"),
        (
            "site_text",
            "Joost Klein staat op line-up van",
            {"note": "the next item of the feed (title, byline, text), another article: site text, one block"},
        ),
        (
            "site_text",
            "Demi Lovato kondigt nieuw album aan",
            {"note": "the item after it, another article: site text, one block; " + CUT},
        ),
    ],
)

# ---- Haarlems Dagblad (haarlemsdagblad.nl, regional daily of Haarlem; ANP item) --------------------
L(
    "hd_startups",
    (0, 0, None),
    [
        ("headline", "'Nederlandse start-ups halen minder", {"note": "store date prefix removed; the title in quotes"}),
        ("lede", "AMSTERDAM - Nederlandse start-ups", {"note": "the intro above the byline, with its dateline"}),
        (
            "byline",
            "Door ANP - 30-12-2016, 8:42 (Update",
            {
                "note": "agency credit with publication and update time on one line: byline (doubtful: no "
                "person's name, and the time stamps could be site text)"
            },
        ),
        ("paragraph", "Er waren vooral minder grote"),
        ("paragraph", "Het was volgens StartupJuncture wel", {"note": CLEAN + " besides the byline's time stamps"}),
    ],
)

# ---- Vorsten (vorsten.nl, Dutch royalty news) -------------------------------------------------------
L(
    "vo_streekbezoek",
    None,
    [
        (
            "lede",
            "Koning Willem-Alexander en koningin",
            {"note": "store date prefix removed; " + NOTITLE + "; " + CLEAN},
        ),
        ("paragraph", "Tijdens het korte samenzijn werden"),
        ("paragraph", "West-Friesland heeft tegen een"),
        ("paragraph", "Het verblijf in Hoorn duurde bijna", {"note": CUT}),
    ],
)

# ---- Nieuws.nl (nieuws.nl, Dutch general news site) -------------------------------------------------
L(
    "nn_kotter",
    None,
    [
        ("lede", "Een Urker kotter is woensdagavond", {"note": "store date prefix removed; " + NOTITLE + "; " + CLEAN}),
        ("paragraph", "Ook wethouder Freek Brouwer is"),
        ("paragraph", "Begin december sloeg er ook al een"),
    ],
)

# ---- Onderwijs en Gezondheidszorg (onderwijsengezondheidszorg.nl, trade journal for health-care education)
L(
    "og_leraren",
    (1, 0, None),
    [
        ("site_text", "Overige", {"note": "rubric name ('Other'): site text"}),
        ("headline", "Tekort aan leraren nijpend", {"note": "the title, first of two copies"}),
        (
            "site_text",
            "Tekort aan leraren nijpend",
            {"note": "the title printed a second time: site text (doubtful: which copy is the page furniture)"},
        ),
        ("lede", "Het tekort aan leraren in het", {"note": "the whole news item, one paragraph"}),
    ],
)

# ---- Tongeren Vandaag (tongeren-vandaag.be, local news site of Tongeren, Belgian Limburg) ----------
L(
    "tv_fusie",
    (2, 0, None),
    [
        ("site_text", "Tongeren vandaag", {"note": "site name: site text"}),
        ("site_text", "Nieuws\n", {"note": "section name ('News'): site text"}),
        ("headline", "Nieuwe fusie op komst?"),
        ("lede", "Het Vlaams Instituut voor Economie", {"note": "the whole item, one paragraph"}),
        ("site_text", "Zoeken\n", {"note": "search box label: site text"}),
        ("site_text", "Sponsors\n", {"note": "sponsor widget with its sponsors' names: site text, one block"}),
        ("site_text", "Het weer\n", {"note": "weather widget heading: site text"}),
        ("site_text", "Reclame", {"note": "advertisement label: site text"}),
    ],
)

# ---- Volleymagazine (volleymagazine.be, Belgian volleyball magazine) --------------------------------
L(
    "vm_conference",
    (0, 0, None),
    [
        ("headline", "Innovatie in het volley: volgend"),
        ("lede", "In het handbal bestaat er officieel", {"note": "the intro"}),
        ("paragraph", "Maar er bestaan in de andere"),
        ("paragraph", "“Alle voorstellen en ideeën moeten"),
        ("paragraph", "“Wij noemen het geen liga, maar"),
        ("paragraph", "Het is niet onze eerste en"),
        (
            "caption",
            "Marie De Clerck\n",
            {"note": "the name under her photo: caption (doubtful: a bare name label could be taken as site text)"},
        ),
        (
            "paragraph",
            "Hoe ziet deze samenwerking er",
            {"note": "interviewer's question; questions and answers of the interview are paragraphs"},
        ),
        ("paragraph", "Marie De Clerck: “Wij zouden", {"note": CUT}),
    ],
)

# ---- Cinenews (cinenews.be, Belgian film and cinema news; a review) ---------------------------------
L(
    "cn_zwartboek",
    (0, 0, None),
    [
        (
            "headline",
            "Zwartboek",
            {
                "note": "the film title with the format and section label glued after it on its line ('- Bespreking "
                "Cinema', 'Review - Cinema'): the label stays in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        (
            "lede",
            "Dat weinigen enthousiast zaten te",
            {"note": "the whole review, one paragraph, with the critic's ratings at its end (article text)"},
        ),
        ("site_text", "Meningen", {"note": "tab label for readers' opinions: site text"}),
        ("site_text", "Al het nieuws cinema", {"note": "link to the section's news ('all cinema news'): site text"}),
        (
            "site_text",
            "Het filmjaar 2026 opent veelbelovend!",
            {"note": "teaser of another article (title, rubric, text, 'Verder lezen...'): site text, one block"},
        ),
        (
            "site_text",
            "Hotel Transsylvanië 5 officieel in",
            {"note": "teaser of another article: site text, one block"},
        ),
        (
            "site_text",
            "Zwartboek\n\nZwartboek\n\nDrama",
            {
                "note": "the film's data box (title twice, genres, director, cast, synopsis): site text, one block "
                "(doubtful: database text, not the review); " + CUT
            },
        ),
    ],
)

# ---- NUUS (nuus.be, local news site of Geraardsbergen, East Flanders) -------------------------------
L(
    "nu_oppositie",
    None,
    [
        (
            "lede",
            "Geraardsbergen. Op dinsdag 20 mei",
            {"note": NOTITLE + "; first paragraph with its place dateline ('Geraardsbergen.'); " + CLEAN},
        ),
        ("paragraph", "De oppositie vraagt aan de"),
        ("subheading", "Aanleiding\n"),
        ("paragraph", "Een aantal incidenten vormt de"),
        ("paragraph", "Daarnaast is er een interview op 10"),
        ("subheading", "Fundamentele bezwaren tegen huidig"),
        ("paragraph", "De oppositie stelt dat het", {"note": CUT}),
    ],
)

# ---- 20fix (20fix.com, news aggregator with an English interface) ----------------------------------
L(
    "fx_apollo",
    (1, 0, None),
    [
        (
            "site_text",
            "home All News open_in_new Full",
            {"note": "the aggregator's navigation with icon names, in English: site text"},
        ),
        ("headline", "Vijfhonderd banen weg door sluiting"),
        ("lede", "De bandenfabriek van Apollo in", {"note": "the item's only paragraph"}),
        (
            "site_text",
            "today 49 h. ago attach_file",
            {"note": "the item's relative time and category tag (English interface): site text"},
        ),
        (
            "site_text",
            "attach_file Politics",
            {"skip": 1, "note": "fourteen category tags of other listed items: site text, one block"},
        ),
        ("site_text", "ID: 2927042065", {"note": "the item's identifier: site text"}),
        ("site_text", "Add Watch Country", {"note": "a control of the interface with its icon name: site text"}),
    ],
)

# ---- Theaterkrant (theaterkrant.nl, Dutch theatre news and criticism) -------------------------------
L(
    "tk_kritiek",
    None,
    [
        (
            "lede",
            "In een kunstwereld waarin objectieve",
            {"note": NOTITLE + "; the intro of a report-essay on the site's critics' meeting; " + CLEAN},
        ),
        ("subheading", "1.\n", {"note": "section number of the piece"}),
        ("paragraph", "Midden januari zitten ongeveer"),
        ("paragraph", "Kritiek wordt vaak gezien als een"),
        ("paragraph", "Weinigen vullen hun dagen met"),
        ("paragraph", "Maar voor velen is theater slechts"),
        ("paragraph", "De stemming is serieus maar", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 54 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language (Netherlands) news pages of sixteen outlets none of which
is in an earlier structure set: a Frisian local weekly (Heerenveen), a civil-engineering trade site,
a chess club, a student-journalism site, a tech news site, a local weekly (Veenendaal), a
cybercrime news site, a football coaches' site, an urban-planning trade magazine, a real-estate
trade site, an HR trade site, the golf federation's news page, an ice-hockey news site, a running
news site, an entrepreneurs' magazine and a parents' magazine. They come from the `search` tool's
"pages" corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched
by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this
file (url -> excerpt). That file and the texts stay in /work/data/structure-blind54 and are NOT for
the project repository. Only the labels (ours) live here, in LABELS, and they hold no article text:
each block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its
gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text
glued to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into
that block's text (end None = to the block's end). Standard library only; the cutting is done by
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
    "hc_wethouders": (
        "https://heerenveensecourant.nl/artikel/607652/gemeenteraad-heerenveen-benoemt-nieuwe-wethouders-en-schaart-zich-achter-thematisch-raadsakkoord.html",
        None,
    ),
    "ct_dijken": ("https://www.civieletechniek.net/waterschap-zeeuwse-dijken-wel-veilig/", None),
    "sc_seizoen": (
        "https://schaakclubsteenwijk.blogspot.com/2016/08/het-schaakseizoen-gaat-weer-van-start.html",
        None,
    ),
    "tm_uitvaart": (
        "https://totdemax.news/2022/02/11/explosieve-groei-van-het-aantal-zelfstandige-uitvaartondernemers/",
        None,
    ),
    "ap_ebikes": (
        "https://www.apparata.nl/nieuws/e-bikes-verkopen-in-nederland-halen-de-gewone-fiets-in-182902",
        "2022-03",
    ),
    "vk_centrum": (
        "https://veenendaalsekrant.nl/lokaal/achthonderd-deelnemers-aan-dialoog-over-verlevendiging-centrum-106884",
        None,
    ),
    "cc_ransomware": (
        "https://www.cybercrimeinfo.nl/cybercrime/ransomware/928703_het-harde-uitgangspunt-om-nooit-te-betalen-is-gevaarlijk-als-de-situatie-erom-vraagt-kun-je-dat-soms-beter-wel-doen?ep%5B165901324%5D%5Bpage%5D=8",
        None,
    ),
    "vt_vrouwen": ("https://www.voetbaltrainer.nl/2011/02/22/eredivisie-vrouwen-voortaan-op-vrijdag/", None),
    "sa_archiprix": (
        "https://www.stedebouwarchitectuur.nl/artikel/beste-ontwerpen-van-de-nederlandse-architecten-van-de-toekomst?page=3",
        None,
    ),
    "vj_kantoren": (
        "https://vastgoedjournaal.nl/news/7835/15/Institutionele-beleggers-verwachten-veel-van-kantorenfonds-om-leegstand-aan-te-pakken/",
        None,
    ),
    "hk_ouderenzorg": ("https://www.hr-kiosk.nl/nieuws/scherp-op-ouderenzorg-vraagt-70-000-extra", None),
    "ng_clubnieuws": ("https://www.ngf.nl/over-de-ngf/nieuws/2023/apr/april-nieuws-clubs-banen-2023", None),
    "ih_trappers": ("https://www.ijshockeynederland.nl/nieuws/trappers-wint-topper-van-flyers", None),
    "hn_olympisch": ("https://hardloopnetwerk.nl/?p=77466", None),
    "do_column": ("https://www.deondernemer.nl/actueel/column-jacco-vonhof-mkb-kind-van-rekening~306306", None),
    "nt_kinderopvang": ("https://www.nataal.nl/artikelen/nieuws/actueel/kinderopvang-wordt-gratis-4695/", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Heerenveense Courant (heerenveensecourant.nl, local weekly, Heerenveen; council report) ---
L(
    "hc_wethouders",
    (0, 0, None),
    [
        ("headline", "Gemeenteraad Heerenveen benoemt nieuwe", {"note": CLEAN}),
        ("lede", "HEERENVEEN - De wethouders Jelle", {"note": "with its place dateline 'HEERENVEEN -'"}),
        ("paragraph", "Voor de nieuwe wethouders staat"),
        ("paragraph", "Bij de raadsvergadering zijn ook drie"),
        ("subheading", "Thematisch raadsakkoord"),
        ("paragraph", "Bij de raadsvergadering is ook het"),
        ("paragraph", "Dat betreft de onderwerpen:"),
        ("subheading", "Hoofdlijnenakkoord"),
        ("paragraph", "Bij diezelfde vergadering"),
        ("paragraph", "Centraal staat ‘duurzaam"),
    ],
)

# ---- Civiele Techniek (civieletechniek.net, civil-engineering trade site; news item) -----------
L(
    "ct_dijken",
    (0, 0, None),
    [
        (
            "headline",
            "Waterschap: ‘Zeeuwse dijken wel",
            {"note": "the title; 'Waterschap:' (who says it) kept in the headline"},
        ),
        (
            "site_text",
            "12 september 2013 –",
            {
                "note": "publication date and dash opening the lede's line: site text, cut off inside the line (doubtful: could be read as a dateline kept in the lede)"
            },
        ),
        ("lede", "De Zeeuwse dijken zijn wel degelijk", {"note": "the whole item is one paragraph"}),
        ("site_text", "Bron: Waterschap Scheldestromen>", {"note": "source line with a link arrow: site text"}),
        ("site_text", "Lees ook ‘RTL Nieuws:", {"note": "'read also' link to a related item: site text"}),
    ],
)

# ---- Schaakclub Steenwijk (schaakclubsteenwijk.blogspot.com, chess club; club news) -----------
L(
    "sc_seizoen",
    (0, 0, None),
    [
        ("headline", "Het schaakseizoen gaat weer van start!", {"note": CLEAN}),
        ("lede", "De laatste schaakloze dinsdag"),
        ("paragraph", "Iedere zaterdag rond het middaguur"),
        ("paragraph", "Als de ledenvergadering geen"),
    ],
)

# ---- Tot de Max (totdemax.news, student-journalism site; background article) ------------------
L(
    "tm_uitvaart",
    (0, 0, None),
    [
        ("headline", "Explosieve groei van het aantal"),
        ("byline", "Door Kaz Schonebeek en Marcia"),
        ("lede", "De uitvaartbranche heeft de afgelopen"),
        ("paragraph", "‘Het grote verschil met vroeger"),
        ("paragraph", "De Jong heeft het de afgelopen twee"),
        (
            "site_text",
            "Bron: CBS",
            {"note": "source line of a chart not extracted by the store, alone on its line: site text"},
        ),
        ("subheading", "De uitvaartmarkt"),
        ("paragraph", "De uitvaartbranche is een soort"),
        ("paragraph", "De grote coöperaties verkopen", {"note": CUT}),
    ],
)

# ---- Apparata (apparata.nl, tech news site; news item) ------------------------------------------
L(
    "ap_ebikes",
    None,
    [
        (
            "lede",
            "De verkopen van e-bikes hebben voor",
            {"note": NOTITLE + "; one-sentence intro; " + CLEAN},
        ),
        ("paragraph", "Een elektrische fiets was jaren"),
        ("paragraph", "Voor het eerst zijn de e-bikes"),
        ("paragraph", "Er werden in totaal 923.000"),
        ("paragraph", "Het is nog maar de vraag of"),
    ],
)

# ---- Veenendaalse Krant (veenendaalsekrant.nl, local weekly, Veenendaal; report) ---------------
L(
    "vk_centrum",
    (1, 0, None),
    [
        (
            "site_text",
            "• Aart Aalbers",
            {
                "note": "photographer credits of a six-photo gallery above the title (a list of names): site text, one block"
            },
        ),
        ("headline", "Achthonderd deelnemers aan dialoog"),
        ("lede", "VEENENDAAL De klad zit erin.", {"note": "with its place dateline 'VEENENDAAL' (no dash)"}),
        ("paragraph", "Veel faillissementen, een"),
        ("paragraph", "Daarom deze dialoogbijeenkomst.", {"note": CUT}),
    ],
)

# ---- Cybercrimeinfo (cybercrimeinfo.nl, cybercrime news site; article) --------------------------
L(
    "cc_ransomware",
    (0, 0, None),
    [
        ("headline", "‘Het harde uitgangspunt om nooit te", {"note": "the title is a quote in single quotes"}),
        ("site_text", "Gepubliceerd op 8 juni 2022 om 07:00", {"note": "publication date line: site text"}),
        ("lede", "Ransomware, kwaadaardig software"),
        ("paragraph", "Een ouder vraagt hulp voor een"),
        ("paragraph", "Van minstens tientallen inwoners"),
        ("subheading", "Gemeente Buren"),
        ("paragraph", "Buren werd op 1 april 2022"),
        ("paragraph", "De gemeente weigerde losgeld te"),
        ("paragraph", "Die 130 gigabyte is slechts een", {"note": CUT}),
    ],
)

# ---- Voetbaltrainer (voetbaltrainer.nl, football coaches' site; short news item) ---------------
L(
    "vt_vrouwen",
    None,
    [
        (
            "lede",
            "Voetbalduels uit de eredivisie voor",
            {
                "tail": "(Bron: ad.nl)",
                "note": NOTITLE
                + "; the whole item is one paragraph; its source '(Bron: ad.nl)' glued to its end is the tail",
            },
        ),
        (
            "site_text",
            "Geef een antwoord",
            {"note": "the comment form (heading, e-mail notice, spam-filter notice): site text, one block"},
        ),
    ],
)

# ---- Stedebouw & Architectuur (stedebouwarchitectuur.nl, urban-planning trade magazine) --------
L(
    "sa_archiprix",
    (0, 0, None),
    [
        ("headline", "Beste ontwerpen van de Nederlandse"),
        ("lede", "Nederlandse ontwerpopleidingen kiezen"),
        ("paragraph", "De afstudeerplannen van Archiprix 2015"),
        ("paragraph", "Archiprix staat bekend als podium"),
        (
            "paragraph",
            "Voor meer informatie over Archiprix",
            {
                "note": "a pointer to the prize's website and a sentence on the award ceremony: article text (doubtful: the first sentence is a link line)"
            },
        ),
        (
            "caption",
            "Archiprix 2015 toont de beste",
            {
                "note": "one-line description under the text, taken as the photo caption (doubtful: could be a closing paragraph)"
            },
        ),
        (
            "site_text",
            "Bij het thema van dit artikel",
            {"note": "heading of the site's (empty) box of organisations linked to the article: site text"},
        ),
        (
            "site_text",
            "Meer artikelen met dit thema",
            {
                "note": "list of other articles of the site (titles, dates, reading times, teasers): site text, one block; the store cuts it mid-word"
            },
        ),
    ],
)

# ---- Vastgoedjournaal (vastgoedjournaal.nl, real-estate trade site; paywalled news item) -------
L(
    "vj_kantoren",
    (0, 0, None),
    [
        (
            "headline",
            "KANTORENTOP: Institutionele beleggers",
            {"note": "the title with its event kicker 'KANTORENTOP:' on the same line"},
        ),
        ("lede", "Vandaag tekent de Vereniging van", {"note": "the free intro above the paywall"}),
        (
            "site_text",
            "Verder lezen?",
            {"note": "paywall notice with its subscribe and log-in links: site text, one block"},
        ),
        ("site_text", "Of wilt u dagelijks onze gratis", {"note": "newsletter promo: site text"}),
        ("site_text", "Reacties", {"note": "heading of the (empty) comments section: site text"}),
        ("site_text", "Laatste nieuws", {"note": "heading of the latest-news box: site text"}),
    ],
)

# ---- HR-kiosk (hr-kiosk.nl, HR trade site; news item) -------------------------------------------
L(
    "hk_ouderenzorg",
    (0, 0, None),
    [
        ("headline", "'Scherp op Ouderenzorg' vraagt 70.000"),
        (
            "site_text",
            "di 17 jan 2017  |  Bron: Actiz",
            {
                "note": "metadata line: date, source, author and an empty keyword list: site text, one block (doubtful: the author part could be read as a byline)"
            },
        ),
        ("lede", "Het Zorginstituut Nederland stelt", {"note": "the whole item is one paragraph"}),
        ("site_text", "Lees meer", {"note": "'read more' link: site text"}),
    ],
)

# ---- NGF (ngf.nl, Dutch golf federation; monthly club-news item) --------------------------------
L(
    "ng_clubnieuws",
    (1, 0, None),
    [
        ("site_text", "Terug naar Nieuwsoverzicht", {"note": "back link to the news overview: site text"}),
        (
            "headline",
            "Clubnieuws april: Special Olympics",
            {"note": "the title with its rubric 'Clubnieuws april:' on the same line"},
        ),
        ("site_text", "30 april 2023", {"note": "publication date line: site text"}),
        (
            "site_text",
            "Banen en -clubs in het nieuws en",
            {
                "note": "the rubric's standing description and call for submissions: site text (doubtful: could be read as the item's lede)"
            },
        ),
        ("subheading", "Special Olympics 2023"),
        ("paragraph", "Special Olympics TeamNL bestaat"),
        ("paragraph", "De Special Olympics World Games"),
        ("paragraph", "De golfers van #SOTeamNL2023"),
        (
            "site_text",
            "en accepteer marketing cookies",
            {"note": "placeholder of a blocked embed (cookie notice, its start lost by the extractor): site text"},
        ),
        ("subheading", "NGF Familietoernooi op de Westfriese"),
        (
            "paragraph",
            "Golfbaan Westwoud (de Westfriese",
            {
                "tail": "Lees meer op GOLF.NL.",
                "note": "the link sentence 'Lees meer op GOLF.NL.' at its end is the tail",
            },
        ),
        ("subheading", "Long Drive op Het Woold"),
        ("paragraph", "Op Golfbaan Het Woold is op 29", {"note": CUT}),
    ],
)

# ---- IJshockey Nederland (ijshockeynederland.nl, ice-hockey news site; match round-up) ----------
L(
    "ih_trappers",
    (3, 0, None),
    [
        ("site_text", "Trappers vs flyers 101113", {"note": "image name of the lead photo: site text"}),
        ("site_text", "11 november 201301:51", {"note": "publication date and time (glued): site text"}),
        ("byline", "Door Joep Meijsen", {"note": "author line above the title"}),
        ("headline", "Trappers wint topper van Flyers", {"note": "the title, printed below date and author"}),
        ("lede", "Tilburg Trappers verstevigde de"),
        ("subheading", "Tilburg Trappers – Heerenveen Flyers"),
        ("paragraph", "Tilburg Trappers boekte in eigen huis"),
        ("paragraph", "Trappers deelde voor 1400"),
        ("paragraph", "Dat gebeurde wel in de tweede"),
        ("paragraph", "Sander Dijkstra sloeg veertig"),
        ("paragraph", "Flyers kan deze week weer op"),
        ("subheading", "Dordrecht Lions – Geleen Eaters"),
        ("paragraph", "De hekkensluiter in de Eredivisie,"),
        ("paragraph", "Maar 225 toeschouwers kwamen naar", {"note": CUT}),
    ],
)

# ---- Hardloopnetwerk (hardloopnetwerk.nl, running news site; Olympic results page) -------------
L(
    "hn_olympisch",
    None,
    [
        ("lede", "De Olympische Spelen van 2020", {"note": NOTITLE + "; the page's intro"}),
        ("site_text", "Klik hier voor alle Olympische", {"note": "link line to the full results: site text"}),
        (
            "subheading",
            "8 augustus: Historisch zilver voor",
            {"note": "dated entry heading of the results page ('8 augustus:' kept in it)"},
        ),
        ("paragraph", "Abdi Nageeye wint zilver op de"),
        ("site_text", "Lees ook: Abdi Nageeye stapt over", {"note": "'read also' link to another article: site text"}),
        ("paragraph", "Abdi na de finish: ‘Het is", {"note": "a quote introduced by the speaker's name: paragraph"}),
        ("paragraph", "Om 00:00 uur Nederlandse tijd zijn", {"note": CUT}),
    ],
)

# ---- De Ondernemer (deondernemer.nl, entrepreneurs' magazine; column) ---------------------------
L(
    "do_column",
    (1, 0, None),
    [
        ("site_text", "Nieuws Actueel", {"note": "section labels (breadcrumb): site text"}),
        (
            "headline",
            "Column Vonhof: 'Te vaak is het mkb",
            {"note": "the title with its genre kicker 'Column Vonhof:' on the same line"},
        ),
        ("lede", "Mkb-ondernemers horen de waardering", {"note": "the standfirst under the title"}),
        (
            "caption",
            "Jacco Vonhof | Foto: ANP 13 november",
            {
                "tail": "| Foto: ANP",
                "note": "caption (the columnist's name) with the photo credit and the publication date glued after it: the credit and date are the tail (doubtful: a caption that is only a name)",
            },
        ),
        ("site_text", "Jacco Vonhof MKB Nederland 1", {"note": "image name of the photo: site text"}),
        ("paragraph", "Iedereen kent in zijn omgeving wel"),
        ("subheading", "Zelfbewustzijn"),
        ("paragraph", "Sinds mijn aantreden als voorzitter", {"note": CUT}),
    ],
)

# ---- Nataal (nataal.nl, pregnancy and parents' magazine; news item) -----------------------------
L(
    "nt_kinderopvang",
    (1, 0, None),
    [
        (
            "site_text",
            "Bestellen\nIn samenwerking met",
            {"note": "shop link and partner label of the site's header: site text, one block"},
        ),
        ("headline", "Kinderopvang wordt gratis"),
        ("lede", "Het nieuwe kabinet heeft de ambitie"),
        ("paragraph", "Het plan is dat in eerste instantie"),
        ("subheading", "Toeslagenaffaire"),
        ("paragraph", "Het omstreden systeem van"),
        ("paragraph", "De Brancheorganisatie Kinderopvang is"),
        ("subheading", "Gematigd positief"),
        ("paragraph", "Lage inkomens en niet-werkende"),
        ("paragraph", "Over de uitvoerbaarheid van het"),
        (
            "site_text",
            "actueel",
            {"note": "label of the related 'actueel' list and the first item's date: site text; the store cuts it"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

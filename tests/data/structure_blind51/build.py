#!/usr/bin/env python3
"""Rebuild structure blind set 51 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen outlets of the Netherlands none of
which is in an earlier structure set: a local weekly (Diemen), a local news site (Dijk en Waard), a
leisure-industry trade site, a brass band (Nispen), an angling club (Hengstdijk), a beekeepers'
association (Epe), a local news site (Berkelland), a leisure trade-press knowledge base, a chess club
(Zundert), an allotment association, a union (CNV Vakmensen), a local weekly's archive (Zwolle), a
villages' association (Groninger Dorpen), a local-history society (Geldrop), a local broadcaster
(Houten) and an installation trade magazine. They come from the `search` tool's "pages" corpus
(stored public web pages, text as the store extracted it), which cannot be re-fetched by a script;
so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind51 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text:
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
    "dk_victoria": ("https://www.diemernieuws.nl/reader/screenreader/129039/PaperArticle/56230", None),
    "dw_jonker": (
        "https://dijkenwaardcentraal.nl/60126674-bakkerij-jonker-in-zuid-scharwoude-overgenomen-door-bakkerij-beerse",
        None,
    ),
    "pw_fietspaden": ("https://pretwerk.nl/news/7005/drenthe-investeert-3-75-miljoen-in-5-sterren-fietspaden", None),
    "hn_concours": ("http://www.harmonienispen.nl/2017/10/26/51e-onderling-concours/", None),
    "hd_devogel": ("https://visclub.hengstdijk.info/artikel2.html", None),
    "im_nieuwsbrief": ("http://imme-epe.nl/index.php/verenigingsnieuws/7-nieuwsbrief-27-april-2014", None),
    "nb_tennis": ("https://www.nieuwsuitberkelland.nl/2012/03/clubkampioenschappen-bij-tennisvereniging/", None),
    "nr_modeltrein": ("https://nritmedia.nl/kennisbank/38996/images/20251215_115535.jpg", None),
    "rh_schaak": ("http://www.sv-deraadsheer.nl/2022/10/04/de-raadsheer-bezig-aan-een-druk-schaakseizoen/", None),
    "vt_tuinpraat": ("http://vtv-obl.nl/tuinpraat_feb_2017.html", None),
    "cv_ampleon": (
        "https://www.cnvvakmensen.nl/industrie/metalektro/cao-ampleon-netherlands/nieuws/reorganisatie-ampleon-2020-12-24/",
        None,
    ),
    "sw_schoolzwemmen": (
        "https://archief.deswollenaer.nl/sport/bijna-tweehonderd-leerlingen-op-kampioenschap-schoolzwemmen",
        None,
    ),
    "gd_dorpshuizen": (
        "https://groningerdorpen.nl/nieuws/dorps-en-buurthuizen-en-politici-binnen-de-nieuwe-gemeente-westerkwartier-ontmoeten-elkaar-in-de-cazemierboerderij-te-tolbert/",
        None,
    ),
    "hk_jubileum": (
        "https://www.heemkundekring-hlz.nl/heemkronijken/item/462/opening-jubileumjaar-heemkundekring",
        None,
    ),
    "ol_houten": (
        "https://omroeplekstroom.nl/omroep-houten-bestaat-15-jaar-en-gaat-verder-als-omroep-lekstroom/5",
        None,
    ),
    "vv_glastuinbouw": (
        "https://www.vvplus.nl/artikelen/intro/glastuinbouw-jaagt-innovaties-aan-voor-zuinig-en-optimaal-binnenklimaat",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
SUBTITLE = (
    "one-line subtitle under the title: subheading (doubtful: could be read as part of the headline or as the lede)"
)
CLEAN = "the text carries no site text"
LINE = "a line of its own in the text (line break, no blank line): its own block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Diemer Nieuws (diemernieuws.nl, local weekly of Diemen; paper article in the screen reader) ----
L(
    "dk_victoria",
    (0, 0, None),
    [
        ("headline", "DKV Victoria is te sterk voor Badhoev", {"note": CLEAN}),
        ("lede", "DIEMEN - DKV Victoria heeft afgelopen", {"note": "first paragraph, with its place dateline"}),
        ("paragraph", "De wedstrijd verliep stroef voor de"),
        ("paragraph", "DKV Victoria speelt zondag uit tegen"),
    ],
)

# ---- Dijk en Waard Centraal (dijkenwaardcentraal.nl, local news site; news item) -----------------
L(
    "dw_jonker",
    None,
    [
        ("lede", "Bakkerij Jonker in Zuid-Scharwoude", {"note": NOTITLE}),
        ("paragraph", "Anderhalve week geleden kwam het"),
        ("paragraph", "Toch zegt deze lastigere periode"),
        ("site_text", "Pin It", {"note": "share button (Pinterest): site text"}),
        ("site_text", "Bekeken: 4144x", {"note": "view counter: site text"}),
        (
            "site_text",
            "http://perizinan.bulelengkab.go.id/",
            {"note": "a run of injected spam links (slot-game sites) after the item: site text, one block"},
        ),
    ],
)

# ---- Pretwerk (pretwerk.nl, leisure-industry trade news; news item) -------------------------------
L(
    "pw_fietspaden",
    None,
    [
        ("lede", "Gedeputeerde Staten stellen vanaf 1", {"note": NOTITLE + "; the intro, first copy"}),
        (
            "site_text",
            "Gedeputeerde Staten stellen vanaf 1",
            {
                "note": "the intro printed a second time on the same line: site text (doubtful: which copy is 'the' intro is arbitrary)"
            },
        ),
        (
            "site_text",
            '[caption id="attachment_46836"',
            {
                "note": "a WordPress [caption] shortcode left in the text, with the image's alt text and caption ('fietsoplaadpunt en horeca' twice): site text, one block (doubtful: the words could be read as a photo caption)"
            },
        ),
        (
            "paragraph",
            "Gedeputeerde Henk Brink: “Fietsen in",
            {
                "note": "glued to the shortcode's end; one line holding the quote, two run-in subheadings ('Kwaliteitsniveau', 'Fietsinnovaties') and their text: one paragraph (doubtful: the run-in subheadings are not split out); "
                + CUT
            },
        ),
    ],
)

# ---- Harmonie St. Caecilia Nispen (harmonienispen.nl, brass band; club news) ------------------------
L(
    "hn_concours",
    (0, 0, None),
    [
        ("headline", "51e onderling concours", {"note": CLEAN}),
        ("lede", "Zondag 29 oktober nemen we deel aan"),
        ("paragraph", "De voorbije maanden hebben wij stevig"),
        ("paragraph", "Na het inspelen gaan we geconcentreerd"),
        ("paragraph", "In het beste geval, zoals de afgelopen"),
        ("paragraph", "Ongeacht de uitslag, komen we allemaal"),
    ],
)

# ---- Visclub De Vogel (visclub.hengstdijk.info, angling club of Hengstdijk; newspaper article on the club site)
L(
    "hd_devogel",
    (1, 0, None),
    [
        (
            "site_text",
            "DE STEM VAN ZEELAND",
            {
                "note": "the name of the newspaper the club site copied the article from, above the title: site text (doubtful: a source credit, which other sets kept out of the translation as byline-like)"
            },
        ),
        ("headline", "'DE VOGEL' IN HENGSTDIJK BESTAAT 50", {"note": "the title in capitals"}),
        ("subheading", "Hengelclub heeft nieuwe injectie nodig", {"note": SUBTITLE}),
        ("lede", "HENGSTDIJK - De Hengstdijkse zoetwater"),
        ("paragraph", '"We willen proberen het leden-aantal'),
        ("paragraph", "Een van de grootste problemen van"),
        ("paragraph", "Hoewel de Hengstdijkse vissers geen", {"note": LINE + "; " + CUT}),
    ],
)

# ---- De Imme (imme-epe.nl, beekeepers' association of Epe; newsletter item) ------------------------
L(
    "im_nieuwsbrief",
    None,
    [
        ("lede", "En zo zitten we weer midden in het", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Dat belooft wat voor dit seizoen"),
        ("paragraph", "Zelf werd ik ook weer geconfronteerd"),
        ("paragraph", "Nu wat onze eigen Imme betreft"),
        ("paragraph", "Even een korte terugblik op de laatste"),
        ("paragraph", "Allereerst heeft het bestuur afscheid"),
        ("paragraph", "Ook is tijdens deze vergadering door"),
        ("paragraph", "Jammer genoeg gaat het uitje niet door"),
        ("paragraph", "In plaats daarvan organiseert het", {"note": CUT}),
    ],
)

# ---- Nieuws uit Berkelland (nieuwsuitberkelland.nl, local news site; news item) --------------------
L(
    "nb_tennis",
    (0, 0, None),
    [
        ("headline", "Kampioenschappen bij tennisvereniging"),
        ("lede", "BORCULO – Vanaf 19 tot en met 25 maart"),
        ("paragraph", "De hele week wordt er getennist op"),
        ("paragraph", "Een goede reden om deze week een"),
        ("site_text", "Deel dit artikel:", {"note": "share line: site text"}),
        ("site_text", "Meer nieuws", {"note": "heading of the other-news list: site text"}),
        ("site_text", "Scroll naar boven", {"note": "back-to-top link: site text"}),
    ],
)

# ---- NRIT Media (nritmedia.nl, leisure trade press; knowledge-base news item) ---------------------
L(
    "nr_modeltrein",
    (2, 0, None),
    [
        ("site_text", "Geplaatst op: 22-01-2018", {"note": "publication date line: site text"}),
        ("byline", "Auteur: Marc Gerlings", {"note": "author line above the title"}),
        ("headline", "10 jaar samenwerking Spoorwegmuseum en"),
        (
            "site_text",
            "10 jaar samenwerking Spoorwegmuseum en",
            {"note": "the title printed again (header image title): site text"},
        ),
        ("site_text", "Foto: Spoorwegmuseum", {"note": "photo credit: site text"}),
        ("lede", "Van 9 tot en met 11 maart 2018 viert"),
        ("subheading", "Internationaal"),
        ("paragraph", "Met de Modeltrein Expo On traXS! biedt", {"note": "under its subheading, after a line break"}),
        ("paragraph", "Er is veel variatie in modelbanen"),
        ("subheading", "Aansluiting belangrijke markt: jeugd"),
        ("paragraph", "Modeltrein Expo On traXS! is niet", {"note": CUT}),
    ],
)

# ---- De Raadsheer (sv-deraadsheer.nl, chess club of Zundert; club news) ----------------------------
L(
    "rh_schaak",
    (0, 0, None),
    [
        ("headline", "De Raadsheer bezig aan een druk"),
        ("lede", "Alsof het clubleven niets onder corona"),
        ("paragraph", "Er doen maar liefst 39 spelers mee aan"),
        (
            "paragraph",
            "Uitslagen 3e ronde clubcompetitie",
            {"note": "the round's results run into one line: paragraph (doubtful: a results list in one line)"},
        ),
        (
            "site_text",
            "Facebooktwitterredditpinterestlinked",
            {"note": "share buttons glued into one word, printed twice (cut): site text"},
        ),
    ],
)

# ---- VTV Ons Buiten Leven (vtv-obl.nl, allotment association; newsletter column) --------------------
L(
    "vt_tuinpraat",
    None,
    [
        (
            "site_text",
            "TUINPRAAT FEB 2017",
            {
                "note": "name and issue of the club's newsletter page ('Tuinpraat', February 2017), no title of the piece: site text (doubtful: could be read as the headline); "
                + NOTITLE
            },
        ),
        ("byline", "Van onze voorzitter Jan Jansen", {"note": "author line ('from our chairman')"}),
        (
            "lede",
            "Beste Tuinvrienden,",
            {"note": "the salutation, first body paragraph (doubtful: the lede could be the next paragraph)"},
        ),
        ("paragraph", "Hieronder kunnen jullie mijn"),
        ("paragraph", "Welkom allemaal in deze sfeervol"),
        ("paragraph", "Speciaal woord van welkom voor de", {"note": LINE}),
        ("paragraph", "Terugkijkend op het oude jaar toch"),
        ("paragraph", "Volledige bezetting, goed geslaagde", {"note": LINE}),
        ("paragraph", "Het komende jaar wordt een uitdaging"),
        ("paragraph", "Noteer alvast die datum in jullie", {"note": LINE}),
        ("paragraph", "De tweede uitdaging betreft de"),
        ("paragraph", "Er komt nl. een wettelijke", {"note": LINE + "; " + CUT}),
    ],
)

# ---- CNV Vakmensen (cnvvakmensen.nl, union; news to members at one company) -----------------------
L(
    "cv_ampleon",
    (1, 0, None),
    [
        ("site_text", "Al het nieuws", {"note": "link back to the news list: site text"}),
        ("headline", "Reorganisatie Ampleon"),
        ("lede", "Naar wij hebben begrepen zijn er CNV"),
        ("paragraph", "Het lijkt ons goed om gegeven de", {"note": LINE}),
        ("paragraph", "Tot slot zullen wij al onze leden"),
        ("byline", "Arthur Bot", {"note": "the signature: name and function (two lines), one block"}),
        (
            "site_text",
            "M : 06 - 20 44 51 90",
            {
                "note": "the official's phone and e-mail lines under the signature: site text, one block (doubtful: contact details the item itself carries)"
            },
        ),
    ],
)

# ---- De Swollenaer (archief.deswollenaer.nl, archive of a Zwolle local weekly; news item) ----------
L(
    "sw_schoolzwemmen",
    (3, 0, None),
    [
        ("site_text", "De Swollenaer", {"note": "site name: site text"}),
        (
            "site_text",
            "Donderdag, 19 maart 2026",
            {"note": "the site's date line (today's date at extraction, not the item's): site text"},
        ),
        ("site_text", "Nieuws uit Zwolle en omstreken", {"note": "the site's tagline: site text"}),
        ("headline", "Bijna tweehonderd leerlingen op"),
        ("byline", "Redactie: Mark de Rooij"),
        ("lede", "ZWOLLE - In zwembad De Vrolijkheid"),
        ("paragraph", "Vorig jaar heeft basisschool De"),
        ("subheading", "Clinic"),
        ("paragraph", "Voorafgaand aan de schoolzwemkampioen"),
        ("subheading", "Trots"),
        ("paragraph", "Francin Hoefmans van Swol 1894 zegt"),
        ("paragraph", "De schoolzwemkampioenschappen zijn van"),
    ],
)

# ---- Groninger Dorpen (groningerdorpen.nl, association of Groningen villages; news report) ---------
L(
    "gd_dorpshuizen",
    (2, 0, None),
    [
        (
            "site_text",
            "Contact",
            {
                "note": "the site's contact box (address, phone, e-mail, opening hours, route link, the route planner's 'Vertrekpunt' field): site text, one block"
            },
        ),
        (
            "site_text",
            "Wat kunnen wij voor jou doen?",
            {"note": "the site's standing prompt ('what can we do for you?'): site text"},
        ),
        ("headline", "Dorps- en buurthuizen en politici"),
        ("site_text", "Woensdag, 24 oktober 2018", {"note": "publication date line: site text"}),
        ("subheading", "Verslag van een dorpshuizenavond", {"note": SUBTITLE}),
        ("subheading", "Inleiding"),
        ("lede", "Afgelopen donderdag, 18 oktober"),
        ("paragraph", "Deze ontmoeting werd georganiseerd", {"note": LINE}),
        ("paragraph", "15 dorps- en buurthuizen uit het", {"note": LINE}),
        ("subheading", "Een ontmoeting in de Cazemier"),
        ("paragraph", "Pieter Knol schetste bij zijn"),
        ("paragraph", "Hierna gaf hij het woord aan", {"note": LINE + "; " + CUT}),
    ],
)

# ---- Heemkundekring Helmont-Lodewijk-Zoetelief (heemkundekring-hlz.nl, local-history society of Geldrop; journal item)
L(
    "hk_jubileum",
    (0, 0, None),
    [
        ("headline", "Opening jubileumjaar Heemkundekring"),
        (
            "site_text",
            "Heemkronijk jaar:2011, jaargang:50",
            {"note": "the society journal's issue and page line: site text"},
        ),
        (
            "site_text",
            "OPENING JUBILEUMJAAR HEEMKUNDEKRING",
            {"note": "the title printed twice more in capitals, glued together on one line: site text, one block"},
        ),
        ("byline", "door: Rika Piters*"),
        (
            "lede",
            "Ter gelegenheid van het 50-jarig",
            {
                "note": "the speech as one paragraph; it stops mid-sentence ('recht hebben') as extracted, before the footnote"
            },
        ),
        (
            "paragraph",
            "* Noot van de redactie Op zaterdag",
            {
                "note": "the editors' footnote on the occasion of the speech: paragraph (doubtful: a note, could be kept apart); "
                + CUT
            },
        ),
    ],
)

# ---- Omroep Lekstroom (omroeplekstroom.nl, local broadcaster of Houten and region; news item) ------
L(
    "ol_houten",
    (0, 0, None),
    [
        ("headline", "Omroep Houten bestaat 15 jaar én gaat"),
        ("lede", "HOUTEN – Vrijdagavond 18 oktober"),
        ("paragraph", "Tijdens de avond werden diverse"),
        ("subheading", "Een nieuw begin"),
        ("paragraph", "De overgang van omroep Houten naar"),
        ("paragraph", "Het doel van de omroep is om een"),
        ("subheading", "Nieuwe vrijwilligers"),
        ("paragraph", "Er wordt voor de (nieuwe)"),
        ("site_text", "Foto: Omroep Lekstroom", {"note": "photo credit: site text"}),
        ("site_text", "Bericht delen", {"note": "share line with its four buttons: site text, one block"}),
        ("site_text", "Meer nieuws", {"note": "heading of the other-news list: site text"}),
        (
            "site_text",
            "ik heb een",
            {"note": "the tip promo ('ik heb een TIP voor …', cut by the store): site text, one block"},
        ),
    ],
)

# ---- VV+ (vvplus.nl, installation trade magazine; article intro) ------------------------------------
L(
    "vv_glastuinbouw",
    (2, 0, None),
    [
        ("site_text", "VV02 Omslag 600", {"note": "image name of the issue's cover: site text"}),
        ("site_text", "Mei 2021", {"note": "issue date line: site text"}),
        ("headline", "Glastuinbouw jaagt innovaties aan voor"),
        (
            "site_text",
            "20 01",
            {"note": "two numbers left by the extraction under the title (page numbers or counters): site text"},
        ),
        ("lede", "De glastuinbouw in Nederland wil in", {"note": "the article's intro, all the page holds"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

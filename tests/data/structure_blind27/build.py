#!/usr/bin/env python3
"""Rebuild structure blind set 27 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: Flemish regional news sites and
a regional broadcaster's short-news page, a Flemish TV news site and cycling news site, Dutch local
broadcasters, a regional daily, a national broadcaster's investigative site, a Catholic weekly's
e-paper page, media and radio trade news, a press-release wire, sports-result pages and local news
sites. They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned
them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind27 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "avz_zouaven": ("http://amateurvoetbalopzondag.nl/wedstrijd/de+zouaven-afc+%2734-m9278", None),
    "lbn_heusden": (
        "http://www.limburgnieuws.be/heusden/1490369009-14-huiszoekingen-in-limburgs-dossier-van-grootschalige-fraude-met-invaliditeitsuitkeringen-24-maart-2017--a.html",
        None,
    ),
    "va1_27februari": ("https://vlaamseardennen1.be/nieuws-27-februari-2", None),
    "rtva_vandissel": ("https://rtv-apeldoorn.nl/nieuws/vrouwen-vast-voor-bedreigen-rivm-directeur-van-dissel", None),
    "kn_jaarboek": ("http://www.pressreader.com/netherlands/katholiek-nieuwsblad/20171027/281560881044483", None),
    "zonws_voerendaal": ("https://www.zo-nws.nl/node/52964", None),
    "stv_raalte": ("https://www.sallandtv.nl/lokale-omroep-rtv-raalte-wil-stoppen/", None),
    "cs_bovelingen": (
        "http://www.cyclingsite.be/rutger-wouters-en-tristan-scherpenbergh-winnen-limburgs-kampioenschap-mechelen-bovelingen",
        None,
    ),
    "vov_playoffs": ("https://vizieropvolleybal.nl/kaarten-reguliere-seizoen-in-belgie-geschud", None),
    "lc_leeuwarderadeel": (
        "https://lc.nl/friesland/Afscheid-van-vijf-gemeenten-Dag-Leeuwarderadeel-22583815.html",
        None,
    ),
    "tvv_meldpunt": (
        "https://tvvisie.be/inhoud/nederland/publieksdebat-over-toenemende--tweedeling-door-vergrijzing-in-meldpunt-actueel_138316/",
        "2025-12-11",
    ),
    "ptr_jeugdzorg": (
        "https://pointer.kro-ncrv.nl/ministeries-spraken-ouders-over-misstanden-jeugdzorg-daarna-bleef-het-stil",
        None,
    ),
    "mt_novum": (
        "https://www.marketingtribune.nl/media/nieuws/2014/09/anp-koopt-concurrent-novum-nieuws/index.xml",
        None,
    ),
    "rf_novum": ("https://www.radiofreak.nl/?p=7639", None),
    "emea_novum": ("https://www.emea.nl/persberichten/concurrentie-drijft-anp-in-het-nauw-128/", None),
    "rk_lummen": ("http://regiokrant.mmtools.eu/content.php?hmID=1821&smID=1550&ssmID=2", None),
    "gs_ongeluk": ("https://www.grootsneek.nl/nieuws/112/2019/12/06/update-ongeluk-sneek/", "2019-12"),
    "zhz_woningbrand": ("https://zhzactueel.nl/2023/01/31/aanhouding-na-woningbrand-in-centrum-gorinchem", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the page's title is not in the excerpt (it starts below it): gold headline null"
CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
CREDIT = "photo credit without caption text: site text"
DATE = "publication date line (article metadata): site text"
TIP = "request to send the newsroom tips, photos or videos: site text"
RELATED = "list of other articles (titles, teasers, rubric labels; cut by the store where the excerpt ends): site text, one block"

# ---- Amateurvoetbalopzondag.nl (amateur football results site; match page) ------------------
L(
    "avz_zouaven",
    (2, 0, None),
    [
        (
            "site_text",
            "Amateurvoetbalopzondag.nl",
            {"note": "site name printed above the page (site header): site text"},
        ),
        ("site_text", "Volg ons op twitter", {"note": "social-media follow prompt: site text"}),
        ("headline", "de Zouaven - AFC '34", {"note": "the match page's title (home team - away team)"}),
        (
            "list_item",
            "Uitslag 2 - 1 (0 - 0)",
            {
                "note": "match facts box, one line each (result, kick-off date, referee, attendance): list items of the article (doubtful: a template data box; the result is the news)"
            },
        ),
        ("list_item", "Datum zondag 12 april 2015"),
        ("list_item", "Scheidsrechter Tempelaar"),
        ("list_item", "Aantal toeschouwers 450"),
        (
            "site_text",
            "Wedstrijdverslag",
            {
                "note": "template section label ('match report') above the report: site text (doubtful: could be a subheading)"
            },
        ),
        (
            "byline",
            "door Vincent Schot (website",
            {"note": "author line with a name and the source (the club's website): byline"},
        ),
        ("lede", ",,Wat zijn we goed hè!?"),
        ("paragraph", ",,Het was héél slecht''"),
        ("paragraph", "Gezien de wind die over het"),
        ("paragraph", "Amper twee minuten terug op het", {"note": CUT}),
    ],
)

# ---- Limburgnieuws.be (Flemish regional news site, Limburg) -----------------------------------
L(
    "lbn_heusden",
    (2, 0, None),
    [
        ("site_text", "www.limburgnieuws.be - info@", {"note": "site header: domain and contact address: site text"}),
        (
            "site_text",
            "vrijdag 22 maart 2019",
            {
                "note": "the site header's current-date line (the day the page was crawled, not the article's date): site text"
            },
        ),
        (
            "headline",
            "Heusden-Zolder: 14 huiszoekingen in",
            {"note": "the title, with the article's date in brackets as printed ('(24 maart 2017)')"},
        ),
        ("lede", "Woensdagochtend 22 maart 2017"),
        ("paragraph", "Binnen Vlaanderen staat Limburg"),
        ("paragraph", "B.B. startte deze handel"),
        (
            "paragraph",
            '"Via dit systeem wordt de sociale',
            {"note": "a paragraph in quotation marks (the investigators' statement): paragraph, not quote; " + CUT},
        ),
    ],
)

# ---- Vlaamse Ardennen 1 (vlaamseardennen1.be, Flemish regional broadcaster; daily short news) ---
L(
    "va1_27februari",
    (1, 0, None),
    [
        (
            "site_text",
            "Kluisbergen Maarkedal Nieuws",
            {"note": "the post's category / municipality tags on one line: site text"},
        ),
        (
            "headline",
            "NIEUWS 27 FEBRUARI",
            {"note": "the page's title, a generic day heading of the short-news roundup (doubtful: generic)"},
        ),
        (
            "lede",
            "De werken aan het dak en de goten",
            {"note": "first of three untitled short news items: lede; the others are paragraphs"},
        ),
        ("paragraph", "De gevangenis van Oudenaarde"),
        ("paragraph", "Nu het wielerseizoen is gestart"),
        ("site_text", "©VlaamseArdennen1", {"note": "copyright line of the broadcaster: site text"}),
    ],
)

# ---- RTV Apeldoorn (rtv-apeldoorn.nl, local broadcaster of Apeldoorn) -------------------------
L(
    "rtva_vandissel",
    (1, 0, None),
    [
        (
            "site_text",
            "RTV Apeldoorn is een lokale omroep",
            {
                "note": "the broadcaster's standing self-description (two lines) printed above the article: site text, one block"
            },
        ),
        ("headline", "Vrouwen vast voor bedreigen RIVM"),
        ("lede", "APELDOORN - Twee vrouwen zijn"),
        ("paragraph", "Het gaat om vrouwen van 54 jaar"),
        ("paragraph", "De vrouwen werden vrijdag opgepakt"),
        ("subheading", "Mogelijk meer aanhoudingen"),
        ("paragraph", "Volgens hoofdofficier van justitie"),
        ("paragraph", "Het politieonderzoek naar de"),
        ("site_text", "Heb je een tip of opmerking?", {"note": TIP}),
        ("site_text", "Zoeken", {"note": "search box label: site text"}),
        (
            "site_text",
            "Steun RTV Apeldoorn",
            {"note": "donation widget ('Steun RTV Apeldoorn', 'Financieel steuntje … - Doneer'): site text, one block"},
        ),
        (
            "site_text",
            "Het weer in Apeldoorn",
            {"note": "weather widget with its provider's name ('booked.net'): site text, one block"},
        ),
        ("site_text", "Luister Radio Apeldoorn", {"note": "listen-live link: site text"}),
    ],
)

# ---- Katholiek Nieuwsblad (Dutch Catholic weekly; article page of its PressReader e-edition) ---
L(
    "kn_jaarboek",
    (0, 0, None),
    [
        ("headline", "Katholiek België in beeld"),
        (
            "site_text",
            "Katholiek Nieuwsblad - - KNVARIA -",
            {"note": "e-edition line: paper name, empty page field and rubric ('KNVARIA'): site text"},
        ),
        ("lede", "De Belgische bisschoppenconferentie"),
        (
            "byline",
            "(Benoit Lannoo)",
            {"note": "the author's name in brackets, glued to the end of the only paragraph: byline"},
        ),
        (
            "site_text",
            "Newspapers in Dutch",
            {"note": "PressReader footer: catalogue links and copyright line: site text, one block"},
        ),
    ],
)

# ---- ZO-NWS (zo-nws.nl, local broadcaster of Beekdaelen and Brunssum, Parkstad Limburg) --------
L(
    "zonws_voerendaal",
    (0, 0, None),
    [
        ("headline", "Raad Voerendaal voor zendmachtiging"),
        (
            "site_text",
            "Anonymous (not verified)",
            {
                "note": "CMS metadata: author placeholder 'Anonymous (not verified)' (no name), published and last-edited dates: site text, one block"
            },
        ),
        ("lede", "De gemeenteraad van Voerendaal is"),
        ("paragraph", "ZO-NWS, de omroep voor Beekdaelen"),
        ("paragraph", "Sebastiaan Vliegen van de VVD"),
        (
            "site_text",
            "Bekijk je dit bericht via de ZO-NWS",
            {"note": "note for app users on where the video is: site text"},
        ),
        ("site_text", "weerfoto december", {"note": "image label / alt text printed as a line of its own: site text"}),
        (
            "site_text",
            "Meld u aan en doe mee in het ZO-NWS",
            {"note": "promotion of the broadcaster's opinion panel (heading and paragraph): site text, one block"},
        ),
        ("site_text", "-----", {"note": "separator line and " + TIP}),
        ("site_text", "Reclame", {"note": "advertisement labels ('Reclame', 'Advertenties'): site text, one block"}),
    ],
)

# ---- Salland TV (sallandtv.nl, regional TV of Salland) ------------------------------------------
L(
    "stv_raalte",
    (0, 0, None),
    [
        ("headline", "Lokale omroep RTV Raalte wil stoppen"),
        ("lede", "De lokale publieke omroep van de"),
        ("paragraph", "De voorzitter van de lokale omroep"),
        (
            "site_text",
            "Over Salland TV",
            {"note": "'about' box heading and its close button 'x': site text, one block"},
        ),
        ("site_text", "Check Also", {"note": "'Check Also' box: title and cut teaser of another article: " + RELATED}),
    ],
)

# ---- Cyclingsite.be (Flemish cycling news site; race result report) ----------------------------
L(
    "cs_bovelingen",
    (0, 0, None),
    [
        ("headline", "Rutger Wouters en Tristan"),
        (
            "byline",
            "Door Glenn Hofkens op 30 Apr 2018",
            {"note": "author line with name, date and time ('Door … op 30 Apr 2018 - 11:12'), kept whole: byline"},
        ),
        ("site_text", "Printvriendelijke versie", {"note": "print-version link: site text"}),
        ("lede", "Gisteren stonden er in verschillende", {"note": "the only paragraph; " + CUT}),
    ],
)

# ---- Vizier op Volleybal (vizieropvolleybal.nl, Dutch volleyball news site; results) ------------
L(
    "vov_playoffs",
    (1, 0, None),
    [
        (
            "site_text",
            "Vizier op volleybal",
            {"note": "site name above the article (with a whitespace-only line): site text"},
        ),
        ("headline", "Kaarten reguliere seizoen in België"),
        (
            "site_text",
            "VoV, 09-03-2020. 14:10 uur.",
            {
                "note": "outlet abbreviation, date and time glued before the first sentence: site text (doubtful: could be read as the lede's dateline)"
            },
        ),
        ("lede", "Bij de dames in België is de"),
        ("paragraph", "Verder waren er 3-0 zeges"),
        ("paragraph", "De play-offs gaan als volgt van"),
        ("list_item", "PO1: Asterix Avo 6", {"note": "play-off pool with points, one line each: list items"}),
        ("list_item", "PO2: Oudegem 8"),
        ("paragraph", "Bij de mannen hebben Maaseik"),
        ("paragraph", "Maaseik was met een eigen score"),
        ("paragraph", "Tectum Achel won in Leuven"),
        ("paragraph", "In de Challenge Final 4 komen uit"),
        (
            "byline",
            "gh @ Vizier op Volleybal.",
            {"note": "author's initials and the outlet as a signature: byline (doubtful: initials only)"},
        ),
        ("site_text", "Foto CEV, Asterix Avo.", {"note": CREDIT}),
    ],
)

# ---- Leeuwarder Courant (lc.nl, regional daily of Friesland; paywalled article) -----------------
L(
    "lc_leeuwarderadeel",
    (0, 0, None),
    [
        ("headline", "Afscheid van vijf gemeenten: Dag"),
        ("lede", "Friesland neemt vanwege gemeentelijke", {"note": "the intro under the title: lede"}),
        (
            "caption",
            "Ger Boersma (links) en Klaas Tijtsma",
            {
                "tail": "FOTO MARCEL VAN KAMMEN",
                "note": "photo caption; its credit 'FOTO MARCEL VAN KAMMEN' is the tail",
            },
        ),
        (
            "subheading",
            "Historici blij: de trimdelen komen",
            {
                "note": "a heading under the photo, before the paywall: subheading (doubtful: could be the article's own title, with the series title above it as a kicker)"
            },
        ),
        ("site_text", "Direct verder lezen?", {"note": "paywall prompt ('read on now?'): site text"}),
    ],
)

# ---- TV-Visie (tvvisie.be, Flemish TV news site; item built on a broadcaster's press release) ---
L(
    "tvv_meldpunt",
    (1, 0, None),
    [
        (
            "site_text",
            "Ruben Van Gucht aan de deur gezet",
            {
                "note": "store date prefix ' date 2025-12-11 ' removed; three titles of other articles above the article: "
                + RELATED
            },
        ),
        ("headline", "Publieksdebat over toenemende"),
        ("site_text", "donderdag 11 december 2025", {"note": DATE}),
        ("site_text", "Foto: © MAX 2025", {"note": CREDIT}),
        ("lede", "Wie goed bij kas zit, kan een prima"),
        ("paragraph", "Is het rechtvaardig dat er een"),
        ("paragraph", "Ook te gast zijn Aad de Groot"),
        ("paragraph", "De derde aflevering van de serie", {"note": CUT}),
    ],
)

# ---- Pointer (pointer.kro-ncrv.nl, investigative site of the national broadcaster KRO-NCRV) -----
L(
    "ptr_jeugdzorg",
    None,
    [
        ("lede", "Ongefundeerde aantijgingen en", {"note": "the intro: lede; " + NOTITLE}),
        ("paragraph", "Eind november 2018. Een woensdag."),
        ("paragraph", "Het gesprek op het ministerie voelt"),
        (
            "site_text",
            "Jeugdzorg Brabant",
            {
                "note": "embedded link to an earlier article (rubric label, title, teaser sentence) between two paragraphs: site text, one block (doubtful: 'Jeugdzorg Brabant' alone could pass for a subheading)"
            },
        ),
        ("subheading", "Geen hoor en wederhoor"),
        ("paragraph", "En dus vertellen Anne en Tim samen", {"note": CUT}),
    ],
)

# ---- MarketingTribune (marketingtribune.nl, marketing and media trade news) --------------------
L(
    "mt_novum",
    (0, 0, None),
    [
        ("headline", "ANP koopt enige concurrent Novum"),
        (
            "site_text",
            "- Media\n- 19 sep 2014",
            {"note": "metadata list: rubric ('Media'), date and time, 'Link', an empty item: site text, one block"},
        ),
        (
            "byline",
            "Redactie Media\nRedactie\n",
            {"note": "author name (the desk 'Redactie Media'): byline (doubtful: a desk, not a person)"},
        ),
        (
            "site_text",
            "Redactie\nMarketingTribune - J",
            {
                "note": "the rest of the author card (role 'Redactie', outlet and its sections) and the date and author repeated: site text, one block"
            },
        ),
        ("lede", "Persbureau Novum Nieuws wordt per"),
        ("paragraph", "Met de overname gaan bij Novum 37"),
        ("paragraph", "Reden voor de verkoop volgens"),
        ("paragraph", "Guido van Nispen, directeur van het"),
        ("paragraph", "Volgens Van Nispen wordt de"),
        (
            "site_text",
            "-\nRedactie Media\n- Werkt bij",
            {
                "note": "author box below the article (name, employer, role, website, profile link): site text, one block"
            },
        ),
        ("site_text", "- overname\n- Jos Timmers", {"note": "tag list, one tag a line: site text, one block"}),
        ("site_text", "Nieuwsbrief\n- Mis niets!", {"note": "newsletter sign-up prompt: site text"}),
        ("site_text", "Laatste reacties", {"note": "heading of the latest-comments widget: site text"}),
        (
            "site_text",
            "Word abonnee en ontvang:",
            {"note": "subscription offer with two benefits: site text, one block"},
        ),
        ("site_text", "Meest gelez", {"note": "'most read' widget heading, cut by the store: site text"}),
    ],
)

# ---- Radiofreak (radiofreak.nl, radio trade news) ----------------------------------------------
L(
    "rf_novum",
    (1, 0, None),
    [
        (
            "site_text",
            "Home Landelijke radio OM eist boete",
            {"note": "breadcrumb trail (Home › rubric › title): site text"},
        ),
        (
            "headline",
            "OM eist boete tegen persbureau Novum",
            {"skip": 1, "note": "the title (its first occurrence is the end of the breadcrumb)"},
        ),
        ("lede", "Het Openbaar Ministerie heeft deze"),
        ("paragraph", "Volgens het Openbaar Ministerie"),
        ("paragraph", "Medewerkers van Novum Nieuws zouden"),
        ("paragraph", "Volgens de officier van justitie is"),
        ("paragraph", "Novum Nieuws is een boete ten laste"),
        ("paragraph", "In hoger beroep werd de uitspraak", {"note": CUT}),
    ],
)

# ---- Emea.nl (press-release wire; a news agency's release) -------------------------------------
L(
    "emea_novum",
    None,
    [
        (
            "lede",
            "AMSTERDAM, 26 oktober _ Novum nodigt",
            {"note": "dateline and first paragraph, hard-wrapped as in the e-mailed release; " + NOTITLE},
        ),
        ("paragraph", "Het ANP beschuldigt Novum van"),
        ("paragraph", "Novum wordt als concurrent van"),
        (
            "paragraph",
            "Novum heeft in de acht dagen die zij",
            {"note": "'persbericht' on a line of its own (a link in the original) kept inside the paragraph"},
        ),
        ("paragraph", "Novum heeft nimmer de intentie"),
        ("paragraph", "Hoofdredacteur Marcel van de Hoef"),
        ("paragraph", "Novum heeft de NMa eerder dit jaar", {"note": CUT}),
    ],
)

# ---- Regiokrant (regiokrant.mmtools.eu, Flemish regional paper, Lummen / Herk-de-Stad) ---------
L(
    "rk_lummen",
    None,
    [
        (
            "site_text",
            "Tot maandag 2 februari 2009",
            {"note": "dated header of the news page ('until Monday 2 February 2009', the issue's run): site text"},
        ),
        (
            "lede",
            "Een delegatie van de Lummense",
            {"note": "first of several untitled short news items: lede; " + NOTITLE},
        ),
        ("paragraph", "De bushalte aan campus Ursula"),
        ("paragraph", "In het natuurreservaat de"),
        ("paragraph", "Op vrijdag 13 februari gaat de"),
        ("paragraph", "De Lummen", {"note": "start of the next item; " + CUT}),
    ],
)

# ---- Groot Sneek (grootsneek.nl, local news site of Sneek) --------------------------------------
L(
    "gs_ongeluk",
    None,
    [
        (
            "lede",
            "Sneek- Vanmiddag heeft er een",
            {"note": "store date prefix ' date 2019-12 ' removed; dateline and first paragraph; " + NOTITLE},
        ),
        ("paragraph", "De Sneker brandweer heeft hand"),
        ("site_text", "Foto Jan Douwe Gorter", {"note": CREDIT}),
    ],
)

# ---- ZHZ Actueel (zhzactueel.nl, regional news site of Zuid-Holland-Zuid) -----------------------
L(
    "zhz_woningbrand",
    None,
    [
        ("lede", "GORINCHEM – De brandweer is in de", {"note": NOTITLE + "; the text carries no site text"}),
        ("paragraph", "Bij aankomst van de brandweer bleek"),
        ("paragraph", "De politie hield in de directe"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 42 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish and Belgian Dutch-language news pages of sixteen outlets none of
which is in an earlier structure set: a farmers' union, an athletics club, a hospital, a defence
news site, a local news site (Lede / Erpe-Mere), an industrial-heritage association, a horse-sport
magazine, a families' association, a left-wing magazine, a motorcycle magazine, a university
college's press room, a seniors' association branch, an Orthodox parish, a local TV station (Mol),
a Ghent news portal and a student-journalism site. They come from the `search` tool's "pages" corpus
(stored public web pages, text as the store extracted it), which cannot be re-fetched by a script;
so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind42 and are NOT for the
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
    "bb_zuivel": ("https://www.boerenbond.be/actualiteit/de-markt-zuivel-63", None),
    "ar_veldlopen": (
        "https://www.atletiek-arac.be/nieuws/wedstrijdverslagen-jeugd/bk-veldlopen-6-maart-2022-in-brussel/",
        None,
    ),
    "gz_groeipakket": (
        "https://nieuws.gezinsbond.be/gezinsbond-tevreden-met-extra-middelen-voor-kwetsbare-gezinnen-wel-structurele-aanpak-rond-kinderarmoede-nodig",
        None,
    ),
    "or_aerts": ("http://brugge.orthodoxia.be/2016/12/08/7703/", None),
    "od_kickoff": ("https://odisee.prezly.com/studenten-odisee-campus-sint-niklaas-vieren-start-academiejaar", None),
    "et_molens": ("https://etwie.be/nl/kennisbank/nieuws/15-miljoen-euro-voor-restauratie-vlaamse-molens", None),
    "ap_basket": ("https://wrap.apstudent.be/?p=5326", None),
    "av_bilzen": ("https://www.azvesalius.be/nl/nieuws/medisch-centrum-bilzen-1/", None),
    "lv_staking": (
        "https://lavamedia.be/de-wet-is-ondergeschikt-aan-de-strijd-een-eeuw-stakingsvrijheid/",
        None,
    ),
    "tm_getouw": (
        "https://tvmol.be/cultuurcentrum-%E2%80%99t-getouw-behoudt-naam-w%C3%A9l-herbronning-voor-20212022",
        None,
    ),
    "ok_tienen": (
        "https://okralovendegem.be/Fotohtmls/Alfa-verslagen/FtSuikerfabriek%20Tienen%202010-11-05.html",
        None,
    ),
    "wg_park": (
        "http://welkom.gent/nieuws-uit-gent/opinie-de-brugse-poort-kan-zomaar-een-nieuw-park-krijgen-wij-de-buurtbewoners-willen-gerust-het-werk-doen/",
        None,
    ),
    "mt_wk": (
        "https://www.motoren-toerisme.be/nieuws/het-sportlijstje-5-belgische-wk-ronden-die-je-dit-jaar-niet-mag-missen",
        None,
    ),
    "bm_wimpelke": (
        "https://bambrugge.be/index.php/nieuws-uit-lede-mainmenu-16/algemeen-nieuws-mainmenu-19/15200-vandalisme-aan-t-wimpelke",
        None,
    ),
    "bd_kazernes": (
        "https://www.belgiandefencenews.be/news/overzicht-welke-13-kazernes-zijn-rijp-voor-de-sloop/",
        None,
    ),
    "gp_kuipers": ("https://www.galop.be/nl/nieuws/artikel/nederlander-kuipers-klopt-twee-jonge-belgen", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
SUBTITLE = (
    "one-line subtitle under the title: subheading (doubtful: could be read as part of the headline or as the lede)"
)
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Boerenbond (boerenbond.be, Flemish farmers' union; weekly dairy-market item) ---------------
L(
    "bb_zuivel",
    (0, 0, None),
    [
        (
            "headline",
            "De markt: zuivel",
            {"note": "the page title; 'De markt:' is the rubric of the weekly market items, kept in the headline"},
        ),
        ("subheading", "Markten blijven vrij stabiel", {"note": SUBTITLE}),
        ("lede", "De prijzen van de voornaamste", {"note": "the whole report is one paragraph"}),
        (
            "site_text",
            "Aalter, centrum van sterke merken",
            {"note": "list of other news items of the site (titles, some with a teaser line): site text, one block"},
        ),
    ],
)

# ---- ARAC (atletiek-arac.be, athletics club; youth competition report) ---------------------------
L(
    "ar_veldlopen",
    (0, 0, None),
    [
        ("headline", "BK veldlopen 6 maart 2022 in Brussel", {"note": "the first of three identical title lines"}),
        (
            "site_text",
            "BK veldlopen 6 maart 2022 in Brussel",
            {
                "note": "the title printed twice more (page-title and breadcrumb copies): site text, one block (doubtful: which copy is the headline)"
            },
        ),
        ("lede", "De 2 afgelopen jaren afgelast voor"),
        ("paragraph", "In alle vroegte trokken we met 9"),
        (
            "paragraph",
            "Jawel een grasvlakte, maar best wel",
            {"note": "several paragraphs glued at their full stops ('atleetjes.De kangoeroes'): one block"},
        ),
        ("paragraph", "Na heel veel mooie pr", {"note": CUT}),
    ],
)

# ---- Gezinsbond (nieuws.gezinsbond.be, Flemish families' association; press release) ------------
L(
    "gz_groeipakket",
    (1, 0, None),
    [
        ("site_text", "Skip to Content", {"note": "skip link (English): site text"}),
        ("headline", "Gezinsbond tevreden met extra middelen"),
        ("lede", "De Gezinsbond is tevreden dat Vlaander", {"note": "the bold intro under the title"}),
        ("paragraph", "De Vlaamse Regering trekt 45 miljoen"),
        ("paragraph", "“De Gezinsbond is tevreden dat"),
        ("site_text", "Contacteer ons", {"note": "contact link after the item: site text"}),
        (
            "site_text",
            "Over De Gezinsbond",
            {
                "note": "the standing 'About the Gezinsbond' box of every release (heading and text; cut): site text (doubtful: press-release boilerplate the release itself carries); "
                + CUT
            },
        ),
    ],
)

# ---- Orthodoxe parochie Brugge (brugge.orthodoxia.be, Orthodox parish of Bruges; news item) -----
L(
    "or_aerts",
    (0, 0, None),
    [
        ("headline", "LODE AERTS NIEUWE BISSCHOP VAN BRUGGE", {"note": "the title in capitals"}),
        ("lede", "Mgr. Lode Aerts mag zich voortaan", {"note": CLEAN}),
        ("paragraph", "Kort voor de wijding blikte Aerts"),
        ("paragraph", "Stipt om 15 uur begon in een nokvolle"),
        ("paragraph", "Dat gebeurde in aanwezigheid van"),
        ("paragraph", "De Orthodoxe Kerk in België werd", {"note": CUT}),
    ],
)

# ---- Odisee (odisee.prezly.com, university college's press room; news release) ----------------
L(
    "od_kickoff",
    (0, 0, None),
    [
        ("headline", "Studenten Odisee campus Sint-Niklaas"),
        ("subheading", '"Vanaf dag één willen we studenten', {"note": SUBTITLE + "; " + CLEAN}),
        ("lede", "Hogeschool Odisee in Sint-Niklaas zet"),
        ("subheading", "4 % meer nieuwe studenten"),
        ("paragraph", '"Onze campus in Sint-Niklaas telt nu'),
        ("subheading", "Uit de bol op Ide Snake en DJ One T"),
        ("paragraph", "Op donderdag 15 september wordt het"),
        ("paragraph", "Tijdens de middagpauze van 12 tot 14u", {"note": CUT}),
    ],
)

# ---- Etwie (etwie.be, Flemish industrial-heritage association; news item) ----------------------
L(
    "et_molens",
    (1, 0, None),
    [
        ("site_text", "contact\nMyEtwie\nIn de kijker", {"note": "site menu: site text, one block"}),
        ("headline", "1,5 miljoen euro voor restauratie"),
        ("site_text", "Gepubliceerd op 04/11/2015", {"note": "publication date line: site text"}),
        ("site_text", "rotemsemolen", {"note": "image name/alt text of the header photo: site text"}),
        ("lede", "Geert Bourgeois, Vlaams minister"),
        ("paragraph", "De Rotemse Molen in Halen (foto boven)"),
        ("paragraph", "De 18de-eeuwse molenromp van de"),
        ("paragraph", "De Oyenbrugmolen is een watermolen op"),
        ("paragraph", "De Beddermolen in Tongerlo fungeerde", {"note": CUT}),
    ],
)

# ---- Wrap (wrap.apstudent.be, AP Hogeschool student-journalism site; interview feature) -------
L(
    "ap_basket",
    (0, 0, None),
    [
        ("headline", "‘Restart’ Belgisch profbasketbal"),
        ("lede", "De Belgische hoogste klasse in het", {"note": "the intro under the title"}),
        (
            "site_text",
            "__________",
            {
                "note": "a rule of 120 underscores between the intro and the first interview: layout, site text (doubtful: a separator without words)"
            },
        ),
        (
            "subheading",
            "Basketbalcommentator Glenn De Hollan",
            {"note": "the interviewee's label heading the first interview"},
        ),
        ("subheading", "“Basketbal verdient aandacht", {"note": "the interview's own title (opening quote unclosed)"}),
        ("paragraph", "De oranje bal botst opnieuw in het"),
        (
            "paragraph",
            "Eerst en vooral, is het verantwoord",
            {"note": "interviewer's question; questions and answers are paragraphs"},
        ),
        ("paragraph", "Het kan volgens mij. Kijk maar naar"),
        ("paragraph", "Dorganisatie van de ‘Euromillions", {"note": "question ('Dorganisatie' as extracted)"}),
        ("paragraph", "Ik had het vooral gehoopt, omdat we", {"note": CUT}),
    ],
)

# ---- AZ Vesalius (azvesalius.be, Limburg hospital; news item) ----------------------------------
L(
    "av_bilzen",
    (1, 0, None),
    [
        ("site_text", "AZ Vesalius logo", {"note": "alt text of the site logo: site text"}),
        ("headline", "Bouw nieuw Medisch Centrum Bilzen van"),
        ("site_text", "14 augustus 2019", {"note": "publication date line: site text"}),
        ("lede", "Op maandag 5 augustus 2019 werd de"),
        ("subheading", "Medische zorg dicht bij huis"),
        ("paragraph", "Het nieuwe medisch centrum wordt"),
        ("paragraph", "Bij de voorbereiding en de ontwikkelin"),
        ("paragraph", "Tijdens de openingsuren is deze", {"note": CUT}),
    ],
)

# ---- LAVA (lavamedia.be, Belgian left-wing magazine; article) ----------------------------------
L(
    "lv_staking",
    (1, 0, None),
    [
        ("site_text", "Artikels", {"note": "section label above the title: site text"}),
        ("headline", "“De wet is ondergeschikt aan de strijd"),
        ("lede", "Precies 100 geleden werd artikel 310", {"note": "the intro under the title"}),
        (
            "caption",
            "De politie grijpt in tijdens de Britse",
            {"tail": "| John Sturrock", "note": "photo caption; the photographer's credit after ' | ' is the tail"},
        ),
        (
            "paragraph",
            "“Zal bestraft worden met een",
            {
                "note": "the quoted text of the old article 310 (two paragraphs in quotation marks): paragraph (doubtful: could be a block quote)"
            },
        ),
        ("paragraph", "Dat geldt ook voor eenieder die, door"),
        ("paragraph", "Zo stond het in artikel 310 van het"),
        (
            "caption",
            "Jan Buelens is professor arbeidsrecht",
            {
                "note": "one-line description of the interviewee repeating the paragraph above: taken as the caption of his photo (doubtful: could be a paragraph or an author box)"
            },
        ),
        ("paragraph", "“Een reactie is altijd het gevolg van", {"note": CUT}),
    ],
)

# ---- TV Mol (tvmol.be, local TV station of Mol; news item) -------------------------------------
L(
    "tm_getouw",
    None,
    [
        ("lede", "In deze coronacrisis is het voor een", {"note": NOTITLE + "; " + CLEAN}),
        ("subheading", "Nieuwe naam en huisstijl?"),
        ("paragraph", "Het gemeentebestuur ontving de"),
    ],
)

# ---- Okra Lovendegem (okralovendegem.be, seniors' association branch; trip report) -------------
L(
    "ok_tienen",
    (2, 0, None),
    [
        ("site_text", "Okra\nOkra cirkels", {"note": "site name and menu item: site text, one block"}),
        ("site_text", "Printversie", {"note": "print-version link at the top: site text"}),
        (
            "headline",
            "Reis naar Tienen en zijn suikerfabriek",
            {"note": "the title with its date ('- 5 november 2010')"},
        ),
        ("lede", "Naast een viertal daguitstappen"),
        ("paragraph", "Onze tocht bracht ons op vrijdag 5"),
        ("paragraph", "Tienen (32.000 inwoners) situeert"),
        ("paragraph", "Zowel het Hageland als Haspengouw"),
        ("paragraph", "Naast de aanplant van groenten, tarwe"),
        ("paragraph", "Dat de suikerbiet voor Europa nu al", {"note": CUT}),
    ],
)

# ---- Welkom.gent (welkom.gent, Ghent news portal; item from a newspaper) ------------------------
L(
    "wg_park",
    None,
    [
        ("lede", "Midden in de Brugse Poort kan zonder", {"note": NOTITLE + "; the item's teaser text"}),
        (
            "site_text",
            "Het Nieuwsblad : Gent",
            {"note": "the portal's source line (newspaper and edition the item links to): site text"},
        ),
    ],
)

# ---- Motoren & Toerisme (motoren-toerisme.be, Belgian motorcycle magazine; list article) --------
L(
    "mt_wk",
    (0, 0, None),
    [
        (
            "headline",
            "Het sportlijstje: 5 Belgische WK-ronde",
            {"note": "the title with its rubric kicker 'Het sportlijstje:' on the same line"},
        ),
        ("lede", "Ondanks alle financiële en juridische"),
        ("subheading", "1. 8 Hours of Spa Motos - 7-8 juni", {"note": "numbered item title of the list article"}),
        ("paragraph", "Geen etmaalrace meer op"),
        (
            "site_text",
            "8 Hours of Spa Motos - Spa-Franco",
            {"note": "calendar link under the item (event and place): site text"},
        ),
        ("subheading", "2. GP van België Zijspancross"),
        ("site_text", "Foto: WSC/FIM Sidecarcross.com", {"note": "photo credit: site text"}),
        ("paragraph", "Lommel is in het laatste decennium"),
        ("site_text", "GP van Belgie Zijspancross - Lommel", {"note": "calendar link under the item: site text"}),
        ("subheading", "3. GP van", {"note": CUT}),
    ],
)

# ---- BAM (bambrugge.be, local news site of Lede / Erpe-Mere; short item) ------------------------
L(
    "bm_wimpelke",
    None,
    [
        (
            "site_text",
            "Voor artikels over Erpe-Mere en Lede",
            {"note": "standing notice of the site (readers referred to HLN.be): site text; " + NOTITLE},
        ),
        ("lede", "Impe - De caravan die basisschool", {"note": "the whole item, with its place dateline"}),
        ("site_text", ";", {"note": "a lone ';' left by the extraction after the item: site text"}),
    ],
)

# ---- Belgian Defence News (belgiandefencenews.be, Belgian defence news site; article) ----------
L(
    "bd_kazernes",
    (0, 0, None),
    [
        (
            "headline",
            "OVERZICHT: Welke 13 kazernes zijn",
            {"note": "the page title with its genre kicker 'OVERZICHT:' on the same line"},
        ),
        ("site_text", "26/02/2015, 12:00", {"note": "publication date and time: site text"}),
        (
            "site_text",
            "Legerhervorming: Welke 13 kazernes",
            {
                "note": "the title repeated with a topic kicker ('Legerhervorming:'): site text (doubtful: this copy could be the article's own headline)"
            },
        ),
        ("lede", "Wil defensieminister Steven Vandeput"),
        ("paragraph", "Volgens de krant zullen mogelijk"),
        ("subheading", "Kazerne van Spa"),
        ("paragraph", "Thuisbasis van het 12/13 Li"),
        ("subheading", "Kazerne van Bastogne"),
        ("paragraph", "Huisvest onder meer de ‘NUTS’-cave."),
        ("subheading", "Kazerne van Stockem (Arlon)"),
        ("paragraph", "Huisvest de Compagnie Scholing Zuid."),
        ("subheading", "Kazerne van Arlon (Kamp Lagland)"),
        ("paragraph", "Centrum voor basisopleiding."),
        ("subheading", "Vliegbasis van Florennes"),
        ("paragraph", "Huisvest een deel van de F-16’s."),
        ("subheading", "Kazerne van Nijvel"),
        ("paragraph", "Herbergt onder meer een militaire"),
        ("subheading", "Kazerne van Berlaar"),
        ("paragraph", "Hier voert defensie een groot deel"),
        ("subheading", "Kazerne van Grobbendonk"),
        ("paragraph", "Thuisbasis van het 29e Bataljon"),
        ("subheading", "Leopoldkazerne te Gent"),
        ("paragraph", "Huisvest het militair informatiecentru"),
        ("subheading", "Air Traffic Control Center te Gavere"),
        ("paragraph", "Hier wordt het (militair) vliegverkeer", {"note": CUT}),
    ],
)

# ---- Galop (galop.be, Belgian horse-sport magazine; short report) ------------------------------
L(
    "gp_kuipers",
    None,
    [
        (
            "site_text",
            "De laatste: kansjes en koopjes met 58",
            {
                "note": "promo for the magazine's own horse auction (title and teaser line) above the report: site text, one block; "
                + NOTITLE
            },
        ),
        ("lede", "De grote Belgische delegatie heeft", {"note": "the whole report is one paragraph"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

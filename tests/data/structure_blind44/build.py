#!/usr/bin/env python3
"""Rebuild structure blind set 44 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets and of organisations' news
sections: a chess club, a diocese, a beekeepers' association, a local news site of Amstelveen, a
brass band, an installation-trade news site, a village site (Speuld), a village site (Biest-Houtakker),
a football fan aggregator, a hospital, a pigeon-racing news site, an amateur theatre club reprinting
a newspaper review, a golfing journalists' association, a Flemish tech news site, a Bruges local
radio station and a Dutch hospitality-trade news site. They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind44 and are NOT for the project repository. Only the labels (ours)
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
    "ss_kroegen": (
        "https://sksouburg.net/index.php/toernooien/1249-schaakkroegen-toernooi-prooi-voor-goesenaren",
        None,
    ),
    "bb_parochiebezoek": ("https://bisdombreda.nl/algemeen/bisschop-rondt-serie-parochiebezoeken-af/", None),
    "ih_imkerjaar": (
        "http://imkersvereniginghaaksbergen.nl/index.php/nieuws/113-terugblik-op-het-imkerjaar-2016",
        None,
    ),
    "aw_hic": (
        "http://www.amstelveenweb.com/nieuws-HI-Dames-zijn-kampioen-van-de-Overgangsklasse-B-&newsid=447728637",
        None,
    ),
    "cs_jubilarissen": ("https://www.concordiaschaijk.nl/jubilarissenconcert/", None),
    "in_erkenning": (
        "https://www.installatienet.nl/vraag-om-verplichte-erkenningsregeling-wordt-breed-gedragen/?shared=email&msg=fail",
        None,
    ),
    "sp_dorpstuin": ("https://speuld.info/nieuws/de-dorpstuin-zoekt-vrijwilligers", None),
    "bh_whatsapp": (
        "https://www.biest-houtakker.eu/index.php/1471-whatsapp-groep-veilig-biest-deelnemers-gezocht",
        None,
    ),
    "fs_sneeuw": (
        "https://www.fanvansparta.nl/artikel/verontwaardiging-om-beslissing-knvb-hoe-kan-je-dit-door-laten-gaan",
        None,
    ),
    "rk_operaties": ("https://www.rkz.nl/opschalen-coronazorg-en-uitstellen-operaties/page/35", None),
    "da_gpspilot": ("https://duivensportallerlei.nl/vraag2020-74.htm", None),
    "eo_toneel": (
        "https://www.eensgezindheidoverdinkel.nl/2974/0/publications/alle-publicaties/08-11-2011-dagblad-tubantia",
        None,
    ),
    "nv_haenen": ("https://www.nvgj.nl/nieuws/onno-jinxed-alvast-de-wedstrijd-op-de-haenen", None),
    "tp_cloud": ("https://techpulse.be/blog/381942/hoe-3-kleurig-is-de-belgische-cloud/", None),
    "rb_regionieuws": ("https://radiobrugsommeland.be/nieuws/regio-nieuws-in-het-kort-29/", None),
    "lr_horeca100": ("https://lunchroom.nl/de-horeca-100-van-2015-10701", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Schaakklub Souburg (sksouburg.net, chess club of Souburg, Zeeland; club news) ---------------
L(
    "ss_kroegen",
    (1, 0, None),
    [
        (
            "site_text",
            "Op donderdagavond spelen de senioren",
            {
                "note": "the five rotating header-slider lines of the club site (welcome line, club evenings, tournaments), printed above every item: site text, one block"
            },
        ),
        ("headline", "Schaakkroegen toernooi prooi voor"),
        ("lede", "De 21e editie van het"),
        ("site_text", "170513 Schaakkroegen 01", {"note": "image file name printed as alt text: site text"}),
        ("caption", "Remco van de Braak (links) en Louis", {"note": "photo caption with words of its own"}),
        ("paragraph", "Voor de finalepoule gespeeld werd"),
        ("paragraph", "De finale werd dus erg spannend."),
        ("paragraph", "De derde plaats was er voor Robin", {"note": CUT}),
    ],
)

# ---- Bisdom Breda (bisdombreda.nl, Roman Catholic diocese of Breda; diocesan news) -----------------
L(
    "bb_parochiebezoek",
    (0, 0, None),
    [
        ("headline", "Bisschop rondt serie parochiebezoeken"),
        ("site_text", "1 april 2014", {"note": "publication date line: site text"}),
        ("lede", "Op vrijdag 14 maart bezocht bisschop"),
        ("paragraph", "Het bezoek van de bisschop aan de"),
        ("paragraph", "De bezoeken van de bisschop begonnen"),
        ("subheading", "Ontmoetingen\n"),
        ("paragraph", "Elk parochiebezoek had als vaste"),
        ("paragraph", "Bisschop Liesen: “In de gesprekken"),
        (
            "caption",
            "Het eerste bezoek op 16 januari 2013.",
            {"tail": "(Foto: R. Mangold)", "note": "photo caption; the photo credit glued to its end is the tail"},
        ),
        ("subheading", "Parochiekerken\n"),
        ("paragraph", "In de nieuwe samengevoegde parochies", {"note": CUT}),
    ],
)

# ---- Imkersvereniging De Heidebloem (imkersvereniginghaaksbergen.nl, beekeepers, Haaksbergen) ------
L(
    "ih_imkerjaar",
    (0, 0, None),
    [
        ("headline", "Terugblik op het imkerjaar 2016."),
        (
            "lede",
            "Inleiding. Wat kunnen we als",
            {"note": "run-in heading 'Inleiding.' kept inside the paragraph; " + CLEAN},
        ),
        (
            "paragraph",
            "Activiteiten in kader van 110-jarig",
            {"note": "run-in heading kept inside the paragraph, which introduces the list below"},
        ),
        ("list_item", "•    plaatsen van 8 paginagrootte"),
        ("list_item", "•    aanleggen van een bijenhotel"),
        ("list_item", "•    aanleggen van een bijeninfo"),
        ("list_item", "•    organiseren van een Bijenboeldag"),
        ("list_item", "•    organiseren van een leden en"),
        ("list_item", "•    binnenhalen van sponsoren"),
        ("list_item", "•    organiseren van  de regionale"),
        ("list_item", "•    voorbereiden en opstarten van", {"note": CUT}),
    ],
)

# ---- AmstelveenWeb (amstelveenweb.com, local news site of Amstelveen; sports) ------------------------
L(
    "aw_hic",
    (0, 0, None),
    [
        ("headline", "HIC Dames zijn kampioen van de"),
        (
            "site_text",
            "Nieuws -> Sport",
            {"note": "section breadcrumb, glued to the source line: site text (split inside the line)"},
        ),
        ("site_text", "Bron: HIC Hockey", {"note": "source line (the club's press item): site text"}),
        ("site_text", "19-05-2025", {"note": "publication date line: site text"}),
        ("lede", "De dames van hockeyvereniging HIC"),
        ("paragraph", "Maar dan moest er nog wel even van"),
        ("paragraph", "Wat volgde, was een enorme ontlading."),
        ("site_text", "(Foto HIC - 2025)", {"note": "photo credit printed above the caption: site text"}),
        (
            "caption",
            "De dames van hockeyvereniging HIC",
            {"note": "photo caption with words of its own (repeats the lede's opening words)"},
        ),
        ("paragraph", "Het contrast met vorig jaar had"),
        ("paragraph", "Maar wie dacht dat HIC in zou storten", {"note": CUT}),
    ],
)

# ---- Muziekvereniging Concordia Schaijk (concordiaschaijk.nl, brass band of Schaijk; club news) ----
L(
    "cs_jubilarissen",
    None,
    [
        ("lede", "Muziekliefhebbers in Schaijk en", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De jubilarissen die tijdens het"),
        ("paragraph", "Het fanfareorkest en de slagwerkgroep"),
    ],
)

# ---- Installatienet (installatienet.nl, Dutch installation-trade news) -----------------------------
L(
    "in_erkenning",
    None,
    [
        (
            "site_text",
            "Gemiddelde leestijd voor dit bericht",
            {"note": "reading time ('average reading time 45 seconds'): site text; " + NOTITLE},
        ),
        ("lede", "Uit recent onderzoek blijkt dat een"),
        ("paragraph", "Vooral als het gaat over"),
        (
            "site_text",
            "[related_post themes=",
            {"note": "unrendered CMS shortcode of a related-posts widget: site text"},
        ),
    ],
)

# ---- Speuld.info (speuld.info, village site of Speuld, Veluwe; village news) ----------------------
L(
    "sp_dorpstuin",
    None,
    [("lede", "Het tuinseizoen is weer begonnen.", {"note": NOTITLE + "; one paragraph; " + CLEAN})],
)

# ---- Biest-Houtakker.eu (biest-houtakker.eu, village site of Biest-Houtakker, Hilvarenbeek) -------
L(
    "bh_whatsapp",
    (1, 0, None),
    [
        (
            "site_text",
            "• foto head7",
            {"note": "alt texts of the five header-slider photos, as a bullet list: site text, one block"},
        ),
        ("headline", "WhatsApp-groep 'Veilig Biest'"),
        ("byline", "Geschreven door Toine Smolders."),
        (
            "site_text",
            "whatsappBuurtbewoners",
            {
                "note": "alt text of an inline image ('whatsapp') glued before the first sentence: site text (split inside the line)"
            },
        ),
        ("lede", "Buurtbewoners gebruiken steeds vaker"),
        (
            "paragraph",
            "In diverse omliggende dorpen is men",
            {
                "tail": "Lees dan verder....",
                "note": "the intro's read-more link ('Lees dan verder....', 'read on') glued to its end is the tail",
            },
        ),
        ("subheading", "Hoe werkt een WhatsApp-groep?"),
        ("paragraph", "WhatsApp is een burgerinitiatief;"),
        ("list_item", "• Gebruik de WhatsApp alleen bij"),
        ("list_item", "• Wissel relevante informatie uit."),
        ("list_item", "• Voordat u met 112 gaat bellen"),
        ("list_item", "• Laat met een WhatsApp-bericht ook", {"note": CUT}),
    ],
)

# ---- FanvanSparta.nl (fanvansparta.nl, Sparta Rotterdam fan news aggregator) ----------------------
L(
    "fs_sneeuw",
    (0, 0, None),
    [
        ("headline", "Verontwaardiging om beslissing KNVB:"),
        ("lede", "Het duel tussen Sparta en NEC is na", {"note": "the aggregated item's intro (all the article text)"}),
        ("site_text", "Lees meer Bron:", {"note": "the aggregator's read-more link ('Lees meer'): site text"}),
        (
            "site_text",
            "Bron: Voetbal Primeur",
            {"note": "the aggregator's source line, on the read-more line: site text (split inside the line)"},
        ),
    ],
)

# ---- Rode Kruis Ziekenhuis (rkz.nl, hospital in Beverwijk; hospital news) ------------------------
L(
    "rk_operaties",
    None,
    [
        ("lede", "Door de zorgelijke stijging van het", {"note": NOTITLE}),
        ("paragraph", "Vanaf maandag 29 november a.s."),
        ("paragraph", "Er verschijnen nieuwsberichten in de"),
        ("paragraph", "We hopen op uw begrip."),
        (
            "site_text",
            "Meer nieuws\n",
            {"note": "'Meer nieuws' ('more news') list: heading and three teasers of other items, one block"},
        ),
    ],
)

# ---- Duivensport allerlei (duivensportallerlei.nl, pigeon-racing news and opinion) ---------------
L(
    "da_gpspilot",
    (2, 0, None),
    [
        (
            "site_text",
            "Duivensport allerlei.nl\nin samen",
            {
                "note": "site header ('in cooperation with Duivenmarktplaats') and the whitespace-only lines below it: one block"
            },
        ),
        (
            "site_text",
            "2020-74 Zeeuwse",
            {
                "note": "the site's item number glued before the title on one line: site text (doubtful: could be read as part of the headline)"
            },
        ),
        ("headline", "Zeeuwse GPS 2021 pilot: succes of"),
        ("subheading", "Aanleiding Zeeuwse pilot"),
        ("lede", "Zeeland’96 had oktober 2018 volgens"),
        ("paragraph", "De aanpak volgens de NPO GPS 2021"),
        ("paragraph", "Alhoewel er een serieuze argwaan bij"),
        ("paragraph", "Gelikt uitziende presentaties met", {"note": "keeps the whitespace-only lines below it"}),
        ("subheading", "De partners\n"),
        ("paragraph", "Er werd een mantelovereenkomst"),
        ("paragraph", "De Stichting de Nishoek is bewust zo"),
        ("subheading", "Werkgroepen\n"),
        ("paragraph", "De volgende commissies/werkgroepen"),
        ("list_item", "-          Com", {"note": CUT}),
    ],
)

# ---- Toneelvereniging Eensgezindheid Overdinkel (eensgezindheidoverdinkel.nl; club site reprinting
#      a review from Dagblad Tubantia) ------------------------------------------------------------
L(
    "eo_toneel",
    (3, 0, None),
    [
        ("site_text", "G-465379", {"note": "the site's publication id: site text"}),
        (
            "site_text",
            "08-11-2011 Dagblad Tubantia",
            {"note": "date and source line of the reprint (date glued to a repeat of date and paper name): site text"},
        ),
        (
            "caption",
            "foto is van eerder gespeeld stuk",
            {
                "note": "the webmaster's note on the photo ('photo is of an earlier play (webmaster's remark)'): caption (doubtful: could be read as site text)"
            },
        ),
        ("headline", "Zorgeloos toneel bij Eensgezindheid"),
        ("site_text", "Toneel\n", {"note": "rubric name ('Theatre') of the reprinted review: site text"}),
        (
            "subheading",
            '"Van de ene zorg in de andere zorg"',
            {"note": "title of the reviewed play, heading the review's production box"},
        ),
        (
            "list_item",
            "• Toneelgroep Eensgezindheid",
            {"note": "production box of the review (company, day, venue, direction)"},
        ),
        ("list_item", "• Vrijdagavond"),
        ("list_item", "• Hervormd Verenigingsgebouw"),
        ("list_item", "• Regie: Sietse Smit en Rikus"),
        ("byline", "door Marinus Heino"),
        (
            "lede",
            "Een avondje toneel bij Eensgezindheid",
            {
                "note": "one paragraph with a line break inside a sentence ('regiseurs / Sietse Smit'), kept as one block; "
                + CUT
            },
        ),
    ],
)

# ---- NVGJ (nvgj.nl, Dutch association of golfing journalists; association news) -----------------
L(
    "nv_haenen",
    None,
    [
        (
            "site_text",
            "Nederlandse Vereniging van",
            {"note": "site name printed above the item: site text; " + NOTITLE},
        ),
        ("site_text", "02.05.2024", {"note": "publication date line: site text"}),
        ("lede", "Huh?! Wat is dit nou?"),
        ("paragraph", "Wat was het geval? Onno is op zijn"),
        ("subheading", "Weer die dekselse Hansum"),
        ("paragraph", '"Aangezien ik komend weekeinde erg', {"note": "start of the member's quoted report"}),
        ("paragraph", "Wat een geweldige dag was het weer,"),
        ("paragraph", "Winnaar op De Hoge Dijk met 35"),
        ("paragraph", "Voorkennis was er zeker ook bij de"),
        ("paragraph", "Onze webmaster is niet alleen lid op"),
        ("paragraph", "Op de juiste manier joeg Anton ons"),
        (
            "paragraph",
            "Nu snap ik de verbazing over mijn",
            {"note": "a line break inside the sentence ('prestaties, / maar loop ik') kept inside one block"},
        ),
        ("paragraph", "Na wat research en veel gesprekken"),
        ("paragraph", "Er zijn nogal wat leden (ik zal geen"),
        ("paragraph", "Eigen keuzes dus, met als", {"note": CUT}),
    ],
)

# ---- Techpulse (techpulse.be, Flemish technology news; a blog item) ------------------------------
L(
    "tp_cloud",
    (1, 0, None),
    [
        ("site_text", "Blog\n", {"note": "format label above the title: site text"}),
        ("headline", "Hoe 3-kleurig is de Belgische cloud?"),
        ("lede", "Met onze Rode duivels in Brazilië", {"note": "the intro under the title"}),
        (
            "site_text",
            "Met onze Rode duivels in Brazilië",
            {
                "skip": 0,
                "note": "the intro printed a second time as the body's first paragraph: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; "
                "was article text)",
            },
        ),
        ("paragraph", "Vorige maand konden we nog lezen"),
        ("paragraph", "Met andere woorden: bestaan"),
        ("subheading", "Vlaanderen wil moderniseren"),
        ("paragraph", "Laat ons eerst even kijken hoe het"),
        ("subheading", "Brussel kent zijn wolken"),
        ("paragraph", "Uit de prioriteitenlijst voor alle", {"note": CUT}),
    ],
)

# ---- Radio Brugsommeland (radiobrugsommeland.be, local radio of Bruges; news round-up) -----------
L(
    "rb_regionieuws",
    (1, 0, None),
    [
        ("site_text", "Brugse Radio\n", {"note": "the station's tagline printed above the item: site text"}),
        ("headline", "Regio-nieuws in het kort"),
        ("lede", "Westtoer heeft opnieuw een nieuwe", {"note": "a round-up of short items; each item is a paragraph"}),
        ("paragraph", "In Oostkamp werd de eerste steen"),
        ("paragraph", "De MUG-Heli met standplaats aan het"),
        ("paragraph", "De woensdagmarkt van morgen in Brugge"),
        ("paragraph", "In Sint-Kruis start nu zaterdag de"),
        ("paragraph", "En nog in Sint-Kruis starten ze met"),
        ("paragraph", "Door een spontane staking bij IVBO"),
        ("paragraph", "Ook dit jaar laat de stad Brugge de", {"note": CUT}),
    ],
)

# ---- Lunchroom.nl (lunchroom.nl, Dutch hospitality-trade news; year review) ---------------------
L(
    "lr_horeca100",
    (0, 0, None),
    [
        ("headline", "De Horeca 100 van 2015\n"),
        ("site_text", "15 december 2015", {"note": "publication date line: site text"}),
        (
            "site_text",
            "De Horeca 100 van 2015\n\nWe",
            {
                "note": "the title printed a second time below the date: site text (STRUCTURE_CONVENTIONS.md, stop 38: the first copy on a line of its own is the headline)"
            },
        ),
        (
            "lede",
            "We presenteren je het Horeca",
            {"note": "intro; a line break inside a sentence ('door een / roerig') kept inside one block"},
        ),
        (
            "subheading",
            "*Januari:*",
            {"note": "month heading of the year review (Markdown-like asterisks as returned)"},
        ),
        ("subheading", "Club Trouw wordt studentenhotel", {"note": "item titles of the review are subheadings"}),
        ("paragraph", "De club wordt omgetoverd tot"),
        ("subheading", "Tripadvisor neemt IENS over\n"),
        ("paragraph", "Tripadvisor neemt de Nederlandse"),
        ("subheading", "Bakkerswinkel geopend in Rotterdam"),
        ("paragraph", "Op 9 januari opent de Bakkerswinkel"),
        ("subheading", "Ethiopisch restaurant in Rotterdam"),
        ("paragraph", "De Maasstad heeft er een nieuw"),
        ("subheading", "Nieuwe lunchroom in Hillegom"),
        ("paragraph", "In Hillegom is sinds kort Lunchroom"),
        ("subheading", "Opening nieuwe B&B in Utrecht"),
        ("paragraph", "B&B Central Park opent zijn deuren"),
        ("subheading", "Nederland 9e bij Bocuse d’Or finale"),
        ("paragraph", "Het Nederlandse team sluit de"),
        ("subheading", "Grolsch viert 400-jarig jubileum"),
        ("paragraph", "De Enschedese bierbrouwer deelt mee"),
        ("subheading", "Café", {"skip": 0, "note": "the next item's title, " + CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

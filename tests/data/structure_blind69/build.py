#!/usr/bin/env python3
"""Rebuild structure set 69 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of fifteen mainstream outlets, eight Dutch
(De Gelderlander, AD Haagsche Courant, NRC, NOS, RTV Noord, Omroep Flevoland, Trouw, Omrop Fryslân)
and seven Flemish (Bruzz, Focus-WTV, Gazet van Antwerpen, Knack, De Tijd, VRT NWS, ROB-tv). They come
from the `search` tool's "pages" corpus (stored public web pages, text as the store extracted it),
which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind69 and are NOT for the project repository. Only the labels (ours) live
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
    # Dutch
    "gl_gemist": (
        "https://www.gelderlander.nl/home/nieuws-gemist-schrik-zit-er-in-na-grote-brand-in-nijmegen-en-freddy-blikt-terug-op-married-at-first-sight~a9039ebc/",
        None,
    ),
    "adh_gemist": (
        "https://www.ad.nl/den-haag/gemist-doodgewone-mannen-verstopten-150-miljoen-euro-aan-coke-en-drie-gewonden-bij-steekpartij~ae352c56/",
        "2021-12",
    ),
    "nrc_middendorp": (
        "https://www.nrc.nl/nieuws/2020/09/25/gevaarlijk-natuurlijk-ga-ik-dit-is-mijn-werk-a4010119",
        "2020-09",
    ),
    "nos_eredivisie": (
        "https://nos.nl/liveblog/2371482-utrecht-klopt-rkc-na-onterechte-penalty-in-blessuretijd-barca-nadert-koppositie.html",
        None,
    ),
    "rtvn_rondje": (
        "https://www.rtvnoord.nl/nieuws/189893/Rondje-Groningen-Wie-wil-deze-gaswinnings-protestauto",
        "2018-02",
    ),
    "of_podcast": (
        "https://www.omroepflevoland.nl/sport/368647/verwacht-weer-doelpunt-ritmeester-van-de-kamp-tegen-feyenoord",
        None,
    ),
    "trouw_mak": ("https://www.trouw.nl/nieuws/de-vis-gaat-rotten-bij-de-kop~bd226ac2/", None),
    "ofr_kiest": (
        "https://www.omropfryslan.nl/nieuws/772069-fryslan-kiest-de-herindelingsverkiezingen-2017",
        "2017-11",
    ),
    # Flemish
    "bruzz_schietpartij": (
        "https://bruzz.be/justitie/nieuwe-schietpartij-molenbeek-slachtoffer-been-geschoten-2022-04-13",
        None,
    ),
    "fwtv_bekaert": ("https://focus-wtv.be/economie/bekaert-valt-uit-bel-20", None),
    "gva_fotos2016": (
        "http://www.gva.be/cnt/dmf20161214_02626085/dit-zijn-voor-ons-de-10-meest-opmerkelijke-antwerpse-foto-s-uit-2016",
        "2016-12",
    ),
    "knack_interviews": (
        "https://www.knack.be/nieuws/belgie/van-alexander-de-croo-tot-tom-lanoye-dit-zijn-de-beste-interviews-van-2023/",
        None,
    ),
    "tijd_brazilie": (
        "https://tijd.be/dossiers/dit-wordt-nieuws/economische-missie-naar-brazilie-van-start/10575205.html",
        None,
    ),
    "vrt_schip": ("https://www.vrt.be/vrtnws/nl/2022/06/24/brand-schip-gent/", "2022-06"),
    "robtv_multiobus": (
        "https://robtv.be/nieuws/live-bernard-vandereyken-multiobus-ons-levenswerk-gaat-in-vlammen-op-schade-loopt-in-de-miljoenen-159849",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
VIEWER = "the photo viewer's button label ('Volledig scherm') before the caption on its line: site text"
CAPS = "the item title in capitals glued before the item's first word: split off as a subheading"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- De Gelderlander (gelderlander.nl, NL regional daily; evening round-up 'Nieuws gemist') ---------
L(
    "gl_gemist",
    None,
    [
        ("subheading", "AUTO'S UITGEBRAND", {"note": NOTITLE + "; " + CAPS + " (doubtful: could be read as a kicker)"}),
        ("lede", "Op de parkeerplaats van de", {"note": "the first item's text (the round-up has no intro)"}),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        (
            "caption",
            "Een trieste blik vanaf de",
            {"tail": "© DG", "note": "photo caption; the glued credit its tail"},
        ),
        ("subheading", "MEER DODEN IN VERPLEEGHUIZEN", {"note": CAPS}),
        ("paragraph", "In het zuiden van Gelderland en in"),
        ("subheading", "MARRIED AT FIRST SIGHT", {"note": CAPS}),
        ("paragraph", "Hét droomkoppel van Married At First"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        (
            "caption",
            "Freddy en Sylvia van Married At First",
            {"tail": "© FLEXMI fotografie", "note": "photo caption; the glued credit its tail"},
        ),
        ("subheading", "GROOT VERDRIET NA ONGELUK", {"note": CAPS}),
        ("paragraph", "Het verdriet in Coevorden is groot"),
        ("subheading", "SNUIVENDE ARBEIDSMIGRANTEN", {"note": CAPS}),
        ("paragraph", "Oost-Europese arbeidsmigranten die", {"note": CUT}),
    ],
)

# ---- AD Haagsche Courant (ad.nl/den-haag, NL regional edition of AD; evening round-up) --------------
L(
    "adh_gemist",
    None,
    [
        (
            "site_text",
            "Ben je er niet aan toegekomen om al",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame ('Ben je er niet aan toegekomen … Dit is het nieuws van donderdag 16 december.'): site text (STRUCTURE_CONVENTIONS, stop 44 row)"
            },
        ),
        ("subheading", "‘Doodgewone mannen’ hadden 150", {"note": "item title of the round-up"}),
        ("lede", "Vijf ‘doodnormale gasten’ zijn door", {"note": "the first item's text (no intro besides the frame)"}),
        ("subheading", "Drie gewonden bij steekpartij op de"),
        ("paragraph", "Bij een steekpartij aan de Lange"),
        ("subheading", "In therapie met je voorouders:"),
        ("paragraph", "Familiegeschiedenissen zijn"),
        ("subheading", "Politicus Richard de Mos is verbijst"),
        ("paragraph", "Politicus Richard de Mos is hogelijk"),
        ("subheading", "Mustafa wil zijn collega’s in het"),
        ("paragraph", "De 33-jarige Mustafa al Attabi werkt"),
        ("subheading", "Zelfs betogers zijn niet blij met", {"note": "item title; " + CUT}),
    ],
)

# ---- NRC (nrc.nl, NL national daily; portrait of a photographer, interview quotes) ------------------
L(
    "nrc_middendorp",
    None,
    [
        (
            "site_text",
            "Lees meer over de verjaardag van NRC",
            {"note": NOTITLE + "; a link label to the anniversary series above the text: site text"},
        ),
        ("lede", "Nee, benadrukt hij, hij wil het heus", {"note": "the first body paragraph"}),
        ("paragraph", "Op 27 februari maakte toenmalig"),
        ("paragraph", "In deze nieuwe werkelijkheid werd"),
        (
            "quote",
            "Op momenten dat het er echt toe doet,",
            {
                "note": "pull quote with its speaker glued ('… wil je er staan Olivier Middendorpfotograaf'): quote, article text as a whole (doubtful: the speaker's name and role could be split off)"
            },
        ),
        ("paragraph", "Middendorp reed naar Schiphol, waar", {"note": CUT}),
    ],
)

# ---- NOS (nos.nl, NL public broadcaster's news desk; football liveblog) -----------------------------
L(
    "nos_eredivisie",
    (1, 0, None),
    [
        ("site_text", "liveblog", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "Utrecht klopt RKC na 'onterechte"),
        ("lede", "Vier wedstrijden in de eredivisie:", {"note": "the liveblog's intro line"}),
        ("site_text", "liveblog gesloten", {"note": "the liveblog's status label: site text"}),
        ("subheading", "Tot morgen!", {"note": "liveblog entry title (the entries carry no times here)"}),
        ("paragraph", "Hiermee besluiten we dit liveblog."),
        (
            "caption",
            "Riechedly Bazoer en Yuki Sugawara in",
            {"note": "photo caption with words of its own (no credit)"},
        ),
        ("subheading", "Programma"),
        ("paragraph", "Morgen komen liefst vier van de"),
        ("subheading", "Stand\n", {"note": "entry title (the standings table itself is not in the text)"}),
        ("paragraph", "De spanning stijgt in de eredivisie."),
        ("subheading", "Opmerkelijk: arbiter Van der Eijk"),
        ("paragraph", '"Ik vind het geen penalty, als ik'),
        (
            "site_text",
            "sc Heerenveen-Willem II: samenvatting",
            {
                "note": "three embedded videos' titles ('… : samenvatting en reacties'), one under the other: site text, one block (doubtful: could be read as entry titles)"
            },
        ),
        ("subheading", "Van der Venne: 'We worden gewoon"),
        ("paragraph", "Misschien was de wissel van"),
        ("paragraph", "Van der Venne kon zijn ogen niet"),
        ("paragraph", "Daar is vast het laatste woo", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; evening round-up 'Rondje Groningen') -
L(
    "rtvn_rondje",
    None,
    [
        (
            "site_text",
            "Elke dag zet RTV Noord de",
            {
                "note": NOTITLE
                + "; the round-up's standing frame ('Elke dag zet RTV Noord … op rij. Vandaag in Rondje Groningen onder andere: …'): site text, one block (doubtful: its second sentence teases one item and could be read as an intro)"
            },
        ),
        ("subheading", "Uit de modder", {"note": "item title of the round-up"}),
        ("lede", "'Soms voel je net een echte", {"note": "the first item's text"}),
        ("subheading", "'We hebben genoeg van eiken, iepen,"),
        ("paragraph", "Zomaar een zin in dit bijzondere"),
        ("subheading", "Nieuw clublied voor de FC"),
        ("paragraph", "Thijs dook zo maar het nieuwe"),
        ("subheading", "Praat de koning over Yantai?"),
        ("paragraph", "Hilly Mast vraagt zich af:"),
        ("subheading", "Voorgelezen door..."),
        ("paragraph", "Leuk verhaal om mee thuis te komen"),
        ("subheading", "Te koop aangeboden: protestauto"),
        ("paragraph", "Aardbevingsactivist John Lanting"),
        ("subheading", "Uitgemolken"),
        ("paragraph", "Groningen is meer uitgemolken dan"),
        ("subheading", "Begraafplaats met stijl"),
        ("paragraph", "De Kerk Onderdendam geeft een"),
        ("subheading", "Love is in the air"),
        ("paragraph", "Heb jij de liefde van je leven"),
    ],
)

# ---- Omroep Flevoland (omroepflevoland.nl, NL regional broadcaster; football podcast preview) --------
L(
    "of_podcast",
    (0, 0, None),
    [
        ("headline", "'Verwacht weer doelpunt Ritmeester"),
        ("lede", "Algemeen directeur John Bes,"),
        (
            "site_text",
            "In de podcast van Omroep Flevoland en",
            {
                "note": "the podcast series' standing description ('In de podcast … bespreken we elke week …'), glued before an episode sentence on its line: site text (doubtful: could be read as article text)"
            },
        ),
        ("paragraph", "Presentator Martijn de Groot en", {"note": "this episode's note, the rest of that line"}),
        ("subheading", "'Ajaxdocumentaire'"),
        ("paragraph", "Deze week sprak presentator Nanko"),
        ("paragraph", "Bes zegt dat hij veel complimenten"),
        ("subheading", "Comfortabel op tribune"),
        ("paragraph", "Verder ging het over de wedstrijd"),
        ("subheading", "Vertrouwen tegen Feyenoord"),
        ("paragraph", "De wedstrijd van komend weekend tegen"),
        ("paragraph", "Op die tribune is geen plek voor"),
        ("subheading", "'Ritmeester van de Kamp scoort weer'"),
        ("paragraph", "Toch is Jacobs er zeker van dat het"),
        ("paragraph", "Ook Anneke Geraads denkt dat er met"),
        ("paragraph", "Ook verw", {"note": CUT}),
    ],
)

# ---- Trouw (trouw.nl, NL national daily; interview feature) ------------------------------------------
L(
    "trouw_mak",
    (0, 0, None),
    [
        ("headline", "De vis gaat rotten bij de kop", {"note": CLEAN}),
        ("lede", "Hij zag het in Amerika, en hij zag", {"note": "the intro under the title"}),
        ("paragraph", "Geert Mak reisde de afgelopen"),
        ("paragraph", "Vlak voor zijn vertrek naar de VS,", {"note": CUT}),
    ],
)

# ---- Omrop Fryslân (omropfryslan.nl, NL regional broadcaster, Friesland; election-day note) ----------
L(
    "ofr_kiest",
    None,
    [
        ("lede", "Vandaag 22 november is het zover.", {"note": NOTITLE + "; " + CLEAN}),
        ("list_item", "* Leeuwarderadeel en een deel", {"note": "a bulleted line"}),
        ("list_item", "* Het Bildt, Menameradiel,"),
        ("list_item", "* Súdwest-Fryslân en een deel"),
        ("paragraph", "Om half acht zijn de deuren van de"),
        ("subheading", "Wat doet Omrop Fryslân deze dag?"),
        ("paragraph", "Uiteraard is er in de reguliere"),
        ("subheading", "En verder"),
        ("paragraph", "Vanavond van 19.00 tot 01.00 uur op"),
        ("paragraph", "In Waadhoeke wordt de verkiezingsavond"),
        (
            "subheading",
            "Fryslân Kiest\n",
            {
                "note": "a heading on the last line, the store's excerpt ending after it: subheading (doubtful: could be the title of an embedded programme player, site text)"
            },
        ),
    ],
)

# ---- Bruzz (bruzz.be, Brussels regional media; police report) ----------------------------------------
L(
    "bruzz_schietpartij",
    (1, 0, None),
    [
        (
            "caption",
            "| Het incident vond plaats in de",
            {
                "note": "photo caption printed above the title, with the extractor's leading '| ' (the credit before it missing): caption (doubtful: the '|' left in it)"
            },
        ),
        ("headline", "Nieuwe schietpartij in Molenbeek:"),
        ("byline", "JP", {"note": "author initials on their own line: byline"}),
        ("site_text", "© BRUZZ", {"note": "photo credit on a line of its own: site text"}),
        ("site_text", "13/04/2022", {"note": "publication date line: site text"}),
        ("lede", "Dinsdagavond, rond 21.30 uur, vond"),
        ("paragraph", "Het is de tweede schietpartij in de"),
        ("paragraph", "Vaak gaat het om een schot in het"),
        ("paragraph", "Het Brusselse parket laat weten dat"),
        (
            "site_text",
            "Iets gezien in de stad? Meld het aan",
            {"note": "the site's tip call-out: site text"},
        ),
        ("site_text", "Site by wieni", {"note": "the site builder's credit: site text"}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West Flemish regional TV; short video item) ----------------------------
L(
    "fwtv_bekaert",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label above the title: site text"}),
        ("headline", "Bekaert valt uit Bel-20"),
        (
            "site_text",
            "Je moet ingelogd zijn om gratis",
            {"note": "the video player's login notice: site text"},
        ),
        ("lede", "Staaldraadproducent Bekaert uit"),
        ("paragraph", "Die groepeert de 20 belangrijkste"),
        ("byline", "Tijs Neirynck", {"note": "the reporter's name closing the item: byline"}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; year-end photo round-up) ------------------
L(
    "gva_fotos2016",
    None,
    [
        ("lede", "In nieuwsjaar 2016 was het voor de", {"note": NOTITLE + "; the round-up's intro"}),
        (
            "paragraph",
            "1. De selfie-nemende moslima bij een",
            {
                "note": "numbered item: its title sentence glued before its text on one line, kept in the paragraph (doubtful: could be split off as a subheading)"
            },
        ),
        ("site_text", "Foto: Photo News", {"note": "photo credit on a line of its own: site text"}),
        ("paragraph", "2. . De roeiende tieners tijdens de", {"note": "numbered item (the source's '2. .')"}),
        ("site_text", "Foto: Mia Uydens", {"note": "photo credit on a line of its own: site text"}),
        ("paragraph", "3. De narwal die vanuit de Noordpool"),
        ("site_text", "Foto: Theo Derkinderen", {"note": "photo credit on a line of its own: site text"}),
        ("paragraph", "4. Het meisje dat de Parkbrug", {"note": CUT}),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; year-end list of interviews) -----------------------------
L(
    "knack_interviews",
    None,
    [
        ("lede", "Beste lezer,", {"note": NOTITLE + "; the editors' letter opens with its salutation"}),
        ("paragraph", "Dit is misschien een goed moment om"),
        ("paragraph", "Wij kunnen onszelf wel wijsmaken dat"),
        ("paragraph", "Die slimme, bekende mensen maken in"),
        ("paragraph", "We hopen dat we daar ook dit jaar"),
        ("paragraph", "Fijne feesten!", {"note": "the letter's closing wish: article text"}),
        ("subheading", "1. Bent u hoogsensitief of niet", {"note": "numbered item title of the list"}),
        ("paragraph", "Er gaat geen week voorbij of een"),
        ("subheading", "2. Hugo Matthysen en Bart Peeters:"),
        (
            "caption",
            "Hugo Matthysen en Bart Peeters. ©",
            {"tail": "© Károly Effenberger", "note": "photo caption; the glued credit its tail"},
        ),
        ("paragraph", "Clement Peerens gaf zijn allerlaatste"),
        ("subheading", "3. Thomas Dermine (PS): ‘Vlaanderen"),
        ("site_text", "© belga", {"note": "photo credit on a line of its own: site text"}),
        ("paragraph", "Econoom Thomas Dermi", {"note": CUT}),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; agenda item 'Dit wordt nieuws') ----------------------
L(
    "tijd_brazilie",
    (2, 0, None),
    [
        (
            "site_text",
            "Stadsbader koopt Belgische",
            {
                "note": "another article's title on the first line (a teaser bar; the URL names the Brazil item): site text (doubtful: could be read as the page title)"
            },
        ),
        ("site_text", "voorkennis", {"note": "rubric label above the title: site text"}),
        ("headline", "Economische missie naar Brazilië van"),
        ("lede", "Een Belgische delegatie uit de"),
    ],
)

# ---- VRT NWS (vrt.be/vrtnws, Flemish public broadcaster's news desk; short fire report) ---------------
L(
    "vrt_schip",
    None,
    [
        ("lede", "De brandweer van Gent kreeg de omroep", {"note": NOTITLE + "; " + CLEAN}),
    ],
)

# ---- ROB-tv (robtv.be, Oost-Brabant regional TV; live video item) -------------------------------------
L(
    "robtv_multiobus",
    (0, 0, None),
    [
        (
            "headline",
            "LIVE: Bernard Vandereyken (Multiobus):",
            {"note": "the title with its glued kicker ('LIVE:'), which stays in the headline; " + CLEAN},
        ),
        ("lede", "Katrien Partyka (burgemeester van", {"note": "the item's one paragraph"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

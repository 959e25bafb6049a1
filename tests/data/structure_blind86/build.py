#!/usr/bin/env python3
"""Rebuild structure set 86 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(Omroep West, RTV Rijnmond, Omroep Zeeland, PZC, De Telegraaf, Omroep Brabant, Hart van Nederland,
NU.nl) and eight Flemish (Het Belang van Limburg, AVS, Focus-WTV, De Tijd, Kanaal Z, HLN, Ring,
VTM Nieuws). They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind86 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
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
    "ow_wekker": (
        "https://www.omroepwest.nl/nieuws/3572786/West-Wekker-Brand-in-studentenhuis-en-Haagse-politieman-op-bezoek-bij-koning",
        "2018-01",
    ),
    "rijnmond_spits": ("https://www.rijnmond.nl/nieuws/175925/pers", None),
    "oz_wakker": (
        "http://www.omroepzeeland.nl/nieuws/2017-01-06/1077070/zeeland-wordt-wakker-voornemens-leeuw-en-tolhoek",
        None,
    ),
    "pzc_achtervolging": (
        "https://www.pzc.nl/buitenland/couscous-verenigt-noord-afrika-gerecht-moet-werelderfgoed-worden~a429059d/",
        "2019-03",
    ),
    "tg_steekpartij": (
        "https://www.telegraaf.nl/nieuws/2096175099/amsterdamse-buurt-geschokt-na-steekpartij-hij-mocht-hier-niet-meer-komen",
        "2023-07",
    ),
    "ob_loderstraat": (
        "https://www.omroepbrabant.nl/nieuws/4616609/man-overleden-bij-grote-brand-in-huis-we-riepen-nog-springen",
        "2024-12",
    ),
    "hvn_a16": ("https://www.hartvannederland.nl/112/ongeluk/artikelen/meerdere-gewonden-ongeluk-a16", "2024-12"),
    "nu_touringcar": (
        "https://www.nu.nl/buitenland/6236044/tien-gewonden-bij-ongeval-met-nederlandse-touringcar-in-belgie.html",
        "2022-11",
    ),
    # Flemish
    "hbvl_villa": ("https://www.hbvl.be/cnt/dmf20220114_93370692", "2022-01"),
    "avs_nieuws": ("https://avs.be/afleveringen/avs-nieuws-27072023-a87333", None),
    "focus_zarren": (
        "https://www.focus-wtv.be/nieuws/dodelijk-ongeval-rond-zarren-georgi%C3%ABr-overleden-ander-slachtoffer-kritiek",
        "2023-02",
    ),
    "tijd_beurs": (
        "https://www.tijd.be/algemeen/algemeen/beurs-van-brussel-baadde-gisteren-in-reuniesfeer/5037644.html",
        None,
    ),
    "kanaalz_kebony": (
        "http://kanaalz.knack.be/nieuws/nieuwe-fabriek-noorse-kebony-komt-in-kallo/video-normal-812619.html",
        "2017-02",
    ),
    "hln_dakbrand": (
        "https://www.hln.be/regio/sint-truiden/dak-vat-vuur-tijdens-renovatiewerken~a21d2b66/",
        "2019-04",
    ),
    "ring_kanaalz": ("http://www.ringtv.be/nieuws/kanaal-z-en-ringtv-zijn-voortaan-buren", None),
    "vtm_brecht": (
        "https://nieuws.vtm.be/binnenland/zware-brand-op-industrieterrein-brecht?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+vtm%2FNMdG+%28VTM+NIEUWS%29",
        "2018-05",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its photo and caption not in the excerpt): site text"
ITEM = "the round-up's numbered item title"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep West (omroepwest.nl, NL regional broadcaster; morning round-up 'West Wekker') --------------
L(
    "ow_wekker",
    None,
    [
        (
            "site_text",
            "DEN HAAG - Goedemorgen! Neem even",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame with the place before it ('DEN HAAG - Goedemorgen! Neem even een lekker kopje koffie of thee. Na het lezen van deze West Wekker ben je weer helemaal op de hoogte van het laatste nieuws in de regio.'): one site-text block (greeting-frame row, stop 44; doubtful: could be read as the lede)"
            },
        ),
        ("subheading", "1. Twintig studenten op straat na", {"note": ITEM}),
        ("lede", "Een brand in een studentenhuis aan", {"note": "the first item's text"}),
        ("subheading", "2. Haagse politieman naar de koning", {"note": ITEM}),
        ("paragraph", "Politieman Jan Kok dacht eigenlijk"),
        ("subheading", "3. Kunstenaar Theo Jansen wint", {"note": ITEM}),
        ("paragraph", "Kunstenaar Theo Jansen, die vooral"),
        ("subheading", "4. Sporen tramlijn 1 worden vanaf", {"note": ITEM}),
        ("paragraph", "Het vervangen van de tramsporen", {"note": CUT}),
    ],
)

# ---- RTV Rijnmond (rijnmond.nl, NL regional broadcaster; an evening rush hour of crashes) ---------------
L(
    "rijnmond_spits",
    (1, 0, None),
    [
        ("site_text", "nieuws", {"note": "the section label on its own line above the title: site text"}),
        ("headline", "Drukke avondspits door regen en", {"note": "the title on its own line"}),
        ("site_text", "© ANP - Bas Czerwinski", {"note": OWNCREDIT}),
        ("lede", "Door het slechte weer was het", {"note": "the standfirst"}),
        ("paragraph", "Vooral op de snelwegen rond Rotterdam"),
        (
            "site_text",
            "Tekst gaat verder onder de Tweet",
            {"note": "the embed notice ('Tekst gaat verder onder de Tweet'), the tweet not in the excerpt: site text"},
        ),
        ("paragraph", "Ook op de A20 gebeurde een ongeluk"),
        ("subheading", "Tram"),
        ("paragraph", "Door een ongeluk bij Kruisplein"),
        (
            "site_text",
            "💬 WhatsApp ons!",
            {
                "note": "the tip box ('WhatsApp ons! Heb jij een tip voor de redactie? ... Mail: nieuws@rijnmond.nl'): one site-text block (a call to write in, standing-lines row)"
            },
        ),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up 'Zeeland wordt wakker')
L(
    "oz_wakker",
    None,
    [
        (
            "site_text",
            "OOST-SOUBURG - Goedemorgen!",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame ('OOST-SOUBURG - Goedemorgen! Het is vrijdag 6 januari. Dit is het nieuws in Zeeland.'): site text (greeting-frame row, stop 44)"
            },
        ),
        ("subheading", "Extra raadsvergadering", {"note": "the round-up's item title"}),
        ("lede", "Waarom zijn we hier eigenlijk?", {"note": "the first item's text"}),
        ("subheading", "Goede voornemens", {"note": "the item title (its text opens with the same words)"}),
        ("paragraph", "Goede voornemens, zowel bij een"),
        ("subheading", "Deelauto"),
        ("paragraph", "Inwoners van 's-Heer Hendrikskinderen"),
        ("subheading", "Antwan Tolhoek", {"note": "the item title (its text opens with the same name)"}),
        ("paragraph", "Antwan Tolhoek uit Yerseke viel"),
        ("site_text", "Foto: Edy van Vliembergen", {"note": OWNCREDIT}),
        ("subheading", "Het weer"),
        ("paragraph", "Er zijn vandaag zonnige perioden"),
    ],
)

# ---- PZC (pzc.nl, NL regional daily, DPG; a news-feed item on an article page) -------------------------
L(
    "pzc_achtervolging",
    (0, 0, None),
    [
        (
            "headline",
            "Drie mannen aangehouden in Antwerpen",
            {
                "note": "the title on its own line (the excerpt is a timed item of the site's news feed, not the couscous article the URL names; doubtful: taken as the page's title)"
            },
        ),
        (
            "site_text",
            "11:21",
            {
                "note": "a bare time glued before the text of a one-item page: split off, site text (bare-time row, stop 46; doubtful: could be read as a feed entry's liveblog_time)"
            },
        ),
        ("lede", "Na een lange achtervolging heeft", {"note": "the item's text, one paragraph"}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; a stabbing in Amsterdam-Noord) ---------------------
L(
    "tg_steekpartij",
    (1, 0, None),
    [
        (
            "site_text",
            "Premium Het beste van De Telegraaf",
            {
                "note": "the paywall label with the brand's tagline ('Premium Het beste van De Telegraaf') above the title: site text"
            },
        ),
        ("headline", "Amsterdamse buurt geschokt na", {"note": "the title on its own line"}),
        ("byline", "Door Mascha de Jong", {"note": "the author line"}),
        (
            "site_text",
            "Kopieer naar clipboard",
            {
                "note": "the share button's label ('Kopieer naar clipboard') glued after the byline: split off, site text"
            },
        ),
        ("site_text", "Ⓒ Robby Hiel", {"note": OWNCREDIT}),
        (
            "lede",
            "AMSTERDAM - „Ik hoorde een schreeuw",
            {"note": "the standfirst; the place dateline stays in it; the excerpt ends with it"},
        ),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; a fatal house fire) — stand-in --------
L(
    "ob_loderstraat",
    None,
    [
        ("lede", "Bij een grote woningbrand aan de", {"note": NOTITLE}),
        ("paragraph", "Het slachtoffer - een man - stond"),
        (
            "subheading",
            "Slachtoffer uit het raam gehaald",
            {
                "note": "a section title glued by the extractor at the end of the paragraph's line: split off (doubtful: could be left in the paragraph)"
            },
        ),
        ("paragraph", "Het inmiddels overleden slachtoffer"),
        ("site_text", "Foto: SQ Vision Mediaprodukties", {"note": OWNCREDIT}),
        ("paragraph", "De oorzaak van de brand is nog niet"),
        ("subheading", "NL-Alert\n", {"note": "as above: a section title glued at the paragraph's end, split off"}),
        ("paragraph", "Het vuur is inmiddels onder controle", {"note": CUT}),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL commercial TV news; a fatal crash on the A16) — stand-in
L(
    "hvn_a16",
    None,
    [
        ("lede", "Een persoon is overleden bij een", {"note": NOTITLE}),
        ("paragraph", "Hulpdiensten verlenen op dit moment"),
        ("subheading", "Drukte op de weg"),
        ("paragraph", "Ook op andere plekken is het druk"),
        ("paragraph", "De meeste dagelijkse files staan op"),
        (
            "site_text",
            "Hart van Nederland / ANP",
            {"note": "the source line on its own line ('Hart van Nederland / ANP'): site text"},
        ),
    ],
)

# ---- NU.nl (nu.nl, NL national news site; a Dutch coach crash in Belgium) — stand-in ------------------
L(
    "nu_touringcar",
    None,
    [
        (
            "site_text",
            "Delen via E-mail",
            {"note": NOTITLE + "; the share button's label ('Delen via E-mail') above the text: site text"},
        ),
        ("lede", "Bij een ongeval tussen een", {"note": "the standfirst"}),
        ("paragraph", "De touringcar reed even na het"),
        ("paragraph", "Volgens het Vlaams Verkeerscentrum"),
        ("paragraph", "De E17 in de richting naar Gent is"),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily, Mediahuis; a villa fire in Sint-Truiden) -
L(
    "hbvl_villa",
    None,
    [
        ("lede", "Een Truiense villa aan de", {"note": NOTITLE}),
        ("paragraph", "De noodoproep van een uitslaande"),
        ("paragraph", "De villa is onbewoonbaar. Volgens de"),
        ("subheading", "Rookpluim bij vaccinatiecentrum"),
        (
            "caption",
            "De brandweer ging bij het",
            {"tail": "— © jozef Croughs", "note": CREDIT + " ('— © jozef Croughs')"},
        ),
        ("paragraph", "De brandweer was amper enkele minuten"),
        (
            "byline",
            "(Jozef Croughs)",
            {
                "note": "the author's signature glued at the end of the last paragraph: split off as the byline (doubtful: could be read as an attribution, the paragraph's site_text_tail)"
            },
        ),
    ],
)

# ---- AVS (avs.be, Flemish regional TV, Ghent area; the evening bulletin's page) -----------------------
L(
    "avs_nieuws",
    (1, 0, None),
    [
        (
            "site_text",
            "zaterdag 27 april",
            {
                "note": "the site header's weather widget ('zaterdag 27 april', '16°C', '11 km': the day of the visit, the temperature and a distance), three short lines: one site-text block (the bulletin's date is in its title)"
            },
        ),
        (
            "headline",
            "AVS Nieuws 27/07/2023",
            {"note": "the page title (the bulletin's name and date) on its own line"},
        ),
        (
            "lede",
            "Aan het Woodrow Wilsonplein in Gent",
            {"note": "the bulletin's summary, one paragraph of three items"},
        ),
    ],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; a fatal crash near Zarren) ----------
L(
    "focus_zarren",
    None,
    [
        ("lede", "Bij het ongeval botsten een Opel", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De bestuurder (°1982) van de Ford"),
        ("paragraph", "Het parket Brugge onderzoekt met de"),
    ],
)

# ---- De Tijd (tijd.be, Flemish national financial daily; the Brussels exchange floor) -----------------
L(
    "tijd_beurs",
    (0, 0, None),
    [
        ("headline", "Beurs van Brussel baadde gisteren in", {"note": "the title on its own line; " + CLEAN}),
        (
            "lede",
            "BRUSSEL (tijd) - Op de Brusselse",
            {
                "note": "the text, one paragraph; the place dateline with the paper's source mark ('BRUSSEL (tijd) -') stays in it (doubtful: '(tijd)' could be read as a source credit, but a tail closes a block)"
            },
        ),
    ],
)

# ---- Kanaal Z (kanaalz.knack.be, Flemish business TV, Roularta; a video item) --------------------------
L(
    "kanaalz_kebony",
    (0, 0, None),
    [
        ("headline", "Nieuwe fabriek Noorse Kebony komt in", {"note": "the title on its own line; " + CLEAN}),
        ("lede", "In Kallo, in de Waaslandhaven, is de", {"note": "the video item's text, one paragraph"}),
    ],
)

# ---- HLN (hln.be, Flemish national daily, local page; an attic fire in Sint-Truiden) — stand-in -------
L(
    "hln_dakbrand",
    (0, 0, None),
    [
        (
            "headline",
            "Dak vat vuur tijdens renovatiewerken",
            {"note": "the title; the author's name glued after it on the same line is split off"},
        ),
        ("byline", "Toon Royackers", {"note": "the author line, glued after the title"}),
        ("site_text", "13 april 2019", {"note": "the publication date line: site text"}),
        (
            "site_text",
            "15u07 3 Sint-Truiden",
            {
                "note": "the time, the comment count and the place tag, glued before the lede: split off, site text (doubtful: 'Sint-Truiden' could be read as a place dateline staying in the lede; it has no dash)"
            },
        ),
        ("lede", "Langs de Naamsesteenweg in", {"note": "the standfirst"}),
        ("paragraph", "Het waren de bewoners zelf die"),
    ],
)

# ---- Ring (ringtv.be, Flemish regional TV, Halle-Vilvoorde; Kanaal Z moves in next door) — stand-in ---
L(
    "ring_kanaalz",
    (1, 0, None),
    [
        (
            "site_text",
            "kanaalz.jpg",
            {"note": "the image's file name ('kanaalz.jpg') on its own line above the title: site text"},
        ),
        ("headline", "Kanaal Z en RINGtv zijn voortaan buren", {"note": "the title on its own line"}),
        ("site_text", "maa 2 jul 2018", {"note": "the publication date line: site text"}),
        ("lede", "Televisiezender Kanaal Z verhuist", {"note": "the standfirst"}),
        ("paragraph", "Hoofdredacteur van Kanaal Z Kris Vera"),
        (
            "site_text",
            "Benieuwd hoe de nieuwe studio",
            {
                "note": "a plug for tonight's bulletins ('Benieuwd hoe de nieuwe studio eruitziet? Kijk dan vanavond naar het nieuws op RINGtv en op Kanaal Z.'), a paragraph of its own: site text (standing-lines row, stop 46; doubtful: it names the story's studio)"
            },
        ),
    ],
)

# ---- VTM Nieuws (nieuws.vtm.be, Flemish commercial broadcaster; an industrial fire in Brecht) — stand-in
L(
    "vtm_brecht",
    None,
    [
        ("lede", "In Brecht bij Antwerpen woedt er", {"note": NOTITLE}),
        ("paragraph", "Volgens ooggetuigen is er een enorme"),
        ("site_text", "Foto's: Dennis Couteau", {"note": OWNCREDIT}),
        (
            "site_text",
            "Bekijk ook:",
            {
                "note": "a related-article label ('Bekijk ook:') on its own line, its links not in the excerpt: site text"
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 84 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NOS, RTL Nieuws, Omroep Zeeland, AD carrying Tubantia's evening round-up, NU.nl, Omroep Brabant,
de Gelderlander, Hart van Nederland) and eight Flemish (VRT NWS, Focus-WTV, De Tijd, HLN,
Het Nieuwsblad, TV Limburg, Ring, Metro). They come from the `search` tool's "pages" corpus
(stored public web pages, text as the store extracted it), which cannot be re-fetched by a
script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind84 and are NOT for
the project repository. Only the labels (ours) live here, in LABELS, and they hold no article
text: each block is a kind plus a START MARKER (the first characters of the block, at most 38,
with an occurrence skip count where needed). A block runs from its marker to the next block's
marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start
marker of site text glued to the end of a block (gold `site_text_tail`). The headline is
(block index, start, end) into that block's text (end None = to the block's end). Standard
library only; the cutting is done by tests/data/page_store_build.py.
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
    "nos_breda": ("https://nos.nl/video/2229928-het-is-eens-iets-anders-dan-antwerpen.html", None),
    "rtl_topoverleg": (
        "https://www.rtlnieuws.nl/nieuws/politiek/video/5374615/topoverleg-kabinet-begonnen-regeerakkoord-ons-huwelijkscontract",
        None,
    ),
    "oz_inbreker": (
        "https://www.omroepzeeland.nl/nieuws/102225/Zeeland-wordt-wakker-voortvluchtige-inbreker-lichtjesceremonie-en-muzikant-op-Facebook",
        "2017-11",
    ),
    "ad_gemist": (
        "https://www.ad.nl/enschede/gemist-almelo-heeft-de-goedkoopste-buurt-van-nederland-en-welke-spelers-gaan-nog-weg-op-deadline-day~aea3ea2f9/",
        "2021-08",
    ),
    "nu_politieauto": (
        "https://www.nu.nl/utrecht/6243315/politie-rijdt-met-sirene-en-zwaailicht-door-rood-automobilist-ziet-het-te-laat.html",
        "2022-12",
    ),
    "ob_supermarkt": (
        "https://www.omroepbrabant.nl/nieuws/4617826/dak-van-supermarkt-door-grote-brand-verwoest-binnen-vooral-waterschade",
        "2025-01",
    ),
    "gld_almelo": (
        "https://www.gelderlander.nl/enschede/verwoesting-goed-zichtbaar-na-grote-brand-in-bedrijfsverzamelgebouw-almelo~acf6ad73/",
        None,
    ),
    "hvn_a12": (
        "https://www.hartvannederland.nl/112/artikelen/dode-en-twee-gewonden-na-politieachtervolging-op-a12-bij-utrecht",
        None,
    ),
    # Flemish
    "vrt_vestingstraat": (
        "https://www.vrt.be/vrtnws/nl/2022/09/23/uitslaande-brand-in-leegstaand-gebouw-vlakbij-centraal-station-i/",
        "2022-09",
    ),
    "focus_ochtendblok": (
        "https://www.focus-wtv.be/nieuws/protest-tegen-verdwijnen-regionaal-ochtendblok-op-radio-2",
        None,
    ),
    "tijd_vbo": (
        "https://www.tijd.be/politiek-economie/belgie-economie/VBO-Ongehoord-dat-partijen-niet-willen-praten/10139866",
        "2019-06",
    ),
    "hln_deinze": (
        "https://www.hln.be/in-de-buurt/deinze/zware-brand-in-centrum-deinze-twee-huizen-beschadigd-straat-afgesloten~a4b0b462/",
        None,
    ),
    "nb_astridplein": ("https://www.nieuwsblad.be/cnt/dmf20220818_96173239", "2022-08"),
    "tvl_nieuws": ("https://tvl.be/nieuws/tvl-nieuws-11-juli-2024-170033", None),
    "ring_vilvoorde": ("https://www.ringtv.be/branden/gezin-dakloos-na-brand-appartement-vilvoorde", None),
    "metro_kerststal": (
        "https://nl.metrotime.be/2020/01/06/news/kerststal-aan-basiliek-in-vilvoorde-uitgebrand-mogelijks-kwaad-opzet/",
        "2020-01",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its photo and caption not in the excerpt): site text"
VIEWER = "the photo viewer's button label ('Volledig scherm'), glued before the caption: split off, site text"
READALSO = "a related-article label ('Lees ook:') on its own line, its link not in the excerpt: site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; a video item) ------------------------------------------------
L(
    "nos_breda",
    (1, 0, None),
    [
        (
            "site_text",
            "NOS Nieuws",
            {"note": "the site's brand label on its own line above the title: site text"},
        ),
        ("headline", "'Het is eens iets anders dan", {"note": "the title (a quote) on its own line"}),
        ("lede", "Inwoners van Breda kijken vandaag", {"note": "the video item's text, one paragraph"}),
    ],
)

# ---- RTL Nieuws (rtlnieuws.nl, NL commercial broadcaster; a video item) ------------------------------
L(
    "rtl_topoverleg",
    (3, 0, None),
    [
        ("site_text", "Ga naar de inhoud", {"note": "the page's skip link ('Ga naar de inhoud'): site text"}),
        (
            "site_text",
            "Meer video:",
            {"note": "the label of the video carousel ('Meer video:'), its items not in the excerpt: site text"},
        ),
        ("site_text", "Den Haag", {"note": "the section label on its own line above the title: site text"}),
        ("headline", "Topoverleg kabinet begonnen: 'Regeer", {"note": "the title on its own line"}),
        ("lede", "Premier Mark Rutte, de drie", {"note": "the video item's text, one paragraph"}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up 'Zeeland wordt wakker')
L(
    "oz_inbreker",
    None,
    [
        (
            "caption",
            "De Zeeuws-Vlaamse en Belgische politie",
            {
                "tail": "(foto: Politie Zeeland)",
                "note": NOTITLE + "; each item opens with its photo's caption; " + CREDIT,
            },
        ),
        ("subheading", "Voortvluchtige inbreker", {"note": "the round-up's item title"}),
        ("lede", "Een voortvluchtige inbreker, vijf", {"note": "the first item's text"}),
        ("site_text", "Lees ook:", {"note": READALSO}),
        ("caption", "Lichtjes in Middelburg", {"tail": "(foto: Provincie Zeeland)", "note": CREDIT}),
        ("subheading", "Lichtjesceremonie"),
        ("paragraph", "Een beetje kort was het wel"),
        ("site_text", "Lees ook:", {"note": READALSO}),
        ("caption", "Huug Steketee scoort op Facebook", {"tail": "(foto: Omroep Zeeland)", "note": CREDIT}),
        ("subheading", "Facebook-artiest"),
        ("paragraph", "Van beroepsmuzikant tot Facebook"),
        ("site_text", "Lees ook:", {"note": READALSO}),
        (
            "caption",
            "Herfstzon op de Stekeldijk",
            {"tail": "(foto: Hans Lockefeir via Omroep", "note": CREDIT},
        ),
        ("subheading", "Het weer"),
        ("paragraph", "Er waait eerst een harde wind"),
    ],
)

# ---- AD (ad.nl, NL national daily's regional page carrying Tubantia's evening round-up 'Gemist?') ------
L(
    "ad_gemist",
    None,
    [
        (
            "site_text",
            "Ben je er vandaag niet aan toegekomen",
            {
                "note": NOTITLE
                + "; the round-up's standing frame ('Ben je er vandaag niet aan toegekomen ... Dit is het nieuws van dinsdag 31 augustus.'): site text (greeting-frame row, stop 44; doubtful: could be read as the lede)"
            },
        ),
        (
            "lede",
            "De goedkoopste huurhuizen staan in",
            {"note": "the first item: its title glued to its text with ' - ' on one line, one block"},
        ),
        ("paragraph", "XL-testlocatie met Twentse inbreng"),
        ("paragraph", "Drukte bij fanshop FC Twente"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        (
            "caption",
            "De warming-up shirts van FC Twente",
            {"tail": "© Instagram FC Twente Fanstore", "note": CREDIT + " (three sources and the edit credit)"},
        ),
        ("paragraph", "Teleurstelling na niet-doorgaan"),
        ("paragraph", "Deadline Day: Menig toch nog weg?", {"note": CUT}),
    ],
)

# ---- NU.nl (nu.nl, NL national news site; a police car crash in Utrecht) — stand-in -------------------
L(
    "nu_politieauto",
    (0, 0, None),
    [
        ("headline", "Politie rijdt met sirene en zwaailicht", {"note": "the title on its own line"}),
        ("lede", "Een politieauto die in Utrecht met", {"note": "the standfirst"}),
        (
            "paragraph",
            "Het ongeluk gebeurde op de kruising",
            {
                "tail": "Utrecht Ontvang een melding als er",
                "note": "the region's alert prompt ('Utrecht Ontvang een melding ... Blijf met meldingen op de hoogte') and a partner's premium-article plug ('Lees ook dit premiumartikel van onze partner <title>'), glued at the paragraph's end: its tail",
            },
        ),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; supermarket roof fire) — stand-in ------
L(
    "ob_supermarkt",
    None,
    [
        ("lede", "Een grote brand op het dak van de Dirk", {"note": NOTITLE}),
        ("paragraph", "De brandweer rukte met veel materieel"),
        (
            "subheading",
            "Aanhouding",
            {
                "note": "a section title glued by the extractor at the end of the paragraph's line: split off (doubtful: could be left in the paragraph)"
            },
        ),
        ("paragraph", "Tijdens de bluswerkzaamheden werd"),
        ("subheading", "Veel rook", {"note": "as 'Aanhouding': glued at the paragraph's end, split off"}),
        ("paragraph", "Er kwam veel rook vrij, de brandweer"),
        ("site_text", "Foto: Jack Brekelmans/SQ Vision.", {"note": OWNCREDIT}),
        ("site_text", "Foto: Jack Brekelmans/SQ Vision.", {"note": OWNCREDIT + " (second photo)"}),
        ("site_text", "Foto: Jack Brekelmans/SQ Vision.", {"note": OWNCREDIT + " (third photo)"}),
    ],
)

# ---- de Gelderlander (gelderlander.nl, NL regional daily, DPG; the morning after a fire in Almelo) — stand-in
L(
    "gld_almelo",
    None,
    [
        (
            "site_text",
            "met video",
            {
                "note": NOTITLE
                + "; the media label ('met video') glued before the lede's place dateline: split off, site text (no title line to hold it as a kicker)"
            },
        ),
        ("lede", "ALMELO - Bij de zeer grote brand", {"note": "the standfirst; the place dateline stays in it"}),
        ("paragraph", "De ochtend na de verzengende brand"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Deze foto vanuit de lucht laat", {"tail": "© Bert Kamp", "note": CREDIT}),
        ("paragraph", "In het grote pand waren een"),
        ("paragraph", "Een deel van het gebied rond het"),
        ("subheading", "Onderzoek naar asbest"),
        ("paragraph", "Op het terrein is mogelijk asbest"),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL commercial TV news; fatal crash after a chase) — stand-in
L(
    "hvn_a12",
    None,
    [
        ("site_text", "112", {"note": NOTITLE + "; the section label ('112') on its own line: site text"}),
        ("site_text", "21 okt 2018, 08:44", {"note": "the publication date line: site text"}),
        (
            "lede",
            "Op de A12 bij het Utrechtse",
            {
                "tail": "Beeld: Koen Laureij",
                "note": "the article's one paragraph; the photo credit ('Beeld: Koen Laureij') glued at its end: its tail",
            },
        ),
        (
            "site_text",
            "Meld je aan voor onze wekelijkse",
            {"note": "the newsletter box ('Meld je aan ... privacyverklaring.'): one site-text block"},
        ),
    ],
)

# ---- VRT NWS (vrt.be, Flemish public broadcaster; a fire near Antwerp Central) ---------------------------
L(
    "vrt_vestingstraat",
    None,
    [
        ("lede", '"De brand is vanmorgen rond 05.45', {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Het pand is gelegen achter andere"),
    ],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; protest over Radio 2's morning show) --
L(
    "focus_ochtendblok",
    None,
    [
        ("lede", "Heel wat luisteraars van Radio 2", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De ochtendshow 'Start Je Dag' van"),
        ("subheading", "Nieuw nationaal programma met Peter"),
        ("paragraph", "De VRT stopt begin volgend jaar"),
        ("subheading", '"Meer digitaal investeren"', {"note": "a section title (a quote)"}),
        ("paragraph", "Van de Veire zal in het nieuwe"),
        ("paragraph", "Het middagprogramma op Radio 2"),
        ("subheading", '"Regioredactie in Kortrijk verdwijnt'),
        ("paragraph", "De regionale redacties in Kortrijk"),
        ("paragraph", "Voor de vakbonden komt de beslissing"),
        ("paragraph", "De vakbondsman begrijpt dat de VRT"),
    ],
)

# ---- De Tijd (tijd.be, Flemish national financial daily; the employers' federation's survey) -----------
L(
    "tijd_vbo",
    None,
    [
        ("lede", "Twee keer per jaar bevraagt het", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "'Als een van die risico's groter"),
    ],
)

# ---- HLN (hln.be, Flemish national daily, local page; a house fire in Deinze) — stand-in ----------------
L(
    "hln_deinze",
    (0, 0, None),
    [
        (
            "headline",
            "Zware brand in centrum Deinze: twee",
            {"note": "the title; the authors' names glued after it on the same line are split off"},
        ),
        ("byline", "Wouter Spillebeen en Anthony Statius", {"note": "the author line, glued after the title"}),
        ("site_text", "06 december 2019", {"note": "the publication date line: site text"}),
        (
            "site_text",
            "17u03 32 Deinze",
            {
                "note": "the time, the comment count and the place tag, glued before the lede: split off, site text (doubtful: 'Deinze' could be read as a place dateline staying in the lede; it has no dash)"
            },
        ),
        ("lede", "De Guido Gezellelaan in Deinze is", {"note": "the standfirst"}),
        ("paragraph", "De zware uitslaande brand is"),
        ("paragraph", "De brand is intussen onder controle"),
        (
            "site_text",
            "Later meer.",
            {
                "note": "the standing line of a breaking item ('Later meer.'): site text (standing lines, stop 46 row; doubtful: could be read as article text)"
            },
        ),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a shooting at Antwerp's Astridplein) — stand-in
L(
    "nb_astridplein",
    None,
    [
        (
            "site_text",
            "Antwerpen",
            {
                "note": NOTITLE
                + "; the place tag on a line of its own above the text: site text (doubtful: could be read as a place dateline, but it stands alone with no dash)"
            },
        ),
        ("lede", "Op het Astridplein, aan het Centraal", {"note": "the standfirst, one paragraph"}),
    ],
)

# ---- TV Limburg (tvl.be, Flemish regional TV, Limburg; the evening bulletin's page) — stand-in ----------
L(
    "tvl_nieuws",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "the section label on its own line above the title: site text"}),
        (
            "headline",
            "TVL Nieuws, 11 juli 2024",
            {"note": "the page title (the bulletin's name and date) on its own line"},
        ),
        ("site_text", "embed", {"note": "the video player's placeholder word ('embed'): site text"}),
        (
            "lede",
            "- Limburg moet de politieke krachten",
            {"note": "the bulletin's first item (a dashed summary line): the lede by position"},
        ),
        ("paragraph", "- De horeca roept de overheid op", {"note": "the bulletin's next item"}),
        ("paragraph", "- Opschudding in Heusden-Zolder"),
        ("paragraph", "- Bij Pukkelpop zijn ze begonnen"),
        ("paragraph", "- En Jarne Steuckers en Matte Smets"),
    ],
)

# ---- Ring (ringtv.be, Flemish regional TV, Halle-Vilvoorde; a flat fire in Vilvoorde) — stand-in ---------
L(
    "ring_vilvoorde",
    (1, 0, None),
    [
        (
            "lede",
            "In Vilvoorde is er gisteravond brand",
            {
                "note": "the standfirst, printed above the title in the excerpt (not repeated below it): the lede (doubtful: could be read as a teaser, site text)"
            },
        ),
        ("headline", "Gezin dakloos na brand in appartement", {"note": "the title on its own line"}),
        ("site_text", "don 7 aug 2014", {"note": "the publication date line: site text"}),
        ("paragraph", "Rond half 12 werd de brandweer van"),
    ],
)

# ---- Metro (nl.metrotime.be, Belgian free national daily, Dutch edition; a crib fire in Vilvoorde) — stand-in
L(
    "metro_kerststal",
    None,
    [
        ("lede", "In Vilvoorde is maandagnamiddag de", {"note": NOTITLE}),
        ("paragraph", "In de basiliek zelf was er een hevige"),
        ("paragraph", "Gewonden vielen er niet maar de"),
        ("site_text", "bron: Belga", {"note": "the source line on its own line ('bron: Belga'): site text"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

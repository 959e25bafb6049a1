#!/usr/bin/env python3
"""Rebuild structure blind set 15 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind15 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each block
is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end; start/end may be marker strings). Standard library only.
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
    "hvzeeland_ambulance": (
        "https://hvzeeland.nl/nieuws/53516-ongeval-ambulance-gebeurde-bij-inhaalactie-een-zwaargewonde",
        None,
    ),
    "hartvannederland_wilhelminadorp": (
        "https://hartvannederland.nl/112/artikelen/automobilisten-op-de-bon-voor-filmen-ernstig-ongeluk-bij-wilhelminadorp",
        None,
    ),
    "rijswijksdagblad_scooter": (
        "https://rijswijksdagblad.nl/Lokaal/scooterrijder-zwaargewond-julialaantjehuisterlandelaan-",
        None,
    ),
    "alarmeringen_deheen": (
        "https://alarmeringen.nl/noord-brabant/midden-en-west-brabant/de-heen/47861336/p2000-woningbrand-op-zeelandweg-oost-in-de-heen.html",
        None,
    ),
    "atv_veiligste": ("https://atv.be/nieuws/live-12u30-we-zijn-de-de-veiligste-stad-van-het-land-59486", "2018-05"),
    "rtvdrenthe_faillissementen": (
        "http://www.rtvdrenthe.nl/nieuws/129990/Aantal-faillissementen-in-Drenthe-blijft-bijna-gelijk",
        "2018-01",
    ),
    "robtv_faillissementen": (
        "https://robtv.be/nieuws/aantal-failissementen-in-onze-regio-daalt-voor-tweede-jaar-op-rij-130091",
        None,
    ),
    "tvoost_storm": (
        "https://tvoost.be/nieuws/tv-oost-ook-getroffen-door-storm-redactie-ontruimd-hoofdredacteur-stavros-van-halewyck-geeft-live-update-134434",
        None,
    ),
    "112nu_meppel": ("https://112-nu.nl/nieuws/138271/meppel/brandweer-en-politie-ingezet-voor-buitenbrand.html", None),
    "112groningen_meeden": (
        "http://www.112groningen.nl/Groningen/nieuws/32542/binnenbrand-meeden-snel-onder-controle.html",
        None,
    ),
    "rtv_turnhout": ("https://rtv.be/artikels/turnhouts-schepencollege-steunt-op-vrouwen-en-ervaring-a60465", None),
    "rtvdordrecht_natuurgebied": ("https://www.rtvdordrecht.nl/media/artikel?article=13052", None),
    "focuswtv_grafschennis": ("https://www.focus-wtv.be/nieuws/12-maanden-met-uitstel-voor-grafschennis", "2019-02"),
    "focuswtv_sleihage": (
        "https://focus-wtv.be/nieuws/auto-rijdt-toch-uit-wachtrij-net-wanneer-bijzonder-transport-passeert-bestuurder-zwaargewond",
        "2026-02-20",
    ),
    "bhznet_winkelcentrum": ("https://bhznet.nl/Nieuws.asp?Id=9875", None),
    "omroepflevoland_houtribweg": (
        "https://of-prod.elastique.nl/nieuws/417336/groot-ongeluk-op-houtribweg-drie-mensen-zwaargewond-geraakt",
        None,
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication date/time line of the page on its own (no author): page furniture, site text (blind13/14 convention for date lines and timestamp lines; doubtful: could be read as part of a byline)"
CREDIT = "bare photo/agency credit: site text (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
RELATED = "related-articles list (titles and teasers of other articles): site text, one block for the whole list"

# ---- HVZeeland (Zeeland emergency-services news site) -------------------------------------------
L(
    "hvzeeland_ambulance",
    (0, 0, None),
    [
        ("headline", "Ongeval ambulance gebeurde bij"),
        ("site_text", "Toegevoegd: 14-04-2023", {"note": "'Toegevoegd: <date>, <time> uur' (added: ...): " + STAMP}),
        ("lede", "TERNEUZEN – De politie laat", {"note": "dateline 'TERNEUZEN –' stays in the lede"}),
        ("paragraph", "Volgens de politie reed de"),
        ("paragraph", "In de auto zat ook een"),
        (
            "site_text",
            "Locatie op de kaart",
            {"note": "map-widget label ('Locatie op de kaart' = location on the map): site text"},
        ),
        (
            "site_text",
            "Laatste nieuwsvideo's",
            {
                "note": "'Laatste nieuwsvideo's' (latest news videos) widget: titles of other, unrelated videos, each with its date printed twice: "
                + RELATED
            },
        ),
        (
            "site_text",
            "Reageer op dit bericht",
            {
                "note": "comment section: 'Reageer op dit bericht', 'Reacties', 'Zelf reageren? Lees hier de spelregels.' and the pagination line 'Eerste | Vorige | 1 | Volgende | Laatste |': site text, one unit"
            },
        ),
    ],
)

# ---- Hart van Nederland (Talpa/SBS6 news site), 112 section --------------------------------------
L(
    "hartvannederland_wilhelminadorp",
    None,
    [
        (
            "site_text",
            "112",
            {"note": NOTITLE + "; section label '112' (the site's emergency-news section) on its own line: site text"},
        ),
        ("site_text", "16 aug 2019, 10:29", {"note": STAMP}),
        (
            "lede",
            "Langsrijdende automobilisten",
            {"note": "the whole article is one stored line; the lede runs to the glued 'Lees ook:' pointer"},
        ),
        (
            "site_text",
            "Lees ook: Ernstig ongeval",
            {
                "note": "in-text 'Lees ook: <title of another article>' link glued between two sentences of the article on the same line: site text, cut at the glue points"
            },
        ),
        ("paragraph", "De politie hoopt snel alle"),
        (
            "site_text",
            "ANP Beeld: Provicom",
            {
                "note": "agency credit 'ANP' (text source) glued to the end of the article: site text"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was byline)"
            },
        ),
        ("site_text", "Beeld: Provicom", {"note": "photo credit 'Beeld: Provicom': " + CREDIT}),
        (
            "site_text",
            "Deel dit artikel",
            {"note": "share-row label ('Deel dit artikel' = share this article): site text"},
        ),
        (
            "site_text",
            "Ja, ik wil graag wekelijks",
            {
                "note": "newsletter sign-up box (consent checkbox text, 'Meld je aan ...' and the privacy notice naming Talpa Network): site text, one unit"
            },
        ),
    ],
)

# ---- Rijswijks Dagblad (local news site) -----------------------------------------------------
L(
    "rijswijksdagblad_scooter",
    (1, 0, None),
    [
        (
            "lede",
            "Zondag heeft er een ernstig",
            {"note": "the article body comes first in the stored text, before the title ('ool' as stored)"},
        ),
        (
            "headline",
            "Scooterrijder zwaargewond",
            {
                "note": "the title stands after the body in the stored text (the store's extraction order); it is the article's title and the gold headline"
            },
        ),
        (
            "site_text",
            "6 June 2021, 15:53 uur",
            {"note": STAMP + "; English month name in a Dutch page (interface locale)"},
        ),
        ("site_text", "Lokaal", {"note": "category label 'Lokaal' (local) at the end: site text"}),
    ],
)

# ---- Alarmeringen.nl (P2000 alert news site) ------------------------------------------------
L(
    "alarmeringen_deheen",
    (0, 0, None),
    [
        ("headline", "Woningbrand op Zeelandweg-Oost"),
        ("lede", "Aan de Zeelandweg-Oost in De"),
        ("paragraph", "De eerste melding kwam iets"),
        (
            "site_text",
            "De Heen valt onder de P2000",
            {
                "note": "templated place box written as prose, the same wording on every alert page of the site with only the place, region and counts filled in: 'De Heen valt onder de P2000-regio ... De 112 meldingen worden via P2000 ... gestuurd.' and 'De brandweer is de afgelopen 30 dagen 3 keer naar De Heen gestuurd. De ambulance moest 1 keer ...': site text by function (doubtful by shape: full sentences about the place; the counts are generated statistics, not reporting on this fire)"
            },
        ),
    ],
)

# ---- ATV (Antwerp regional broadcaster) ----------------------------------------------------
L(
    "atv_veiligste",
    (0, 0, None),
    [
        (
            "headline",
            "Nieuws VIDEO",
            {
                "note": "title in quotation marks as stored (a quote used as headline), kept with its quotes, with the "
                "section label 'Nieuws' and media label 'VIDEO' glued before it on the same line (a kicker on the "
                "headline's line): the labels stay in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        ("lede", "De geregistreerde criminaliteit", {"note": "the whole video-page text (one paragraph)"}),
    ],
)

# ---- RTV Drenthe (regional broadcaster) ---------------------------------------------------
L(
    "rtvdrenthe_faillissementen",
    (1, 0, None),
    [
        (
            "site_text",
            "Deel dit artikel:",
            {
                "note": "share-row label at the top, followed by 11 blank lines (the share icons, not extracted): site text"
            },
        ),
        ("headline", "Aantal faillissementen in Drenthe"),
        (
            "caption",
            "Aantal faillissementen bijna",
            {
                "tail": "(foto Robin van Lonkhuijsen/ANP)",
                "note": "photo caption with credit ('Aantal faillissementen bijna gelijk (foto Robin van Lonkhuijsen/ANP)') glued to the title on the same line: caption, cut from the headline at the glue point; the credit is the tail"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was kept in the caption)",
            },
        ),
        ("lede", "DEN HAAG - Het aantal", {"note": "dateline 'DEN HAAG -' stays in the lede"}),
        ("paragraph", "In 2017 gingen in Drenthe"),
        ("paragraph", "Landelijk is er een sterke"),
    ],
)

# ---- ROB-tv (Leuven/Oost-Brabant regional broadcaster) ------------------------------------
L(
    "robtv_faillissementen",
    (0, 0, None),
    [
        ("headline", "Aantal failissementen in onze", {"note": "'failissementen' as stored"}),
        ("lede", "Voor het tweede jaar op rij", {"note": "no site text in this text"}),
    ],
)

# ---- TV Oost (East-Flanders regional broadcaster) ----------------------------------------
L(
    "tvoost_storm",
    (0, 0, None),
    [
        ("headline", "TV Oost ook getroffen door storm"),
        (
            "site_text",
            "TV Oost ook getroffen door storm",
            {
                "note": "the title repeated twice more (page template: video title and share title), each as its own paragraph: site text (blind13 convention for a repeated headline), one block"
            },
        ),
        (
            "lede",
            "Voor de mensen die het niet",
            {
                "note": "the video page's text: transcript of the anchor's words handing over to the live update; article text"
            },
        ),
        (
            "site_text",
            "Bekijk meer nieuws over:",
            {"note": "tag heading ('see more news about:') with no tags extracted: site text"},
        ),
        (
            "site_text",
            "Gerelateerd nieuws",
            {
                "note": RELATED
                + "; each title printed twice (link text and card title); the list ends on a whole item, within the excerpt limit, so it may be whole or may continue"
            },
        ),
    ],
)

# ---- 112-nu.nl (emergency-news site) ------------------------------------------------------
L(
    "112nu_meppel",
    (1, 0, None),
    [
        ("site_text", "112 Nieuws", {"note": "section label '112 Nieuws' above the title: site text"}),
        ("headline", "Brandweer en politie ingezet"),
        (
            "byline",
            "Meppel - 22 september 2024",
            {
                "note": "place, date/time and the press-photo agency credit ('Meppel - 22 september 2024 17:54 | AS Media'); kept whole as byline (blind8/14 convention for 'date/time + author' lines; the timestamp part is page furniture)"
            },
        ),
        ("lede", "MEPPEL - Zondagmiddag 22", {"note": "dateline 'MEPPEL -' stays in the lede"}),
        ("paragraph", "Op het plein woedde een"),
        ("paragraph", "Hoe de brand kon ontstaan"),
        ("site_text", "Alle foto's", {"note": "photo-gallery link ('Alle foto's' = all photos): site text"}),
        (
            "site_text",
            "Meer 112 nieuws uit Meppel",
            {
                "note": "link to more emergency news from the place ('Meer 112 nieuws uit Meppel en omgeving'): site text"
            },
        ),
    ],
)

# ---- 112Groningen.nl (emergency-news site) -------------------------------------------------
L(
    "112groningen_meeden",
    (1, 0, None),
    [
        (
            "byline",
            "17-03-2018, Michael Huising",
            {
                "note": "date, author and site credit ('17-03-2018, Michael Huising 112Gr.') above the title; kept whole as byline (blind8/14 convention)"
            },
        ),
        ("headline", "Binnenbrand Meeden snel onder"),
        (
            "lede",
            "Meeden - Zaterdagavond is er",
            {"note": "dateline 'Meeden -' stays in the lede; the lede has no closing full stop as stored"},
        ),
        (
            "paragraph",
            "Door een nog onbekende",
            {"note": "no site text in this text; the only furniture is the byline line above the title"},
        ),
    ],
)

# ---- RTV (Kempen regional broadcaster, Flanders) ------------------------------------------
L(
    "rtv_turnhout",
    (0, 0, None),
    [
        ("headline", "Turnhouts schepencollege steunt"),
        ("site_text", "din 23 okt 2018", {"note": "abbreviated date line ('din 23 okt 2018'): " + STAMP}),
        (
            "lede",
            "In Turnhout zijn de",
            {
                "tail": "Straks meer in RTV_Vandaag.",
                "note": "the whole article (one paragraph); it ends with the broadcaster's promo for its news programme ('Straks meer in RTV_Vandaag.' = more later in RTV_Vandaag), glued to the last sentence: site_text_tail",
            },
        ),
    ],
)

# ---- RTV Dordrecht (local broadcaster), media item ------------------------------------------
L(
    "rtvdordrecht_natuurgebied",
    None,
    [
        ("site_text", "6 april 2020 15:09", {"note": NOTITLE + "; " + STAMP}),
        ("lede", "Burgemeester Kolff had er al", {"note": "the whole text of the media (video) item"}),
    ],
)

# ---- Focus & WTV (West-Flanders regional broadcaster) -------------------------------------
L(
    "focuswtv_grafschennis",
    None,
    [
        ("lede", "Vier Brugse grafdelvers", {"note": NOTITLE}),
        ("paragraph", "Het openbaar ministerie"),
        ("subheading", "Skeletten op smartphone"),
        ("paragraph", "De bal ging aan het rollen"),
        ("paragraph", "Bovendien werden meermaals"),
        ("paragraph", "Alle beklaagden vroegen de"),
        ("paragraph", "Brugge krijgt 1 euro", {"note": "short closing line of the article: article text"}),
        (
            "site_text",
            "Lees ook",
            {
                "note": "heading of the related-articles box ('Lees ook' = read also); the list itself is not in the stored text: site text"
            },
        ),
    ],
)

L(
    "focuswtv_sleihage",
    (1, 0, None),
    [
        (
            "site_text",
            "Aanmelden",
            {"note": "login link of the site header ('Aanmelden' = log in) above the title: site text"},
        ),
        ("headline", "Auto rijdt toch uit wachtrij"),
        (
            "site_text",
            "Ongeval03",
            {
                "note": "image name/alt text of a photo ('Ongeval03') standing as its own paragraph: interface residue, site text (doubtful: could be read as a bare caption)"
            },
        ),
        ("lede", "In Sleihage is één iemand"),
        ("paragraph", "Het ongeval gebeurde aan de"),
        ("paragraph", "Volgens getuigen reed één"),
        (
            "site_text",
            "Ongeval02",
            {
                "note": "image name/alt text of a second photo ('Ongeval02'), between two paragraphs: site text (as 'Ongeval03')"
            },
        ),
        ("paragraph", "De bestuurder moest"),
        ("paragraph", "Waarom de bestuurder plots"),
    ],
)

# ---- BHZNet (Biddinghuizen local news site) -------------------------------------------------
L(
    "bhznet_winkelcentrum",
    (0, 0, None),
    [
        ("headline", "Nieuw winkelcentrum geopend"),
        (
            "site_text",
            "Vrijdag 28 september 2007",
            {
                "note": "publication date glued to the dateline of the lede ('Vrijdag 28 september 2007BIDDINGHUIZEN - ...'): "
                + STAMP
                + "; cut from the lede at the glue point"
            },
        ),
        ("lede", "BIDDINGHUIZEN - Het nieuwe", {"note": "dateline 'BIDDINGHUIZEN -' stays in the lede"}),
        ("paragraph", "Voor de officiële opening"),
        ("subheading", "Opening"),
        ("paragraph", "De symbolische opening vond"),
        ("paragraph", "Jan Schuurhuis, voorzitter"),
        ("paragraph", "Nog niet alle panden in het"),
        (
            "site_text",
            "Klik hier voor alle foto's",
            {"note": "photo-gallery link ('click here for all photos'): site text"},
        ),
        (
            "byline",
            "Redactie BHZNet.nl",
            {
                "note": "credit line 'Redactie BHZNet.nl' (the site's newsroom) at the end: byline (blind14 labelled 'Door: Redactie' byline)"
            },
        ),
    ],
)

# ---- Omroep Flevoland (regional broadcaster; page served from its of-prod.elastique.nl host) --
L(
    "omroepflevoland_houtribweg",
    (0, 0, None),
    [
        ("headline", "Groot ongeluk op Houtribweg"),
        ("lede", "Meerdere auto's, een bestelbus"),
        ("paragraph", "Volgens de politie zijn daarbij"),
        ("paragraph", "Een politiehelikopter was"),
        (
            "site_text",
            "Heb jij een tip of verbetering?",
            {"note": "request for tips and corrections with the newsroom's phone number and e-mail: site text"},
        ),
        (
            "site_text",
            "gerelateerde artikelen",
            {
                "note": RELATED
                + ": heading 'gerelateerde artikelen', '-' separators, titles, place/date lines ('DRONTEN • Wo 26 februari • Woensdag 26 februari') glued to the teasers"
            },
        ),
        (
            "site_text",
            "recent nieuws",
            {
                "note": "'recent nieuws' list (same card format as the related list): site text; cut mid-word by the excerpt limit"
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

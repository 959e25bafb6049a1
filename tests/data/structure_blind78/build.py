#!/usr/bin/env python3
"""Rebuild structure set 78 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(de Volkskrant, Omroep Zeeland, RTV Drenthe, Omroep Brabant, NU.nl, Het Parool, De Limburger,
Hart van Nederland) and eight Flemish (Het Nieuwsblad, HLN, De Morgen, Apache, Het Belang van
Limburg, De Standaard, TV Oost, ATV). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind78 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each block
is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end). Standard library only; the cutting is done by
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
    # Dutch
    "vk_nature": (
        "https://www.volkskrant.nl/wetenschap/het-weekblad-dat-wetenschappelijke-carrieres-kan-breken~bd9be0ad/",
        None,
    ),
    "oz_lintjes": (
        "https://www.omroepzeeland.nl/nieuws/112539/Zeeland-wordt-wakker-lintjesregen-blauwtong-en-auto-s-uitgebrand",
        "2019-04",
    ),
    "rtvd_minuut": ("http://www.rtvdrenthe.nl/nieuws/130289/Het-nieuws-in-een-minuut-19-januari", "2018-01"),
    "ob_112": (
        "https://www.omroepbrabant.nl/nieuws/4542652/112-nieuws-botsing-autos-in-valkenswaard-brand-moerdijk-onder-controle",
        "2024-08",
    ),
    "nu_asielhotel": (
        "https://www.nu.nl/binnenland/6220461/politie-onderzoekt-brand-bij-asielhotel-tubbergen-sluit-opzet-niet-uit.html?redirect=1",
        "2022-08",
    ),
    "parool_stadsdelen": (
        "https://www.parool.nl/amsterdam/dit-zijn-de-nieuwe-bestuurders-van-de-stadsdelen-in-amsterdam~b3a364be/",
        "2022-06",
    ),
    "lim_maa": ("https://www.limburger.nl/cnt/dmf20220603_96292968", None),
    "hvn_venlo": (
        "https://hartvannederland.nl/112/brand/artikelen/zeer-grote-brand-in-pand-venlo-asbest-vrijgekomen-en-nl-alert-uitgestuurd",
        None,
    ),
    # Flemish
    "nb_agenten": ("https://www.nieuwsblad.be/cnt/dmf20210918_92542144", None),
    "hln_kijkfile": (
        "https://www.hln.be/regio/leuven/politie-deelt-boetes-uit-voor-mensen-die-filmen-na-dodelijk-ongeval~a5d6a762/",
        "2018-07",
    ),
    "dm_bob": (
        "https://www.demorgen.be/nieuws/t-zal-wel-gaan-bob~b8f10be2/?utm_source=link&utm_medium=social&utm_campaign=shared_earned",
        None,
    ),
    "apache_2019": ("https://apache.be/dossier/apache-2019", None),
    "hbvl_videos": (
        "https://www.hbvl.be/cnt/dmf20180714_03613948/houthalenaar-20-kan-belgie-wk-voetbal-winnen-een-babyboom-in-hasselt-en-straffe-mijnwerkersverhalen-dit-zijn-de-beste-video-s-van-de-week",
        "2018-07",
    ),
    "ds_leie": ("https://www.standaard.be/cnt/dmf20211023_92302203", "2021-10"),
    "tvo_carrefour": (
        "https://www.tvoost.be/nieuws/politie-zoekt-daders-van-brandstichting-aan-carrefour-in-lokeren-193937",
        "2024-09",
    ),
    "atv_wensen": ("https://atv.be/programmas/antwerpen-herdenkt", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo/video credit on a line of its own: site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- de Volkskrant (volkskrant.nl, NL national daily; a science reportage) ------------------------------
L(
    "vk_nature",
    (0, 0, None),
    [
        ("headline", "Het weekblad dat wetenschappelijke", {"note": "the title on its own line"}),
        (
            "subheading",
            "De power van Nature",
            {
                "note": "a second title line under the title (the print head): subheading (doubtful: could be read as part of the headline, or a kicker)"
            },
        ),
        ("lede", "Wetenschappers begaan desnoods een", {"note": "the standfirst"}),
        ("site_text", "Beeld Jiri Buller", {"note": OWNCREDIT}),
        ("paragraph", "Het is vroeg op de burelen van Nature"),
        ("paragraph", "Omdat hij als hoofdredacteur (sinds"),
        ("paragraph", "Nature Magazine in Londen. Bijna"),
        ("paragraph", "Maar met een status die vergelijkbaar"),
        ("paragraph", "Campbells blik gaat intussen", {"note": CUT}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; the morning round-up 'Zeeland wordt wakker')
L(
    "oz_lintjes",
    None,
    [
        (
            "caption",
            "Basketbalvrijwilliger Tom Joziasse",
            {
                "tail": "(foto: Omroep Zeeland)",
                "note": NOTITLE + "; each item opens with its photo's caption; " + CREDIT,
            },
        ),
        ("subheading", "Lintjesregen", {"note": "the round-up's item title"}),
        (
            "lede",
            "In Zeeland krijgen vanochtend weer",
            {
                "note": "the first item's text; its 'Dat zie je vanaf 13.00 uur op omroepzeeland.nl.' stays in it (doubtful: a plug inside a paragraph, could be split off)"
            },
        ),
        ("caption", "Brand bij autosloperij in Oosterland", {"tail": "(foto: 112-)", "note": CREDIT}),
        ("subheading", "Dertig auto's uitgebrand"),
        ("paragraph", "Aan de Ringweg in Oosterland heeft"),
        ("caption", "Schapen in 's-Gravenpolder", {"tail": "(foto: Kristian", "note": CREDIT}),
        ("subheading", "Blauwtong"),
        (
            "paragraph",
            "Veehouders in Zeeland maken zich",
            {"note": "ends in a colon before a lost audio or video fragment; the lead-in stays article text"},
        ),
        ("caption", "Zeeuws-Vlaamse Studentenstad (foto:", {"tail": "(foto: Omroep", "note": CREDIT}),
        ("subheading", "Zeeuws-Vlaamse studentenstad"),
        ("paragraph", "Kiezen ze voor een worstenbroodje"),
        (
            "caption",
            "Tulpenveld in Hulst",
            {"tail": "(foto: Vincent", "note": CREDIT + " (an item without a heading of its own)"},
        ),
        ("paragraph", "Ook dit jaar hoef je niet naar de"),
        ("caption", "Donkere wolken boven Waarde", {"tail": "(foto: Ria", "note": "a reader's photo; " + CREDIT}),
        ("subheading", "Weer", {"note": "the weather item's title"}),
        ("paragraph", "Vandaag bevindt Zeeland zich even", {"note": CUT}),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; a video item 'Het nieuws in een minuut') --------
L(
    "rtvd_minuut",
    (1, 0, None),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label above the title: site text"}),
        (
            "headline",
            "Het nieuws in een minuut: 19 januari",
            {"note": "the title, glued before its photo's caption on one line: split off, the headline"},
        ),
        (
            "caption",
            "In deze nieuwsminuut onder meer",
            {"tail": "(foto: RTV Drenthe", "note": "the photo's caption glued after the title; " + CREDIT},
        ),
        ("lede", "In het nieuws in een minuut onbegrip", {"note": "the video's summary"}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; the day's 112 liveblog) -------------------
L(
    "ob_112",
    None,
    [
        (
            "site_text",
            "In dit liveblog houden we je deze",
            {
                "note": NOTITLE
                + "; the liveblog's standing blurb ('In dit liveblog houden we je ... op de hoogte ... Je vindt hier een overzicht ...'), printed on every day's 112 liveblog: site text (standing lines, stop 46 row; doubtful: could be read as the lede)"
            },
        ),
        (
            "site_text",
            "Wil je automatisch updates ontvangen",
            {"note": "a call to subscribe to updates ('Klik dan op het belletje.'): site text"},
        ),
        ("site_text", "Liveblog", {"note": "genre label on its own line: site text"}),
        ("liveblog_time", "10.45", {"note": "entry time, glued before the entry's heading and text"}),
        ("subheading", "Brand Moerdijk onder controle", {"note": "entry heading, glued between time and text"}),
        ("lede", "De brandweer heeft de brand in", {"note": "the first entry's text"}),
        (
            "caption",
            "Bij de brand in Moerdijk komt veel",
            {
                "tail": "(foto: Veiligheidsregio",
                "note": "a photo's caption glued at the end of the entry's text: split off as caption; " + CREDIT,
            },
        ),
        ("liveblog_time", "09.40"),
        ("subheading", "Lange file op A58"),
        ("paragraph", "De rechterrijstrook van de A58 van"),
        ("liveblog_time", "09.37"),
        ("subheading", "Botsing auto's in Valkenswaard"),
        ("paragraph", "Twee auto's kwamen vanochtend met"),
        ("caption", "Het ging mis op de kruising van de", {"tail": "(foto: Rico", "note": "glued caption; " + CREDIT}),
        ("caption", "De auto's raakten bij de botsing", {"tail": "(foto: Rico", "note": "glued caption; " + CREDIT}),
        ("liveblog_time", "09.10"),
        ("subheading", "Man vernielt politieauto's"),
        (
            "paragraph",
            "Een 41-jarige man zonder vaste woon-",
            {"tail": "Lees hier meer", "note": "a link label ('Lees hier meer') glued at the end: its tail"},
        ),
        ("liveblog_time", "07.39"),
        ("subheading", "Stankoverlast bij brand Moerdijk"),
        ("paragraph", "Bij een biomassabedrijf op het", {"note": CUT}),
    ],
)

# ---- NU.nl (nu.nl, NL national news site; a news item) ----------------------------------------------------
L(
    "nu_asielhotel",
    None,
    [
        ("lede", "De politie heeft een onderzoek", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De politie ontving om 6.15 uur een"),
        ("paragraph", "Op foto's van dagblad Tubantia is te"),
        ("paragraph", "Er zijn geen gewonden gevallen. Uit"),
        ("paragraph", "Het hotel werd onlangs door het"),
        ("paragraph", "Een 36-jarige man uit Denekamp werd"),
        ("subheading", "Rechter buigt zich maandag over de"),
        ("paragraph", "De rechter moet zich maandag buigen"),
        ("paragraph", "Afgelopen w", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL regional daily, Amsterdam; a news item on the new district boards) --------
L(
    "parool_stadsdelen",
    None,
    [
        (
            "caption",
            "Het stadsdeelkantoor in Oost op het",
            {"tail": "Beeld Jakob van Vliet", "note": NOTITLE + "; the lead photo's caption; " + CREDIT},
        ),
        ("lede", "Woensdag hebben coalitiepartijen"),
        ("paragraph", "In Nieuw-West wilde de daar populaire"),
        ("paragraph", "De voorgedragen bestuurders moeten"),
        ("subheading", "Centrum"),
        ("paragraph", "GroenLinks werd in Centrum de"),
        ("paragraph", "GroenLinks levert Micha Mos (37) af,", {"note": CUT}),
    ],
)

# ---- De Limburger (limburger.nl, NL regional daily, Mediahuis Limburg of 1Limburg; a paywalled item) -----
L(
    "lim_maa",
    (1, 0, None),
    [
        (
            "site_text",
            "Dit artikel is exclusief voor jou als",
            {
                "note": "the paywall notice (two lines: 'Dit artikel is exclusief ...' / 'Plus-artikelen zijn exclusief voor abonnees. Bekijk onze abonnementen >'): one site-text block"
            },
        ),
        ("headline", "Vreugde en verslagenheid rondom MAA"),
        (
            "caption",
            "De publieke tribune in het",
            {"tail": "© Johannes Timmermans", "note": "the photo's caption; " + CREDIT},
        ),
        (
            "byline",
            "Frans Dreissen",
            {"note": "the author's name on its own line; the body is behind the paywall (no lede)"},
        ),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL national TV news, SBS6; a fire report) ------------------
L(
    "hvn_venlo",
    None,
    [
        ("site_text", "Brand", {"note": NOTITLE + "; the section label: site text"}),
        ("site_text", "14 juli 2024, 08:18", {"note": "publication date line: site text"}),
        ("lede", "Bij een bedrijf in Venlo is"),
        ("paragraph", "De brand is opgeschaald naar een GRIP"),
        ("paragraph", "Bij de brand is asbest vrijgekomen."),
        ("paragraph", "De brand woedt in een pand aan de"),
        (
            "site_text",
            "Hart van Nederland/ANP",
            {"note": "the source line under the text (outlet and agency): site text (source / attribution row)"},
        ),
        ("site_text", "Deel dit artikel", {"note": "share label: site text"}),
        (
            "site_text",
            "Ja, ik wil graag wekelijks de",
            {
                "note": "the newsletter sign-up box (its consent line and 'Meld je aan ...' with the privacy line): one site-text block"
            },
        ),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; an accident report) -------------------------
L(
    "nb_agenten",
    None,
    [
        ("lede", "Gent - Twee agenten van de Gentse", {"note": NOTITLE + "; the place dateline stays in the lede"}),
        ("paragraph", "“Onze gevoelens gaan uit naar onze"),
        (
            "paragraph",
            "Over de precieze omstandigheden van",
            {
                "tail": "(lees verder onder foto)",
                "note": "a reading pointer past the photo ('(lees verder onder foto)') glued at the end: its tail",
            },
        ),
        ("site_text", "Foto: SLN", {"note": OWNCREDIT + " (a caption that is only a credit)"}),
        ("paragraph", "De twee Gentse flikken waren rond"),
        ("paragraph", "Na een nieuwe tussenkomst bij een"),
        ("site_text", "Foto: SLN", {"note": OWNCREDIT + " (the first of two photos under the text)"}),
        ("site_text", "Foto: SLN", {"note": OWNCREDIT + " (the second photo)"}),
    ],
)

# ---- HLN (hln.be, Het Laatste Nieuws, Flemish national daily; a police report, regional page Leuven) ----
L(
    "hln_kijkfile",
    (0, 0, None),
    [
        ("headline", "Politie deelt boetes uit voor mensen", {"note": "the title; the date glued after it split off"}),
        ("site_text", "17 juli 2018", {"note": "publication date glued after the title on its line: site text"}),
        ("lede", "Op de autosnelweg E40 in Heverlee,", {"note": "the text, one paragraph"}),
        (
            "site_text",
            "Wie vragen heeft over zelfdoding, kan",
            {
                "note": "the standing helpline line printed under every report of a suicide: site text (standing lines, stop 46 row; doubtful: could be read as article text)"
            },
        ),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; a portrait at a spokesman's retirement) ------------
L(
    "dm_bob",
    (1, 0, None),
    [
        (
            "site_text",
            "Donderdag 06/05/2021",
            {"note": "date line above the title (the page's date, not the article's): site text"},
        ),
        ("headline", "''t Zal wel gaan, Bob'", {"note": "the title (a quote in quotation marks) on its own line"}),
        (
            "subheading",
            "Bij het pensioen van Bob Van de Voorde",
            {"note": "a subtitle under the title: subheading (doubtful: could be read as the lede, a deck)"},
        ),
        ("lede", "Het zal geen toeval zijn dat de", {"note": "the standfirst"}),
        (
            "byline",
            "Door Walter Pauli",
            {
                "tail": "/ Foto's Stephan",
                "note": "the author line; the photographer's credit glued after it ('/ Foto's Stephan Vanfleteren') its tail",
            },
        ),
        ("paragraph", '"Ik ga ruimte maken voor mijn hobby.'),
        ("paragraph", "Lekkerbek Van de Voorde, al jarenlang", {"note": CUT}),
    ],
)

# ---- Apache (apache.be, Flemish investigative news site; the year's reading-list dossier) ---------------
L(
    "apache_2019",
    (1, 0, None),
    [
        ("site_text", "DOSSIER - 15 ARTIKELS", {"note": "genre label with the dossier's article count: site text"}),
        ("headline", "Wat iedereen in 2019 gelezen moet", {"note": "the dossier's title on its own line"}),
        (
            "site_text",
            "cadeaulidmaatschap",
            {"note": "a promotion link label (gift membership) under the title: site text"},
        ),
        ("lede", "Ook de afbreker bouwt op, wist Louis"),
        ("paragraph", "Dat betekent echter niet dat we"),
        (
            "paragraph",
            "Zelf doen we dat trouwens ook. En dat",
            {"note": "the editors' own appeal to members stays article text: it is the dossier's intro"},
        ),
        (
            "paragraph",
            "Ontdek hieronder wat iedereen zou",
            {
                "note": "the lead-in to the list ('... volgens ...', cut by the site): article text (doubtful: could be read as a pointer, site text)"
            },
        ),
        ("subheading", "Samira Atillah - Opnieuw wetsvoorstel", {"note": "a list entry's title (its author and pick)"}),
        ("paragraph", "Het is zeer belangrijk dat dit naar"),
        ("paragraph", "Deze tendens raakt niet enkel ons"),
        ("paragraph", "Apache moet alert blijven voor deze"),
        (
            "byline",
            "Samira Atillah is stagiair journalist",
            {"note": "the contributor's line under her entry: byline (doubtful: an author bio, could be site text)"},
        ),
        ("subheading", "Tom Cochez - Trolling Almaci: de"),
        ("paragraph", "Trolling op sociale media is een", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; the week's best videos, a round-up) -------
L(
    "hbvl_videos",
    None,
    [
        (
            "site_text",
            "Hasselt / Diepenbeek / Heusden-Zolder",
            {
                "note": NOTITLE
                + "; the weekly round-up's standing intro ('Onze redactie selecteert voor u de strafste video's ... Dan vindt u de beelden hier terug in het weekoverzicht.'), with the places written before it: site text (standing lines, stop 46 row, and the greeting-frame row's place; doubtful: could be read as the lede)"
            },
        ),
        ("subheading", "1. Dankzij Houthalenaar (20) kan", {"note": "the round-up's item title"}),
        ("site_text", "Video: TP", {"note": "a video credit on a line of its own: site text"}),
        ("lede", "Nu de Rode Duivels de wereldtitel", {"note": "the first item's text"}),
        ("subheading", "2. Tussen hemel en hel op citytrip"),
        ("site_text", "Video: KH", {"note": "video credit"}),
        ("paragraph", "Dubrovnik heet dan wel de ‘Parel"),
        ("subheading", "3. Ongelofelijke babyboom in Jessa"),
        ("site_text", "Video: KH", {"note": "video credit"}),
        ("paragraph", "18 baby’s geboren in amper 20 uur"),
        ("subheading", "4. Boek brengt straffe mijnwerkers"),
        ("site_text", "Video: MG", {"note": "video credit"}),
        ("paragraph", "In ZLDR Luchtfabriek is donderdag", {"note": CUT}),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; a news item) -----------------------------------
L(
    "ds_leie",
    None,
    [
        ("lede", "In Gent zijn vier inzittenden van een", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De lokale politie van Gent kreeg rond"),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV, East Flanders; a police report) ---------------------------
L(
    "tvo_carrefour",
    None,
    [
        (
            "lede",
            "De brandweer van Lokeren kreeg",
            {"note": NOTITLE + "; the video item's text, one paragraph; " + CLEAN},
        ),
    ],
)

# ---- ATV (atv.be, Flemish regional TV, Antwerp; a programme's video item) ------------------------------
L(
    "atv_wensen",
    None,
    [
        (
            "lede",
            "Door de coronamaatregelen kunnen",
            {
                "note": NOTITLE
                + "; the programme page's intro (why the city and ATV make remembrance programmes): lede (doubtful: the programme's standing description, could be read as site text)"
            },
        ),
        ("subheading", "A Wensen", {"note": "the programme item's title"}),
        (
            "site_text",
            "01/01/2021 - 09:53",
            {"note": "the item's date line, printed twice in a row: one site-text block"},
        ),
        (
            "paragraph",
            "Het was geen nieuwjaar zoals anders.",
            {
                "tail": "Herbekijk hier de uitzending.",
                "note": "the item's text; the player link ('Herbekijk hier de uitzending.') glued at its end its tail (a plug, stop 46 row)",
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

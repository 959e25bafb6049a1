#!/usr/bin/env python3
"""Rebuild structure set 87 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(de Gelderlander, Tubantia, BN DeStem, Brabants Dagblad, De Stentor, Omrop Fryslân, RTV Utrecht,
AD) and eight Flemish (TV Oost, Focus-WTV, Sporza, HLN, Metro, Radio 1, Het Nieuwsblad,
Gazet van Antwerpen on PressReader).
They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay
in /work/data/structure-blind87 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None =
to the block's end). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "gld_nijmegen": (
        "https://www.gelderlander.nl/nijmegen/slachtoffers-van-bizar-ongeluk-in-nijmegen-zijn-vier-vrouwen-container-vloog-de-lucht-in~a8e21e0d/",
        "2023-01",
    ),
    "tub_tubbergen": (
        "https://www.tubantia.nl/tubbergen/starters-bijna-kansloos-voor-huis-op-de-es-in-tubbergen~a022ca93/",
        None,
    ),
    "bnd_depla": (
        "https://www.bndestem.nl/breda/leraren-zoeken-contact-maar-van-3-kinderen-weten-we-niet-waar-ze-zijn-gebleven~ab7f3e94/",
        None,
    ),
    "bd_stadsbestuur": (
        "https://www.bd.nl/breda/mysterieuze-verdwijning-van-buurtkippen-in-breda-opzet-dat-moet-haast-wel~a5fd337d/",
        None,
    ),
    "stentor_gemist": (
        "https://www.destentor.nl/regio/gemist-gestolen-auto-in-brand-bij-radio-kootwijk-vuurwerkbom-ontploft-in-woning-op-urk~afcb6c54/",
        "2019-11",
    ),
    "omrop_nos": (
        "https://www.omropfryslan.nl/nieuws/969772-omrop-fryslan-intensiveert-samenwerking-met-nos-landelijk-nieuws-nu-ook-bij-ons-te",
        "2020-06",
    ),
    "rtvu_nos": ("http://www.rtvutrecht.nl/nieuws/1438737/rtv-utrecht-brengt-regionieuws-via-nos-journaal.html", None),
    "ad_depla": (
        "https://www.ad.nl/breda/de-mussen-vallen-letterlijk-van-het-dak-zo-warm-zet-schoteltjes-met-water-neer-voor-kleine-dieren~a44b457c/",
        "2022-08",
    ),
    # Flemish
    "tvoost_30jaar": (
        "https://www.tvoost.be/nieuws/tv-oost-wordt-30-zo-ging-het-er-30-jaar-geleden-aan-toe-194068",
        "2024-09",
    ),
    "focus_oostende": (
        "https://focus-wtv.be/nieuws/grote-zoekactie-in-oostende-drie-jongens-geraken-in-de-problemen-twee-ondertussen-gered-een-persoon-nog-niet-gevonden",
        None,
    ),
    "sporza_thiam": (
        "https://sporza.be/nl/2021/03/03/nafi-thiam-voor-het-ek-ik-was-wat-moe-maar-of-dat-nu-corona-was~1614790570830/",
        "2021-03",
    ),
    "hln_falconplein": (
        "https://www.hln.be/nieuws/binnenland/politiewagens-botsen-tegen-elkaar-bij-waanzinnige-achtervolging-voetgangers-en-fietsers-moesten-uit-de-weg-springen~a52e2009/?utm_medium=rss&utm_content=Net%20binnen",
        None,
    ),
    "metro_recap": (
        "https://www.metrotime.be/nl/recap/het-belangrijkste-nieuws-van-27-november-danira-boukhriss-zwanger-recordaantal-klachten-over-afgeschafte-te",
        "2023-11",
    ),
    "radio1_beringen": ("https://radio1.be/2-brandweermannen-omgekomen-bij-brand-leegstaand-pand-beringen", None),
    "nb_oostende": ("https://www.nieuwsblad.be/cnt/dmf20230903_96435606", None),
    "gva_thiam": (
        "http://www.pressreader.com/belgium/gazet-van-antwerpen-metropool-stad/20170916/283180083634644",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
VIEWER = "the photo viewer's button label ('Volledig scherm'), glued before the caption or on its own line: site text"
TEASER = (
    "the store's text for this URL is a teaser of another article of the site (title, time or date, standfirst),"
    " not the article the URL names; labelled as the page the store gives"
)
ROUNDUP = "a round-up item: its title glued to its text with ' - ' on one line, one block"
LINK = "a link prompt glued at the end of the item's text: its tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- de Gelderlander (gelderlander.nl, NL regional daily, DPG; a car on a cycle path in Nijmegen) ----
L(
    "gld_nijmegen",
    None,
    [
        ("lede", "De automobilist, een vrouw van 54", {"note": NOTITLE}),
        ("paragraph", "De vier vrouwen zijn naar het"),
        ("paragraph", "De politie houdt er sterk rekening"),
        ("paragraph", "Over de toestand van de slachtoffers"),
        ("subheading", "Verkeerslichten uit de grond gerukt"),
        ("paragraph", "De vrouw reed volgens een getuige"),
        ("paragraph", "De getuige reed achter de auto"),
        ("paragraph", "In die kleine 200 meter raakte"),
        ("paragraph", "Een dag na het ongeluk is het"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Bij een ongeluk op de Sint Annastraat", {"tail": "© persbureau Heitink", "note": CREDIT}),
        ("subheading", "‘Een harde klap’"),
        ("paragraph", "Een traumahelikopter landde op het", {"note": CUT}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, DPG; a housing plan in Tubbergen) ----------------------
L(
    "tub_tubbergen",
    (3, 0, None),
    [
        (
            "caption",
            "Het voormalige tuincentrum Tubbergen,",
            {"note": "the lead photo's caption, printed above the title; its first copy: the caption"},
        ),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        (
            "site_text",
            "Het voormalige tuincentrum Tubbergen,",
            {
                "note": "the caption printed again right after the viewer label, with the credit ('© Christian van der Meij'): the second copy, site text (caption-printed-twice row; the credit in it)"
            },
        ),
        ("headline", "Starters bijna kansloos voor huis op", {"note": "the title on its own line"}),
        ("lede", "TUBBERGEN - Vier insprekers", {"note": "the standfirst; the place dateline stays in it"}),
        ("paragraph", "„Prijzen voor huizen vanaf drie ton?"),
        ("subheading", "Betaalbaar"),
        ("paragraph", "Henk Wessels (PvdA): „Betaalbare"),
        ("subheading", "Rijtjeswoning"),
        ("paragraph", "Daarmee gaven beiden wethouder"),
        ("subheading", "Verkeersveiligheid"),
        ("paragraph", "Eerder spraken vier bewoners in", {"note": CUT}),
    ],
)

# ---- BN DeStem (bndestem.nl, NL regional daily, DPG; the mayor of Breda on children's sport) ----------
L(
    "bnd_depla",
    (0, 0, None),
    [
        ("headline", "Burgemeester Depla van Breda: ‘Geef", {"note": TEASER + "; the title on its own line"}),
        (
            "site_text",
            "21:34",
            {
                "note": "the publication time glued before the lede's place dateline: split off, site text (bare-time row)"
            },
        ),
        ("lede", "BREDA - Kinderen in Breda die weer", {"note": "the standfirst; the place dateline stays in it"}),
    ],
)

# ---- Brabants Dagblad (bd.nl, NL regional daily, DPG; Breda's new coalition agreement) --------------
L(
    "bd_stadsbestuur",
    (0, 0, None),
    [
        ("headline", "Nieuw stadsbestuur Breda pakt uit met", {"note": TEASER + "; the title on its own line"}),
        ("lede", "BREDA - Zorgen over het afnemende", {"note": "the standfirst; the place dateline stays in it"}),
        ("site_text", "9 juni", {"note": "the publication date line below the text: site text"}),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily, DPG; evening round-up 'Gemist?') -----------------------
L(
    "stentor_gemist",
    None,
    [
        ("lede", "Explosie op Urk - Met een keiharde", {"note": NOTITLE + "; " + ROUNDUP}),
        ("paragraph", "Autobrand na diefstal - Een gestolen", {"note": ROUNDUP}),
        ("paragraph", "PEC-fans opgepakt - Drie mannen"),
        ("paragraph", "Waar is Kurts krabbel? - Dertig jaar"),
        ("paragraph", "Inbraken Emmeloord - Inbrekers"),
        (
            "site_text",
            "Premium-verhaal van de dag",
            {
                "note": "the round-up's rubric label for its paywalled item, on its own line: site text (section-label row; doubtful: could be read as a subheading)"
            },
        ),
        ("paragraph", "Strijd om de koniks - Het meest"),
    ],
)

# ---- Omrop Fryslân (omropfryslan.nl, NL regional broadcaster, Friesland; the Dutch page of its NOS deal)
L(
    "omrop_nos",
    None,
    [
        ("lede", '"We krijgen er een mooi platform bij,"', {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De NOS is ook blij met de samenwerking"),
        ("subheading", "Fries nieuws bij de NOS"),
        ("paragraph", "Er waren ook al berichten uit de"),
        ("paragraph", "Dat betekent dat er voortaan"),
    ],
)

# ---- RTV Utrecht (rtvutrecht.nl, NL regional broadcaster; regional news in the NOS bulletins) ----------
L(
    "rtvu_nos",
    (0, 0, None),
    [
        ("headline", "RTV Utrecht brengt regionieuws via NOS", {"note": "the title on its own line"}),
        ("lede", "UTRECHT/HILVERSUM - RTV Utrecht", {"note": "the standfirst; the place dateline stays in it"}),
        ("paragraph", "De omroepen maken nieuwsreportages,", {"note": "paragraphs split at the text's line breaks"}),
        ("paragraph", "Achter de schermen worden de"),
        (
            "site_text",
            "Heb je een tip of opmerking?",
            {
                "note": "the site's standing call to send in news ('Heb je een tip ... WhatsApp of mail.'): site text (standing-lines row)"
            },
        ),
    ],
)

# ---- AD (ad.nl, NL national daily's regional page, Breda; the mayor on New Year's Eve) — stand-in -------
L(
    "ad_depla",
    (0, 0, None),
    [
        ("headline", "Depla kiest andere aanpak Oud en", {"note": TEASER + "; the title on its own line"}),
        ("lede", "BREDA - Om te voorkomen dat de", {"note": "the standfirst; the place dateline stays in it"}),
        ("site_text", "9 augustus", {"note": "the publication date line below the text: site text"}),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV, East Flanders; the station turns 30) ---------------------
L(
    "tvoost_30jaar",
    None,
    [("lede", "Precies 30 jaar geleden zagen de", {"note": NOTITLE + "; the item's text, one paragraph; " + CLEAN})],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; boys in trouble in the sea) ----------
L(
    "focus_oostende",
    None,
    [("lede", "In Oostende zijn rond 11 uur drie", {"note": NOTITLE + "; one paragraph; " + CLEAN})],
)

# ---- Sporza (sporza.be, VRT's sports brand; Nafi Thiam before the European indoor championships) -------
L(
    "sporza_thiam",
    None,
    [
        ("lede", "Nafi Thiam (26) wordt komend weekend", {"note": NOTITLE + "; the standfirst"}),
        ("paragraph", "Met Nafi Thiam aan de start mag je"),
        ("paragraph", '"Ik ben alleszins blij dat ik er bij'),
        ("paragraph", '"Fysiek voel ik me oké.'),
        (
            "quote",
            "Ben ik snel hersteld of was het een",
            {
                "note": "a pull quote repeating a sentence of the second paragraph, its speaker's name glued after it: a quote, article text (pull quotes are left article text; doubtful: the glued name could be split off)"
            },
        ),
        ("subheading", '"Heb me niet specifiek voorbereid'),
        ("paragraph", "Nafi Thiam neemt in Polen deel"),
        ("paragraph", '"Een groot kampioenschap is ook al'),
        ("paragraph", '"Ik heb me niet specifiek voorbereid'),
        (
            "paragraph",
            '"Wat ik wel ga doen, is me volledig',
            {
                "tail": "(lees voort onder de foto)",
                "note": "the reading prompt '(lees voort onder de foto)' glued at the paragraph's end: its tail",
            },
        ),
        ("caption", "4 jaar geleden won Nafi Thiam de", {"note": "the photo's caption (no credit)"}),
        (
            "subheading",
            '"Loop nog niet op nieuwe t',
            {"note": CUT + "; a quoted section title like the one above (doubtful: could be a paragraph's start)"},
        ),
    ],
)

# ---- HLN (hln.be, Flemish national daily; two police cars collide in a chase in Antwerp) ---------------
L(
    "hln_falconplein",
    None,
    [
        (
            "site_text",
            "Bron: Belga, eigen berichtgeving 588",
            {
                "note": NOTITLE
                + "; the source line, the comment count and the lead photo's credit ('Bron: Belga, eigen berichtgeving 588 De Roeck'), glued before the lede: split off, one site-text block"
            },
        ),
        ("lede", "Op het Falconplein in de Antwerpse", {"note": "the first paragraph"}),
        ("paragraph", "Over de aanleiding van de"),
        ("subheading", "Doorgedreven rijopleiding"),
        ("paragraph", "Het ongeval gebeurde toevallig"),
        (
            "site_text",
            "VTM Luk Alloo",
            {
                "note": "the photo credit ('VTM') glued before the caption's words: split off, site text (doubtful: structure_dev left a credit before a caption in the caption)"
            },
        ),
        ("caption", "Luk Alloo, presentator van het VTM-"),
        (
            "site_text",
            "De Roeck De zwarte",
            {"note": "the photo credit ('De Roeck') glued before the caption: split off"},
        ),
        ("caption", "De zwarte Jaguar met Nederlandse"),
        ("site_text", "RV Een van de wagens", {"note": "the photo credit ('RV') glued before the caption: split off"}),
        ("caption", "Een van de wagens crashte tegen"),
    ],
)

# ---- Metro (metrotime.be, Belgian free national daily, Dutch edition; the day's recap) -------------------
L(
    "metro_recap",
    None,
    [
        (
            "site_text",
            "Metro zet elke dag het belangrijkste",
            {
                "note": NOTITLE
                + "; the recap's standing frame with the day's date ('Metro zet elke dag ... Dit moet je weten over 27 november.'): site text (greeting-frame row)"
            },
        ),
        (
            "subheading",
            "SHOWBIZZ: Danira Boukhriss is zwanger",
            {"note": "the recap's item title; the rubric label ('SHOWBIZZ:') glued into it stays (kicker row)"},
        ),
        (
            "lede",
            "Journaliste en presentatrice Danira",
            {"tail": "Bekijk hier meer.", "note": "the first item's text; " + LINK},
        ),
        ("subheading", "ON THE MOVE: Recordaantal klachten"),
        ("paragraph", "Nooit eerder dienden reizigers", {"tail": "Lees meer.", "note": LINK}),
        ("subheading", "SELFCARE: Belgen ruilen"),
        ("paragraph", "Belgen ruilen restaurantbezoeken in", {"tail": "Lees hier meer.", "note": LINK}),
        (
            "subheading",
            "NEWS: Echtgenoot van voormalig premier",
            {"note": "the last item's title; the excerpt ends after it"},
        ),
    ],
)

# ---- Radio 1 (radio1.be, VRT's news radio; two firefighters killed in Beringen) — stand-in --------------
L(
    "radio1_beringen",
    (3, 0, None),
    [
        ("site_text", "Ga naar hoofdinhoud", {"note": "the page's skip link: site text"}),
        (
            "site_text",
            "Luister Live",
            {
                "note": "the site's menu ('Luister Live' ... 'classic album van de week'), one item a line: one site-text block"
            },
        ),
        (
            "site_text",
            "De Ochtend",
            {
                "note": "the programme label ('De Ochtend') on its own line above the title: site text (doubtful: could be the menu's last item; site text either way)"
            },
        ),
        ("headline", "2 brandweermannen omgekomen bij brand", {"note": "the title on its own line"}),
        ("site_text", "zo 11 aug. - 2:29", {"note": "the publication date line: site text"}),
        ("lede", "In Beringen (Limburg) heeft een brand", {"note": "the first paragraph"}),
        ("subheading", "Uitgebrande resten", {"note": "a section title on its own line"}),
        ("paragraph", "Het zou al de derde keer zijn"),
        ("paragraph", "De brand brak vannacht omstreeks"),
        ("paragraph", "De burgemeester spreekt over", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a man missing in the water at Ostend) — stand-in
L(
    "nb_oostende",
    None,
    [
        (
            "site_text",
            "Oostende",
            {
                "note": NOTITLE
                + "; the place tag on a line of its own above the text: site text (doubtful: could be read as a place dateline, but it stands alone with no dash)"
            },
        ),
        ("lede", "In Oostende kwamen zondagavond twee", {"note": "the standfirst, one paragraph"}),
    ],
)

# ---- Gazet van Antwerpen (Flemish regional daily, Antwerp city edition; PressReader e-edition) — stand-in
L(
    "gva_thiam",
    (0, 0, None),
    [
        ("headline", "Nafi Thiam genomineerd voor Europese", {"note": "the title on its own line"}),
        (
            "site_text",
            "Gazet van Antwerpen Metropool Stad",
            {
                "note": "the e-edition's paper, edition and section line ('Gazet van Antwerpen Metropool Stad - - Sport -'): site text"
            },
        ),
        ("lede", "Nafi Thiam is een van de tien", {"note": "the article, one paragraph"}),
        (
            "site_text",
            "FOTO PHOTO NEWS",
            {"note": "a photo credit on a line of its own (its photo and caption not in the excerpt): site text"},
        ),
        (
            "site_text",
            "Newspapers in Dutch",
            {
                "note": "PressReader's footer ('Newspapers in Dutch', 'Newspapers from Belgium', '© PressReader. All rights reserved.'): one site-text block"
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

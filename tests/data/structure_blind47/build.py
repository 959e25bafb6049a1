#!/usr/bin/env python3
"""Rebuild structure set 47 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

A development set, labelled blind (before any rule change). The texts are third-party Dutch and
Flemish Dutch-language pages of sixteen outlets none of which is in an earlier structure set:
a Limburg local broadcaster, an installers' trade site, a Flemish opinion magazine, a bank's
magazine, a Flemish environmental magazine, a local paper (Hendrik-Ido-Ambacht), a greenhouse
trade magazine, a personal news-digest site, a Flemish science magazine, a local news site
(Leeuwarden), a European-politics portal, a Flemish business magazine, the anglers' federation,
the Flemish youth-centre federation, a local paper (Haarlemmermeer) and a blog reposting a
regional broadcaster's news. They come from the `search` tool's "pages" corpus (stored public
web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind47 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text:
each block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its
gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text
glued to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into
that block's text (end None = to the block's end; a string = up to that marker). Standard library
only; the cutting is done by tests/data/page_store_build.py.
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
    "pm_lokaal": ("https://www.omroeppenm.nl/nieuws/vijf-lokale-omroepen-en-l1-bundelen-krachten", None),
    "iz_verwachtingen": ("https://installateurszaken.nl/hoge-verwachtingen/", None),
    "mv_debeuf": ("https://meervoud.org/artikel.php?nr=60&a=2&auteur=chdu&y=2000&m=oktober&m2=oktober", None),
    "vd_goris": (
        "https://www.vdk.be/nl/de-bewuste-buurt/mo-kompas-een-chaotische-wereld-een-gesprek-met-hoofdredacteur-gie-goris",
        None,
    ),
    "lf_regeerakkoord": (
        "https://lef-online.be/index.php/artikels/19781-het-vlaams-regeerakkoord-onder-de-milieuloep",
        None,
    ),
    "dk_filatelisten": (
        "https://hendrik-ido-ambacht.dekombinatie.nl/nieuws/algemeen/403264/filatelisten-vereniging-bestaat-50-jaar-",
        None,
    ),
    "og_energie": ("https://www.onderglas.nl/energiebesparing-goed-bedrijf-noodzaak-planeet/", None),
    "rg_nieuws": ("https://renegeilings.nl/2025/09/03/recent-nieuws-woensdag-03-september-2025-1828", None),
    "eo_pipet": (
        "https://www.eoswetenschap.eu/gezondheid/maak-kennis-met-de-vijf-laureaten-van-de-eos-pipet-ism-de-jonge-academie",
        None,
    ),
    "rv_zweefvlieg": (
        "https://www.rondomvandaag.nl/leeuwarden/31416/friese-zweefvliegclub-in-nood-tijdelijk-vliegveld-gezocht",
        None,
    ),
    "en_milieustrijd": (
        "https://www.europa-nu.nl/id/vkxc9vr7kvys/nieuws/milieustrijd_steeds_vaker_in_de?ctx=vh6ukzb3nnt0&s0e=vhdubxdwqrzw",
        "2019-04",
    ),
    "mm_bouw": (
        "http://www.managermagazines.be/magazines/limburg-manager/focus-op-industrieen-woningb4ouw-wk-voetbal-in-2018-kan-onze-sector-stevige-boost-geven",
        None,
    ),
    "sv_hengel": (
        "https://www.sportvisserijnederland.nl/actueel/nieuws/10544/Hengelwedstrijd%20in%20plantsoenvijver%20is%20een%20primeur.html",
        None,
    ),
    "fm_memorandum": ("https://www.formaat.be/artikel/het-memorandum-van-formaat-de-longread", None),
    "wp_vogels": ("https://www.westerpost.nl/%EF%BB%BFtentoonstelling-vogelvereniging-haarlemmermeer/", None),
    "rs_asiel": ("http://ronistoker.blogspot.com/2016/05/asiel-is-steeds-vaker-dumpplek-voor.html", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep P&M (omroeppenm.nl, local broadcaster of Peel en Maas, Limburg; news item) -----------
L(
    "pm_lokaal",
    (2, 0, None),
    [
        ("site_text", "Panningen, Netherlands", {"note": "the station's place line at the top: site text"}),
        ("site_text", "Terug", {"note": "back link ('Terug'): site text"}),
        ("headline", "Vijf lokale omroepen en L1 bundelen"),
        ("site_text", "e425e7224a7588115f322db0d5cc1dc2.jpg", {"note": "image file name: site text"}),
        ("lede", "Vijf lokale omroepen in Limburg – Omro"),
        (
            "site_text",
            "De redactie |",
            {
                "note": "author and date line with empty fields ('De redactie |  | Aangepast op'): site text (doubtful: 'De redactie' could be read as a byline)"
            },
        ),
        ("paragraph", "Onder de noemer Bureau Lokaal - Limbur"),
        ("paragraph", "Deze vorm van samenwerking gebeurt"),
        ("subheading", "Lokale netwerk"),
        ("paragraph", "Limburg sluit zich nu aan met een"),
        ("subheading", "Verkenning"),
        ("paragraph", "Het project loopt van mei tot en met"),
        (
            "site_text",
            "Lees ook",
            {
                "note": "'Lees ook' list of other items (image names, titles, teasers; the last title cut): site text, one block"
            },
        ),
    ],
)

# ---- Installateurszaken (installateurszaken.nl, installers' trade site; column) ---------------
L(
    "iz_verwachtingen",
    (0, 0, None),
    [
        ("headline", "Hoge verwachtingen", {"note": CLEAN}),
        ("lede", "Het ‘voorstel voor hoofdlijnen van een"),
        ("paragraph", "En tóch moeten we met z’n allen een"),
        ("paragraph", "Ook hieraan wordt gewerkt door alle"),
        (
            "byline",
            "Frank Agterberg",
            {"note": "the columnist's name and organisation under the text, two lines: byline, one block"},
        ),
    ],
)

# ---- Meervoud (meervoud.org, Flemish pluralist opinion magazine; interview) ----------------------
L(
    "mv_debeuf",
    (2, 0, " (Christian"),
    [
        ("site_text", "Nummer 60", {"note": "issue label at the top: site text"}),
        ("site_text", "Interview | oktober 2000", {"note": "genre and issue-date line: site text"}),
        (
            "headline",
            "CVP-jongerenvoorzitter Koert Debeuf:",
            {
                "tail": "<< Nummer 60",
                "note": "the title, with the author's name in parentheses and a back link to the issue glued on the same line: the headline ends before the author; the author stays in the block (a byline glued to the title, not site text); the back link '<< Nummer 60' is the site-text tail (doubtful)",
            },
        ),
        ("lede", "Eind augustus, in volle komkommertijd"),
        ("paragraph", "- De CVP-jongeren formuleerden", {"note": "interview question: paragraph"}),
        ("paragraph", "Koert Debeuf: Op dit ogenblik zijn we", {"note": CUT}),
    ],
)

# ---- VDK Bank (vdk.be, Flemish bank's magazine 'De bewuste buurt'; interview article) ------------
L(
    "vd_goris",
    (0, 0, None),
    [
        ("headline", "Wegwijs in een wereld van chaos en", {"note": CLEAN}),
        ("lede", "In de 16 jaar dat MO* de vinger aan de"),
        (
            "caption",
            "Gie Goris - MO*",
            {"note": "caption of the interviewee's photo (doubtful: could be the image's alt text, site text)"},
        ),
        (
            "quote",
            "We leven in een chaosmodel: een wereld",
            {"note": "pull quote with its attribution (name, then role on its own line): one quote block"},
        ),
        ("paragraph", "Een van de grote redenen voor de"),
        ("subheading", "Van: ‘wat overkomt ons?’ Naar: ‘wat"),
        ("paragraph", "“In een wereld die steeds chaotischer"),
        ("subheading", "Onafhankelijk, niet onverschillig"),
        ("paragraph", "De meeste mensen kennen MO* wellicht"),
        (
            "caption",
            "MO* Covers",
            {"note": "caption of a picture of magazine covers (doubtful: could be read as site text)"},
        ),
        (
            "paragraph",
            "Wie kwetsbaar is een ste",
            {"note": CUT + " (doubtful: the fragment could be a subheading or a caption)"},
        ),
    ],
)

# ---- LEF (lef-online.be, Flemish environmental magazine site; teaser item) -----------------------
L(
    "lf_regeerakkoord",
    None,
    [
        ("lede", "Bond Beter Leefmilieu nam de", {"note": NOTITLE + "; the item's teaser paragraph"}),
        (
            "site_text",
            "Lees het volledige artikel: klik hier",
            {"note": "link to the full article elsewhere: site text"},
        ),
    ],
)

# ---- De Kombinatie (dekombinatie.nl, local paper of Hendrik-Ido-Ambacht; article) -------------------
L(
    "dk_filatelisten",
    (2, 0, None),
    [
        ("caption", "Afgelopen weekend was er weer de", {"note": "the photo caption, first copy"}),
        (
            "site_text",
            "Afgelopen weekend was er weer de",
            {"note": "the same caption printed a second time: site text (doubtful: which copy is the caption)"},
        ),
        ("headline", "Filatelisten Vereniging bestaat 50"),
        ("lede", "Het is dit jaar precies vijftig jaar"),
        ("paragraph", 'H.I.Ambacht - "Een hobby met een blik', {"note": "with its place dateline; " + CUT}),
    ],
)

# ---- Onder Glas (onderglas.nl, greenhouse-horticulture trade magazine; editorial) -----------------
L(
    "og_energie",
    None,
    [
        ("lede", "Sinds de allereerste editie van Onder", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Zo gaat Het Nieuwe Telen al lang niet"),
        ("subheading", "Geothermie als alternatief"),
        ("paragraph", "De laatste editie van Onder Glas van"),
        ("paragraph", "Energiebesparing is niet alleen van"),
        ("subheading", "Duurzaamheidslabel"),
        ("paragraph", "Bovendien nadert het moment dat grote"),
        ("subheading", "Onrustig en bewogen jaar"),
        ("paragraph", "Op politiek en maatschappelijk gebied", {"note": CUT}),
    ],
)

# ---- renegeilings.nl (personal site's machine-written news digest; aggregator post) --------------
L(
    "rg_nieuws",
    (4, 0, None),
    [
        ("site_text", "Skip to content", {"note": "skip link (English): site text"}),
        ("site_text", "Menu", {"note": "site menu (label and five items): site text, one block"}),
        ("site_text", "Copyright 2024 - 2025 renegeilings.nl", {"note": "copyright line: site text"}),
        (
            "byline",
            "Geschreven Door DeepSeek AI",
            {
                "note": "author line of the post (a language model named as writer): byline (doubtful: could be site text)"
            },
        ),
        (
            "headline",
            "Recent Nieuws woensdag 03 september,",
            {"note": "the post title with its date and time, kept whole"},
        ),
        ("site_text", "Article", {"note": "a lone label 'Article': site text"}),
        ("subheading", "Wisselvallig herfstweer met een", {"note": "title of the first digest item"}),
        ("paragraph", "Heb je vandaag al naar buiten gekeken?"),
        ("paragraph", "Vrijdag wordt volgens De Hond"),
        ("paragraph", "Na het weekend keert het wisselvallige"),
        ("site_text", "Bekijk origineel artikel", {"note": "link to the source article: site text"}),
        ("subheading", "Wie neemt het stokje over van", {"note": "title of the second digest item"}),
        ("paragraph", "De vraag wie badmeester Leo gaat"),
        ("paragraph", "De sympathieke Leo is al 18 j", {"note": CUT}),
    ],
)

# ---- Eos Wetenschap (eoswetenschap.eu, Flemish science magazine; news article) -------------------
L(
    "eo_pipet",
    (1, 0, None),
    [
        ("site_text", "Terug actueel", {"note": "back link to the news section: site text"}),
        ("headline", "Maak kennis met de vijf laureaten van"),
        ("lede", "Corona zorgde voor heel wat vertraging"),
        ("paragraph", "De Eos Pipet bekroont een jonge,"),
        ("subheading", "Kobe Desender", {"note": "laureate's name heading a section"}),
        ("paragraph", "Kobe Desender (Universiteit Gent)"),
        ("paragraph", "In het dagelijkse leven moeten we"),
        ("subheading", "Antonella Fioravanti"),
        ("paragraph", "Moleculair bioloog Antonella", {"note": CUT}),
    ],
)

# ---- Rondom Vandaag (rondomvandaag.nl, local news site, Leeuwarden; news item) --------------------
L(
    "rv_zweefvlieg",
    (1, 0, None),
    [
        (
            "site_text",
            "Afbeelding",
            {"note": "image label and photo credit ('Afbeelding' / 'Foto: de Friese Aero Club'): site text, one block"},
        ),
        ("headline", "Friese Zweefvliegclub in nood;"),
        ("site_text", "Algemeen", {"note": "category label: site text"}),
        ("lede", "LEEUWARDEN - In 2023 heeft de Friese", {"note": "with its place dateline"}),
        ("paragraph", "Voor de zweefvliegclub levert dit een"),
        ("subheading", "Hulp gevraagd: tijdelijk vliegveld"),
        ("paragraph", "Het is voor de FAC een uitzonderlijke"),
        (
            "subheading",
            "Meer informatie over de Friese Aero",
            {"note": "heading of the club's 'about' section of the release (kept as article text; doubtful)"},
        ),
        ("paragraph", "De Friese Aero Club vliegt sinds 1956", {"note": CUT}),
    ],
)

# ---- Europa NU (europa-nu.nl, European-politics portal; news item from ANP) ----------------------
L(
    "en_milieustrijd",
    None,
    [
        (
            "site_text",
            "woensdag 3 april 2019 , 8:30",
            {"note": "publication date and time line: site text; " + NOTITLE},
        ),
        (
            "site_text",
            "Bron: European Commission",
            {
                "note": "the portal's source line: site text (doubtful: a source credit, which other sets kept out of the translation as byline-like)"
            },
        ),
        ("lede", "DEN HAAG (ANP) - De strijd om het", {"note": "with its place dateline and agency"}),
        ("paragraph", "Volgens Milieudefensie is dit"),
        ("paragraph", "In de zaak tegen Shell gaan de"),
        ("paragraph", "Het meest succesvol voor de"),
        ("paragraph", "Milieudefensie is ook nog bezig met", {"note": CUT}),
    ],
)

# ---- Limburg Manager (managermagazines.be, Flemish business magazine; interview article) --------
L(
    "mm_bouw",
    (0, 0, None),
    [
        (
            "headline",
            "Focus op industrieen woningbouw “WK",
            {
                "note": "the page title with its rubric 'Focus op industrieen woningbouw' glued on the same line, kept in the headline"
            },
        ),
        ("site_text", "industrie-woningbouw", {"note": "tag / section slug: site text"}),
        (
            "subheading",
            "“In 2010 zal concurrentiestrijd",
            {
                "note": "a second quoted title under the page title: subheading (doubtful: it could be the article's own title; the page title speaks of 2018, the text of 2010)"
            },
        ),
        ("caption", "Jean Biesmans: “Per vierkante", {"note": "photo caption with a quote"}),
        ("lede", "Berichten over de bouwsector die", {"note": "the only body paragraph; the excerpt ends with it"}),
    ],
)

# ---- Sportvisserij Nederland (sportvisserijnederland.nl, anglers' federation; news item) --------
L(
    "sv_hengel",
    (0, 0, None),
    [
        ("headline", "Hengelwedstrijd in plantsoenvijver is"),
        ("site_text", "6677", {"note": "a lone number under the title (counter or id): site text"}),
        ("site_text", "28 jul 2008", {"note": "publication date line: site text"}),
        (
            "site_text",
            "Bron: destentor.nl.",
            {
                "note": "source credit glued to the start of the first paragraph: site text, a block cut inside the line (doubtful: a source credit, byline-like)"
            },
        ),
        ("lede", "KAMPEN - Hengelaars opgelet!", {"note": "with its place dateline"}),
        ("paragraph", "De organisatie hoopt honderd"),
        ("paragraph", "Voorzitter Remco van Bodegraven van"),
        ("paragraph", "Hengelen is overigens razendpopulair."),
        ("paragraph", "De beide hengelaarsverenigingen werken"),
        ("paragraph", "Daar ontstond het idee om samen deze"),
        ("paragraph", "Opgeven kan per e-mail:", {"note": "the sign-up line of the item (article text)"}),
        ("site_text", "Bron: destentor.nl", {"note": "source line repeated at the end: site text"}),
        (
            "site_text",
            "Er zijn geen gerelateerde berichten.",
            {"note": "empty related-items box ('no related items'): site text"},
        ),
        ("site_text", "Om u de beste gebruikservaring te", {"note": "cookie notice: site text"}),
    ],
)

# ---- Formaat (formaat.be, Flemish federation of youth centres; long-read article) ----------------
L(
    "fm_memorandum",
    (0, 0, None),
    [
        ("headline", "Het memorandum van Formaat: de"),
        ("site_text", "Download hier de pdf.", {"note": "download link: site text"}),
        ("subheading", '"Jeugd(huis)werk is wat werkt voor', {"note": "quoted section title"}),
        ("paragraph", "De grootste kracht van het jeugdwerk"),
        ("paragraph", "De unieke positie van het jeugdhuis"),
        ("subheading", '"Lokale overheden hebben de sleutel in'),
        ("paragraph", "Lokale overheden zijn, naast"),
        ("paragraph", "Formaat ziet jeugdhuizen zelf als", {"note": CUT}),
    ],
)

# ---- Westerpost (westerpost.nl, local paper of Haarlemmermeer; news item) ------------------------
L(
    "wp_vogels",
    (0, 0, None),
    [
        ("headline", "Tentoonstelling vogelvereniging"),
        (
            "lede",
            "Afgelopen  weekend",
            {"note": "one paragraph hard-wrapped over many lines (line breaks inside sentences, two double spaces)"},
        ),
        ("site_text", "foto Peter Vreeswijk", {"note": "photo credit: site text"}),
        ("paragraph", "Aan de tentoonstelling was tevens een", {"note": "hard-wrapped; the page ends with it"}),
    ],
)

# ---- ronistoker.blogspot.com (blog reposting NH Nieuws items; aggregator post) ------------------
L(
    "rs_asiel",
    (1, 0, None),
    [
        ("site_text", "maandag 30 mei 2016", {"note": "the blog's date line: site text"}),
        ("headline", "Asiel is steeds vaker dumpplek voor"),
        ("lede", "AMSTERDAM Asielen worden steeds vaker", {"note": "with its place dateline (no dash)"}),
        ("paragraph", "Volgens de organisatie wordt het"),
        ("paragraph", "De Dierenbescherming start vandaag een"),
        ("site_text", "Lees ook: Selfie-actie", {"note": "'Lees ook' link inside the text: site text"}),
        ("paragraph", "Op dit moment lukt het de"),
        (
            "site_text",
            "from NH - nieuws http",
            {"note": "the feed's source line with the original address (English 'from'): site text"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 43 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Dutch-Caribbean news pages of news outlets: Dutch local broadcasters,
papers, weeklies and hyperlocal sites (Venlo, Den Helder, Weert, Urk / Flevoland, Kempen), trade and
professional news (construction, procurement jobs, housing), sports-federation news (kaatsen), church,
school-leaders' union and police-union news, higher-education news (a university of applied sciences'
magazine, an education portal), Surinamese news and an Aruban item in a government-news archive. They come
from the `search` tool's "pages" corpus (stored public web pages, text as the store extracted it), which
cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json
next to this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind43 and are
NOT for the project repository. Only the labels (ours) live here, in LABELS, and they hold no article
text: each block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its gold
text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to
the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
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
    "ov_kadernota": (
        "https://omroepvenlo.nl/nieuws/artikel/debat-kadernota-aandacht-voor-kernen-armoedebestrijding-en-"
        "maasoevers-geen-onderzoek-naar-slavernijverleden-venlo",
        None,
    ),
    "bp_parlement": ("https://www.bearingpointcaribbean.com/volgende-week-installatie-nieuw-parlement-op-aruba/", None),
    "pa_zomer": ("https://punt.avans.nl/2025/08/ondertussen-deze-zomer-3/", "2025-08-18"),
    "dhd_veerboot": ("https://www.denheldersdagblad.nl/regio/lange-wachttijden-voor-veerboot-naar-texel", None),
    "nbg_installateurs": (
        "https://www.nationalebouwgids.nl/woningbouw/nieuws/10099-tekort-aan-installateurs-zit-verduurzaming-"
        "woningen-in-de-weg",
        None,
    ),
    "vml_consulaat": ("https://vmlnieuws.nl/?p=12496", None),
    "knkb_wier": (
        "https://www.knkb.nl/pageid=13375/articleid=17344/Lytse_en_grutte_keatsen_Warmdraaien_voor_de_Freule_in_Wier.html",
        None,
    ),
    "avs_pers": ("https://avs.nl/actueel/nieuws/avs-in-de-pers-in-2019/", None),
    "sao_parochie": ("http://st-antoniusoosterhout.nl/node/599", None),
    "fz_urk": ("http://flevozine.nl/achtergrond/toekomst-visserij-op-urk-is-onzeker/", None),
    "ij_eigenaarschap": ("https://inkoopjobs.nl/nieuws/beschermd-eigenaarschap-behoedt-overheid-voor-verrassing", None),
    "wn_stikstof": ("https://www.woonnieuws.nl/2023/09/economen-stellen-vast-dat-de.html", None),
    "sn_begroting": ("https://www.starnieuws.com/index.php/welcome/index/nieuwsitem/64994", None),
    "nog_kamers": ("https://www.nationaleonderwijsgids.nl/universiteit/tekort-aan-studentenkamers-wordt-groter", None),
    "eq_politiebonden": (
        "https://www.equipe.me/nieuws/gesprek-met-minister-over-loonruimteovereenkomst-ccoop-cmhf-en-ambtenarencentrum",
        None,
    ),
    "pc55_hoornaar": ("https://www.pc55.nl/images/3dkrant", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep Venlo (omroepvenlo.nl, local broadcaster of Venlo, Limburg; council debate) ----------
L(
    "ov_kadernota",
    (1, 0, None),
    [
        ("site_text", "advertentie VVV", {"note": "advertisement label with the advertiser's name: site text"}),
        ("headline", "Debat Kadernota: aandacht voor kernen,"),
        ("lede", "Meer aandacht en geld voor wijken en", {"note": "the intro under the title"}),
        ("paragraph", "Die kadernota geldt als voorbereiding"),
        ("subheading", "Venlofonds\n"),
        ("paragraph", "Rode draad door de inbreng van de"),
        ("subheading", "Gezellig Belfeld\n"),
        ("paragraph", "De raad sprak zich unaniem uit voor", {"note": CUT}),
    ],
)

# ---- BearingPoint Caribbean (bearingpointcaribbean.com, Caribbean government-news archive; Aruba) -
L(
    "bp_parlement",
    (2, 0, None),
    [
        ("site_text", "Select region:", {"note": "region selector of the site (English): site text"}),
        (
            "site_text",
            "As of June 2017 all Government News",
            {"note": "the site's standing notice about its news archive (English): site text, one block"},
        ),
        ("headline", "Volgende week installatie nieuw"),
        ("site_text", "VRIJDAG, 25 OKTOBER 2013", {"note": "publication date line: site text"}),
        ("lede", "ORANJESTAD — De namen van de", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Vooral van de winnende partij AVP"),
        ("paragraph", "Toch zou Paul Croes begin oktober nog"),
        (
            "caption",
            "De kandidaat-Statenleden van AVP, MEP",
            {"note": "photo caption with words of its own, between two paragraphs"},
        ),
        ("paragraph", "In ieder geval hebben de volgende", {"note": CUT + " (inside a list of names)"}),
    ],
)

# ---- Punt (punt.avans.nl, magazine of Avans University of Applied Sciences; summer round-up) -----
L(
    "pa_zomer",
    None,
    [
        (
            "caption",
            "Verenigingen kunnen steeds moeilijker",
            {
                "tail": "Foto: Joep van Dijk",
                "note": "store date prefix removed; "
                + NOTITLE
                + "; the header photo's caption (with 'Archiefbeeld ter illustratie.') comes first, the photo credit glued to its end is the tail",
            },
        ),
        ("lede", "De hittegolven zijn geluwd, de", {"note": "the intro of the round-up"}),
        ("subheading", "Extreemrechtse studentenvereniging op", {"note": "item titles of the round-up: subheadings"}),
        ("paragraph", "Studenten van de extreemrechtse"),
        ("subheading", "… waarvan één lid is opgepakt wegens"),
        ("paragraph", "Eén van de Nijmeegse GNSV-leden is"),
        ("subheading", "Introweken onder druk …"),
        ("paragraph", "Tijdens introductieweken maken nieuwe"),
        ("subheading", "… want wie gaat zich inzetten?"),
        ("paragraph", "De introweken trekken ook minder"),
        ("paragraph", "Studentenorganisatie ISO hee", {"note": CUT}),
    ],
)

# ---- Den Helders Dagblad (denheldersdagblad.nl, regional paper of Den Helder; ferry to Texel) -----
L(
    "dhd_veerboot",
    None,
    [
        ("lede", "DEN HELDER - Door een storing vaart", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Ook dit weekend zijn er geen extra"),
        ("paragraph", "Omdat vrijdag een drukke dag is,"),
    ],
)

# ---- Nationale Bouwgids (nationalebouwgids.nl, Dutch construction-trade news) ----------------------
L(
    "nbg_installateurs",
    (1, 0, None),
    [
        (
            "site_text",
            "Site logo\nsearchclose\nArtikelen",
            {"note": "logo alt text, search and menu items, icon names and a banner label: site text, one block"},
        ),
        ("headline", "Tekort aan installateurs zit"),
        (
            "site_text",
            "Door Redactie Nationale Bouwgids",
            {
                "note": "author label without a person's name ('Redactie'): site text (doubtful: could be read as a byline)"
            },
        ),
        ("site_text", "schedule 5 min", {"note": "reading time with its icon name: site text"}),
        ("site_text", "location_on [xx]km", {"note": "location widget with an unfilled placeholder: site text"}),
        ("lede", "Het tekort aan installateurs in"),
        ("paragraph", "Het gaat om gespecialiseerde krachten"),
        ("subheading", "Keukenmonteurs\n"),
        ("paragraph", "De bank baseert zich bij de analyse"),
        ("subheading", "Extra personeel inkopen\n"),
        ("paragraph", "De problemen zijn al vaker aangekaart", {"note": CUT}),
    ],
)

# ---- VML Nieuws (vmlnieuws.nl, Midden-Limburg local news; Weert carnival society) ------------------
L(
    "vml_consulaat",
    (0, 0, None),
    [
        ("headline", "Weerter carnavalsvereniging opent"),
        ("lede", "De Weerter carnavalsvereniging De", {"note": CLEAN}),
        ("paragraph", "Berto Weekers is benoemd tot honorair"),
        ("paragraph", "De intentie van de consul is om een"),
        ("paragraph", "Net zoals Weekers zijn er ook genoeg"),
        ("paragraph", "Het consultaat houdt binnenkort"),
    ],
)

# ---- KNKB (knkb.nl, news of the Royal Dutch Kaatsen Federation, Friesland) -------------------------
L(
    "knkb_wier",
    (1, 0, None),
    [
        ("site_text", "contact zoeken wedstrijden", {"note": "menu items: site text"}),
        ("headline", "Lytse en grutte keatsen: Warmdraaien"),
        ("byline", "Tekst: Bouke Poelsma"),
        ("site_text", "Foto's: Anneke Westra en Bouke", {"note": "photographers' credit line: site text"}),
        ("lede", "Op zondag 7 juli kaatsten de jongens", {"note": "the intro under the credits"}),
        ("paragraph", "De Vereniging  voor Volksvermaken in"),
        ("paragraph", "Iets minder zonnig zijn de"),
        (
            "site_text",
            "Zie hier het interview met Fokke de",
            {
                "note": "link line to another item in the site's rubric 'Aan de keukentafel' ('see the interview here'): site text (doubtful: it names the article's own subject); keeps the whitespace-only line below it"
            },
        ),
        ("caption", "Kaatsvoorzitter Fokke de Haan in Wier.", {"note": "photo caption with words of its own"}),
        ("paragraph", "Minder zorgen zijn er over de staat"),
        ("paragraph", "Terwijl de jongens de komende weken", {"note": CUT}),
    ],
)

# ---- AVS (avs.nl, news of the Dutch union of school leaders; the union in the press in 2019) -------
L(
    "avs_pers",
    None,
    [
        ("lede", "De AVS is in 2019 volop in het nieuws", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("subheading", "Januari: ’Memes’, grote klassen en", {"note": "month section title of the overview"}),
        ("paragraph", "AVS-voorzitter Petra van Haren kwam op"),
        ("paragraph", "In het Algemeen Dagblad van 1 december"),
        ("paragraph", "Trouw raadpleegde Van Haren op 13"),
        ("paragraph", "In het novembernummer van PO", {"note": CUT}),
    ],
)

# ---- St. Antonius Oosterhout (st-antoniusoosterhout.nl, parish news, Oosterhout, Brabant) ---------
L(
    "sao_parochie",
    (0, 0, None),
    [
        ("headline", "Veranderingen in de Catharinaparochie"),
        ("site_text", "Tags:", {"note": "empty tag-list label: site text"}),
        ("lede", "Woensdag 5 oktober 2016 heeft het"),
        ("paragraph", "Tijdens de druk bezochte bijeenkomst"),
        ("paragraph", "Het bestuur heeft inmiddels aan bureau"),
        ("paragraph", "Om dezelfde bedrijfseconomische reden"),
    ],
)

# ---- Flevozine (flevozine.nl, Flevoland online magazine; Urk fisheries, background) ---------------
L(
    "fz_urk",
    (1, 0, None),
    [
        ("site_text", "Vissershaven Urk 2", {"note": "alt text / file name of the header image: site text"}),
        ("headline", "Toekomst visserij op Urk is onzeker"),
        ("site_text", "(foto’s: Kees Bakker)", {"note": "photographer credit: site text"}),
        (
            "lede",
            "Urk – Het is een dorp van tradities",
            {"note": "first paragraph with its place dateline; keeps the whitespace-only line below it"},
        ),
        ("paragraph", "Urk is het kleinste maar wel het", {"note": "keeps the whitespace-only line below it"}),
        ("subheading", "Visquota\n"),
        ("paragraph", "Nederlandse regels zijn door de jaren", {"note": CUT}),
    ],
)

# ---- InkoopJobs (inkoopjobs.nl, procurement job site's news feed; an aggregated item) -------------
L(
    "ij_eigenaarschap",
    None,
    [
        (
            "lede",
            "De Commissie Digitale Zaken ontving",
            {
                "note": NOTITLE
                + "; the source's standfirst and intro joined by ' | ' on one line: one block (the separator is left inside)"
            },
        ),
        (
            "paragraph",
            "Om minder afhankelijk te worden van",
            {
                "tail": "lees hier verder",
                "note": "the aggregator's 'read more' link glued after the truncated sentence ('… lees hier verder') is the tail; the blank lines after it are whitespace",
            },
        ),
    ],
)

# ---- Woonnieuws (woonnieuws.nl, housing-news blog aggregator) -------------------------------------
L(
    "wn_stikstof",
    (1, 0, None),
    [
        ("site_text", "21.9.23", {"note": "publication date line: site text"}),
        ("headline", "Economen stellen vast dat de", {"note": "the post title (it ends with a full stop)"}),
        ("lede", '"De afgelopen vier jaar is er vanuit', {"note": "the quoted excerpt of the source report"}),
        ("site_text", "Lees het hele bericht...", {"note": "aggregator's 'read the whole item' link: site text"}),
    ],
)

# ---- Starnieuws (starnieuws.com, Surinamese news site; budget debate) ------------------------------
L(
    "sn_begroting",
    (0, 0, None),
    [
        ("headline", "Marathonbehandeling begroting en"),
        ("lede", "Het streven van Assembleevoorzitter"),
        ("paragraph", "Alle leden hebben een uur en een"),
        ("paragraph", "De begroting en het Herstelplan zullen"),
        ("paragraph", "Voordat de Assembleevergadering begint"),
        (
            "site_text",
            "Vandaag\n-\n22:54",
            {
                "note": "the site's 'today' list of other items with their times (dash, time, title per item; cut after the last time): site text, one block"
            },
        ),
    ],
)

# ---- Nationale Onderwijsgids (nationaleonderwijsgids.nl, Dutch education portal; student housing) --
L(
    "nog_kamers",
    (2, 0, None),
    [
        ("site_text", "27 september 2012 om 09:13", {"note": "publication date and time: site text"}),
        ("site_text", "< 1 min lezen", {"note": "reading time: site text"}),
        ("headline", "‘Tekort aan studentenkamers wordt"),
        ("lede", "HILVERSUM (Novum) - Door de forse", {"note": "first paragraph with dateline and agency"}),
        ("paragraph", "Vorig jaar is afgesproken dat er tot"),
        (
            "site_text",
            "Relevante artikelen",
            {
                "note": "related-articles heading and the section's latest-items list (rubric label, title, relative time): site text, one block"
            },
        ),
        ("site_text", "Aankomende evenementen", {"note": "upcoming-events list: site text, one block"}),
    ],
)

# ---- Equipe (equipe.me, police-union news item; pay talks with the minister) ----------------------
L(
    "eq_politiebonden",
    (0, 0, None),
    [
        (
            "headline",
            "Gesprek met minister over",
            {
                "note": "the outlet is a police-union news page whose publisher the excerpt does not name (doubtful kind)"
            },
        ),
        ("lede", "Op uitnodiging van minister Van der"),
        ("paragraph", "Naar aanleiding van de gesloten"),
        ("paragraph", "Meer informatie over de"),
        ("site_text", "Nieuwsoverzicht", {"note": "link back to the news overview: site text"}),
    ],
)

# ---- PC55 (pc55.nl, local weekly of the Kempen, Brabant; e-paper page, one line) -------------------
L(
    "pc55_hoornaar",
    None,
    [
        ("site_text", "PC55-2025-week37", {"note": "e-paper edition name: site text; " + NOTITLE}),
        ("site_text", "12 september 2025", {"note": "publication date glued before the next text: site text"}),
        (
            "paragraph",
            "Judith plaatst soms een actie op",
            {
                "note": "a passage of the same article printed before its caption on the e-paper page (layout order): paragraph (doubtful: could be read as a box)"
            },
        ),
        ("caption", "Van links naar rechts: Noud van Ham,", {"note": "photo caption with words of its own"}),
        ("byline", "Door Renate Matthijssen"),
        ("lede", "KEMPEN - Imkers in de regio luiden de", {"note": "first paragraph with its place dateline"}),
        ("subheading", "Verslagen Noud van Ham is al dertig", {"note": "inter-title glued to the next sentence"}),
        ("paragraph", "Noud van Ham is al dertig jaar imker"),
        ("subheading", "Hoornaar, moordenaar", {"note": "inter-title glued to the next sentence"}),
        ("paragraph", "“Als imker sta je machteloos”,", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 66 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch (NOS,
NRC, RTV Noord, RTV Drenthe, 1Limburg, Omroep Zeeland, Omroep West, Joop) and eight Flemish (VTM
Nieuws, HLN, Knack, Bruzz, TVL, Kanaal Z, Apache, Het Belang van Limburg). They come from the `search`
tool's "pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to
this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind66 and are NOT
for the project repository. Only the labels (ours) live here, in LABELS, and they hold no article
text: each block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its gold
text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued
to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that
block's text (end None = to the block's end). Standard library only; the cutting is done by
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
    "nos_rutte4": (
        "https://nos.nl/liveblog/2412551-kuipers-nu-kijken-naar-andere-zorg-hoekstra-legt-focus-op-situatie-oekraine",
        None,
    ),
    "nrc_boerencake": ("https://www.nrc.nl/nieuws/2021/12/26/boerencake-a4072114", None),
    "rn_herindeling": (
        "https://www.rtvnoord.nl/nieuws/203165/De-herindeling-wordt-wennen-maar-we-begraven-ons-niet-in-papierwerk",
        "2019-01",
    ),
    "rd_minuut": ("http://www.rtvdrenthe.nl/nieuws/133356/Het-nieuws-in-een-minuut-9-april", "2018-04"),
    "l1_centraal": (
        "https://www.1limburg.nl/nieuws/2172657/l1mburg-centraal-meer-verkeersslachtoffers-vooral-fietsers",
        None,
    ),
    "oz_wakker": (
        "http://static3.omroepzeeland.nl/nieuws/2017-03-01/1094109/zeeland-wordt-wakker-vlaanderens-mooiste-jan-roos-en-goed-gedaan",
        "2017-03",
    ),
    "ow_spookbewoning": (
        "https://www.omroepwest.nl/nieuws/3773698/Politie-valt-30-woningen-Den-Haag-en-omgeving-binnen-in-onderzoek-naar-spookbewoning",
        "2019-03",
    ),
    "jp_slappelach": ("https://joop.bnnvara.nl/kijk-nou/presentatoren-rtl-nieuws-slappe-lach", None),
    # Flemish
    "vtm_begroting": ("https://nieuws.vtm.be/binnenland/42193-regering-springt-slim-om-met-budget", None),
    "hln_stadsbestuur": (
        "https://www.hln.be/nieuws/binnenland/bourgondische-coalitie-kan-van-start-gaan-antwerps-stadsbestuur-legt-eed-af~a8eb6c24/",
        "2019-01",
    ),
    "kn_kuhnert": (
        "http://www.knack.be/nieuws/belgie/voor-ons-land-is-het-ongetwijfeld-het-beste-als-de-28-jarige-kevin-kuhnert-komende-zondag-verliest/article-opinion-970151.html",
        None,
    ),
    "bz_politiehuis": (
        "https://www.bruzz.be/actua/samenleving/bruzz-24-over-opening-politiehuis-anderlecht-veel-zichtbaarder-deze-moeilijke",
        None,
    ),
    "tl_gezin": (
        "https://www.tvl.be/nieuws/hasselts-gezin-met-vijf-kinderen-dakloos-na-appartementsbrand-124221",
        None,
    ),
    "kz_haven": (
        "https://m.kanaalz.knack.be/nieuws/een-boerenjaar-voor-de-antwerpse-haven/video-normal-952421.html",
        None,
    ),
    "ap_zwijgen": ("https://www.apache.be/2017/10/18/apache-moet-zwijgen-maar-zwijgt-niet-dankzij-u", None),
    "hb_radio2": ("https://www.hbvl.be/cnt/dmf20220321_96099482", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster's news desk; closed liveblog) --------------------------
L(
    "nos_rutte4",
    (1, 0, None),
    [
        (
            "site_text",
            "NOS Nieuws Politiek Aangepast",
            {"note": "brand, section label and update label ('Aangepast') above the title: site text, one block"},
        ),
        (
            "headline",
            "Kuipers: geen coronaminister, maar",
            {"note": "the liveblog's title: two headlines joined by '•', one line"},
        ),
        ("list_item", "• Koning Willem-Alexander heeft de", {"note": "the liveblog's summary bullets: list items"}),
        ("list_item", "• De nieuwe ministersploeg is op de"),
        (
            "site_text",
            "• Kijk hier wie de nieuwe",
            {
                "note": "third summary bullet, a link to another page ('Kijk hier …'): site text (doubtful: could be a list item of the summary)"
            },
        ),
        ("site_text", "Liveblog gesloten", {"note": "the liveblog's status label: site text"}),
        ("subheading", "• Dit was de dag van Rutte IV in", {"note": "liveblog entry title"}),
        ("paragraph", 'Van "dat verklaar en beloof ik"'),
        (
            "site_text",
            "Deze browser wordt niet ondersteund",
            {"note": "the video player's browser notice: site text"},
        ),
        (
            "site_text",
            "Dit was de dag van Rutte IV in",
            {"note": "the embedded video's title (the entry title printed again under the player): site text"},
        ),
        ("site_text", "Liever teruglezen? Dat kan hier:", {"note": "link label: site text"}),
        ("subheading", "• Rutte: afnemend vertrouwen door", {"note": "liveblog entry title"}),
        ("paragraph", "Premier Rutte reageerde in het"),
        ("paragraph", "Ernaar gevraagd denkt hij echter"),
        ("paragraph", "Verder ging hij nog even in op het"),
        (
            "site_text",
            "Deze br",
            {"note": "the start of the next player's browser notice ('Deze br…'): site text; " + CUT},
        ),
    ],
)

# ---- NRC (nrc.nl, NL national daily; media column) -----------------------------------------------
L(
    "nrc_boerencake",
    None,
    [
        ("lede", "Ik was regelmatig te gast bij Omroep", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Ik associeerde Omroep Gelderland nog"),
        ("paragraph", "„Onze mensen krijgen verbaal van"),
        ("paragraph", "Dapper is anders, tegelijkertijd"),
        ("paragraph", "Of het een in verband staat met het"),
        ("paragraph", "Een belegering door boeren is nou", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; TV round-up) --------------------
L(
    "rn_herindeling",
    None,
    [
        ("lede", "In 2019 horen Haren en Ten Boer bij", {"note": NOTITLE}),
        (
            "site_text",
            "In dit artikel zetten we de meest",
            {
                "note": "the round-up's frame ('In dit artikel zetten we de meest bijzondere fragmenten uit Noord Vandaag op een rij.') and the programme's broadcast times glued to it: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was paragraph with the broadcast times its tail)",
            },
        ),
        ("subheading", "1) Glimmen van geluk", {"note": "numbered item title of the round-up"}),
        ("paragraph", "Het was vanochtend lekker wakker"),
        ("paragraph", "'Er wordt heel veel gespeculeerd',"),
        ("subheading", "2) Wie is de schilder?"),
        ("paragraph", "Het schilderij van Albert Tasman,"),
        ("paragraph", "Omdat het doek niet is gesigneerd"),
        ("subheading", "3) Nieuw jaar, nieuwe raad"),
        ("paragraph", "Na het installeren van de nieuwe"),
        ("subheading", "4) De Schutse voert actie"),
        ("paragraph", "Bij een andere nieuwe fusiegemeente,"),
        ("paragraph", "Het personeel en de vrijwilligers", {"note": CUT}),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; news-in-a-minute video item) ------------
L(
    "rd_minuut",
    (1, 0, None),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label (its buttons lost, blank lines kept): site text"}),
        (
            "headline",
            "Het nieuws in een minuut: 9 april",
            {"note": "the title, with the photo caption glued after it on the same line"},
        ),
        (
            "caption",
            "Emmie Suichies (80) stopt na vijftig",
            {"tail": "(foto: RTV Drenthe)", "note": "photo caption glued after the title; the credit its tail"},
        ),
        ("lede", "In het nieuws in een minuut van"),
        ("paragraph", "Verder aandacht voor de 80-jarige"),
    ],
)

# ---- 1Limburg (1limburg.nl, NL regional broadcaster L1; TV programme round-up) --------------------
L(
    "l1_centraal",
    (0, 0, None),
    [
        ("headline", "L1mburg Centraal: meer"),
        (
            "caption",
            "In 2022 kwamen 23 fietsers op",
            {"tail": "© iStock", "note": "lead photo caption; the glued credit its tail"},
        ),
        (
            "lede",
            "Nieuwe struikelstenen in Maastricht en",
            {
                "tail": "Dit en ander nieuws uit Limburg in",
                "note": "the intro under the title; the programme's closing formula 'Dit en ander nieuws uit Limburg in L1mburg Centraal.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        (
            "site_text",
            "Bekijk hier de hele uitzending van",
            {"note": "link label to the whole broadcast: site text"},
        ),
        ("subheading", "Meer verkeersslachtoffers in Limburg", {"note": "item title of the round-up"}),
        ("paragraph", "Het aantal dodelijke"),
        ("site_text", "Bekijk hier de hele reportage.", {"note": "link label to the item's video: site text"}),
        ("subheading", "Documentaire over verkeersslachtoffer"),
        ("paragraph", "Shana Leurs uit Venlo fietste twee"),
        ("site_text", "Bekijk hier de hele reportage.", {"note": "link label: site text"}),
        ("subheading", "Nieuwe struikelstenen in Maastricht"),
        ("paragraph", "In Maastricht zijn weer"),
        ("site_text", "Bekijk hier de hele reportage.", {"note": "link label: site text"}),
        ("subheading", "Kinderen uit groep 8 doen laatste"),
        ("paragraph", "Leerlingen van groep 8 maken de"),
        ("site_text", "Bekijk hier de hele reportage.", {"note": "link label: site text"}),
        (
            "paragraph",
            "Rob Servais, manager voetb",
            {"note": "the start of the next item's text (its title not printed): paragraph; " + CUT},
        ),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; morning round-up) ------------------
L(
    "oz_wakker",
    None,
    [
        (
            "site_text",
            "OOST-SOUBURG - Goedemorgen! Het is",
            {
                "note": NOTITLE + "; a round-up's greeting frame with its place: site text (STRUCTURE_CONVENTIONS.md,"
                " relabelled stop 44 — labelled the lede before; the outlet sets label this frame site text)"
            },
        ),
        ("subheading", "'Vlaanderens mooiste'", {"note": "item title of the round-up"}),
        ("paragraph", "De Ronde van Vlaanderen heeft dit"),
        ("subheading", "Vermoord"),
        ("paragraph", "Het is vandaag precies drie jaar"),
        ("subheading", "VNL naar ZB"),
        ("paragraph", "Lijsttrekker Jan Roos van de partij"),
        ("subheading", "Goed gedaan!"),
        ("paragraph", "Wanneer kreeg jij voor het laatst een"),
        (
            "site_text",
            "Foto: Jan Daniels",
            {"note": "photo credit on a line of its own (the photo has no caption): site text"},
        ),
        ("subheading", "Het weer", {"note": "the round-up's weather section"}),
        ("paragraph", "Eerst nog een paar buien, later"),
    ],
)

# ---- Omroep West (omroepwest.nl, NL regional broadcaster, Haaglanden; police report) --------------
L(
    "ow_spookbewoning",
    (1, 0, None),
    [
        ("site_text", "Deel dit artikel:", {"note": "share label (its buttons lost, blank lines kept): site text"}),
        (
            "headline",
            "Politie valt 30 woningen Den Haag en",
            {"note": "the title, with two photo captions glued after it on the same line"},
        ),
        (
            "caption",
            "Er zijn aan de Vuistbijl meerdere",
            {"tail": "I Foto: Regio15", "note": "photo caption; the glued credit ('I Foto: Regio15') its tail"},
        ),
        (
            "caption",
            "Er was een grote politiemacht op de",
            {"tail": "| Foto: Regio 15", "note": "second photo caption; the glued credit its tail"},
        ),
        ("lede", "DEN HAAG - Er is dinsdagochtend veel", {"note": "with its place dateline"}),
        ("paragraph", "De politie was erachter gekomen dat"),
        ("paragraph", "Achter de deuren van zogenoemde"),
        ("subheading", "'Plein leek wel een wagenpark'"),
        ("paragraph", "Verslaggever Mariët Overdiep zag op"),
        ("paragraph", "Een buurtbewoner keek 's ochtends", {"note": CUT}),
    ],
)

# ---- Joop (joop.bnnvara.nl, BNNVARA's opinion and news site; short TV item) ------------------------
L(
    "jp_slappelach",
    (1, 0, None),
    [
        (
            "site_text",
            "Logo Joop",
            {"note": "the logo's alt text and the site's tagline, two lines: site text, one block"},
        ),
        ("headline", "Presentatoren RTL Nieuws krijgen"),
        (
            "site_text",
            "•",
            {"note": "meta bar between bullets: date, reading time, view count: site text, one block"},
        ),
        ("lede", "Meestal houden nieuwslezers hun"),
        ("paragraph", "Toine Peters versprak zich al bijna"),
        ("site_text", "Bekijk hier de hele uitzending.", {"note": "link label: site text"}),
        ("site_text", "Meer over:", {"note": "tag list ('Meer over:' and the tags): site text, one block"}),
        ("site_text", "Delen:", {"note": "share label: site text"}),
        (
            "site_text",
            "Praat mee",
            {
                "note": "the comment form (heading, rules link, avatar, character counter, moderation notice): site text, one block"
            },
        ),
    ],
)

# ---- VTM Nieuws (nieuws.vtm.be, Flemish commercial broadcaster's news desk; short item) ------------
L(
    "vtm_begroting",
    (0, 0, None),
    [
        ("headline", '"Regering springt slim om met budget"', {"note": CLEAN}),
        ("lede", "Het is de Vlaamse regering gelukt", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; local politics report) ----------------------------------
L(
    "hln_stadsbestuur",
    (0, 0, None),
    [
        ("headline", "Bourgondische coalitie kan van start"),
        ("byline", "Redactie", {"note": "author line ('Redactie') glued to the end of the title line: byline"}),
        ("site_text", "07 januari 2019", {"note": "publication date line: site text"}),
        ("lede", "In Antwerpen heeft het nieuwe"),
        ("paragraph", "Alleen bij CD&V en Groen nemen een"),
        ("paragraph", "Bij CD&V neemt Sam Voeten zoals"),
        ("paragraph", "Bij Groen zijn er maar liefst vier"),
        ("subheading", "Stadsbestuur"),
        ("paragraph", "Na de eedaflegging van de"),
        ("paragraph", "Sp.a mag in principe nog een derde"),
        ("subheading", "Hoofddoek"),
        ("paragraph", "Van de 55 gemeenteraadsleden zijn er", {"note": CUT}),
    ],
)

# ---- Knack (knack.be, Flemish national news magazine; editor's opinion teaser) ---------------------
L(
    "kn_kuhnert",
    (1, 0, None),
    [
        (
            "byline",
            "Bert Bultinck Hoofdredacteur van",
            {
                "tail": "Opinie",
                "note": "author with his role above the title; the genre label 'Opinie' glued to its end is its tail (doubtful: the whole line could be site text, or 'Opinie' left in the byline)",
            },
        ),
        ("headline", "'Voor ons land is het ongetwijfeld"),
        ("lede", "We lijken het nog niet te beseffen,", {"note": "the intro under the title (its opening quote lost)"}),
    ],
)

# ---- Bruzz (bruzz.be, Brussels Flemish news outlet; news-bulletin video item) ----------------------
L(
    "bz_politiehuis",
    (4, 0, None),
    [
        ("site_text", "Menu", {"note": "menu button label: site text"}),
        ("site_text", "Iets gezien in de stad? Meld het", {"note": "news-tip line: site text"}),
        ("site_text", "Site by wieni", {"note": "the site builder's credit: site text"}),
        (
            "caption",
            "Toon Hendrikx overloopt het nieuws",
            {
                "note": "the video's one-line description above the title: caption (doubtful: could be the intro, or site text of the player)"
            },
        ),
        ("headline", "BRUZZ 24 over opening 'politiehuis'"),
        ("site_text", "© BRUZZ", {"note": "video credit on a line of its own: site text"}),
        ("site_text", "05/12/2025", {"note": "publication date line: site text"}),
        ("lede", "Op een steenworp afstand van het"),
        (
            "site_text",
            "Fijn dat je wil reageren.",
            {"note": "comment-section notice (house rules, Disqus): site text"},
        ),
        ("site_text", "Lees meer over:", {"note": "tag list: site text"}),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; short fire report) ------------------------------------------
L(
    "tl_gezin",
    None,
    [
        ("lede", "Rond tien uur ’s avonds merkte de", {"note": NOTITLE + "; the whole item is one paragraph"}),
        (
            "site_text",
            "Toevoegen aan startscherm",
            {"note": "the app's add-to-home-screen prompt with its two numbered steps: site text, one block"},
        ),
        ("site_text", "Wij gebruiken dus enerzijds onze", {"note": "cookie notice with its policy links: site text"}),
        (
            "site_text",
            "We hebben je toestemming nodig om",
            {"note": "the consent form's messages: site text, one block"},
        ),
    ],
)

# ---- Kanaal Z (kanaalz.knack.be, Flemish business TV channel's news; video item) ---------------------
L(
    "kz_haven",
    (1, 0, None),
    [
        ("site_text", "Video | Z-Nieuws", {"note": "genre label and programme name above the title: site text"}),
        ("headline", "“Een boerenjaar voor de Antwerpse"),
        ("byline", "Ellen Vermorgen Journalist", {"note": "author with her role"}),
        ("lede", "2017 was een nieuw recordjaar voor", {"note": "the whole item is one paragraph"}),
        ("site_text", "Partner Content", {"note": "label of the advertising block below the item: site text"}),
    ],
)

# ---- Apache (apache.be, Flemish online investigative news outlet; editorial) -------------------------
L(
    "ap_zwijgen",
    (0, 0, None),
    [
        ("headline", "Apache moet zwijgen, maar zwijgt niet."),
        ("site_text", "18 oktober 2017", {"note": "publication date, the author after it on the same line: site text"}),
        ("byline", "Redactie Apache", {"note": "author line"}),
        (
            "site_text",
            "apache-moet-zwijgen",
            {"note": "an image's file name printed as its alt text: site text"},
        ),
        (
            "lede",
            "Enkele dagen later volgde Land Invest",
            {"note": "first body paragraph in the excerpt (the article's opening lost by the store)"},
        ),
        ("subheading", "Monddood"),
        ("paragraph", "Wie raakt aan grote belangen mag zich"),
        ("paragraph", "De dubbele rechtszaak heeft dan ook"),
        ("paragraph", "En er was een bijkomend probleem:"),
        ("site_text", "apache-moet-zwijgen", {"note": "the image's file name again: site text"}),
        ("subheading", "Hartverwarmend"),
        ("paragraph", "De directe aanval op een"),
        ("paragraph", "Van de weeromstuit bereikten de", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; short item) -----------------------------
L(
    "hb_radio2",
    None,
    [
        (
            "site_text",
            "Hasselt",
            {
                "note": "the municipality label on its own line above the text: site text (doubtful: could be read as the lede's place dateline); "
                + NOTITLE
            },
        ),
        (
            "lede",
            "Dit jaar volgt Radio 2 al 75 jaar de",
            {
                "tail": "(nco)",
                "note": "the whole item is one paragraph; the author's initials in brackets glued to the end its tail",
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

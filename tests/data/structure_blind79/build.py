#!/usr/bin/env python3
"""Rebuild structure set 79 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(Omroep Zeeland, de Volkskrant, Omroep Brabant, L1, Tubantia, 1Twente, RTV Oost, De Telegraaf)
and eight Flemish (De Morgen, Apache, HLN, Het Nieuwsblad, TV Oost, Het Belang van Limburg,
Ring, ATV). They come from the `search` tool's "pages" corpus (stored public web pages, text as
the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the
tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts
stay in /work/data/structure-blind79 and are NOT for the project repository. Only the labels
(ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START
MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end). Standard library only; the cutting is done by
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
    "oz_zeehond": (
        "https://www.omroepzeeland.nl/nieuws/105468/Zeeland-wordt-wakker-GOES-brute-autoroof-en-bloedspoor",
        "2018-05",
    ),
    "vk_urk": (
        "https://www.volkskrant.nl/cultuur-media/urk-als-buitenbeentje-dat-lijkt-een-steeds-groter-onderdeel-van-de-identiteit-te-worden~b88bf63c/",
        "2021-11",
    ),
    "ob_ongelukken": (
        "https://www.omroepbrabant.nl/nieuws/4172362/steeds-meer-verkeersongelukken-dit-zijn-de-heftigste-tot-nu-toe",
        "2022-10",
    ),
    "l1_nieuws": ("https://admin.l1.nl/algemeen/2638487/l1-nieuws-22-april-2024", None),
    "tub_tubbergen": (
        "https://www.tubantia.nl/tubbergen/nieuw-college-tubbergen-alleen-wethouder-hilde-berning-krijgt-vertrouwen-van-volledige-gemeenteraad~ad322e6a/",
        "2022-07",
    ),
    "twente_explosie": ("https://1twente.nl/artikel/3045718/brand-en-explosie-almelo", None),
    "rtvo_april": (
        "https://www.rtvoost.nl/nieuws/323290/Een-afgepakt-pistool-paasvuren-en-betere-tijden-voor-FC-Twente-dit-was-april-2019",
        None,
    ),
    "tg_eredivisie": (
        "https://www.telegraaf.nl/sport/135654222/live-eredivisie-linssen-zet-feyenoord-aan-de-leiding-tegen-eagles",
        "2021-08",
    ),
    # Flemish
    "dm_hendriks": (
        "https://mobile-beta.demorgen.be/politiek/het-linkse-hoongelach-over-trumps-muurplan-is-misplaatst~bac88935/",
        None,
    ),
    "apache_grond": ("https://apache.be/dossier/wie-bezit-vlaanderen", None),
    "hln_regioverhalen": (
        "https://www.hln.be/populair-op-regio/theo-maassen-zet-peuter-uit-de-zaal-een-moord-in-koewacht-en-nieuwe-merkkledij-aan-50-deze-regioverhalen-mocht-u-niet-missen-afgelopen-weekend~a84ea85e/",
        "2023-03",
    ),
    "nb_beringen": ("https://www.nieuwsblad.be/cnt/dmf20190811_04554368", "2019-08"),
    "tvo_quarantaine": (
        "https://www.tvoost.be/nieuws/honderdtal-aanhangers-vzw-viruswaanzin-protesteren-tegen-coronamaatregelen-111166",
        None,
    ),
    "hbvl_heidebrand": ("https://www.hbvl.be/cnt/dmf20220824_96484017", "2022-08"),
    "ring_oudejaar": ("https://www.ringtv.be/nieuws/eerste-balans-oudejaarsnacht-vrij-rustig", "2021-01"),
    "atv_jaarwisseling": (
        "https://atv.be/nieuws/relschoppers-ontsieren-jaarwisseling-in-antwerpen-dit-konden-we-niet-tolereren-131776",
        "2022-01",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its caption not in the excerpt): site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; the morning round-up 'Zeeland wordt wakker')
L(
    "oz_zeehond",
    None,
    [
        (
            "caption",
            "GOES viert feest na het bereiken",
            {
                "tail": "(foto: René van der Vliet)",
                "note": NOTITLE + "; each item opens with its photo's caption; " + CREDIT,
            },
        ),
        ("subheading", "Finale districtsbeker", {"note": "the round-up's item title"}),
        ("lede", "GOES heeft voor het eerst in de", {"note": "the first item's text"}),
        ("caption", "Wie heeft de gestolen Suzuki Splash", {"tail": "(foto: Opsporing Verzocht)", "note": CREDIT}),
        ("subheading", "Brute autoroof"),
        ("paragraph", "De politie heeft gisteravond in"),
        ("caption", "Deze gewonde zeehond hoest bloed", {"tail": "(foto: RTZ ZuidWest)", "note": CREDIT}),
        ("subheading", "Bloedspoor"),
        ("paragraph", "Hulpverleners van het Reddingsteam"),
        (
            "site_text",
            "Deze gewonde zeehond hoest bloed",
            {
                "note": "the item's caption with its credit printed again inside the paragraph (the photo's caption copied into the text): split off, site text (a later copy of a caption; doubtful: the conventions' caption row speaks of copies in a row)"
            },
        ),
        (
            "paragraph",
            "Kort nadat bij RTZ ZuidWest een",
            {"note": "the rest of the paragraph after the inserted caption copy"},
        ),
        (
            "caption",
            "Burgemeester Van der Zwaag (Veere)",
            {"tail": "(foto: Omroep Zeeland)", "note": CREDIT},
        ),
        ("subheading", "Schilderij 96-jarige"),
        ("paragraph", "In het gemeentehuis van Veere in", {"note": CUT}),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; a reportage, the writer back in Urk) ---------------
L(
    "vk_urk",
    None,
    [
        (
            "lede",
            "Urk krijgt een spiegel voorgehouden",
            {"note": NOTITLE + "; the standfirst; " + CLEAN},
        ),
        ("paragraph", "Matthias Declercq staat in een Weens"),
        ("paragraph", "Wie zullen de talkshowredacteuren"),
        ("paragraph", "Als zijn boek in oktober 2020"),
        ("paragraph", "‘Het oude ritme van het Urker leven", {"note": CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; the year's worst accidents, a round-up) ---
L(
    "ob_ongelukken",
    None,
    [
        ("lede", "Het aantal verkeersongelukken is", {"note": NOTITLE + "; the round-up's intro"}),
        ("subheading", "Januari: Vader en dochter komen om", {"note": "the round-up's item title"}),
        ("paragraph", "Op de Vleutstraat in Best rijdt"),
        ("site_text", "Foto: Dave Hendriks/SQ Vision.", {"note": OWNCREDIT}),
        ("subheading", "Maart: Twee kinderen dood bij botsing"),
        ("paragraph", "Een afschuwelijk ongeluk in Chaam"),
        ("site_text", "Foto: Jeroen Stuve/SQ Vision", {"note": OWNCREDIT}),
        ("subheading", "Mei: Voetganger doodgereden"),
        ("paragraph", "Een man die zijn hond aan het"),
        (
            "caption",
            "Agenten nemen de situ",
            {"note": CUT + "; read as the third item's photo caption (doubtful: could be a paragraph)"},
        ),
    ],
)

# ---- L1 (l1.nl, NL regional broadcaster, Limburg; the evening bulletin's page, a video item) -------------
L(
    "l1_nieuws",
    (0, 0, None),
    [
        (
            "headline",
            "L1 Nieuws - 22 april 2024",
            {"note": "the page title (the bulletin's name and date) on its own line"},
        ),
        ("caption", "L1 Nieuws-presentatrice Jolien", {"note": "the lead photo's caption"}),
        (
            "site_text",
            "© Raoul Limpens",
            {"note": "the photo credit on a line of its own under the caption: site text"},
        ),
        (
            "site_text",
            "Het L1 Nieuws van maandag 22 april",
            {
                "note": "the bulletin's standing line ('Het L1 Nieuws van <day> <date>'): site text (standing lines of a programme, stop 46 row; doubtful: could be read as the lede)"
            },
        ),
        ("subheading", "Sekswerkers zien niets in nieuwe wet", {"note": "the bulletin's item title"}),
        ("lede", "Sekswerk aan huis zou, met een", {"note": "the first item's text"}),
        ("subheading", "Nieuw kinderdagverblijf voor kinderen"),
        ("paragraph", "Een kinderdagverblijf voor kinderen"),
        ("subheading", "Dinsdag meer duidelijkheid over"),
        ("paragraph", "De emoties liepen hoog op"),
        ("subheading", "Basisschool Blerick organiseert"),
        ("paragraph", "We horen het al jaren, kinderen"),
        ("subheading", "De play-off-perspectieven vo", {"note": CUT + " (the next item's title)"}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, Twente; council news) -------------------------------------
L(
    "tub_tubbergen",
    None,
    [
        (
            "lede",
            "Dat lag anders bij de kandidaten",
            {"note": NOTITLE + "; the excerpt starts inside the article: its first paragraph the lede; " + CLEAN},
        ),
        ("subheading", "Groot ongenoegen"),
        ("paragraph", "Raadslid Hans te Kolsté (PvdA)"),
        ("subheading", "Café"),
        ("paragraph", "Vervolgens fileerde Te Kolsté"),
        ("subheading", "Geen experts"),
        ("paragraph", "Alexander Plegt van Lokaal Sterk", {"note": CUT}),
    ],
)

# ---- 1Twente (1twente.nl, NL regional broadcaster/news site, Twente; a fire report) — stand-in ----------
L(
    "twente_explosie",
    (4, 0, None),
    [
        ("site_text", "Verkeer", {"note": "the site menu ('Verkeer / Stuur appje / Zoek'): site text"}),
        (
            "site_text",
            "Je bekijkt nu een artikel uit het",
            {"note": "the archive notice (two lines, 'Dit artikel is niet geoptimaliseerd ...'): one site-text block"},
        ),
        (
            "site_text",
            "In samenwerking met",
            {"note": "the partner label with its logo's alt text ('Twente FM logo'): site text"},
        ),
        (
            "site_text",
            "Nieuws\nAlmelo",
            {"note": "section label and place tag (breadcrumb, one item a line): site text"},
        ),
        ("headline", "Brand en explosie Almelo", {"note": "the title on its own line"}),
        (
            "site_text",
            "20220427 01 almelo",
            {
                "note": "the photo's file name printed above its caption: site text (doubtful: an image title, could be read as part of the caption)"
            },
        ),
        ("caption", "Explosie in Almelo", {"note": "the photo's caption"}),
        (
            "site_text",
            "Beeld: Twente FM",
            {"note": "the photo credit on a line of its own under the caption: site text"},
        ),
        ("lede", "ALMELO - Woensdagmorgen omstreeks", {"note": "the place dateline stays in the lede"}),
        ("paragraph", "Door nog onbekende oorzaak bleek"),
        (
            "site_text",
            "Heb je een nieuwstip of nieuwe",
            {
                "note": "the standing call for news tips ('Tip onze redactie ...'): site text (standing lines, stop 46 row)"
            },
        ),
    ],
)

# ---- RTV Oost (rtvoost.nl, NL regional broadcaster, Overijssel; the month's news, a round-up) — stand-in -
L(
    "rtvo_april",
    None,
    [
        (
            "lede",
            "Een opmerkelijke video, opgenomen",
            {"note": NOTITLE + "; the first item's text (the round-up's intro is above the excerpt)"},
        ),
        ("paragraph", "Een dag later stak de teamchef"),
        ("subheading", "FC Twente", {"note": "the round-up's item title"}),
        ("paragraph", "What goes up, must come down."),
        ("paragraph", "Het begon met een financiële"),
        ("paragraph", "Het was een lekker voorschot"),
        (
            "caption",
            "FC Twente kampioen van de Keuken",
            {"tail": "(Foto: ANP / Vincent Jannink)", "note": CREDIT},
        ),
        ("subheading", "Oost, west..."),
        ("paragraph", '"Het is echt een losgeslagen bende'),
        ("paragraph", '"De manier waarop ze met elkaar'),
        (
            "site_text",
            "Kijk hier welke (prachtige) omgeving",
            {
                "note": "a pointer to an embedded video not in the excerpt ('Kijk hier ...:'), on its own line: site text (a link label; doubtful: could be read as article text, a paragraph's lead-in)"
            },
        ),
        ("subheading", "Mishandeling boa"),
        ("paragraph", "De mishandeling van een boa op"),
        ("paragraph", "Het incident in Borne leek de", {"note": CUT}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; a live sport report, Eredivisie) — stand-in ---------
L(
    "tg_eredivisie",
    None,
    [
        (
            "site_text",
            "Volg alle duels in de Eredivisie via",
            {
                "note": NOTITLE
                + "; the live page's standing pointer to its scoreboard ('Volg alle duels ... via ons scorebord ...'): site text (standing lines; doubtful: could be read as the lede)"
            },
        ),
        ("lede", "Trainer Arne Slot van Feyenoord", {"note": "the first entry's text"}),
        ("paragraph", "In die wedstrijd kreeg doelman"),
        ("paragraph", "Bij het gepromoveerde Go Ahead"),
        (
            "site_text",
            "Bekijk de stand, uitslagen en het",
            {"note": "a link label on its own line ('Bekijk de stand ...'): site text"},
        ),
        ("subheading", "Ajax", {"note": "an entry's heading (the club)"}),
        ("paragraph", "Ajax heeft op bezoek bij FC Twente"),
        (
            "site_text",
            "Bekijk ook: Zwak Ajax lijdt",
            {"note": "a related-article link ('Bekijk ook: <title>'): site text"},
        ),
        ("subheading", "PSV"),
        ("paragraph", "Eerder dit weekend won PSV"),
        ("subheading", "SC Heerenveen"),
        ("paragraph", "SC Heerenveen won zaterdag"),
        ("subheading", "NEC"),
        ("paragraph", "De tweede speelronde van de", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; an interview, mobile page) --------------------------
L(
    "dm_hendriks",
    (3, 0, None),
    [
        ("site_text", "Zaterdag 01/10/2022", {"note": "the page's date line above everything: site text"}),
        (
            "caption",
            "Eric C. Hendriks: ‘‘Ik lach de muur",
            {
                "note": "the lead photo's caption, printed here above the title and again under it (not in a row): both copies captions, as blind11's telegraaf pages (STRUCTURE_CONVENTIONS 'left for a next stop'; doubtful: the first copy could be read as site text)"
            },
        ),
        (
            "site_text",
            "InterviewEric C. Hendriks",
            {
                "note": "genre label glued to the interviewee's name, on its own line above the title: site text (genre label row)"
            },
        ),
        ("headline", "‘Het linkse hoongelach over Trumps", {"note": "the title (a quote) on its own line"}),
        (
            "caption",
            "Eric C. Hendriks: ‘‘Ik lach de muur",
            {"tail": "Beeld Thomas Sweertvaegher", "note": "the caption's second copy, under the title; " + CREDIT},
        ),
        ("lede", "Hier is hij onbekend, maar in", {"note": "the standfirst"}),
        ("byline", "Joël De Ceulaer", {"note": "the author line"}),
        ("paragraph", "“Als je in China gewond langs de weg"),
        ("paragraph", "Hendriks is momenteel verbonden"),
        (
            "site_text",
            "Denkers over Europa",
            {
                "note": CUT
                + "; the series box ('Denkers over Europa' / 'De EU is op een kruispunt aanbeland ... De Morgen zet de grote uitdagingen op scherp in weekendinterviews met Europese denkers. Vandaag'), printed with every interview of the series: one site-text block (standing lines, stop 46 row; doubtful: could be read as a subheading and a paragraph)"
            },
        ),
    ],
)

# ---- Apache (apache.be, Flemish investigative news site; a dossier page) ---------------------------------
L(
    "apache_grond",
    (1, 0, None),
    [
        ("site_text", "DOSSIER - 18 ARTIKELS", {"note": "genre label with the dossier's article count: site text"}),
        ("headline", "Wie bezit Vlaanderen?", {"note": "the first copy of the title, on its own line"}),
        (
            "site_text",
            "Wie bezit Vlaanderen?",
            {"note": "the title printed again: every later copy is site text (stop 38 row)"},
        ),
        ("lede", "De komende maanden focust Apache in"),
        ("paragraph", "Er waren wel al fragmentaire"),
        ("paragraph", "Nochtans zijn gronden en gebouwen"),
        ("paragraph", "De strijd om grondbezit woedt"),
        ("paragraph", "De komende maanden legt Apache de"),
        ("subheading", "Onze methode"),
        ("paragraph", "Apache kon de hand leggen op de"),
        ("paragraph", "We breng", {"note": CUT}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; the weekend's regional stories, a round-up) ---------------------
VIEWER = "the photo viewer's button label ('Volledig scherm'), glued before the caption: split off, site text"
L(
    "hln_regioverhalen",
    None,
    [
        ("site_text", "Volledig scherm", {"note": NOTITLE + "; " + VIEWER}),
        ("caption", "Theo Maassen streek vrijdagavond", {"tail": "© RV/VRT", "note": CREDIT}),
        ("lede", "1. Theo Maassen heeft vrijdagavond", {"note": "the first item's text (numbered)"}),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Ronduit indrukwekkend: een ander", {"tail": "© Benny Proot", "note": CREDIT}),
        ("paragraph", "2. Wat rookontwikkeling, meer niet"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        (
            "caption",
            "Freya Van Den Bossche",
            {"tail": "© Wannes Nimmegeers", "note": "a caption of only a name (words of its own); " + CREDIT},
        ),
        ("paragraph", "3. Eindelijk mag ze het officieel"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Een beeld van het plaatsonderzoek", {"tail": "© Provicom", "note": CREDIT}),
        ("paragraph", "4. Dankzij knap en snel politiewerk", {"note": CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a fire report) -------------------------------
L(
    "nb_beringen",
    None,
    [
        ("lede", "Beringen - De dodelijke brand op de", {"note": NOTITLE + "; the place dateline stays in the lede"}),
        ("paragraph", "Bij de brand kwamen twee"),
        ("paragraph", "Voor Swijsen, die ook de"),
        ("site_text", "Foto: BELGA", {"note": OWNCREDIT}),
        ("paragraph", "“Je hoopt dit nooit mee te maken"),
        (
            "site_text",
            "LEES OOK. Burgemeester Heusden-Zolder",
            {"note": "a related-article link ('LEES OOK. <title>'): site text"},
        ),
        ("subheading", "Rouwbetuigingen"),
        ("paragraph", "De Brusselse brandweer is zeer", {"note": CUT}),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV, East Flanders; a video item's text) ------------------------
L(
    "tvo_quarantaine",
    None,
    [
        (
            "lede",
            "In Aalst zijn 24 politieagenten",
            {
                "tail": "Meer in het TV Oost nieuws van 18u30.",
                "note": NOTITLE
                + " (the URL's slug names another item); the plug for the evening bulletin glued at the end: its tail (standing lines, stop 46 row)",
            },
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; a heath fire, the end of the article) -------
L(
    "hbvl_heidebrand",
    None,
    [
        (
            "lede",
            "“We kregen een melding van een zich",
            {
                "tail": "gvb",
                "note": NOTITLE
                + "; the excerpt holds the article's last paragraph only (the lede by position); the author code 'gvb' glued at its end: its tail (an attribution glued to a block's end; doubtful: could be left in the paragraph or read as a byline)",
            },
        ),
        ("site_text", "© Geert Van Baelen", {"note": OWNCREDIT}),
    ],
)

# ---- Ring (ringtv.be, Flemish regional TV, Halle-Vilvoorde; a police round-up after New Year's Eve) ------
L(
    "ring_oudejaar",
    None,
    [
        ("lede", "De lokale politie van Zaventem", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De politie van Zaventen telde"),
        ("subheading", "Zennevallei"),
        ("paragraph", "In de politiezone Zennvallei"),
        ("subheading", "Vilvoorde - Machelen"),
        ("paragraph", "De politiezone Vilvoorde-Machelen", {"note": CUT}),
    ],
)

# ---- ATV (atv.be, Flemish regional TV, Antwerp; a news item after New Year's Eve) ------------------------
L(
    "atv_jaarwisseling",
    None,
    [
        (
            "lede",
            "In Antwerpen is het nieuwe jaar",
            {"note": NOTITLE + "; the video item's text, one paragraph; " + CLEAN},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

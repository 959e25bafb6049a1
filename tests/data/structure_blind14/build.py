#!/usr/bin/env python3
"""Rebuild structure blind set 14 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind14 and are NOT for the project
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
    "bruzz_eedaflegging": (
        "https://bruzz.be/videoreeks/journaal-bruzz-24/video-bruzz-24-over-de-eedaflegging-van-de-brusselse-burgemeesters",
        None,
    ),
    "bruzz_goodmove": (
        "https://www.bruzz.be/videoreeks/donderdag-16-februari-2023/video-herbekijk-bruzz-24-over-de-impact-van-good-move-stad",
        None,
    ),
    "hbvl_jpl": ("https://www.hbvl.be/cnt/dmf20230206_94703357", None),
    "tijd_politie": (
        "https://www.tijd.be/tablet/newspaper/vooraan/totale-ommezwaai-op-til-bij-politie/9688721.html",
        None,
    ),
    "hln_dewever": (
        "https://www.hln.be/in-de-buurt/antwerpen/bart-de-wever-wil-woensdag-al-specifieke-maatregelen-tegen-verdere-verspreiding-van-virus-kunnen-nemen-beletten-dat-heel-antwerpen-in-lockdown-gaat~acbc620c/",
        "2020-07",
    ),
    "voetbalkrant_vanhaezebrouck": (
        "https://www.voetbalkrant.com/nieuws/2025-02-18/ik-houd-mijn-hart-vast-vanhaezebrouck-ziet-heel-moeilijk-weekend-in-jpl-op-komst",
        "2025-02",
    ),
    "newslocker_korpschef": (
        "https://amp.newslocker.com/nl-be/regio/kapelle-op-den-bos/korpschef-is-boos-op-brussel-over-meteen-vrijgelaten-inbrekers/",
        None,
    ),
    "rtvutrecht_a27": ("http://www.rtvutrecht.nl/nieuws/1624131/", "2017-05"),
    "rtvutrecht_gladheid": ("http://www.rtvutrecht.nl/nieuws/1569978/", "2017-01"),
    "persbureaudrenthe_n33": (
        "https://www.persbureaudrenthe.nl/drenthe/politieauto-van-rijopleiding-landelijke-eenheid-knalt-op-vrachtauto-bij-rolde-n33-video",
        None,
    ),
    "headtopics_assen": (
        "https://headtopics.com/nl/man-maakt-brokken-tijdens-politieachtervolging-in-assen-en-47855535",
        "2023-10",
    ),
    "rtvnoord_rondje": ("http://www.rtvnoord.nl/nieuws/183259/Rondje-Groningen-Help", "2017-09"),
    "westerwolde_tussendekiezers": (
        "https://www.westerwoldeactueel.nl/2026/02/26/rtv-noord-komt-met-verkiezingsprogramma-tussen-de-kiezers-naar-gemeente-westerwolde/",
        "2026-02-26",
    ),
    "nieuwsblik_overvallen": (
        "https://nieuwsblik.nl/nederland-zorgen-om-toename-minderjarige-verdachten-overvallen/",
        None,
    ),
    "harendekrant_1april": ("http://www.harendekrant.nl/nieuws/onbemande-vuilniswagens-haren-1-april/", "2018-04"),
    "sportmannl_jpl": ("https://sportmannl.com/l/nog-even-en-dan-gaat-de-jupiler-pro-league-al-van-start", None),
    "headliner_l1nieuws": ("https://limburg.headliner.nl/item/l1-nieuws-11-november-2025-l1-47522", None),
    "tubantia_n344": (
        "https://www.tubantia.nl/deventer/ravage-en-gewonde-na-mislukte-inhaalactie-op-n344-bij-deventer~aa530743/",
        None,
    ),
    "tubantia_fietser": (
        "https://www.tubantia.nl/deventer/fietser-21-zwaargewond-na-aanrijding-met-vrachtwagen-in-deventer~abade046/",
        "2022-12",
    ),
    "fok_centraal": (
        "http://frontpage.fok.nl/nieuws/768087/1/1/50/auto-rijdt-in-op-mensen-in-amsterdam.html",
        "2017-06",
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
TAGS = "topic tags of the page ('Lees meer over: <tag> , <tag> ...'): site text"
COMMENTS = "comment-section notice ('Fijn dat je wil reageren. Wie reageert, gaat akkoord met onze huisregels. Hoe reageren via Disqus? ...'): site text"
VIDEO = "description of the day's BRUZZ 24 news broadcast on its video page; the opening 'Herbekijk (hier) BRUZZ 24 over ...' is the description's own wording and kept as article text (doubtful: 'Rewatch BRUZZ 24 on ...' is video-page phrasing)"
TIP = "request for news tips ('Seen something in the city? Report it to our newsroom'): site text"
CREDIT_ALONE = (
    "bare photo credit of the article's lead image: site text"
    " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
)
RELATED = "related-articles list (headline + teaser of other articles): site text, one block for the whole list"
BYLINE_TS = "author + publication/update timestamp line ('Door de nieuwsredactie · geplaatst: <date>, <time> uur | update: <time> uur'); kept whole as byline (blind8 convention for 'date om time door author' lines; the timestamp part is page furniture)"
DATELINE = "dateline 'PROVINCIE UTRECHT -' glued to the lede stays in the lede"

# ---- BRUZZ (Brussels regional broadcaster/website), video pages of the daily news broadcast ----
L(
    "bruzz_eedaflegging",
    None,
    [
        (
            "lede",
            "Vrijdag legden de Brusselse",
            {
                "note": NOTITLE
                + "; description of the day's BRUZZ 24 news broadcast on its video page; 'Later in de uitzending trekt BRUZZ richting ...' (later in the broadcast) is the description's own wording: article text"
            },
        ),
        (
            "site_text",
            "Lees meer over: BRUZZ 24",
            {"note": TAGS + "; the tags include unrelated series names ('Winterpret', 'Bollie en Billie')"},
        ),
        ("site_text", "Fijn dat je wil reageren.", {"note": COMMENTS}),
    ],
)

L(
    "bruzz_goodmove",
    None,
    [
        ("lede", "Herbekijk BRUZZ 24 over het", {"note": NOTITLE + "; " + VIDEO}),
        ("site_text", "Iets gezien in de stad?", {"note": TIP}),
        (
            "site_text",
            "Site by wieni",
            {"note": "footer credit of the web agency, in English ('Site by wieni'): site text"},
        ),
    ],
)

# ---- Het Belang van Limburg (Mediahuis) --------------------------------------------------------
L(
    "hbvl_jpl",
    (1, 0, None),
    [
        ("site_text", "© BELGA", {"note": CREDIT_ALONE + " (agency credit '© BELGA' above the title)"}),
        ("headline", "Waarom er vanavond uit het"),
        ("lede", "Brute pech voor de enkelingen", {"note": "intro (standfirst) of the article"}),
        ("byline", "Pieter-Jan Calcoen", {"note": "author name on its own line between intro and body"}),
        ("paragraph", "De duels van de Challenger"),
        ("paragraph", "Het belooft een spannende"),
        (
            "site_text",
            "Aangeboden door onze partners",
            {
                "note": "end-of-page partner-content widget: 'Aangeboden door onze partners' (twice), the widget title 'Hoofdpunten' and 'Lees meer', indented as stored; one unit, site text"
            },
        ),
    ],
)

# ---- De Tijd (tablet edition page) -------------------------------------------------------------
L(
    "tijd_politie",
    (1, 0, None),
    [
        (
            "site_text",
            "leading story",
            {
                "note": "English placement label of the tablet newspaper edition ('leading story'): interface text, site text"
            },
        ),
        ("headline", "Totale ommezwaai op til bij"),
        (
            "lede",
            "Er staat een gigantische",
            {
                "note": "intro; the stored page holds only title and intro (tablet teaser; the article body is not on the page)"
            },
        ),
    ],
)

# ---- HLN (DPG Media), local section ------------------------------------------------------------
L(
    "hln_dewever",
    None,
    [
        (
            "site_text",
            "Antwerpen",
            {
                "note": NOTITLE
                + "; the local-section label 'Antwerpen' (HLN 'In de buurt' / Antwerpen) on its own line above the intro: site text (doubtful: it could be read as a dateline, which would be article text)"
            },
        ),
        (
            "lede",
            "Antwerpen houdt de adem in",
            {
                "note": "intro; the stored page holds only the intro (the rest of the article is behind the paywall and not in the text)"
            },
        ),
    ],
)

# ---- Voetbalkrant.com (Flemish football site) ---------------------------------------------------
L(
    "voetbalkrant_vanhaezebrouck",
    None,
    [
        (
            "site_text",
            "Volg Voetbalkrant nu via",
            {
                "note": NOTITLE
                + "; promo for the site's WhatsApp channel ('Volg Voetbalkrant nu via WhatsApp!') above the intro: site text"
            },
        ),
        ("lede", "Volgend weekend staan er heel", {"note": "intro (standfirst)"}),
        ("paragraph", "Volgend weekend wordt een"),
        ("paragraph", "Zondag staan dan weer"),
        (
            "paragraph",
            "Het wordt spannend, op alle",
            {
                "note": "'vertelt Vanhaezebrouck aan Het Nieuwsblad' is a source credit inside the sentence: article text"
            },
        ),
        ("paragraph", "En dat zal voor één groep"),
    ],
)

# ---- Newslocker (aggregator), Flemish regional item from nieuwsblad.be -------------------------
L(
    "newslocker_korpschef",
    (1, 0, None),
    [
        (
            "site_text",
            "26-09-2016 05:53 via",
            {
                "note": "aggregator's timestamp and source line ('26-09-2016 05:53 via nieuwsblad.be'): interface text, site text (doubtful: 'via nieuwsblad.be' names the source, a byline-like credit)"
            },
        ),
        ("headline", "Korpschef is boos op Brussel"),
        (
            "lede",
            "Korpschef Alain Meerts van",
            {"note": "teaser/intro of the original article; the aggregator shows only this"},
        ),
        ("site_text", "Lees meer »", {"note": "aggregator's read-more link to the source: site text"}),
    ],
)

# ---- RTV Utrecht (regional broadcaster) --------------------------------------------------------
L(
    "rtvutrecht_a27",
    None,
    [
        ("byline", "Door de nieuwsredactie", {"note": NOTITLE + "; " + BYLINE_TS}),
        ("site_text", "Foto: ANP", {"note": CREDIT_ALONE}),
        ("lede", "PROVINCIE UTRECHT - Na een", {"note": DATELINE}),
        ("paragraph", "Het ongeluk gebeurde rond"),
        ("paragraph", "Rijkswaterstaat gaf de", {"note": "ends in a double full stop '..' as stored"}),
        ("site_text", "-advertentie-", {"note": "advertisement label ('-advertentie-'): site text"}),
        (
            "site_text",
            "Heeft u tips voor onze",
            {"note": "request for news tips with the tip line's phone number (two lines, one unit): site text"},
        ),
        ("site_text", "Nieuwsoverzicht", {"note": "link back to the news overview: site text"}),
    ],
)

L(
    "rtvutrecht_gladheid",
    None,
    [
        (
            "byline",
            "Door de nieuwsredactie",
            {"note": NOTITLE + "; " + BYLINE_TS + "; the separator is stored as '∑' (a mis-decoded '·')"},
        ),
        ("lede", "PROVINCIE UTRECHT - De", {"note": DATELINE}),
        ("paragraph", "De mist beperkt zich"),
        (
            "paragraph",
            "In de provincie Utrecht is de",
            {"note": "no site text in this text apart from the byline/timestamp line (which is labelled byline)"},
        ),
    ],
)

# ---- Persbureau Drenthe (regional news agency site) --------------------------------------------
L(
    "persbureaudrenthe_n33",
    None,
    [
        ("lede", "Een politieauto is aan het", {"note": NOTITLE}),
        ("paragraph", "Het ongeluk gebeurde in de"),
        ("paragraph", "Overig verkeer stond in de"),
        ("paragraph", "In tegenstelling tot de", {"note": "'Volgens de aanwezig politie' and 'invoeg fout' as stored"}),
        ("paragraph", "De politieauto behoorde toe"),
        (
            "site_text",
            "Drentse ondernemers maken",
            {
                "note": RELATED
                + ": five teasers of other (unrelated) stories, the first with its title glued to the teaser, two cut off with '...'; they are full news sentences, but not this article"
            },
        ),
        (
            "site_text",
            "Hier vind u ons:",
            {
                "note": "footer contact heading ('Hier vind u ons:'); the excerpt ends here (the address after it, if any, is not in the stored excerpt)"
            },
        ),
    ],
)

# ---- Headtopics (aggregator), Drenthe item -----------------------------------------------------
L(
    "headtopics_assen",
    None,
    [
        ("lede", "In Assen heeft de politie", {"note": NOTITLE}),
        ("paragraph", "De reden waarom hij wegreed,"),
        (
            "site_text",
            "Opnieuw ongeval op rotonde",
            {
                "note": RELATED
                + ": cards of other Assen stories, each title glued to its teaser and ending in 'Lees verder ⮕'; one card repeated with another title; the list is cut off by the excerpt limit mid-word"
            },
        ),
    ],
)

# ---- RTV Noord (regional broadcaster), daily round-up rubric ----------------------------------
RONDJE_ITEM = "numbered item of the daily round-up, glued to the previous item without a line break (paragraph; a list of items in prose form)"
L(
    "rtvnoord_rondje",
    None,
    [
        (
            "site_text",
            "Een keer per dag, om 21.00",
            {
                "note": NOTITLE
                + "; the rubric's standing intro ('Once a day, at 21.00, RTV Noord browses for the nicest and most remarkable stories from Stad en Ommeland.'), the same in every edition: site text (blind12 convention for a rubric's standing intro); the next sentence on the same line is today's intro"
            },
        ),
        ("lede", "Vandaag komen veel mensen", {"note": "today's intro, on the same line as the standing intro"}),
        (
            "paragraph",
            "1. 'Help!' De noodkreet",
            {
                "note": "first item; its two news sentences about the UMCG and the fundraiser are glued ('verbandmiddelen.Het')"
            },
        ),
        ("paragraph", "2. Hoe leg je uit dat", {"note": RONDJE_ITEM}),
        ("paragraph", "3. Acht dagen reden er geen", {"note": RONDJE_ITEM}),
        (
            "paragraph",
            "3. SBS6 door het stof'Ik",
            {
                "note": RONDJE_ITEM
                + "; numbered 3 again as stored; its title 'SBS6 door het stof' is glued to the quote that follows (kept inside the item)"
            },
        ),
        (
            "site_text",
            "Hoe dat precies zat lees je",
            {
                "note": "link pointer inside the round-up ('Hoe dat precies zat lees je hier' = read here how exactly it went): site text, glued between two items"
            },
        ),
        ("paragraph", "4. De tiende editie van", {"note": RONDJE_ITEM}),
        ("paragraph", "5. Een Duitse boot duikt op", {"note": RONDJE_ITEM}),
        (
            "paragraph",
            "6. De politie vraagt",
            {
                "tail": "Rondje Groningen is er elke",
                "note": RONDJE_ITEM
                + "; the rubric's standing outro is glued to its end ('geweld.Rondje Groningen is er elke werkdag om 21.00 uur. Lees de vorige edities hier terug' = the round-up appears every weekday at 21.00; read the previous editions here): site_text_tail",
            },
        ),
    ],
)

# ---- Westerwolde Actueel (local news site), item credited to RTV Noord ------------------------
L(
    "westerwolde_tussendekiezers",
    None,
    [
        ("lede", "GRONINGEN – In aanloop naar", {"note": NOTITLE + "; dateline 'GRONINGEN –' stays in the lede"}),
        ("paragraph", "Ze reizen langs alle"),
        (
            "paragraph",
            "*tenzij andere locatie",
            {"note": "footnote to 'gemeentehuis*' in the previous paragraph: article text"},
        ),
        ("list_item", "Maandag 2 maart – Gemeente"),
        ("list_item", "Dinsdag 3 maart – Westerwolde"),
        ("list_item", "Woensdag 4 maart – Veendam"),
        ("list_item", "Donderdag 5 maart –"),
        ("list_item", "Vrijdag 6 maart – Oldambt"),
        ("paragraph", "Inwoners zijn tussen 12:00"),
        ("paragraph", "Centraal staat de vraag:"),
        (
            "site_text",
            "Bron: RTV Noord",
            {
                "note": "source credit of the republished item ('Bron: RTV Noord'): site text"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was byline)"
            },
        ),
    ],
)

# ---- Nieuwsblik (aggregator) --------------------------------------------------------------------
L(
    "nieuwsblik_overvallen",
    (0, 0, None),
    [
        (
            "headline",
            "Nederland –",
            {
                "note": "the title with the aggregator's region label 'Nederland –' glued before it on the same line (a "
                "kicker on the headline's line): the label stays in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was a site-text block)"
            },
        ),
        (
            "lede",
            "Politiemedewerkers hebben",
            {"note": "teaser of the source article ('167 minderjarige verdachten van aangehouden' as stored)"},
        ),
        (
            "site_text",
            "Lees verder bij de bron van",
            {"note": "aggregator's link to the source ('Lees verder bij de bron van het artikel'): site text"},
        ),
    ],
)

# ---- Haren de Krant (local paper site) --------------------------------------------------------
L(
    "harendekrant_1april",
    None,
    [
        ("site_text", "Nieuws:", {"note": NOTITLE + "; section label 'Nieuws:': site text"}),
        ("byline", "Door: Redactie"),
        (
            "paragraph",
            "We hebben ons afgelopen week",
            {
                "note": "the whole item is the paper's own note that its earlier story was an April-fool joke; article text (the first paragraph could also be called the lede)"
            },
        ),
        ("paragraph", "Wij ontvingen veel"),
    ],
)

# ---- Sportmannl.com (Dutch sports site) ---------------------------------------------------------
L(
    "sportmannl_jpl",
    (0, 0, None),
    [
        ("headline", "Nog even en dan gaat de"),
        ("lede", "Het duurt nog een week vanaf"),
        ("paragraph", "De Super Cup van België"),
        ("paragraph", "Volgende week vrijdag, op 26", {"note": "'in acite' as stored"}),
        ("paragraph", "Op de zondag, een dag later,"),
        ("paragraph", "Voor de teams op het tweede"),
        (
            "site_text",
            "Recent over Jupiler Pro",
            {
                "note": "heading of the related-articles list ('Recent over Jupiler Pro League:'); the list itself is not in the stored excerpt (cut by the excerpt limit or not extracted)"
            },
        ),
    ],
)

# ---- Headliner Limburg (aggregator) with an L1 news bulletin summary ---------------------------
L(
    "headliner_l1nieuws",
    (0, 0, None),
    [
        (
            "headline",
            "L1 Nieuws - 11 november 2025",
            {"note": "title of the L1 evening bulletin item (programme name + date), kept whole as the headline"},
        ),
        (
            "site_text",
            "dinsdag, 11 november 2025",
            {
                "note": "aggregator's timestamp and source line ('dinsdag, 11 november 2025 (18:31) - L1.nl'): interface text, site text (doubtful: '- L1.nl' names the source)"
            },
        ),
        (
            "site_text",
            "In dit artikel:",
            {
                "note": "aggregator's label above its summary ('In dit artikel:' = in this article): interface text, site text"
            },
        ),
        ("lede", "Demissionair minister Robert", {"note": "first summary paragraph"}),
        ("paragraph", "In de ochtend werden"),
        ("paragraph", "Het vastelaovesseizoen ging"),
        (
            "paragraph",
            "Politiek nieuws: van veertien",
            {"note": "'Politiek nieuws:' is the summary's own topic prefix: article text"},
        ),
        ("paragraph", "Sport: amazone Jody van", {"note": "'Sport:' is the summary's own topic prefix: article text"}),
    ],
)

# ---- Tubantia (DPG Media regional paper), Deventer pages ------------------------------------
L(
    "tubantia_n344",
    (0, 0, None),
    [
        ("headline", "Ravage en gewonde na mislukte"),
        ("lede", "Een mislukte inhaalactie heeft", {"note": "intro"}),
        ("paragraph", "Het ongeluk gebeurde rond"),
        ("paragraph", "Volgens de politie ter plaatse"),
        ("paragraph", "De weg werd vanwege de ravage"),
        (
            "site_text",
            "Gratis onbeperkt toegang tot",
            {
                "note": "promo for the entertainment section with account sign-up ('Gratis onbeperkt toegang tot Showbytes? Dat kan!' / 'Log in of maak een account aan en mis niks meer van de sterren.' with 'Lees Meer' glued to the end): site text, one unit"
            },
        ),
        (
            "site_text",
            "-\nPREMIUM\nDeventer hengelaar",
            {
                "note": RELATED
                + ": other (unrelated) stories, separated by '-' lines, with the paywall label 'PREMIUM' on its own line and once glued to a section label ('PREMIUMmantelzorg'); cut off by the excerpt limit mid-word"
            },
        ),
    ],
)

L(
    "tubantia_fietser",
    None,
    [
        (
            "site_text",
            "MET VIDEO",
            {
                "note": NOTITLE
                + "; media label 'MET VIDEO' (with video) glued to the first word of the intro ('MET VIDEOEen 21-jarige'): site text, cut from the lede at the glue point"
            },
        ),
        ("lede", "Een 21-jarige fietser uit", {"note": "intro, after the glued 'MET VIDEO' label"}),
        (
            "paragraph",
            "Het ongeluk gebeurde op de",
            {"note": "ends with a quote attributed to the police spokeswoman: article text"},
        ),
        ("paragraph", "Vanwege de ernst van de"),
        ("paragraph", "De vrachtwagen kwam op de"),
        (
            "site_text",
            "Volledig scherm",
            {
                "note": "image-viewer button text ('Volledig scherm' = full screen) glued before the photo caption: site text, cut from the caption"
            },
        ),
        (
            "caption",
            "Fietser gewond na aanrijding",
            {
                "tail": "© Rens Hulman",
                "note": "photo caption; its credit '© Rens Hulman' is the tail"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was kept in the caption)",
            },
        ),
    ],
)

# ---- FOK! frontpage (news/community site) -------------------------------------------------------
L(
    "fok_centraal",
    None,
    [
        ("lede", "Voor het centraal station van", {"note": NOTITLE}),
        ("paragraph", "De automobilist is"),
        ("paragraph", "Ooggetuigen melden tegen de"),
        (
            "subheading",
            "Update 22:23 uur",
            {
                "note": "update heading of the article (the update's time): article structure, kept as article text (doubtful: an update timestamp is close to liveblog furniture)"
            },
        ),
        ("paragraph", "De NOS weet te melden dat", {"note": "no site text in this text"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 74 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NOS, De Gelderlander, RTV Noord, Omroep Flevoland, Dagblad van het Noorden, NRC, Trouw, De Stentor)
and eight Flemish (BRUZZ, Knack, Focus-WTV, TVL, Sporza, Gazet van Antwerpen, De Tijd, KW). They come
from the `search` tool's "pages" corpus (stored public web pages, text as the store extracted it),
which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind74 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
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
    "nos_aznec": (
        "https://next.nos.nl/liveblog/2495820-az-nec-1-2-definitief-gestaakt-dost-zakte-in-elkaar-is-weer-bij-kennis",
        None,
    ),
    "gld_nieuwsgemist": (
        "https://www.gelderlander.nl/home/nieuws-gemist-trucker-handelt-in-langs-de-a15-getankte-diesel-en-enthousiaste-opa-raakt-nec-fans~a9590846/",
        "2021-11",
    ),
    "rtvn_koningsdag": ("http://www.rtvnoord.nl/nieuws/177414/Lees-terug-Zo-viert-Groningen-Koningsdag", "2017-04"),
    "of_floriade": ("http://www.omroepflevoland.nl/dossier/130/floriade-2022", None),
    "dvhn_fakkeltocht": (
        "https://dvhn.nl/groningen/Deze-mensen-lopen-mee-in-de-fakkeltocht-voor-Groningen-27396749.html",
        None,
    ),
    "nrc_formatieblog": ("https://www.nrc.nl/nieuws/2021/04/30/formatieblog-30-april-a4041928", "2021-04"),
    "trouw_hetwerk": (
        "https://www.trouw.nl/nieuws/katholieke-sekte-het-werk-eist-ook-in-limburg-slachtoffers~bc43aa22/",
        None,
    ),
    "stentor_storm": (
        "https://www.destentor.nl/binnenland/rutte-tolereert-geen-intimidatie-meer-door-boze-boeren~a52b7999/",
        None,
    ),
    # Flemish
    "bruzz_politiek": (
        "https://www.bruzz.be/videoreeks/vrijdag-3-februari-2023/video-de-politieke-week-over-het-begrotingstekort-en-metro-3",
        None,
    ),
    "knack_aso": ("https://www.knack.be/magazine/de-concurrentie-in-het-aso-segment-is-moordend/", None),
    "focus_staking": ("https://focus-wtv.be/mobiliteit/staking-treft-treinreizigers", None),
    "tvl_nieuws": ("https://tvl.be/nieuws/tvl-nieuws-3-augustus-2021-123332", None),
    "sporza_jpl": (
        "https://sporza.be/nl/2024/11/03/trotse-opa-scheids-met-haast-en-verzoening-in-brussel-deze-beelden-uit-de-jpl-zag-je-nog-niet~1730657620024/",
        "2024-11",
    ),
    "gva_irakezen": ("http://www.gva.be/cnt/dmf20170731_02996372/veertien-irakezen-opgepakt-langs-snelweg", None),
    "tijd_kaaiman": ("https://www.tijd.be/kaaiman/Kaaiman-kiest-keurig-Gemeyne-borze/10536201", None),
    "kw_roeselare": (
        "https://kw.knack.be/west-vlaanderen/nieuws/politiek/herbeleef-de-roeselaarse-gemeenteraad-leen-is-terug-van-weggeweest/live-normal-296041.html",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; football liveblog, a sport report) ---------------------------
L(
    "nos_aznec",
    (2, 0, None),
    [
        ("site_text", "Eredivisie-blog", {"note": "genre label on its own line above the title: site text"}),
        (
            "site_text",
            "NOS VoetbalAangepast",
            {
                "note": "the channel name ('NOS Voetbal') and the edit status ('Aangepast') glued into one word: one site-text block (a date/edit line with the brand)"
            },
        ),
        ("headline", "AZ-NEC (1-2) definitief gestaakt", {"note": "the liveblog's title, first copy on its own line"}),
        ("site_text", "liveblog gesloten", {"note": "the liveblog's status label: site text"}),
        ("subheading", "Bedankt", {"note": "entry heading (the entry times are lost by the extractor)"}),
        ("lede", "Met de relatief goede berichten over", {"note": "the first entry's text (no intro under the title)"}),
        ("paragraph", "Bedankt voor het volgen van het live"),
        (
            "subheading",
            "De ranglijst van de eredivisie",
            {
                "note": "heading of an entry whose body (an embedded standings table) is lost: subheading (doubtful: could be read as the title of an embedded graphic, site text)"
            },
        ),
        ("subheading", "Van Schaik: 'Dost bijgebracht op het"),
        ("paragraph", '"Voor zover we nu weten'),
        ("paragraph", '"Bas is even weggeweest'),
        ("paragraph", "Dost werd met een brancard van het"),
        ("paragraph", "De vader van Dost was in het stadion"),
        ("paragraph", "De spits van NEC wordt in het zieken"),
        (
            "caption",
            "NEC-directeur Van Schaik over Dost:",
            {
                "note": "the title of an embedded video under the entry: a caption with words of its own (doubtful: it repeats the quote above and could be read as player furniture)"
            },
        ),
        ("subheading", "Wedstrijd definitief gestaakt"),
        ("paragraph", "NEC wil niet verder, AZ schaart zich"),
        ("paragraph", "Er resteerden nog vijf minuten"),
        ("subheading", "Dost bij kennis"),
        ("paragraph", "Luid applaus in het stadion na de", {"note": CUT}),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional daily; the day's 'nieuws gemist' round-up) -------------
L(
    "gld_nieuwsgemist",
    None,
    [
        (
            "subheading",
            "GEEN TREIN (WANT GEEN VERKEERSLEIDER)",
            {
                "note": NOTITLE
                + " (the excerpt starts at the round-up's first item); item title in capitals with its ' |' separator, glued before the item's text: split off as a subheading"
            },
        ),
        (
            "lede",
            "Wie dinsdagochtend de trein wil pakken",
            {"tail": "Lees meer.", "note": "the first item's text; the glued link label 'Lees meer.' its tail"},
        ),
        ("subheading", "GEEN IC-VERPLEEGKUNDIGE |"),
        ("paragraph", "Ziekenhuizen in de regio staan te"),
        ("subheading", "PLUIMVEE GERUIMD IN OTTERLO |"),
        ("paragraph", "Een pluimveehouderij in Otterlo is"),
        ("subheading", "AUTO RAMT HUIS |"),
        ("paragraph", "Het ongeluk gebeurde vanochtend in"),
        (
            "paragraph",
            "Beelden van de situatie kort na de",
            {
                "note": "the line introducing an embedded video (the video lost): article text (doubtful: could be read as player furniture)"
            },
        ),
        ("subheading", "CORONA-UPDATE |"),
        (
            "paragraph",
            "Het aantal coronapatiënten in zieken",
            {"tail": "Lees bij in ons liveblog.", "note": "the glued plug for the liveblog its tail"},
        ),
        ("subheading", "MAAKT MONDKAPJE", {"note": "the next item's title; " + CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; the intro of a Koningsdag liveblog) -------
L(
    "rtvn_koningsdag",
    (0, 0, None),
    [
        ("headline", "Lees terug: Zo viert Groningen", {"note": "the title with its glued kicker ('Lees terug:')"}),
        (
            "site_text",
            "(Foto: Arjan Heugens / Twitter)",
            {"note": "a photo credit on a line of its own (the photo's caption lost): site text"},
        ),
        (
            "lede",
            "Koningsdag in de provincie Groningen",
            {
                "tail": "Volg de ontwikkelingen van Koningsdag",
                "note": "the liveblog's intro; its 'Volg de ontwikkelingen ... in dit liveblog' sentences, the"
                " liveblog's own intro, the tail (relabelled stop 51 to STRUCTURE_CONVENTIONS.md; were article text)",
            },
        ),
        ("byline", "Door: RTV Noord", {"note": "author line"}),
        (
            "site_text",
            "Correctie melden",
            {"note": "the 'report a correction' link label glued after the byline: site text"},
        ),
    ],
)

# ---- Omroep Flevoland (omroepflevoland.nl, NL regional broadcaster; a dossier page of three items) ---------
L(
    "of_floriade",
    (1, 0, None),
    [
        ("site_text", "advertentie", {"note": "advertisement label above the page: site text"}),
        (
            "headline",
            "Dossier: Floriade 2022",
            {
                "note": "the dossier page's title with its glued label ('Dossier:'), the only title of the page (doubtful: a page heading rather than a story title)"
            },
        ),
        (
            "site_text",
            "Almere 20 april 2017",
            {
                "note": "each item opens with its place tag and publication date on a line of its own: site text, as structure_blind72 of_dag (doubtful: the place could be read as a dateline)"
            },
        ),
        (
            "lede",
            "De meeste politieke partijen in Almere",
            {"note": "the first item's text (the item titles are lost)"},
        ),
        ("site_text", "Almere 11 april 2017", {"note": "the next item's place tag and date"}),
        ("paragraph", "Als het aan de ChristenUnie in Almere"),
        ("site_text", "Almere 10 april 2017", {"note": "the next item's place tag and date"}),
        ("paragraph", "Bewoners van drie appartementencomplex", {"note": CUT}),
    ],
)

# ---- Dagblad van het Noorden (dvhn.nl, NL regional daily; feature teaser before the paywall) ---------------
L(
    "dvhn_fakkeltocht",
    None,
    [
        ("lede", "'Schandalig.' 'Woest en verdrietig.'", {"note": NOTITLE + "; the intro"}),
        (
            "caption",
            "Tweeduizend fakkels zijn er.",
            {"note": "the lead image's caption, above its credit (doubtful: could be a second intro paragraph)"},
        ),
        ("site_text", "Bewerking: DVHN", {"note": "the image credit on a line of its own: site text"}),
        (
            "subheading",
            "Janny Kooistra (50) uit Uithuizen",
            {"note": "the first portrait's heading (name, age, place)"},
        ),
        ("site_text", "Direct verder lezen?", {"note": "the paywall prompt where the free text ends: site text"}),
    ],
)

# ---- NRC (nrc.nl, NL national daily; the opening of a formation liveblog) ---------------------------------
L(
    "nrc_formatieblog",
    None,
    [
        (
            "subheading",
            "Welkom in dit nieuwe blog over de",
            {
                "note": NOTITLE
                + " (the page title 'Formatieblog 30 april' is lost); the first entry's heading; "
                + CLEAN
            },
        ),
        (
            "lede",
            "In dit blog houdt NRC het laatste",
            {
                "note": "the blog's opening: its first sentence names the blog but reports news of its own (the formation restarted), so article text (doubtful: could be read as a standing line)"
            },
        ),
        ("paragraph", "Het debat begon in de ochtend en ging"),
    ],
)

# ---- Trouw (trouw.nl, NL national daily; background report) -----------------------------------------------
L(
    "trouw_hetwerk",
    (0, 0, None),
    [
        ("headline", "Katholieke 'sekte' Het Werk eist ook", {"note": CLEAN}),
        ("lede", "De dekens van het bisdom Roermond", {"note": "the intro"}),
        ("byline", "PETER DE GREEF", {"note": "author line in capitals: byline"}),
        ("paragraph", "Het is nu bijna vier jaar geleden dat"),
        ("paragraph", "Tot ongeveer een week geleden dacht"),
        ("paragraph", "Met hulp van zijn zus en haar man"),
        ("paragraph", "Patrick is een", {"note": CUT}),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily; news-ticker item) ----------------------------------------
L(
    "stentor_storm",
    (0, 0, None),
    [
        (
            "headline",
            "video Storm Ciara zondag mogelijk",
            {
                "note": "the item's title with its glued genre label ('video'), which stays in the headline (kicker row); the store's text of this URL is a ticker item, not the story its slug names"
            },
        ),
        ("site_text", "12:46", {"note": "the publication time glued before the item's text: site text, split off"}),
        ("lede", "De storm die dit weekend Nederland"),
    ],
)

# ---- BRUZZ (bruzz.be, Flemish Brussels media; video item of the weekly politics programme) ----------------
L(
    "bruzz_politiek",
    None,
    [
        (
            "lede",
            "Herbekijk de politieke week met BRUZZ",
            {"note": NOTITLE + "; the video's summary (it reports the week's news: article text)"},
        ),
        ("site_text", "Iets gezien in de stad?", {"note": "the standing call to send in news: site text"}),
        ("site_text", "Site by wieni", {"note": "the site builder's credit: site text"}),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; double interview) -----------------------------------------------
L(
    "knack_aso",
    (0, 0, None),
    [
        ("headline", "‘De concurrentie in het aso-segment"),
        (
            "caption",
            "PASCAL VANHOECKE: 'Hoe ik mijn team",
            {
                "tail": "© FRANKY VERDICKT",
                "note": "the photo caption (the two interviewees with a quote each); the glued credit its tail",
            },
        ),
        ("lede", "Onderweg naar 1 september bedwong", {"note": "the intro"}),
        ("paragraph", "De Sint-Bavohumaniora ontwaakt", {"note": CUT}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; news item) -------------------------------
L(
    "focus_staking",
    (0, 0, None),
    [
        ("headline", "Staking treft treinreizigers"),
        ("lede", "Het treinverkeer van en naar Brussel", {"note": "the intro"}),
        ("paragraph", "De vakbonden organiseren een"),
        (
            "site_text",
            "Belga",
            {
                "note": "the news agency's name alone on the last line: a source line, site text (doubtful: could be read as a byline, 'Door Belga')"
            },
        ),
    ],
)

# ---- TVL (tvl.be, Flemish regional TV, Limburg; the evening bulletin page) ---------------------------------
L(
    "tvl_nieuws",
    (2, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label glued before the date line: site text, split off"}),
        ("site_text", "03/08/2021 - 18:31", {"note": "publication date and time: site text"}),
        ("headline", "TVL Nieuws, 3 augustus 2021", {"note": "the bulletin's title (programme name and date)"}),
        (
            "list_item",
            "- Nina Derwael kijkt ernaar uit",
            {
                "note": "the bulletin's items, one dashed line each: list items (doubtful: could be read as lede and paragraphs)"
            },
        ),
        ("list_item", "- Borgloon en Tongeren plannen"),
        ("list_item", "- De zomerbars verdrinken"),
        ("list_item", "- De vierde generatie van"),
        ("list_item", "- En Pukkelpop pakt plots uit"),
    ],
)

# ---- Sporza (sporza.be, VRT's sport news; round-up of a football matchday) ---------------------------------
L(
    "sporza_jpl",
    (0, 0, None),
    [
        ("headline", "Trotse opa, scheids met haast en"),
        ("site_text", "ma 4 november 2024 11:19", {"note": "publication date line: site text"}),
        ("lede", "Heel wat sportieve, maar ook extra", {"note": "the intro"}),
        ("subheading", "Scheids met haast in Leuven"),
        ("paragraph", "Moest hij dringend naar het toilet?"),
        ("subheading", "Huldiging voor Mike De Decker"),
        ("paragraph", "Voor de wedstrijd tussen KV Mechelen"),
        ("subheading", 'Besnik Hasi over Moris: "Samen'),
        ("paragraph", "Na de wedstrijd van Mechelen ging het"),
        ("subheading", "Een wel heel jonge omroeper bij Genk"),
        (
            "paragraph",
            "Wat goed is, komt snel.",
        ),
        ("subheading", "Spektakel voor de wedstrijd in"),
        (
            "paragraph",
            "Op het veld was er de afgelopen weken",
            {"note": "ends on 'Geniet zelf even mee.', a pointer to the video: article text"},
        ),
        ("subheading", "Kramp langs de kant"),
        ("paragraph", "Tijdens de tweede helft", {"note": CUT}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; police report, free teaser) ----------------------
L(
    "gva_irakezen",
    None,
    [
        (
            "lede",
            "Turnhout - De politiediensten hebben",
            {"note": NOTITLE + "; the intro with its place dateline ('Turnhout -'), which stays in the lede"},
        ),
        (
            "paragraph",
            "Bij de lokale politie in Turnhout liep",
            {
                "tail": "...",
                "note": "the free teaser ends in the site's cut marker ' ...' (the paywall): its tail, as the '…' before a feed's truncation marker (doubtful: the dots could be read as the text's own)",
            },
        ),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; satirical column 'Kaaiman') --------------------------------
L(
    "tijd_kaaiman",
    None,
    [
        ("lede", "Velen vragen zich af: zou er ergens", {"note": NOTITLE + "; the column's opening; " + CLEAN}),
        ("paragraph", "Laten we even stilstaan bij wat de"),
        ("paragraph", "Goede bedrijven, slechte bedrijven,", {"note": CUT}),
    ],
)

# ---- KW (kw.knack.be, Krant van West-Vlaanderen, Flemish regional weekly; council liveblog) ----------------
L(
    "kw_roeselare",
    (0, 0, None),
    [
        (
            "headline",
            "Live Herbeleef de Roeselaarse gemeente",
            {"note": "the title with its glued label ('Live'), which stays in the headline (kicker row)"},
        ),
        ("site_text", "22/01/18 om 12:14 - Bijgewerkt om", {"note": "publication and update time line: site text"}),
        ("lede", "Maandagavond stond de eerste gemeente", {"note": "the intro"}),
        (
            "site_text",
            "Herbeleef de Roeselaarse gemeenteraad",
            {"note": "the title printed again (the lead photo's title), without its label: a later copy, site text"},
        ),
        ("site_text", "© GF", {"note": "the lead photo's credit on a line of its own: site text"}),
        ("byline", "• Peter Soete", {"note": "the entry's author, with the list bullet: byline"}),
        ("subheading", "De zitting is afgelopen", {"note": "entry heading"}),
        ("paragraph", "Ziezo, de eerste gemeenteraadszitting"),
        ("byline", "• Peter Soete"),
        ("subheading", "Sportkooi aan banden gelegd ?"),
        ("paragraph", "Filip Deforche (Vlaams Belang) wil de"),
        ("paragraph", '"Ik wil toch een en ander in een'),
        ("paragraph", "Waarop Filip Deforche zijn voorstel"),
        ("byline", "• Peter Soete"),
        ("subheading", "Vertegenwoordigers in DVV Midwest"),
        ("paragraph", "Bij de die", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

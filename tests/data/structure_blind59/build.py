#!/usr/bin/env python3
"""Rebuild structure development set 59 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language pages of sixteen mainstream news outlets, eight Dutch (NOS,
NU.nl, Nederlands Dagblad, Het Parool, NPO Radio 1, L1, NRC, NH Nieuws) and eight Flemish (Knack,
HLN, TVL, BRUZZ, ROB-tv, De Standaard, Focus-WTV, De Morgen). They come from the `search` tool's
"pages" corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched
by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind59 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text:
each block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker; its
gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of site text
glued to the end of a block (gold `site_text_tail`). The headline is (block index, start, end) into
that block's text (end None = to the block's end). Standard library only; the cutting is done by
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
    "nos_kabinet": ("https://nos.nl/video/2539597-is-het-kabinet-nu-al-aan-het-wiebelen-rondje-binnenhof-73", None),
    "nu_twente": (
        "https://www.nu.nl/voetbal/6014765/ajax-na-twintig-minuten-op-2-0-achterstand-tegen-fc-twente.html",
        None,
    ),
    "nd_klimaat": (
        "https://www.nd.nl/nieuws/buitenland/542394/koude-ontvangst-door-trump-van-nieuw-klimaatrapport-vs",
        None,
    ),
    "parool_zomer": (
        "https://www.parool.nl/amsterdam/het-beste-van-het-parool-deze-zomer-deze-14-amsterdamse-verhalen-mocht-je-niet-missen~bd82380f/",
        "2023-09",
    ),
    "npo_gaskraan": (
        "https://nporadio1.nl/fragmenten/nos-met-het-oog-op-morgen/7bffcb97-fd78-4fb5-9cdf-6c9ada99df3c/2019-09-10-gaskraan-gaat-dicht-maar-groningen-is-er-niet-gerust-op",
        None,
    ),
    "l1_nieuws": ("https://l1.nl/8-dec-2014-16193", None),
    "nrc_inbox": ("https://www.nrc.nl/nieuws/2022/09/10/inbox-van-de-redactie-a4141385", None),
    "nh_inflatie": (
        "https://www.nhnieuws.nl/nieuws/n90288/vanavond-op-tv-onderzoek-naar-bagagewerk-recordinflatie",
        "2022-09",
    ),
    "knack_nva": (
        "http://www.knack.be/nieuws/n-va-wil-in-federalen-en-vlaamse-regering/video-iwatch-145783.html",
        None,
    ),
    "hln_koers": (
        "https://www.hln.be/sport/wielrennen/koers-kort-geen-medaille-voor-de-ketele-zieke-demare-niet-in-omloop-kopecky-19de-in-omnium-roglic-dankt-de-plus~a8232d8d/?utm_medium=rss&utm_content=Sport",
        "2019-03",
    ),
    "tvl_fusie": ("https://www.tvl.be/nieuws/kickrs-betaalt-investeerders-terug", "2017-04"),
    "bruzz_bozar": (
        "https://www.bruzz.be/videoreeks/donderdag-9-juni-2022/video-bruzz-24-over-het-afscheid-van-bozar-directeur-sophie",
        None,
    ),
    "rob_westra": ("https://robtv.be/nieuws/viona-westra-over-25-jaar-rob-tv-ik-werkte-70-uur-per-week-68909", None),
    "ds_onderwijsraad": ("https://www.standaard.be/cnt/dst9910220019", None),
    "wtv_beker": ("https://focus-wtv.be/avondnieuws/nieuws-wtv-05-mei?thema=tv-zone", None),
    "dm_ademloos": (
        "https://www.demorgen.be/nieuws/ademloos-was-niet-ons-eerste-project-samen-dat-was-onze-relatie~bd6f6949/?utm_source=link&utm_medium=social&utm_campaign=shared_earned",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
MORE = "link 'Lees het volledige verhaal.' glued to the entry's end: site_text_tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, Dutch public broadcaster; video item of a politics series) -------------------
L(
    "nos_kabinet",
    (1, 0, None),
    [
        ("site_text", "NOS Nieuws • vandaag, 15:15", {"note": "site name with the publication time: site text"}),
        (
            "headline",
            "Is het kabinet nu al aan het wiebelen?",
            {"note": "the title with the series name '| Rondje Binnenhof #73' glued on its line, kept in it"},
        ),
        (
            "lede",
            "Er hangt spanning in de lucht",
            {
                "tail": "Dat en meer in Rondje 73.",
                "note": "the episode's intro; the series' closing formula 'Dat en meer in Rondje 73.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
    ],
)

# ---- NU.nl (nu.nl, Dutch news site; football liveblog) -------------------------------------------
L(
    "nu_twente",
    None,
    [
        (
            "lede",
            "In de Eredivisie komen zondag alle",
            {
                "tail": "Volg alles in ons liveblog.",
                "note": NOTITLE
                + "; the liveblog's intro; its closing 'Volg alles in ons liveblog.' the tail (relabelled stop 51 to STRUCTURE_CONVENTIONS.md)",
            },
        ),
        (
            "site_text",
            "12.15 uur:",
            {
                "note": "the liveblog's score and programme box (kick-off times and matches, one a line), up to "
                "'FC Emmen-PSV' glued before the first entry: site text, one block (doubtful: could be read as a "
                "list of the article)"
            },
        ),
        (
            "site_text",
            "Goedemiddag en welkom in ons liveblog",
            {
                "note": "the liveblogger's welcome ('... ik houd je ... op de hoogte'): the liveblog's own intro (relabelled stop 51 to STRUCTURE_CONVENTIONS.md)"
            },
        ),
        ("paragraph", "25' Einde wedstrijd voor Quincy", {"note": "liveblog entries glued on one line"}),
        ("paragraph", "Wat gebeurt hier allemaal?"),
        ("paragraph", "Een prachtige goal van Keito Nakamura", {"note": CUT}),
    ],
)

# ---- Nederlands Dagblad (nd.nl, Dutch national daily; foreign news item) -------------------------
L(
    "nd_klimaat",
    (1, 0, None),
    [
        ("site_text", "*", {"note": "a lone '*' above the title (extraction residue): site text"}),
        ("headline", "Koude ontvangst door Trump"),
        ("lede", "Het nieuwe rapport van de", {"note": "the intro; the excerpt ends with it"}),
    ],
)

# ---- Het Parool (parool.nl, Amsterdam daily; list of summer stories) -------------------------------
L(
    "parool_zomer",
    None,
    [
        ("lede", "De scholen zijn weer begonnen", {"note": NOTITLE + "; the list article's intro"}),
        ("subheading", "1. Onderzoek: hoe verging het", {"note": "numbered entry title of the list article"}),
        ("paragraph", "Begin 2021 werd een pasgeboren", {"tail": "Lees het volledige verhaal.", "note": MORE}),
        ("subheading", "2. Oud-medewerkers over het"),
        ("paragraph", "De failliet verklaarde Amsterdamse", {"tail": "Lees het volledige verhaal.", "note": MORE}),
        ("subheading", "3. Cultureel Amsterdam bruist"),
        ("paragraph", "Cultureel Amsterdam is volop in", {"tail": "Lees het volledige verhaal.", "note": MORE}),
        ("subheading", "4. Hoe IJburg jarenlang gebukt"),
        ("paragraph", "Bewoners en ondernemers rondom", {"note": CUT}),
    ],
)

# ---- NPO Radio 1 (nporadio1.nl, Dutch public radio; fragment of 'NOS met het Oog op Morgen') -----
L(
    "npo_gaskraan",
    (1, 0, None),
    [
        ("site_text", "Fragment", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "Gaskraan gaat dicht, maar Groningen"),
        (
            "site_text",
            "- Fragmenten",
            {"note": "breadcrumb (section, then the title again, one item a line): site text, one block"},
        ),
        ("lede", "Niet in 2030, maar al in 2022"),
        ("site_text", "Video niet beschikbaar", {"note": "player notice: site text"}),
    ],
)

# ---- L1 (l1.nl, Limburg regional broadcaster; evening bulletin page) ------------------------------
L(
    "l1_nieuws",
    None,
    [
        (
            "site_text",
            "8 dec 2014",
            {"note": "the page title is the bulletin's date: a date line, site text (doubtful: the page title)"},
        ),
        (
            "site_text",
            "Afbeelding ter illustratie © Bron: L1",
            {"note": "caption that is only an illustration notice with its credit: site text"},
        ),
        (
            "site_text",
            "De onderwerpen van L1NWS:",
            {
                "note": "the bulletin's standing lead-in ('the topics of L1NWS:'): site text (doubtful: could be the lede)"
            },
        ),
        ("subheading", "Fractievoorzitters Maastricht", {"note": "item title of the bulletin"}),
        ("lede", "De fractievoorzitters in Maastricht", {"note": "the first item's text, the first body paragraph"}),
        ("subheading", "Bijna 500 zelfmoorden in Limburg"),
        ("paragraph", "Nog nooit werden in Nederland"),
        ("subheading", "Robbie Williams terug op Pinkpop"),
        ("paragraph", "Met drie wereldtoppers"),
        ("subheading", "Leegloop techniekopleidingen"),
        ("paragraph", "Techniek-opleidingen in Limburg"),
        ("subheading", "Start L1 Samen voor de Voedselbank"),
        ("paragraph", "Vandaag is de actie L1 Samen"),
        ("subheading", "Verder zonder Voedselbank"),
        ("paragraph", "In Limburg maken bij de", {"note": CUT}),
    ],
)

# ---- NRC (nrc.nl, Dutch national daily; opinion desk's column) -----------------------------------
L(
    "nrc_inbox",
    (1, 0, None),
    [
        ("site_text", "Opinie", {"note": "section label on its own line above the title: site text"}),
        ("headline", "Inbox van de redactie"),
        ("lede", "Wat schreven de lezers deze week", {"note": "the intro under the title"}),
        ("paragraph", "Hier dus. U heeft het"),
        ("paragraph", "Zo maakt illustrator Kwennie"),
        ("paragraph", "Dat is wat ons de laatste dagen"),
        ("paragraph", "De spoorstaking bijvoorbeeld.", {"note": CUT}),
    ],
)

# ---- NH Nieuws (nhnieuws.nl, Noord-Holland regional broadcaster; item of a TV listing) ------------
L(
    "nh_inflatie",
    (0, 0, None),
    [
        (
            "headline",
            "Hoogste inflatie ooit",
            {
                "note": "the item's title, the first line of the excerpt (doubtful: on the page it heads one item of "
                "an evening's TV listing, whose own title is not in the excerpt); " + CLEAN
            },
        ),
        ("lede", "De prijzen in Nederland lagen"),
        ("paragraph", "De roep om snelle maatregelen"),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; video item) -------------------------------------------
L(
    "knack_nva",
    (1, 0, None),
    [
        ("site_text", "Video | Nieuws", {"note": "genre and section labels on their own line: site text"}),
        ("headline", "“N-VA wil in federalen"),
        ("lede", "“De N-VA komt nu samen om"),
        (
            "site_text",
            "“De N-VA komt nu samen om",
            {"note": "the paragraph printed twice in a row: the second copy is site text"},
        ),
        ("site_text", "Fout opgemerkt of meer nieuws?", {"note": "standing tip line: site text"}),
        ("site_text", "Partner Content", {"note": "promo label: site text"}),
    ],
)

# ---- HLN (hln.be, Flemish daily; cycling news round-up) ----------------------------------------------
L(
    "hln_koers",
    (0, 0, None),
    [
        (
            "headline",
            "KOERS KORT. Geen medaille voor De",
            {"note": "the title with its rubric kicker 'KOERS KORT.' on the same line, kept in it"},
        ),
        ("byline", "Redactie", {"note": "author line ('Redactie') glued to the end of the title line: byline"}),
        ("site_text", "01 maart 2019", {"note": "publication date and time, two lines: site text, one block"}),
        (
            "site_text",
            "Bron: Belga 0",
            {"note": "source line with the comment count ('0') glued: site text"},
        ),
        ("subheading", "Kopecky wordt negentiende in omnium", {"note": "item title of the round-up"}),
        ("lede", "Lotte Kopecky is op het WK"),
        ("paragraph", "De 23-jarige Kopecky speelde"),
        ("paragraph", "Kirsten Wild (36) verlengde"),
        ("subheading", "Geen medaille voor De Ketele"),
        ("paragraph", "Kenny De Ketele (33) heeft"),
        ("paragraph", "“Met de conditie die ik heb"),
        (
            "site_text",
            "Wow! Can Schip breaks away",
            {
                "note": "embedded tweet (English, with its picture link, account and 'link'): site text "
                "(doubtful: an embed could be read as a quote of the article)"
            },
        ),
        ("paragraph", "Begin januari liep De Ketele", {"note": CUT}),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; news item) ---------------------------------------------------
L(
    "tvl_fusie",
    None,
    [
        (
            "lede",
            '"Voetbal leeft niet in Hasselt.',
            {
                "tail": "Deel 5 in onze reeks",
                "note": NOTITLE
                + "; the whole item is one paragraph; the series line glued to its end ('Deel 5 in onze reeks \"Wat als Hasselt en Genk zouden fuseren?\".') its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; the page was labelled clean)",
            },
        ),
    ],
)

# ---- BRUZZ (bruzz.be, Brussels news medium; video bulletin page) ------------------------------------
L(
    "bruzz_bozar",
    None,
    [
        ("lede", "Herbekijk hier BRUZZ 24 over het", {"note": NOTITLE + "; the bulletin's summary"}),
        ("site_text", "Lees ook: BRUZZ 24 over opening", {"note": "related-item link: site text"}),
        ("site_text", "Lees meer over: BRUZZ 24", {"note": "tag list: site text"}),
    ],
)

# ---- ROB-tv (robtv.be, East-Brabant regional TV; news item) -----------------------------------------
L(
    "rob_westra",
    (0, 0, None),
    [
        ("headline", "Viona Westra over 25 jaar ROB-tv:"),
        (
            "lede",
            '"Dag kijkers, welkom bij de',
            {"note": "the item's teaser, ending in the site's '...'; " + CLEAN},
        ),
    ],
)

# ---- De Standaard (standaard.be, Flemish daily; archive news item) ------------------------------------
L(
    "ds_onderwijsraad",
    (0, 0, None),
    [
        ("headline", "Onderwijsraad is geen oude tante"),
        ("lede", "BRUSSEL - De Vlaamse Onderwijsraad", {"note": "the intro, with its place dateline"}),
        ("paragraph", "In de Vlor zitten al degenen", {"note": "the preview ends in the site's '...'"}),
        ("site_text", "Niet te missen", {"note": "promo heading ('not to be missed'): site text"}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West-Flanders regional TV; evening bulletin page) ----------------------
L(
    "wtv_beker",
    (1, 0, None),
    [
        ("site_text", "Programma's", {"note": "menu item: site text"}),
        (
            "headline",
            "Nieuws WTV",
            {"note": "the page heading, the bulletin's name (doubtful: could be read as a programme label)"},
        ),
        ("lede", "De bekerfinale tussen Club Brugge"),
        ("paragraph", "Verwaarloosde gebouwen"),
        ("paragraph", "En West-Vlaamse gezinnen"),
    ],
)

# ---- De Morgen (demorgen.be, Flemish daily; interview) ------------------------------------------------
L(
    "dm_ademloos",
    (1, 0, None),
    [
        ("site_text", "Woensdag 28/10/2020", {"note": "publication date line: site text"}),
        ("headline", "’Ademloos was niet ons eerste"),
        (
            "lede",
            "Ooit dringt zich toch een afscheid",
            {"note": "the intro with the first answer glued after 'tracé?': one block"},
        ),
        ("paragraph", "Dan mag je Ademloos toch in", {"note": "interview question"}),
        ("paragraph", "Patricia: “Zeker niet."),
        ("paragraph", "Dat medische heeft wellicht", {"note": "interview question"}),
        ("paragraph", "Patricia: “Ik ben de dochter", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 83 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NU.nl, De Telegraaf, de Volkskrant, Het Parool, Omroep Brabant, RTV Oost, Omroep West, NH Nieuws)
and eight Flemish (TV Limburg, HLN, De Standaard, De Morgen, Het Belang van Limburg, Het
Nieuwsblad, Gazet van Antwerpen, Krant van West-Vlaanderen). They come from the `search` tool's
"pages" corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched
by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this
file (url -> excerpt). That file and the texts stay in /work/data/structure-blind83 and are NOT for the
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
    # Dutch
    "nu_nujij": ("https://www.nu.nl/nujij/6203491/schietpartij-in-texas-feyenoord-in-de-finale.html", "2022-05"),
    "tg_kieft": ("https://www.telegraaf.nl/sport/3607094/bescheiden-ten-hag-verdient-uitverkiezing", "2019-05"),
    "vk_woordvoerders": (
        "https://www.volkskrant.nl/cultuur-media/journalisten-en-haagse-woordvoerders-een-stroef-huwelijk-wie-heeft-de-macht~bd39da5d/",
        None,
    ),
    "parool_brieven": (
        "https://www.parool.nl/columns-opinie/opinie-gemeente-waarom-staat-er-dat-de-parkeergarage-vol-is-als-er-meer-dan-genoeg-plekken-zijn~b5273e90/",
        "2023-05",
    ),
    "ob_stroomhuis": (
        "https://www.omroepbrabant.nl/nieuws/4574703/112-nieuws-kudde-schapen-van-de-weg-gehaald-dronken-bestuurder-betrapt",
        None,
    ),
    "rtvo_goednieuws": (
        "http://www.rtvoost.nl/nieuws/291008/goed-nieuws-lintjesregen-en-agenten-kopen-nieuwe-televisie-voor-gehandicapt-meisje",
        "2018-04",
    ),
    "ow_wekker": (
        "https://www.omroepwest.nl/nieuws/3564960/West-Wekker-Crisisberaad-op-Haagse-stadhuis-en-geen-bekerstunt-VVSB",
        "2017-12",
    ),
    "nh_kruys": (
        "https://www.nhnieuws.nl/nieuws/337866/eerste-kennismaking-met-de-nieuwe-coach-van-fc-volendam-5-vragen-aan-rick-kruys",
        "2024-07",
    ),
    # Flemish
    "tvl_nieuws": ("http://ftp.tvl.be/nieuws/tvl-nieuws-van-2-maart-2024-165522", None),
    "hln_brand": (
        "https://www.hln.be/in-de-buurt/antwerpen/brandweer-haalt-vijf-bewoners-uit-brandend-gebouw-in-van-kerckhovestraat~aea5378a/",
        "2020-05",
    ),
    "ds_regio": ("https://www.standaard.be/cnt/dmf20210211_96621875", "2021-02"),
    "dm_heylen": (
        "https://www.demorgen.be/nieuws/ik-voel-me-herboren-de-beste-periode-in-het-leven-is-die-waarin-je-de-angst-en-het-ongemak-voorbij-bent~b16beff8/",
        None,
    ),
    "hbvl_devos": ("https://www.hbvl.be/cnt/dmf20210520_93766579", None),
    "nb_kiel": ("http://www.nieuwsblad.be/cnt/dmf20171231_03274774", "2017-12"),
    "gva_rtv": ("https://www.gva.be/cnt/aid648238", None),
    "kw_provincieraad": (
        "http://kw.knack.be/west-vlaanderen/nieuws/politiek/herbeleef-de-provincieraad-beleidsverklaring-en-budget-2016/live-normal-203141.html",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its caption not in the excerpt): site text"
SIGNED = "the letter writer's name and town under the letter: the author line (byline)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NU.nl (nu.nl, NL national news site; the weekly NUjij round-up of readers' reactions) ----------------
L(
    "nu_nujij",
    None,
    [
        (
            "site_text",
            "Op ons reactieplatform NUjij kunnen",
            {
                "note": NOTITLE
                + "; the rubric's standing blurb printed above every edition (what the rubric is, how many reactions come in, 'In deze wekelijkse rubriek ...'): site text (standing lines of a series, stop 46 row; doubtful: could be read as the lede)"
            },
        ),
        ("subheading", "Feyenoord in de Conference League-fina", {"note": "the round-up's item title"}),
        ("lede", "Woensdag stond Feyenoord in de", {"note": "the first item's text"}),
        ("paragraph", "Toch is er waardering voor de"),
        ("paragraph", '"Het was een mooie reis en het einde', {"note": "a reader's reaction quoted as a paragraph"}),
        ("paragraph", '"De kers op de taart was ons niet'),
        ("subheading", "Vrouw aangerand in de trein"),
        ("paragraph", "Een negentienjarige vrouw werd"),
        ("paragraph", "Dit nieuws leidde tot veel reacties"),
        ("paragraph", '"Wat ontzettend naar! Ik heb iets', {"note": CUT}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; a sport column) -------------------------------------
L(
    "tg_kieft",
    None,
    [
        (
            "caption",
            "Wim Kieft",
            {
                "tail": "Ⓒ De Telegraaf",
                "note": NOTITLE
                + "; the columnist's portrait caption (his name) with the paper's credit glued after it: "
                + CREDIT
                + " (doubtful: the name could be read as the byline)",
            },
        ),
        ("lede", "Met de verkiezing Trainer van het Jaar", {"note": "the column's text, one paragraph"}),
    ],
)

# ---- de Volkskrant (volkskrant.nl, NL national daily; a media report) ----------------------------------
NULLCAP = (
    "an image whose caption field came out as 'null', with its credit ('null Beeld Rob en Robin'): "
    "a caption that is only a credit, site text"
)
L(
    "vk_woordvoerders",
    (1, 0, None),
    [
        ("site_text", "Media", {"note": "section label on its own line above the title: site text"}),
        ("headline", "Journalisten en Haagse woordvoerders:", {"note": "the title on its own line"}),
        ("lede", "Het groeiende leger voorlichters in", {"note": "the standfirst"}),
        ("byline", "Hassan Bahara en Gijs Beukers", {"note": "the author line"}),
        ("site_text", "null Beeld Rob en Robin", {"note": NULLCAP}),
        (
            "site_text",
            "Beeld Rob en Robin",
            {"skip": 1, "note": "the credit printed again on the next line (the caption's second copy): site text"},
        ),
        ("paragraph", "In de zomer van 2020 was journalist"),
        ("paragraph", "‘We hebben daarover twee maanden lang"),
        ("paragraph", "Veelzeggend, vindt Kleinnijenhuis de"),
        ("site_text", "null Beeld Rob en Robin", {"note": "the second image: " + NULLCAP}),
        ("site_text", "Beeld Rob en Robin", {"skip": 1, "note": "its credit printed again: site text"}),
        ("paragraph", "Journalisten en woordvoerders voor"),
        ("paragraph", "Sommige woordvoerders, zo", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; readers' letters) ---------------------------------------
L(
    "parool_brieven",
    None,
    [
        ("site_text", "Beeld Vincent Spiering", {"note": NOTITLE + "; " + OWNCREDIT}),
        ("subheading", "Moeizaam bevallingsproces", {"note": "the first letter's title"}),
        ("lede", "Het gemeentelijk bordeel en de IJ-brug", {"note": "the first letter's text"}),
        ("paragraph", "Ook de IJ-brug is een raar idee."),
        ("byline", "Maarten Rácz, Enschede", {"note": SIGNED}),
        ("subheading", "Gemeente, wat is hier aan de hand?", {"note": "the second letter's title"}),
        ("paragraph", "De opmerking van Camiel de Vries in"),
        ("paragraph", "Naar aanleiding van de brief van de"),
        ("byline", "Emil Schröder, Amsterdam", {"note": SIGNED}),
        ("subheading", "Jordaan is nu eenmaal een hotspot"),
        ("paragraph", "Eenzijdig verhaal van Ine Poppe over", {"note": CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; one entry of a 112 live page) -----------
L(
    "ob_stroomhuis",
    None,
    [
        (
            "site_text",
            "09.27",
            {
                "note": NOTITLE
                + "; a bare time on its own line above the excerpt's one entry: site text (stop 46 bare-time row, as structure_blind71's '00.30'; doubtful: the page is a live page of timed entries, so it could be the entry's liveblog_time)"
            },
        ),
        ("lede", "De brand die woensdagnacht uitbrak in", {"note": "the entry's text"}),
    ],
)

# ---- RTV Oost (rtvoost.nl, NL regional broadcaster, Overijssel; the weekend's good news, a round-up) -----
L(
    "rtvo_goednieuws",
    None,
    [
        (
            "site_text",
            "zondag 29 april 2018 | 19:03 Laatst",
            {"note": NOTITLE + "; the publication and edit date line: site text"},
        ),
        (
            "site_text",
            "Veel berichten die in het nieuws komen",
            {
                "note": "the series' standing intro (why the series collects good news each weekend; its count printed as '...'): site text (standing lines of a series, stop 46 row; doubtful: could be read as the lede)"
            },
        ),
        ("subheading", "Lintjesregen", {"note": "the round-up's item title"}),
        ("lede", "203 Overijsselaars werden donderdag", {"note": "the first item's text"}),
        ("paragraph", "Eén van hen was Ryan Eertink uit"),
        ("subheading", "Koningsdag in Overijssel"),
        ("paragraph", "Heel Overijssel kleurde Oranje"),
        ("paragraph", "De Zwolse Iris zat al vroeg op de"),
        ("subheading", "Jongensdroom komt uit"),
        ("paragraph", "Deze week kwam de jongensdroom van de"),
        (
            "paragraph",
            "Mooie actie van agenten in Enschede.",
            {"note": "the next item's text (its title not printed); " + CUT},
        ),
    ],
)

# ---- Omroep West (omroepwest.nl, NL regional broadcaster, The Hague; the morning round-up 'West Wekker') --
L(
    "ow_wekker",
    None,
    [
        (
            "site_text",
            "DEN HAAG - Goedemorgen! De laatste",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame with the place before it ('DEN HAAG - Goedemorgen!', the day, 'Met de West Wekker ben je ... op de hoogte ...'): site text (stop 44 greeting-frame row); split off the sentences that follow in the same line"
            },
        ),
        (
            "lede",
            "Zo was er gisteravond crisisberaad op",
            {"note": "the day's news in brief, glued after the greeting frame: the intro (lede)"},
        ),
        ("subheading", "1. Crisisberaad op Haagse stadhuis", {"note": "the round-up's item title"}),
        ("paragraph", "Het Haagse stadsbestuur kwam in"),
        ("subheading", "2. Nieuwe bekerstunt VVSB blijft uit"),
        ("paragraph", "VVSB is er donderdagavond niet in"),
        ("subheading", "3. 'Kippenvel' bij nabestaanden van"),
        ("paragraph", "De gruweldaden in de Haagse"),
        ("subheading", "4. Ho ho ho, het is kerstvakantie!"),
        ("paragraph", "Nog een paar uur en dat is het echt"),
        ("subheading", "Het weer:", {"note": "the weather item's heading (the day's forecast is news: article text)"}),
        ("paragraph", "Ook vandaag is het een grijze dag: er"),
        (
            "site_text",
            "Vandaag op TV West: TV West Sport",
            {
                "note": "the round-up's standing plug for the day's programme ('Vandaag op TV West: <programme>' and its blurb, cut): one site-text block (standing lines, stop 46 row: a plug; doubtful: could be read as a subheading and a paragraph); "
                + CUT
            },
        ),
    ],
)

# ---- NH Nieuws (nhnieuws.nl, NL regional broadcaster, North Holland; an interview, questions and answers) -
L(
    "nh_kruys",
    None,
    [
        (
            "subheading",
            "Naar welke coach kijk je het meeste",
            {"note": NOTITLE + "; the interviewer's question heading the answer; " + CLEAN},
        ),
        ("lede", '"Op dit moment springen er voor mij', {"note": "the first answer in the excerpt"}),
        ("subheading", "Als speler heb je bij FC Volendam", {"note": "the next question"}),
        ("paragraph", '"Heel veel mensen zijn er nog steeds.'),
    ],
)

# ---- TV Limburg (tvl.be, Flemish regional TV, Limburg; the evening bulletin's page, a video item) --------
L(
    "tvl_nieuws",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label on its own line above the title: site text"}),
        (
            "headline",
            "TVL Nieuws van 2 maart 2024",
            {"note": "the page title (the bulletin's name and date) on its own line"},
        ),
        ("site_text", "embed", {"note": "the video player's placeholder label: site text"}),
        ("list_item", "- De cipiers van de gevangenis van", {"note": "the bulletin's items, one bulleted line each"}),
        ("list_item", "- De werkvenootschap van het"),
        ("list_item", "- In Maaseik opent Noella samen met"),
        ("list_item", "- Het aantal kleine brouwerijen en"),
        ("list_item", "- En eindelijk schijnt de zon weer."),
    ],
)

# ---- HLN (hln.be, Flemish national daily; a regional fire report, 'in de buurt') ------------------------
L(
    "hln_brand",
    (0, 0, " CVDP"),
    [
        (
            "headline",
            "Brandweer haalt vijf bewoners uit",
            {
                "tail": "CVDP",
                "note": "the title on its own line, the author's initials 'CVDP' glued at its end: site_text_tail (an attribution glued to a block's end); the headline is the title without them",
            },
        ),
        ("site_text", "01 mei 2020", {"note": "the publication date line: site text"}),
        (
            "site_text",
            "15u55 16",
            {
                "note": "the publication time and the reactions count ('15u55 16') glued before the lede: split off, site text (stop 46 bare-time row; the count is page furniture)"
            },
        ),
        ("lede", "Antwerpen In een pand in de Van", {"note": "the place dateline ('Antwerpen') stays in the lede"}),
        ("paragraph", "Er was meteen een dikke rookpluim"),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; politics, the paywall teaser) -------------------
L(
    "ds_regio",
    None,
    [
        ("site_text", "Foto: if", {"note": NOTITLE + "; " + OWNCREDIT}),
        ("lede", "CD&V vraagt aanpassingen aan het", {"note": "the standfirst"}),
        (
            "paragraph",
            "Een Vlaanderen in dertien regio’s, met",
            {
                "note": "the teaser paragraph, cut by the paywall; its closing ' ...' is left in the paragraph (doubtful: the conventions set '...' aside only before a feed's '[+N chars]' marker; could be read as its site_text_tail)"
            },
        ),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; an interview) ---------------------------------------
L(
    "dm_heylen",
    (3, 0, None),
    [
        ("site_text", "Woensdag 22/03/2023", {"note": "the page's date line above everything: site text"}),
        (
            "site_text",
            "null",
            {"note": "an image whose caption field came out as 'null', on its own line: site text (an empty caption)"},
        ),
        (
            "site_text",
            "InterviewMartin Heylen",
            {
                "note": "genre label glued to the interviewee's name, on its own line above the title: site text (genre label row, as structure_blind79 dm_hendriks)"
            },
        ),
        ("headline", "‘Ik voel me herboren: de beste", {"note": "the title (a quote) on its own line"}),
        ("lede", "Oostende heeft de mildste avondklok.", {"note": "the interview's opening paragraph"}),
        ("byline", "Jeroen Maris", {"note": "the author line"}),
        ("paragraph", "In de tweede reeks van Zelfde deur, 20"),
        ("paragraph", "Martin Heylen: “In de derde aflevering"),
        ("paragraph", "“Voor mij gaat Zelfde deur, 20 jaar"),
        ("paragraph", "“De beste periodes in een mensenleven", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; a poll, the article's top) ---------------
L(
    "hbvl_devos",
    None,
    [
        (
            "caption",
            "Politicoloog Carl Devos (UGent) over",
            {"tail": "— © BELGA", "note": NOTITLE + "; the lead photo's caption; " + CREDIT},
        ),
        ("lede", "Amper een kwart van de Vlamingen", {"note": "the standfirst"}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a fire report) -------------------------------
L(
    "nb_kiel",
    None,
    [
        ("lede", "De brandweer van Antwerpen moest", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Mogelijk ging het om een brandende"),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; media news) — stand-in -------------------------
L(
    "gva_rtv",
    (0, 0, None),
    [
        ("headline", "RTV deelt zich in twee", {"note": "the title on its own line"}),
        ("lede", "De regionale televisie RTV zond", {"note": "the first paragraph"}),
        ("paragraph", "RTV mag in onze contreien een"),
        ("paragraph", "“Het was bij de opstart in 1994 de"),
        ("paragraph", "RTV produceert vanaf zondagavond twee"),
        ("subheading", "Meer journalisten"),
        ("paragraph", "Daarvoor zet het televisiekanaal de"),
        ("paragraph", "“Het is een hele uitdaging, maar"),
        ("byline", "Hans OTTEN", {"note": "the author line under the article"}),
        (
            "site_text",
            "MEER OVER",
            {
                "note": "the tag box ('MEER OVER' and its topic links 'Meer nieuws uit de Kempen', 'citta Kempen', 'Mobiliteit in de Kempen', one a line): one site-text block"
            },
        ),
        (
            "site_text",
            "Vastgoed",
            {"note": "the site's classifieds menu ('Vastgoed', 'Auto's in de kijker', 'Jobs in de regio'): site text"},
        ),
    ],
)

# ---- Krant van West-Vlaanderen (kw.knack.be, Flemish regional weekly; a live page of a council session) —
# stand-in
L(
    "kw_provincieraad",
    (0, 0, None),
    [
        (
            "headline",
            "Live Herbeleef de provincieraad:",
            {
                "note": "the title on its own line; the genre label 'Live' glued before it stays in the headline (kicker row)"
            },
        ),
        ("site_text", "16/11/15 om 13:15 - Bijgewerkt om", {"note": "the publication and edit date line: site text"}),
        ("lede", "Vannamiddag vindt de eerste van een", {"note": "the standfirst"}),
        ("byline", "• Jos Remaut", {"note": "the live entry's author line (a bulleted name)"}),
        ("subheading", "De zitting is ten einde", {"note": "the entry's title"}),
        ("paragraph", "Na de financiële toelichting is de"),
        ("byline", "• Jos Remaut", {"note": "the next entry's author line"}),
        ("subheading", "Provinciebelastingen blijven"),
        ("paragraph", "In 2016 worden de provinciebelastingen"),
        ("paragraph", "De algemene provinciebelasting blijft"),
        ("paragraph", "Voor de provinciebelasting op bedrijve"),
        ("paragraph", "De provinciebelasting op tweede"),
        ("paragraph", "De opcentiemen op de onroerende"),
        ("paragraph", "Het zal dus allicht de laatste keer"),
        ("paragraph", '"We hebben alvast érg slechte', {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

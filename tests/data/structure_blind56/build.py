#!/usr/bin/env python3
"""Rebuild structure blind set 56 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen outlets none of which is in an
earlier structure set, eight Dutch and eight Flemish, of kinds the sets held little of: a student
party in a university council and a Brussels student paper; a Dutch parish and a Flemish pastoral
unit; a local GroenLinks branch and a local N-VA branch; a Dutch and a Flemish hospital; a village
library and a Flemish library association's journal; a theatre news site and a Flemish museum; an
environmental reporting site and a Flemish environmental federation; a Dutch and a Flemish sports
federation. They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind56 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = up to that marker). Standard library only; the cutting is done by
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
    "vu_opening": ("https://verenigingvuur.nl/opening-van-het-academisch-jaar/", None),
    "sp_column": (
        "https://stpaulusparochie.nl/index.php/inspiratie/pastorale-columns-sp/3124-de-heer-regeert-december-2020",
        None,
    ),
    "gl_fractie": ("https://alphenaandenrijn.groenlinks.nl/nieuws/aan-de-slag-met-een-nieuwe-fractie", None),
    "ek_nieuwbouw": (
        "https://www.elkerliek.nl/elkerliek/nieuws-overzicht/nieuws-overzicht-2013/wij-bouwen-aan-de-toekomst.html",
        None,
    ),
    "mr_bieb": ("https://meerriethoven.nl/?p=7388", None),
    "mo_westreenen": ("https://moose.nl/theaterpraat/van-westreenen-weg-bij-koninklijke-schouwburg/index.html", None),
    "bk_dwingelderveld": ("https://www.bomenkapmeldpunt.nl/bomenkap/grootschalige-kap-dwingelderveld/", None),
    "kb_nk": ("http://kolfbond.nl/nieuws/nederlandse-kampioenschappen-2017/231", None),
    "dm_brik": ("https://demoeial.be/2013/11/30/studenten-krijgen-meer-inspraak-in-brik/", None),
    "pg_communies": (
        "https://www.pastoraleeenheidgeel.be/nieuws-communicanten-vormelingen/eerste-communies-en-vormsel-uitgesteld-naar-het-najaar/",
        None,
    ),
    "nv_verkeer": ("https://galmaarden.n-va.be/nieuws/n-va-wil-gevaarlijke-verkeerspunten-aanpakken", None),
    "im_dagziekenhuis": ("https://www.imelda.be/professionelen/nieuws/heropstart-geriatrisch-dagziekenhuis", None),
    "vv_doncker": ("https://www.vvbad.be/meta/meta-nummer-20168/interview-met-ibby-president-wally-de-doncker", None),
    "mm_afscheid": ("https://museummayervandenbergh.be/nl/afscheidsweken", None),
    "wu_av": ("http://www.vlaamsewushufederatie.be/node/41", None),
    "bl_tijdlijn": ("https://www.bondbeterleefmilieu.be/artikel/tijdlijn-bond-beter-leefmilieu-2000-2009", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ==== the Netherlands =========================================================================

# ---- Lijst VUUR (verenigingvuur.nl, student party in Utrecht University's council; news item) --
L(
    "vu_opening",
    (0, 0, None),
    [
        (
            "headline",
            "Opening van het academisch jaar 2019",
            {
                "note": "the first of two identical title lines ('2019' in the title, '2018' in the date line: as on the page)"
            },
        ),
        ("site_text", "Opening van het academisch jaar 2019", {"note": "the title printed again: site text"}),
        (
            "site_text",
            "8 september 2018 medezeggenschap",
            {"note": "date line with the item's tags and comment count ('0'): site text, one block"},
        ),
        ("lede", "De colleges zijn weer begonnen"),
        ("paragraph", "Sommigen gingen naar het inwerkweekend"),
        ("paragraph", "Maandag 3 september werd het"),
        ("paragraph", "Voorlopig zullen we genoegen moeten"),
        (
            "paragraph",
            "Heb je een vraag over je studie",
            {"note": "closing call to mail the party: paragraph (doubtful: could be a standing line under every item)"},
        ),
    ],
)

# ---- Parochie HH. Paulus en Ludger (stpaulusparochie.nl, Dutch Catholic parish; pastoral column)
L(
    "sp_column",
    None,
    [
        ("site_text", "Logo Parochie", {"note": "logo alt text: site text; " + NOTITLE}),
        (
            "site_text",
            "R.-K. Parochie",
            {"note": "site name and motto ('Verbonden in Christus'): site text, one block"},
        ),
        ("site_text", "FacebookTwitterGoogle Bookmarks", {"note": "share links, glued: site text"}),
        (
            "site_text",
            "Berichtgeving omtrent corona",
            {
                "note": "the site's standing corona notice above the column (heading, rules, 'Klik hier' link): site text, one block (doubtful: it is news of the parish, but not the column's text)"
            },
        ),
        (
            "lede",
            "Een van die typische dingen rond",
            {"note": "the column's first line; its title is not in the excerpt"},
        ),
        ("paragraph", "Het jaar 2020 was me"),
        ("paragraph", "Naast een lockdown kwam er ook veel"),
        ("paragraph", "Ook uw pastoraal team is er druk mee"),
        ("paragraph", "Deze coronatijd stelt indringende", {"note": CUT}),
    ],
)

# ---- GroenLinks Alphen aan den Rijn (alphenaandenrijn.groenlinks.nl, local party branch; news) --
L(
    "gl_fractie",
    (0, 0, None),
    [
        ("headline", "Aan de slag met een nieuwe fractie"),
        ("lede", "Na de verkiezingswinst heeft", {"note": CLEAN}),
        (
            "paragraph",
            "We zijn als eerste oppositiepartij",
            {"note": "three paragraphs glued at their full stops ('houden.Als', 'onderzocht.Ook'): one block; " + CUT},
        ),
    ],
)

# ---- Elkerliek ziekenhuis (elkerliek.nl, hospital in Helmond; news item) ---------------------
L(
    "ek_nieuwbouw",
    (1, 0, None),
    [
        ("site_text", "Actueel", {"note": "section label above the title: site text"}),
        ("headline", "Wij bouwen aan de toekomst"),
        ("site_text", "19 augustus 2013", {"note": "publication date line: site text"}),
        ("caption", "Vooraanzicht nieuwbouw", {"note": "caption of the header image (words of its own)"}),
        ("lede", "De komende jaren wordt een nieuw"),
        ("subheading", "Fasering bouw"),
        ("paragraph", "De bouw van het nieuwe complex"),
        ("site_text", "Meer nieuws", {"note": "link to the news overview: site text"}),
    ],
)

# ---- MEER Riethoven (meerriethoven.nl, village centre of Riethoven; its library's news) ------
L(
    "mr_bieb",
    (0, 0, None),
    [
        ("headline", "Nieuws uit de bibliotheek", {"note": "the first of two identical title lines"}),
        ("site_text", "Nieuws uit de bibliotheek", {"note": "the title printed again: site text"}),
        ("lede", "Iedereen mag boeken lenen en je hoeft"),
        ("subheading", "We zien dat er heel veel boeken worden"),
        ("paragraph", "Dit vinden we heel fijn."),
        ("paragraph", "Heb je behoefte aan bepaalde boeken"),
        ("subheading", "We zijn nog steeds op zoek naar nieuwe"),
        ("paragraph", "Vooral de woensdagochtend krijgen"),
        ("subheading", "We wonnen een nationale"),
        ("paragraph", "Onlangs deden we mee aan de nationale"),
        ("subheading", "De hobby heeft zomerstop"),
        ("paragraph", "De bibliotheek is wel iedere woensdag", {"note": CUT}),
    ],
)

# ---- Moose (moose.nl, Dutch theatre news and listings site; 'theaterpraat' item) -------------
L(
    "mo_westreenen",
    (1, 0, None),
    [
        ("site_text", "theaterpraat", {"note": "section label above the title: site text"}),
        ("headline", "Van Westreenen weg bij Koninklijke"),
        (
            "lede",
            "Hans van Westreenen vertrekt in de",
            {
                "tail": "(Volkskrant, 16/5/00)",
                "note": "the whole item is one paragraph; the source line '(Volkskrant, 16/5/00)' glued to its end is the tail",
            },
        ),
        ("site_text", "zie ook: Koninklijke Schouwburg", {"note": "related-item link: site text"}),
        ("site_text", "Moose op 15/05/2000 - 23:00", {"note": "site name and posting date: site text"}),
        ("site_text", "meer over Den Haag, Koninklijke", {"note": "tag links: site text"}),
    ],
)

# ---- Meldpunt Bomenkap (bomenkapmeldpunt.nl, reporting site against tree felling; item) ------
L(
    "bk_dwingelderveld",
    (0, 0, None),
    [
        ("headline", "Grootschalige kap Dwingelderveld"),
        (
            "site_text",
            "320 240 Meldpunt Bomenkap",
            {"note": "image size and alt text (the site's name) left by the extraction: site text"},
        ),
        (
            "lede",
            "Grootschalige kap dwingelderveld, wint",
            {"note": "one-line opening of the item (doubtful: could be the caption of the missing image)"},
        ),
        ("paragraph", "De nieuwe wet natuurbescherming maakt"),
        ("paragraph", "Nederland heeft de Vogelrichtlijn"),
        (
            "paragraph",
            "Het nieuwe nationale beleid:",
            {"note": "a lead-in to an embedded item the extraction dropped: paragraph"},
        ),
        ("site_text", "graag delen", {"note": "share prompt: site text"}),
        (
            "site_text",
            "Schrijf een bericht",
            {"note": "comment form heading and its English notice: site text, one block"},
        ),
    ],
)

# ---- Nederlandse Kolfbond (kolfbond.nl, Dutch kolf federation; federation news) ---------------
L(
    "kb_nk",
    (1, 0, None),
    [
        ("site_text", "Bondsnieuws", {"note": "section label above the title: site text"}),
        ("headline", "Nederlandse Kampioenschappen 2017"),
        (
            "paragraph",
            "Beste leden,",
            {"note": "the letter's salutation: paragraph (doubtful: could be taken with the lede)"},
        ),
        ("lede", "Er blijkt bij de leden nog", {"note": "the first paragraph of the letter"}),
        ("paragraph", "Wij zullen u half januari 2017"),
        ("paragraph", "Voor de heren nu vast het dringende"),
        ("paragraph", "Op de NK spelen we voor het 2e jaar"),
        ("paragraph", "Tot slot voor de NK; m", {"note": CUT}),
    ],
)

# ==== Flanders ================================================================================

# ---- De Moeial (demoeial.be, Brussels student paper, VUB; news item) ------------------------
L(
    "dm_brik",
    (0, 0, None),
    [
        ("headline", "Studenten krijgen meer inspraak in"),
        ("lede", "De Brusselse studentenservicedesk"),
        ("paragraph", "In februari 2012 werd de"),
        ("subheading", "Brusselse studentenvertegenwoordiging"),
        ("paragraph", "Studenten kunnen in de toekomst dus"),
        ("paragraph", "De aanduiding van een"),
        ("site_text", "0 Comment", {"note": "comment counter: site text"}),
    ],
)

# ---- Pastorale eenheid Geel (pastoraleeenheidgeel.be, Flemish pastoral unit; news item) -------
L(
    "pg_communies",
    None,
    [
        ("lede", "Deze week hebben onze Belgische", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "De data van de communies zijn"),
        ("paragraph", "We begrijpen dat dit geen fijne"),
        ("paragraph", "De volgende maanden zullen wij onze"),
        ("paragraph", "Voor onze vormelingen uit 2020 die"),
        ("paragraph", "Dank je wel voor jullie begrip"),
    ],
)

# ---- N-VA Galmaarden (galmaarden.n-va.be, local party branch; news item) ---------------------
L(
    "nv_verkeer",
    (0, 0, None),
    [
        ("headline", "N-VA wil gevaarlijke verkeerspunten"),
        (
            "site_text",
            "Op 8 december 2021, over deze",
            {"note": "date line with the item's topic tag: site text"},
        ),
        ("lede", "De N-VA fractie vroeg op de laatste"),
        ("paragraph", "Wij willen dat er zo snel mogelijk"),
        ("paragraph", "En dit naar analogie van de ons"),
        (
            "paragraph",
            "Deze specifieke vraag tot snelle actie",
            {"note": "after a line holding only a space (left in the gap)"},
        ),
        (
            "site_text",
            "Hoe waardevol vond je dit artikel?",
            {"note": "rating widget (question, prompt, average score): site text, one block"},
        ),
    ],
)

# ---- Imelda ziekenhuis (imelda.be, hospital in Bonheiden; news for professionals) ------------
L(
    "im_dagziekenhuis",
    (0, 0, None),
    [
        ("headline", "Heropstart Geriatrisch dagziekenhuis"),
        ("site_text", "26 mei 2020", {"note": "publication date line: site text"}),
        ("byline", "door Kathleen Vermeulen"),
        ("lede", "Op dinsdag 2 juni start het"),
        ("paragraph", "We gaan ook van 1 kamer waar"),
    ],
)

# ---- VVBAD (vvbad.be, Flemish library and archive association; META journal interview) -------
L(
    "vv_doncker",
    (0, 0, None),
    [
        ("headline", "Interview met IBBY-president Wally De", {"note": "the first of two identical title lines"}),
        ("site_text", "META NUMMER 2016/8", {"note": "the journal issue label: site text"}),
        ("site_text", "Interview met IBBY-president Wally De", {"note": "the title printed again: site text"}),
        ("byline", "Geschreven door Tom Van Hoye"),
        ("site_text", "Gepubliceerd op 01.10.2016", {"note": "publication date line: site text"}),
        (
            "site_text",
            "IMPORTANT",
            {"note": "a stray English label (template residue): site text"},
        ),
        ("lede", "Sinds 2014 staat er een Vlaming aan", {"note": "the interview's intro"}),
        ("paragraph", "Hoe ben je bij IBBY terecht gekomen?", {"note": "interviewer's question: paragraph"}),
        ("paragraph", "Ik debuteerde als schrijver in 1989"),
        ("paragraph", "Als IBBY niet bestond dan schreef ik", {"note": CUT}),
    ],
)

# ---- Museum Mayer van den Bergh (museummayervandenbergh.be, Antwerp museum; news item) -------
L(
    "mm_afscheid",
    None,
    [
        (
            "lede",
            "Maar liefst 14.000 mensen bezochten",
            {"note": NOTITLE + "; the whole item is one paragraph (after 22 blank lines, stripped); " + CLEAN},
        ),
    ],
)

# ---- Vlaamse Wushu Federatie (vlaamsewushufederatie.be, Flemish wushu federation; news) --------
L(
    "wu_av",
    (0, 0, None),
    [
        ("headline", "Algemene Vergadering van de Vlaamse"),
        ("lede", "Op 22 maart ging in het sporthotel"),
        ("paragraph", "De Vlaamse Sportfederatie is een"),
        ("paragraph", "Na de gebruikelijk toelichting van"),
        (
            "site_text",
            "AV Vlaamse Sportfederatie -Gent.JPG",
            {"note": "file name of the item's photo: site text"},
        ),
        ("site_text", "arena_starstone_logo_landscape.png", {"note": "file name of a logo: site text"}),
        ("site_text", "Theme by Danetsoft and Danang", {"note": "the site theme's credit: site text"}),
    ],
)

# ---- Bond Beter Leefmilieu (bondbeterleefmilieu.be, Flemish environmental federation) ----------
L(
    "bl_tijdlijn",
    (0, 0, "|"),
    [
        (
            "headline",
            "Tijdlijn Bond Beter Leefmilieu 2000",
            {
                "tail": "| Bond Beter Leefmilieu",
                "note": "the page title with the site name glued after ' | ' (the tail); the first of two title copies",
            },
        ),
        ("site_text", "U bent hier", {"note": "breadcrumb label: site text"}),
        ("site_text", "Tijdlijn Bond Beter Leefmilieu 2000", {"note": "the title printed again: site text"}),
        ("subheading", "2000\n\nGeen", {"note": "year heading of the timeline"}),
        ("subheading", "Geen beton! (En geen 34 jaar wachten)"),
        ("lede", "Op 7 januari houden we een nieuw", {"note": "the first body paragraph"}),
        ("paragraph", "Onze analyse: Vlaanderen is vandaag"),
        ("paragraph", "Om op te warmen worden alvast vijf"),
        ("paragraph", "We zijn onze tijd ver vooruit met de"),
        ("subheading", "2001", {"note": "year heading of the timeline"}),
        ("subheading", "Jef krijgt een moderne jas"),
        ("paragraph", "De belichaming van BBL is"),
        ("subheading", "Het Belgerinkelvirus verspreidt zich"),
        ("paragraph", "Na enkele proefjaren in Hasselt en", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

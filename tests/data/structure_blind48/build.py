#!/usr/bin/env python3
"""Rebuild structure blind set 48 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

A development set, labelled blind before any rule change. The texts are third-party Dutch and
Flemish news pages of sixteen outlets none of which is in an earlier structure set: seven
Flemish (a deanery, an abbey, the Red Cross's press page, a parish, a women's association, a
carillon society, a local-culture sector association) and nine Dutch (a parish, a museum, a
history magazine, a ladies' choir, a literary news site, a diocese's web magazine, a city
library, a missionary congregation, a Catholic-Jewish dialogue site). They come from the
`search` tool's "pages" corpus (stored public web pages, text as the store extracted it), which
cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind48 and are NOT for the project repository. Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block
runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block
(gold `site_text_tail`). The headline is (block index, start, end) into that block's text (end
None = to the block's end). Standard library only; the cutting is done by
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
    "ag_parochianen": ("https://www.agneskerk.org/2016/03/van-de-pastoor-vier-nieuwe-parochianen.html", None),
    "dm_gesloten": ("https://drentsmuseum.nl/nieuws/gewijzigde-openingstijden-4-2", None),
    "gg_davidsfonds": ("https://g-geschiedenis.eu/2015/01/27/jarig-davidsfonds/", None),
    "dd_dekenaten": ("https://www.dekenaatdendermonde.be/recente-geschiedenis", None),
    "tg_familiedag": ("https://www.tongerlo.org/2018/09/08/zondag-2-september-2018/", None),
    "gd_jubileum": ("https://www.gemengddameskoor.nl/newsPageItem.wxp?action=show&id=9970&menuid=53816", None),
    "tz_heijden": (
        "https://www.tzum.info/2015/10/nieuws-grote-wisseltruc-a-f-th-van-der-heijden-geen-roman-en-toch-een-roman/",
        None,
    ),
    "rk_bloed": ("https://www.rodekruis.be/hulp/coronavirus/updates/", None),
    "cl_schnackers": ("https://clavis.bisdom-roermond.org/magazine/webmagazine-mei-2018", None),
    "pl_kerkleven": ("https://www.parochielaarnewetteren.be/nieuws/herabonnering-kerkleven", None),
    "fm_nissaa": (
        "https://www.femma.be/nl/blog/artikel/femma-neder-over-heembeek-en-nissaa-kregen-ruimte-om-elkaar-te-vinden",
        None,
    ),
    "bv_terugblik": ("https://beiaardvriendengrimbergen.be/terugblik-2025.html", None),
    "bu_neude": ("https://bibliotheekutrecht.nl/nieuws/anke-klein-opent-bibliotheek.html", None),
    "cp_jubileum": (
        "https://www.cps-mission.com/nl/news/detail/kostbaar-bloed-feest-en-diamanten-jubileum-vier-zusters/",
        None,
    ),
    "lc_erfgoed": ("https://www.lecavzw.be/node/3657", None),
    "dj_jodendom": ("https://dagvanhetjodendom.nl/hoe-goed-is-het-als-broeders-bijeen-te-zijn/", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
SUBTITLE = (
    "one-line subtitle under the title: subheading (doubtful: could be read as part of the headline or as the lede)"
)
CLEAN = "the text carries no site text"
DATE = "publication date line: site text"
REPEAT = "the title printed a second time (page-title copy): site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Agneskerk (agneskerk.org, Amsterdam parish; the pastor's letter in the parish bulletin) ----
L(
    "ag_parochianen",
    (1, 0, None),
    [
        ("site_text", "31 maart 2016", {"note": DATE}),
        (
            "headline",
            "Van de pastoor: Vier nieuwe",
            {"note": "the title with its rubric 'Van de pastoor:' on the same line, kept in the headline"},
        ),
        (
            "lede",
            "Beminde gelovigen,",
            {"note": "the letter's salutation, the first body line (doubtful: could be a paragraph)"},
        ),
        ("paragraph", "Dit aprilnummer van ons parochiebullet"),
        ("paragraph", "Met Pasen is onze parochie vier"),
        ("paragraph", "Voor u, als volwassen parochianen"),
        ("paragraph", "De restauratie van ons kerkgebouw"),
        ("paragraph", "Met mijn priesterlijke zegen,", {"note": "the letter's closing formula"}),
        ("byline", "Pater M. Kromann Knudsen FSSP", {"note": "the pastor's signature (name and office): byline"}),
    ],
)

# ---- Drents Museum (drentsmuseum.nl, museum in Assen; visitors' notice in its news section) ----
L(
    "dm_gesloten",
    None,
    [
        (
            "site_text",
            "Verhalen over tentoonstellingen en",
            {"note": "the news section's standing tagline: site text; " + NOTITLE},
        ),
        ("lede", "Op woensdag 4 februari hebben wij", {"note": "one-sentence intro of the notice"}),
        ("paragraph", "Om de veiligheid van onze bezoekers"),
        ("paragraph", "We verwachten vanaf donderdag 5"),
    ],
)

# ---- G-Geschiedenis (g-geschiedenis.eu, Dutch popular-history magazine; news item) ----------
L(
    "gg_davidsfonds",
    (2, 0, None),
    [
        (
            "site_text",
            "Stelling",
            {"note": "the site's poll box (label, statement, vote button 'Stem'): site text, one block"},
        ),
        (
            "site_text",
            "Agenda",
            {"note": "the site's agenda box (two exhibition teasers with titles): site text, one block"},
        ),
        ("headline", "Jarig Davidsfonds"),
        (
            "byline",
            "27 januari 2015 Siebrand Krul",
            {"note": "date and author on one line: byline (doubtful: the date part alone would be site text)"},
        ),
        ("lede", "In Nederland onbekend, in Vlaanderen"),
        ("paragraph", "Meteen na de oprichting van het", {"note": CUT}),
    ],
)

# ---- Dekenaat Dendermonde (dekenaatdendermonde.be, deanery of the diocese of Ghent; news text) --
L(
    "dd_dekenaten",
    (1, 0, None),
    [
        ("site_text", "(c) Eveline Coppin", {"note": "photo credit of the header photo: site text"}),
        ("headline", "Oprichting tien nieuwe dekenaten"),
        ("site_text", "(originele tekst)", {"note": "link to the original text: site text"}),
        ("lede", "Op 15 augustus 2016, hoogfeest van"),
        ("paragraph", "De tien nieuwe dekenaten vervangen"),
        ("paragraph", "In zijn brief van 17 januari 2016"),
        (
            "quote",
            "We leven in een tijd van grote en",
            {
                "note": "the passage quoted from the bishop's letter (announced by the colon above): quote (doubtful: could be a paragraph)"
            },
        ),
        ("subheading", "Toelichting"),
        ("subheading", "Wat is een dekenaat?"),
        ("paragraph", "Volgens het kerkelijk recht (canon"),
        ("paragraph", "Om deze opdracht waar te maken wordt"),
        ("subheading", "En de parochie?"),
        ("paragraph", "Het hart van de pastoraal is de"),
        ("paragraph", "Het bisdom Gent telt vandaag", {"note": CUT}),
    ],
)

# ---- Abdij van Tongerlo (tongerlo.org, Norbertine abbey; item of the abbey's chronicle) -------
L(
    "tg_familiedag",
    (1, 0, None),
    [
        ("site_text", ");", {"note": "script residue left by the extraction at the top: site text"}),
        (
            "headline",
            "Zondag 2 september 2018",
            {
                "note": "the chronicle item's title is its date (also the url slug): headline (doubtful: could be read as a date line)"
            },
        ),
        ("lede", "In het kader van ons 888-jarig", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Gemengd Dameskoor (gemengddameskoor.nl, Dutch ladies' choir; news item) -----------------
L(
    "gd_jubileum",
    (0, 0, None),
    [
        ("headline", "Concert 25 jarig jubileum"),
        ("site_text", "06-06-2013", {"note": DATE}),
        ("lede", "Ter gelegenheid van dit jubileum"),
        ("paragraph", "Tussen concert en feest was er"),
        ("paragraph", "Het concert vond plaats in de Nieuwe"),
        (
            "paragraph",
            "Er werden liederen uit het actuele",
            {
                "note": "hard-wrapped lines ('afgewisseld met' / 'blokjes' / ''oud repertoire'.'): one block up to the line ending at a full stop"
            },
        ),
        ("paragraph", "Deze opzet, de kleurrijke kleding"),
        ("paragraph", "Het feest was een groots gebeuren"),
    ],
)

# ---- Tzum (tzum.info, Dutch literary news site; news item) ------------------------------------
L(
    "tz_heijden",
    None,
    [
        ("lede", "A.F.Th. van der Heijden en", {"note": NOTITLE}),
        ("paragraph", "Nu, midden oktober, moet de"),
        ("paragraph", "Maar De Bezige Bij kan ook goed"),
        ("paragraph", "De roman is gesitueerd in Nijmegen"),
        (
            "quote",
            "Het is 9 juli 1672.",
            {"note": "the publisher's blurb, announced as quoted ('schrijft De Bezige Bij:'): quote"},
        ),
        ("site_text", "0", {"note": "a lone '0' after the item (comment count): site text"}),
    ],
)

# ---- Rode Kruis-Vlaanderen (rodekruis.be, Flemish Red Cross; live news updates page) ---------
L(
    "rk_bloed",
    (1, 0, None),
    [
        (
            "site_text",
            "Help ons overal te blijven helpen",
            {"note": "donation call at the top of the page: site text"},
        ),
        ("headline", "Samen tegen corona"),
        (
            "lede",
            "Het coronavirus beheerst ondertussen",
            {"note": "the page's intro under the title (standing text of the updates page; doubtful)"},
        ),
        ("site_text", "Live nieuws updates", {"note": "section label of the update feed: site text"}),
        ("subheading", "Opkomsten bloeddonoren vallen", {"note": "title of the first update"}),
        ("paragraph", "Sinds twee weken merken we een"),
        ("paragraph", "Sinds de coronacijfers in ons land"),
        ("paragraph", "In de donorcentra rekenen we in het"),
        (
            "byline",
            "Nena Testelmans",
            {"note": "the spokeswoman's name and office under the update (two lines): byline"},
        ),
        ("subheading", "Bloedvoorraad voorlopig op peil", {"note": "title of the second update"}),
        ("paragraph", "“De algemene bloedvoorraad is op dit", {"note": CUT}),
    ],
)

# ---- Clavis (clavis.bisdom-roermond.org, web magazine of the diocese of Roermond; article) ----
L(
    "cl_schnackers",
    (0, 0, None),
    [
        ("headline", "Mgr Hub Schnackers over"),
        ("lede", "Paus Franciscus heeft onlangs een", {"note": CLEAN}),
        ("subheading", "Inzichtelijk"),
        ("paragraph", "Paus Franciscus bezit de gave om"),
        ("subheading", "Mensen in de buurt"),
        ("paragraph", "Als wij spreken over heiligheid", {"note": CUT}),
    ],
)

# ---- Parochie Laarne-Wetteren (parochielaarnewetteren.be, Flemish parish; news item) ---------
L(
    "pl_kerkleven",
    (0, 0, None),
    [
        (
            "headline",
            "Herabonnering",
            {
                "note": "the item's title (the url slug starts with it; doubtful: could be a rubric label above the title)"
            },
        ),
        ("subheading", "Ben jij ook van de kerk?", {"note": SUBTITLE + "; " + CLEAN}),
        ("lede", "Het was vorig jaar, op een zaterdag"),
        ("paragraph", "Of ik van de Kerk was, kon ik"),
        ("paragraph", "Ik gaf de bewuste brief af en vroeg"),
        ("paragraph", "Ik kende de man niet persoonlijk"),
        ("paragraph", "Vorig jaar dacht de uitgever, want", {"note": CUT}),
    ],
)

# ---- Femma (femma.be, Flemish women's association; article on its site) ----------------------
L(
    "fm_nissaa",
    (0, 0, None),
    [
        ("headline", "Femma Neder-Over-Heembeek en Nissaa"),
        (
            "site_text",
            "{$items.title}",
            {"note": "an unfilled template placeholder left by the extraction: site text"},
        ),
        ("subheading", "Het begon bij een kopje thee"),
        (
            "lede",
            "Een vijftal jaren geleden merkte",
            {"note": "the first body paragraph, below the first subheading"},
        ),
        ("paragraph", "Uit die theemomenten groeide het idee"),
        ("subheading", "Twee groepen met een eigen identiteit"),
        ("paragraph", "Nu is er in Neder-Over-Heembeek al", {"note": CUT}),
    ],
)

# ---- Beiaardvrienden Grimbergen (beiaardvriendengrimbergen.be, carillon society; year review) --
L(
    "bv_terugblik",
    (0, 0, None),
    [
        ("headline", "Terugblik 2025"),
        ("site_text", "TERUGBLIK 2025", {"note": "the title printed again in capitals: site text"}),
        ("subheading", "NIEUW TALENT - 4 mei", {"note": "title of the first event report (with its date)"}),
        ("site_text", "IMG_4725", {"note": "file names of a photo gallery: site text, one block"}),
        (
            "lede",
            "Gastbeiaardiers: beiaardklassen van",
            {
                "note": "the line naming the guest carillonneurs, first body line (doubtful: could be a subheading or paragraph)"
            },
        ),
        ("paragraph", "Vorig jaar startte de academie van"),
        ("paragraph", "Deze vier beiaardiers in opleiding"),
        ("paragraph", "Na het concert werden zij ontvangen"),
        ("paragraph", "Nadien was er een “frietfestijn”"),
        ("subheading", "DAG VAN RIEN - Kasteel van Bever - 15", {"note": "title of the second event report"}),
        ("site_text", "IMG_4993", {"note": "file names of a second photo gallery: site text, one block"}),
        (
            "paragraph",
            "Dag van Rien in Kasteeldomein Kasteel",
            {"note": "one line naming the event and place (doubtful: could be a subheading or the gallery's caption)"},
        ),
        ("paragraph", "Via de imposante dreef kwamen de", {"note": CUT}),
    ],
)

# ---- Bibliotheek Utrecht (bibliotheekutrecht.nl, city library; news item) --------------------
L(
    "bu_neude",
    (0, 0, None),
    [
        ("headline", "Wethouder Anke Klein opent de"),
        ("lede", "Maandag 11 mei mogen eindelijk de"),
        ("paragraph", "Om dat moment te markeren zal"),
        ("paragraph", "Directeur Ton van Vlimmeren is heel"),
        (
            "paragraph",
            "De Bibliotheek Neude is voorlopig",
            {"tail": "Lees meer", "note": "a 'Lees meer' link glued to the last sentence is the tail"},
        ),
    ],
)

# ---- Missiezusters van het Kostbaar Bloed (cps-mission.com, missionary congregation; news) ----
L(
    "cp_jubileum",
    (0, 0, None),
    [
        ("headline", "Kostbaar Bloed-Feest en diamanten"),
        ("lede", "Het lijkt bijna overal een gewone dag", {"note": CLEAN}),
        ("paragraph", "In Nederland is het bovendien nog"),
        ("paragraph", "En dit jaar was het nog meer feest"),
        ("paragraph", "Bij het ontbijt werden de zusters"),
        ("paragraph", "Na de Eucharistieviering was er"),
        (
            "caption",
            "Foto: van links naar rechts",
            {"note": "the photo's caption naming the sisters (label 'Foto:' kept in it): caption"},
        ),
    ],
)

# ---- LECA (lecavzw.be, Flemish local-culture sector association; news item) ------------------
L(
    "lc_erfgoed",
    (0, 0, None),
    [
        ("headline", "Overleg Cultureel Erfgoed ontgoocheld"),
        ("site_text", "Overleg Cultureel Erfgoed ontgoocheld", {"note": REPEAT}),
        (
            "lede",
            "De Vlaamse overheid heeft een",
            {
                "tail": "De volledige tekst vind je hier",
                "note": "the whole item is one paragraph; the link sentence 'De volledige tekst vind je hier' at its end is the tail",
            },
        ),
    ],
)

# ---- Dag van het Jodendom (dagvanhetjodendom.nl, Catholic-Jewish dialogue day; report) -------
L(
    "dj_jodendom",
    (0, 0, None),
    [
        ("headline", "‘Hoe goed is het als broeders"),
        ("site_text", "‘Hoe goed is het als broeders", {"note": REPEAT}),
        ("byline", "door Günther Sturms"),
        ("lede", "De jaarlijkse Dag van het Jodendom"),
        ("subheading", "Mgr. De Korte bezoekt de synagoge"),
        ("paragraph", "In Groningen werd mgr. G. de Korte"),
        ("paragraph", "De Groningse bisschop, die vergezeld"),
        ("subheading", "Parochiefederatie Waterheul bezoekt"),
        ("paragraph", "Een groep parochianen uit"),
        ("paragraph", "De groep parochianen werd ontvangen", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

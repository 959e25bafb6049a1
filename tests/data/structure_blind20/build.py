#!/usr/bin/env python3
"""Rebuild structure blind set 20 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind20 and are NOT for the project
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
    "inderegiorotterdam_hoekvanholland": (
        "https://www.inderegiorotterdam.nl/nieuws/woning-onbewoonbaar-door-brand-bewoners-elders-ondergebracht",
        None,
    ),
    "denhaagsegids_achtervolging": (
        "https://denhaagsegids.nl/nieuws/liveblog-drie-doden-tijdens-politieachtervolging-vriendengroep-in-tranen",
        None,
    ),
    "nieuwskoerier_friezen": (
        "https://www.nieuwskoerier.nl/news/50267-trotse-friezen-voelen-zich-bedreigd-en-strijden-zelfs-voor-kamerzetel-we-worden-te-weinig-gehoord",
        None,
    ),
    "neusjes_lekkerkerk": (
        "https://neusjes.net/blog/2023/05/29/lekkerkerk-trainer-weggestuurd-na-opstootje-met-eigen-speler-lees-hier-alles-over-het-amateurvoetbal/",
        None,
    ),
    "onsoranje_strootman": (
        "https://www.onsoranje.nl/nieuws/nederlands-elftal/23870/strootman-betreurt-vertrek-coach",
        None,
    ),
    "gentinbeeld_watteeuw": ("https://gentinbeeld.gent/2021/09/13/eerste-schepen-filip-watteeuw/", None),
    "bodemnieuws_kunstgras": (
        "https://bodemnieuws.nl/cms/19570-onderzoek-nodig-naar-vervuiling-kunstgras-groningen.html",
        None,
    ),
    "artsenapotheker_ollongren": (
        "https://artsenapotheker.nl/algemeen/nieuws/id213186-twee-maanden-ziek-dat-gaat-voor-een-minister-eigenlijk-niet-meer.html",
        None,
    ),
    "amersfoortnieuwsbord_militairen": (
        "https://amersfoortnieuwsbord.nl/9000-extra-militairen-naar-de-veluwe-deze-5-dingen-vallen-op/",
        None,
    ),
    "opennieuwsbank_politierotterdam": (
        "https://opennieuwsbank.nl/bericht/2005/08/12/E071-politie-rotterdam-rijnmond.html",
        None,
    ),
    "navingo_bevrachters": ("https://www.navingocareer.com/bevrachters-in-vechtmarkt-zonder-houvast/", None),
    "vogtron_melkveehouder": (
        "https://vogtron.nl/2024/02/20/biologisch-melkveehouder-moet-door-nieuw-puntenstelsel-van-utrecht-opnieuw-grond-omschakelen",
        None,
    ),
    "actueelnieuws_kermis": (
        "https://actueelnieuwsnederland.nl/amp/2014/06/16/kermis-dreigt-te-verdwijnen?page=2162",
        None,
    ),
    "vru_hoogwater": ("https://vru.nl/nieuws/nog-steeds-kans-op-hoog-water-in-regio-utrecht", None),
    "leliedorp_utrecht": (
        "https://panamaserver.in/leliedorp/explosies-en-grote-brand-in-centrum-van-utrecht/?lcp_page0=8",
        None,
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication date/time line of the page on its own (no author): page furniture, site text (blind13-18 convention for date lines; doubtful: could be read as metadata of a byline)"
REPEAT = "the title repeated by the page template on its own line: site text (blind13/15-18 convention for a repeated headline)"
TEASER = "teaser page: the outlet shows the title and a summary and links on ('read on'); the summary is the article text the page holds"
READON = "link phrase pointing to the full article ('Lees verder' = read on / 'Lees meer' = read more): site text"
SOURCE = "an aggregator's or re-poster's pointer to the original source: site text (blind18 convention for an aggregator's source/author box; doubtful: could be read as a byline or credit)"
RELATED = "titles (and teasers) of other articles of the outlet after the article: site text, one block"

# ---- In de Regio Rotterdam (Rotterdam-region local news site), teaser page ------------------------
L(
    "inderegiorotterdam_hoekvanholland",
    (0, 0, None),
    [
        ("headline", "Woning onbewoonbaar door brand"),
        ("lede", "Een woning aan de Paludanushof", {"note": TEASER}),
        ("site_text", "Lees verder", {"note": READON}),
    ],
)

# ---- Den Haagse Gids (The Hague local news site), liveblog teaser page ------------------------------
L(
    "denhaagsegids_achtervolging",
    (0, 0, None),
    [
        (
            "headline",
            "Liveblog drie doden tijdens",
            {
                "note": "title of a liveblog page: 'Liveblog drie doden tijdens politieachtervolging' + ' | ' + the latest update's title 'Vriendengroep in tranen'; the whole line is the page's title and is kept as the headline (doubtful: the leading word 'Liveblog' is a format label and the part after ' | ' the newest entry's title; a reading that sets 'Liveblog' aside or ends the headline at ' | ' would change the gold headline)"
            },
        ),
        (
            "lede",
            "Een politieachtervolging in Den Haag",
            {
                "tail": "In ons liveblog verzamelen",
                "note": TEASER
                + "; its last sentence 'In ons liveblog verzamelen wij al het nieuws voor je.' (in our liveblog we collect all the news for you) is liveblog furniture describing the page, not news: site_text_tail (doubtful: it is written in the summary's own voice)",
            },
        ),
        ("site_text", "Lees verder", {"note": READON}),
    ],
)

# ---- Nieuwskoerier (Dutch news aggregator), teaser page -------------------------------------------
L(
    "nieuwskoerier_friezen",
    (0, 0, None),
    [
        ("headline", "Trotse Friezen voelen zich bedreigd"),
        (
            "lede",
            "Friezen komen steeds meer voor",
            {
                "note": TEASER
                + "; the aggregator's summary is cut mid-word by the site itself ('... meer westerlingen hi'): the cut fragment is kept in the lede"
            },
        ),
        (
            "site_text",
            "0\nReacties",
            {
                "note": "comment counter and comment prompt ('0' / 'Reacties' / '0 reacties' glued to 'Er zijn nog geen reacties geplaatst, wees de eerste!' = no comments yet, be the first): site text, one block"
            },
        ),
    ],
)

# ---- Neusjes.net (Dutch news aggregator blog), re-post of an AD teaser ------------------------------
L(
    "neusjes_lekkerkerk",
    (0, 0, None),
    [
        (
            "headline",
            "Lekkerkerk-trainer weggestuurd na",
            {
                "note": "the title includes the source paper's own phrase 'lees hier alles over het amateurvoetbal' (read all about amateur football here): it is part of the title as published, kept in the headline (doubtful)"
            },
        ),
        ("site_text", "Lees meer", {"note": READON + "; here placed between title and summary"}),
        (
            "site_text",
            "https://images0.persgroep.net/rcs/",
            {"note": "bare image URL standing where the picture was (interface residue): site text"},
        ),
        ("lede", "Het komt zelden voor: een trainer", {"note": TEASER}),
        ("site_text", "Bron: AD", {"note": "'Bron: AD' (source: AD): " + SOURCE}),
    ],
)

# ---- OnsOranje (the KNVB's national-team news site), news article -----------------------------------
L(
    "onsoranje_strootman",
    None,
    [
        (
            "site_text",
            "Het lukt niet om de pagina die je",
            {
                "note": "the site's error / maintenance notice (page could not be loaded, maintenance mode, try switching off your ad blocker): site text, one block"
            },
        ),
        (
            "site_text",
            "KNVB.nl\nVoor nieuws en ondersteuning",
            {
                "note": "menu of the football association's other platforms, each name with a one-line description (KNVB.nl, Oranje, Voetbal.nl, ... KNVB Expertise): site menu, site text, one block"
            },
        ),
        (
            "site_text",
            "Foto:",
            {"note": "empty photo-credit label 'Foto:' (the image and its credit are not in the text): site text"},
        ),
        ("lede", "Kevin Strootman betreurt het ontslag", {"note": NOTITLE}),
        ("paragraph", ",,Dan weet je dat in de voetballerij"),
        ("subheading", "Koeman en Neeskens"),
        (
            "paragraph",
            "De vraag wie Du Chatinier moet",
            {
                "note": "cut mid-word by the excerpt limit (1,981 characters, '... zie ik in de me'): the article goes on beyond the text"
            },
        ),
    ],
)

# ---- Gent in Beeld (Flemish local news site, Ghent), news item ---------------------------------------
L(
    "gentinbeeld_watteeuw",
    (2, 0, None),
    [
        (
            "site_text",
            "Gent in Beeld",
            {
                "note": "the site's name and tagline ('Gent in Beeld' / 'Nieuws uit Gent en omstreken' = news from Ghent and around): site header, site text, one block"
            },
        ),
        (
            "site_text",
            "Eerste Schepen Stad Gent",
            {
                "note": "category / topic label above the title ('Eerste Schepen Stad Gent' = first alderman, City of Ghent): site text (doubtful: could be read as a kicker of the title)"
            },
        ),
        ("headline", "Eerste Schepen Filip Watteeuw"),
        ("lede", "Eerste Schepen Filip Watteeuw is"),
        (
            "site_text",
            "Instagram did not return a 200.",
            {"note": "error text of an embedded Instagram widget, in English: interface residue, site text"},
        ),
    ],
)

# ---- Bodemnieuws (Dutch soil / environment trade news), news digest item ---------------------------
L(
    "bodemnieuws_kunstgras",
    None,
    [
        (
            "lede",
            "De gemeente Groningen moet een eigen",
            {
                "tail": "(9 mei, Dagblad van het Noorden)",
                "note": NOTITLE
                + "; the digest's one-sentence summary; the glued credit '(9 mei, Dagblad van het Noorden)' (date and source paper of the summarised article) is site_text_tail: "
                + SOURCE,
            },
        ),
        (
            "site_text",
            "Lees meer: dvhn.nl",
            {"note": "'Lees meer: dvhn.nl' (read more at the source's site): " + READON},
        ),
    ],
)

# ---- Arts en Apotheker (Dutch health-care trade news), news digest item -----------------------------
L(
    "artsenapotheker_ollongren",
    (1, 0, None),
    [
        ("site_text", "Inloggen", {"note": "login link ('Inloggen'): site text"}),
        ("headline", "Twee maanden ziek, dat gaat voor"),
        ("site_text", "vrijdag 1 november 2019 16:00", {"note": STAMP}),
        ("lede", "Net nu het kabinet voor ingrijpende"),
        (
            "site_text",
            "www.trouw.nl/...t-gaat-voor-een",
            {"note": "shortened link to the source article on trouw.nl: " + SOURCE},
        ),
    ],
)

# ---- AmersfoortNieuwsbord (local news aggregator, Amersfoort region), teaser page -------------------
L(
    "amersfoortnieuwsbord_militairen",
    (0, 0, None),
    [
        ("headline", "9000 extra militairen naar de Veluwe"),
        (
            "site_text",
            "9000 extra militairen naar de Veluwe",
            {
                "note": REPEAT
                + "; the site has the template of the 'nieuwsbord' network (alkmaarnieuwsbord.nl was used in blind18)"
            },
        ),
        ("lede", "Amersfoort - Woningen zijn al", {"note": TEASER + "; dateline 'Amersfoort - ' kept in the lede"}),
    ],
)

# ---- Open Nieuwsbank (press-release site): a police press bulletin (Politie Rotterdam-Rijnmond) -------
L(
    "opennieuwsbank_politierotterdam",
    (0, 0, None),
    [
        (
            "headline",
            "Politie Rotterdam Rijnmond",
            {
                "note": "the bulletin's title as the page gives it (the issuing police force): headline (doubtful: it names the sender and could be read as a byline; the bulletin has no other overall title)"
            },
        ),
        (
            "site_text",
            "Uitgave vrijdag 12 augustus",
            {
                "note": "issue-date line of the bulletin ('Uitgave vrijdag 12 augustus' = edition of Friday 12 August): "
                + STAMP
            },
        ),
        (
            "subheading",
            "* VIERDE VERDACHTE AANGEHOUDEN",
            {"note": "title of the bulletin's first item, in capitals after '* ': subheading"},
        ),
        ("lede", "ROTTERDAM - Het onderzoek van de", {"note": "first item's text with its dateline: lede"}),
        (
            "subheading",
            "* MAN ZWAAR GEWOND NA ONENIGHEID;",
            {"note": "title of the bulletin's second item: subheading"},
        ),
        (
            "paragraph",
            "SPIJKENISSE - Een 37-jarige man is",
            {
                "note": "cut mid-word by the excerpt limit (2,000 characters, '... voor de woning zw'): the bulletin goes on beyond the text"
            },
        ),
    ],
)

# ---- Navingo Career (Dutch maritime trade / careers site), re-posted trade news item ----------------
L(
    "navingo_bevrachters",
    (0, 0, None),
    [
        ("headline", "Bevrachters in vechtmarkt zonder"),
        ("lede", "De bevrachtingswereld is meer dan ooit"),
        (
            "site_text",
            "Bron: Schuttevaer, 12-08-2009;",
            {"note": "'Bron: Schuttevaer, 12-08-2009;' (source: the trade paper Schuttevaer, with date): " + SOURCE},
        ),
    ],
)

# ---- Vogtron (Dutch news aggregator), news item ----------------------------------------------------
L(
    "vogtron_melkveehouder",
    None,
    [
        ("lede", "Joost Samsom melkt in Wilnis 115", {"note": NOTITLE}),
        (
            "site_text",
            "Weerplaza",
            {"note": "name of a weather widget ('Weerplaza') after the text: interface residue, site text"},
        ),
    ],
)

# ---- Actueel Nieuws Nederland (Dutch press-release / news aggregator), news page ---------------------
L(
    "actueelnieuws_kermis",
    (2, 0, None),
    [
        (
            "site_text",
            "Direct je persbericht verspreiden",
            {
                "note": "promo of the site's own press-release distribution service ('Direct je persbericht verspreiden ...' / 'Startpunt voor ...') with its button 'Persbericht verzenden' (send a press release): site text, one block"
            },
        ),
        (
            "site_text",
            "Persbericht\n",
            {"note": "content-type label 'Persbericht' (press release) above the title: section label, site text"},
        ),
        ("headline", "Kermis dreigt te verdwijnen"),
        (
            "site_text",
            "Datum: maandag 16 juni 2014",
            {
                "note": "metadata fields 'Datum: maandag 16 juni 2014' and 'Bron: Actueel Nieuws' (date, source = the site itself): date line and source field, site text, one block"
            },
        ),
        (
            "lede",
            "Nederland , 16 juni 2014 -",
            {
                "note": "dateline 'Nederland , 16 juni 2014 -' on its own line kept in the lede (datelines stay article text)"
            },
        ),
        ("paragraph", "In Dorst staan nog twee attracties"),
        ("subheading", "Leefbaarheid"),
        ("paragraph", "25 van de 46 dorpsraden die de"),
        (
            "site_text",
            "Lees het artikel verder op Omroep",
            {"note": "'Lees het artikel verder op Omroep Brabant' (read the rest at the source): " + READON},
        ),
        (
            "site_text",
            "SP houdt peuterspeelzalen deels",
            {
                "note": RELATED
                + ": four other items, each title + truncated teaser ('..') + relative-time line '12 jaar geleden via Actueel Nieuws' (12 years ago via ...), the last cut by the excerpt limit ('Bert Lubbing')"
            },
        ),
    ],
)

# ---- Veiligheidsregio Utrecht (safety region: fire brigade and crisis service), news page ------------
L(
    "vru_hoogwater",
    (0, 0, None),
    [
        ("headline", "Nog steeds kans op hoog water"),
        ("site_text", "28 december 2023", {"note": STAMP}),
        ("lede", "Hoogheemraadschap De Stichtse"),
        (
            "site_text",
            "Het laatste nieuws",
            {
                "note": "related box 'Het laatste nieuws' (the latest news): heading, then three other news items of the site, each title + date line + teaser (the last teaser whole): "
                + RELATED
            },
        ),
    ],
)

# ---- Leliedorp (Dutch-language Surinamese news site, on panamaserver.in), news item ------------------
L(
    "leliedorp_utrecht",
    None,
    [
        ("lede", "In het centrum van Utrecht is vandaag", {"note": NOTITLE}),
        (
            "site_text",
            "- Houten huis in Victoria Asigron",
            {
                "note": "list of 21 other items' titles, each cut by the site ('fell…..', 'struc…..') and ending in '..': related-links list, "
                + RELATED
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

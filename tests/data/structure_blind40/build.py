#!/usr/bin/env python3
"""Rebuild structure blind set 40 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish and Belgian Dutch-language news pages of outlets none of the earlier
structure sets used: sports federations and clubs (football, basketball, tennis, volleyball, athletics,
chess), trade federations (transport, technology), a university and a university college, an
architecture institute, an education news site, a women's magazine, a beekeepers' association, a
Protestant church, a teachers' union, a brass band and a local news site. They come from the `search` tool's "pages"
corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched by a
script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind40 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each
block is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end; a string = a marker inside the block). Standard library only;
the cutting is done by tests/data/page_store_build.py.
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
    "skl_lerarentekort": (
        "https://skolo.org/nl/2021/10/29/het-lerarentekort-is-nu-een-acuut-probleem-maar-het-is-niet-dat-we-het-niet-zagen-aankomen",
        None,
    ),
    "kb_arbitrage": ("http://www.belgianfootball.be/nl/node/66957", None),
    "bv_corona": (
        "https://www.basketbal.vlaanderen/afgelastingen?fbclid=IwAR01SVEN3A-rLaZRcbDulCatZAlHAMwgnNfTyWqzoQVVuoaXh2YsOmzcRao",
        None,
    ),
    "ug_songdo": ("https://www.ugent.be/nl/actueel/bezoek-astrid-campus-korea.htm", None),
    "fb_receptie": ("https://febetra.be/2009/01/gemeenschappelijke-nieuwjaarsreceptie-febetra-sav/", None),
    "kv_maandblad": ("https://konvib.be/?page_id=5443", None),
    "tw_kort": ("https://torrewachters.be/Nieuws/2024-07-kort", None),
    "px_studenten": (
        "https://www.pxl.be/Pub/Home/In-De-Media/2021/Nieuwe-studenten-hebben-steeds-vaker-al-diploma-op-zak.html?filter=",
        None,
    ),
    "vai_labels": ("https://www.vai.be/nieuws/achtste-reeks-bouwmeester-labels-geselecteerd", None),
    "lb_redactrices": (
        "https://www.libelle.be/openhartig/de-meest-onvergetelijke-momenten-van-onze-redactrices-in-2024/",
        "2024-12",
    ),
    "tv_maatregelen": ("https://www.tennisvlaanderen.be/maatregelen-coronavirus", None),
    "bh_veldlopen": (
        "https://bonhac.wixsite.com/bonh/post/belgisch-kampioenschap-veldlopen-2018-park-van-laken-brussel",
        None,
    ),
    "ag_relanceplan": (
        "https://www.mynewsdesk.com/nl_be/agoria/pressreleases/agoria-hoopt-dat-voornemens-relanceplan-omgezet-worden-in-concrete-investeringen-3112255",
        None,
    ),
    "vp_itabire": ("http://vpkb.be/actueel/jumelage-met-itabire", None),
    "vv_situatie": ("https://www.volleyvlaanderen.be/huidige-situatie/", None),
    "ac_actieweek": ("https://acodonderwijs.be/?p=11509", None),
    "fs_geschiedenis": ("http://kfsintpieter.be/content/140-jaar-fanfare-herenthout", None),
    "spl_politiezone": ("https://sint-pieters-leeuw.eu/2014/06/11/", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
NONE = "the text carries no site text"
UPDATE = "update stamp of the page's running updates (liveblog furniture): site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Skolo (skolo.org/nl, Flemish education news and opinion) -------------------------------------
L(
    "skl_lerarentekort",
    (0, 0, None),
    [
        ("headline", "Het lerarentekort is nu een acuut"),
        (
            "site_text",
            "Facebooktwittermail",
            {"note": "share line (Facebook, Twitter, mail glued), with the whitespace-only line below it: site text"},
        ),
        (
            "lede",
            "‘Pasklare oplossingen om deze crisis",
            {"note": "the intro under the title, naming the author ('schrijft Vincent Van Roy'): lede, not byline"},
        ),
        ("paragraph", "De jongste weken is er veel aandacht"),
        ("paragraph", "Hieronder enkele redenen waarom"),
        ("subheading", "Veranderende sociologische en"),
        ("paragraph", "Een eerste element welke een"),
        ("paragraph", "De periode dat je als leerkracht", {"note": CUT}),
    ],
)

# ---- Belgian football association (belgianfootball.be, KBVB / Voetbal Vlaanderen news) ---------
L(
    "kb_arbitrage",
    None,
    [
        ("lede", "Per provincie wordt er een", {"note": NOTITLE + "; " + NONE}),
        ("paragraph", "Het aantal nieuwe scheidsrechters"),
        ("paragraph", "Voetbal Vlaanderen zal in haar"),
        ("paragraph", "De volgende scheidsrechters zullen"),
        ("list_item", "• Antwerpen: Wesley Alen"),
        ("list_item", "• Limburg: Bert Put"),
        ("list_item", "• Brabant: Wesli De Cremer"),
        ("list_item", "• Oost-Vlaanderen: Bram Van"),
        ("list_item", "• West-Vlaanderen: Jordy Vermeire"),
        (
            "caption",
            "Jeugdraad Arbitrage Voetbal Vlaanderen",
            {
                "note": "a verbless line naming a group and its chairman, at the end of the item: the photo's caption (doubtful: could be read as a closing paragraph)"
            },
        ),
    ],
)

# ---- Basketbal Vlaanderen (basketbal.vlaanderen, Flemish basketball federation) -----------------
L(
    "bv_corona",
    (0, 0, None),
    [
        ("headline", "Updates rond het Coronavirus COVID-19"),
        ("lede", "Vanaf heden zijn de medewerkers van"),
        (
            "paragraph",
            "Hier vind je een overzicht van alle",
            {
                "note": "the notice's own pointer to the federation's list of e-mail addresses: article text (doubtful: a link line that could be read as site text)"
            },
        ),
        (
            "site_text",
            "DATUM 25/3/2020",
            {"note": "date and time of the update ('DATUM 25/3/2020', 'UPDATE 16H30'), one unit: " + UPDATE},
        ),
        ("paragraph", "De raad van bestuur van Basketbal"),
        ("paragraph", "Dat betekent natuurlijk niet dat"),
        ("paragraph", "Volgende beslissingen werden dan ook"),
        ("list_item", "• verlaging van de drempel CD 201"),
        ("list_item", "• verrekening van het jeugdfonds"),
        ("list_item", "• betalingsuitstel voor alle facturen"),
        ("list_item", "• facturatie lidgelden 2020-2021"),
        ("paragraph", "Uiteraard volgt de Raad van Bestuur"),
        ("paragraph", "Verder zullen wij ondertussen", {"note": CUT}),
    ],
)

# ---- Ghent University (ugent.be, university news) -------------------------------------------------
L(
    "ug_songdo",
    (0, 0, None),
    [
        ("headline", "Prinses Astrid bezoekt Global Campus"),
        (
            "site_text",
            "(14-06-2017)",
            {"note": "publication date in brackets glued before the first sentence: site text (the line is split)"},
        ),
        ("lede", "Op donderdag 15 juni 2017 brengt"),
        ("paragraph", "Even een sprong terug in de tijd"),
        ("paragraph", "“Het feit dat de economische missie"),
        ("paragraph", "Ook professor Wesley De Neve", {"note": CUT}),
    ],
)

# ---- Febetra (febetra.be, Belgian road-transport federation news) --------------------------------
L(
    "fb_receptie",
    (0, 0, None),
    [
        ("headline", "Febetra en SAV verdedigen samen", {"note": NONE}),
        ("lede", "SAV, de Koninklijke Beroepsorganisatie"),
        ("paragraph", "Beide beroepsorganisaties"),
        ("paragraph", "Willy Van Loon van Febetra blikte"),
        ("paragraph", "Op langere termijn pleitte Maes voor", {"note": CUT}),
    ],
)

# ---- Koninklijke Vlaamse Imkersbond (konvib.be, Flemish beekeepers' association) ---------------
L(
    "kv_maandblad",
    None,
    [
        (
            "paragraph",
            "Beste leden en sympathisanten,",
            {
                "note": NOTITLE
                + "; the salutation of the board's letter to the members: article text, a paragraph of its own (doubtful: kind); "
                + NONE
            },
        ),
        ("lede", "Het was voor de bestuursleden een", {"note": "the letter's first paragraph"}),
        ("paragraph", "Er is overleg geweest met onze"),
        ("paragraph", "Lezers vragen om niet al te veel"),
        ("paragraph", "Ook wordt er in een nauwer contact"),
        ("paragraph", "Wat het Vlaams Bijenteelt Programma", {"note": CUT}),
    ],
)

# ---- Torrewachters (torrewachters.be, chess club of Bruges; club news) --------------------------
L(
    "tw_kort",
    (1, 0, None),
    [
        ("site_text", "Nieuws\n", {"note": "section name ('News') above the title: site text"}),
        ("headline", "Kort\n", {"note": "the item's title 'Kort' ('In brief')"}),
        (
            "byline",
            "door Peter op 3 jul. 24",
            {
                "note": "author and date on one line: byline (doubtful: the date part could be site text); keeps the whitespace-only line below it"
            },
        ),
        (
            "lede",
            "*Zoals ik vorige week al aankondigde",
            {"note": "a round-up of short items, each starting with '*': items are paragraphs, the first one lede"},
        ),
        ("paragraph", "Wie niet kan wachten tot 10"),
        ("paragraph", "*De nieuwste ELO-Lijst is in het"),
        ("paragraph", "*In grensstad Menen werd een", {"note": CUT}),
    ],
)

# ---- Hogeschool PXL (pxl.be, university college of Hasselt; 'in the media' page) ---------------
L(
    "px_studenten",
    None,
    [
        (
            "lede",
            "Zowel de UHasselt als de Limburgse",
            {"note": NOTITLE + "; the whole text is one paragraph; " + NONE},
        ),
    ],
)

# ---- Vlaams Architectuurinstituut (vai.be, architecture institute news) -------------------------
L(
    "vai_labels",
    (1, 0, None),
    [
        ("site_text", "Architectuur\n", {"note": "topic tag ('Architecture') above the title: site text"}),
        ("headline", "Achtste reeks Bouwmeester Labels"),
        ("lede", "Drie onderzoeksvoorstellen ontvingen"),
    ],
)

# ---- Libelle (libelle.be, Flemish women's weekly) -------------------------------------------------
L(
    "lb_redactrices",
    None,
    [
        (
            "lede",
            "Het einde van het jaar is hét moment",
            {"note": "store date prefix removed; " + NOTITLE + "; " + NONE},
        ),
        ("subheading", "Hoofdredactrice Karen zag haar droom", {"note": "section title of the first editor's story"}),
        ("paragraph", "Karen (49): “Ik ben dol op mijn job"),
        ("subheading", "Els & Birte zijn blij dat het thema"),
        (
            "quote",
            "Samen creëerden we meer begrip",
            {
                "note": "a line in the editors' words set under the section title: pull quote (doubtful: could be a second-level subheading)"
            },
        ),
        ("paragraph", "Els, chef reportage (46): “We hebben", {"note": CUT}),
    ],
)

# ---- Tennis Vlaanderen (tennisvlaanderen.be, Flemish tennis and padel federation) --------------
L(
    "tv_maatregelen",
    None,
    [
        (
            "subheading",
            "Info voor spelers",
            {
                "note": NOTITLE
                + " ('Maatregelen coronavirus'); 'Info for players' heads the page's part for players: subheading (doubtful: could be a tab of the page, site text)"
            },
        ),
        ("site_text", "Update 03/04", {"note": UPDATE}),
        ("lede", "Er is nog geen officieel"),
        ("paragraph", "Om die reden zijn we genoodzaakt"),
        ("paragraph", "Maatregelen voor spelers m.b.t."),
        ("list_item", "• Het clubhuis en de cafetaria"),
        ("list_item", "• Vrij tennis/padel spelen en verhuur"),
        ("list_item", "• Alle tennis- en padellessen"),
        ("list_item", "• Alle tennis-en padelcompetities"),
        ("site_text", "Update 24/03", {"note": UPDATE}),
        ("paragraph", "Een tiental dagen geleden kwam het"),
        ("paragraph", "Ook jouw club en haar vrijwilligers"),
        ("paragraph", "Tennis en padel zijn individuele"),
        ("subheading", "Wat met tornooien en interclub?"),
        ("paragraph", "Uiteraard volgen we de situatie op", {"note": CUT}),
    ],
)

# ---- BONHAC (bonhac.wixsite.com, athletics club blog; Wix site) ----------------------------------
L(
    "bh_veldlopen",
    (2, 0, None),
    [
        ("site_text", "top of page", {"note": "the Wix page's skip link (English): site text"}),
        (
            "site_text",
            "• Foto van schrijverAdmin",
            {"note": "author photo alt text glued to the account name 'Admin' (no person's name): site text"},
        ),
        ("headline", "Belgisch kampioenschap veldlopen 2018"),
        ("site_text", "Bijgewerkt op: 1 mrt. 2018", {"note": "'updated on' date line: site text"}),
        ("lede", "Onder een stralende zon en de"),
        ("paragraph", "Het parcours lag er zeer goed bij"),
        ("paragraph", "Bij de meisjes eerstejaars cadetten"),
        ("paragraph", "Van bij de start was het duidelijk"),
        ("paragraph", "Zij eindigde dan ook op een"),
        ("paragraph", "DIKKE proficiat voor Hannelore."),
        ("paragraph", "De volgende van onze atleten die"),
        ("paragraph", "Frederik die in tegenstelling tot"),
        ("paragraph", "Sofie Verheyen was onze atlete die"),
        ("paragraph", "De start en de eerste kleine ronde", {"note": CUT}),
    ],
)

# ---- Agoria newsroom (mynewsdesk.com/nl_be/agoria, Belgian technology federation) --------------
L(
    "ag_relanceplan",
    (1, 0, None),
    [
        ("site_text", "Skip to content", {"note": "skip link (English): site text"}),
        (
            "headline",
            "Agoria hoopt dat voornemens",
            {
                "note": "the title as the page first prints it (doubtful: the repeat below could be taken as the headline)"
            },
        ),
        ("site_text", "Persbericht -", {"note": "format label ('press release') with an empty date: site text"}),
        (
            "site_text",
            "Agoria hoopt dat voornemens",
            {"skip": 0, "note": "the title printed again above the body: site text (a duplicate of the headline)"},
        ),
        ("lede", "Agoria reageert tevreden dat de"),
        ("paragraph", "Agoria vindt het goed dat"),
        ("paragraph", "Volgens de technologiefederatie is"),
        ("paragraph", "Ten eerste is het van essentieel"),
        ("paragraph", "Daarnaast wijst Agoria erop dat de"),
        ("paragraph", "Ten slotte vraagt de federatie om", {"note": CUT}),
    ],
)

# ---- VPKB (vpkb.be, United Protestant Church of Belgium; church news) ---------------------------
L(
    "vp_itabire",
    (2, 0, None),
    [
        (
            "site_text",
            "Protestantse Kerken België | Jumelage",
            {"note": "the page's title bar (site name | item title): site text"},
        ),
        ("site_text", "Huis van het Protestantisme |", {"note": "navigation links: site text"}),
        ("headline", "Jumelage met Itabire\n"),
        ("lede", "Het district ABL heeft vanaf 2006"),
        (
            "site_text",
            "itabireDit",
            {"note": "image alt text 'itabire' glued before the paragraph's first word: site text (the line is split)"},
        ),
        ("paragraph", "Dit contact krijgt steeds meer"),
        ("paragraph", "Om elkaar wat beter te leren kennen"),
        (
            "site_text",
            "Luther en de joden",
            {
                "note": "teasers of two other news items (each title printed twice, a summary, '→ lees meer'): site text, one block"
            },
        ),
    ],
)

# ---- Volley Vlaanderen (volleyvlaanderen.be, Flemish volleyball federation) --------------------
L(
    "vv_situatie",
    (1, 0, None),
    [
        ("site_text", "VOLLEYSCORES", {"note": "menu links (scores, live score, log in): site text, one block"}),
        ("headline", "Huidige situatie\n"),
        ("site_text", "Update: 9 februari 2021", {"note": UPDATE}),
        ("lede", "De geplande heropstart voor de U13"),
        ("paragraph", "De seniorcompetities werden op alle"),
        ("paragraph", "De zaaltrainingen voor de jongste"),
        (
            "paragraph",
            "Meer info over de huidige",
            {"note": "the update's own pointer to Sport Vlaanderen's site: article text"},
        ),
        ("site_text", "Update: 24 januari 2021", {"note": UPDATE}),
        ("subheading", "Geen heropstart van de competitie", {"note": "the older update's own title"}),
        ("paragraph", "Gezien de evolutie en de huidige"),
        ("paragraph", "De competitie van het lopende seizoen"),
        ("paragraph", "Een beslissing rond de heropstart", {"note": CUT}),
    ],
)

# ---- ACOD Onderwijs (acodonderwijs.be, teachers' branch of the socialist public-service union) --
L(
    "ac_actieweek",
    None,
    [
        ("lede", "ACOD en de andere vakbonden van de", {"note": NOTITLE}),
        ("paragraph", "In die week wil het gemeenschappelijk"),
        ("paragraph", "ACOD Onderwijs steunt deze actieweek."),
        ("paragraph", "Als je wil deelnemen aan acties van"),
        ("list_item", "- Antwerpen: om 11.55 u op het"),
        ("list_item", "- Limburg: van 11.55 tot 13.00 u"),
        ("list_item", "- Oost-Vlaanderen: van 11.00 tot"),
        ("list_item", "- Vlaams-Brabant: van 7.30 tot 10.00"),
        ("list_item", "- West-Vlaanderen: van 11.00 tot"),
        (
            "paragraph",
            "Opgelet: we vullen dit bericht",
            {
                "note": "the post's own notice that it is updated ('check back later'): article text (doubtful: a standing notice that could be read as site text)"
            },
        ),
        (
            "byline",
            "Nancy Libert algemeen secretaris",
            {"note": "author box: name and function (byline), then the contact prompt on the same line"},
        ),
        (
            "site_text",
            "Wil je de auteur contacteren?",
            {"note": "'want to contact the author? send her an e-mail.' with a trailing '|': site text"},
        ),
    ],
)

# ---- Koninklijke Fanfare Sint-Pieter Herenthout (kfsintpieter.be, brass band; club news) -------
L(
    "fs_geschiedenis",
    (0, 0, None),
    [
        (
            "headline",
            "Geschiedenis van de fanfare",
            {
                "note": "the page heading ('History of the band') (doubtful: could be the site section's name, site text); "
                + NONE
            },
        ),
        ("subheading", "1872-1945", {"note": "the period this first part of the series covers"}),
        (
            "subheading",
            "1872-2012, 140 jaar fanfare",
            {
                "note": "exclamatory title line ('140 years of band Herenthout!') on its own line (doubtful: could be the lede)"
            },
        ),
        ("lede", "Dit kan voor onze redactie niet"),
        ("subheading", "De Wimpegalm"),
        ("paragraph", "Het begon allemaal in 1870, een"),
        ("quote", "“Onze gemeente, onder opzichten", {"note": "a quoted passage from old texts, its own paragraph"}),
        ("subheading", "Ontstaan van de fanfare"),
        ("paragraph", "Er werd gezongen en gerepeteerd, maar", {"note": CUT}),
    ],
)

# ---- sint-pieters-leeuw.eu (local news site of Sint-Pieters-Leeuw, Flemish Brabant; a day page) -
L(
    "spl_politiezone",
    (0, 0, None),
    [
        ("headline", "Politiezone Zennevallei start in 2016"),
        ("lede", "SINT-PIETERS-LEEUW / HALLE / BEERSEL:", {"note": "first paragraph with its place dateline"}),
        (
            "site_text",
            "2013-11-12-fusie-politiezones_Halle",
            {"note": "the image's file name printed as its alt text, on a line of its own: site text"},
        ),
        ("paragraph", "Eind november 2013 verleenden de"),
        ("paragraph", "Hiermee werd namelijk het startschot"),
        (
            "paragraph",
            "Het oprichten van een nieuwe",
            {
                "note": "hard-wrapped lines (line breaks mid-sentence) inside one paragraph: one block, cut where a short line ends a sentence (doubtful: boundaries)"
            },
        ),
        ("paragraph", "Op 9 mei 2014 werd het eerste", {"note": "hard-wrapped lines, one block; " + CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

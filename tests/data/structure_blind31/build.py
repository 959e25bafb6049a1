#!/usr/bin/env python3
"""Rebuild structure blind set 31 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages of Flemish and Belgian outlets (a Dender news site, a free regional
paper's site, a student and youth magazine, retail-trade and business news), of Dutch local outlets of
Brabant, Limburg, Drenthe and Flevoland (a regional news site, a town paper's site and e-paper, local
broadcasters, local news sites) and of Caribbean Dutch-language outlets (a Surinamese news site, a
Surinamese paper on PressReader, an Aruban news aggregator). They come from the `search` tool's "pages"
corpus (stored public web pages, text as the store extracted it), which cannot be re-fetched by a
script; so the excerpts are kept, as the tool returned them, in pages_raw.json next to this file
(url -> excerpt). That file and the texts stay in /work/data/structure-blind31 and are NOT for the
project repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each
block is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end
of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end; a string = a marker inside the block). Standard library only; the
cutting is done by tests/data/page_store_build.py.
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
    "sy_vanwerven": (
        "https://www.sybit.nl/regionieuws/25529/raad-voorzichtig-positief-over-uitbreiding-van-werven",
        None,
    ),
    "dj_feestcommissie": (
        "https://denderjournaal.be/nieuwe-wind-bij-stedelijke-feestcommissie-ninove-jeroen-sonck-verkozen-tot-voorzitter/",
        None,
    ),
    "kn_veghel": (
        "https://www.kliknieuws.nl/regio/stadskrantveghel/algemeen/82355/veghel-centrum-doet-het-licht-aan",
        None,
    ),
    "ap_koning": ("https://arubapage.com/provider/bondia-aruba", None),
    "rd_heropening": ("https://www.retaildetail.be/nl/?p=40921", None),
    "su_dcs": (
        "https://sunieuws.com/sunieuws/nieuwe-districtscommissarissen-worden-maandag-beedigd-en-geinstalleerd/?lcp_page0=21",
        None,
    ),
    "ts_marowijne": ("http://www.pressreader.com/suriname/times-of-suriname/20161015/281543700446416", None),
    "bam_recessie": (
        "https://businessam.be/nationale-bank-belgische-economie-stevent-af-op-een-korte-en-milde-recessie",
        None,
    ),
    "tb_coalitie": (
        "https://www.tilburgers.nl/coalitie-zes-wethouders-en-een-stadshoogleraar-willen-meer-voor-elkaar-krijgen/amp/",
        None,
    ),
    "rl_broekema": (
        "https://www.radiolelystad.nl/4054-wethouder-rinze-broekema-een-duwtje-in-de-goede-richting-geven",
        None,
    ),
    "rm_wethouders": ("https://rtvmaastricht.nl/nieuws/artikel/wethouders-geinstalleerd", None),
    "mr_ah": ("https://paper.mooirooi.nl/open/904d43a0", None),
    "gd_raadslid": ("https://goeiedag.be/lennik/2019/09/nieuw-raadslid-voor-lennik%C2%B2/", None),
    "gu_leuven": (
        "https://www.guido.be/Nieuws/ArticleDetail/tabid/251/ArticleId/7554/modid/1047/page/155/Default.aspx",
        None,
    ),
    "cn_jaar": ("https://coevordernieuws.nl/nieuws/overzicht-van-het-jaar-2021/", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
NOSITE = "the text carries no site text"
LIST = "one line of a list: list_item"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Sybit regionieuws (sybit.nl, regional news of Dronten / Flevoland; council) ------------------
L(
    "sy_vanwerven",
    (0, 0, None),
    [
        ("headline", "Raad voorzichtig positief over"),
        (
            "site_text",
            "Raad voorzichtig positief over",
            {"note": "the title printed a second time by the page template: site text (the first one is the headline)"},
        ),
        (
            "site_text",
            "06-03-2020 - De gemeenteraad",
            {
                "note": "publication date with its dash glued before the first sentence on one line: site text (the line is split before 'De')"
            },
        ),
        ("lede", "De gemeenteraad van Dronten staat"),
        ("paragraph", "In een speciale commissievergadering"),
        ("paragraph", "Het recyclingbedrijf mag nu niet"),
        ("subheading", "Circulaire economie"),
        ("paragraph", "De activiteiten van Van Werven passen"),
        ("paragraph", "VVD'er Gach vroeg zich af"),
        ("subheading", "Angst voor grote loodsen"),
        ("paragraph", "Paul Vermast van GroenLinks vreest"),
        ("paragraph", "Van der Giessen gaf aan dat een", {"note": CUT}),
    ],
)

# ---- Denderjournaal (denderjournaal.be, news of the Dender region, Ninove) ------------------------
L(
    "dj_feestcommissie",
    None,
    [
        (
            "lede",
            "In de stad Ninove is de stedelijke",
            {"note": NOTITLE + "; " + NOSITE + "; the store's mojibake ('coรถrdineren', 'officiรซle') kept"},
        ),
        (
            "subheading",
            "Stimulerende rol voor feestbeleving.",
            {"note": "section title of the page, printed with a full stop: subheading"},
        ),
        ("paragraph", "De stedelijke feestcommissie is een"),
        ("paragraph", "Na elke installatie van een nieuwe"),
        ("subheading", "Samenstelling van de commissie."),
        ("paragraph", "De politieke fracties stelden", {"note": "the sentence introducing the list"}),
        ("list_item", "- Positief Ninove:", {"note": LIST}),
        ("list_item", "- Forza Ninove:"),
        ("list_item", "- Vooruit/Groen:"),
        ("list_item", "- N-VA: Sonja Muylaert."),
        ("paragraph", "Daarnaast stelden zich vijftien", {"note": CUT}),
    ],
)

# ---- KlikNieuws / Stadskrant Veghel (kliknieuws.nl, town paper of Veghel, Meierijstad, Brabant) --
L(
    "kn_veghel",
    (1, 0, None),
    [
        ("site_text", "Afbeelding", {"note": "alt text of the header image ('Image'): site text"}),
        ("headline", "Veghel Centrum doet het licht aan"),
        (
            "site_text",
            "Centrum 66 keer gelezen",
            {"note": "rubric tag 'Centrum' and view counter ('read 66 times') on one line: site text, one block"},
        ),
        ("lede", "VEGHEL - Het centrum van Veghel is"),
        ("site_text", "[image=317107]", {"note": "image placeholder of the CMS: site text"}),
        ("paragraph", "Volgens de gemeente Veghel gaat het"),
        ("site_text", "[image=317108]", {"note": "image placeholder of the CMS: site text"}),
        ("subheading", "Goede weg"),
        ("paragraph", "Toch staat Veghel Centrum er niet"),
        (
            "site_text",
            "Stuur jouw foto",
            {
                "note": "the outlet's standing request for reader contributions at the end ('send your photo', 'mail the newsroom', 'report a correction'; cut): site text, one block"
            },
        ),
    ],
)

# ---- Arubapage (arubapage.com, Aruban news aggregator; provider page of Bondia Aruba) -----------
L(
    "ap_koning",
    None,
    [
        (
            "site_text",
            "about 10 hours ago",
            {"note": "the aggregator's relative time, in English: site text; " + NOTITLE},
        ),
        (
            "site_text",
            "Aruba ontvangt op 18 maart Zijne",
            {
                "note": "the aggregator's teaser of the item: the first sentences of the article, cut by the site ('in een sfeer van viering en'), before the full text: site text (doubtful: it repeats article text)"
            },
        ),
        ("lede", "Aruba ontvangt op 18 maart Zijne", {"note": "the full article text starts here (second occurrence)"}),
        ("paragraph", "Het koninklijk bezoek staat nauw"),
        ("paragraph", "Volgens de aankondiging van het paleis"),
        ("paragraph", "Recentelijk bezocht de monarch het", {"note": CUT}),
    ],
)

# ---- RetailDetail (retaildetail.be/nl, Belgian retail-trade news) ---------------------------------
L(
    "rd_heropening",
    (6, 0, None),
    [
        (
            "site_text",
            "RetailDetail BE\nBelgië - NL",
            {
                "note": "site header: edition switch, newsletter and contact links, member login and the section menu: site text, one block"
            },
        ),
        (
            "site_text",
            "RetailDetail BE\nBelgië - NL",
            {"note": "the same header and menu printed a second time (mobile menu): site text, one block"},
        ),
        ("site_text", "Ledenzone\n  • Log in", {"note": "member-zone login links: site text"}),
        ("site_text", "thumb\n", {"note": "alt text of the header image ('thumb'): site text"}),
        ("byline", "Geschreven door Jorg Snoeck", {"note": "author line above the title ('written by')"}),
        (
            "site_text",
            "In dit artikel\nArtikel delen",
            {
                "note": "empty 'in this article' tag heading and the share list ('share article', five networks): site text, one block"
            },
        ),
        ("headline", "Handelaars tevreden over eerste"),
        (
            "site_text",
            "icon\nAlgemeen18 mei, 2020",
            {"note": "icon alt text and the section name glued to the publication date: site text, one block"},
        ),
        ("lede", "De modewinkels haalden vorige week", {"note": "the intro; keeps the whitespace-only line below it"}),
        ("subheading", "Lokaal in de lift"),
        ("paragraph", "Na acht weken van verplichte sluiting", {"note": CUT}),
    ],
)

# ---- SuNieuws (sunieuws.com, Surinamese news site) -------------------------------------------------
L(
    "su_dcs",
    None,
    [
        ("lede", "President Jennifer Simons zal op", {"note": NOTITLE + "; " + NOSITE}),
        ("paragraph", "De nieuwe dc’s zullen een sleutelrol"),
        ("subheading", "Voorgedragen districtscommissarissen"),
        ("paragraph", "Voor de bestuursperiode 2025–2030 zijn", {"note": "the sentence introducing the list"}),
        ("list_item", "Clyde Hunswijk (Moengo, ABOP)", {"note": LIST + " (one nominee a line, no bullets)"}),
        ("list_item", "Marvin Vijent (Albina, ABOP)"),
        ("list_item", "Ruth Beely (Matawai, ABOP)"),
        ("list_item", "Josafat Kanape (Tapanahony, ABOP)"),
        ("list_item", "Fulgence Javinde (Paamaka, ABOP)"),
        ("list_item", "Patrick Kensenhuis (Para, NDP)"),
        ("list_item", "Ravi Bhattoe (Wanica Centrum, NDP)"),
        ("list_item", "Kevin Bronne (Kabalebo, NDP)"),
        ("list_item", "Rajiv Ramsahai (Commewijne, NDP)"),
        ("list_item", "Selindia Morishi (Coeroeni, NDP)"),
        ("list_item", "Ruchsana Ilahibaks (Paramaribo Zuid"),
        ("list_item", "Mohamed Bakas (Nickerie, NDP)"),
        ("list_item", "Aniel Ramautar (Saramacca, NDP)"),
        ("list_item", "Glenda Kranenburg (Wanica Noord-West"),
        ("list_item", "Wenny’s Vijfhoven (Paramaribo Midden"),
        ("list_item", "Gregory van der Kamp (Brokopondo"),
        ("list_item", "Eric Boldewijn (Coronie, NDP)"),
        ("list_item", "Clemens Karijosentono (Boven"),
        ("list_item", "Ernesto Muller (Wanica Zuid-Oost"),
        ("list_item", "Marlon Budike (Paramaribo Noord, NPS)"),
        ("paragraph", "President Simons heeft eerder"),
        ("paragraph", "Met deze benoemingen zet de regering", {"note": CUT}),
    ],
)

# ---- Times of Suriname on PressReader (pressreader.com, Surinamese daily, e-edition article) ------
L(
    "ts_marowijne",
    (0, 0, None),
    [
        ("headline", "Verhoogde surveillance Marowijne"),
        (
            "site_text",
            "Times of Suriname - - BINNENLAND -",
            {"note": "paper name and section ('domestic') line of the e-edition: site text"},
        ),
        ("lede", "PARAMARIBO - In het district Marowijne", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "Volgens de politie was niet lang terug"),
        (
            "byline",
            "WJ\n",
            {
                "note": "the author's initials signing the article: byline (doubtful: initials without a name could be site text)"
            },
        ),
        (
            "site_text",
            "Newspapers in Dutch",
            {
                "note": "the e-edition platform's category links ('Newspapers in Dutch', 'Newspapers from Suriname'): site text, one block"
            },
        ),
        ("site_text", "© PressReader. All rights reserved.", {"note": "the platform's copyright line: site text"}),
    ],
)

# ---- Business AM (businessam.be, Flemish business news) -------------------------------------------
L(
    "bam_recessie",
    None,
    [
        ("lede", "Door de forse kostenstijgingen zien", {"note": NOTITLE + "; " + NOSITE + "; the intro"}),
        (
            "paragraph",
            "De Belgische ondernemingen zien de",
            {"note": CUT + " (the store keeps only 494 characters of the page)"},
        ),
    ],
)

# ---- Tilburgers.nl (tilburgers.nl, local news site of Tilburg, Brabant; AMP page) -----------------
L(
    "tb_coalitie",
    (1, 0, None),
    [
        ("site_text", "Site pictogram Tilburgers.nl", {"note": "alt text of the site icon ('site icon'): site text"}),
        ("headline", "Coalitie: Zes wethouders en één"),
        (
            "caption",
            "De beoogde wethouders: Maarten van",
            {"tail": "- Foto: Dolph Cantrijn.", "note": "photo caption; the photo credit glued to its end is the tail"},
        ),
        (
            "caption",
            "Van links naar rechts de",
            {
                "tail": "– Foto: Dolph Cantrijn.",
                "note": "second photo caption; the photo credit glued to its end is the tail",
            },
        ),
        ("lede", "Na de primeur van 2018 met een"),
        ("paragraph", "De zes wethouders voor de periode", {"note": "the sentence introducing the lists"}),
        (
            "subheading",
            "Esmah Lahlah, GroenLinks.",
            {
                "note": "the alderman's name heading his or her portfolio list: subheading (doubtful: could be a paragraph)"
            },
        ),
        ("list_item", "• Wijkwethouder van: West", {"note": LIST + " (bullet)"}),
        ("list_item", "• Portefeuille Bestaanszekerheid,"),
        ("list_item", "– Werk en Arbeidsparticipatie,", {"note": LIST + " (dash: a sub-item of the bullet above)"}),
        ("subheading", "Rik Grashoff, GroenLinks."),
        ("list_item", "• Portefeuille Klimaat, Groen,"),
        ("list_item", "– Duurzaamheid en Energietransitie,"),
        (
            "list_item",
            "• Wijkwethouder van: Noord",
            {"note": "the excerpt ends after this item, at ')' (the page goes on with the other aldermen)"},
        ),
    ],
)

# ---- Radio Lelystad (radiolelystad.nl, local broadcaster of Lelystad, Flevoland) -----------------
L(
    "rl_broekema",
    (1, 0, None),
    [
        (
            "site_text",
            "NIEUWS UIT LELYSTAD",
            {"note": "section label above the title ('news from Lelystad'): site text"},
        ),
        ("headline", "Wethouder Rinze Broekema: “Een duwtje"),
        ("lede", "In een serie radio-interviews en", {"note": "the intro"}),
        ("subheading", "Groningse Rotterdammer"),
        ("paragraph", "Rinze Broekema is geboren en getogen"),
        ("subheading", "Vinger opgestoken"),
        ("paragraph", "Dan is de vraag natuurlijk: hoe komt", {"note": CUT}),
    ],
)

# ---- RTV Maastricht (rtvmaastricht.nl, local broadcaster of Maastricht, Limburg) ----------------
L(
    "rm_wethouders",
    (0, 0, None),
    [
        ("headline", "Wethouders geïnstalleerd; drie nieuwe", {"note": NOSITE}),
        ("lede", "Na een nieuw coalitieakkoord, kwam", {"note": "the intro"}),
        ("paragraph", "Vier oud-wethouders keren terug."),
        ("paragraph", "Daarnaast vond ook de installatie"),
    ],
)

# ---- DeMooiRooiKrant (paper.mooirooi.nl, town paper of Sint-Oedenrode, Brabant; e-paper) ----------
L(
    "mr_ah",
    (1, 0, None),
    [
        (
            "site_text",
            "DeMooiRooiKrant\n\n26 oktober 2016",
            {"note": "e-paper edition header (paper name and date, printed twice): site text, one block"},
        ),
        ("headline", "Verplaatsing AH voorlopig van de baan"),
        ("lede", "De verplaatsing van de AH van de Markt", {"note": "the one-sentence intro"}),
        ("paragraph", "In de gemeenteraad die donderdagavond"),
        ("paragraph", "CDA en VVD dienden een amendement in"),
        ("subheading", "Weegschaal"),
        ("paragraph", "DGS-BVT en Hart voor Rooi waren het", {"note": CUT}),
    ],
)

# ---- Goeiedag (goeiedag.be, free regional paper's site; edition Dilbeek-Ternat-Pajottenland) -----
L(
    "gd_raadslid",
    (0, 0, None),
    [
        ("headline", "Nieuw raadslid voor Lennik²"),
        ("lede", "Op 19 september legde Peter Berckmans", {"note": "the whole item is one paragraph"}),
        (
            "site_text",
            "Topartikels editie Dilbeek-Ternat",
            {"note": "heading of the outlet's box of top articles of the regional edition (promo): site text"},
        ),
    ],
)

# ---- Guido (guido.be, Flemish student and youth magazine; news item) ------------------------------
L(
    "gu_leuven",
    (2, 0, None),
    [
        ("site_text", "Image\n", {"note": "alt text of the header image: site text"}),
        ("site_text", "28/05/2011", {"note": "publication date line: site text"}),
        ("headline", "Studentenstad Leuven barst uit zijn"),
        ("lede", "Zitten Leuvense studenten voortaan", {"note": "the intro"}),
        ("paragraph", "De universiteit van Leuven barst uit"),
        (
            "byline",
            "(CM)",
            {"note": "the author's initials in brackets closing the article: byline (doubtful: could be site text)"},
        ),
        ("site_text", "• Slider", {"note": "slider widget items: site text"}),
        ("site_text", "SOCIAL", {"note": "heading of the social-media widget (empty, blank lines): site text"}),
        (
            "site_text",
            "Job in the picture",
            {"note": "job widget heading (English) and its slider items: site text, one block"},
        ),
        (
            "site_text",
            "Omelet- euh omleiding: origineel",
            {"note": "three teasers of other news items with their dates: site text, one block"},
        ),
    ],
)

# ---- Coevorder Nieuws (coevordernieuws.nl, local news site of Coevorden, Drenthe; year review) ----
L(
    "cn_jaar",
    None,
    [
        ("lede", "Het was een bijzonder jaar.", {"note": NOTITLE + "; " + NOSITE}),
        ("paragraph", "Hieronder volgt het overzicht van het"),
        ("subheading", "JANUARI", {"note": "month heading of the year review"}),
        (
            "paragraph",
            "Tijdens en na de jaarwisseling is het",
            {"note": "a review of one-sentence news items, each its own paragraph (not list items)"},
        ),
        ("paragraph", "Schrijfster Yvonne Brill uit Aalden"),
        ("paragraph", "Dorpssmid Lucas Masselink uit Zweeloo"),
        ("paragraph", "FabLab Coevorden wordt officieel"),
        ("paragraph", "Burgemeester Bert Bouwmeester kondigt"),
        ("paragraph", "De raad besluit tot nader onderzoek"),
        ("subheading", "FEBRUARI"),
        ("paragraph", "Begin februari is er veel overlast"),
        ("paragraph", "Het bestuur van IJsvereniging Dalen"),
        ("paragraph", "Gedurende enkele dagen is er ijspret"),
        ("paragraph", "De Eendrachtshof op het terrein van"),
        ("paragraph", "De tweede fase van de Caspershof in"),
        ("paragraph", "De woningbouwplannen van het terrein"),
        ("paragraph", "Op de Europaweg bij Weijerswold vindt", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

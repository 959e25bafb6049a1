#!/usr/bin/env python3
"""Rebuild structure blind set 39 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish, Dutch, Surinamese and Dutch-Caribbean news pages of news
outlets: a Limburg town news site (Lommel), a Bruges local news site's print page, a Hageland local
paper (Hoegaarden / Tienen), Belgian retail and construction trade news, Flanders' culture agenda, a
Knokke-Heist local radio news blog, a Belgian music magazine, a Ghent citizens' news blog, the
Belgian hockey federation's news, two Surinamese news sites (one a news feed), a Dutch-Caribbean
news site, a Dutch regional radio station (Bommelerwaard), a Dutch local paper (Scherpenzeel) and
a Dutch church's news site.
They come from the `search` tool's "pages" corpus (stored public web pages, text as the store
extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay
in /work/data/structure-blind39 and are NOT for the project repository. Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, at most 38, with an occurrence skip count where needed). A block runs
from its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; a string = a marker inside the block). Standard library only; the cutting is done
by tests/data/page_store_build.py.
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
    "lg_gemeenteraad": ("https://www.delommelsegazet.be/morgen-gemeenteraad-3", None),
    "so_priesters": ("http://stadsomroep.com/print.asp?num=21201", None),
    "gh_stadshart": (
        "https://degazetvanhoegaarden.be/streeknieuws/masterplan-stadshart-tienen-stadsgebouwen-worden-getransformeerd/",
        None,
    ),
    "go_zondag": ("https://www.gondola.be/nl/news/hypermarkt-wint-colruyt-verliest", None),
    "bk_energie": (
        "https://www.bouwkroniek.be/article/vijf-maatregelen-moeten-gebouwen-energievriendelijker-maken.27685",
        None,
    ),
    "uv_theater": ("https://www.uitinvlaanderen.be/tip/x-toptheater-in-het-najaar", None),
    "oro_paviljoenen": ("http://oronieuws.blogspot.com/2009/05/dijkhoreca-kant-zich-tegen-grote.html?m=1", None),
    "mz_boomtown": (
        "https://www.musiczine.net/index.php/nl/festivals/item/35576-Boomtownlive_2009_The_Black_Box_Revelation_en_The_Galacticos",
        None,
    ),
    "abc_rijstoogst": ("https://abcsuriname.com/aanhoudende-regenval-bedreigt-groot-deel-rijstoogst-in-nickerie", None),
    "gbl_rector": ("https://gentblogt-archief.stad.gent/2013/05/06/universiteit-kiest-nieuwe-rector.html", None),
    "rr_zaltbommel": (
        "https://www.rivierenland-radio.nl/nieuws/politiek-zaltbommel-wil-onderzoek-naar-bestuurlijk-functioneren",
        None,
    ),
    "hb_victory": ("https://hockey.be/nl/?p=18420", None),
    "lob_dcs": ("https://mi.lobie-su.com/2016/11/02/negen-nieuwe-dcs-beedigd-en-geinstalleerd", None),
    "dt_bes": (
        "http://deltatimes.org/dutch-caribbean/caribisch-nederland-in-vogelvlucht/10-10-2010-nieuw-hoofdstuk-voor-bonaire-st-eustatius-en-saba",
        None,
    ),
    "sk_fusie": (
        "https://www.scherpenzeelsekrant.nl/premium/lokaal/politiek/689927/ollongren-oordeelt-nog-niet-over-fusie-barneveld-scherpenzeel",
        None,
    ),
    "gg_jaaroverzicht": ("https://www.gergeminfo.nl/nieuws/kerkelijk-jaaroverzicht-2017", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
TEASERS = "titles and first lines of other articles (related or latest items): site text, one block"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- De Lommelse Gazet (delommelsegazet.be, town news site of Lommel, Belgian Limburg) ----------
L(
    "lg_gemeenteraad",
    (1, 0, None),
    [
        (
            "site_text",
            "Zelf Lommels nieuws insturen? Dat kan",
            {"note": "the site's request for readers' news ('send in your own Lommel news'), above the title"},
        ),
        ("headline", "Morgen gemeenteraad"),
        ("lede", "Morgen - dinsdag - vindt de"),
        ("paragraph", "Mondelinge vragen komen er van Walter"),
        ("site_text", "Artikel delen", {"note": "share line: site text"}),
        ("site_text", "Volg ons op Social Media", {"note": "follow prompt: site text"}),
        (
            "site_text",
            "Nieuws insturen",
            {"note": "the tip box repeated below the article ('Nieuws insturen' + the request): site text, one block"},
        ),
        (
            "site_text",
            "Lees meer over Gemeenteraad",
            {
                "note": "link to the outlet's topic page ('read more about: council'): site text (doubtful: could be taken as the heading of the teaser list below, one unit)"
            },
        ),
        (
            "site_text",
            "Sofie Mertens wordt nieuwe schepen",
            {"note": "four teasers of the topic page (titles and first lines; the last title cut): " + TEASERS},
        ),
    ],
)

# ---- Stadsomroep.com (stadsomroep.com, local news site of Bruges; print version) --------------
L(
    "so_priesters",
    (3, 0, None),
    [
        ("site_text", "stadsomroep.com\n", {"note": "site name heading the print page: site text"}),
        (
            "site_text",
            "Afdrukvriendelijke versie van tekst",
            {"note": "print-version notice with the article's url, at the top: site text"},
        ),
        ("site_text", "Auteursrecht uitdrukkelijk", {"note": "copyright line: site text"}),
        ("headline", "Bisdom Brugge blijft op zoek naar"),
        (
            "lede",
            "Brugge, zaterdag 19/5/2007. Ondanks",
            {
                "note": "first paragraph with its place-and-date dateline ('Brugge, zaterdag 19/5/2007.'), kept in the lede"
            },
        ),
        ("subheading", "2 wijdingen"),
        ("paragraph", "Op 1 juli zal mgr. Roger Vangheluwe"),
        ("paragraph", "Volgens Mgr Van Gheluwe heeft het"),
        ("subheading", "Stijging aantal roepingen"),
        ("paragraph", '"Ik denk dat het aantal roepingen in'),
        ("subheading", "Succes onverklaarbaar"),
        ("paragraph", "Voor het succes van het Brugse", {"note": CUT}),
    ],
)

# ---- De Gazet van Hoegaarden (degazetvanhoegaarden.be, local paper of Hoegaarden and the Hageland)
L(
    "gh_stadshart",
    (1, 0, None),
    [
        ("site_text", "Ga naar de inhoud", {"note": "skip link ('go to the content'): site text"}),
        ("headline", "MASTERPLAN STADSHART TIENEN", {"note": "the page title, in capitals"}),
        ("lede", "TIENEN – Op donderdag 27 april", {"note": "first paragraph with its place dateline"}),
        ("subheading", "Het stadhuisplein in klontjes"),
        ("paragraph", "Vanaf 2026 zal op de plaats van het"),
        ("paragraph", "In 2022 heeft het stadsbestuur in"),
        ("subheading", "LEVENDIG STADHUISPLEIN"),
        ("paragraph", "Ter hoogte van het huidige stadhuis"),
        ("paragraph", "Het ceremonieel gedeelte van het"),
        (
            "site_text",
            "Lees verder onder de foto",
            {"note": "'read on below the photo' (with the whitespace-only line after it): site text"},
        ),
        (
            "caption",
            "De nieuwe woonstraat",
            {"note": "the photo's caption ('the new residential street') (doubtful: could be the photo's alt text)"},
        ),
        ("subheading", "WOONSTRAAT"),
        ("paragraph", "Aan de ove", {"note": CUT}),
    ],
)

# ---- Gondola (gondola.be, Belgian retail trade news) ---------------------------------------------
L(
    "go_zondag",
    None,
    [
        (
            "lede",
            "Carrefour heeft met de vakbonden een",
            {"note": NOTITLE + "; the whole text is one paragraph; the text carries no site text"},
        ),
    ],
)

# ---- Bouwkroniek (bouwkroniek.be, Belgian construction trade weekly) ----------------------------
L(
    "bk_energie",
    (3, 0, None),
    [
        ("site_text", "Volg Bouwkroniek\n", {"note": "follow prompt at the top: site text"}),
        ("site_text", "Abonneer u\nAanmelden", {"note": "subscribe and log-in links: site text, one block"}),
        (
            "site_text",
            "Volg Bouwkroniek Bouwkroniek",
            {"note": "follow prompt with the paper's name (logo): site text"},
        ),
        ("headline", "Vijf maatregelen moeten gebouwen"),
        (
            "site_text",
            "Gerelateerde onderwerpen :",
            {"note": "'related topics' label with an empty tag list (a lone comma): site text, one block"},
        ),
        (
            "site_text",
            "Vijf maatregelen moeten gebouwen",
            {
                "note": "the title repeated before the photo caption, taken as the photo's alt text: site text (doubtful: could be the page's real title and the first one a header)"
            },
        ),
        ("caption", "Directeur van het Economisch", {"note": "photo caption (who is on the photo)"}),
        ("lede", "De bouwsector klinkt nog steeds"),
        ("paragraph", "Tijdens het eerste trimester van 2019"),
        ("paragraph", "Van een terugval is in de bouw", {"note": CUT}),
    ],
)

# ---- UiT in Vlaanderen (uitinvlaanderen.be, Flanders' culture agenda; editorial tip) ----------
L(
    "uv_theater",
    None,
    [
        (
            "lede",
            "De komende maanden kan je bijna",
            {"note": NOTITLE + "; the intro of a list article (six theatre tips); the text carries no site text"},
        ),
        (
            "subheading",
            "1. Kamp",
            {"note": "the first tip's numbered title; the later tips' titles are not in the excerpt"},
        ),
        ("paragraph", "KAMP start als een onschuldige"),
        ("paragraph", "In 2025 waagde DE HOE zich aan het"),
        ("paragraph", "DE SITCOM eindigde met een"),
        ("paragraph", "In Trouble Score duiken broer en zus", {"note": CUT}),
    ],
)

# ---- ORO nieuws (oronieuws.blogspot.com, local radio news of Knokke-Heist and the east coast) ---
L(
    "oro_paviljoenen",
    (2, 0, None),
    [
        (
            "site_text",
            "ONAFHANKELIJK RADIONIEUWS OOSTKUST.",
            {"note": "blog header: outlet description, e-mail, follow link and copyright years on one line: site text"},
        ),
        ("site_text", "15.5.09", {"note": "publication date line: site text"}),
        ("headline", "Dijkhoreca kant zich tegen grote"),
        ("lede", "Sommige horecahouders langs de", {"note": "the whole article is one paragraph"}),
    ],
)

# ---- Musiczine (musiczine.net, Belgian music magazine; festival review) --------------------------
L(
    "mz_boomtown",
    (10, 0, None),
    [
        ("site_text", "logo_musiczine_nl", {"note": "logo alt text: site text"}),
        (
            "site_text",
            "Democrazy Gent - events",
            {
                "note": "promo box for a concert organiser's events (title printed twice, programme cut): site text, one block"
            },
        ),
        ("site_text", "Talen", {"note": "language menu: site text"}),
        ("site_text", "Zoek artikels", {"note": "search box label: site text"}),
        ("site_text", "Volg ons !", {"note": "follow prompt with social network names: site text, one block"}),
        ("site_text", "best navigatie", {"note": "navigation label: site text"}),
        ("site_text", "concours_200_nl", {"note": "banner alt text: site text"}),
        ("site_text", "Inloggen", {"note": "log-in link: site text"}),
        ("site_text", "Onze partners", {"note": "partners box heading (printed twice): site text, one block"}),
        (
            "site_text",
            "Laatste concert - festival",
            {"note": "'latest concert / festival' box with two cut review titles: site text, one block"},
        ),
        ("headline", "Boomtownlive 2009: The Black Box", {"note": "the page title, with its typo 'Revelatuion'"}),
        (
            "site_text",
            "Geschreven door - -",
            {"note": "byline label without a name ('written by - -'): site text"},
        ),
        ("lede", "Een massale opkomst voor de beste"),
        ("paragraph", "Daarvoor hadden we al kunnen genieten"),
        (
            "paragraph",
            "Organisatie: Boomtownlive (ism",
            {"note": "the review's organiser credit line (who organised the concerts): article text (doubtful)"},
        ),
        (
            "site_text",
            "Aanvullende informatie",
            {
                "note": "'additional information' box of the CMS (date, festival name, venue as bullet fields): site text, one block (doubtful: the fields could be read as article list items)"
            },
        ),
    ],
)

# ---- ABC Suriname (abcsuriname.com, Surinamese radio and TV news) --------------------------------
L(
    "abc_rijstoogst",
    (1, 0, None),
    [
        (
            "site_text",
            "Korpschef moet kans krijgen",
            {"note": "previous / next post links with their dates: site text, one block"},
        ),
        ("headline", "Aanhoudende regenval bedreigt groot"),
        (
            "site_text",
            "Gepubliceerd door ABC Redactie op",
            {"note": "'published by ABC Redactie on <date>' (no person's name): site text"},
        ),
        (
            "site_text",
            "rijstHet zit de",
            {
                "note": "the photo's alt text 'rijst' glued before the first sentence: site text (the line is split before 'Het')"
            },
        ),
        ("lede", "Het zit de rijstboeren in het"),
        (
            "paragraph",
            "En nu dreigt de rijstoogst door de",
            {
                "tail": "{mp3}harinandan{/mp3}",
                "note": "an unrendered audio-player shortcode glued to the paragraph's end is the tail",
            },
        ),
        ("site_text", "Related posts", {"note": "'related posts' heading (English interface line): site text"}),
    ],
)

# ---- Gentblogt (gentblogt-archief.stad.gent, Ghent citizens' news blog; archive copy) -----------
L(
    "gbl_rector",
    (0, 0, None),
    [
        ("headline", "Universiteit kiest nieuwe rector"),
        ("lede", "De UGent beslist vanaf vandaag wie"),
        (
            "site_text",
            "Lees meer bij De Gentenaar.",
            {"note": "pointer to the newspaper the item summarises ('read more at De Gentenaar'): site text"},
        ),
        ("site_text", "© 2013 GENTBLOGT VZW", {"note": "copyright line: site text"}),
    ],
)

# ---- Rivierenland Radio (rivierenland-radio.nl, regional radio station, Bommelerwaard) -----------
L(
    "rr_zaltbommel",
    None,
    [
        ("lede", "ZALTBOMMEL - De fracties van CDA,", {"note": "first paragraph with its place dateline; " + NOTITLE}),
        ("paragraph", "‘Het is al lange tijd onrustig in het"),
        ("paragraph", "Frits van der Schans (GroenLinks)"),
        ("paragraph", "Joost Drijvers (D66) vult aan:"),
        ("paragraph", "Voor Stef Dingemans (SP) is het tijd"),
        ("paragraph", "Wordt dus vervolgd.", {"note": "the article's closing line ('to be continued'): article text"}),
        (
            "site_text",
            "Bron: Bommelerwaard.net",
            {
                "note": "source credit line (the news site the item was taken from): site text, like a photo credit (doubtful)"
            },
        ),
        (
            "site_text",
            "Rivierenland Radio is in Zaltbommel",
            {"note": "the station's standing reception notice: site text"},
        ),
        (
            "site_text",
            "Alhoewel ik helemaal in Spanje woon",
            {"note": "four listeners' testimonials of a reviews widget (cut): site text, one block"},
        ),
        (
            "site_text",
            "Ben jij creatief met video en social",
            {"note": "the station's call for a video volunteer (cut): site text"},
        ),
    ],
)

# ---- Hockey Belgium (hockey.be, Belgian hockey federation news) -----------------------------------
L(
    "hb_victory",
    (0, 0, None),
    [
        ("headline", "Royal Victory Hockey Club uitgeroepen"),
        ("lede", "Royal Victory Hockey Club is door de"),
        ("paragraph", "Elk jaar bekroont de EHF een grote en"),
        ("paragraph", "Victory is met ruim 1600 leden de"),
        ("paragraph", "De club en haar leden hebben de"),
        (
            "site_text",
            "Vind hier alle Hockey Belgium",
            {"note": "promo for the federation's news page ('find all Hockey Belgium news here!'): site text"},
        ),
        ("site_text", "Selecteer uw Categorie", {"note": "category selector: site text"}),
        ("site_text", "FIH Pro League – Onze nationale", {"note": "two teasers of other news items (cut): " + TEASERS}),
    ],
)

# ---- Lobi e Su (mi.lobie-su.com, Surinamese news-feed site; an item of its feed) ----------------
L(
    "lob_dcs",
    None,
    [
        (
            "lede",
            "Negen districtscommissarissen (dc’s)",
            {
                "tail": "… http://news.surinam-unity.com",
                "note": NOTITLE
                + "; the feed's summary of a news item (one paragraph, cut by the feed); the feed's ellipsis and the short link to the source glued to its end are the tail (doubtful: the ellipsis could be taken as part of the article text)",
            },
        ),
    ],
)

# ---- Delta Times (deltatimes.org, Dutch-Caribbean news and background; reprint of a magazine article)
L(
    "dt_bes",
    (0, 0, None),
    [
        ("headline", "10-10-2010: Nieuw hoofdstuk voor"),
        ("lede", "Nederland heeft drie nieuwe parels van", {"note": "the intro under the title"}),
        ("byline", "Door Maartje Smeets"),
        (
            "site_text",
            "Change Magazine themanummer",
            {
                "note": "box naming the magazine issue the article comes from, with its standing notice ('this article is part of the theme issue ...'): site text, one block (doubtful: the notice could be read as article text)"
            },
        ),
        (
            "site_text",
            "Bekijk het PDF-bestand met het hele",
            {"note": "link to the PDF of the whole article: site text"},
        ),
        ("paragraph", "Voor de bewoners van de eilanden heeft"),
        ("subheading", "Biodiversiteit"),
        ("paragraph", "Waar de bevolking de clichématige"),
        ("subheading", "Band met Nederland"),
        ("paragraph", "Maarten Beks, senior beleidsmedewerker", {"note": CUT}),
    ],
)

# ---- Scherpenzeelse Krant (scherpenzeelsekrant.nl, local paper of Scherpenzeel; paywalled item) --
L(
    "sk_fusie",
    None,
    [
        (
            "lede",
            "Gedeputeerde Staten (GS) van",
            {
                "note": NOTITLE
                + "; the free teaser of a paywalled article, ending in the paywall's '...' after a cut word: kept as article text; the text carries no site text"
            },
        ),
    ],
)

# ---- Gergeminfo (gergeminfo.nl, news site of the Gereformeerde Gemeenten, a Dutch church) -------
L(
    "gg_jaaroverzicht",
    (0, 0, None),
    [
        ("headline", "Kerkelijk jaaroverzicht 2017"),
        ("lede", "Slagen troffen ons kerkelijk leven in", {"note": "the text carries no site text"}),
        ("paragraph", "Slagen waren er ook, in het"),
        ("subheading", "Lege plaatsen"),
        ("paragraph", "Niemand had aan het begin van dit jaar", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

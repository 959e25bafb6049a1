#!/usr/bin/env python3
"""Rebuild structure blind set 18 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind18 and are NOT for the project
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
    "studio040_dijsselbloem": (
        "https://studio040.nl/nieuws/artikel/burgemeester-dijsselbloem-op-bezoek-in-de-buurt",
        None,
    ),
    "krantencom_denhaag": ("https://www.kranten.com/artikel.html?id=25966998", None),
    "maastrichtlokaal_weert": (
        "https://maastrichtlokaal.nl/het-is-de-carnavalsstad-van-europa-maar-wie-weet-dat-buiten-weert-",
        None,
    ),
    "alkmaarnieuwsbord_n242": (
        "https://alkmaarnieuwsbord.nl/ernstig-ongeluk-op-n242-in-heerhugowaard-weg-mogelijk-uren-afgesloten",
        None,
    ),
    "ditistwee_vijfsluizen": (
        "https://ditistwee.nl./nieuws/12895/politiemacht-met-acht-wagens-en-kogelwerende-vesten-zet-auto-aan-de-kant-bij-vijfsluizen",
        None,
    ),
    "heturkerland_woningbouw": (
        "https://www.heturkerland.nl/nieuws/politiek/43439/woningbouw-hoe-ambitieus-is-b-w-",
        None,
    ),
    "petershotnews_legmeerdijk": (
        "https://petershotnews.nl/nieuws/88055/ernstig-ongeval-op-kruispunt-legmeerdijk-n201",
        None,
    ),
    "stadsplattegrond_spookrijder": (
        "https://stadsplattegrond.nl/spookrijder-veroorzaakt-ongeluk-op-spijkenisserbrug",
        None,
    ),
    "zorgnieuws_personeelstekort": (
        "https://zorgnieu.ws/verplegenden-personeelstekort-blijft-het-knelpunt-bij-corona",
        None,
    ),
    "alphensnieuws_debat": (
        "https://www.alphensnieuws.nl/nieuws/harde-botsing-tijdens-debat-in-gemeenteraad-van-alphen-zo-ga-je-niet-met-een-burgemeester-om",
        None,
    ),
    "rplwoerden_scooter": ("https://archief.rplwoerden.nl/scooterbestuurder-gewond-door-aanrijding/", None),
    "belg_aalstmechelen": (
        "http://www.belg.be/12966/politiek/aalst-en-mechelen-samen-rond-de-tafel/?owa_medium=feed",
        None,
    ),
    "agripress_landbouwgronden": ("http://www.agripress.be/start/artikel/616600/nl", None),
    "landbouwleven_moratorium": (
        "https://www.landbouwleven.be/16343/article/2023-03-23/geen-moratorium-op-verkoop-landbouwgronden",
        None,
    ),
    "editiedendermonde_riolering": (
        "https://www.editiedendermonde.be/2007/01/24/werkzaamheden-opgeschort-door-ingestorte-riolering/",
        None,
    ),
    "internetgazet_fietsostrade": ("https://internetgazet.be/een-snelweg-voor-fietsers.aspx", None),
    "scheldeschorren_haven": (
        "https://scheldeschorren.be/2019/05/17/antwerpse-haven-wordt-uitgebreid-met-gloednieuw-dok-en-50-procent-extra-containercapaciteit-doel-kan-blijven-bestaan",
        None,
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication or update date/time line of the page on its own (no author): page furniture, site text (blind13-17 convention for date lines and timestamp lines; doubtful: could be read as metadata of a byline)"
REPEAT = "the title repeated by the page template on its own line: site text (blind13/15/16/17 convention for a repeated headline)"
PLACEHOLDER = (
    "image placeholder label 'Afbeelding' (image) at the top: interface residue, site text (blind16/17 convention)"
)
SECTION = "section label of the site between title and text: site text"
TEASER = "teaser page: the outlet shows the title and a summary and links on ('read on'); the summary is the article text the page holds"
RELATED = "title (and teaser) of another article of the outlet after the article: site text, one block"

# ---- Studio040 (Eindhoven regional broadcaster), news article ---------------------------------
L(
    "studio040_dijsselbloem",
    (1, 0, None),
    [
        (
            "site_text",
            "Studio040",
            {"note": "the outlet's name standing as a line above the title (logo / channel label): site text"},
        ),
        ("headline", "Burgemeester Dijsselbloem op bezoek"),
        ("lede", "Elke vrijdag gaat burgemeester"),
        ("paragraph", "De bezoeken die de burgemeester"),
        ("paragraph", "In het buurthuisje zitten"),
        ("subheading", "Veiligheid in de stad"),
        ("paragraph", "Op het Summa college maken"),
        ("paragraph", "Tijdens zijn rondgang maakt"),
        ("site_text", "Laat je reactie achter", {"note": "comment prompt ('leave your comment'): site text"}),
        (
            "site_text",
            "advertentie Banner Bos & Slegers",
            {"note": "advertisement label with the advertiser's banner name ('advertentie Banner ...'): site text"},
        ),
        (
            "site_text",
            "Toos werkt al 44 jaar",
            {
                "note": "start of the next/related article's title ('Toos werkt al 44 jaar in het Catharina Ziekenhuis: '), cut by the excerpt limit: "
                + RELATED
            },
        ),
    ],
)

# ---- Kranten.com (Dutch news aggregator), article page ----------------------------------------------
L(
    "krantencom_denhaag",
    (0, 0, None),
    [
        ("headline", "In taxi gevluchte verdachte is"),
        (
            "site_text",
            "update",
            {
                "note": "live-update label 'update' glued to the first word of the lede ('updateDe politie ...'): site text, cut at the glue point (the kind issue 21 names: a label glued to the next word)"
            },
        ),
        ("lede", "De politie heeft vrijdagochtend"),
        (
            "site_text",
            "1. Waarschuwingsvideo duikt",
            {
                "note": "numbered related-article box: title of another (premium) article, the label 'PREMIUM', its topic label 'Eritrese rellen', the title again and its teaser: "
                + RELATED
                + "; it is indented as stored"
            },
        ),
    ],
)

# ---- Maastricht Lokaal (local news aggregator, Maastricht), re-post of an NRC teaser ---------------
L(
    "maastrichtlokaal_weert",
    None,
    [
        (
            "lede",
            "Weert mag zich dit jaar",
            {
                "note": NOTITLE
                + "; the page re-posts the opening of an NRC Handelsblad article (ending in '”...'): that opening is the article text the page holds"
            },
        ),
        (
            "site_text",
            "Lees het volledige artikel bij",
            {"note": "pointer to the source ('read the whole article at NRC Handelsblad'): site text"},
        ),
        (
            "site_text",
            "Laat dit artikel viral gaan",
            {
                "note": "share prompt ('let this article go viral in Maastricht, share it with your friends!'): site text"
            },
        ),
        (
            "site_text",
            "Auteur\nNieuws door NRC",
            {
                "note": "the aggregator's author box ('Auteur' / 'Nieuws door NRC Handelsblad. Lees het volledige artikel op hun website.' = news by ...; read the whole article on their website), a template sentence: site text (doubtful: the attribution 'Nieuws door NRC Handelsblad' could be read as a byline)"
            },
        ),
    ],
)

# ---- AlkmaarNieuwsbord (local news aggregator, Alkmaar region), teaser page --------------------------
L(
    "alkmaarnieuwsbord_n242",
    (0, 0, None),
    [
        ("headline", "Ernstig ongeluk op N242 in"),
        ("site_text", "Ernstig ongeluk op N242 in", {"note": REPEAT}),
        (
            "lede",
            "Heerhugowaard - Aan de Westerweg",
            {
                "note": "dateline lede; the aggregator cuts its summary mid-quote ('\"Ambulancepersoneel...'): the cut fragment stays in the lede (article text, truncated by the page)"
            },
        ),
    ],
)

# ---- Dit is Twee (Schiedam/Vlaardingen local news site) -------------------------------------------
L(
    "ditistwee_vijfsluizen",
    (1, 0, None),
    [
        (
            "site_text",
            "advertentie",
            {"note": "advertisement label 'advertentie' above the title (the ad itself not extracted): site text"},
        ),
        ("headline", "Politiemacht met acht wagens"),
        ("lede", "Schiedam - Zo’n acht"),
        ("paragraph", "Met de kogelwerende vesten"),
    ],
)

# ---- Het Urkerland (Urk local weekly), politics ------------------------------------------------
L(
    "heturkerland_woningbouw",
    (1, 0, None),
    [
        ("site_text", "Afbeelding", {"note": PLACEHOLDER}),
        ("headline", "Woningbouw: hoe ambitieus is B&W?"),
        ("site_text", "Politiek", {"note": "section label 'Politiek' below the title: " + SECTION}),
        ("lede", "De gemeente moet vaart maken"),
        (
            "paragraph",
            "Abbetjes Meindert de Boer",
            {
                "note": "'Abbetjes' before the councillor's name as stored (an Urk family nickname, part of the sentence): article text"
            },
        ),
    ],
)

# ---- Peters Hot News (regional 112 news site, Aalsmeer region) ------------------------------------
L(
    "petershotnews_legmeerdijk",
    None,
    [
        ("lede", "Vrijdagmiddag heeft op de kruising", {"note": NOTITLE}),
        ("paragraph", "Hulpdiensten waaronder meerdere"),
        ("paragraph", "De weg werd afgesloten vanwege"),
        (
            "site_text",
            "laatst bijgewerkt op:",
            {"note": "'laatst bijgewerkt op: 2 sep 2024 07:12' (last updated on): " + STAMP},
        ),
    ],
)

# ---- Stadsplattegrond.nl (local news/city-guide site, Spijkenisse) --------------------------------
L(
    "stadsplattegrond_spookrijder",
    None,
    [
        ("lede", "Een spookrijder heeft zaterdag", {"note": NOTITLE}),
        (
            "site_text",
            "Categorie:",
            {
                "note": "empty metadata fields of the page template ('Categorie:' / 'Bron:' / 'url:'): site text, one block"
            },
        ),
    ],
)

# ---- Zorgnieu.ws (Dutch health-care trade news), news item ------------------------------------------
L(
    "zorgnieuws_personeelstekort",
    (1, 0, None),
    [
        (
            "site_text",
            "x",
            {"note": "a lone 'x' above the title (close button of an overlay/popup): interface residue, site text"},
        ),
        ("headline", "Verplegenden: personeelstekort"),
        (
            "lede",
            "Beroepsorganisatie voor verzorgenden",
            {"note": "the item is one paragraph (a summary of a longer report)"},
        ),
    ],
)

# ---- AlphensNieuws (Alphen aan den Rijn local news site), teaser page -------------------------------
L(
    "alphensnieuws_debat",
    (0, 0, None),
    [
        ("headline", "Harde botsing tijdens debat in"),
        ("lede", "Het knettert vaker in de Alphense", {"note": TEASER}),
        ("site_text", "Lees verder", {"note": "link phrase 'Lees verder' (read on): site text"}),
    ],
)

# ---- RPL Woerden (Woerden local broadcaster), news archive ------------------------------------------
L(
    "rplwoerden_scooter",
    None,
    [
        (
            "site_text",
            "Logo Ambulance7",
            {
                "note": "image alt text 'Logo Ambulance' with a number '7' glued to it and to the first word of the text ('Logo Ambulance7In Utrecht ...'): interface residue, site text, cut at the glue point"
            },
        ),
        ("lede", "In Utrecht is een 20-jarige", {"note": NOTITLE}),
        ("paragraph", "De bestuurder van de auto sloeg"),
    ],
)

# ---- Belg.be (Flemish political news site), politics ----------------------------------------------
L(
    "belg_aalstmechelen",
    (0, 0, None),
    [
        ("headline", "AALST EN MECHELEN SAMEN ROND"),
        (
            "subheading",
            "AJUINEN EN MANEBLUSSERS OVERLEGGEN",
            {
                "note": "second title line in capitals under the title (a subtitle/deck: 'onion-eaters and moon-quenchers confer', the towns' nicknames): article text, labelled subheading; not part of the gold headline (doubtful: could be read as part of a two-line headline)"
            },
        ),
        ("lede", "Mechelen en Aalst vertonen"),
        ("paragraph", "De N-VA-mandatarissen van Aalst"),
        ("paragraph", "De Mechelse delegatie was"),
        ("paragraph", "Voor de Aalstenaars was het"),
        ("paragraph", "De werkvergadering werd gevolgd"),
        (
            "site_text",
            "LAAT EEN REACTIE ACHTER",
            {
                "note": "comment form: heading 'LAAT EEN REACTIE ACHTER' (leave a reply) and the English field prompt 'Please enter your' (cut by the excerpt limit): site text, one block"
            },
        ),
    ],
)

# ---- Agripress (Flemish agricultural trade press), parliamentary report --------------------------------
L(
    "agripress_landbouwgronden",
    (4, 0, None),
    [
        (
            "site_text",
            "Akkerbouw\nAlgemeen",
            {"note": "the site's section menu, one item a line (Akkerbouw ... Voeding): site text, one block"},
        ),
        (
            "site_text",
            "Inloggen",
            {
                "note": "login/subscription box ('Inloggen', 'Klik hier om u te registreren en te abonneren (72,60 euro per jaar)', 'Wachtwoord vergeten') with whitespace-only lines: site text, one block"
            },
        ),
        (
            "site_text",
            "Volgend artikelVolgend Artikel",
            {"note": "'next article' link printed twice and glued ('Volgend artikelVolgend Artikel'): site text"},
        ),
        ("site_text", "16 mrt 2023 18:36", {"note": STAMP}),
        ("headline", "Landbouwgrondenbeleid"),
        (
            "subheading",
            "Vraag om uitleg over de vraag van",
            {
                "note": "title of the first parliamentary question reported ('Vraag om uitleg over ... van Ludwig Vandenhove aan minister Jo Brouns'), two lines: article text, heading of the report (subheading)"
            },
        ),
        (
            "subheading",
            "Vraag om uitleg over het landbouw",
            {"note": "title of the second question, two lines: subheading"},
        ),
        (
            "subheading",
            "De voorzitter",
            {
                "note": "speaker label of the committee transcript ('De voorzitter' = the chair): article text; speaker labels labelled subheading"
            },
        ),
        ("paragraph", "De heer Vandenhove heeft het woord."),
        ("subheading", "Ludwig Vandenhove (Vooruit)", {"note": "speaker label: subheading"}),
        ("paragraph", "In een opiniestuk wordt gesteld"),
        (
            "paragraph",
            "Vlaanderen is een dichtbevolkte",
            {
                "note": "last paragraph of the excerpt (1,993 characters, at the tool's limit): the report goes on beyond it (the minister's answer is not in the text)"
            },
        ),
    ],
)

# ---- Landbouwleven (Flemish agricultural weekly), news article -----------------------------------------
L(
    "landbouwleven_moratorium",
    (1, 0, None),
    [
        (
            "site_text",
            "Startpagina Actueel",
            {"note": "breadcrumb ('Startpagina Actueel' = home page, news): site text"},
        ),
        ("headline", "Geen moratorium op verkoop"),
        ("lede", "Heel wat lokale overheden"),
        ("site_text", "Leestijd : 5 min", {"note": "reading-time line ('Leestijd : 5 min'): site text"}),
        ("paragraph", "Minister Brouns werd op 15 maart"),
        ("paragraph", "“In een opiniestuk werd onlangs"),
        ("paragraph", "Volgens Joris Relaes van het"),
        ("paragraph", "Volgens het ILVO is het cruciaal"),
        ("subheading", "Gent heeft wel moratorium"),
        ("paragraph", "Er zijn evenwel ook besturen"),
        (
            "paragraph",
            "Ook Mieke Schauvliege stelt",
            {"note": "cut mid-word by the excerpt limit ('... oppervlakte va'): the article goes on beyond the text"},
        ),
    ],
)

# ---- Editie Dendermonde (Flemish local news site, Dendermonde) ----------------------------------
L(
    "editiedendermonde_riolering",
    None,
    [
        ("lede", "Dendermonde – De werken in de", {"note": NOTITLE + "; dateline lede"}),
        (
            "site_text",
            "Ros Beiaard souvernierposter via",
            {
                "note": "promo of the outlet's own souvenir poster ('Ros Beiaard souvernierposter via Editie' + the start of its teaser, cut: 'Het hart van de Dendermondenaren klopt voor ‘ons peirt’. Ook dat van Editie, ...'), a teaser of another item of the site: site text, one block"
            },
        ),
    ],
)

# ---- Internetgazet (Flemish news site, Kempen), news item -------------------------------------------
L(
    "internetgazet_fietsostrade",
    None,
    [
        ("site_text", "Zaterdag 17 september 2011", {"note": STAMP}),
        ("lede", "Het provinciebestuur van Antwerpen", {"note": NOTITLE}),
    ],
)

# ---- Scheldeschorren (Flemish local news site, Doel/Waasland), teaser page --------------------------
L(
    "scheldeschorren_haven",
    None,
    [
        ("lede", "De Vlaamse regering heeft de", {"note": NOTITLE + "; " + TEASER}),
        ("site_text", ">> lees verder …", {"note": "link phrase '>> lees verder …' (read on): site text"}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 76 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NOS, RTV Noord, NRC, De Gelderlander, Nederlands Dagblad, Hart van Nederland, De Stentor,
RTV Utrecht) and eight Flemish (VRT NWS, De Tijd, Knack, Gazet van Antwerpen, Focus-WTV, KW, TVL,
VTM NIEUWS). They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind76 and are NOT for the project repository. Only the labels (ours) live
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
    "nos_chapecoense": ("http://nos.nl/liveblog/2146330-de-bal-rolt-bij-go-ahead-eagles-sc-heerenveen.html", None),
    "rtvn_casino": ("http://www.rtvnoord.nl/nieuws/182436/Noord-Vandaag-Alles-over-de-Holland-Casino-brand", "2017-08"),
    "nrc_colofon": ("https://www.nrc.nl/nieuws/1991/06/27/colofon-6971963-a973398", None),
    "nd_kazerne": ("https://www.nd.nl/nieuws/nederland/1086849/assen-strijdt-weer-voor-de-kazerne", "2022-02"),
    "gld_urk": (
        "https://www.gelderlander.nl/home/om-onderzoekt-of-omstreden-npo1-column-over-urk-strafbaar-is~a4dc4176/",
        None,
    ),
    "hvn_gelredome": (
        "https://www.hartvannederland.nl/112/ongeluk/artikelen/gelderland-arnhem-vrouw-gereanimeerd-gelredome",
        "2025-09-23",
    ),
    "stentor_urk": (
        "https://www.destentor.nl/urk/brand-in-loods-van-recyclebedrijf-op-urk-brandweer-met-hoogwerker-ter-plaatse~aa4014e2/",
        None,
    ),
    "rtvu_meestgelezen": ("http://www.rtvutrecht.nl/nieuws/1649276/", "2017-08"),
    # Flemish
    "vrt_nachtwacht": ("https://www.vrt.be/vrtnws/nl/2020/09/03/operatie-nachtwacht/", "2020-09"),
    "tijd_verkoop": (
        "https://www.tijd.be/opinie/algemeen/nee-je-bedrijf-verkopen-is-geen-uitverkoop/10570256.html",
        "2024-10",
    ),
    "knack_opinies": (
        "https://www.knack.be/nieuws/belgie/politiek/hou-het-gezellig-op-oudejaar-herlees-de-12-scherpste-opiniestukken-van-2023/",
        None,
    ),
    "gva_overnames": (
        "https://www.pressreader.com/belgium/gazet-van-antwerpen-kempen/20200214/282553020248511",
        None,
    ),
    "focus_woningbrand": (
        "https://www.focus-wtv.be/nieuws/hevige-woningbrand-kortrijk-%C3%A9%C3%A9n-bewoonster-aangehouden",
        "2023-09",
    ),
    "kw_duiven": (
        "https://kw.be/nieuws/politiek/herbeleef-de-gemeenteraad-in-roeselare-aannemingen-maeyaert-moet-oekene-verlaten/live-normal-314659.html",
        None,
    ),
    "tvl_nieuws": ("https://tvl.be/nieuws/tvl-nieuws-21-maart-2017-42085", None),
    "vtm_kortenberg": (
        "https://nieuws.vtm.be/binnenland/truck-ramt-bankkantoor-kortenberg-kind-omgekomen?utm_campaign=Feed%3A%20vtm/NMdG%20%28VTM%20NIEUWS%29&utm_medium=feed&utm_source=feedburner",
        "2018-05",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
SCORE = "the score tag under a liveblog entry (the match and its score, a widget line): site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; football liveblog, a sport report) ------------------------------
L(
    "nos_chapecoense",
    (2, 0, None),
    [
        ("site_text", "liveblog", {"note": "genre label on its own line above the title: site text"}),
        (
            "site_text",
            "NOS VoetbalAangepast",
            {"note": "channel name ('NOS Voetbal') and edit status ('Aangepast') glued into one word: one block"},
        ),
        ("headline", "Puntenverlies voor PSV, zeges voor", {"note": "the liveblog's title on its own line"}),
        ("site_text", "liveblog gesloten", {"note": "the liveblog's status label: site text"}),
        ("subheading", "Tot morgen!", {"note": "entry heading (the entry times are lost by the extractor)"}),
        (
            "lede",
            "De eredivisie gaat morgen weer verder",
            {"note": "the first entry's text (no intro under the title)"},
        ),
        (
            "paragraph",
            "Tot morgen!",
            {
                "note": "the entry's closing words, repeating its heading: article text (doubtful: could be read as a repeat, site text)",
            },
        ),
        ("subheading", "Forca Chapecoense"),
        ("paragraph", "Bij alle eredivisieduels werd vanavond"),
        (
            "caption",
            "Omgekomen voetballers Chapecoense in",
            {"note": "the title of an embedded video under the entry: a caption with words of its own"},
        ),
        (
            "subheading",
            "De reacties na Roda JC-PSV",
            {
                "note": "heading of an entry whose body (a video) is lost: subheading (doubtful: could be read as a video title, caption)"
            },
        ),
        ("subheading", "Klaar in Arnhem"),
        ("paragraph", "Het is jammer voor Mickey van der Hart"),
        ("subheading", "GOAL Vitesse"),
        ("paragraph", "Het ene moment schiet PEC-keeper"),
        ("paragraph", "Het slot in Arnhem is zonder meer"),
        (
            "site_text",
            "Vitesse-PEC Zwolle 3-1",
            {"note": SCORE + " (doubtful: the score is news; it repeats the entry)"},
        ),
        ("subheading", "Slotfase"),
        ("paragraph", "De eredivisiezaterdag zit er bijna op"),
        ("site_text", "Vitesse-PEC Zwolle 2-1", {"note": SCORE}),
        ("subheading", "Een kwartier nog"),
        ("paragraph", "PEC Zwolle heeft na de goal van"),
        ("paragraph", "Aan de andere kant was Kashia"),
        ("site_text", "Vitesse-PEC Zwolle 2-1", {"note": SCORE}),
        ("subheading", "GOAL PEC Zwolle"),
        ("paragraph", "Uit een standaardsituatie komt PEC", {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; a programme's video item) ----------------
L(
    "rtvn_casino",
    (0, 0, None),
    [
        (
            "headline",
            "Noord Vandaag: Alles over de Holland",
            {
                "note": "the title with its glued programme name ('Noord Vandaag:'), which stays in the headline (kicker row)"
            },
        ),
        (
            "site_text",
            "(Foto: Jeroen Berkenbosch/RTV Noord)",
            {"note": "a photo credit on a line of its own: site text"},
        ),
        (
            "lede",
            "In een extra uitzending van Noord",
            {
                "note": "the intro; its closing 'In dit artikel bekijk je de show terug.' stays in it (doubtful: a pointer to the player, could be a tail)"
            },
        ),
        (
            "site_text",
            "Bekijk de uitzending van Noord Vandaag",
            {
                "note": "the player pointer ('... hierboven of via Uitzending gemist.') glued before the item's list: split off as site text (a plug, stop 46 row)"
            },
        ),
        (
            "paragraph",
            "In de uitzending komen de volgende",
            {"note": "the programme's running order, its '- ' items glued without line breaks: one paragraph"},
        ),
    ],
)

# ---- NRC (nrc.nl, NL national daily; a letter to the editor, 1991) ----------------------------------------
L(
    "nrc_colofon",
    (0, 0, None),
    [
        ("headline", "Colofon", {"note": "the letter's title; " + CLEAN}),
        ("lede", "Het overzicht van redacteuren en"),
        ("paragraph", "Bij de buitenlandse correspondenten"),
        ("byline", "• R.J.H. van Haaster", {"note": "the letter writer's signature (with its list bullet): byline"}),
    ],
)

# ---- Nederlands Dagblad (nd.nl, NL national daily; a reportage, its free opening before the paywall) -------
L(
    "nd_kazerne",
    None,
    [
        ("lede", "Assen is overrompeld door het voorne", {"note": NOTITLE + "; the intro"}),
        ("paragraph", "Is Assen een stad of een dorp? Er"),
        (
            "paragraph",
            "ChristenUnie-voorman Bouke Weening",
            {
                "tail": "..",
                "note": "the free opening ends where the paywall cuts a word ('H..'): the dots are the paragraph's tail, as the '…' before a feed's truncation marker, the stub stays (doubtful: could be read as the text's own)",
            },
        ),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional daily; a news-ticker item) -----------------------------
L(
    "gld_urk",
    (0, 0, None),
    [
        (
            "headline",
            "Politie controleert streng op toegang",
            {
                "note": "the store's text of this URL is a ticker item, not the story its slug names; the item's own title is the headline"
            },
        ),
        (
            "site_text",
            "19:15",
            {"note": "the item's time glued before its text: split off as site text (bare time row)"},
        ),
        ("lede", "De politie is nadrukkelijk aanwezig"),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL national TV news, SBS6; accident report) -----------------
L(
    "hvn_gelredome",
    (1, 0, None),
    [
        ("site_text", "Terug", {"note": "back link: site text"}),
        ("headline", "Voetganger gereanimeerd na aanrijding"),
        ("site_text", "Ongeluk", {"note": "section label below the title: site text"}),
        ("site_text", "Vandaag, 12:40", {"note": "publication date line: site text"}),
        ("lede", "In de buurt van stadion Gelredome"),
        ("paragraph", "De hulpdiensten kregen rond 09.00 uur"),
        ("paragraph", "De weg is afgezet. De politie doet"),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily, DPG; a news-ticker item) -------------------------------
L(
    "stentor_urk",
    (0, 0, None),
    [
        (
            "headline",
            "Politie controleert alle toegangswegen",
            {
                "note": "the store's text of this URL is a ticker item, not the story its slug names; the item's own title is the headline"
            },
        ),
        (
            "site_text",
            "29 januari",
            {"note": "the item's date glued before its text: split off as site text (a date line)"},
        ),
        ("lede", "De politie is bezig met een grote"),
    ],
)

# ---- RTV Utrecht (rtvutrecht.nl, NL regional broadcaster; the week's most-read round-up) -----------------
L(
    "rtvu_meestgelezen",
    None,
    [
        ("byline", "Door de nieuwsredactie", {"note": NOTITLE + "; the author line"}),
        (
            "site_text",
            "· geplaatst: zaterdag 12 augustus",
            {"note": "the publication date line glued after the byline: split off as site text"},
        ),
        ("site_text", "Foto: Menno Bausch", {"note": "a photo credit on a line of its own: site text"}),
        (
            "lede",
            "PROVINCIE UTRECHT - Een klappertjes",
            {"note": "the round-up's intro; the place dateline stays in it"},
        ),
        ("subheading", "1. Verongelukte fietser Den Dolder"),
        ("paragraph", "Een 31-jarige man kwam vorige week om"),
        ("subheading", "2. Vuurwapen in DierenPark Amersfoort"),
        ("paragraph", "Een verontrustend bericht deze week"),
        ("paragraph", "Volgens het dierenpark was vanaf het"),
        ("subheading", "3. Oranje-dames gehuldigd in bomvol"),
        ("paragraph", "Een ongekende prestatie van de Oranje", {"note": CUT}),
    ],
)

# ---- VRT NWS (vrt.be/vrtnws, Flemish public broadcaster; news item) --------------------------------------
L(
    "vrt_nachtwacht",
    None,
    [
        (
            "lede",
            "Antwerpen - en met name Deurne en",
            {"note": NOTITLE + "; a main-text excerpt of one paragraph; " + CLEAN},
        ),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; an opinion piece) ----------------------------------------
L(
    "tijd_verkoop",
    None,
    [
        ("lede", "Ondernemers die hun bedrijf verkopen", {"note": NOTITLE + "; the intro; " + CLEAN}),
        ("paragraph", "De verkoop van het Belgische indie"),
        ("paragraph", "Ondernemers die hun bedrijf verkopen,"),
        (
            "quote",
            "Belgische bedrijven als Ecover en",
            {
                "note": "a pull quote repeating the next paragraph's last sentence: quote, article text, as the older sets' pull quotes (STRUCTURE_CONVENTIONS 'left for a next stop'; doubtful: could be read as a repeat, site text)"
            },
        ),
        ("paragraph", "Ja, het risico bestaat dat de"),
        ("paragraph", "Ecover bleef trouw aan zijn duurzame"),
        ("subheading", "Kijk naar Marc Coucke"),
        ("paragraph", "De verkoop van een bedrijf is ook goed"),
        ("paragraph", "Marc Coucke is een goed voorbeeld", {"note": CUT}),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; the year's opinion round-up) ----------------------------------
L(
    "knack_opinies",
    None,
    [
        (
            "lede",
            "‘Ik weet niet meer wat er mag en niet",
            {"note": NOTITLE + "; the intro opens with a quoted song line: lede (doubtful: could be read as a quote)"},
        ),
        ("paragraph", "Er verschenen weer veel goeie stukken"),
        ("paragraph", "Maar wie zich ingraaft in zijn"),
        ("paragraph", "Want net een steeds complexer wordende"),
        ("paragraph", "Veel plezier met de 12 scherpste"),
        ("subheading", "1. ‘Een onschuldige foto? Hoe AI", {"note": "the round-up's item title"}),
        ("paragraph", "‘Online foto’s kunnen verzameld worden"),
        (
            "site_text",
            "© Getty Images",
            {"note": "an image credit on a line of its own (a caption that is only a credit): site text"},
        ),
        ("subheading", "2. ‘Boeren moeten niet schrikken"),
        ("paragraph", "Bioloog en Knack-journalist Dirk"),
        (
            "caption",
            "Woumen, Diksmuide, op donderdag 16",
            {"tail": "© Belga", "note": "image caption (place and date); the glued credit its tail"},
        ),
        ("subheading", "3. ‘Moeten alleen nog leerkrachten"),
        ("paragraph", "In Amsterdam staat een prachtig gebouw"),
        ("caption", "Juf Nienke in Amsterdam: all", {"note": "image caption; " + CUT}),
    ],
)

# ---- Gazet van Antwerpen (its Kempen print edition on PressReader; front-page business report) -----------
L(
    "gva_overnames",
    (0, 0, None),
    [
        ("headline", "Belgische bedrijven nemen steeds vaker"),
        (
            "lede",
            "In 2019 kochten 38 Belgische bedrijven",
            {"note": "the subtitle (deck) under the title: lede (doubtful: could be read as a subheading)"},
        ),
        (
            "site_text",
            "Gazet van Antwerpen Kempen - - VOORZIJ",
            {
                "note": "the e-paper's edition and page line ('... - VOORZIJDE PAGINA -'), glued before the author: site text"
            },
        ),
        ("byline", "CHRISTOF WILLOCX", {"note": "the author, glued after the edition line: byline"}),
        ("paragraph", "Belgische bedrijven nemen veel vaker", {"note": "the front-page intro"}),
        ("paragraph", "Pieter Janssens (35) uit Herentals"),
        ("paragraph", "Belgische bedrijven nemen in de eerste"),
        ("paragraph", "“Voor Belgische bedrijven is de", {"note": CUT}),
    ],
)

# ---- Focus-WTV (focus-wtv.be, Flemish regional TV, West Flanders; fire report) ---------------------------
L(
    "focus_woningbrand",
    None,
    [
        ("lede", "Een hevige brand in Kortrijk heeft", {"note": NOTITLE + "; the intro; " + CLEAN}),
        (
            "paragraph",
            "Als de brandweer ter plaatse komt,",
            {"note": "the spokesman's name and role before his words stay in the paragraph (the report's own words)"},
        ),
        ("paragraph", "Eén brandweerman wordt geëlektro"),
        ("subheading", "Opzettelijke brandstichting"),
        ("paragraph", "De bewoners van de huizenrij werden"),
    ],
)

# ---- KW (kw.be, Krant van West-Vlaanderen, Flemish regional weekly; council liveblog) --------------------
L(
    "kw_duiven",
    None,
    [
        (
            "site_text",
            "Automatische update:",
            {
                "note": NOTITLE
                + "; the liveblog's controls ('Automatische update: / Aan / Uit / De nieuwste eerst De oudste eerst'): one site-text block"
            },
        ),
        (
            "byline",
            "Philippe Verhaest",
            {
                "note": "the entry's author box (the name, then 'door' and the name again): one byline block (doubtful: the bare name could be read as an avatar label, site text)"
            },
        ),
        ("subheading", "Nieuwe politiepost aan station", {"note": "entry heading"}),
        ("lede", "De verhuizing van de politiepost", {"note": "the first entry's text"}),
        ("paragraph", "Immanuel De Reuse (Vlaams Belang):"),
        ("paragraph", 'Schepen Griet Coppé (CD&V): "Er worden'),
        ("byline", "Philippe Verhaest"),
        ("subheading", '"Infrabel moet deel van deze kosten'),
        ("paragraph", "Cyriel Ameye (Vlaams Belang) mengt"),
        ("paragraph", "Griet Coppé wel de zaak bij de kern"),
        ("paragraph", "Marc Vanwalleghem (CD&V) heeft een"),
        ("byline", "Philippe Verhaest"),
        ("subheading", "Duivenpinnen en sfeerverlichting aan", {"note": "entry heading; " + CUT}),
    ],
)

# ---- TVL (tvl.be, Flemish regional TV, Limburg; evening bulletin page) -----------------------------------
L(
    "tvl_nieuws",
    (2, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label glued before the date line: split off as site text"}),
        ("site_text", "21/03/2017 - 18:31", {"note": "publication date line: site text"}),
        ("headline", "TVL Nieuws, 21 maart 2017", {"note": "the bulletin's title"}),
        (
            "lede",
            "In Maasmechelen rolt de politie een",
            {
                "note": "the bulletin's first item (items one a line, no dashes): lede and paragraphs (doubtful: could be list items)"
            },
        ),
        ("paragraph", "Wat gebeurt er met de Achelse Kluis?"),
        ("paragraph", "In Lommel verhuizen ze de populatie"),
        ("paragraph", "En in Genk is de eerste steen gelegd"),
    ],
)

# ---- VTM NIEUWS (nieuws.vtm.be, Flemish commercial TV news; accident report) -----------------------------
L(
    "vtm_kortenberg",
    None,
    [
        ("lede", "Op de Leuvensesteenweg in Kortenberg", {"note": NOTITLE + "; the intro"}),
        ("paragraph", "“Volgens de eerste berichten zou een"),
        ("subheading", "Dodelijk slachtoffer"),
        ("paragraph", "Verschillende MUG-teams en zieken"),
        ("subheading", "Medisch rampenplan"),
        ("paragraph", "De gemeentelijke fase van het rampen"),
        (
            "quote",
            "Ter hoogte van Kortenberg-centrum is",
            {
                "tail": "— Politie HerKo (@PolitieHerKo)",
                "note": "an embedded tweet of the police: its words a quote; the embed's attribution and date line glued at its end its tail",
            },
        ),
        (
            "site_text",
            "Foto's: Robby Dierickx en Geert Poels",
            {"note": "photo credits on a line of their own: site text"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

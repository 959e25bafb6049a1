#!/usr/bin/env python3
"""Rebuild structure development set 65 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch (Hart
van Nederland, Omroep Brabant, De Telegraaf, De Correspondent, RTV Oost, NH Nieuws, Het Parool,
Omroep West) and eight Flemish (Sporza, Krant van West-Vlaanderen, HLN, De Morgen, TVL, TV Oost,
Het Nieuwsblad, Focus-WTV). They come from the `search` tool's "pages" corpus (stored public web
pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts are
kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and
the texts stay in /work/data/structure-blind65 and are NOT for the project repository. Only the
labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START
MARKER (the first characters of the block, at most 38, with an occurrence skip count where needed).
A block runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. `tail` is the start marker of site text glued to the end of a block (gold
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
    "hv_rompkabinet": (
        "https://www.hartvannederland.nl/politiek/verkiezingen/artikelen/politiek-tweede-kamer-rompkabinet-na-vertrek-nsc",
        "2025-08-27",
    ),
    "ob_bureaubrabant": (
        "https://www.omroepbrabant.nl/nieuws/3345703/extra-uitzending-bureau-brabant-op-woensdag-3-maart-om-nog-meer-relschoppers-op-te-sporen",
        "2021-02",
    ),
    "tg_antwerpen": (
        "https://www.telegraaf.nl/nieuws/646624958/nederlanders-massaal-naar-antwerpen-we-mogen-hier-zijn-en-we-doen-niets-verkeerds-toch",
        "2021-12",
    ),
    "dc_klimaat": (
        "https://decorrespondent.nl/10565/protesten-check-plannen-check-nu-heeft-het-klimaat-meer-democratie-en-doorzettingsvermogen-nodig/a662bdac-17bf-04eb-3c2e-d8b66b5a9ba0?mc_cid=3be1afd55a&mc_eid=e3255b355a",
        None,
    ),
    "ro_natuurijs": ("http://www.rtvoost.nl/nieuws/287019/wel-natuurijs-geen-schaatsers", None),
    "nh_brand": (
        "https://www.nhnieuws.nl/nieuws/289182/woning-verwoest-bij-grote-brand-ik-pakte-mijn-kat-en-ging-meteen-naar-buiten",
        None,
    ),
    "pa_klassieker": (
        "https://www.parool.nl/sport/zes-ajacieden-over-hun-favoriete-klassieker-ik-zag-mensen-huilen~b0c0d23f/",
        "2019-10",
    ),
    "ow_wekker": (
        "https://www.omroepwest.nl/nieuws/3573731/West-Wekker-Storm-nadert-Zuid-Hollandse-kust-en-passagiers-urenlang-vast-in-trein",
        "2018-01",
    ),
    # Flemish
    "sp_snelders": (
        "https://sporza.be/nl/2022/03/03/eddy-snelders-is-streng-voor-club-en-looft-kaa-gent-serieuze-uppercut-uitgedeeld~1646271130724/",
        None,
    ),
    "kw_pensioenen": ("https://kw.be/nieuws/opinie/de-pensioenen/", "2025-01"),
    "hl_aardbeving": (
        "https://www.hln.be/nieuws/buitenland/groningen-getroffen-door-aardbeving-met-kracht-van-3-4-ik-voelde-het-huis-bewegen~acdea925/",
        "2019-05",
    ),
    "dm_heijden": (
        "https://www.demorgen.be/tv-cultuur/a-f-th-van-der-heijden-bijna-9-jaar-na-de-dood-van-zijn-zoon-tonio-er-is-zelden-nog-totale-wanhoop~bb06ee7e/",
        None,
    ),
    "tl_sauwens": (
        "https://tvl.be/nieuws/johan-sauwens-legt-zo-dadelijk-de-eed-af-als-burgemeester-van-bilzen-82753",
        None,
    ),
    "to_containerschip": (
        "https://www.tvoost.be/nieuws/grootste-containerschip-meert-aan-in-waaslandhaven-45393",
        "2017-06",
    ),
    "nb_onderwijs": ("https://www.nieuwsblad.be/cnt/dmf20191006_04649085", "2019-10"),
    "fw_brusk": (
        "https://focus-wtv.be/nieuws/brusk-in-brugge-opent-voor-het-eerst-de-deuren-voor-het-publiek",
        "2025-09-14",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Hart van Nederland (hartvannederland.nl, NL national TV news; politics) -------------------
L(
    "hv_rompkabinet",
    None,
    [
        ("lede", "In de Tweede Kamer wordt woensdag", {"note": NOTITLE}),
        ("paragraph", "Zo liet Frans Timmermans"),
        ("paragraph", "Eerder in het debat was er nog een"),
        (
            "site_text",
            "2:11 Dood Lisa centraal in debat",
            {"note": "title of the embedded video with its running time ('2:11'): site text"},
        ),
        ("paragraph", "Geert Wilders (PVV) richtte zich"),
        ("paragraph", "DENK-leider Stephan van Baarle ging", {"note": CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; short news item) ----------------
L(
    "ob_bureaubrabant",
    None,
    [
        ("lede", "Naar aanleiding van de rellen die", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "In het centrum van Eindhoven liep"),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; news report) ------------------------------
L(
    "tg_antwerpen",
    (1, 0, None),
    [
        (
            "site_text",
            "Premium Het beste van De Telegraaf",
            {"note": "paywall label and brand line above the title: site text"},
        ),
        ("headline", "Nederlanders massaal naar Antwerpen:"),
        (
            "byline",
            "Door Arthur De Meyer",
            {"tail": "Kopieer naar clipboard", "note": "author line; the share button's label glued to it is its tail"},
        ),
        ("site_text", "Ⓒ Carlo Coppejans", {"note": "photo credit on a line of its own: site text"}),
        ("lede", "Antwerpen - Zoals verwacht kon je", {"note": "with its place dateline"}),
    ],
)

# ---- De Correspondent (decorrespondent.nl, NL national online outlet; opinion essay) ------------
L(
    "dc_klimaat",
    None,
    [
        (
            "site_text",
            "De Correspondent leest voor",
            {
                "note": "the read-aloud audio player (label, track line 'author - title', 'SoundCloud', 'Luister hier …'): site text, one block; the page title is not in the excerpt: no headline (doubtful: the track line could be read as the headline)"
            },
        ),
        (
            "lede",
            "‘Verandering komt, of je het nu leuk",
            {"note": "the opening one-line quotation, first line of the body: lede (could be a quote)"},
        ),
        (
            "paragraph",
            "Met die woorden besloot Greta",
            {"note": "linked words were lost by the extractor ('tijdens de Voor dit moment')"},
        ),
        ("paragraph", "Toch hield ik een ongemakkelijk"),
        ("paragraph", "Ik behoor ook niet bij de mensen"),
        ("paragraph", "Mijn ongemak gaat over de enorme"),
        ("paragraph", "Teleurstelling aan de zijde van"),
        ("paragraph", "Hoeveel verandering we de komende", {"note": CUT}),
    ],
)

# ---- RTV Oost (rtvoost.nl, NL regional broadcaster; sports news) ------------------------------
L(
    "ro_natuurijs",
    (1, 0, None),
    [
        ("site_text", "nieuws", {"note": "section label above the title: site text"}),
        ("headline", "Wel natuurijs, geen schaatsers"),
        ("caption", "Gary Hekman won in 2016 de", {"note": "photo caption, first copy"}),
        (
            "site_text",
            "Gary Hekman won in 2016 de",
            {"note": "the caption printed again with its credit ('© RTV Oost / …'): site text, one block"},
        ),
        ("lede", "Het is een koddig en pijnlijk"),
        ("paragraph", "Een groot deel van het marathonpeloton"),
        ("subheading", "Sneeuwval"),
        ("paragraph", "Door hevige sneeuwval is er een"),
        (
            "site_text",
            "Lees meer:",
            {"note": "three 'Lees meer:' link labels (the linked titles lost by the extractor): site text, one block"},
        ),
        ("site_text", "Heb je een nieuwstip of nieuwe", {"note": "news-tip line: site text"}),
    ],
)

# ---- NH Nieuws (nhnieuws.nl, NL regional broadcaster; news report) ---------------------------
L(
    "nh_brand",
    (1, 0, None),
    [
        ("site_text", "Ga naar Content", {"note": "skip link: site text"}),
        ("headline", "Woning verwoest bij grote brand:"),
        ("lede", "Bij een grote brand in een pand"),
        (
            "site_text",
            "Buurtbewoners reageren geschrokken",
            {"note": "title of the embedded video with the brand ('- NH Nieuws'): site text"},
        ),
        ("paragraph", "Onderzoek moet uitwijzen hoe de"),
        ("paragraph", "Mohsen Ahmadi van een kledingstomerij"),
        ("subheading", '"Ik mag mijn woning niet in"'),
        ("paragraph", "De bovenbuurman van de stomerij"),
        ("paragraph", "Bij Stefan Paauw, die drie huizen"),
        (
            "caption",
            "Stefan Paauw werd door de politie",
            {"tail": "- Foto: Stefan Paauw", "note": "photo caption; the glued credit is its tail"},
        ),
        ("paragraph", "De eigenaar van een loodgietersbedrijf", {"note": CUT}),
    ],
)

# ---- Het Parool (parool.nl, NL Amsterdam daily; sports feature) ------------------------------
L(
    "pa_klassieker",
    None,
    [
        (
            "caption",
            "Hedwiges Maduro viert feest in de Kuip",
            {"tail": "Beeld ANP", "note": NOTITLE + "; the lead photo's caption, its glued credit the tail"},
        ),
        ("subheading", "1. Marko Pantelic", {"note": "numbered item title of the list feature"}),
        (
            "caption",
            "De Servische Spits Marko Pantelic",
            {
                "tail": "Beeld ANP",
                "note": "the item's photo caption (description of the player), its glued credit the tail (doubtful: could be the item's intro)",
            },
        ),
        ("lede", "“Ja, de klassieker, die was", {"note": "first body paragraph (the player's words)"}),
        ("paragraph", "Mijn favoriete klassieker was de"),
        ("paragraph", "De fanatieke supporters stonden"),
        ("paragraph", "Ik volg Ajax nog steeds.", {"note": CUT}),
    ],
)

# ---- Omroep West (omroepwest.nl, NL regional broadcaster; morning news round-up) ----------------
L(
    "ow_wekker",
    None,
    [
        (
            "lede",
            "REGIO - Goedemorgen! Het belooft",
            {
                "tail": "Dat en meer lees je in de West Wekker.",
                "note": NOTITLE
                + "; with its place dateline; the round-up's closing formula 'Dat en meer lees je in de West Wekker.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        ("subheading", "1. LIVEBLOG: Code oranje om storm", {"note": "numbered item title of the round-up"}),
        (
            "paragraph",
            "Het KNMI waarschuwt voor zeer",
            {
                "tail": "Volg alles rondom het heftige weer",
                "note": "the pointer to the liveblog its tail (relabelled stop 51 to STRUCTURE_CONVENTIONS.md)",
            },
        ),
        ("subheading", "2. Bijna 400 passagiers urenlang"),
        ("paragraph", "Bijna 400 passagiers hadden enorme"),
        ("subheading", "3. Druk bezocht en waardig afscheid"),
        ("paragraph", "In Club Westwood is gisteravond"),
        ("subheading", "4. Man plundert rekening eigen"),
        ("paragraph", "Een 45-jarige man uit Den Haag"),
        ("subheading", "Weer", {"note": "the round-up's weather section"}),
        ("paragraph", "Zoals al eerder aangegeven: op"),
        (
            "site_text",
            "Vanavond op TV West",
            {
                "note": "promo of the evening's TV programme with a presenter's name (cut): site text, one block (doubtful: a standing section of the round-up); "
                + CUT
            },
        ),
    ],
)

# ---- Sporza (sporza.be, Flemish public broadcaster's sports desk; pundit's column) ---------------
L(
    "sp_snelders",
    None,
    [
        (
            "subheading",
            "Over Club Brugge: “Weer met de neus",
            {"note": NOTITLE + "; section title inside the column; " + CLEAN},
        ),
        ("lede", "“Na de Europese uitschakeling volgde"),
        ("paragraph", "“Club is woensdagavond met de neus"),
    ],
)

# ---- Krant van West-Vlaanderen (kw.be, Flemish regional weekly; opinion column) -----------------
L(
    "kw_pensioenen",
    None,
    [
        ("lede", "De saga of noem het soap rond onze", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Wie (ook maar iets van) een"),
        (
            "quote",
            "“Deze hete aardappel werd steeds",
            {"note": "pull quote restating a sentence of the paragraph above: quote (article text)"},
        ),
        ("paragraph", "Dat hebben de beleidsmakers maandag"),
    ],
)

# ---- HLN (hln.be, Flemish national daily; foreign news) ----------------------------------------
L(
    "hl_aardbeving",
    (0, 0, None),
    [
        ("headline", "Groningen getroffen door aardbeving"),
        ("byline", "KVE ADN", {"note": "authors' initials glued to the end of the title line: byline"}),
        ("site_text", "22 mei 2019", {"note": "publication date and time, two lines: site text, one block"}),
        (
            "site_text",
            "Bron: Belga, ANP 36",
            {"note": "source line with the comment count ('36') glued before the lede: site text"},
        ),
        ("lede", "In de Nederlandse provincie Groningen"),
        ("paragraph", "De beving deed zich voor rond 5.45"),
        ("subheading", "“Dat was een zware”"),
        ("paragraph", "Een inwoner van de stad zegt"),
        (
            "quote",
            "Rare gewaarwording, wakker worden",
            {
                "tail": "Bert Nijmeijer(@",
                "note": "embedded tweet: its text a quote, the account name with handle and 'link' its tail (doubtful: the whole embed could be site text)",
            },
        ),
        (
            "quote",
            "Wakker geworden omdat het hele huis",
            {"tail": "Angelique(@", "note": "embedded tweet, as above"},
        ),
        ("subheading", "“Regering brengt ons in gevaar”"),
        ("paragraph", "In epicentrum Westerwijtwerd hangen", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; interview) -------------------------------
L(
    "dm_heijden",
    (2, 0, None),
    [
        ("site_text", "Maandag 05/06/2023", {"note": "publication date line: site text"}),
        ("site_text", "Interview", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "A.F.Th. van der Heijden, bijna 9 jaar"),
        (
            "site_text",
            "null Beeld Simon Lenskens",
            {
                "note": "photo credit printed twice (the first with a 'null' alt text), no caption words: site text, one block"
            },
        ),
        ("lede", "A.F.Th. van der Heijden heeft een", {"note": "the intro under the title"}),
        ("byline", "Marnix Peeters", {"note": "author name on its own line"}),
        ("paragraph", "Mag je spreken van de grootste"),
        ("paragraph", "Drieënveertig titels al."),
        ("paragraph", "Hij woont in de Museumwijk in"),
        ("paragraph", "Ik ben een kwartier te vroeg"),
        ("paragraph", "Hij is nu 67."),
        ("paragraph", "Ik durf niet te vragen hoe het"),
        ("paragraph", "En we gaan het over fake news", {"note": CUT}),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; short video item) --------------------------------------
L(
    "tl_sauwens",
    (1, 0, None),
    [
        (
            "site_text",
            "Politiek 07/08/2019 - 12:30",
            {
                "note": "section label and publication date and time before the title on the same line: site text (doubtful: 'Politiek' could be read as a kicker of the title)"
            },
        ),
        ("headline", "Johan Sauwens legt vandaag eed af"),
        (
            "site_text",
            "Beter Bilzen Bruno Steegen",
            {"note": "the item's tag list, glued after the title: site text"},
        ),
        (
            "site_text",
            "embed Embed deze video Dimensies:",
            {"note": "video embed widget (label and player sizes): site text"},
        ),
        ("lede", "Johan Sauwens legt vandaag de eed", {"note": "the whole item: two sentences"}),
        (
            "site_text",
            "Politiek Hasselaar Rob Beenders legt",
            {
                "note": "list of other political items of the site (section label, title, date printed twice, teaser), three items, the last cut: site text, one block; "
                + CUT
            },
        ),
    ],
)

# ---- TV Oost (tvoost.be, East-Flemish regional TV; short video item) ----------------------------
L(
    "to_containerschip",
    (0, 0, None),
    [
        (
            "headline",
            "Mobiliteit en Verkeer Grootste",
            {
                "note": "the title with the section label 'Mobiliteit en Verkeer' glued before it on one line (a kicker: stays in the headline)"
            },
        ),
        ("site_text", "embed", {"note": "the video player's embed label: site text"}),
        ("lede", "Het grootste containerschip ter", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; short news item) ---------------------
L(
    "nb_onderwijs",
    None,
    [
        ("lede", "De Vlaamse regering wil fameus", {"note": NOTITLE}),
        (
            "paragraph",
            "Daarnaast komt er nog eens een half",
            {
                "tail": "(agy)",
                "note": "the author's initials in brackets glued to the end: its tail, as a glued source credit (doubtful: could be read as a byline)",
            },
        ),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West-Flemish regional TV; culture report) -------------------------
L(
    "fw_brusk",
    None,
    [
        (
            "site_text",
            "Je moet ingelogd zijn om gratis",
            {"note": "the video player's log-in notice: site text; " + NOTITLE},
        ),
        ("lede", "Vandaag mocht ook het publiek voor"),
        ("paragraph", "Voor bezoekers is het een unieke"),
        ("paragraph", '"Het gebouw is heel sereen en', {"note": "a visitor's words, unnamed"}),
        ("paragraph", "Dorine Hilderson, bezoeker:"),
        ("subheading", "Muziek speciaal voor BRUSK"),
        ("paragraph", "Patrick Hamilton, componist:"),
        ("subheading", "Indrukwekkende spinnenwebben"),
        ("paragraph", "Bezoekers kunnen ook kennismaken"),
        ("paragraph", "De eerste echte expo's hier openen"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

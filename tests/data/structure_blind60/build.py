#!/usr/bin/env python3
"""Rebuild structure blind set 60 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are sixteen third-party Dutch-language news pages of sixteen mainstream national and
regional outlets, eight Dutch (de Volkskrant, NOS Jeugdjournaal, De Telegraaf, L1, RTV Rijnmond,
Omroep West, AD, Omroep Zeeland) and eight Flemish (HLN, Het Nieuwsblad, Knack, De Morgen, De Tijd,
Focus-WTV, Gazet van Antwerpen, TVL). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind60 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each block
is a kind plus a START MARKER (the first characters of the block, at most 38, with an occurrence
skip count where needed). A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that block's
text (end None = to the block's end). Standard library only; the cutting is done by
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
    "hln_club": (
        "http://www.hln.be/hln/nl/1285/Voetbal/article/detail/2859797/2016/09/09/Club-blijft-in-sukkelstraatje-en-lijdt-op-de-Freethiel-al-3e-nederlaag-van-het-seizoen.dhtml?utm_medium=rss&utm_content=hlnbenieuwssportenshowbizz24/247/7meerdan350nieuwsupdatesperdag",
        None,
    ),
    "vk_opinieblog": (
        "https://www.volkskrant.nl/opinie/opinieblog-de-drie-columns-van-dit-weekend-die-u-gelezen-moet-hebben~a4389594/?lastUpdate=1481529900000",
        None,
    ),
    "nb_avondklok": ("https://www.nieuwsblad.be/cnt/dmf20210130_95085680", None),
    "jj_storm": (
        "https://jeugdjournaal.nl/artikel/2212462-storm-code-oranje-in-bijna-heel-nederland.html?ext=html",
        None,
    ),
    "kn_stempel": (
        "https://www.knack.be/nieuws/belgie/de-stempel-van-de-n-va-minder-stemmen-meer-gewicht/article-analyse-1515319.html",
        "2019-10",
    ),
    "tg_column": (
        "https://www.telegraaf.nl/vrouw/1142487011/hij-vraagt-naar-peter-en-de-tranen-biggelen-over-mijn-wangen",
        "2023-06",
    ),
    "l1_nieuws": ("https://admin.l1.nl/algemeen/2649310/l1-nieuws-3-mei-2024", None),
    "dm_twitter": (
        "https://www.demorgen.be/nieuws/twitter-is-niet-alleen-slecht-voor-de-gezondheid-je-reputatie-kan-er-ook-onder-lijden-joel-de-ceulaer-houdt-het-twitteren-even-voor-bekeken~bcb608ed/",
        None,
    ),
    "td_stikstof": (
        "https://tijd.be/politiek-economie/belgie/vlaanderen/buitenlandse-stikstof-vervuilt-natuur-waarvoor-boeren-moeten-wijken/10384973.html",
        None,
    ),
    "fw_nieuws": ("https://focus-wtv.be/avondnieuws/nieuws-focus-12-maart", None),
    "rm_havendagen": (
        "http://www.rijnmond.nl/nieuws/158819/Terugkijken-Havendagen-uitzendingen-OPEN-Rotterdam",
        "2017-09",
    ),
    "ow_wekker": (
        "https://www.omroepwest.nl/nieuws/3852113/West-Wekker-een-jaar-Haags-college-en-uitspraak-gewelddadige-woningoverval-Pijnacker",
        "2019-06",
    ),
    "gva_havendag": (
        "http://www.gva.be/cnt/dmf20170917_03078187/antwerpen-lokt-45-000-bezoekers-naar-haven",
        "2017-09",
    ),
    "ad_gemist": (
        "https://www.ad.nl/enschede/gemist-nobian-is-caverne-onder-twente-kwijt-en-het-verhaal-achter-de-goedkope-benzine-in-hengevelde~abc62dd7/",
        "2022-03",
    ),
    "tvl_heeren": ("https://www.tvl.be/nieuws/veerle-heeren-is-weer-burgemeester-van-sint-truiden-122453", None),
    "oz_wakker": (
        "https://www.omroepzeeland.nl/nieuws/108987/Zeeland-Wordt-Wakker-fietsvoetveer-moord-Rilland-en-imagoschade-Vlissingen",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "photo credit glued to the end of the caption: its site_text_tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- HLN (hln.be, Flemish daily; football report) ----------------------------------------------
L(
    "hln_club",
    None,
    [
        ("lede", "De Brugse machine blijft sputteren.", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", '"De match tegen Waasland-Beveren is'),
    ],
)

# ---- de Volkskrant (volkskrant.nl, Dutch national daily; opinion blog, liveblog layout) --------
L(
    "vk_opinieblog",
    (0, 0, None),
    [
        (
            "headline",
            "Opinieblog - De drie columns van dit",
            {"note": "the title with its rubric kicker 'Opinieblog -' glued on"},
        ),
        (
            "lede",
            "Een selectie van interessante debatten",
            {
                "tail": "Lees hier het vorige opinieblog terug.",
                "note": "the blog's standing intro; the link to the previous blog glued to its end is its site_text_tail",
            },
        ),
        ("site_text", "Berichten", {"note": "the liveblog's section label ('Posts'): site text"}),
        ("site_text", "Bekijk nieuwe update(s).", {"note": "the liveblog's 'show new updates' button: site text"}),
        ("paragraph", " 1. ECB-president Draghi's", {"note": "first blog entry, numbered '1.' by the extraction"}),
        (
            "subheading",
            " 2. columns",
            {"note": "heading of the second blog entry (doubtful: a rubric word, could be read as a section label)"},
        ),
        ("paragraph", "  Bob Dylan kwam niet opdagen"),
        ("paragraph", "  Iedereen heeft het over populisme"),
        ("paragraph", "  Buitenlandcommentator Paul Brill"),
        ("subheading", " 3. Rondvraag", {"note": "heading of the third blog entry"}),
        (
            "site_text",
            "  Lees hier onze rondvraag met",
            {
                "note": "the third entry is only a link ('read our poll here'): site text (doubtful: the entry's own words)"
            },
        ),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish daily; short news item) ---------------------------
L(
    "nb_avondklok",
    None,
    [
        (
            "lede",
            "Antwerpen -",
            {
                "note": NOTITLE
                + "; the place dateline 'Antwerpen -' on a line of its own opens the lede (stays in it); "
                + CLEAN
            },
        ),
    ],
)

# ---- NOS Jeugdjournaal (jeugdjournaal.nl, public broadcaster's children's news; news item) -----
L(
    "jj_storm",
    None,
    [
        ("lede", "Het gaat vandaag behoorlijk stormen.", {"note": NOTITLE + "; " + CLEAN}),
        ("subheading", "Windstoten"),
        ("paragraph", "Aan de kust kunnen windstoten van 100"),
        ("subheading", "Oranje"),
        ("paragraph", "Vanaf 09.00 uur is code oranje"),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; political analysis, paywalled teaser) ---------------
L(
    "kn_stempel",
    (1, 0, None),
    [
        ("site_text", "analyse", {"note": "genre label on its own line above the title: site text"}),
        ("headline", "De stempel van de N-VA: minder stemmen"),
        ("lede", "De drie Vlaamse regeringspartijen van"),
        (
            "caption",
            "Jan Jambon Sommige N-VA'ers overwogen",
            {
                "note": "photo caption (the photo's subject 'Jan Jambon' glued before a quote-like line; doubtful: could be a pull quote)"
            },
        ),
        ("paragraph", "Stil knarsetanden of luid"),
        (
            "site_text",
            "\n...",
            {"note": "the '...' on its own line where the paywalled article is cut off: site text"},
        ),
    ],
)

# ---- De Telegraaf (telegraaf.nl, Dutch national daily; opinion column, premium) ----------------
L(
    "tg_column",
    (1, 0, None),
    [
        (
            "site_text",
            "Premium Het beste van De Telegraaf",
            {"note": "paywall label and slogan above the title: site text"},
        ),
        (
            "headline",
            "Columns & Opinie 'Hij vraagt naar",
            {
                "note": "the title with the section label 'Columns & Opinie' glued before it on one line (a kicker: kept)"
            },
        ),
        ("caption", "’Bijna elke dag is hier zeker vijf uur", {"tail": "Ⓒ Carilijne Pieterse", "note": CREDIT}),
        ("lede", "Soms liggen conclusies voor de hand.", {"note": "the teaser's only paragraph (premium cut)"}),
    ],
)

# ---- L1 (l1.nl, Limburg regional broadcaster; TV bulletin page) --------------------------------
L(
    "l1_nieuws",
    (0, 0, None),
    [
        ("headline", "L1 Nieuws - 3 mei 2024", {"note": "the bulletin page's title (programme and date)"}),
        ("caption", "L1 Nieuws-presentator Maarten"),
        ("site_text", "© Raoul Limpens", {"note": "photo credit on a line of its own: site text"}),
        (
            "lede",
            "Het L1 Nieuws van vrijdag 3 mei 2024",
            {"note": "one-line intro of the bulletin (doubtful: it restates the title; could be read as site text)"},
        ),
        ("subheading", "Limburg neemt schade op na hevige"),
        ("paragraph", "Limburg maakt de balans op na het"),
        ("subheading", "Promotiekriebels bij Roda in Kerkrade"),
        ("paragraph", "Roda JC kan vrijdag, na 6 jaar,"),
        ("subheading", "Joes Brauers maakt bevrijdingslied met"),
        ("paragraph", '"Bevrij me", zo heet het lied dat door'),
        ("subheading", "Oorlogsgraven in Grevenbicht"),
        ("paragraph", "Morgen op 4 mei herdenken wij onder"),
    ],
)

# ---- De Morgen (demorgen.be, Flemish daily; personal account / feature) ------------------------
L(
    "dm_twitter",
    (2, 0, None),
    [
        ("site_text", "Maandag 04/07/2022", {"note": "the site's date line: site text"}),
        (
            "site_text",
            "GetuigenisTwitter",
            {"note": "genre label 'Getuigenis' and tag 'Twitter' glued, on their own line above the title: site text"},
        ),
        ("headline", "‘Twitter is niet alleen slecht voor de"),
        ("caption", "‘Twitter is gelijk het leven zelve:", {"tail": "Beeld Lorenzo Matteucci", "note": CREDIT}),
        (
            "site_text",
            "‘Twitter is gelijk het leven zelve:",
            {"note": "the caption printed again at once (credit glued without a space): the second copy is site text"},
        ),
        ("lede", "Het kan er ontzettend boeiend zijn,"),
        ("byline", "Joël De Ceulaer"),
        ("paragraph", "Ik sukkel al enkele maanden met een"),
        ("paragraph", "Ik weet hoe ik mij die symptomen op de"),
        ("paragraph", "Ik durf de hoeveelheid tijd die ik zo", {"note": CUT}),
    ],
)

# ---- De Tijd (tijd.be, Flemish financial daily; short news item) -------------------------------
L(
    "td_stikstof",
    (1, 0, None),
    [
        (
            "site_text",
            "Donald Trump polst Scott Bessent als",
            {"note": "the title of another article (news ticker / related item) above the page title: site text"},
        ),
        ("headline", "Buitenlandse stikstof vervuilt natuur"),
        ("lede", "Eén op de zes landbouwbedrijven die"),
    ],
)

# ---- Focus-WTV (focus-wtv.be, West Flemish regional TV; bulletin page) -------------------------
L(
    "fw_nieuws",
    (2, 0, None),
    [
        (
            "site_text",
            "Avondnieuws",
            {"note": "section header with its standing description ('Hier kan je ... bekijken'): site text, one block"},
        ),
        ("site_text", "Programma's", {"note": "menu / breadcrumb item: site text"}),
        (
            "headline",
            "Nieuws Focus",
            {"note": "the programme name heading the bulletin, the page's only title (doubtful: could be site text)"},
        ),
        ("lede", "6 op 10 van de flexbussen, de opvolger"),
        ("paragraph", "Kersvers wereldkampioen Alexander Doom"),
        ("paragraph", "En het beeld 'De Zee', dat we beter"),
    ],
)

# ---- RTV Rijnmond (rijnmond.nl, Rotterdam regional broadcaster; event coverage) ----------------
L(
    "rm_havendagen",
    None,
    [
        ("lede", "Niet alleen RTV Rijnmond doet verslag", {"note": NOTITLE}),
        (
            "paragraph",
            "In de uitzending van zaterdag aandacht",
            {"note": "two sentences glued at the full stop ('Maassluis.Verslaggever'): one block"},
        ),
        (
            "site_text",
            "\n.\n",
            {"note": "a lone '.' left by the extraction where an embed stood: site text (one character)"},
        ),
        ("paragraph", "Grote aandachtstrekker is de"),
        ("paragraph", "Ieder jaar worden de zogheten"),
        ("paragraph", "Een van hen is Dennis van der Meer,"),
        ("paragraph", "Een andere 'representative' is Desiree"),
        ("paragraph", "Visserijvoorman Pim Visser,"),
        (
            "paragraph",
            "OPEN Rotterdam maakte de volgende",
            {"note": "the article's lead-in to an embedded video the store did not keep: article text"},
        ),
    ],
)

# ---- Omroep West (omroepwest.nl, Zuid-Holland regional broadcaster; morning briefing) ---------
L(
    "ow_wekker",
    None,
    [
        (
            "lede",
            "Goedemorgen! Doet het college van Den",
            {
                "tail": "Dit en meer lees je in de West Wekker.",
                "note": NOTITLE
                + "; the round-up's closing formula 'Dit en meer lees je in de West Wekker.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        ("subheading", "Wat kun je vandaag verwachten?"),
        ("paragraph", "Het Haagse college zit alweer een jaar"),
        ("paragraph", "'De langste 23 minuten uit haar leven"),
        ("paragraph", "Wordt het weer Claudia de Breij met"),
        ("paragraph", "Het weer: Woensdag is er vrij veel"),
        ("site_text", "Beeld: MeteoGroup", {"note": "image credit on a line of its own: site text"}),
        ("subheading", "En dit moet je ook nog weten:"),
        ("paragraph", "Een petitie om EHBO-les als vast"),
        ("paragraph", "Achter het begrip crowdfunding", {"note": CUT}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish daily; short news item, paywalled teaser) ------------
L(
    "gva_havendag",
    None,
    [
        ("lede", "Naar schatting 45.000 mensen brachten", {"note": NOTITLE}),
        (
            "paragraph",
            "De Antwerpse haven was te bezoeken van",
            {
                "tail": "...",
                "note": "the teaser stops mid-sentence at the paywall; the '...' the site glued on is its site_text_tail (doubtful: a teaser cut, like a feed's truncation marker)",
            },
        ),
    ],
)

# ---- AD (ad.nl, Dutch national daily; regional daily round-up of Tubantia) ---------------------
L(
    "ad_gemist",
    None,
    [
        (
            "site_text",
            "Ben je er vandaag niet aan toegekomen",
            {
                "note": NOTITLE
                + "; the round-up's standing intro: site text (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was lede)"
            },
        ),
        (
            "paragraph",
            "Hulp bij zoektocht naar opvangplekken",
            {"note": "round-up item: title and teaser joined by ' - ' on one line"},
        ),
        ("paragraph", "‘Goedkope’ benzine in Hengevelde, hoe"),
        ("paragraph", "Voorwaardelijke straf voor enorme"),
        ("paragraph", "Nobian is caverne onder Twence kwijt -"),
        (
            "site_text",
            "Stop helemaal met het boren in de",
            {
                "note": "an embedded reader poll (answer options glued to the poll's title, a percentage): site text, one block with the next option; "
                + CUT
            },
        ),
    ],
)

# ---- TVL (tvl.be, Limburg regional TV; news item) ---------------------------------------------
L(
    "tvl_heeren",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label above the title: site text"}),
        ("headline", "Veerle Heeren is weer burgemeester van"),
        ("site_text", "embed", {"note": "the video player's embed button: site text"}),
        ("byline", "door Bart Husson"),
        (
            "lede",
            "Tot zover het nieuws over de",
            {"note": "the anchor's spoken text, opening with a transition from the bulletin's previous item"},
        ),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, Zeeland regional broadcaster; morning briefing) ---------
L(
    "oz_wakker",
    None,
    [
        (
            "caption",
            "Rond de 100 belangstellenden praatten",
            {"tail": "(foto: Omroep Zeeland)", "note": NOTITLE + "; " + CREDIT},
        ),
        ("subheading", "Fietsvoetveer"),
        ("lede", "Misschien komt er een miljoen euro"),
        ("caption", "Onderzoek na vondst vermoorde man", {"tail": "(foto: HV Zeeland)", "note": CREDIT}),
        ("subheading", "Moord Rilland"),
        ("paragraph", "In maart 2017 werd Kees Van Schaik uit"),
        ("caption", "Archieffoto van mariniers tijdens een", {"tail": "(foto: ANP)", "note": CREDIT}),
        ("subheading", "Imago"),
        ("paragraph", "De Vlissingse Wethouder Albert Vader"),
        ("caption", "Twee bronstige damherten in Oranjezon", {"tail": "(foto: Jan Berghout", "note": CREDIT}),
        ("subheading", "Weer"),
        ("paragraph", "Het is vandaag zwaar bewolkt en vooral"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 64 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language pages of sixteen mainstream news outlets, eight Dutch
(NOS, NU.nl, de Volkskrant, Het Parool, De Telegraaf, Eindhovens Dagblad, RTV Drenthe, Omroep
West) and eight Flemish (VRT NWS, Het Nieuwsblad, HLN, De Morgen, Het Belang van Limburg, Knack,
BRUZZ, Krant van West-Vlaanderen). They come from the `search` tool's "pages" corpus (stored public
web pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts
are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file
and the texts stay in /work/data/structure-blind64 and are NOT for the project repository. Only the
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
    "nos_a44": ("https://nos.nl/artikel/2253657-twee-doden-bij-ongeluk-a44-bij-nieuw-vennep.html", "2018-10"),
    "nb_ganzendries": ("https://www.nieuwsblad.be/cnt/dmf20200309_04881954", "2020-03"),
    "vrt_weer": ("https://www.vrt.be/vrtnws/nl/2021/07/15/weersverwachting/", "2021-07"),
    "nu_eredivisie": (
        "https://www.nu.nl/voetbal/6017966/feyenoord-hard-op-weg-naar-zege-op-psv-door-hattrick-berghuis.html"
        "?redirect=1&redirect=1",
        "2019-12",
    ),
    "vk_marx": ("http://vkplusmobilebackend.persgroep.net/opinie/opinieblog-lees-karl-marx-juist-nu~a4544091/", None),
    "hln_gemeenteraad": (
        "https://www.hln.be/in-de-buurt/antwerpen/"
        "laatste-gemeenteraad-van-het-jaar-wordt-dubbele-zit-debat-over-meerjarenplan-2020-2025~a70423f2/",
        "2019-12",
    ),
    "ed_overzicht": (
        "https://www.ed.nl/brabant/"
        "nieuwsoverzicht-flinke-vertragingen-op-eindhoven-airport-door-dichte-mist-roy-donders-wordt-vader~a51f27fc/",
        "2022-09",
    ),
    "dm_interviews": (
        "https://www.demorgen.be/beste-van-2022/"
        "de-toekomst-is-onvoorspelbaar-dat-heb-ik-op-de-vreselijkste-manier-geleerd-2022-in-40-straffe-gesprekken"
        "~bbf1a297/",
        "2022-12",
    ),
    "hbvl_trambus": ("https://www.hbvl.be/cnt/dmf20210216_98266228", "2021-02"),
    "pa_woningmarkt": (
        "https://www.parool.nl/columns-opinie/opinie-deze-woningmarkt-vraagt-om-actievoeren-juist-van-de-wethouder"
        "~b4dbbf35/",
        "2021-09",
    ),
    "tg_verschoningsrecht": (
        "https://www.telegraaf.nl/watuzegt/1176652974/een-duidelijke-truc-van-justitie-om-het-verschoningsrecht-te-omzeilen",
        "2021-10",
    ),
    "kn_jambon": (
        "https://www.knack.be/nieuws/belgie/"
        "alles-wat-u-moet-weten-over-jambon-i-de-beste-knack-stukken-over-het-regeerakkoord-voor-u-verzameld/"
        "article-longread-1516397.html",
        "2019-10",
    ),
    "rd_nieuwsmoment": ("https://www.rtvdrenthe.nl/nieuws/155659/Wat-is-het-nieuwsmoment-van-2019", "2019-12"),
    "ow_westwekker": (
        "https://www.omroepwest.nl/nieuws/3701898/West-Wekker-Alles-over-Leidens-Ontzet-en-weerhaan-terug-op-de-kerk",
        "2018-10",
    ),
    "bz_anderlecht": ("https://www.bruzz.be/brussel-kiest-anderlecht/anderlecht-de-vergeten-reus-2018-04-04", None),
    "kw_torhout": (
        "https://kw.knack.be/west-vlaanderen/nieuws/politiek/herbeleef-de-gemeenteraad-in-torhout/"
        "live-normal-314633.html",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
READ_ON = "the link 'Lees het interview.' glued to the teaser's end is its tail"
MORE = "the link 'Lees meer' glued to the teaser's end is its tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; short news item) -------------------------------------
L(
    "nos_a44",
    None,
    [
        ("lede", "De politie heeft een man aangehouden", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Volgens de politie hoeft dit niet te"),
        ("paragraph", "Het ongeluk gebeurde op de rijbaan"),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish daily; regional news item, Ghent) ------------------
L(
    "nb_ganzendries",
    None,
    [
        (
            "lede",
            "Gent - Na een uitslaande brand in een",
            {"note": NOTITLE + "; the place dateline 'Gent -' stays in the lede; " + CLEAN},
        ),
        ("paragraph", "De brand ontstond vanochtend aan de"),
        ("paragraph", "De mensen, vooral studenten en oudere"),
    ],
)

# ---- VRT NWS (vrt.be/vrtnws, Flemish public broadcaster; weather explainer) --------------------
L(
    "vrt_weer",
    None,
    [
        ("lede", "“De waterellende is nog niet voorbij.”", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Na de oostelijke provincies krijgen"),
    ],
)

# ---- NU.nl (nu.nl, NL news site; Eredivisie liveblog) -----------------------------------------
L(
    "nu_eredivisie",
    None,
    [
        (
            "lede",
            "De zestiende speelronde in de Eredivis",
            {
                "tail": "Volg alles in ons liveblog.",
                "note": NOTITLE
                + "; the liveblog's intro; its closing 'Volg alles in ons liveblog.' the tail (relabelled stop 51 to STRUCTURE_CONVENTIONS.md)",
            },
        ),
        (
            "site_text",
            "Feyenoord-PSV 3-1",
            {
                "note": "the liveblog's match bar (three matches, one with its score): site text, one block "
                "(doubtful: the score is news, but the bar is a widget repeated on the page)"
            },
        ),
        (
            "site_text",
            "Goedemiddag en welkom in het Eredivisi",
            {
                "note": "the liveblogger's welcome entry (the liveblog's own intro, no news: relabelled stop 51 to STRUCTURE_CONVENTIONS.md; was a"
                " paragraph); the next entry's title is glued to it"
            },
        ),
        ("subheading", "Topscorer Dessers neemt het op tegen", {"note": "entry title glued to the line above"}),
        ("paragraph", "Naast de kraker in Alkmaar begint om"),
        ("subheading", "Opstelling Heracles Almelo:", {"note": "label heading the line-up"}),
        ("paragraph", "Blaswich; Breukers, Pröpper, Knoester"),
        ("subheading", "Opstelling FC Utrecht:"),
        (
            "paragraph",
            "Paes, Van der Maarel, Hoogma, Janssen",
            {"note": "the line-up; the following entries are glued to it on one line"},
        ),
        (
            "paragraph",
            "Feyenoord-PSV · 90+1' PSV krijgt vier",
            {
                "note": "a liveblog entry: match label and match minute stay in the entry (article text: the "
                "minute of play is news; doubtful: the match label could be read as site text)"
            },
        ),
        ("paragraph", "Feyenoord-PSV · 90' Toornstra komt er"),
        ("paragraph", "Feyenoord-PSV · 87' Heeft PSV nieuwe"),
        ("subheading", "Feyenoord-PSV · 84' GOAL PSV! 3-1", {"note": "entry title (with label and minute)"}),
        ("paragraph", "PSV koopt er vooralsnog weinig voor,", {"note": CUT}),
    ],
)

# ---- de Volkskrant (vkplusmobilebackend.persgroep.net, the Volkskrant's app backend; opinion blog)
L(
    "vk_marx",
    (0, 0, None),
    [
        (
            "headline",
            "Opinieblog - 'Lees Karl Marx, juist nu",
            {"note": "the title with its rubric 'Opinieblog - ' glued on the same line, kept in the headline"},
        ),
        (
            "site_text",
            "Een selectie van interessante debatten",
            {
                "note": "the opinion blog's standing description (printed on every Opinieblog page): site text "
                "(doubtful: it stands where an intro would)"
            },
        ),
        ("site_text", "Berichten", {"note": "tab label of the blog's entries: site text"}),
        ("site_text", "Bekijk nieuwe update(s).", {"note": "live-update button: site text"}),
        ("subheading", " 1. Marx is nog altijd actueel", {"note": "numbered entry title"}),
        ("lede", "Tweehonderd jaar naar zijn geboorte is", {"note": "the entry's intro, the first body text"}),
        ("paragraph", "'Een goeie ondertitel van een biografi"),
        ("paragraph", "Toch blijft Marx volgens The Economist"),
        ("paragraph", "De actualiteit van Marx zit allereerst"),
        ("paragraph", "The Economist wijst erop dat de macht", {"note": CUT}),
    ],
)

# ---- HLN (hln.be, Flemish daily; Antwerp council news) -----------------------------------------
L(
    "hln_gemeenteraad",
    (0, 0, None),
    [
        ("headline", "Laatste gemeenteraad van het jaar word"),
        ("byline", "PhT", {"note": "the author's initials glued after the title: byline"}),
        (
            "site_text",
            "16 december 2019",
            {"note": "publication date, time and comment count ('19u20 0') on two lines: site text, one block"},
        ),
        (
            "lede",
            "Antwerpen De laatste Antwerpse gemeent",
            {"note": "the place label 'Antwerpen' opening the lede is a place dateline: stays (doubtful)"},
        ),
        ("paragraph", "Oppositiepartijen Groen, Vlaams Belang"),
        ("paragraph", "De goedkeuring van het meerjarenplan"),
        ("paragraph", "De zitting van vanavond begon met een"),
    ],
)

# ---- Eindhovens Dagblad (ed.nl, NL regional daily; Sunday news round-up) -----------------------
L(
    "ed_overzicht",
    None,
    [
        (
            "lede",
            "Dichte mist zorgde zondagochtend voor",
            {
                "tail": "Dat en meer in het nieuwsoverzicht",
                "note": NOTITLE
                + "; the round-up's intro; its closing formula 'Dat en meer in het nieuwsoverzicht van zondag 11 september.' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        ("list_item", "• In een flat langs de Hudsonlaan in"),
        ("list_item", "• Tachtig deelnemers hebben hun dorp"),
        ("list_item", "• Roy Donders deelt heuglijk nieuws"),
        ("list_item", "• Een bruidspaar in Veldhoven stond bi"),
        ("site_text", "Volledig scherm", {"note": "the photo's full-screen button: site text"}),
        (
            "caption",
            "Een bruidspaar in Veldhoven stond bij",
            {
                "tail": "© fotopersburo Bert Jansen",
                "note": "photo caption (its first sentence nearly repeats the item above, 'trouwen' -> "
                "'trouwfeest': caption, doubtful); the photographers' credit is its tail",
            },
        ),
        ("list_item", "• Een 54-jarige man die werd aangehoud"),
        ("list_item", "• Eigenaren van imposante vrachtwagens"),
        ("list_item", "• Meerdere woningen zijn zondagmiddag", {"note": CUT}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish daily; list of the year's best interviews) -----------------
L(
    "dm_interviews",
    None,
    [
        ("lede", "Bij De Morgen houden we van een goed", {"note": NOTITLE + "; the list's intro"}),
        (
            "paragraph",
            "Hij is een opvallende verschijning in",
            {"tail": "Lees het interview.", "note": "teaser of item 1 (its title lost by the store); " + READ_ON},
        ),
        ("subheading", "2. Actrice Maaike Cafmeyer:", {"note": "numbered item title"}),
        ("paragraph", "In de Eén-reeks Chantal doet Maaike", {"tail": "Lees het interview.", "note": READ_ON}),
        (
            "caption",
            "Maaike Cafmeyer. Beeld Damon De Backer",
            {"tail": "Beeld Damon De Backer", "note": "photo caption; the photographer's credit is its tail"},
        ),
        ("subheading", "3. Econome Selien De Schryder:"),
        ("paragraph", "Prijzen stijgen, energie wordt onbetaa", {"tail": "Lees het interview.", "note": READ_ON}),
        ("caption", "Professor economie Selien De Schryder.", {"tail": "Beeld Damon De Backer"}),
        ("subheading", "4. Karel De Gucht:"),
        ("paragraph", "Karel De Gucht (68) – voormalig", {"tail": "Lees het interview.", "note": READ_ON}),
        ("subheading", "5. ‘Zelfs als dokter trapte ik", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; short news item) -----------------
L(
    "hbvl_trambus",
    None,
    [
        (
            "caption",
            "Trambussen worden vandaag al ingezet",
            {"tail": "— © rr", "note": NOTITLE + "; photo caption; the credit '— © rr' is its tail"},
        ),
        (
            "site_text",
            "Brussel",
            {
                "skip": 2,
                "note": "a lone place label under the photo (the photo's place, not the story's): site text",
            },
        ),
        ("lede", "Tegen 2023 moeten er trambussen rijden", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Het Parool (parool.nl, Amsterdam daily; reader's opinion piece) ---------------------------
L(
    "pa_woningmarkt",
    None,
    [
        (
            "caption",
            "Op het Delflandplein zijn veel woninge",
            {"tail": "Beeld Marc Driessen", "note": NOTITLE + "; photo caption; the photographer's credit is its tail"},
        ),
        ("lede", "Doordat de vrouw van de wethouder Wone"),
        ("paragraph", "De auteur van het artikel in Het Paroo"),
        ("paragraph", "De vrouw van de wethouder is iemand"),
        ("paragraph", "Overigens is de democratisch gekozen"),
        ("paragraph", "Het is wel duidelijk dat het stadsbest", {"note": CUT}),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; column, premium teaser) ---------------------
L(
    "tg_verschoningsrecht",
    (1, 0, None),
    [
        (
            "site_text",
            "Premium Het beste van De Telegraaf",
            {"note": "paywall label and the site's rubric above the title: site text"},
        ),
        (
            "headline",
            "In het Vizier Een duidelijke truc van",
            {"note": "the title with the column's name 'In het Vizier' glued before it, kept in the headline"},
        ),
        ("byline", "Door Silvan Schoonhoven"),
        ("site_text", "Kopieer naar clipboard", {"note": "share button glued after the author line: site text"}),
        ("lede", "Meestal zitten journalisten bij rechts", {"note": "the column's free first paragraph"}),
    ],
)

# ---- Knack (knack.be, Flemish news weekly; overview of its articles on a coalition agreement) ---
L(
    "kn_jambon",
    None,
    [
        ("lede", "Knack fileerde deze week voor het Vlaa", {"note": NOTITLE + "; the overview's intro"}),
        ("subheading", "Wat de nieuwe ministers gaan doen met", {"note": "title of a listed article"}),
        ("paragraph", "Nu de namen van de Vlaamse ministers", {"tail": "Lees meer", "note": MORE}),
        ("subheading", "'Rutten en Beke zouden van schaamte in"),
        ("paragraph", "Louis Tobback ziet in het Vlaamse rege", {"tail": "Lees meer", "note": MORE}),
        ("subheading", "Jan Jambon is duidelijk Geert Bourgeoi"),
        ("paragraph", "De Septemberverklaring van minister-pr", {"tail": "Lees meer", "note": MORE}),
        ("subheading", "Betalen OCMW's binnenkort de 360 euro"),
        ("paragraph", "Moeten alle nieuwkomers binnenkort", {"tail": "Lees meer", "note": MORE}),
        ("subheading", "Scherpe kritiek op Vlaamse klimaatplan"),
        ("paragraph", "Het Vlaamse regeerakkoord spreekt over", {"tail": "Lees meer", "note": MORE}),
        ("subheading", "Wim Van Lancker over armoedebeleid in"),
        ("paragraph", "Wat staat er in het regeerakkoord over", {"note": CUT}),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; the year's news moments) --------------
L(
    "rd_nieuwsmoment",
    None,
    [
        (
            "caption",
            "Kenan met zijn vader in het ziekenhuis",
            {"tail": "(foto: Janet Oortwijn", "note": NOTITLE + "; photo caption; the credit in brackets is its tail"},
        ),
        ("subheading", "Kenan gered onder puin grillroom Coevo"),
        ("lede", "Urenlang lag de 5-jarige Kenan onder", {"note": "the first body paragraph"}),
        ("caption", "In deze boerderij in Ruinerwold woonde", {"tail": "(foto: RTV Drenthe/Fred van Os)"}),
        ("subheading", "Ontdekking gezin Ruinerwold"),
        ("paragraph", "Een bijzondere ontdekking op 14 oktobe"),
        ("caption", "Jan Nieboer zegt dat hij onschuldig is", {"tail": "(foto: Steven Stegen)"}),
        ("subheading", "Windmolenterreur"),
        ("paragraph", "Dit jaar werden er in de zaak van de"),
        ("caption", "De man overleed in een speeltuin in As", {"tail": "(foto: Persbureau Meter)"}),
        ("subheading", "Man overlijdt in speeltuin in Assen"),
        ("paragraph", "Een 32-jarige man overleed op 24 augus", {"note": CUT}),
    ],
)

# ---- Omroep West (omroepwest.nl, NL regional broadcaster; morning briefing 'West Wekker') -------
L(
    "ow_westwekker",
    (1, 0, None),
    [
        ("site_text", "Deel dit artikel:", {"note": "share line above the title (its buttons left blank lines)"}),
        (
            "headline",
            "West Wekker: Alles over Leidens Ontzet",
            {"note": "the title with the rubric 'West Wekker:' kept in it; the photo caption is glued after it"},
        ),
        (
            "caption",
            "Het Leidens Ontzet begon traditioneel",
            {"tail": "(Foto: Unity.nu)", "note": "photo caption glued to the title line; the credit is its tail"},
        ),
        (
            "lede",
            "REGIO - Goedemorgen! Het is de tweede",
            {
                "tail": "Dit is de West Wekker!",
                "note": "with its place dateline 'REGIO -'; the round-up's closing formula 'Dit is de West Wekker!' its tail (stop 46, STRUCTURE_CONVENTIONS.md row 'standing lines of a series or programme'; was part of the lede)",
            },
        ),
        ("subheading", "Wat kun je vandaag verwachten?"),
        ("paragraph", "Leiden staat volop in de schijnwerpers"),
        ("paragraph", "De weerhaan op de toren van de Oude"),
        ("paragraph", "En een frauderende schooldirecteur van"),
        ("paragraph", "Het weer: Flink wat wolkenvelden, maar"),
        ("site_text", "Beeld: MeteoGroup", {"note": "credit of the weather map, on its own line: site text"}),
        ("paragraph", "Vandaag de uitslag van de zoektocht"),
        ("paragraph", "Prinses Laurentien opent het 2500e"),
        ("paragraph", "En aandacht voor 27 Joden die in"),
    ],
)

# ---- BRUZZ (bruzz.be, Brussels Flemish news medium; election series, Anderlecht) ----------------
L(
    "bz_anderlecht",
    (1, 0, None),
    [
        (
            "site_text",
            "— Brussel kiest in jouw gemeente",
            {"note": "the election series' label above the title: site text"},
        ),
        (
            "headline",
            "Anderlecht",
            {
                "note": "the first title line, the municipality's name (doubtful: the URL's title 'Anderlecht, de "
                "vergeten reus' is not in the excerpt; this line and the next could be the series' box)"
            },
        ),
        (
            "subheading",
            "De Ronde van Brussel van BRUZZ houdt",
            {"note": "one-line subtitle under the title: subheading (doubtful: could be the series' tagline)"},
        ),
        ("lede", "Anderlecht vecht al decennia tegen", {"note": "the intro"}),
        ("paragraph", "Op de voorstelling van de lijst van"),
        ("site_text", "RONDE anderlecht BRUZZ ACTUA 1610", {"note": "the photo's file name: site text"}),
        ("site_text", "© Ivan Put", {"note": "photo credit on its own line (with the '|' before the caption)"}),
        (
            "caption",
            "De Ronde van Brussel houdt halt in And",
            {"note": "photo caption (nearly the subtitle's words)"},
        ),
        ("paragraph", "Tomas maalt er niet om. De voormalige"),
        (
            "site_text",
            "Ronde van Brussel: coalitie Anderlecht",
            {
                "note": "title of an embedded graphic whose content the store did not extract: site text "
                "(doubtful: could be read as a caption)"
            },
        ),
        ("paragraph", "De gemeente heeft inderdaad best wel"),
        ("site_text", "Ronde van Brussel: Anderlecht telt 11", {"note": "title of a second embedded graphic"}),
        ("subheading", "Netheid"),
        ("paragraph", "Anderzijds moet Anderlecht grote uitda", {"note": CUT}),
    ],
)

# ---- Krant van West-Vlaanderen (kw.knack.be, Flemish regional weekly; council liveblog) ----------
L(
    "kw_torhout",
    (0, 0, None),
    [
        (
            "headline",
            "Live Herbeleef de gemeenteraad in Torh",
            {"note": "the title with the label 'Live' glued before it, kept in the headline"},
        ),
        ("site_text", "23/04/18 om 16:08", {"note": "publication and update time: site text"}),
        ("lede", "Voor het eerst hebben we op www.kw.be", {"note": "the liveblog's intro"}),
        (
            "site_text",
            "Herbeleef de gemeenteraad in Torhout",
            {"skip": 0, "note": "the title printed again (the header photo's title): site text"},
        ),
        ("site_text", "© JS", {"note": "credit of the header photo: site text"}),
        ("byline", " • Johan Sabbe", {"note": "the entry's author (every entry carries one): byline"}),
        ("subheading", "En hier eindigt de openbare zitting", {"note": "entry title"}),
        ("paragraph", "Dank voor iedereen die ons gevolgd"),
        ("byline", " • Johan Sabbe"),
        ("subheading", "Straatverlichting laten branden bij"),
        ("paragraph", "Paul Dieryckx (SP.A) vraagt om in de"),
        ("paragraph", "Voorzitter Norbert De Cuyper (CD&V):"),
        ("paragraph", 'Paul Dieryckx: "De techniek staat'),
        ("byline", " • Johan Sabbe"),
        ("subheading", "Zebrapaden zo goed als onzichtbaar"),
        ("paragraph", "Rik Hoste (SP.A) klaagt aan dat flink"),
        ("paragraph", "Schepen van Openbare Werken Eddy De"),
        ("caption", "Sommige zebrapaden, zoals hier in de", {"note": "photo caption, first copy"}),
        (
            "site_text",
            "Sommige zebrapaden, zoals hier in de",
            {"note": "the caption printed again with the credit '© Foto JS': the second copy is site text"},
        ),
        ("byline", " • Johan Sabbe"),
        ("subheading", "Graag 10 euro voor wie aan onderzoek"),
        ("paragraph", "CurieuzeNeuzen Vlaanderen is een weten", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

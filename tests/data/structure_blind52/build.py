#!/usr/bin/env python3
"""Rebuild structure blind set 52 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Flemish and Belgian Dutch-language news pages of sixteen outlets none of
which is in an earlier structure set: a primary school, a transport trade magazine, a local news
site (Merksem), a reading group, the association of Flemish cities and municipalities, a parish, the
pigeon-racing federation, an art magazine, a former-mine heritage site, the horse-sport federation,
a patients' platform, an old-tractor club, a welfare federation, the council of university
colleges, the playground-work federation and a provincial press room. They come from the `search`
tool's "pages" corpus (stored public web pages, text as the store extracted it), which cannot be
re-fetched by a script; so the excerpts are kept, as the tool returned them, in pages_raw.json next
to this file (url -> excerpt). That file and the texts stay in /work/data/structure-blind52 and are
NOT for the project repository. Only the labels (ours) live here, in LABELS, and they hold no
article text: each block is a kind plus a START MARKER (the first characters of the block, at most
38, with an occurrence skip count where needed). A block runs from its marker to the next block's
marker; its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker
of site text glued to the end of a block (gold `site_text_tail`). The headline is (block index,
start, end) into that block's text (end None = to the block's end; start may be a marker inside the
block). Standard library only; the cutting is done by tests/data/page_store_build.py.
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
    "gs_carnaval": ("https://www.vbshgoor.be/single-post/2017/02/25/carnaval-op-school", None),
    "tm_zuurstof": ("https://transportmedia.be/magazine/truck-business-288-magabook-02-december-2024/", None),
    "mk_seefhoek": ("http://merksem.net/regio/2006/juli/antwerpen_noord_seefhoek.shtml", None),
    "lb_iedereenleest": ("https://leesgroepbrugge1.blogspot.com/2009/09/", None),
    "vv_brandweer": ("https://www.vvsg.be/nieuws/brandweer-almaar-sneller-ter-plaatse", None),
    "pm_eenheid": ("https://www.pe-mariakerke.be/pastorale-eenheid/pastorale-eenheid-maria-tenhemelopneming/", None),
    "kb_covid": ("https://www.kbdb.be/covid/", None),
    "tn_musea": ("http://www.tento.be/special/musea-beweging", None),
    "bm_erfgoed": (
        "http://www.bemine.be/nieuws/nieuws-berichten/grootste-en-best-bewaarde-erfgoedsite-van-vlaanderen",
        None,
    ),
    "ps_eventing": ("https://paardensport.vlaanderen/nl/nieuws/Eventing-Nationale-wedstrijd-Brugge", None),
    "vp_edito": ("http://vlaamspatientenplatform.be/nieuwsbrieven/item/op-naar-20-jaar-vpp", None),
    "ot_eetfestijn": ("http://dnn7.oldtimertractoren.be/NieuwsHistoriek/ArticleID/734/OTL-Eetfestijn-op-vrijdag", None),
    "vw_handicap": (
        "https://www.vlaamswelzijnsverbond.be/nieuws/persbericht-personen-met-een-handicap-zoeken-onderdak",
        None,
    ),
    "vh_verbindingen": (
        "http://www.vlaamsehogescholenraad.be/be-nl/newsletter/144/VLHORA-nieuwsbrief-februari.html",
        None,
    ),
    "sp_jeugdraad": ("https://www.speelplein.net/Nieuws/20171207-eennieuwevlaamsejeugdraad", None),
    "pv_zorgboerderij": ("https://pers.vlaamsbrabant.be/zorgboerderijen-zichtbaar-via-uithangbord", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
SUBTITLE = (
    "one-line subtitle under the title: subheading (doubtful: could be read as part of the headline or as the lede)"
)
CLEAN = "the text carries no site text"
SALUTATION = "the salutation opening the editorial, taken as its lede (doubtful: a letter form without an intro)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- VBS Goor (vbshgoor.be, primary school; school news) --------------------------------------
L(
    "gs_carnaval",
    (0, 0, None),
    [
        ("headline", "Carnaval op school!"),
        ("lede", "Traditioneel vierden we de vrijdag", {"note": CLEAN}),
        ("paragraph", "De leerkrachten kozen deze keer"),
        ("paragraph", "Het was weer een super-fijne dag"),
    ],
)

# ---- Transport Media (transportmedia.be, transport trade press; magazine editorial) --------------
L(
    "tm_zuurstof",
    (2, 0, None),
    [
        ("site_text", "transport media logo", {"note": "alt text of the site logo: site text"}),
        (
            "site_text",
            "Truck & Business 288 – Magabook #02",
            {
                "note": "the page title naming the magazine issue the editorial opens: site text (doubtful: could be read as the page's headline)"
            },
        ),
        ("headline", "Zuurstof voor de economie graag!", {"note": "the editorial's own title"}),
        ("lede", "Vroeg of laat zullen we een federale"),
        ("paragraph", "De Belgische transporteurs zien met"),
        ("quote", "‘De elektrificatie van het wegvervoer", {"note": "pull quote repeating a line of the text"}),
        ("paragraph", "Ik weet niet of we het nog echt over"),
        ("paragraph", "Het is toch ongelooflijk om te", {"note": CUT}),
    ],
)

# ---- Merksem.net (merksem.net, local news site of Merksem; item relayed from De Morgen) -----------
L(
    "mk_seefhoek",
    (0, "Antwerpen-Noord", None),
    [
        (
            "headline",
            "05/07 - Antwerpen-Noord kruipt",
            {
                "note": "the title with the site's date prefix '05/07 - ' glued on the same line; the headline is the title without the date (doubtful: the date prefix is site text inside the block)"
            },
        ),
        ("subheading", "“Over vijftien jaar is het hier het", {"note": SUBTITLE}),
        (
            "lede",
            "(De Morgen) - Het was weer even",
            {
                "note": "first paragraph with the source '(De Morgen) - ' glued before it like a dateline, kept in the lede (doubtful: a source credit)"
            },
        ),
        ("paragraph", "Tot enkele jonge bewoners van"),
        (
            "caption",
            "Dit beeld van Antwerpen-Noord begint",
            {"tail": "Foto: Indymedia", "note": "photo caption; the photo credit on the next line is the tail"},
        ),
        ("subheading", "Seefhoek, Stuivenberg, Dam..."),
        ("paragraph", "Al decennialang slepen ze het juk"),
        ("paragraph", "Toch begint de meest gestigmatiseerde"),
        ("paragraph", "Digitale krantenarchieven liegen niet."),
        ("paragraph", "De termen 'Seefhoek' en 'Stuivenberg'"),
        ("paragraph", "Op het oprollen van die ene bende"),
        ("paragraph", "Nu eens mocht Jan Fabre vertellen"),
        ("paragraph", "Dan weer werd er een stripmuur"),
        ("paragraph", "Op 24 juni kwam daar een einde aan."),
        ("paragraph", "Een fatale busrit, een dode"),
        ("paragraph", "Allen uit de buurt."),
        ("paragraph", "Hartje Stuivenberg, met uitlopers"),
        ("paragraph", "De klok kon meteen jaren"),
        ("paragraph", "Naar de periode dat televisiecamera's"),
        ("paragraph", '"De Seefhoek, Stuivenberg, den Dam...'),
        (
            "paragraph",
            '"Maar ik trek het me niet meer aan.',
            {"note": "the excerpt ends after this sentence, the quotation left open: " + CUT},
        ),
    ],
)

# ---- Leesgroep Brugge (leesgroepbrugge1.blogspot.com, reading group's news blog) ----------------
L(
    "lb_iedereenleest",
    (1, 0, None),
    [
        ("site_text", "zondag 6 september 2009", {"note": "the blog's date header above the post: site text"}),
        ("headline", "Iedereen leest"),
        ("lede", "Stichting Lezen breekt een lans"),
        ("paragraph", "Het heeft wat voeten in de aarde"),
    ],
)

# ---- VVSG (vvsg.be, association of Flemish cities and municipalities; news) ---------------------
L(
    "vv_brandweer",
    None,
    [
        ("site_text", "Auteur:", {"note": "empty author label of the page template: site text; " + NOTITLE}),
        ("site_text", "Gepubliceerd op: 18-07-2019", {"note": "publication date line: site text"}),
        ("lede", "In 2016 waren de Belgische"),
        ("subheading", "Sneller bij de mensen"),
        ("paragraph", "‘Hierin blijkt dat de brandweer zijn"),
        ("paragraph", "De betere interventietijden komen op"),
        ("subheading", "De ene regio is de andere niet"),
        ("paragraph", "Sinds 2016 hebben heel wat zones", {"note": CUT}),
    ],
)

# ---- Pastorale Eenheid Mariakerke (pe-mariakerke.be, parish; news column) ------------------------
L(
    "pm_eenheid",
    (0, 0, None),
    [
        ("headline", "Pastorale Eenheid Maria Tenhemelopnem"),
        ("lede", "Voorzien is dat op de eerste zondag", {"note": CLEAN}),
        ("subheading", "Federatie-Eenheid"),
        ("paragraph", "In onze bijdrage van vorige week"),
        ("subheading", "De tijd van toen"),
        ("paragraph", "Bij een ‘parochie’ hoort een", {"note": CUT}),
    ],
)

# ---- KBDB (kbdb.be, Royal Belgian pigeon-racing federation; announcement) ------------------------
L(
    "kb_covid",
    (1, "MEDEDELING", None),
    [
        ("site_text", "Covid-19", {"note": "name of the page collecting the announcements: site text"}),
        (
            "headline",
            "29-03-2021 MEDEDELING VAN DE KBDB",
            {
                "note": "the announcement's title with its date glued in front; the headline is the title without the date (doubtful: which line is the headline)"
            },
        ),
        ("lede", "Zoals reeds in een voorgaande"),
        ("paragraph", "Op 26/03/2021 mochten wij ook"),
        (
            "quote",
            "Goeiedag,",
            {
                "note": "the minister's cabinet's letter reproduced in translation: quote blocks (doubtful: could be paragraphs)"
            },
        ),
        ("quote", "Hierbij bevestig ik u dat Minister"),
        ("quote", "Deze inkorvingen moeten uitgevoerd"),
        ("quote", "Dit koninklijk besluit legt de"),
        (
            "quote",
            "Emmanuel WART",
            {
                "note": "signature of the reproduced letter (name and function in French and Dutch): part of the quoted letter, not site text (doubtful)"
            },
        ),
        (
            "quote",
            "ROYAUME DE BELGIQUE – KONINKRIJK",
            {
                "note": "letterhead of the reproduced letter, French and Dutch, with the indentation as extracted: part of the quoted letter (doubtful: could be read as site text)"
            },
        ),
        ("paragraph", "Nog meer goed nieuws bereikte ons"),
        ("paragraph", "Dit betekent dat", {"note": CUT}),
    ],
)

# ---- Tento / Openbaar Kunstbezit Vlaanderen (tento.be, art magazine; feature) -------------------
L(
    "tn_musea",
    (1, 0, None),
    [
        ("site_text", "U bent hier", {"note": "breadcrumb label: site text"}),
        ("headline", "Musea in beweging"),
        ("lede", "De jongste maanden openden of"),
        ("subheading", "Verhelderde verhalen"),
        ("paragraph", "Het vorige nummer van Openbaar"),
        ("paragraph", "Ook het BELvue-Museum in Brussel"),
        (
            "site_text",
            "Openbaar Kunstbezit Vlaanderen - Bell",
            {"note": "title/alt text of the inline image: site text"},
        ),
        ("site_text", "© M.Oechsner - BELvue-Museum", {"note": "photo credit: site text"}),
        ("paragraph", "Het BELvue-Museum dat in 2005 de", {"note": CUT}),
    ],
)

# ---- be-MINE (bemine.be, former-mine heritage site Beringen; news) ------------------------------
L(
    "bm_erfgoed",
    (0, 0, None),
    [
        ("headline", "Grootste en best bewaarde erfgoedsite", {"note": "the first of two identical title lines"}),
        (
            "site_text",
            "Grootste en best bewaarde erfgoedsite",
            {"note": "the title printed again: site text"},
        ),
        ("site_text", "5 nov 2018", {"note": "publication date line: site text"}),
        ("lede", "Een schachtbok, het voormalige"),
        ("paragraph", "“Dit is al een plek waar mensen uit"),
        (
            "paragraph",
            "Door de vestiging van een nieuwe",
            {"note": "the interviewer's lead-in to the next quote (a question-like line): paragraph"},
        ),
        ("paragraph", '"We zijn heel gelukkig met die', {"note": CUT}),
    ],
)

# ---- Paardensport Vlaanderen (paardensport.vlaanderen, horse-sport federation; news) ------------
L(
    "ps_eventing",
    (1, 0, None),
    [
        ("site_text", "Paardensport Vlaanderen", {"note": "site name above the item: site text"}),
        (
            "headline",
            "Eventing: Nationale wedstrijd Brugge",
            {"note": "the title with its discipline kicker 'Eventing:'"},
        ),
        (
            "byline",
            "09-08-2010 · Mathias Wentein",
            {
                "note": "date and author on one line: byline (doubtful: the date part is a date line, site text elsewhere)"
            },
        ),
        ("lede", "Tijdens het weekend van 13, 14 en 15"),
        ("paragraph", "De wedstrijd, op de schitterende"),
        ("paragraph", "De hoofdproef wordt ongetwijfeld"),
        ("paragraph", "Het hoogtepunt van het weekend is"),
        ("paragraph", "Belangrijk hierbij is dat de ingang"),
        ("paragraph", "De organisatie van deze wedstrijd is", {"note": CUT}),
    ],
)

# ---- Vlaams Patiëntenplatform (vlaamspatientenplatform.be, patients' platform; newsletter item) ---
L(
    "vp_edito",
    (2, 0, None),
    [
        (
            "site_text",
            "Uit: Samenspraak 76 | Inhoudstafel >",
            {"note": "newsletter source line with a link to its contents: site text"},
        ),
        ("site_text", "Edito", {"note": "rubric label above the title: site text"}),
        ("headline", "Op naar 20 jaar VPP!"),
        ("lede", "Beste ledenverenigingen, beste", {"note": SALUTATION}),
        ("paragraph", "In 2014 mocht het Vlaams"),
        ("paragraph", "2014 was voor ons een belangrijk jaar"),
        ("paragraph", "Op weg naar 20 jaar VPP willen we", {"note": CUT}),
    ],
)

# ---- OTL (oldtimertractoren.be, old-tractor club; club news) ------------------------------------
L(
    "ot_eetfestijn",
    (2, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label: site text"}),
        ("site_text", "09 december 2016", {"note": "publication date line: site text"}),
        ("headline", "OTL Eetfestijn op vrijdag"),
        ("lede", "Jaarlijks OTL eetfestijn sloot", {"note": "one-line intro under the title"}),
        ("paragraph", "“De deuren van de feestzaal gaan pas"),
        ("subheading", "Werkjaar in ogenschouw"),
        ("paragraph", "Na het nuttigen van een aperitief"),
        ("subheading", "Gramschap om zoveel verloren"),
        ("paragraph", "Nog belangrijker in de werking van", {"note": CUT}),
    ],
)

# ---- Vlaams Welzijnsverbond (vlaamswelzijnsverbond.be, welfare federation; press release) -------
L(
    "vw_handicap",
    (0, 0, None),
    [
        (
            "headline",
            "Persbericht: Personen met een handicap",
            {"note": "the title with its genre kicker 'Persbericht:'"},
        ),
        ("site_text", "Printervriendelijke versiePDF version", {"note": "print and PDF links (glued): site text"}),
        ("subheading", "Dringend geld nodig voor", {"note": SUBTITLE}),
        ("lede", "Voorzieningen voor personen met een"),
        ("paragraph", "“Net nu de politiek de mond vol"),
        ("subheading", "De bouwwerken zijn broodnodig!"),
        ("paragraph", "Om twee redenen:"),
        ("paragraph", "De sector worstelt met lange"),
        ("paragraph", "Uit onderzoek van het Vlaams"),
        ("paragraph", "Zonder bouwsubsidies zijn zij niet"),
        ("paragraph", "Ter illustratie  vermelden we een 4"),
        ("subheading", "Voorbeeld 1: MPC Terbank vzw"),
        ("paragraph", "In 2009 krijgt Terbank de", {"note": CUT}),
    ],
)

# ---- VLHORA (vlaamsehogescholenraad.be, council of Flemish university colleges; newsletter) -----
L(
    "vh_verbindingen",
    (3, 0, None),
    [
        ("site_text", "NL", {"note": "language switch 'NL / - EN': site text, one block"}),
        (
            "site_text",
            "VLHORA-nieuwsbrief februari",
            {
                "note": "the page title naming the newsletter issue: site text (doubtful: could be read as the page's headline)"
            },
        ),
        ("site_text", "Nieuwsbrief-archief", {"note": "link to the newsletter archive: site text"}),
        ("headline", "Krachtige verbindingen*", {"note": "the editorial's title, with its footnote asterisk"}),
        ("lede", "Beste lezer", {"note": SALUTATION}),
        ("paragraph", "Hogescholen zijn knooppunten van"),
        ("subheading", "Verbinding met het werkveld"),
        ("paragraph", "Alle opleidingen aan de hogescholen"),
        ("paragraph", "Het praktijkgericht wetenschappelijk"),
        ("paragraph", "Hogescholen verbinden ook het eerder"),
        ("paragraph", "In de onderzoeksraden en", {"note": CUT}),
    ],
)

# ---- Vlaamse Dienst Speelpleinwerk (speelplein.net, playground-work federation; news) ------------
_NAMES = [
    "• Alexandra Smarandescu",
    "• Jeroen Bergers",
    "• Inne Volkaerts",
    "• Eveline Meylemans",
    "• Sabrine Ingabire",
    "• Bram Jansen",
    "• Niklas Arents",
    "• Thomas Decat",
]
_ADVISERS = [
    "• Jan Langeraert (groep INTRO)",
    "• Mieke Heymans (Scouts en Gidsen",
    "• Koen Seynaeve (Kazou)",
    "• Ines De Geest (Chirojeugd",
    "• Emmy Vandenbussche (Mediaraven)",
    "• Isaak Dieleman (KLJ)",
    "• Emily De Laere (Sporta vakanties",
    "• Mohamed Missaoui (Uit De Marge)",
]
L(
    "sp_jeugdraad",
    (1, 0, None),
    [
        ("site_text", "07 dec 2017", {"note": "publication date line: site text"}),
        ("headline", "Een nieuwe Vlaamse Jeugdraad"),
        ("subheading", "16 nieuwe adviseurs", {"note": SUBTITLE}),
        ("lede", "4.500 jongeren stemden in november"),
        ("subheading", "Jongerenadviseurs"),
        *[
            ("list_item", m, {"note": "one name of the list, with its bullet"} if i == 0 else {})
            for i, m in enumerate(_NAMES)
        ],
        ("subheading", "Jeugdwerkadviseurs"),
        *[("list_item", m) for m in _ADVISERS],
        ("subheading", "Top 10 jongerenthema’s"),
        ("paragraph", "Onderwijs, goed in je vel en"),
        ("paragraph", "Onderwijs, goed in je vel en"),
        (
            "subheading",
            "Belangen-behartiging",
            {"note": "heading of the closing section on the federation's advocacy (doubtful: could be a standing box)"},
        ),
        (
            "paragraph",
            "De Vlaamse Dienst Speelpleinwerk zorgt",
            {"note": "ties the federation's role to the news ('niet langer in de Vlaamse Jeugdraad'): article text"},
        ),
    ],
)

# ---- Provincie Vlaams-Brabant (pers.vlaamsbrabant.be, provincial press room; press release) -------
L(
    "pv_zorgboerderij",
    (0, 0, None),
    [
        ("headline", "Zorgboerderijen zichtbaar via"),
        ("lede", "Op 10 maart onthulden het Steunpunt", {"note": CLEAN}),
        ("subheading", "128 zorgboerderijen in Vlaams-Brabant"),
        ("paragraph", "Het Steunpunt Groene Zorg vzw"),
        ("paragraph", "Via vorming, begeleiding op maat en"),
        ("paragraph", "De provincie Vlaams-Brabant heeft een"),
        ("paragraph", "Nieuwe zorgboeren blijven zich"),
        ("subheading", "Maatschappelijk waardevol werk"),
        ("paragraph", "Kwetsbare jongeren en volwassenen"),
        ("paragraph", "Zo getuigen ook Annick en Lieze van"),
        ("paragraph", "Via uithangborden worden de", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure blind set 25 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch pages of local, regional, trade and niche outlets (a weekly's e-paper,
neighbourhood and foundation sites, trade press, an aggregator, blogs of knowledge platforms). They
come from the `search` tool's "pages" corpus (stored public web pages, text as the store extracted
it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool returned them, in
pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind25 and are NOT for the project repository. Only the labels (ours) live
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
    "agf_jaaroverzicht": (
        "https://www.agf.nl/article/9790285/trump-kondigt-heffingen-aan-en-aardappelbedrijven-een-fusie",
        None,
    ),
    "mc_perspectiefnota": (
        "https://meppelercourant.nl/meppel/Van-voet-en-fietspad-langs-Oosterbroekenweg-naar-Engelgaarde-tot-een-woonplicht.-Het-regent-idee%C3%ABn-in-de-gemeenteraad-van-Meppel.-Bekijk-hier-welke-idee%C3%ABn-uitgevoerd-gaan-worden-en-welke-niet-26903755.html",
        None,
    ),
    "c20_rampenzender": ("http://crisis20.nl/nieuw-convenant-rtv-utrecht-als-rampenzender/", None),
    "wd_kodde": ("https://www.willemdijk.nl/jaap-kodde-van-polder-potato-aan-het-woord-118/", None),
    "hkb_patio": ("https://hoornkersenboogerd.nl/node/249", None),
    "wbo_wilhelminahaven": (
        "https://www.weekbladoosterhout.nl/neodirect/6/255/608821?hash=182f9a7053&t=Feestelijke-opening-speeltuin-Wilhelminahaven",
        None,
    ),
    "hnb_jong023": ("https://paper.rodi.nl/open/4344beab?related", None),
    "spt_dedonk": ("https://despeeltrein.nl/opening-speeltuin-de-donk-2/", None),
    "lpb_wijkkrant": ("https://lpb.nl/nieuws/nieuws-bericht/wijkkrant-wordt-schromelijk-onderschat/", None),
    "mf_ziekenhuizen": (
        "http://www.medicalfacts.nl/2012/07/11/zorgverzekeraar-vijftien-ziekenhuizen-schrappen-nederland/",
        None,
    ),
    "nevap_kantoren": ("https://nevap.nl/nieuws/kantoorruimtes-veranderen-maar-blijven-in-trek/", None),
    "ci_interkerkelijk": (
        "http://www.christeninfo.nl/columns/christeninfo.nl-de-nieuwe-christelijke-site",
        None,
    ),
    "rob_sperwer": ("https://www.derobbert.nl/onderzoeksnieuws-index/onderzoeksnieuws-januari-2021/", None),
    "bw_buurtkrant": ("https://www.buurtwijs.nl/content/buurtkrant-beweegt-mee", None),
    "ff_wijkglossy": ("https://foxandfriends.nl/blog/2016/03/27/gossie-nieuwland-wijkglossy/", None),
    "ntg_heathrow": (
        "https://www.nationaletransportgids.nl/luchtvaart/nieuws/993753-vliegtuigen-met-bestemming-heathrow-wijken-uit-naar-schiphol",
        None,
    ),
    "wl_schnabel": ("https://wij-leren.nl/schnabel-engels-schrijven-kennis.php", None),
    "did_balans": ("https://didactiefonline.nl/blog/vriend-en-vijand/de-verstoorde-balans-deel-1", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the page's title is not in the excerpt (it starts below it): gold headline null"
CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
CREDIT = "photo credit without caption text: site text"
REPEAT = "the title repeated by the template: site text (convention for a repeated headline)"
ALT = "an image's alt text or file name printed by the store as a line of its own: site text"
DATE = "publication date line (article metadata): site text"

# ---- AGF.nl (agf.nl, trade news site of the fruit and vegetable trade) ------------------------
L(
    "agf_jaaroverzicht",
    (4, 0, None),
    [
        (
            "site_text",
            "Schrijf je in voor onze dagelijkse",
            {"note": "newsletter prompt with its two buttons ('Inschrijven Ik ben al ingeschreven'): site text"},
        ),
        (
            "site_text",
            "U maakt gebruik van software",
            {"note": "ad-blocker notice (three paragraphs and a help link): site text, one block"},
        ),
        (
            "site_text",
            "Meld je nu aan voor onze",
            {"note": "second newsletter prompt with its buttons ('Abonneren Ik ben al ingeschreven'): site text"},
        ),
        (
            "site_text",
            "Special jaaroverzicht 1-15 april",
            {"note": "rubric label of the year-review series ('Special jaaroverzicht 1-15 april'): site text"},
        ),
        ("headline", "Trump kondigt heffingen aan"),
        (
            "site_text",
            "© Marcel Pijl",
            {"note": "photo credit glued by the store to the first word of the next paragraph: site text (own block)"},
        ),
        (
            "lede",
            "Vorig jaar had teler Marcel Pijl",
            {"note": "first item of the review (ends without a full stop, as the page's teaser does): lede"},
        ),
        ("site_text", "© Ingro", {"note": CREDIT}),
        ("paragraph", "Vrijdag 28 maart vierde Ingro"),
        ("paragraph", "Op 29 maart is Jacob Greydanus", {"note": CUT}),
    ],
)

# ---- Meppeler Courant (meppelercourant.nl, local paper of Meppel) -----------------------------
L(
    "mc_perspectiefnota",
    (0, 0, None),
    [
        (
            "headline",
            "Van voet- en fietspad langs",
            {"note": "the page's title, three sentences on one line: headline (the whole line)"},
        ),
        ("lede", "Extra geld voor RTV Meppel"),
        (
            "caption",
            "Zwemplas Engelgaarde.",
            {"note": "photo caption, first of two copies (doubtful: it may be the image's alt text)"},
        ),
        (
            "site_text",
            "Zwemplas Engelgaarde. Foto:",
            {
                "note": "the caption repeated with its credit ('Foto: Willem Braam'): site text, as a repeated caption (doubtful: this copy could be the caption proper and the first the alt text)"
            },
        ),
        (
            "paragraph",
            "De gemeenteraad van Meppel praatte",
            {"note": "the excerpt ends after this paragraph (the page's free part)"},
        ),
    ],
)

# ---- Crisis20 (crisis20.nl, aggregator of crisis / emergency news) ----------------------------
L(
    "c20_rampenzender",
    (0, 0, None),
    [
        ("headline", "Nieuw convenant RTV Utrecht"),
        ("lede", "Directeur Paul van der Lugt"),
        ("site_text", "Bron: rtvutrecht", {"note": "source line of the reposted item ('Bron: rtvutrecht'): site text"}),
    ],
)

# ---- Willem Dijk (willemdijk.nl, wholesaler's news page, column 'aan het woord') ---------------
L(
    "wd_kodde",
    (0, 0, None),
    [
        ("headline", "Jaap Kodde van Polder Potato"),
        (
            "quote",
            '"Onze nationale overheid wil naar',
            {
                "note": "pull quote under the title, repeating a sentence of the second paragraph: quote = article text (doubtful: a repeated pull quote could be called page furniture)"
            },
        ),
        ("site_text", "10 juli 2020", {"note": DATE}),
        ("lede", "Al negenentwintig jaar gaan"),
        ("paragraph", "Dit had ook een wisselwerking"),
        ("paragraph", "Het woord groentespecialist"),
        ("byline", "Jaap Kodde", {"note": "the author's name signing the column at its end: byline"}),
    ],
)

# ---- Hoorn Kersenboogerd (hoornkersenboogerd.nl, neighbourhood website, Hoorn) ---------------
L(
    "hkb_patio",
    (1, 0, None),
    [
        ("site_text", "Banner Banner", {"note": "alt text of the header banner image(s): site text"}),
        ("headline", "Feestelijke opening speelplek"),
        ("site_text", "Aangemaakt op:", {"note": "'Aangemaakt op: donderdag, 26 Juni 2025' (created on): site text"}),
        ("lede", "Onder belangstelling van"),
        ("paragraph", "Wethouder Hakhoff sprak"),
        ("paragraph", "Ook de kinderen reageerden"),
    ],
)

# ---- Weekblad Oosterhout (weekbladoosterhout.nl, local weekly) -------------------------------
L(
    "wbo_wilhelminahaven",
    None,
    [
        ("lede", "Zaterdag 10 mei is de nieuwe", {"note": "no site text in this excerpt; " + NOTITLE}),
        ("paragraph", "Wethouder Van der Zanden"),
        ("paragraph", "De kinderen genoten met volle"),
        ("paragraph", "De opkomst was groot en de sfeer"),
    ],
)

# ---- Haarlems Nieuwsblad (paper.rodi.nl, e-paper of a Haarlem local weekly, Rodi Media) --------
L(
    "hnb_jong023",
    (1, 0, None),
    [
        (
            "site_text",
            "Haarlems Nieuwsblad",
            {"note": "e-paper header: paper name, issue date, paper name + date: site text, one block"},
        ),
        ("headline", "Eerste Haarlemse kinderkrant"),
        (
            "caption",
            "Een prachtige Kinderkrant.",
            {"tail": "(Foto: PR)", "note": "photo caption; its credit '(Foto: PR)' is the tail"},
        ),
        ("lede", "HAARLEM - Op donderdag 14 februari"),
        ("paragraph", "Leerlingen Youssra en Lizzy"),
        ("paragraph", "De kinderkranten werden vervolgens"),
        ("paragraph", "Bij alle andere Haarlemse"),
        ("paragraph", "De Haarlemse kinderkrant wordt mede"),
        (
            "site_text",
            "(bron gemeente Haarlem)",
            {"note": "source line of the item (a municipal press release): site text"},
        ),
        (
            "site_text",
            "Hogenboom directeur Haarlem",
            {
                "note": "start of the NEXT article of the e-paper page (its title and the cut dateline 'HAAR'): site text, one block (doubtful: it is editorial text of another article)"
            },
        ),
    ],
)

# ---- De Speeltrein (despeeltrein.nl, playground foundation of Boekel, news page) --------------
L(
    "spt_dedonk",
    (0, 0, None),
    [
        ("headline", "Opening Speeltuin De Donk"),
        ("site_text", "Opening wethouder 2", {"note": ALT + " ('Opening wethouder 2')"}),
        ("lede", "Onder toeziend oog van de Boekelse"),
        ("paragraph", "Even voor de officiële opening"),
        ("paragraph", "Burgemeester Bos en wethouder"),
        ("paragraph", "De wethouder kan zich vinden", {"note": CUT}),
    ],
)

# ---- LPB (lpb.nl, news page of a national organisation's site; item on neighbourhood papers) ---
L(
    "lpb_wijkkrant",
    (0, 0, None),
    [
        ("headline", "De wijkkrant wordt schromelijk"),
        (
            "site_text",
            "14 juni, 2017 -",
            {"note": "date before the author label on the same line: site text (doubtful split of one line)"},
        ),
        (
            "byline",
            "Webredactie",
            {"note": "'Webredactie' (web desk) as author, like 'Door: Redactie' in blind24: byline (doubtful)"},
        ),
        ("lede", "Om met elkaar samen te leven"),
        ("paragraph", "‘De wijkkrant is het cement"),
        ("paragraph", "Over die tijd oordeelt Jos"),
        ("paragraph", "Het werk aan de straten"),
        ("subheading", "Wijkoverstijgend verhaal"),
        ("paragraph", "Jos van Beek: ‘Ik begon", {"note": CUT}),
    ],
)

# ---- Medicalfacts (medicalfacts.nl, news site for care professionals) -------------------------
L(
    "mf_ziekenhuizen",
    (0, 0, None),
    [
        ("headline", "Zorgverzekeraar: Vijftien"),
        ("site_text", "Array", {"note": "'Array' (a template's printed PHP value): site text"}),
        ("lede", "In Nederland kunnen zonder"),
        ("paragraph", "Van der Meeren ziet vooral"),
        ("paragraph", "Marc Levi, topman van het AMC"),
        ("byline", "Redactie Medicalfacts/ Janine"),
        (
            "site_text",
            "Ik heb mij gespecialiseerd",
            {"note": "author bio box (two paragraphs in the first person, cut by the store): site text, one block"},
        ),
    ],
)

# ---- NEVAP (nevap.nl, professional association, news item) ------------------------------------
L(
    "nevap_kantoren",
    (0, 0, None),
    [
        ("headline", "Kantoorruimtes veranderen maar"),
        (
            "site_text",
            "Vrijdag 21 januari 2022",
            {"note": "date glued by the store to the first word of the article: site text (own block)"},
        ),
        ("lede", "Nederland werkt al bijna twee jaar"),
        (
            "site_text",
            "Lees hier verder over hoe",
            {
                "note": "link prompt to the full article elsewhere ('Lees hier verder over hoe …'): site text (doubtful: written as a sentence naming the people)"
            },
        ),
        (
            "site_text",
            "Gerelateerd nieuws",
            {"note": "'Gerelateerd nieuws' (related news) heading, its list lost: site text"},
        ),
        (
            "site_text",
            "Word NEVAP lid",
            {"note": "membership promotion ('Word NEVAP lid' + two sentences): site text, one block"},
        ),
    ],
)

# ---- ChristenInfo.nl (christeninfo.nl, Christian information site, column) ---------------------
L(
    "ci_interkerkelijk",
    (0, 0, None),
    [
        ("headline", "ChristenInfo.nl, de nieuwe"),
        ("site_text", "ChristenInfo.nl, de nieuwe", {"note": REPEAT}),
        (
            "lede",
            "Informatie en ondersteuning voor",
            {"note": "first paragraph of the column (it opens by quoting the site's tagline): lede"},
        ),
        ("subheading", "Interkerkelijk"),
        ("paragraph", "De site stelt zich interkerkelijk"),
        ("subheading", "Veelkleurigheid"),
        ("paragraph", "Volgens mij zijn christenen"),
        ("paragraph", "Er ontstonden diverse gemeenten"),
        ("paragraph", "Zo ontstaat er ook een", {"note": CUT}),
    ],
)

# ---- Natuurtuin De Robbert (derobbert.nl, nature garden's research-news page) -----------------
L(
    "rob_sperwer",
    (1, 0, None),
    [
        ("site_text", "Onderzoeksnieuws 2021", {"note": "section label ('Onderzoeksnieuws 2021'): site text"}),
        ("headline", "NATUURJAAR 2021- 03, Winter"),
        ("site_text", "logo natuurtuin", {"note": ALT + " ('logo natuurtuin')"}),
        (
            "lede",
            "Vandaag: Spechten",
            {"note": "the intro listing today's items ('Vandaag: …'): lede (doubtful: a deck)"},
        ),
        ("paragraph", "Zaterdag (2021-01-16), In"),
        ("paragraph", "Wie oplettend is, in de natuur"),
        ("caption", "Sperwer - Accipiter nisus", {"note": "photo caption, first of two copies"}),
        ("site_text", "Sperwer - Accipiter nisus", {"note": "the caption repeated: site text"}),
        ("subheading", "Voedsel drang een ‘noodlottig"),
        (
            "byline",
            "(Auteur: Will van Berkel)",
            {"note": "author note glued after the subheading on its line: byline"},
        ),
        (
            "subheading",
            "Sperwer Accipiter nisus (Linnaeus",
            {"note": "species name with its author and year as a heading line: subheading"},
        ),
        ("paragraph", "Vorige week in de Natuurtuin"),
        ("paragraph", "Zo gebeurde het; in de strenge", {"note": CUT}),
    ],
)

# ---- Buurtwijs (buurtwijs.nl, platform for neighbourhood development) ------------------------
L(
    "bw_buurtkrant",
    (1, 0, None),
    [
        ("site_text", "Platform voor buurtontwikkeling", {"note": "site tagline: site text"}),
        ("headline", "Buurtkrant beweegt mee"),
        (
            "site_text",
            "Praktijkverhaal",
            {
                "note": "rubric label 'Praktijkverhaal' and the date on the next line (article metadata): site text, one block"
            },
        ),
        ("site_text", "Foto van kranten", {"note": ALT + " ('Foto van kranten')"}),
        ("site_text", "Credits: Robert Lagendijk", {"note": CREDIT}),
        ("lede", "Buurtkranten verdwijnen", {"note": "intro (a whitespace-only line follows it)"}),
        ("paragraph", "Nederlanders zijn over het algemeen"),
        ("subheading", "Belang voor de buurt"),
        ("paragraph", "Kortom: buurtkranten hebben"),
        ("subheading", "Verdwi", {"note": "fragment of the next subheading; " + CUT}),
    ],
)

# ---- Fox and Friends (foxandfriends.nl, Amersfoort neighbourhood blog) ------------------------
L(
    "ff_wijkglossy",
    (0, 0, None),
    [
        ("headline", "Gossie , in Nieuwland hebben ze"),
        ("site_text", "Gossie , in Nieuwland hebben ze", {"note": REPEAT}),
        ("lede", "Op de onlangs gehouden"),
        ("paragraph", "Wijkwebsites , sites van"),
        ("paragraph", "Echter digitaal worden niet"),
        ("paragraph", "Een opvallende verschijning"),
        ("paragraph", "In de wijkglossy tref je"),
        ("paragraph", "Negin van de Berg is de motor"),
        ("paragraph", "In het voorwoord van het wijkblad", {"note": CUT}),
    ],
)

# ---- Nationale Transportgids (nationaletransportgids.nl, transport trade site) ---------------
L(
    "ntg_heathrow",
    (1, 0, None),
    [
        (
            "site_text",
            "Site logo",
            {
                "note": "site header: logo alt text, search/close icons, menu (Artikelen, Vacatures, Bedrijven): site text, one block"
            },
        ),
        ("headline", "Vliegtuigen met bestemming"),
        ("byline", "Door ANP", {"note": "agency credit 'Door ANP': byline"}),
        (
            "site_text",
            "schedule 2 min",
            {
                "note": "reading time and a distance field with their icon names ('schedule', 'location_on [xx]km'): site text"
            },
        ),
        ("site_text", "Vliegtuigen met bestemming", {"note": REPEAT}),
        ("lede", "Meerdere vliegtuigen die"),
        ("paragraph", "Heathrow blijft vrijdag"),
        ("subheading", "Geannuleerd"),
        ("paragraph", "Tussen Schiphol en Heathrow"),
        (
            "site_text",
            "05 september '25 (12:58)",
            {
                "note": "list of other news items (date, title, teaser; the second teaser cut by the store): site text, one block"
            },
        ),
    ],
)

# ---- Wij-leren.nl (wij-leren.nl, education knowledge site, opinion article) -------------------
L(
    "wl_schnabel",
    (0, 0, None),
    [
        ("headline", "Enkele overdenkingen bij"),
        (
            "byline",
            "Marjolein Zwik",
            {
                "note": "author name and, after a blank line, her role ('Leerkracht basisonderwijs …'): byline, one block"
            },
        ),
        ("site_text", "Geplaatst op 1 juni 2015", {"note": "'Geplaatst op …' (posted on): site text"}),
        (
            "byline",
            "De auteur maakt deel uit",
            {
                "note": "note on the author's affiliation and that she writes in a personal capacity: byline (author credits; doubtful: could be read as an article paragraph)"
            },
        ),
        ("lede", "Niemand in het onderwijs"),
        ("paragraph", "Dit werd gevolgd door"),
        ("paragraph", "Het lijkt een soort rituele"),
        ("subheading", "Engels"),
        ("paragraph", "Het invoeren van Engels", {"note": CUT}),
    ],
)

# ---- Didactief (didactiefonline.nl, education magazine, blog 'Vriend en vijand') --------------
L(
    "did_balans",
    None,
    [
        ("lede", "Een terugkerend vraagstuk", {"note": "no site text in this excerpt; " + NOTITLE}),
        ("paragraph", "Een van de critici is Jacquelien"),
        ("paragraph", "Zoals gezegd maakt niet alleen", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

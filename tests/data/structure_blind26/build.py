#!/usr/bin/env python3
"""Rebuild structure blind set 26 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch and Flemish news pages of news outlets: local broadcasters, local
papers and city news sites, Flemish weeklies and local news sites, Surinamese and Aruban news sites,
trade news, a regional daily and a village news site. They come from the `search` tool's "pages" corpus (stored public web pages, text as the
store extracted it), which cannot be re-fetched by a script; so the excerpts are kept, as the tool
returned them, in pages_raw.json next to this file (url -> excerpt). That file and the texts stay in
/work/data/structure-blind26 and are NOT for the project repository. Only the labels (ours) live
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
    "olw_zendmachtiging": (
        "https://www.omroeplingewaard.nl/gemeente-adviseert-positief-aanvraag-zendmachtiging/",
        None,
    ),
    "anu_staten": ("https://aruba.nu/es/?p=10227", None),
    "wdg_herenstraat": ("https://weertdegekste.nl/2020/09/brand-in-plafond-van-woning-in-herenstraat", None),
    "txc_uitslagen": ("https://www.texelsecourant.nl/nieuws/politiek/45597/(0222)%2036%2026%2000", None),
    "dhfm_programmering": (
        "https://denhaagfm.nl/2020/10/05/nieuwe-radioprogrammering-den-haag-fm-van-start/?utm_source=rss&utm_medium=rss&utm_campaign=nieuwe-radioprogrammering-den-haag-fm-van-start",
        None,
    ),
    "stm_antwerpen": ("https://www.stampmedia.be/artikel/allemaal-antwerpen-ik-hoop-dat-mijn-ex-dit-ziet", None),
    "srn_gegoochel": (
        "https://www.srnieuws.com/vijftig-jaar-politiek-gegoochel-maar-het-volk-betaalt-de-rekening",
        None,
    ),
    "gfc_brokopondo": (
        "https://www.gfcnieuws.com/inwoners-opgelucht-na-arrestatie-drie-verdachten-van-brute-overvallen",
        None,
    ),
    "nsu_onrust": ("http://www.nieuws-suriname.nl/onrust-en-verwarring/", None),
    "dtv_msd": ("https://dtvnieuws.nl/nieuws/artikel/logo-msd-van-muur-verwijderd", None),
    "duic_krant158": (
        "https://www.duic.nl/algemeen/de-nieuwe-duic-krant-is-weer-uit-deze-verhalen-staan-er-allemaal-in-71/",
        "2022-02",
    ),
    "tmk_chauffeurs": (
        "https://www.twente-magazine.nl/transportkrant/tekort-aan-chauffeurs-houdt-aan-maar-sector-groeit",
        None,
    ),
    "pal_herverkaveling": (
        "https://pal.be/2023/12/de-politieke-herverkaveling-van-vlaanderen-is-volop-aan-de-gang/",
        None,
    ),
    "gws_asielboot": ("http://gouwestad.nl/index.php/nieuws/het-nieuws/5206-3244", None),
    "jb_schippers": (
        "https://jachtbouw.nl/belgische-schippers-kunnen-na-maand-wachten-eindelijk-weg-uit-nederlandse-haven/",
        None,
    ),
    "dfh_floritec": ("https://dutchflowerhouse.com/floritec-breidt-uit-met-nieuwe-locatie-in-honselersdijk", None),
    "skr_doorvaartkanaal": ("https://content.yudu.com/web/2wzcc/0A2rxkp/SK910/html/9.html", None),
    "bad_godsheide": (
        "https://www.badrepublic.be/lokaal/2017/03/godsheide-blijft-godske-maar-toch-is-er-iets-veranderd/",
        None,
    ),
    "fd_wytgaard": ("http://www.frieschdagblad.nl/index.asp?artID=72356", "2016-12"),
    "kwb_mkz": (
        "https://dekootwijkerbroekgids.nl/in-kootwijkerbroek-was-in-2001-helemaal-geen-mkz-en-de-boeren-hopen-dat-het-virus-nu-ook-wegblijft",
        None,
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the page's title is not in the excerpt (it starts below it): gold headline null"
CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
CREDIT = "photo credit without caption text: site text"
REPEAT = (
    "the same text printed a second time by the template: site text (convention for a repeated headline or caption)"
)
ALT = "an image's alt text, file name or placeholder printed by the store as a line of its own: site text"
DATE = "publication date line (article metadata): site text"
RELATED = "list of other articles (titles, teasers, rubrics, times; cut by the store where the excerpt ends): site text, one block"

# ---- Omroep Lingewaard (omroeplingewaard.nl, local broadcaster, Lingewaard) ------------------
L(
    "olw_zendmachtiging",
    (1, 0, None),
    [
        ("site_text", "Omroep Lingewaard", {"note": "site name printed above the title (site header): site text"}),
        ("headline", "Gemeente adviseert positief", {"note": "the title, ending in an ellipsis as printed"}),
        ("lede", "Omroep Lingewaard heeft bij het"),
        ("paragraph", "Het Commissariaat heeft aan het"),
        ("paragraph", "Het college heeft deze adviesaanvraag"),
        ("paragraph", "De Gemeenteraad heeft de aanvraag"),
        ("paragraph", "Tijdens de raadsvergadering van"),
        ("byline", "Verslag en foto: Hans Kleefman", {"note": "report and photo credit with a name: byline"}),
    ],
)

# ---- Aruba.nu (aruba.nu, Aruban news site, Dutch article on a Spanish-language page) ---------
L(
    "anu_staten",
    (0, 0, None),
    [
        ("headline", "Edgard Vrolijk en Ursell Arends"),
        (
            "site_text",
            "![](https://aruba.nu/wp-content",
            {"note": "the article image as a Markdown image link (file name): " + ALT},
        ),
        ("lede", "ORANJESTAD – De Staten van Aruba"),
        ("paragraph", "Normaliter bestaat het parlement"),
        ("paragraph", "Vrolijk en Arends kunnen gevraagd"),
        (
            "site_text",
            "Meer Nieuws op Aruba",
            {
                "note": "'Meer Nieuws op Aruba' related-news list (dash lines, rubric labels in Dutch and Spanish, titles, an 'Anuncio' ad title): site text, one block"
            },
        ),
        ("site_text", "Top vacatures", {"note": "heading of an empty job-advertisement widget: site text"}),
        (
            "site_text",
            "Vakantie\n-",
            {"note": "'Vakantie' widget of promoted ('Anuncio') holiday articles: site text, one block"},
        ),
    ],
)

# ---- Weert de Gekste (weertdegekste.nl, local news site, Weert) ------------------------------
L(
    "wdg_herenstraat",
    None,
    [
        ("lede", "De hulpdiensten zijn dinsdag", {"note": NOTITLE}),
        ("paragraph", "Een bewoner van de woning nam"),
        ("paragraph", "In het plafond van de keuken"),
        ("paragraph", "Het plafond werd door de brandweer"),
        ("paragraph", "De woning heeft de nodige schade"),
        (
            "site_text",
            "Video via Youtube:",
            {
                "note": "link line of the embedded video ('Video via Youtube: https://youtu.be/…'): site text (embed credit, doubtful: it is printed under the article text)"
            },
        ),
        (
            "site_text",
            "Brand door kortsluiting, echt niet.",
            {"note": "a reader's comment under the article (no name shown): site text"},
        ),
    ],
)

# ---- Texelse Courant (texelsecourant.nl, local paper of Texel) -------------------------------
L(
    "txc_uitslagen",
    (5, 0, None),
    [
        ("site_text", "Afbeelding", {"note": "image placeholder word 'Afbeelding': " + ALT}),
        ("site_text", "Foto: Ingmar de Boer", {"note": CREDIT}),
        (
            "byline",
            "Dit artikel is geschreven door",
            {"note": "'Dit artikel is geschreven door' + the author's name: byline"},
        ),
        (
            "site_text",
            "Job Schepers, Hoofdredacteur",
            {"note": "author box: the author's name and roles joined by '|': site text (author bio)"},
        ),
        ("site_text", "Live", {"note": "label 'Live' above the title (live-updated item): site text"}),
        ("headline", "Uitslagen gemeenteraadsverkiezingen"),
        ("site_text", "Politiek", {"note": "rubric label under the title: site text"}),
        ("lede", "In de raadszaal van het gemeentehuis"),
        ("paragraph", "De voorlopige einduitslag"),
        (
            "site_text",
            "Spelletjes op het grasveld",
            {
                "note": "list of other articles, each a photo caption line and a title line with rubric, time and comment count: "
                + RELATED
            },
        ),
    ],
)

# ---- Den Haag FM (denhaagfm.nl, local broadcaster of The Hague) -------------------------------
L(
    "dhfm_programmering",
    (0, 0, None),
    [
        ("headline", "Nieuwe radioprogrammering Den Haag"),
        ("lede", "Luisteraars van Den Haag FM horen"),
        (
            "site_text",
            "Tekst gaat verder onder de video",
            {"note": "notice of an embedded video ('text continues below the video'): site text"},
        ),
        ("paragraph", "De huidige programma’s Haagse"),
        ("paragraph", "De vernieuwde programmering past"),
        ("paragraph", "De komende tijd werkt Den Haag FM", {"note": CUT}),
    ],
)

# ---- StampMedia (stampmedia.be, Flemish youth press agency, Antwerp) -------------------------
L(
    "stm_antwerpen",
    None,
    [
        ("site_text", "© Jan Van der Perre", {"note": CREDIT + "; " + NOTITLE}),
        ("lede", "In Antwerpen heeft iedereen wel"),
        (
            "paragraph",
            "“Ik vraag dagelijks aan mensen",
            {
                "note": "the body is the passer-by's account, every paragraph in quotation marks: paragraphs (not pull quotes)"
            },
        ),
        ("paragraph", "“Dagelijks streef ik ernaar"),
        ("paragraph", "“Om het goed te maken ga ik"),
        ("paragraph", "“Ik zou mijzelf dan ook wel best"),
        (
            "site_text",
            "Deze publicatie kwam tot stand",
            {
                "note": "standard note of the series on the collaboration with Gazet van Antwerpen: site text (doubtful: written as a paragraph; it is production credits, not the story)"
            },
        ),
        ("site_text", "Bekijk hier alle publicaties", {"note": "read-more link to the series: site text"}),
        (
            "site_text",
            "Dit artikel werd gepubliceerd",
            {"note": "source line ('published by Gazet van Antwerpen on …'): site text"},
        ),
        ("site_text", "vorige volgende", {"note": "previous/next navigation: site text"}),
    ],
)

# ---- SR Nieuws (srnieuws.com, Surinamese news site, opinion piece) ----------------------------
L(
    "srn_gegoochel",
    (0, 0, None),
    [
        ("headline", "Vijftig jaar politiek gegoochel"),
        (
            "lede",
            "Het lijkt wel alsof de Surinaamse",
            {"note": "first copy of the only paragraph the page shows (ending in the site's own '[…]'): lede"},
        ),
        ("site_text", "Nov 14, 2025 - 10:22", {"note": DATE}),
        (
            "site_text",
            "Het lijkt wel alsof de Surinaamse",
            {
                "note": "the same paragraph printed again under the date: "
                + REPEAT
                + " (doubtful: this copy could be the body and the first the teaser)"
            },
        ),
        ("site_text", "Lees ook", {"note": "'Lees ook' list of other articles with cut teasers: " + RELATED}),
    ],
)

# ---- GFC Nieuws (gfcnieuws.com, Surinamese news site) ----------------------------------------
L(
    "gfc_brokopondo",
    None,
    [
        ("lede", "In Brokopondo en Para heerst", {"note": NOTITLE}),
        ("paragraph", "Verscheidene inwoners vertelden"),
        ("subheading", "Verdachten gelinkt aan reeks"),
        ("paragraph", "De aangehouden mannen, D.M."),
        ("paragraph", "Zij worden onder andere in verband"),
        ("paragraph", "Het gaat ook om de schokkende"),
        ("paragraph", "Twee personen raakten gewond"),
        ("subheading", "Vondst van spullen en verder"),
        ("paragraph", "Bij de aanhouding werden onder"),
        ("paragraph", "Ook werd bij één van de verdachten"),
        ("paragraph", "Hoewel alle drie ontkennen"),
        ("paragraph", "De politie vervolgt de zoektocht"),
        ("paragraph", "In een waarschuwing laat de politie"),
        ("site_text", "Bron: KPS", {"note": "source line ('Bron: KPS', the police press release): site text"}),
        (
            "site_text",
            "![[Aggregator] Downloaded image",
            {"note": "Markdown image link with an aggregator's import label, cut by the store: " + ALT},
        ),
    ],
)

# ---- Nieuws-Suriname.nl (nieuws-suriname.nl, Surinamese news and radio portal) ---------------
L(
    "nsu_onrust",
    (2, 0, None),
    [
        ("site_text", "Live nieuws en radio streams", {"note": "site tagline: site text"}),
        ("site_text", "Home » Surinaams nieuws »", {"note": "breadcrumb trail (ends with the title): site text"}),
        (
            "headline",
            "Onrust en verwarring",
            {"skip": 1, "note": "the title (its first occurrence is the end of the breadcrumb)"},
        ),
        (
            "lede",
            "De sfeer wordt er niet beter op",
            {"note": "the only paragraph the page shows, ending in the site's own '[…]' (a teaser page): lede"},
        ),
    ],
)

# ---- Dtv Nieuws (dtvnieuws.nl, regional broadcaster, Oss / Den Bosch) ------------------------
L(
    "dtv_msd",
    (0, 0, None),
    [
        ("headline", "Logo MSD van muur verwijderd"),
        ("lede", "Het logo van MSD is donderdag"),
        ("paragraph", "Binnen enkele weken wordt begonnen"),
        ("subheading", "Wegafsluiting"),
        ("paragraph", "Om het werk op de muur te krijgen"),
        ("site_text", "advertentie Banner Antoon", {"note": "advertisement label and banner name: site text"}),
        (
            "site_text",
            "Flinke schade aan voertuigen na",
            {
                "note": "teasers of other articles, titles repeated with tag labels ('KOP-STAARTBOTSING', 'Update met video'): "
                + RELATED
            },
        ),
    ],
)

# ---- DUIC (duic.nl, Utrecht city news site; post on the new issue of its paper) --------------
L(
    "duic_krant158",
    None,
    [
        (
            "lede",
            "De 158e editie van de DUIC krant",
            {"note": "store date prefix ' date 2022-02 ' removed; " + NOTITLE},
        ),
        ("paragraph", "De vlaggen gaan uit bij Theater"),
        ("paragraph", "Moet bedelen in Utrecht verboden"),
        ("paragraph", "De bouw van wooncomplex Change="),
        (
            "paragraph",
            "Dit en nog veel meer is in de 158e",
            {
                "note": "closing paragraph on where the paper is to be had: article text (doubtful: the series repeats it in every post)"
            },
        ),
        (
            "site_text",
            "Wil jij DUIC steunen",
            {"note": "appeal to support DUIC by buying its year book: site text (promotion)"},
        ),
    ],
)

# ---- Twente Magazine / Transportkrant (twente-magazine.nl, regional trade news: transport) ----
L(
    "tmk_chauffeurs",
    (3, 0, None),
    [
        (
            "site_text",
            "gtag('consent', 'update'",
            {"note": "a line of the page's tracking script (cookie consent call): site text"},
        ),
        ("site_text", "Foto_TLN.JPG", {"note": ALT}),
        ("site_text", "Foto: TLN", {"note": CREDIT}),
        ("headline", "Tekort aan chauffeurs houdt aan"),
        ("site_text", "zaterdag 17 januari 2026", {"note": DATE}),
        ("lede", "TRANSPORT - De transport- en"),
        ("paragraph", "Het totaal aantal werknemers neemt"),
        ("subheading", "Zeer krappe arbeidsmarkt"),
        ("paragraph", "In vrijwel alle regio’s is sprake"),
        ("subheading", "Meer werknemers, minder chauffeurs"),
        ("paragraph", "Het totaal aantal werknemers in de"),
        ("subheading", "Meer parttime werk en oproepkrachten"),
        ("paragraph", "Steeds meer werknemers in transport", {"note": CUT}),
    ],
)

# ---- 't Pallieterke (pal.be, Flemish weekly; paywalled article page) -------------------------
L(
    "pal_herverkaveling",
    (2, 0, None),
    [
        (
            "caption",
            "PVDA-PTB-voorzitter Raoul Hedebouw",
            {"tail": "(Photo News)", "note": "photo caption; its credit '(Photo News)' is the tail"},
        ),
        ("site_text", "Exclusief voor abonnees", {"note": "paywall label ('for subscribers only'): site text"}),
        ("headline", "De politieke herverkaveling van"),
        ("byline", "Filip Van Laenen", {"note": "the author's name under the title: byline"}),
        ("lede", "Al jaren wordt er opgeroepen tot"),
        (
            "paragraph",
            "Peilingen zijn maar peilingen",
            {"note": "cut by the site's paywall ('zi...'), not by the store: article text"},
        ),
        (
            "site_text",
            "Lees dit artikel!",
            {
                "note": "paywall offer: login prompt, three subscription plans with prices, repeated 'Liever ook op papier?' lines: site text, one block"
            },
        ),
        ("site_text", "PAL Nieuwsbrief", {"note": "newsletter sign-up prompt: site text"}),
        ("site_text", "Filip Van Laenen (°1972", {"note": "author bio, cut by the store: site text"}),
    ],
)

# ---- Gouwestad (gouwestad.nl, local broadcaster of Gouda) -------------------------------------
L(
    "gws_asielboot",
    (1, 0, None),
    [
        (
            "site_text",
            "Welkom bij Gouwestad!",
            {
                "note": "header slider: welcome line and slogan twice, '...maar het is ook jouw omroep in de buurt!', 'Slider': site text, one block"
            },
        ),
        ("headline", "21 Klachten over asielboot"),
        (
            "site_text",
            "op . .",
            {"note": "date/author line of the template with its fields empty ('op . .'): site text"},
        ),
        ("lede", "De gemeente Gouda heeft in totaal"),
        ("paragraph", "De klachten gingen onder meer"),
    ],
)

# ---- Jachtbouw (jachtbouw.nl, trade news: yacht building and water sports) -------------------
L(
    "jb_schippers",
    (0, 0, None),
    [
        ("headline", "Belgische schippers kunnen na maand"),
        (
            "site_text",
            "sep 8, 2018 | Branchenieuws",
            {"note": "date and rubric ('Branchenieuws') on one line: site text"},
        ),
        ("site_text", "Marc Venema / Shutterstock.com", {"note": CREDIT}),
        ("lede", "De vijf binnenschippers die al"),
        ("paragraph", "De “Infinitum” van de Belgische"),
        ("site_text", "Lees meer hierover op", {"note": "read-more link to the source (www.nieuwsblad.be): site text"}),
        (
            "site_text",
            "Jelmer van Beek koopt VO65",
            {"note": "other articles (title, cut teaser), cut by the store ('Klanttestim'): " + RELATED},
        ),
    ],
)

# ---- Dutch Flower House (dutchflowerhouse.com, trade news: floriculture) ----------------------
L(
    "dfh_floritec",
    (1, 0, None),
    [
        (
            "lede",
            "Veredelaar Floritec brent vanaf",
            {"note": "the intro, printed by the store above the title: lede (the typo 'brent' kept)"},
        ),
        ("headline", "Floritec breidt uit met nieuwe"),
        ("site_text", "25\nmrt", {"note": "date '25 mrt' on two lines: " + DATE}),
    ],
)

# ---- Scheepvaartkrant (e-paper page on yudu.com, trade paper of shipping) ---------------------
L(
    "skr_doorvaartkanaal",
    (2, 0, None),
    [
        (
            "site_text",
            "search.noResults",
            {
                "note": "untranslated message keys of the e-paper viewer ('search.noResults', 'orderForm.title', …): site text, one block"
            },
        ),
        (
            "site_text",
            "910 | WEEK 18-19 1 MEI 2019",
            {"note": "e-paper page header: issue number, weeks and date: site text"},
        ),
        ("headline", "Opening tijdelijk doorvaartkanaal"),
        (
            "lede",
            "TERNEUZEN Zaterdag 4 mei kan de",
            {"note": "dateline and first paragraph; the print hyphenation ('scheep- vaart') kept"},
        ),
        ("paragraph", "Dit doorvaartkanaal is speciaal"),
        ("paragraph", "De officiële opening van het kanaal"),
        (
            "caption",
            "Helemaal links op de luchtfoto",
            {"note": "caption of the aerial photo, first part (broken off at 'In' by the page furniture below)"},
        ),
        (
            "site_text",
            "9\n\n\nSCHEEPVAARTKRANT",
            {
                "note": "page furniture: page number '9' and running head 'SCHEEPVAARTKRANT 30 JAAR GELEDEN': site text, one block"
            },
        ),
        ("site_text", "Foto en kaartje Rijkswaterstaat", {"note": "credit of photo and map: site text"}),
        (
            "caption",
            "het midden is de huidige Middensluis",
            {"note": "the rest of the same caption, after the page furniture"},
        ),
        (
            "site_text",
            "De ‘Zes van Gorinchem’",
            {
                "note": "start of the next item on the page (another story), cut by the store: site text (convention for the next article on an e-paper page)"
            },
        ),
    ],
)

# ---- Bad Republic (badrepublic.be, Flemish local news site, Hasselt) -------------------------
L(
    "bad_godsheide",
    (1, 0, None),
    [
        ("site_text", "Feiten. Anders bekeken.", {"note": "site tagline: site text"}),
        ("headline", "Godsheide blijft ‘Godske’, maar"),
        (
            "site_text",
            "Geschreven door  op in Lokaal",
            {
                "note": "byline template with the author and date fields empty, and the rubric ('Lokaal Nieuws'): site text (no name to make it a byline)"
            },
        ),
        ("site_text", "Foto Facebookpagina De Unie", {"note": CREDIT}),
        ("lede", "Tien maanden intensief"),
        ("paragraph", "In 2014 kregen Hasselt en Genk"),
        ("paragraph", "Dat de plaatselijke inwoners in", {"note": CUT}),
    ],
)

# ---- Friesch Dagblad (frieschdagblad.nl, regional daily of Friesland; old article page) ------
L(
    "fd_wytgaard",
    (1, 0, None),
    [
        (
            "site_text",
            "Regio maandag, 19 december 2016",
            {"note": "store date prefix ' date 2016-12 ' removed; rubric 'Regio' and date on one line: site text"},
        ),
        (
            "headline",
            "Wytgaard helpt gezin na brand",
            {"note": "the title, glued by the store to the dateline of the first paragraph on the same line"},
        ),
        (
            "lede",
            "Wytgaard - Een uitslaande brand",
            {"note": "dateline and the first paragraph (one run of text up to the subheading)"},
        ),
        (
            "subheading",
            "Onderdak",
            {"note": "subheading 'Onderdak', glued by the store inside the line between two paragraphs"},
        ),
        ("paragraph", "Met hulp van enkele andere boeren"),
        (
            "site_text",
            "Vertel een vriend | Reageer",
            {
                "note": "share and comment bar ('Vertel een vriend | Reageer op dit artikel | Aantal reacties 0'): site text"
            },
        ),
        ("site_text", "Reacties:", {"note": "heading of the (empty) comment section: site text"}),
        ("site_text", "Familieberichten Advertenties", {"note": "links to other sections of the site: site text"}),
    ],
)

# ---- De Kootwijkerbroek Gids (dekootwijkerbroekgids.nl, village news site; item from NRC) ----
L(
    "kwb_mkz",
    None,
    [
        (
            "lede",
            "Kootwijkerbroek - In Kootwijkerbroek,",
            {"note": "the teaser of an NRC Handelsblad article, ending in the site's own '...': lede; " + NOTITLE},
        ),
        ("site_text", "Lees het volledige artikel bij", {"note": "read-more link to the source paper: site text"}),
        ("site_text", "Laat dit artikel viral gaan", {"note": "share prompt: site text"}),
        (
            "site_text",
            "Auteur\nNieuws door NRC",
            {
                "note": "author box ('Auteur', 'Nieuws door NRC Handelsblad.', read-more sentence): site text, one block (doubtful: 'Nieuws door NRC Handelsblad' could be read as a byline)"
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

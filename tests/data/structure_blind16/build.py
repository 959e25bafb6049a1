#!/usr/bin/env python3
"""Rebuild structure blind set 16 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind16 and are NOT for the project
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
    "resport_philipsen": ("https://resport.nl/2023/08/philipsen-wint-eerste-etappe-renewi-tour", None),
    "agconnect_isoft": (
        "https://www.agconnect.nl/business/automatisering-gids/isoft-ruilt-ridder-op-het-witte-paard-om",
        None,
    ),
    "omroepbrabant_week": (
        "https://www.omroepbrabant.nl/nieuws/4766303/brabantse-invloed-in-den-haag-en-dodelijk-ongeval-dit-gebeurde-deze-week",
        "2025-10-19",
    ),
    "marokko_relschoppers": (
        "https://nieuws.marokko.nl/69276/politiechef-westerbeke-alles-op-alles-om-relschoppers-te-pakken/",
        "2021-02",
    ),
    "flakkeenieuws_n215": (
        "https://flakkeenieuws.nl/nieuws/frontale-aanrijding-op-de-n215-nabij-oude-tonge/9246",
        "2021-04",
    ),
    "dezutphengids_gemeenteraad": (
        "https://dezutphengids.nl/grotere-gemeenteraad-in-zutphen-moeten-er-zes-zetels-bij-om-aan-het-europees-gemiddelde-te-komen",
        None,
    ),
    "oozo_breda": (
        "https://www.oozo.nl/nieuws/breda/6992347/breda-kiest-een-nieuwe-gemeenteraad-zo-staan-de-zaken-er-tot-nu-toe-voor",
        None,
    ),
    "iex_ictgroup": (
        "https://www.iex.nl/Nieuws/ANP-050321-096/Overnamebod-op-beursgenoteerde-IT-dienstverlener-ICT-Group.aspx",
        "2021-03",
    ),
    "weespernieuws_nieuwstad": (
        "https://www.weespernieuws.nl/algemeen/algemeen/31117/nieuwe-nieuwstad-valt-in-de-smaak",
        None,
    ),
    "haarlem105_albertheijn": ("https://haarlem105.nl/feestelijke-opening-albert-heijn-soendaplein", None),
    "avs_vandaag": ("https://avs.be/afleveringen/avs-vandaag-051020-a78828", None),
    "avs_nieuws": ("https://avs.be/programmas/avs-nieuws/avs-nieuws-18-06-2024", None),
    "vtm_hasselt": (
        "https://nieuws.vtm.be/binnenland/hevige-brand-leegstaande-fabriek-hasselt?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+vtm%2FNMdG+%28VTM+NIEUWS%29",
        "2018-10",
    ),
    "nieuws365_kortrijk": (
        "https://nieuws365.be/news/11657/nieuw-trainersontslag-in-jupiler-pro-league-in-de-maak",
        None,
    ),
    "voetbal24_seraing": (
        "https://voetbal24.be/news/82844/officieel-jupiler-pro-league-schrikt-op-door-tweede-trainersontslag-van-de-dag",
        None,
    ),
    "voetbalnieuws_kortrijk": (
        "https://voetbalnieuws.be/news/811840/ze-vallen-als-vliegen-volgende-trainersontslag-in-jpl",
        None,
    ),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication date/time line of the page on its own (no author): page furniture, site text (blind13/14/15 convention for date lines and timestamp lines; doubtful: could be read as part of a byline)"
CREDIT = "bare photo/agency credit: site text (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
RELATED = "related/recent-articles list (titles and teasers of other articles): site text, one block for the whole list"
REPEAT = "the title repeated by the page template on its own line(s): site text (blind13/15 convention for a repeated headline)"
NOSITE = "no site text in this text"

# ---- ReSport (Dutch sports news site), cycling -------------------------------------------------
L(
    "resport_philipsen",
    (2, 0, None),
    [
        (
            "byline",
            "Redactie",
            {
                "note": "author label 'Redactie' (the newsroom) and the line 'Redactie Wielrennen 23 augustus 2023' (author, section 'Wielrennen', date) above the title: one byline unit, kept whole (blind8/14/15 convention for author + date lines; the section name and the repeated author label are page furniture inside it)"
            },
        ),
        (
            "site_text",
            "Leestijd: 1 minuut",
            {"note": "reading-time label ('Leestijd: 1 minuut' = reading time: 1 minute): site text"},
        ),
        (
            "headline",
            "Philipsen wint eerste etappe",
            {"note": "the title stands below the byline and reading-time lines, not at the top of the stored text"},
        ),
        ("lede", "Wielrenner Jasper Philipsen"),
        ("paragraph", "Philipsen, winnaar van vier"),
        ("paragraph", "Philipsen is tevens de eerste"),
        ("paragraph", "De Renewi Tour, die vroeger"),
        (
            "site_text",
            "Foutje gezien? Mail ons.",
            {
                "note": "request for corrections at the end ('Foutje gezien? Mail ons. Wij zijn je dankbaar.' = spotted a mistake? mail us): site text (same kind as a tip request)"
            },
        ),
    ],
)

# ---- AG Connect (Dutch IT trade news site) -----------------------------------------------------
L(
    "agconnect_isoft",
    (0, 0, None),
    [
        ("headline", "iSoft ruilt ridder op het witte"),
        ("lede", "iSoft heeft op de valreep", {"note": "the whole article (one paragraph)"}),
        (
            "site_text",
            "Shutterstock",
            {
                "note": "image credit 'Shutterstock' printed twice (credit and alt text of the article image), one block: "
                + CREDIT
                + "; the second copy is template repetition"
            },
        ),
    ],
)

# ---- Omroep Brabant (regional broadcaster), weekly round-up ---------------------------------
WEEKLINK = "link phrase to the full story glued to the end of the round-up item ('Lees hier het hele verhaal.' / 'Hier lees je ...' = read the whole story here): site_text_tail"
L(
    "omroepbrabant_week",
    (0, 0, None),
    [
        ("headline", "Brabantse invloed in Den Haag"),
        (
            "lede",
            "Bij de komende Tweede",
            {
                "tail": "Lees hier het hele verhaal.",
                "note": "round-up article: each line is the summary of one story of the week; " + WEEKLINK,
            },
        ),
        ("paragraph", "Willem II heeft de derby", {"tail": "Hier lees je het wedstrijdverslag.", "note": WEEKLINK}),
        ("paragraph", "VVD-kandidaat Thomas Melisse", {"tail": "Lees zijn verhaal hier.", "note": WEEKLINK}),
        ("paragraph", "Een 55-jarige vrachtwagen", {"tail": "Lees hier het hele verhaal.", "note": WEEKLINK}),
        ("paragraph", "In Keldonk zorgt een groep", {"tail": "Hier lees je hun verhaal.", "note": WEEKLINK}),
    ],
)

# ---- Marokko.nl news section (community news site, ANP copy) ---------------------------------
L(
    "marokko_relschoppers",
    None,
    [
        (
            "site_text",
            "algemeen 31 jan 12:01",
            {
                "note": NOTITLE
                + "; category label 'algemeen' (general) and the publication date/time on one line: site text (label + "
                + "bare timestamp, blind15 convention)"
            },
        ),
        ("lede", "De politie in Rotterdam is druk"),
        ("paragraph", "In het programma WNL op Zondag"),
        (
            "site_text",
            "© ANP 2021",
            {
                "note": "agency copyright credit '© ANP 2021' glued to the end of the last paragraph: cut at the glue point; site text"
                " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was byline)"
            },
        ),
    ],
)

# ---- Flakkee Nieuws (local news site, Goeree-Overflakkee) ------------------------------------
L(
    "flakkeenieuws_n215",
    (0, 0, None),
    [
        ("headline", "Frontale aanrijding op de N215"),
        ("lede", "Op de N215 tussen Nieuwe-Tonge", {"note": NOSITE}),
        ("paragraph", "Er raakte een persoon"),
    ],
)

# ---- IEX (Dutch investors' news site), ANP business copy -----------------------------------------
L(
    "iex_ictgroup",
    None,
    [
        (
            "lede",
            "ROTTERDAM (ANP) - De beursgenoteerde",
            {"note": NOTITLE + "; dateline 'ROTTERDAM (ANP) -' stays in the lede; " + NOSITE},
        ),
        ("paragraph", "NPM Capital trekt bij de"),
        ("paragraph", "Topman Jos Blejie van ICT"),
        ("subheading", "Bestuur"),
        ("paragraph", "Het in Rotterdam gevestigde"),
        ("paragraph", "ICT kwam ook met cijfers."),
    ],
)

# ---- WeesperNieuws (Weesp local weekly, website) ------------------------------------------------
L(
    "weespernieuws_nieuwstad",
    (2, 0, None),
    [
        (
            "caption",
            "Het deel van de Nieuwstad dat",
            {
                "note": "photo caption of the lead image at the top ('the part of the Nieuwstad that is finished'): caption"
            },
        ),
        (
            "site_text",
            "Het deel van de Nieuwstad dat",
            {
                "note": "the same caption printed a second time (image alt text repeated by the template): site text, as a repeated title (blind13/15 convention); doubtful: could be read as a second caption"
            },
        ),
        ("headline", "Nieuwe Nieuwstad valt in de smaak"),
        ("site_text", "Algemeen", {"note": "category label 'Algemeen' (general) between title and lede: site text"}),
        ("lede", "WEESP - Winkeliers en bezoekers", {"note": "dateline 'WEESP -' stays in the lede"}),
        ("paragraph", "Het is nog een paar weken"),
        (
            "paragraph",
            "In het WeesperNieuws van deze",
            {"note": "says what the print article reports: article text (the web text is a teaser of the print story)"},
        ),
        (
            "site_text",
            "Lees verder in het WeesperNieuws",
            {
                "note": "pointer to the print edition ('Lees verder in het WeesperNieuws van deze week.' = read on in this week's paper): promo, site text (doubtful: a full sentence of the teaser)"
            },
        ),
        (
            "site_text",
            "Afbeelding",
            {
                "note": "image placeholder label 'Afbeelding' (image) standing as a paragraph: interface residue, site text"
            },
        ),
        (
            "site_text",
            "Mis niks, lees alles!",
            {
                "note": "subscription promo ('Mis niks, lees alles! Wil je ons steunen ...? Kies hier je abonnement.'): site text, one unit"
            },
        ),
        (
            "site_text",
            "Uit de krant",
            {
                "note": "heading of an 'Uit de krant' (from the paper) box whose items are not in the stored text: site text"
            },
        ),
    ],
)

# ---- deZutphengids.nl (city news site re-posting regional paper stories) -----------------------
L(
    "dezutphengids_gemeenteraad",
    (0, 0, None),
    [
        ("headline", "Grotere gemeenteraad? In Zutphen"),
        (
            "lede",
            "Zutphen - De gemeenteraad van",
            {
                "note": "dateline 'Zutphen -' stays in the lede; the whole text the site gives of the story (teaser of a De Stentor article)"
            },
        ),
        (
            "site_text",
            "Lees het volledige artikel bij",
            {
                "note": "pointer to the source ('Lees het volledige artikel bij De Stentor.' = read the full article at De Stentor): site text"
            },
        ),
        (
            "site_text",
            "Laat dit artikel viral gaan",
            {"note": "share prompt ('Laat dit artikel viral gaan in Zutphen, deel het met je vrienden!'): site text"},
        ),
        (
            "site_text",
            "Auteur",
            {
                "note": "author box: heading 'Auteur', the photo alt text 'Foto van Redactie deZutphengids.nl', the name 'Redactie deZutphengids.nl' and the templated source line 'Nieuws door De Stentor. Lees het volledige artikel op hun website.': site text, one unit (doubtful: the name line alone could be read as a byline)"
            },
        ),
        (
            "site_text",
            "1. Extern",
            {
                "note": "breadcrumb trail ('1. Extern', '2. <title>' with the title repeated) and the empty 'Gerelateerde berichten' (related posts) heading: site text, one unit"
            },
        ),
    ],
)

# ---- Oozo.nl (local news aggregator), Breda --------------------------------------------------
L(
    "oozo_breda",
    None,
    [
        ("site_text", "Woensdag 18 maart 2026 20:46 uur", {"note": NOTITLE + "; " + STAMP}),
        (
            "site_text",
            "Breda\nOntvang updates voor Breda",
            {
                "note": "place label 'Breda' and the follow button 'Ontvang updates voor Breda' (get updates for Breda): site text, one unit"
            },
        ),
        (
            "lede",
            "Het is woensdag 18 maart, de dag",
            {"note": "the aggregator's summary of a BN DeStem story (one paragraph): article text"},
        ),
        (
            "site_text",
            "Lees het volledige artikel bij de",
            {
                "note": "link lines 'Lees het volledige artikel bij de bron' (read the full article at the source) and 'Bekijk al het lokale nieuws van Breda' (all local news of Breda): site text, one unit"
            },
        ),
    ],
)

# ---- Haarlem105 (Haarlem local broadcaster) ------------------------------------------------------
L(
    "haarlem105_albertheijn",
    None,
    [
        ("lede", "De verwoestende brand van 11", {"note": NOTITLE + "; the whole article (one paragraph)"}),
        (
            "site_text",
            "Werkzaamheden Leidsevaart",
            {
                "note": "teaser of another article (title 'Werkzaamheden Leidsevaart ...' and its truncated first lines ending in '...'), followed by 22 blank lines: "
                + RELATED
            },
        ),
    ],
)

# ---- AVS (Oost-Vlaanderen regional broadcaster), episode pages -------------------------------
L(
    "avs_vandaag",
    (1, 0, None),
    [
        (
            "site_text",
            "donderdag 25 april",
            {
                "note": "header widget: the current date ('donderdag 25 april', the day the page was served, not the episode date), the temperature '10°C' and a wind speed '60 km': site text, one unit"
            },
        ),
        (
            "headline",
            "AVS Vandaag 05/10/20",
            {"note": "title of the episode page (programme name + broadcast date): the page's headline"},
        ),
        ("lede", "In Lievegem was er dit weekend", {"note": "the episode summary (one paragraph); 'caf' as stored"}),
    ],
)

L(
    "avs_nieuws",
    (1, 0, None),
    [
        (
            "site_text",
            "AVS Nieuws",
            {
                "note": "programme header of the page: the programme name 'AVS Nieuws' and its standing description ('Onze journalisten verzamelen dagelijks ...', the same on every episode page): site text, one unit (doubtful: the description is ordinary prose)"
            },
        ),
        ("headline", "AVS Nieuws 18/06/2024", {"note": "title of the episode page (programme name + date)"}),
        ("lede", "De seniorenadviesraad in Deinze", {"note": "the episode summary (one paragraph)"}),
    ],
)

# ---- VTM Nieuws (Flemish national TV news site) -----------------------------------------------
L(
    "vtm_hasselt",
    None,
    [
        ("lede", "In Hasselt woedt een hevige", {"note": NOTITLE + "; " + NOSITE}),
        ("paragraph", "Er zijn een tiental"),
    ],
)

# ---- Nieuws365.be (Flemish news/sports site) ------------------------------------------------
L(
    "nieuws365_kortrijk",
    (0, 0, None),
    [
        (
            "headline",
            "'Nieuw trainersontslag in",
            {
                "note": "title in single quotation marks as stored (a reported claim); kept with its quotes; the section "
                "label ' Sport' glued after it on the same line stays in the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was cut "
                "off at the glue point)"
            },
        ),
        (
            "site_text",
            "\nSport",
            {
                "note": "section label 'Sport' on its own line under the title (breadcrumb/section label): site text "
                "(relabelled stop 38 to STRUCTURE_CONVENTIONS.md; the block began at the label glued to the title)"
            },
        ),
        ("site_text", "'Nieuw trainersontslag in", {"note": REPEAT + " (printed twice more)"}),
        ("lede", "Felice Mazzu was voorlopig"),
        ("paragraph", "Kortrijk begon nog degelijk"),
        ("paragraph", "Tijdens de interlandbreak bleef"),
        ("site_text", "0 claps", {"note": "reaction and visitor counters ('0 claps', '0 bezoekers'): site text"}),
        (
            "site_text",
            "Populair",
            {
                "note": "headings of the 'Populair' (popular) and 'Laatste nieuws' (latest news) boxes, their items not in the stored text: site text, one unit"
            },
        ),
    ],
)

# ---- Voetbal24.be (Flemish football news site) ------------------------------------------------
L(
    "voetbal24_seraing",
    (0, 0, None),
    [
        (
            "headline",
            "OFFICIEEL: Jupiler Pro League",
            {
                "note": "the site's own label 'OFFICIEEL:' (official) is part of the title as printed (twice) and kept in the gold headline (doubtful: a scorer treating it as a kicker would cut it)"
            },
        ),
        ("site_text", "OFFICIEEL: Jupiler Pro League", {"note": REPEAT}),
        (
            "byline",
            "Maandag 31 oktober 2022 - 15:05",
            {
                "note": "date/time and author ('Maandag 31 oktober 2022 - 15:05   I   door Redactie', with the site's 'I' separators): byline kept whole (blind8/14/15 convention for date + author lines)"
            },
        ),
        ("lede", "De trainers in de Jupiler Pro"),
        ("paragraph", "Een half uur nadat Yves"),
        ("paragraph", "Seraing heeft namelijk afscheid"),
        ("paragraph", "Seraing staat momenteel"),
        ("subheading", "Opvolger"),
        ("paragraph", "Seraing heeft zijn opvolger"),
        (
            "site_text",
            "Poll: Zal er tegen het begin",
            {
                "note": "reader poll question ('Poll: ...'): interactive widget, site text (doubtful: written by the newsroom about the story)"
            },
        ),
        ("site_text", "TAGS  I  Seraing", {"note": "tag row ('TAGS  I  Seraing  I  KV Oostende'): site text"}),
        (
            "site_text",
            "donderdag 28 maart 2024",
            {
                "note": "list of archive dates (five day links, later than the article): date navigation, site text, one unit"
            },
        ),
    ],
)

# ---- Voetbalnieuws.be (Flemish football news site) --------------------------------------------
L(
    "voetbalnieuws_kortrijk",
    (0, 0, None),
    [
        ("headline", "Ze vallen als vliegen: volgende"),
        (
            "byline",
            "door",
            {
                "note": "byline label 'door' (by) with the author name not extracted: byline (empty); doubtful: as residue it could be site text"
            },
        ),
        ("site_text", "Ze vallen als vliegen: volgende", {"note": REPEAT}),
        ("lede", "De trainers vallen plots als"),
        ("subheading", "KV Kortrijk ontslaat Alexandersson"),
        ("paragraph", '"KV Kortrijk staat erop om'),
        ("paragraph", '"Dit is een moeilijke beslissing'),
        ("subheading", "Nederlaag tegen Dender was fataal"),
        ("paragraph", '"KVK wil beide heren'),
        ("paragraph", "De IJslander stond al weken"),
        ("site_text", "POLL: Terecht ontslag?", {"note": "reader poll question: interactive widget, site text"}),
        (
            "site_text",
            "Meest recent",
            {
                "note": "'Meest recent' (most recent) list: titles, truncated teasers and comment counts printed twice ('22', '22'): "
                + RELATED
                + "; cut mid-word by the excerpt limit (the article before it is whole)"
            },
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

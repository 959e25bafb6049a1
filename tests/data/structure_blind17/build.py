#!/usr/bin/env python3
"""Rebuild structure blind set 17 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind17 and are NOT for the project
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
    "informationsspiegel_jirnsum": ("https://informationsspiegel.com/?p=12894", None),
    "uvvalbatross_zaterdag": ("https://uvvalbatross.nl/proef-met-seniorenvoetbal-op-zaterdag-verlengd/", None),
    "westlandsvoetbal_juni": ("http://westlandsvoetbal.blogspot.nl/2017/06/nieuws-van-maandag-12-juni-2017.html", None),
    "letopwoudenberg_korfbal": (
        "https://www.letopwoudenberg.nl/nieuws/sport/21557/kv-woudenberg-2-kampioen-en-promoveert-naar-de-eerste-klasse",
        None,
    ),
    "wos_veldkorfbal": ("https://archief.wos.nl/nieuwsarchief/bericht/20140329-veldkorfbal-alleen-ondo-wint", None),
    "leeuwardernieuws_archipelweg": ("https://www.leeuwardernieuws.nl/ongeval-met-letsel-op-archipelweg-3", None),
    "stlambrechtsherk_fusie": ("https://www.st-lambrechts-herk.be/binnenkort-naar-stadhuis-kortessem?page=18", None),
    "sumar_koekoek": ("http://sumar.nl/nieuws/dorpskrant-de-koekoek/1024-de-koekoek-maart-2017", None),
    "heraut_1452": ("https://dorpsbladheraut.nl/content/de-heraut-1452-24-januari-2023", None),
    "hcc_vpn": ("https://www.hcc.nl/kennis/3444-grote-risico-s-door-lekke-vpn-s", "2019-09"),
    "engelum_terras": ("https://engelum.com/item/1162-dorpshuis-terras-officieel-geopend", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


NOTITLE = "the stored page text starts below the title (the title is not in the text): gold headline null"
STAMP = "publication date/time line of the page on its own (no author): page furniture, site text (blind13/14/15/16 convention for date lines and timestamp lines; doubtful: could be read as part of a byline)"
CREDIT = "bare photo credit: site text (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
RELATED = "related/recent-articles list (titles and teasers of other items): site text, one block for the whole list"
REPEAT = "the title repeated by the page template on its own line: site text (blind13/15/16 convention for a repeated headline)"
NOSITE = "no site text in this text"
GALLERY = "photo number of the page's image gallery (the images themselves are not in the text), standing as a line: interface residue, site text; a run of numbers with no text between them is one block"
PHOTOTEXT = "photo-story: each sentence is the text under one gallery photo and together they tell the story; labelled article text (doubtful: could be read as captions)"

# ---- Informationsspiegel (German-hosted site re-posting Dutch news in Dutch), Jirnsum ------------
L(
    "informationsspiegel_jirnsum",
    (0, 0, None),
    [
        ("headline", "Vier doden bij verkeersdrama in Fries"),
        (
            "lede",
            "Bij een ongeluk in Jirnsum",
            {
                "note": "the whole article as stored (one paragraph); it ends in a colon where an embedded quote/post of the original was not extracted"
            },
        ),
        (
            "site_text",
            "• informationsspiegel",
            {
                "note": "post-author widget showing the site's own name ('• informationsspiegel'): site text (doubtful: an author line could be read as a byline, but the name is the site's, not a journalist's)"
            },
        ),
        (
            "site_text",
            "Related Posts",
            {
                "note": "'Related Posts' box: two titles with dates, truncated teasers and the German link phrase 'Weiterlesen' (read more) ×2: "
                + RELATED
                + "; interface words in English and German"
            },
        ),
        (
            "site_text",
            "Nicht verpassen",
            {
                "note": "German 'Nicht verpassen' (don't miss) box of German articles with a view counter ('• 5 views'), title printed twice; cut mid-word by the excerpt limit ('... Das'): site text, one unit"
            },
        ),
    ],
)

# ---- UVV Albatross (amateur football club), club news -----------------------------------------
L(
    "uvvalbatross_zaterdag",
    (0, 0, None),
    [
        ("headline", "Proef met seniorenvoetbal op zaterdag"),
        ("lede", "Afgelopen seizoen hebben wij", {"note": NOSITE}),
        ("paragraph", "Recent is er in de media"),
        ("paragraph", "Op grond hiervan heeft het bestuur"),
        ("paragraph", "De spelregels blijven onveranderd:"),
        ("list_item", "• Spelers zijn allen van"),
        ("list_item", "• De teams zijn op zaterdag"),
        ("list_item", "• Met de teams zijn afspraken"),
        (
            "byline",
            "Namens het bestuur,",
            {
                "note": "signature of the club notice ('Namens het bestuur,' / 'Rik Dikken' = on behalf of the board): byline, one unit"
            },
        ),
    ],
)

# ---- Westlands Voetbal (regional amateur-football news blog) ----------------------------------
L(
    "westlandsvoetbal_juni",
    (1, 0, None),
    [
        ("site_text", "maandag 12 juni 2017", {"note": "blog date header above the post title: " + STAMP}),
        (
            "headline",
            "Nieuws van maandag 12 juni 2017",
            {
                "note": "the post title (a dated news round-up); it repeats the date of the header but is the page's own title"
            },
        ),
        ("lede", "Na het gesol met clubs"),
        ("paragraph", "De volgende clubs moeten/mogen"),
        ("list_item", "• 1 Plaats in de 1e klasse"),
        ("list_item", "• 1 Plaats in de 2e klasse"),
        ("list_item", "• 1 plaats in de 3e klasse"),
        ("paragraph", "Selecties hebben seizoenafsluiting"),
        (
            "subheading",
            "Aanvulling",
            {"note": "label 'Aanvulling' (addendum) introducing an update: in-text heading, subheading"},
        ),
        ("paragraph", "Naaldwijk start woensdag"),
        ("paragraph", "Robin Knoester is de nieuwe"),
        ("paragraph", "Nog 3 dagen dan sluit"),
        (
            "site_text",
            "Benieuwd  naar wie volgend",
            {
                "note": "promo for the blog's own transfer-list page ('Benieuwd naar ... KIJK HIER of kies in de bovenbalk het pulldown-menu selecties 17-18' = curious ...? LOOK HERE or pick the menu in the top bar) and the update note of that list ('De lijst is weer bijgewerkt. ...' = the list has been updated): site text, one unit (doubtful: the update note names a club's new signings)"
            },
        ),
        (
            "site_text",
            "Geen opmerkingen:",
            {
                "note": "comment widget ('Geen opmerkingen:' / 'Een reactie posten' = no comments / post a comment): site text"
            },
        ),
    ],
)

# ---- Let op Woudenberg (Woudenberg local weekly, website), korfball ---------------------------
L(
    "letopwoudenberg_korfbal",
    (2, 0, None),
    [
        (
            "site_text",
            "Afbeelding",
            {
                "note": "image placeholder label 'Afbeelding' (image) at the top: interface residue, site text (blind16 convention)"
            },
        ),
        ("site_text", "Sylvia van Waveren", {"note": "photographer's name under the image placeholder: " + CREDIT}),
        (
            "headline",
            "KV Woudenberg 2 kampioen",
            {"note": "the title stands below the image placeholder and its credit"},
        ),
        ("site_text", "Sport", {"note": "section label 'Sport' between title and byline: site text"}),
        ("byline", "Door Sylvia van Waveren"),
        (
            "lede",
            "KORFBAL De tribunes in de Camp",
            {
                "note": "the sport label 'KORFBAL' in capitals opens the lede as a dateline does: kept in the lede (datelines stay in the lede, blind16 convention; doubtful: a kicker-like label)"
            },
        ),
        ("paragraph", "Dit team met jonge talenten"),
        ("paragraph", "Na een prachtige wedstrijd"),
        ("paragraph", "Het eerste selectieteam"),
        ("paragraph", "De Woudenbergers bereiden zich"),
        (
            "site_text",
            "Afbeelding\nAfbeelding",
            {"note": "three image placeholders 'Afbeelding' at the end: site text, one unit"},
        ),
    ],
)

# ---- WOS (Westland regional broadcaster), news archive ------------------------------------------
L(
    "wos_veldkorfbal",
    (1, 0, None),
    [
        (
            "site_text",
            "Archief",
            {"note": "section label 'Archief' (archive) of the news-archive site above the title: site text"},
        ),
        (
            "headline",
            "Veldkorfbal: alleen ONDO wint",
            {"note": "'Veldkorfbal:' (field korfball) is part of the title as printed and kept in the gold headline"},
        ),
        ("subheading", "Eerste klasse F", {"note": "league-class heading inside the round-up: subheading"}),
        ("lede", "In strijd om rechtstreekse"),
        ("paragraph", "Valto leed in de middenmoot"),
        ("subheading", "Tweede klasse I"),
        ("paragraph", "ONDO heeft haar positie"),
        ("paragraph", "ODO blijft in de gevarenzonde"),
    ],
)

# ---- LeeuwarderNieuws.nl (Leeuwarden local news site) ---------------------------------------------
L(
    "leeuwardernieuws_archipelweg",
    None,
    [
        (
            "lede",
            "Op 17 december 2025 om 19:44",
            {
                "note": NOTITLE
                + "; "
                + NOSITE
                + " (the 12 trailing blank lines of the excerpt are cut by the text rule)"
            },
        ),
        ("paragraph", "De exacte toedracht van het"),
    ],
)

# ---- st-lambrechts-herk.be (Flemish village news site, Sint-Lambrechts-Herk) -----------------
L(
    "stlambrechtsherk_fusie",
    None,
    [
        ("lede", "Hasselt en Kortessem fuseren", {"note": NOTITLE}),
        ("paragraph", '"Er was schrik in Kortessem'),
        ("paragraph", '"Dit is ook niet alleen voor'),
        ("paragraph", "De burgemeesters hopen dat"),
        ("paragraph", "De gemeenteraden van Hasselt"),
        (
            "site_text",
            "Jan Poncelet: schilderen op",
            {
                "note": "list of the titles of the site's other items (news items, job ads 'Gezocht: ...', notices), one a line, 19 lines, no separator from the article: "
                + RELATED
            },
        ),
    ],
)

# ---- Sumar.nl (village website, Sumar), foreword of the village paper 'De Koekoek' ----------
L(
    "sumar_koekoek",
    None,
    [
        (
            "lede",
            "Beste dorpsgenoten,",
            {
                "note": NOTITLE
                + " (title 'De Koekoek maart 2017'); the page is the editors' foreword of the monthly village paper, a run of short village-news items; the salutation 'Beste dorpsgenoten,' (dear villagers) and the first item are one block"
            },
        ),
        ("paragraph", "Zondag 26 maart is in ons"),
        (
            "paragraph",
            "Zaterdag 22 en zondag 23 april",
            {"note": "one paragraph with a line break inside ('... een nieuw bestuur en' / '(deels) ...') as stored"},
        ),
        ("paragraph", "Op Koningsdag organiseert"),
        ("paragraph", "We zijn erg blij, dat we kopij"),
        (
            "paragraph",
            "Onze bezorger, Eibert Kloosterman",
            {"note": "news about the paper's own delivery and donors inside the foreword: article text"},
        ),
        (
            "site_text",
            "De volgende kopij-inleverdatum",
            {
                "note": "the paper's standing notice of the next copy deadline ('De volgende kopij-inleverdatum is 10 april.'): site text of the same kind as a request for tips (doubtful: it is written into the foreword); the signature 'Beint' glued to it is cut off at the glue point"
            },
        ),
        (
            "byline",
            "Beint",
            {
                "note": "signature of the foreword's writer glued to the end of the last line: byline, cut at the glue point"
            },
        ),
        (
            "site_text",
            "Bekijk de Koekoek maart 2017",
            {
                "note": "link to the PDF of the issue ('Bekijk de Koekoek maart 2017 in PDF-formaat.' = view ... as PDF): site text"
            },
        ),
        (
            "site_text",
            "de koekoek voorkant",
            {
                "note": "alt text of the cover image ('de koekoek voorkant' = the Koekoek cover) and the back-to-top link 'Top': site text, one unit"
            },
        ),
    ],
)

# ---- De Heraut (village weekly, Westerkoggenland), issue page -----------------------------------
L(
    "heraut_1452",
    (0, 0, None),
    [
        (
            "headline",
            "De Heraut 1452 24 januari 2023",
            {
                "note": "title of the issue page (paper name, issue number, date): the page's headline (as blind16's episode titles)"
            },
        ),
        ("site_text", "De Heraut 1452 24 januari 2023", {"note": REPEAT}),
        (
            "caption",
            "Foto: Kathoek Avenhorn",
            {"note": "photo caption with credit ('Foto: Kathoek Avenhorn (Bea Otjes)'): caption"},
        ),
        (
            "subheading",
            "VAN REDACTIEZIJDE",
            {"note": "heading of the editors' column ('from the editors'), in capitals: subheading"},
        ),
        ("lede", "Het jaar is alweer volop"),
        (
            "paragraph",
            "Heel veel clubs en verenigingen",
            {"note": "one paragraph with print line breaks inside, as stored"},
        ),
        ("paragraph", "Misschien moeten we de"),
        (
            "site_text",
            "Let op de contact-knop is NIET",
            {
                "note": "standing notice on how to send copy and ads (the contact button is NOT for copy; mail ... ): site text"
            },
        ),
        (
            "site_text",
            "In de bijlagen vindt u:",
            {
                "note": "pointer to the attachments ('In de bijlagen vindt u: ...' = in the attachments you find ...): site text"
            },
        ),
        ("site_text", "De inzender is én blijft", {"note": "standing liability disclaimer of the paper: site text"}),
        (
            "site_text",
            "BijlageGrootte",
            {"note": "attachment table (header 'Bijlage'/'Grootte' glued, file name and size glued): site text"},
        ),
    ],
)

# ---- HCC (Dutch computer users' association), news item ------------------------------------------
L(
    "hcc_vpn",
    None,
    [
        ("lede", "De Volkskrant schreef zaterdag", {"note": NOTITLE + "; " + NOSITE}),
        ("paragraph", "Dit lek werd in maart aan"),
        ("paragraph", "Zondag volgde een uitzending"),
        ("paragraph", "Volgens het (NCSC) is het risico"),
    ],
)

# ---- Engelum.com (village website, Engelum), photo-story news item ---------------------------
L(
    "engelum_terras",
    (1, 0, None),
    [
        ("site_text", "zaterdag, 04 juni 2022 10:05", {"note": STAMP}),
        (
            "headline",
            "Dorpshuis terras officieel",
            {
                "note": "the title with the gallery number '1' glued to its end ('... geopend1'): the number is cut off at the glue point and is not part of the gold headline"
            },
        ),
        ("site_text", "1\n\nEn dat ging", {"note": "gallery number '1' glued to the end of the title: " + GALLERY}),
        ("lede", "En dat ging dus afgelopen", {"note": PHOTOTEXT}),
        ("site_text", "2\n\nJisse", {"note": GALLERY}),
        ("paragraph", "Jisse vertelde het verhaal"),
        ("site_text", "3\n\n4\n\n5", {"note": GALLERY}),
        ("paragraph", "Over de voorbereiding, de"),
        ("site_text", "6\n\n7\n\n8", {"note": GALLERY}),
        ("paragraph", "Na de toespraak was het"),
        ("site_text", "11\n\nHet knippen", {"note": GALLERY}),
        ("paragraph", "Het knippen van het lint"),
        ("site_text", "13\n\nEn daarmee", {"note": GALLERY}),
        ("paragraph", "En daarmee is het terras"),
        ("site_text", "15\n\nTijd voor", {"note": GALLERY}),
        ("paragraph", "Tijd voor een hapje"),
        ("site_text", "16\n\n17", {"note": GALLERY}),
        ("paragraph", "En vergeet het springkussen"),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

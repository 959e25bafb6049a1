#!/usr/bin/env python3
"""Rebuild structure blind set 30 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch news pages of news outlets: local news sites, papers and e-papers of
Friesland (Drachten), Zuid-Holland (Alphen aan den Rijn, Bodegraven, Spijkenisse), Noord-Holland
(Beverwijk, via a crime-news site), Utrecht (Soesterberg, Utrecht University and Hogeschool Utrecht
news) and Overijssel (Oldenzaal), and Dutch national niche news (agriculture, education, health IT,
science, banking, a university magazine). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind30 and are NOT for the project repository.
Only the labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus
a START MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text (end
None = to the block's end; a string = a marker inside the block). Standard library only; the cutting
is done by tests/data/page_store_build.py.
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
    "fr112_drachten": ("https://112fryslan.nl/dodelijk-eenzijdig-ongeval/", None),
    "ha_jubileum": ("https://www.hierisalphen.nl/home/nieuws/alphen-aan-den-rijn-viert-dubbel-jubileum", None),
    "rs_kortnieuws": ("https://resource.wur.nl/nl/show/Kort-nieuws-1.htm", None),
    "ond_begroting": ("https://www.onderwijsnieuwsdienst.nl/nieuws/feed/12/nieuws/252893", None),
    "cs_beverwijk": (
        "https://www.crimesite.nl/arrestatie-in-onderzoek-naar-zware-mishandeling-rond-jeugdgroepen-in-beverwijk/",
        "2025-09-15",
    ),
    "ih_zorgnieuws": (
        "https://www.icthealth.nl/nieuws/tweede-operatierobot-zorgpremies-2026-thuismonitoring-en-meer",
        "2025-11-14",
    ),
    "dbk_gevangenissen": ("https://www.digitalebodegraafsekrant.nl/pages/nieuws.php?p=405", None),
    "dub_collegegeld": ("https://dub.uu.nl/nl/nieuws/studenten-university-college-vrezen-verhoging-collegegeld", None),
    "bo_varkens": (
        "https://www.boerderij.nl/Varkenshouderij/Nieuws/2019/4/Minder-varkens-aan-de-haak-in-eerste-kwartaal-2019-419181E/",
        "2019-04",
    ),
    "tr_bezuinigingen": ("https://trajectum.hu.nl/bezuinigingen-op-hoger-onderwijs-puur-theoretisch/", None),
    "ab_exoplaneten": (
        "https://www.astroblogs.nl/2025/09/20/er-zijn-nu-6-000-exoplaneten-bekend-and-still-counting/",
        "2025-09-20",
    ),
    "gn_hockey": (
        "https://www.grootnissewaard.nl/nieuws/algemeen/58749/hockeyers-spijkenisse-niet-opgewassen-tegen-westlandse-strafcorner",
        None,
    ),
    "ho_wadis": ("https://paper.hartvanoldenzaal.nl/open/d9791402", None),
    "bk_rente": ("https://www.banken.nl/nieuws/3493/dnb-rente-hypotheken-daalt-sneller-dan-spaarrente", None),
    "sb_nieuwjaar": ("https://www.soesterberg.nu/gemeente-soest-kijkt-tevreden-terug/amp", None),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- 112Fryslan (112fryslan.nl, emergency-services news site, Friesland) --------------------------
L(
    "fr112_drachten",
    None,
    [
        ("lede", "DRACHTEN – Bij een eenzijdig ongeval", {"note": NOTITLE + "; first paragraph with its dateline"}),
        ("paragraph", "Het ongeval vond rond 20.45 uur"),
        ("paragraph", "Door de harde klap tegen een boom"),
        ("paragraph", "De verkeersongevallen analisten"),
        (
            "site_text",
            "[zideo]zideo=6c6f6d54",
            {"note": "a video player's embed shortcode left in the text: site text"},
        ),
        (
            "site_text",
            "112Fryslan",
            {"note": "the outlet's name as a signature under the item (no author name): site text"},
        ),
    ],
)

# ---- Hier is Alphen (hierisalphen.nl, local news site of Alphen aan den Rijn, Zuid-Holland) -----
L(
    "ha_jubileum",
    None,
    [
        ("lede", "Tien jaar geleden gingen de gemeenten", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "“Tweeduizend jaar geschiedenis, tien"),
        ("subheading", "Eenheid in verscheidenheid\n"),
        ("paragraph", "De burgemeester noemt ‘op eigen wijze"),
        ("subheading", "Trots op vrijwilligers\n"),
        ("paragraph", "Ze is enorm trots op de enorme"),
        ("subheading", "Niet alleen in Alphen-stad\n"),
        ("paragraph", "De burgemeester wil dan ook nog eens", {"note": CUT}),
    ],
)

# ---- Resource (resource.wur.nl, Wageningen University & Research's news magazine) ---------------
L(
    "rs_kortnieuws",
    (1, 0, None),
    [
        ("site_text", "Student\n", {"note": "section tag above the title: site text"}),
        ("headline", "Kort nieuws\n", {"note": "the page title ('Short news', a round-up of science snippets)"}),
        (
            "subheading",
            "Oogjes dicht",
            {
                "note": "the first item's title glued to its first word ('Oogjes dichtOoggetuigen'): subheading, "
                "split inside the line (the other item titles stand on lines of their own)"
            },
        ),
        ("lede", "Ooggetuigen van een misdaad", {"note": "the first item's text"}),
        ("subheading", "Kweekvlees\n"),
        ("paragraph", "Het is Amerikaanse wetenschappers"),
        ("subheading", "Vergeten\n"),
        ("paragraph", "Nieuwe soorten ontdekken?"),
        ("subheading", "Succes\n"),
        ("paragraph", "Bergbeklimmers uit hiërarchische"),
        (
            "site_text",
            "Leave a Reply",
            {
                "note": "comment form: English heading 'Leave a Reply' and the notice that one must log in to "
                "comment: site text, one block"
            },
        ),
    ],
)

# ---- Onderwijs Nieuwsdienst (onderwijsnieuwsdienst.nl, Dutch education news aggregator) ---------
L(
    "ond_begroting",
    (0, 0, None),
    [
        ("headline", "Onderwijsbegroting aangenomen, geen"),
        ("site_text", "04.07.25\n", {"note": "publication date line: site text"}),
        ("lede", "De aanvullende begroting van het", {"note": "the item's text (one paragraph)"}),
        (
            "site_text",
            "In Leeuwarden opent na de kerstvakanti",
            {
                "note": "the feed's other items (teaser texts of seven other articles, without their titles: a Frisian "
                "school, a phone ban, a Haarlem robbery, Jochem Myjer ...): the aggregator's interface, site text, one "
                "block (doubtful: with no titles they could be read as further paragraphs; their topics are unrelated)"
            },
        ),
    ],
)

# ---- Crimesite (crimesite.nl, Dutch crime news; Beverwijk / Heemskerk, Noord-Holland) ----------
L(
    "cs_beverwijk",
    None,
    [
        (
            "site_text",
            "(Beeld: Mizzle Media)",
            {"note": "store date prefix removed; photo credit: site text; " + NOTITLE},
        ),
        ("lede", "De politie meldt maandag dat meerdere"),
        ("paragraph", "Maandagochtend brengen wijkagenten"),
        ("paragraph", "Afgelopen week werden verschillende"),
        ("subheading", "Veiligheidsrisicogebieden\n"),
        ("paragraph", "De burgemeesters van Beverwijk en"),
        ("paragraph", "Volgens de politie is er momenteel"),
    ],
)

# ---- ICT&health (icthealth.nl, Dutch health-IT trade news; weekly round-up) -----------------------
L(
    "ih_zorgnieuws",
    None,
    [
        (
            "lede",
            "Deze week in het kort zorgnieuws",
            {"note": "store date prefix removed; " + NOTITLE + "; the round-up's intro; " + CLEAN},
        ),
        ("subheading", "Tweede operatierobot Reinier de Graaf"),
        ("paragraph", "Het Reinier de Graaf Ziekenhuis heeft"),
        ("paragraph", "De eerste robot werd in 2016"),
        ("subheading", "Meeste Nederlanders blijft"),
        ("paragraph", "Uit onderzoek van Overstappen.nl"),
        ("paragraph", "De lage overstapbereidheid past", {"note": CUT}),
    ],
)

# ---- Digitale Bodegraafse Krant (digitalebodegraafsekrant.nl, local paper of Bodegraven, ZH) ----
L(
    "dbk_gevangenissen",
    (1, 0, None),
    [
        ("site_text", "NIEUWS\n", {"note": "section label: site text"}),
        ("headline", "Extra maatregelen om capaciteits"),
        ("site_text", "15-03-2024\n", {"note": "publication date line: site text"}),
        (
            "site_text",
            "Van de redactie\n",
            {"note": "author label without a name ('from the editors'): site text"},
        ),
        ("lede", "Minister Weerwind voor Rechtsbescherm"),
        ("paragraph", "Deze extra acties worden genomen", {"note": "keeps the whitespace-only line above it"}),
        ("paragraph", "Minister Weerwind: “Deze acties"),
        ("paragraph", "In juli 2024 wordt bekeken of"),
        (
            "list_item",
            "Meer gedetineerden een deel van hun",
            {
                "note": "the measures announced with a colon, one a line, bullets lost in extraction: list items "
                "(doubtful: could be paragraphs)"
            },
        ),
        ("list_item", "Het doorplaatsen vanuit detentie", {"note": CUT}),
    ],
)

# ---- DUB (dub.uu.nl, Utrecht University's independent news site) -------------------------------
L(
    "dub_collegegeld",
    (1, 0, None),
    [
        (
            "caption",
            "'Straks zitten hier alleen nog maar",
            {
                "tail": "foto HenkvD/Creative Commons",
                "note": "photo caption (a quote) with the photo credit glued to its end as the tail",
            },
        ),
        ("headline", "Studenten University College vrezen"),
        ("site_text", "Body:", {"note": "a CMS field label ('Body:') left in the page: site text"}),
        ("lede", "Studenten van University College", {"note": "the intro"}),
        (
            "site_text",
            "Studenten van University College",
            {
                "note": "the intro printed a second time, word for word: site text (doubtful: which copy is the "
                "repeat is arbitrary; the first is kept as lede)"
            },
        ),
        ("paragraph", "Vorige week ontvingen de UCU-studenten"),
        ("paragraph", "Het university college richt zich"),
        ("paragraph", "Volgens UCU zijn er grofweg drie"),
        ("subheading", "Studentenraad wil sociale diversiteit"),
        ("paragraph", "UCU denkt aan een mogelijke verhoging", {"note": CUT}),
    ],
)

# ---- Boerderij (boerderij.nl, Dutch agricultural trade news; pig farming) ----------------------
L(
    "bo_varkens",
    None,
    [
        (
            "lede",
            "Het aantal varkens dat in het eerste",
            {"note": "store date prefix removed; " + NOTITLE + "; the intro; " + CLEAN},
        ),
        ("paragraph", "Volgens de cijfers van RVO.nl"),
    ],
)

# ---- Trajectum (trajectum.hu.nl, Hogeschool Utrecht's independent news site) --------------------
L(
    "tr_bezuinigingen",
    (1, 0, None),
    [
        ("site_text", "Kort\n", {"note": "rubric name ('Short'): site text"}),
        ("headline", "Bezuinigingen op hoger onderwijs? Puur"),
        ("lede", "Een paar dagen geleden leek het nog", {"note": "the whole item is one paragraph"}),
    ],
)

# ---- Astroblogs (astroblogs.nl, Dutch astronomy and space news blog) ----------------------------
L(
    "ab_exoplaneten",
    None,
    [
        (
            "site_text",
            "door\n",
            {
                "note": "store date prefix removed; an author label ('door', 'by') whose name did not come through: "
                "site text; " + NOTITLE
            },
        ),
        ("lede", "Het was in 1995 dat de allereerste"),
        ("paragraph", "Het aantal exoplaneten zal komende"),
        (
            "site_text",
            "Bron: NASA.",
            {
                "note": "source line under the post ('Source: NASA.'): site text like a credit (doubtful: it is the "
                "author's own attribution and could be kept as article text)"
            },
        ),
    ],
)

# ---- Groot Nissewaard (grootnissewaard.nl, local paper of Spijkenisse / Nissewaard, ZH) --------
L(
    "gn_hockey",
    (2, 0, None),
    [
        (
            "caption",
            "De hockeyers van HV Spijkenisse wacht",
            {
                "tail": "Fotografie: Peter de Jong.",
                "note": "photo caption, the photographer's credit its tail; printed twice in a row: the first copy is"
                " the caption (STRUCTURE_CONVENTIONS.md; relabelled stop 44 — labelled alt text before)",
            },
        ),
        (
            "site_text",
            "De hockeyers van HV Spijkenisse wacht",
            {"note": "the caption printed again (its second copy): site text (relabelled stop 44)"},
        ),
        ("headline", "Hockeyers Spijkenisse niet opgewassen"),
        ("site_text", "Sport 966 keer gelezen", {"note": "section name and read count: site text"}),
        ("lede", "Spijkenisse- De hockeyers van HV", {"note": "first paragraph with its place dateline"}),
        ("paragraph", "'De stafcorner van Westland heeft"),
        ("paragraph", "HV Spijkenisse: Tim Graafland;", {"note": "the line-up"}),
        ("site_text", "Afbeelding\nAfbeelding", {"note": "six image placeholders ('Afbeelding'): site text"}),
        (
            "site_text",
            "Stuur jouw foto",
            {
                "note": "reader links at the end ('send your photo', 'mail the editors', 'report a correction'): a "
                "request for tips, site text, one block"
            },
        ),
        ("site_text", "Uit de krant", {"note": "heading of a 'from the paper' box, printed twice: site text"}),
    ],
)

# ---- Hart van Oldenzaal (paper.hartvanoldenzaal.nl, local weekly of Oldenzaal, Overijssel; e-paper)
L(
    "ho_wadis",
    (1, 0, None),
    [
        (
            "site_text",
            "Hart van Oldenzaal\n\n8 februari 2019",
            {"note": "e-paper edition header (paper name and date, printed twice): site text, one block"},
        ),
        ("headline", "Oldenzaal moet droge voeten houden met"),
        ("lede", "OLDENZAAL - De inwoners van de", {"note": "the intro with its dateline"}),
        ("paragraph", "Door klimaatverandering zijn de"),
        ("subheading", "Bijeenkomst\n"),
        ("paragraph", "De informatiebijeenkomst is dinsdag"),
        (
            "site_text",
            "Melding nodig voor evenement",
            {
                "note": "the next article of the e-paper front page (title, dateline, paragraphs; cut): site text, "
                "one block (doubtful: it carries full item text of its own)"
            },
        ),
    ],
)

# ---- Banken.nl (banken.nl, Dutch banking and finance news) ----------------------------------------
L(
    "bk_rente",
    (0, 0, None),
    [
        ("headline", "DNB: Rente hypotheken daalt sneller"),
        (
            "site_text",
            "31 juli 2015 Banken.nl 2 min. leestijd",
            {"note": "date, the outlet's name as author and reading time on one line: site text, one block"},
        ),
        ("site_text", "Meer nieuws over\n", {"note": "heading of a topic-tag box whose tags did not come through"}),
        ("lede", "Ten opzichte van april is de"),
        ("paragraph", "Zowel de rentes op spaarrekeningen"),
        (
            "caption",
            "Verschil hypotheekrente en spaarrente",
            {
                "note": "title of a chart (the chart itself is not in the text): caption (doubtful: could be a subheading)"
            },
        ),
        ("subheading", "Spaarrente daalt\n"),
        ("paragraph", "De €350 miljard aan spaargeld van"),
        ("caption", "Cumulatieve maand op maand mutaties", {"note": "title of a second chart: caption (doubtful)"}),
        ("subheading", "Hypotheekrentes\n"),
        ("paragraph", "Op uitstaande hypotheken betalen", {"note": CUT}),
    ],
)

# ---- Soesterberg.nu (soesterberg.nu, local news site of Soesterberg / Soest, Utrecht) -----------
L(
    "sb_nieuwjaar",
    (1, 0, None),
    [
        ("site_text", "Laatste nieuws Soesterberg\n", {"note": "section label above the title: site text"}),
        ("headline", "Gemeente Soest kijkt tevreden terug\n"),
        ("lede", "De gemeente Soest kijkt tevreden"),
        ("paragraph", "Op 18 en 25 januari kwamen"),
        ("subheading", "Drukbezochte bijeenkomsten\n"),
        ("paragraph", "In Soesterberg vond de bijeenkomst"),
        ("paragraph", "Raadslid Peter Lucas was enthousiast"),
        ("subheading", "Brede activiteiten voor jong en oud\n"),
        ("paragraph", "Na de lunch konden bezoekers"),
        ("paragraph", "De opzet bleek een schot in de roos."),
        ("subheading", "Waardevolle ontmoetingen\n"),
        ("paragraph", "De nieuwjaarsbijeenkomsten brachten"),
        ("paragraph", "De gemeente Soest kijkt uit naar", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

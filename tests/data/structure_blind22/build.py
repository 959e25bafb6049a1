#!/usr/bin/env python3
"""Rebuild structure blind set 22 (texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party news pages. They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, exactly as the tool returned them, in pages_raw.json next to this file (url ->
excerpt). That file and the texts stay in /work/data/structure-blind22 and are NOT for the project
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
    "sampol_doorbraak": ("https://www.sampol.be/2022/03/de-verborgen-agenda-van-doorbraak", None),
    "doorbraak_dewever": ("https://doorbraak.be/wij-willen-een-gedeelde-samenleving-geen-verdeelde/", None),
    "schuttevaer_steunpunt": (
        "https://www.schuttevaer.nl/nieuws/varend-bestaan/nid27914-het-gevoel-gefaald-te-hebben-is-nog-het-ergst.html",
        "2017-12",
    ),
    "ijmuidercourant_hackers": (
        "http://www.ijmuidercourant.nl/algemeen/technologie/article28916473.ece/Ethische-hackers-ontdekken-690-lekken",
        "2017-01",
    ),
    "villamedia_vn": (
        "https://www.villamedia.nl/artikel/vrij-nederland-door-zonder-vaste-redactie?utm_campaign=Jeroen%20Verkroost%27s%20Newsletter&utm_medium=email&utm_source=Revue%20newsletter",
        None,
    ),
    "vilt_terugblik": ("https://www.vilt.be/index.php/nl_BE/document/show/id/126214", None),
    "bnrheadlines_energie": ("https://omny.fm/shows/bnr-headlines/tno-1", None),
    "veto_ridouani": (
        "https://www.veto.be/sociaal/de-koten-in-leuven-zijn-niet-duurder-dan-in-gent-of-antwerpen/242931",
        None,
    ),
    "sprout_dreamordonate": (
        "https://mtsprout.nl/nieuws/nieuws-startups-scaleups/verdwenen-dream-or-donate-haalde-56-miljoen-op-elon-musk-dist-jack-ma",
        None,
    ),
    "skipr_trends": ("https://www.skipr.nl/nieuws/dit-zijn-de-trends-in-de-nieuwe-skipr99/", "2026-01-15"),
    "distrifood_week44": ("https://www.distrifood.nl/193587/weekoverzicht-week-44-foodretailbranche", "2025-11-01"),
    "rtvfocus_jaaroverzicht": ("https://www.rtvfocuszwolle.nl/rtv-focus-blikt-terug-op-2021-jaaroverzicht/amp/", None),
    "upday_venlo": ("https://www.upday.com/nl/video-meerdere-bedrijfsgebouwen-in-venlo-in-lichterlaaie", "2023-05"),
    "dwars_apache": ("https://dwars.be/nl/artikel/apache", None),
    "vi_kortom": ("https://vi.nl/nieuws/kortom/kortom---go-ahead-huurt-lelieveld-kruys-langer-bij-fc-utrecht", None),
}


def L(name: str, headline, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


CUT = "the store's excerpt ends here, cut mid-sentence or mid-word at its ~2,000-character limit; the fragment is kept as article text"
LABEL = "section / category / content-type label of the site above the title: site text"
DECK = "deck (subtitle) printed under the title: article text, labelled lede (doubtful: could be read as a subheading)"
READON = "link phrase pointing to the full article ('Lees verder' / 'Lees het volledige artikel' = read on): site text"
CREDIT = "photo credit without caption text: site text"
STAMP = "publication date line of the page on its own: page furniture, site text (blind13-20 convention for date lines)"
PULL = "pull quote: a sentence of the article shown again (or ahead) as a highlighted quote; labelled quote = article text (doubtful: a reader may get it twice)"
QUESTION = "interviewer's question (its own line in the page): article text, labelled paragraph (doubtful: could be read as a subheading)"
FORMAT = "the page's standing self-description of its format (the same words on every edition): site text (blind20 convention for liveblog self-description; doubtful: it is in the editors' voice and introduces the article)"

# ---- Samenleving & Politiek (Flemish monthly of opinion, sampol.be) -------------------------------
L(
    "sampol_doorbraak",
    (1, 0, None),
    [
        ("site_text", "Abonneer Log in", {"note": "subscribe and log-in links of the site header: site text"}),
        ("headline", "De verborgen agenda van Doorbraak"),
        (
            "site_text",
            "Samenleving & Politiek, Jaargang 29",
            {
                "note": "issue reference of the printed magazine (title, volume, year, number, pages): metadata line, site text (doubtful: a reader may want the print source)"
            },
        ),
        ("lede", "De redactie van Doorbraak lijkt"),
        ("paragraph", "Waar kan een sociaal voelende"),
        ("paragraph", "Doorbraak spitst zich, naar eigen"),
        (
            "quote",
            "Tot voor de verkiezingen van 2019",
            {"note": PULL + "; here the pull quote shortens the sentence that follows it"},
        ),
        ("paragraph", "Tot voor de parlementsverkiezingen", {"note": CUT}),
    ],
)

# ---- Doorbraak (Flemish opinion / news site), interview --------------------------------------------
L(
    "doorbraak_dewever",
    (1, 0, None),
    [
        ("site_text", "Actualiteit", {"note": LABEL}),
        ("headline", "‘Wij willen een gedeelde"),
        ("lede", "Bart De Wever gaat voor +30%", {"note": DECK}),
        ("paragraph", "‘Doorbraak: Wat zijn voor uw", {"note": QUESTION}),
        ("paragraph", "‘De keuze voor de kiezer op 25"),
        ("paragraph", "Hoe heeft de regering-Di Rupo", {"note": QUESTION}),
        ("paragraph", "‘Het waren grotendeels verloren"),
        ("subheading", "Vlaamse regering"),
        ("paragraph", "Maakt u ook eens een balans", {"note": QUESTION + "; " + CUT}),
    ],
)

# ---- Schuttevaer (inland-shipping trade weekly), meeting report ---------------------------------------
L(
    "schuttevaer_steunpunt",
    (1, 0, "Facebook"),
    [
        (
            "site_text",
            "Schuttevaer Premium",
            {"note": "brand + paywall label ('Premium') in front of the title on the same line: site text"},
        ),
        (
            "headline",
            "‘Het gevoel gefaald te hebben",
            {
                "tail": "Facebook",
                "note": "title; the share button 'Facebook' glued after it on the same line is its site_text_tail",
            },
        ),
        ("lede", "Een hoop narigheid kregen"),
        ("byline", "Door Dick den Braber"),
        ("paragraph", "Voor zij het woord kreeg"),
        ("subheading", "Riverspeak"),
        ("paragraph", "Als alternatief hiervoor noemde"),
        ("paragraph", "De Vlaamse binnenvaartcartograaf"),
        ("subheading", "Stekker eruit"),
        ("paragraph", "Na de pauze was het de beurt", {"note": CUT}),
    ],
)

# ---- IJmuider Courant (regional daily, Mediahuis Noord), agency story ----------------------------------
L(
    "ijmuidercourant_hackers",
    (0, 0, None),
    [
        ("headline", "Ethische hackers ontdekken 690"),
        ("lede", "AMSTERDAM - Ethische hackers"),
        (
            "byline",
            "Door ANP - 4-1-2017, 14:34",
            {
                "tail": "- 4-1-2017, 14:34",
                "note": "agency credit 'Door ANP' = byline; the publication and update time glued after it are its site_text_tail (date line convention; doubtful: an agency credit could be read as site text)",
            },
        ),
        ("paragraph", "In totaal waren er 690 lekken"),
        ("paragraph", "Aan PROJECT366 is nu een einde"),
    ],
)

# ---- Villamedia (journalism trade news of the Dutch union of journalists) --------------------------------
L(
    "villamedia_vn",
    (2, 0, None),
    [
        (
            "site_text",
            "mgm nvj maart",
            {"note": "name of an advertising banner left by the extraction above the article: site text"},
        ),
        (
            "site_text",
            "— dinsdag 9 juli 2019, 16:54",
            {
                "note": "date line with comment counter and prompt ('0 reacties, praat mee' = 0 comments, join in): site text"
            },
        ),
        ("headline", "‘Vrij Nederland door zonder"),
        (
            "site_text",
            "‘Vrij Nederland door zonder",
            {
                "note": "the title repeated by the template over the lead photo: site text (blind13-20 convention for a repeated headline)"
            },
        ),
        (
            "caption",
            "Ward WIjndelts - © Rolf Rosing",
            {
                "tail": "© Rolf Rosing / VN",
                "note": "lead-photo caption (the person's name) with the photo credit as its site_text_tail",
            },
        ),
        (
            "lede",
            "Volgens NRC is vorige week bijna",
            {
                "tail": "Laatste wijziging:",
                "note": "intro; the 'last modified' time glued to its end is its site_text_tail",
            },
        ),
        ("paragraph", "De ontslagen maken volgens"),
        ("paragraph", "Het opinieblad zit al langere"),
        ("paragraph", "De uitgave hoeft van WPG"),
        ("paragraph", "Om dat voor elkaar te krijgen"),
        ("paragraph", "De kogel wat betreft die"),
        ("paragraph", "Wijndelts wil geen commentaar"),
        (
            "site_text",
            "Tip de redactie",
            {"note": "tips request box ('Tip de redactie' + the Publeaks pointer): site text, one block"},
        ),
        ("site_text", "Praat mee", {"note": "heading of the comment section ('join the conversation'): site text"}),
        (
            "site_text",
            "Colofon",
            {
                "note": "site footer: colophon with publisher, addresses, invoice data (cut by the store): site text, one block"
            },
        ),
    ],
)

# ---- VILT (Flemish agriculture news service), editor's look back -----------------------------------------
L(
    "vilt_terugblik",
    (1, 0, None),
    [
        (
            "site_text",
            "nieuwsbrief",
            {
                "note": "newsletter sign-up box of the site header ('Inschrijven op de gratis nieuwsbrief'): site text, one block"
            },
        ),
        ("headline", "Terugblik op 10 jaar"),
        ("site_text", "10.10.2019", {"note": STAMP + "; the deck follows on the same line"}),
        ("lede", "Vijf artikels die onder je vel", {"note": DECK}),
        ("paragraph", "“Waar halen jullie al dat"),
        (
            "subheading",
            "Botulisme is een tijdbom",
            {"note": "title of a re-presented older article with its year: subheading of the look back"},
        ),
        ("paragraph", "Begin oktober speelde zich"),
        ("site_text", "Lees hier verder.", {"note": READON}),
        ("subheading", "ABS wil geen boerenkerkhof"),
        ("paragraph", "Milieuambtenaren, medewerkers", {"note": CUT}),
    ],
)

# ---- BNR Nieuwsradio headline clip on omny.fm (podcast host page of a news item) --------------------------
L(
    "bnrheadlines_energie",
    (1, 0, None),
    [
        (
            "site_text",
            "BNR HeadlinesBNR Headlines",
            {"note": "podcast show name, twice (glued), of the host page header: site text"},
        ),
        ("headline", "‘Energiekosten liggen hier 30"),
        ("site_text", "View descriptionShare", {"note": "English player buttons of the podcast host: site text"}),
        ("lede", "De Nederlandse maakindustrie", {"note": "the clip's description: the news text the page holds"}),
        (
            "site_text",
            "Lees het hele artikel op bnr.nl",
            {"note": "pointer to the full article on bnr.nl with the title repeated: site text"},
        ),
        (
            "site_text",
            "• Facebook",
            {"note": "share buttons as a bulleted list: site text, one block (not list items: chrome)"},
        ),
        ("site_text", "In 1 playlist(s)", {"note": "playlist counter of the host: site text"}),
        (
            "site_text",
            "BNR Headlines",
            {"note": "the show's standing promo ('listen whenever you like'), cut by the store: site text"},
        ),
        (
            "site_text",
            "Social links",
            {"note": "host navigation ('Social links', 'Recent clips', clip counter): site text, one block"},
        ),
    ],
)

# ---- Veto (Leuven student weekly), interview ---------------------------------------------------------
L(
    "veto_ridouani",
    (1, 0, None),
    [
        (
            "site_text",
            "interview> Navraag: Mohamed",
            {
                "note": "content-type label 'interview>' + rubric label 'Navraag: <name>' above the title: "
                + LABEL
                + " (doubtful: 'Navraag: Mohamed Ridouani' could be read as a kicker of the article)"
            },
        ),
        ("headline", "'De koten in Leuven zijn niet"),
        ("lede", "Mohamed Ridouani is sinds 2019"),
        ("site_text", "Gepubliceerd", {"note": "'published' label whose date the extraction lost: site text"}),
        (
            "site_text",
            "Leuven na 3 jaar Mo",
            {
                "note": "series box (series title + 'Lees al onze artikels hier' = read all our articles here): site text, one block"
            },
        ),
        ("paragraph", "Pal in het midden van zijn"),
        ("paragraph", "Burgemeester zijn, was dat", {"note": QUESTION}),
        ("paragraph", "Mohamed Ridouani: 'Politiek"),
        ("paragraph", "'Na mijn studies ben ik"),
        ("quote", "'De drang om iets maatschappelijks", {"note": PULL}),
        ("paragraph", "'Toen ik werd gevraagd om op"),
        ("paragraph", "Hoe bent u dan burgemeester", {"note": QUESTION}),
        ("paragraph", "'Ik had een heel goed resultaat", {"note": CUT}),
    ],
)

# ---- Sprout (business / start-up news, mtsprout.nl), numbered news round-up ---------------------------
L(
    "sprout_dreamordonate",
    (1, 0, None),
    [
        (
            "site_text",
            "Winkelmand",
            {"note": "the web shop's cart widget ('Winkelmand' + 'no products in the cart'): site text, one block"},
        ),
        ("headline", "‘Verdwenen’ Dream or Donate haalde"),
        ("lede", "Ondernemersnieuws: donatiesite"),
        ("subheading", "1. ‘Verdwenen’ Dream or Donate"),
        ("paragraph", "Het in opspraak geraakte"),
        (
            "paragraph",
            "Update 20:16 uur:",
            {"note": "editorial update with a correction of the amount: article text (it carries news)"},
        ),
        ("subheading", "2. Deliveroo buigt en draait"),
        ("paragraph", "Deliveroo draait de", {"note": CUT}),
    ],
)

# ---- Skipr (health-care management trade news) --------------------------------------------------------
L(
    "skipr_trends",
    (1, 0, None),
    [
        ("site_text", "Skipr", {"note": "brand / section label above the title: site text"}),
        ("headline", "Dit zijn de trends in de nieuwe"),
        ("byline", "Sterre ten Houte de Lange"),
        ("site_text", ",", {"note": "stray separator of the author line left by the extraction: site text"}),
        ("lede", "De Skipr99 komt er weer aan."),
        (
            "site_text",
            "podcast icon",
            {
                "note": "embedded podcast player: icon alt text, 'Beluister hier de podcast', episode number and title: site text, one block"
            },
        ),
        ("paragraph", "De opmars van vrouwen in het"),
        ("paragraph", "Verder valt op dat bestuurders"),
        (
            "paragraph",
            "De Skipr99 verschijnt donderdag",
            {"note": "announcement of the list's publication date: article text"},
        ),
    ],
)

# ---- Distrifood (food-retail trade news), weekly digest -------------------------------------------------
DIGEST = "teaser of one of the week's articles: article text of the digest"
L(
    "distrifood_week44",
    (0, 0, None),
    [
        (
            "headline",
            "Niet te missen: Schoon schip",
            {"note": "the digest's published title, with its standing 'Niet te missen:' prefix, kept whole"},
        ),
        ("site_text", "De nieuwe werkweek goed", {"note": FORMAT}),
        ("paragraph", "Jumbo neemt afscheid van een", {"note": DIGEST}),
        ("site_text", "Lees het volledige artikel", {"note": READON}),
        ("site_text", "Foto: ANP", {"note": CREDIT}),
        ("paragraph", "Albert Heijn en ex-AH-franchiser", {"note": DIGEST}),
        ("site_text", "Lees het volledige artikel", {"note": READON}),
        ("site_text", "Foto: Distrifood", {"note": CREDIT}),
        ("paragraph", "Door de deal die Jumbo in juni", {"note": DIGEST}),
        ("site_text", "Lees het volledige artikel", {"note": READON}),
        ("site_text", "Foto: Distrifood", {"note": CREDIT}),
        ("paragraph", "Supermarkten in Limburg sluiten", {"note": DIGEST}),
        ("site_text", "Lees het volledige artikel", {"note": READON}),
        (
            "caption",
            "Collage sluitende supers",
            {"tail": "Foto: Distrifood & Google", "note": "photo caption with the credit as its site_text_tail"},
        ),
        ("paragraph", "Vomar rolt momenteel een update", {"note": DIGEST}),
        ("site_text", "Lees het volledige artikel", {"note": READON}),
        ("site_text", "Foto: Distrifood", {"note": CREDIT}),
        ("paragraph", "Het vermogen van de Deen-familie", {"note": DIGEST}),
        ("site_text", "Lees hier het hele artikel", {"note": READON}),
        ("site_text", "Foto: Distr", {"note": CREDIT + "; cut by the store"}),
    ],
)

# ---- RTV Focus Zwolle (local broadcaster), year in review (AMP page) -------------------------------------
L(
    "rtvfocus_jaaroverzicht",
    (1, 0, None),
    [
        (
            "site_text",
            "Kunst & CultuurNieuws uit Zwolle",
            {
                "note": "three category labels glued together ('Kunst & Cultuur', 'Nieuws uit Zwolle', 'Voorpagina'): "
                + LABEL
            },
        ),
        ("headline", "RTV Focus blikt terug op 2021"),
        ("lede", "Zwolle – 2021 was weer een"),
        ("subheading", "Januari", {"note": "month heading of the review"}),
        ("subheading", "Staking Scania Zwolle", {"note": "title of a re-presented item of the month"}),
        (
            "paragraph",
            "Honderden medewerkers van Scania",
            {"tail": "Lees verder", "note": READON + ", glued: site_text_tail"},
        ),
        ("site_text", "Foto © RTV Focus Zwolle", {"note": CREDIT}),
        ("subheading", "Kerstbomenactie 2021"),
        ("paragraph", "Ook in 2021 werd de", {"tail": "Lees verder", "note": READON + ", glued: site_text_tail"}),
        ("subheading", "Rellen in centrum van Zwolle"),
        (
            "paragraph",
            "Het is onrustig in de binnenstad",
            {"tail": "Lees verder", "note": READON + ", glued: site_text_tail"},
        ),
        (
            "site_text",
            "Bekijk hier de foto’s",
            {"note": "pointer to a photo gallery ('see the photos here'): site text"},
        ),
        ("subheading", "Februari", {"note": "month heading of the review"}),
        ("subheading", "Sneeuwpret in Zwolle"),
        (
            "paragraph",
            "De sneeuwval zorgt voor een hoop",
            {"tail": "Lees verder", "note": READON + ", glued: site_text_tail"},
        ),
        ("subheading", "PvdA wil vaarverbod voor"),
        (
            "paragraph",
            "Schaatsen op de Zwolse grachten",
            {"tail": "Lees verder", "note": READON + ", glued: site_text_tail"},
        ),
        ("subheading", "GGD IJsselland klaar voor"),
        ("paragraph", "In de IJsselhallen zijn ze nu", {"note": CUT}),
    ],
)

# ---- upday (news aggregator app, Dutch edition), ANP-based story ----------------------------------------
L(
    "upday_venlo",
    None,
    [
        (
            "lede",
            "In Venlo is zaterdag een zeer",
            {
                "tail": "De redactie van upday deelt",
                "note": "the stored text starts below the title (no headline in the text: gold headline null); the aggregator's sentence pointing to its embedded video ('the upday newsroom shares images of ...') glued to the intro is its site_text_tail (doubtful: it is a full sentence in the article's voice)",
            },
        ),
        ("paragraph", "De uitslaande brand veroorzaakt"),
        ("paragraph", "Het gaat volgens de woordvoerder"),
        ("paragraph", "De brand brak rond 17.15 uur"),
        ("paragraph", "Rond 22.00 uur brandde het nog"),
        ("paragraph", "De Veiligheidsregio Limburg", {"note": CUT}),
    ],
)

# ---- Dwars (Flemish student magazine), interview article --------------------------------------------------
L(
    "dwars_apache",
    (0, 0, None),
    [
        ("headline", "Apache", {"note": "the article's title is the interviewed outlet's name"}),
        ("lede", "in gesprek met hoofdredacteur", {"note": DECK}),
        ("site_text", "12/10/2021", {"note": STAMP}),
        (
            "paragraph",
            "Hln.bevrtnws.bedemorgen.be: de",
            {"note": "intro (its first word is three glued domain names, as written)"},
        ),
        ("paragraph", "Karl van den Broeck introduceert"),
        ("paragraph", "Oké, dat is de financieel"),
        ("subheading", "werktitel"),
        ("paragraph", "Apache is ontstaan uit een groot", {"note": CUT}),
    ],
)

# ---- Voetbal International (football weekly, vi.nl), running 'Kortom' news list ---------------------------
ITEM = "one news item of the running list (its points separated by bullets, on one line): list item"
L(
    "vi_kortom",
    (0, 0, None),
    [
        (
            "headline",
            "Kortom - Go Ahead huurt Lelieveld",
            {
                "note": "published title with the rubric prefix 'Kortom - ' (in short), kept whole (doubtful: the prefix is a rubric label)"
            },
        ),
        ("site_text", "In onderstaand overzicht lees je", {"note": FORMAT}),
        ("list_item", "• Go Ahead Eagles heeft volgend", {"note": ITEM}),
        ("list_item", "• FC Utrecht en assistent-trainer", {"note": ITEM}),
        ("list_item", "• Robert van Koesveld verlaat", {"note": ITEM}),
        ("list_item", "• Na negen jaar keert Martin", {"note": ITEM}),
        ("list_item", "• Twee aanhangers van Sparta", {"note": ITEM}),
        ("list_item", "• Kevin Vermeulen vervolgt zijn", {"note": ITEM + "; " + CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

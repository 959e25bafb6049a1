#!/usr/bin/env python3
"""Rebuild structure set 82 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NOS, NRC, RTV Noord, De Gelderlander, Omroep Brabant, Tubantia, De Stentor, Hart van Nederland)
and eight Flemish (Gazet van Antwerpen, WTV (Focus-WTV), RTV, HLN, Het Nieuwsblad, KW, Het Belang
van Limburg, Trends). They come from the `search` tool's "pages" corpus (stored public web pages,
text as the store extracted it), which cannot be re-fetched by a script; so the excerpts are kept,
as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That file and the
texts stay in /work/data/structure-blind82 and are NOT for the project repository. Only the labels
(ours) live here, in LABELS, and they hold no article text: each block is a kind plus a START
MARKER (the first characters of the block, at most 38, with an occurrence skip count where
needed). A block runs from its marker to the next block's marker; its gold text is that span,
stripped of surrounding whitespace. `tail` is the start marker of site text glued to the end of a
block (gold `site_text_tail`). The headline is (block index, start, end) into that block's text
(end None = to the block's end). Standard library only; the cutting is done by
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
    # Dutch
    "nos_stikstof": (
        "https://nos.nl/artikel/2432238-stikstofdoelenkaart-geeft-meer-helderheid-maar-het-wordt-een-hele-klus",
        "2022-06",
    ),
    "nrc_terugblik": ("https://www.nrc.nl/nieuws/2022/12/24/de-grote-terugblikshow-2022-a4152531", "2022-12"),
    "rtvn_brandweer": (
        "http://www.rtvnoord.nl/nieuws/180368/Gele-brandweerwagen-verdwijnt-voorgoed-uit-Stad-en-Ommeland",
        "2017-07",
    ),
    "gld_gemist": (
        "https://www.gelderlander.nl/home/nieuws-gemist-de-jonge-geeft-duidelijke-waarschuwing-aan-voetbalwereld-en-brokkentunnel-week-lang-gesloten~a10193df/",
        "2021-08",
    ),
    "ob_a59": (
        "https://www.omroepbrabant.nl/nieuws/4091849/auto-vast-onder-aanhanger-a59-bij-nieuwkuijk-uren-dicht-geweest",
        "2022-05",
    ),
    "tub_storm": (
        "https://www.tubantia.nl/binnenland/live-knmi-denkt-na-over-code-rood-voor-kustprovincies-het-wordt-een-lange-storm~ac1f21e0/",
        None,
    ),
    "stentor_storm": (
        "https://www.destentor.nl/flevoland/plan-voor-stembureau-in-tv-toren-lelystad-gaat-niet-door~a217e689/",
        None,
    ),
    "hvn_almere": (
        "https://www.hartvannederland.nl/112/artikelen/centrum-almere-deels-ontruimd-om-verdacht-pakketje",
        None,
    ),
    # Flemish
    "gva_mechelen": ("http://www.gva.be/cnt/dmf20170527_02900577/huis-onbewoonbaar-na-woningbrand", "2017-05"),
    "wtv_veurne": ("http://www.wtv.be/nieuws/bestelwagen-rijdt-op-vrachtwagen-veurne", "2020-06"),
    "rtv_lier": (
        "https://www.rtv.be/artikels/buurt-even-geevacueerd-door-zware-woningbrand-centrum-lier-a118104",
        None,
    ),
    "hln_villa": ("https://www.hln.be/regio/lier/brand-in-leegstaande-villa~af36ae3e/", "2018-01"),
    "nb_vleteren": ("https://www.nieuwsblad.be/cnt/dmf20220813_95897744", "2022-08"),
    "kw_kuurne": (
        "http://kw.knack.be/west-vlaanderen/nieuws/ongevallen/nachtelijk-ongeval-langs-de-brugsesteenweg-in-kuurne/article-normal-246705.html",
        "2017-01",
    ),
    "hbvl_radio2": (
        "https://www.hbvl.be/cnt/dmf20150909_01858214/bekende-limburgers-nemen-het-op-voor-radio-2",
        None,
    ),
    "trends_peersman": (
        "https://trends.knack.be/nieuws/macro-economie-beleid/gert-peersman-ugent-ziet-te-optimistische-veronderstellingen-elke-begrotingscontrole-wordt-een-gevecht/embed",
        None,
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its caption not in the excerpt): site text"
TITLE = "the page title on its own line"
ITEM = "the round-up's item title in capitals, glued before the item's text with ' | ': split off as a subheading (doubtful: could be left in the item's paragraph)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NOS (nos.nl, NL public broadcaster; a report, the nitrogen map) --------------------------------------
L(
    "nos_stikstof",
    None,
    [
        ("lede", "Boeren in Nederland weten al jaren dat", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Zoals verwacht reageren milieuorganisa"),
        ("paragraph", "Vanuit milieu-perspectief noemt hij"),
        ("subheading", "Stoppen"),
        ("paragraph", "Verduurzamen, verplaatsen of"),
        ("paragraph", "De eerste reacties uit de landbouwsect"),
        (
            "paragraph",
            "Sommige boerengezinnen peinzen er niet",
            {
                "note": "lead-in to an embedded video not in the excerpt ('... leggen ze uit in deze video van Nieuwsuur:'); it reports news of its own (some farming families will not stop): article text (doubtful: could be read as a video pointer, site text)"
            },
        ),
    ],
)

# ---- NRC (nrc.nl, NL national daily; a podcast episode page, the politics desk's year in review) ----------
L(
    "nrc_terugblik",
    (0, 0, None),
    [
        ("headline", "De grote terugblikshow 2022", {"note": TITLE}),
        ("lede", "Traditiegetrouw kijkt de politieke", {"note": "the episode's description, first paragraph"}),
        ("paragraph", "Je hoort over zorgen van de ombudsman"),
        (
            "site_text",
            "@LamyaeA // @pdekoning // @rik_rutten",
            {"note": "the contributors' social-media handles in one line (a credit list): site text"},
        ),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster, Groningen; a news item) ----------------------------
L(
    "rtvn_brandweer",
    (0, 0, None),
    [
        ("headline", "Gele brandweerwagen verdwijnt voorgoed", {"note": TITLE}),
        (
            "site_text",
            "(Foto: Veiligheidsregio Groningen)",
            {"note": "the lead photo's credit on a line of its own (the caption is not in the excerpt): site text"},
        ),
        ("lede", "De brandweer van Bad Nieuweschans"),
        ("paragraph", "Bad Nieuweschans had twintig jaar lang"),
        ("subheading", "Brandweerrood"),
        ("paragraph", "Na Bad Nieuweschans zijn Winschoten"),
        ("paragraph", "De nieuwe wagens beschikken over een"),
        ("byline", "Door: RTV Noord", {"note": "the author line ('Door: RTV Noord'): a byline, as 'Door ANP'"}),
    ],
)

# ---- De Gelderlander (gelderlander.nl, NL regional daily; the day's news, a round-up) --------------------
L(
    "gld_gemist",
    None,
    [
        (
            "site_text",
            "Is het je vandaag niet gelukt al het",
            {
                "note": NOTITLE
                + "; the round-up's standing frame ('Is het je vandaag niet gelukt ...? Geen probleem! De Gelderlander zet elke dag ... Dit is een selectie van het nieuws van vrijdag 20 augustus.'): site text (greeting-frame row, stop 44; standing lines, stop 46)"
            },
        ),
        ("subheading", "VEEL VERDRIET NA DOOD SUZANNE", {"note": ITEM}),
        ("lede", "Het is de grootste vrees van ouders.", {"note": "the first item's text"}),
        ("subheading", "WAARSCHUWING AAN VOETBALWERELD", {"note": ITEM}),
        ("paragraph", "Demissionair minister Hugo de Jonge"),
        ("subheading", "BELGISCHE VADER KOMT OM VOOR OGEN VAN", {"note": ITEM}),
        ("paragraph", "Bij een ongeluk op vakantie in Italië"),
        ("subheading", "ZIJ MOGEN NIET NAAR GP ZANDVOORT", {"note": ITEM}),
        ("paragraph", "Tickets voor de Grand Prix van"),
        (
            "site_text",
            "Volledig scherm",
            {
                "note": "the photo viewer's button label ('Volledig scherm'), glued before the caption: split off, site text"
            },
        ),
        ("caption", "Bastiaan Brans met bonuszoon Damian", {"note": "the item's photo caption; " + CUT}),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; an accident report) — stand-in -----------
L(
    "ob_a59",
    None,
    [
        (
            "caption",
            "De zwaar beschadigde auto en de",
            {
                "tail": "(foto: Iwan van Dun/SQ Vision",
                "note": NOTITLE + "; the photo gallery's four captions in one line, each with its credit; " + CREDIT,
            },
        ),
        ("caption", "De koffers die in de wagen lagen", {"tail": "(foto: Iwan van Dun/SQ Vision", "note": CREDIT}),
        ("caption", "De traumahelikopter landt op de A59", {"tail": "(foto: C. Daelman)", "note": CREDIT}),
        ("caption", "De brandweer probeert de inzittenden", {"tail": "(foto: Iwan van Dun/SQ Vision", "note": CREDIT}),
        ("site_text", "Volgende Vorige 1/4", {"note": "the gallery's controls ('Volgende Vorige 1/4'): site text"}),
        (
            "site_text",
            "De zwaar beschadigde auto en de",
            {
                "note": "the first caption with its credit printed again as the gallery's current slide: a later copy of a caption, site text (doubtful: the conventions' caption row speaks of copies in a row; blind79 oz_zeehond labelled a later caption copy so)"
            },
        ),
        ("lede", "De snelweg A59 is vrijdag vrijwel de"),
        ("paragraph", "De twee mensen die in de auto zaten"),
        (
            "subheading",
            "Brandweer bevrijdt inzittenden",
            {"note": "a section title glued at the end of the paragraph's line (no break before it): split off"},
        ),
        ("paragraph", "Het ongeval werd rond vijf voor een"),
        (
            "site_text",
            "Wachten op privacy instellingen...",
            {"note": "the placeholder of an embed waiting for cookie consent: site text"},
        ),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, Twente; a live page's opening, storm) — stand-in ----------
L(
    "tub_storm",
    (0, 0, None),
    [
        (
            "headline",
            "LIVE | KNMI denkt na over code rood",
            {"note": TITLE + "; the kicker 'LIVE |' glued into it stays in the headline"},
        ),
        ("site_text", "video", {"note": "a media label ('video') glued before the lede: split off, site text"}),
        (
            "lede",
            "Het KNMI overweegt om voor de",
            {
                "tail": "Volg alle ontwikkelingen over de storm",
                "note": "the live page's standing pointer glued at the end ('Volg alle ontwikkelingen over de storm in ons liveblog.'): its tail (standing lines, stop 46 row)",
            },
        ),
    ],
)

# ---- De Stentor (destentor.nl, NL regional daily; a storm item as the page gives it) — stand-in ---------
L(
    "stentor_storm",
    (0, 0, None),
    [
        (
            "headline",
            "code oranje Oost-Nederland zet zich",
            {
                "note": "the item's title on its own line, the kicker 'code oranje' glued into it stays in the headline (the URL's slug names another article; the text is labelled as it stands)"
            },
        ),
        (
            "site_text",
            "18:11",
            {"note": "a bare time glued before the text of a one-entry page: site text (bare-time row, stop 46)"},
        ),
        ("lede", "Haal wat los ligt naar binnen, of maak"),
    ],
)

# ---- Hart van Nederland (hartvannederland.nl, NL national TV news; a 112 item) — stand-in ----------------
L(
    "hvn_almere",
    None,
    [
        (
            "site_text",
            "112",
            {"note": NOTITLE + "; the section label ('112', emergencies) on a line of its own: site text"},
        ),
        ("site_text", "19 okt 2018, 14:48", {"note": "the publication date line: site text"}),
        (
            "site_text",
            "UPDATE:",
            {"note": "the genre label 'UPDATE:' glued before the lede: split off, site text (genre-label row)"},
        ),
        (
            "lede",
            "Het afgezette gebied in centrum van",
            {"note": "the update and the first report in one line (no break between them): one block"},
        ),
        (
            "site_text",
            "https://twitter.com/PolitieFlevo",
            {"note": "an embedded tweet's address left in the line: split off, site text"},
        ),
        (
            "paragraph",
            "Het filiaal van de Hema en de",
            {"tail": "ANP", "note": "the source 'ANP' glued at the end: its tail (attribution row)"},
        ),
        (
            "site_text",
            "Meld je aan voor onze wekelijkse",
            {"note": "the newsletter sign-up box: site text"},
        ),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; a fire report) --------------------------------
L(
    "gva_mechelen",
    None,
    [
        (
            "lede",
            "Mechelen - Op de Liersesteenweg in",
            {"note": NOTITLE + "; the place dateline stays in the lede; " + CLEAN},
        ),
        ("paragraph", "“Een geiser vatte vuur, de vlammen"),
    ],
)

# ---- WTV (wtv.be, Focus-WTV, Flemish regional TV, West Flanders; an accident report) ---------------------
L(
    "wtv_veurne",
    (0, 0, None),
    [
        ("headline", "Bestelwagen rijdt in op vrachtwagen in", {"note": TITLE + "; " + CLEAN}),
        ("lede", "Zaterdagavond gebeurde een zwaar"),
        ("paragraph", "De bestuurder van de bestelwagen zat"),
        ("subheading", "Recht stuk weg"),
        ("paragraph", "Het ongeval gebeurde op een recht stuk"),
        ("subheading", "Ook in Vleteren zwaar ongeval"),
        ("paragraph", "Bijna op het zelfde ogenblik gebeurde"),
    ],
)

# ---- RTV (rtv.be, Flemish regional TV, Antwerp Kempen/Mechelen; a fire report) — stand-in ---------------
L(
    "rtv_lier",
    (0, 0, None),
    [
        ("headline", "Buurt even geëvacueerd door zware", {"note": TITLE}),
        ("site_text", "don 28 Jul 2022", {"note": "the publication date line: site text"}),
        ("lede", "In Lier is een huis in de Blokstraat"),
    ],
)

# ---- HLN (hln.be, Flemish national daily, regional page; a fire report) — stand-in ----------------------
L(
    "hln_villa",
    (0, 0, None),
    [
        (
            "headline",
            "Brand in leegstaande villa",
            {"note": "the title, the only copy, at the start of a line that also holds a time and a comment count"},
        ),
        (
            "site_text",
            "02u34 0",
            {"note": "the time stamp and the comment count ('02u34 0') glued after the title: split off, site text"},
        ),
        (
            "lede",
            "De brandweer van Lier moest",
            {
                "tail": "(WVK)",
                "note": "the author code '(WVK)' glued at the end: its tail (an attribution glued to a block's end, as blind79 hbvl_heidebrand; doubtful: could be read as a byline)",
            },
        ),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a fatal crash) — stand-in --------------------
READON = "the reading note '(Lees verder onder de foto)' before a photo: site text"
L(
    "nb_vleteren",
    None,
    [
        ("lede", "Drama in Vleteren. Op een snikhete", {"note": NOTITLE}),
        ("paragraph", "Getuigen zagen hoe een pick-uptruck"),
        ("site_text", "(Lees verder onder de foto)", {"note": READON}),
        (
            "caption",
            "De man zou overleden zijn door een",
            {"tail": "— © Thijs Pattyn", "note": "the photo's caption; " + CREDIT},
        ),
        ("paragraph", "De toestand van de inzittenden leek"),
        (
            "paragraph",
            "De man zou overleden zijn door een",
            {"note": "a paragraph of its own (longer than the caption above, which it echoes): article text"},
        ),
        ("site_text", "(Lees verder onder de foto)", {"note": READON}),
        ("caption", "De vrouwelijke passagier is in", {"tail": "— © Thijs Pattyn", "note": CREDIT}),
        ("paragraph", "Zijn passagier, een vrouw van 42 jaar"),
        ("paragraph", "Het voertuig zou niet geremd hebben"),
        ("paragraph", "Het parket van West-Vlaanderen stuurde", {"note": CUT}),
    ],
)

# ---- KW (kw.knack.be, Krant van West-Vlaanderen on knack.be; an accident report) — stand-in --------------
L(
    "kw_kuurne",
    None,
    [
        ("lede", "Op de Brugsesteenweg gebeurde", {"note": NOTITLE}),
        (
            "site_text",
            "(NDZ)",
            {
                "note": "the author's initials in brackets on a line of its own: site text, as '(ANP)' alone on a line (doubtful: could be read as a byline)"
            },
        ),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; reactions to the Radio 2 Limburg plan) ----
L(
    "hbvl_radio2",
    (0, 0, None),
    [
        ("headline", "Bekende Limburgers nemen het op voor", {"note": TITLE}),
        ("site_text", "Print", {"note": "the print button's label: site text"}),
        ("site_text", "Foto: Chokri Mahassine", {"note": OWNCREDIT}),
        (
            "lede",
            "Bekende Limburgers nemen het op voor",
            {"note": "the first paragraph (it opens with the title's words but goes on: not a title copy)"},
        ),
        ("paragraph", "Stijn Meuris en Chokri Mahassine"),
        ("subheading", "Limburggevoel afpakken"),
        ("paragraph", "Voor Peter Vanvelthoven (voorzitter"),
        ("paragraph", '"Elke versterking van het Limburg', {"note": CUT}),
    ],
)

# ---- Trends (trends.knack.be, Flemish business weekly on knack.be; an article's embed view) — stand-in ---
L(
    "trends_peersman",
    None,
    [
        (
            "lede",
            "De regering-De Wever zal maar een",
            {"note": NOTITLE + "; the embed view holds the standfirst only"},
        ),
        (
            "site_text",
            "Kopieer en plak deze URL in je",
            {"note": "the embed box's two instruction lines (URL / code): one site-text block"},
        ),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

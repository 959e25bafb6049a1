#!/usr/bin/env python3
"""Rebuild structure set 81 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(NU.nl, Het Parool, Omroep Zeeland, Omroep Brabant, RTV Drenthe, Tubantia, 1Limburg and
De Telegraaf) and eight Flemish (De Morgen, Het Belang van Limburg, HLN, Het Nieuwsblad, ATV,
TV Oost, Ring and De Standaard). They come from the `search` tool's "pages" corpus (stored public web
pages, text as the store extracted it), which cannot be re-fetched by a script; so the excerpts
are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt). That
file and the texts stay in /work/data/structure-blind81 and are NOT for the project repository.
Only the labels (ours) live here, in LABELS, and they hold no article text: each block is a kind
plus a START MARKER (the first characters of the block, at most 38, with an occurrence skip count
where needed). A block runs from its marker to the next block's marker; its gold text is that
span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`). The headline is (block index, start, end) into that
block's text (end None = to the block's end). Standard library only; the cutting is done by
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
    "nu_amstelveen": (
        "https://www.nu.nl/binnenland/6017461/dode-bij-schietincident-in-amstelveen-daders-zijn-op-de-vlucht.html",
        None,
    ),
    "pr_devries": (
        "https://www.parool.nl/nederland/zo-werden-verdachten-van-aanslag-op-de-vries-na-een-uur-gepakt~b40f7eed/",
        "2021-07",
    ),
    "oz_excuses": (
        "http://www.omroepzeeland.nl/nieuws/2017-02-08/1087437/zeeland-wordt-wakker-excuses-boom-en-foutje",
        "2017-02",
    ),
    "ob_nieuwjaar": (
        "https://www.omroepbrabant.nl/nieuws/4617856/dit-was-de-nieuwjaarsnacht-brand-in-supermarkt-en-gewonden-door-vuurwerk",
        None,
    ),
    "rtvd_hoogeveen": (
        "https://www.rtvdrenthe.nl/nieuws/160353/Zeer-grote-brand-Hoogeveen-verwoest-twee-horecazaken",
        "2020-05",
    ),
    "tub_informateurs": (
        "https://www.tubantia.nl/tubbergen/informateurs-in-tubbergen-zetten-na-twee-maanden-punt-achter-hun-werk-raad-in-debat-over-de-uitkomsten~a8f3e5fe/",
        None,
    ),
    "l1_burgemeester": ("https://www.1limburg.nl/nieuws/1358174/live-wie-wordt-de-burgemeester-van-maastricht", None),
    "tg_schietpartij": (
        "http://www.telegraaf.nl/nieuws/1593577/dode-en-gewonden-bij-schietpartij-amsterdam",
        "2018-01",
    ),
    # Flemish
    "dm_beutels": (
        "https://www.demorgen.be/nieuws/gezondheidseconoom-philippe-beutels-de-vaccinatiepas-wordt-haast-onvermijdelijk~b932ab76/",
        None,
    ),
    "hbvl_videos": (
        "https://www.hbvl.be/cnt/dmf20180519_03521231/afscheid-van-een-legende-en-jodelen-voor-lommel-sk-dit-zijn-de-strafste-video-s-van-deze-week",
        "2018-05",
    ),
    "hln_hechtel": (
        "https://www.hln.be/regio/hechtel-eksel/video-een-dode-twee-kritiek-na-dramatisch-ongeval-in-hechtel~abe6c72b/",
        "2019-03",
    ),
    "nb_deurne": ("https://www.nieuwsblad.be/cnt/dmf20210605_93527312", "2021-06"),
    "atv_nacht": ("https://atv.be/nieuws/drukke-nacht-voor-de-hulpdiensten-in-antwerpen", "2020-01"),
    "tvo_nieuwerkerken": (
        "https://www.tvoost.be/nieuws/huis-uitgebrand-in-nieuwerkerken-bij-aalst-90-jarige-bewoner-ondertussen-overleden-196504",
        "2024-12",
    ),
    "ring_ring": (
        "https://www.ringtv.be/nieuws/man-overlijdt-na-poging-ring-rond-brussel-te-voet-over-te-steken",
        None,
    ),
    "ds_kortessem": ("https://www.standaard.be/cnt/dmf20190706_04498132", "2019-07"),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo credit on a line of its own (its caption not in the excerpt): site text"
PLUG = "a plug for the evening bulletin glued at the end: its tail (standing lines, stop 46 row)"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- NU.nl (nu.nl, NL national news site; a shooting, short report) ------------------------------------
L(
    "nu_amstelveen",
    None,
    [
        ("lede", "Bij een schietpartij in Amstelveen", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Er is een onderzoek ingesteld en de"),
        ("paragraph", "De politie meldt op Burgernet dat"),
        ("paragraph", "De politie raadt ooggetuigen af"),
    ],
)

# ---- Het Parool (parool.nl, NL daily, Amsterdam; a reconstruction of an arrest) ------------------------
L(
    "pr_devries",
    None,
    [
        ("site_text", "Beeld ANP", {"note": NOTITLE + "; the lead photo's credit on a line of its own: site text"}),
        ("lede", "Het is 19.29 uur en 59 seconden op"),
        ("paragraph", "De man die normaal gesproken een"),
        ("paragraph", "Al na enkele minuten heeft de"),
        ("subheading", "Roodgloeiend"),
        ("paragraph", "Agenten zijn als eerste ter plaatse."),
        ("paragraph", "Op basis van ooggetuigen werkt de"),
        ("paragraph", "Bij het operationeel centrum komt", {"note": CUT}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl, NL regional broadcaster; the morning round-up) ------------------
L(
    "oz_excuses",
    None,
    [
        (
            "site_text",
            "OOST-SOUBURG - Goeiemorgen, op",
            {
                "note": NOTITLE
                + "; the round-up's greeting frame with the day's date and the place before it: site text (stop 44 row)"
            },
        ),
        ("subheading", "Excuses", {"note": "the round-up's item title"}),
        ("lede", "Burgemeester Jan Lonink van Terneuzen", {"note": "the first item's text"}),
        ("subheading", "Boom in tweeën"),
        ("paragraph", "Bij Sint-Maartensdijk is een auto"),
        ("subheading", "Later door foutje"),
        (
            "paragraph",
            "Zeeuws-Vlaanderen viert volgend",
            {"note": "the item's teaser ends in '...' (the site's own cut, no feed marker): left in the paragraph"},
        ),
        ("subheading", "Slavernijverleden"),
        ("paragraph", "De Stichting Monument Middelburg wil"),
        ("site_text", "Foto: Ronnie Verrijzer, Colijnsplaat", {"note": OWNCREDIT + " (the day's reader photo)"}),
        ("subheading", "Weer"),
        ("paragraph", "Het is bewolkt, ook regent het"),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl, NL regional broadcaster; New Year's night, a round-up) ----------
L(
    "ob_nieuwjaar",
    None,
    [
        ("lede", "Een grote brand op het dak van een", {"note": NOTITLE + "; the round-up's intro"}),
        (
            "subheading",
            "Grote schade in appartementen door",
            {
                "note": "the item's title glued to its text without a break (the other item title stands on its own line): split off as a subheading (doubtful: could be left in the paragraph)"
            },
        ),
        ("paragraph", "De brandweer moest op oudejaarsavond"),
        ("subheading", "Scooters in brand en ME op de been"),
        ("paragraph", "In Breda begon de avond onrustig."),
        ("paragraph", "Even verderop, In de wijk Hoge Vucht"),
        ("paragraph", "Op de Wensel Cobergherstraat in de"),
        (
            "site_text",
            "Beelden van de brand op de Epelenberg:",
            {
                "note": "a pointer to an embedded video not in the excerpt, on its own line: site text (doubtful: could be read as article text, a lead-in)"
            },
        ),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; a fire report) -------------------------------
L(
    "rtvd_hoogeveen",
    None,
    [
        (
            "subheading",
            "Brand in café",
            {"note": NOTITLE + "; the excerpt starts at a section title inside the article"},
        ),
        (
            "lede",
            "Volgens woordvoerder Marcel van Alphen",
            {"note": "the first paragraph of the excerpt (lede by position)"},
        ),
        ("paragraph", "Rond half acht werden muren van de"),
        ("caption", "Een deel van het pand wordt al", {"tail": "(Rechten: De Vries Media)", "note": CREDIT}),
        ("subheading", "Water uit de vaart"),
        ("paragraph", "De brandweer haalt voor de"),
        ("subheading", "NL Alert"),
        ("paragraph", "In de omgeving van Hoogeveen is een"),
        ("paragraph", "Vanwege de rook waarschuwt de"),
        (
            "caption",
            "Het vuur is overgeslagen naar een",
            {"tail": "(Rechten: RTV Drenthe/Ineke Kemper)", "note": CREDIT},
        ),
        ("subheading", "Ontstaan van de brand"),
        ("paragraph", "De brand werd even na vier uur"),
        ("caption", "De vlammen slaan uit het dak", {"tail": "(Rechten: Persbureau Meter)", "note": CREDIT}),
        ("subheading", "Reactie loco-burgemeester"),
        ("paragraph", "Loco-burgemeester Erwin Slomp van"),
        ("paragraph", "De blus", {"note": CUT}),
    ],
)

# ---- Tubantia (tubantia.nl, NL regional daily, Twente; council news) -----------------------------------
L(
    "tub_informateurs",
    None,
    [
        (
            "lede",
            "De gemeenteraad gaat na de",
            {"note": NOTITLE + "; the excerpt starts inside the article: its first paragraph the lede; " + CLEAN},
        ),
        ("subheading", "Nieuwe coalitie"),
        ("paragraph", "De bestuursdeskundigen Wagenmans en"),
        ("subheading", "Wensenlijstjes"),
        ("paragraph", "Na de gemeenteraadsverkiezingen in"),
        ("caption", "Ontwerp Glashoes.", {"note": "a caption with words of its own and no credit"}),
        ("subheading", "Speculeren"),
        ("paragraph", "De kans is vrij groot dat het CDA"),
        ("subheading", "Einde verhaal Glashoes"),
        ("paragraph", "Trees Vloothuis, de n", {"note": CUT}),
    ],
)

# ---- 1Limburg (1limburg.nl, NL regional broadcaster L1's news site; a live page) -----------------------
L(
    "l1_burgemeester",
    (0, 0, None),
    [
        ("headline", "LIVE: wie wordt de burgemeester van", {"note": "the title with its glued kicker 'LIVE:'"}),
        ("lede", "De gemeenteraad van Maastricht maakt"),
        (
            "site_text",
            "Vanaf 20:30 uur is hier live te volgen",
            {
                "note": "the live page's standing pointer ('follow it here'): site text (standing lines; doubtful: could be read as article text)"
            },
        ),
        (
            "site_text",
            "L1 zendt tot die tijd L1 Nieuws en",
            {"note": "a plug for the broadcaster's programmes: site text (standing lines, stop 46 row)"},
        ),
        (
            "paragraph",
            "Update: Benoeming burgemeester",
            {
                "note": "an update reporting news of its own; the glued label 'Update:' left in it like a kicker (doubtful: the label could be split off as site text)"
            },
        ),
        (
            "site_text",
            "[iframe:https://twitter.com/search?q=",
            {"note": "an embed code of a social-media feed: site text"},
        ),
    ],
)

# ---- De Telegraaf (telegraaf.nl, NL national daily; a shooting) — stand-in ------------------------------
L(
    "tg_schietpartij",
    None,
    [
        ("lede", "Het dodelijke slachtoffer is een man.", {"note": NOTITLE}),
        ("paragraph", "Na de schietpartij werd"),
        ("paragraph", "Buurtbewoners zijn boos over het"),
        ("paragraph", "Volgens de politie kan er een verband"),
        ("subheading", "Jonge slachtoffers"),
        ("paragraph", "Hoeveel mensen bij het incident"),
        ("paragraph", "Hulpdiensten zijn na het incident"),
        ("site_text", "Ⓒ Lorenzo Derksen", {"note": OWNCREDIT}),
        ("paragraph", "Het incident is geen aanslag, stelde"),
        (
            "site_text",
            "Weet u meer of heeft u iets gezien?",
            {"note": "the standing call for tips ('Mail naar redactie-...'): site text (standing lines, stop 46 row)"},
        ),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; an interview) -------------------------------------
L(
    "dm_beutels",
    (2, 0, None),
    [
        ("site_text", "Zaterdag 16/10/2021", {"note": "the page's date line above everything: site text"}),
        (
            "site_text",
            "InterviewPhilippe Beutels",
            {"note": "genre label glued to the interviewee's name, on its own line above the title: site text"},
        ),
        ("headline", "Gezondheidseconoom Philippe Beutels:", {"note": "the title on its own line"}),
        (
            "caption",
            "Philippe Beutels: 'We zijn",
            {"tail": "Beeld Eric de Mildt", "note": "the lead photo's caption; " + CREDIT},
        ),
        (
            "site_text",
            "Philippe Beutels: 'We zijn",
            {"note": "the caption printed again in the next line, its credit glued: the second copy is site text"},
        ),
        ("lede", "Hij peilt sinds maart 2020 naar ons", {"note": "the standfirst"}),
        ("paragraph", "Beleidsmensen zijn per definitie"),
        ("paragraph", "Als gezondheidseconoom bestudeert"),
        ("paragraph", "“In 2008 heb ik met een paar", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; the week's videos, a round-up) ------------
L(
    "hbvl_videos",
    None,
    [
        (
            "site_text",
            "Lommel / Houthalen-Helchteren /",
            {
                "note": NOTITLE
                + "; the weekly series' standing intro ('Onze redactie selecteert voor u de strafste video's ... in het weekoverzicht'), with the places before it: site text (standing lines of a series, stop 46 row; doubtful: could be read as the round-up's intro, the lede)"
            },
        ),
        ("subheading", "1. Fans massaal aanwezig op", {"note": "the round-up's item title (numbered)"}),
        ("lede", "Supporters en sympathisanten waren", {"note": "the first item's text"}),
        ("subheading", "2. Het groot Limburgs"),
        ("paragraph", "Het opzet van ons grote"),
        ("subheading", "3. Volkszanger Eugene Verheyen (72)"),
        ("paragraph", "Al van kindsbeen is de 72-jarige"),
        ("subheading", "4. PXL verpulvert tegenstand"),
        ("paragraph", "Voor de vierde keer op rij mocht"),
        ("subheading", "5. Theo Francken opent de dans"),
        ("paragraph", "Met een flinke batterij beats is", {"note": CUT}),
    ],
)

# ---- HLN (hln.be, Flemish national daily; a fatal crash, a video item) ----------------------------------
L(
    "hln_hechtel",
    (0, 0, None),
    [
        (
            "headline",
            "Video: één dode, twee kritiek na",
            {"note": "the title with its glued kicker 'Video:'; the author's name glued after it is split off"},
        ),
        (
            "byline",
            "Toon Royackers",
            {"note": "the author's name glued at the end of the title line: a byline (split off)"},
        ),
        ("site_text", "16 maart 2019", {"note": "the publication date line: site text"}),
        (
            "site_text",
            "03u43 0",
            {
                "note": "the publication time and the comment count ('0') glued before the lede: site text (bare-time row, stop 46)"
            },
        ),
        ("lede", "Hechtel-Eksel Bij een dramatisch", {"note": "the place dateline stays in the lede"}),
        ("paragraph", "Het ongeval gebeurde kort na"),
        ("subheading", "Porsche in brand"),
        ("paragraph", "De klap was zo hevig dat slippende"),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a house fire) --------------------------------
L(
    "nb_deurne",
    None,
    [
        (
            "lede",
            "Antwerpen 2060 / Deurne - In de Van",
            {"note": NOTITLE + "; the place dateline (city, postcode, district) stays in the lede"},
        ),
        (
            "paragraph",
            "De aanwezigen in een woning in de",
            {"note": "retells the lede's second sentence in other words (not a copy): article text"},
        ),
        ("caption", "De hond die de bewoners wakker", {"tail": "Foto: BFM", "note": CREDIT}),
        ("paragraph", "Op dat moment brandde het al heel"),
        ("paragraph", "De aanwezigen geraakten nog op tijd"),
        ("site_text", "Foto: BFM", {"note": OWNCREDIT}),
        ("paragraph", "“Het vuur is ondertussen geblust"),
        ("paragraph", "De woning waar de brand ontstond is"),
        ("site_text", "Foto: BFM", {"note": OWNCREDIT}),
        (
            "site_text",
            "Foto: BFM",
            {"note": OWNCREDIT + "; the next photo's credit on the next line: a block of its own"},
        ),
    ],
)

# ---- ATV (atv.be, Flemish regional TV, Antwerp; New Year's night) ----------------------------------------
L(
    "atv_nacht",
    None,
    [
        ("lede", "De Antwerpse hulpdiensten hadden de", {"note": NOTITLE}),
        ("paragraph", "Ondanks het uitdrukkelijk verbod"),
        (
            "paragraph",
            "In Borgerhout werden 2 bromfietsen",
            {"tail": "Meer in het ATV-nieuws.", "note": PLUG},
        ),
        ("site_text", "(foto GvA - BFM)", {"note": OWNCREDIT}),
    ],
)

# ---- TV Oost (tvoost.be, Flemish regional TV, East Flanders; a fatal house fire) -------------------------
L(
    "tvo_nieuwerkerken",
    None,
    [
        (
            "lede",
            "In Nieuwerkerken bij Aalst is vannacht",
            {"tail": "Later meer in het TV Oost Nieuws", "note": NOTITLE + "; " + PLUG},
        ),
    ],
)

# ---- Ring (ringtv.be, Flemish regional TV, Halle-Vilvoorde; a fatal accident) ----------------------------
L(
    "ring_ring",
    (1, 0, None),
    [
        (
            "site_text",
            "binnenring_grimbergen.png",
            {"note": "the lead image's file name above the title: site text"},
        ),
        ("headline", "Man overlijdt na poging Ring rond", {"note": "the title on its own line"}),
        ("site_text", "vrij 17 mei 2019", {"note": "the publication date line: site text"}),
        ("lede", "Op de Ring rond Brussel kwam vannacht"),
        ("paragraph", "Het ongeval gebeurde kort na 23u."),
        ("paragraph", "Door het ongeval was de Buitenring"),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; three fatal crashes in Limburg) ----------------
L(
    "ds_kortessem",
    None,
    [
        ("lede", "In de provincie Limburg hebben drie", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Zaterdagochtend rond 6 uur verloor de"),
        ("paragraph", "Onder hen de 19-jarige Mo Nitcheu,"),
        ("paragraph", "'Als men het gebouw hier ziet, is het"),
        ("paragraph", "In de wagen zaten, naast de 19-jarige"),
        ("paragraph", "Opmerkelijk : de wagen werd zo’n twee", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

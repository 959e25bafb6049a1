#!/usr/bin/env python3
"""Rebuild structure set 85 (held out; texts + gold files) from the saved page excerpts.

    python3 build.py               (writes NAME.txt and NAME.json next to this file)
    python3 build.py --dump DIR    (write only the source texts to DIR, for inspection)

The texts are third-party Dutch-language news pages of sixteen mainstream outlets, eight Dutch
(Omroep Gelderland, NOS, RTV Noord, Het Parool, 1Limburg, AD, RTV Drenthe, RTV Utrecht)
and eight Flemish (HLN, Het Nieuwsblad, VRT NWS, De Standaard, Gazet van Antwerpen, Bruzz,
Het Belang van Limburg, De Morgen). They come from the `search` tool's "pages" corpus (stored
public web pages, text as the store extracted it), which cannot be re-fetched by a script; so the
excerpts are kept, as the tool returned them, in pages_raw.json next to this file (url -> excerpt).
That file and the texts stay in /work/data/structure-blind85 and are NOT for the project
repository. Only the labels (ours) live here, in LABELS, and they hold no article text: each
block is a kind plus a START MARKER (the first characters of the block, at most 38, with an
occurrence skip count where needed). A block runs from its marker to the next block's marker;
its gold text is that span, stripped of surrounding whitespace. `tail` is the start marker of
site text glued to the end of a block (gold `site_text_tail`). The headline is (block index,
start, end) into that block's text (end None = to the block's end). Standard library only; the
cutting is done by tests/data/page_store_build.py.
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
    "og_regiotv": (
        "https://www.omroepgelderland.nl/nieuws/2415270/RegioTV-de-NOS-of-Omroep-Gelderland-als-mensen-het-nieuws-maar-tot-zich-kunnen-nemen",
        "2019-07",
    ),
    "nos_dejonge": (
        "https://nos.nl/liveblog/2424214-flink-deel-oppositie-steunt-motie-van-wantrouwen-de-jonge-gaat-door",
        None,
    ),
    "rtvn_terapel": (
        "https://www.rtvnoord.nl/nieuws/201279/Hij-slaat-op-de-vlucht-en-ineens-krijg-je-een-mes-in-je-arm",
        None,
    ),
    "parool_stemmingsbeeld": (
        "http://www.parool.nl/binnenland/stemmingsbeeld-vvd-grootste-partij-van-nederland~a4474781/",
        None,
    ),
    "l1_lunch": (
        "https://www.1limburg.nl/nieuws/1335938/1lunch-minister-gaat-gedupeerden-examendebacle-ontvangen",
        None,
    ),
    "ad_urk": ("https://www.ad.nl/binnenland/vuurwerkbom-blaast-voordeur-woning-op-urk-weg~a6fe9fc4/", "2019-11"),
    "rtvd_dwingelderveld": (
        "http://www.rtvdrenthe.nl/nieuws/133379/Boerderij-op-Dwingelderveld-afgebrand",
        "2018-04",
    ),
    "rtvu_dashcam": ("http://www.rtvutrecht.nl/nieuws/1571583/", "2017-02"),
    # Flemish
    "hln_lopendezaken": ("https://www.hln.be/de-krant/het-is-zover-de-regering-is-in-lopende-zaken~afac81d2/", None),
    "nb_ongevallen": ("https://www.nieuwsblad.be/cnt/dmf20220423_97018534", "2022-04"),
    "vrt_handzame": (
        "https://www.vrt.be/vrtnws/nl/2023/03/09/zware-regen-zorgt-voor-botsing-met-3-gewonden-in-handzame/",
        "2023-03",
    ),
    "ds_regering": ("https://www.standaard.be/cnt/dmf20140716_01181460", None),
    "gva_ministers": ("https://www.gva.be/cnt/DMF20140725_01191343?pid=4107462", None),
    "bruzz_maalbeek": (
        "https://www.bruzz.be/justitie/morgen-getuigen-hulpverleners-die-als-eersten-aanwezig-waren-maalbeek-2023-01-05",
        None,
    ),
    "hbvl_schoenaerts": (
        "http://www.hbvl.be/cnt/dmf20170928_03100824/brand-breekt-uit-aan-appartement-van-matthias-schoenaerts-veel-breek-en-waterschade",
        "2017-09",
    ),
    "dm_interviews": (
        "https://www.demorgen.be/niet-te-missen/er-zijn-bendes-in-peru-die-vrouwen-kidnappen-om-hen-als-prostituee-te-laten-werken-de-12-best-gelezen-interviews-van-augustus~b854f9cf/",
        "2023-09",
    ),
}

CUT = "the store's excerpt ends inside this block (cut mid-sentence or mid-word)"
NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CREDIT = "a photo credit glued to the end of a caption: its tail"
OWNCREDIT = "a photo or video credit on a line of its own (its photo and caption not in the excerpt): site text"
VIEWER = "the photo viewer's button label ('Volledig scherm'), glued before the caption: split off, site text"
READMORE = "the related-article link prompt ('Lees hier meer.') glued at the item's end: its tail"


def L(name: str, headline: tuple | None, blocks: list) -> None:
    url, store_date = SRC[name]
    LABELS[name] = {"source": {"url": url, "store_date": store_date}, "headline": headline, "blocks": blocks}


# ---- Omroep Gelderland (omroepgelderland.nl, NL regional broadcaster; report on its work with a local broadcaster)
L(
    "og_regiotv",
    None,
    [
        ("byline", "Door Menno Provoost", {"note": NOTITLE + "; the author line"}),
        ("lede", "Om een sterkere journalistieke basis", {"note": "the first body paragraph"}),
        ("paragraph", "De lokale app en website hebben deels"),
        ("paragraph", "Riny ter Haar van RegioTV Tiel is maar"),
        (
            "site_text",
            "Bekijk hier de reportage (tekst gaat",
            {
                "note": "the video prompt ('Bekijk hier de reportage (tekst gaat daaronder verder):'), its player not in the text: site text"
            },
        ),
        ("paragraph", "Ook inhoudelijk wordt samengewerkt aan"),
        ("subheading", "Compleet nieuwsaanbod"),
        ("paragraph", "RegioTV Tiel is de eerste die de websi", {"note": CUT}),
    ],
)

# ---- NOS (nos.nl, NL public broadcaster; a closed liveblog of a Tweede Kamer debate) ---------------------
L(
    "nos_dejonge",
    (2, 0, None),
    [
        ("site_text", "liveblog", {"note": "the genre label ('liveblog') on its own line above the title: site text"}),
        (
            "site_text",
            "NOS NieuwsAangepast",
            {"note": "the brand label and the edit marker ('Aangepast'), glued on one line: one site-text block"},
        ),
        ("headline", "Flink deel oppositie steunt motie van", {"note": "the title on its own line"}),
        (
            "list_item",
            "  • Motie van wantrouwen gesteund door",
            {"note": "the liveblog's key points, one bullet a line"},
        ),
        ("list_item", "  • De Jonge biedt excuses aan voor"),
        ("list_item", "  • CDA: persoonlijke integriteit De"),
        ("list_item", "  • Veel fracties vinden de gang van"),
        ("site_text", "liveblog gesloten", {"note": "the liveblog's status label ('liveblog gesloten'): site text"}),
        ("subheading", "De Jonge morgen gewoon bij de ministe", {"note": "the closing entry's title"}),
        ("lede", "Het was een spannende week voor minis", {"note": "the first body paragraph (no standfirst)"}),
        ("paragraph", "Want hij gaat nu niet over mondkapjes"),
        ("paragraph", "Hij kreeg een motie van wantrouwen"),
        ("subheading", "De Jonge gaat door: ik heb een taak", {"note": "the next entry's title"}),
        ("paragraph", "Minister De Jonge stapt niet op, laat"),
        ("paragraph", '"We voelen het allemaal zo dat we een', {"note": CUT}),
    ],
)

# ---- RTV Noord (rtvnoord.nl, NL regional broadcaster; the evening programme's highlights) ----------------
L(
    "rtvn_terapel",
    (0, 0, None),
    [
        (
            "headline",
            "'Hij slaat op de vlucht en ineens krij",
            {"note": "the title (a quote); the photo caption is glued after it on the same line and split off"},
        ),
        (
            "caption",
            "Samen met een aantal buurtbewoners gre",
            {"tail": "(Foto: RTV Noord)", "note": "the lead photo's caption, glued after the title; " + CREDIT},
        ),
        ("lede", "Politiebusjes rijden af en aan in het", {"note": "the standfirst"}),
        (
            "site_text",
            "In dit artikel zetten we de meest bijz",
            {
                "note": "the programme's standing lines ('In dit artikel zetten we de meest bijzondere fragmenten uit Noord Vandaag op een rij. Noord Vandaag wordt elke doordeweekse dag uitgezonden ...'), glued before the first item: split off, site text (standing-lines row, stop 46)"
            },
        ),
        (
            "paragraph",
            "1) Handdoek in de ring Na 23 jaar",
            {
                "note": "a numbered item, its title glued to its text on one line: one block (doubtful: the title could be split off as a subheading)"
            },
        ),
        ("paragraph", "2) Tijd om in te grijpen Ter Apel"),
        ("paragraph", "3) Sluiperds op de provinciale weg"),
        ("paragraph", "4) Geprogrammeerd om te winnen"),
        ("paragraph", "5) Jong geleerd blijkt jong gedaan"),
    ],
)

# ---- Het Parool (parool.nl, NL daily, Amsterdam; election-night report) ---------------------------------
L(
    "parool_stemmingsbeeld",
    None,
    [
        ("subheading", "Niet klaar met tellen", {"note": NOTITLE + "; a section title"}),
        ("lede", "Rond 23.30 uur hadden slechts elf", {"note": "the first body paragraph"}),
        ("paragraph", "Enkele gemeenten die nog niet klaar"),
        ("subheading", "Wel bekend"),
        ("paragraph", "In Amsterdam staat GroenLinks voorlop"),
        ("paragraph", "In Groningen zijn de stemmen wel al"),
        (
            "site_text",
            "Dit bericht wordt aangevuld.",
            {
                "note": "the standing line of a breaking item ('Dit bericht wordt aangevuld.'): site text (standing-lines row, stop 46; doubtful: could be read as article text)"
            },
        ),
    ],
)

# ---- 1Limburg (1limburg.nl, NL regional broadcaster L1; the lunchtime round-up '1Lunch') ----------------
L(
    "l1_lunch",
    (0, 0, None),
    [
        (
            "headline",
            "1Lunch: Minister gaat gedupeerden exam",
            {"note": "the title with the round-up's name glued as a kicker ('1Lunch:'): all headline"},
        ),
        ("site_text", "© Jean-Pierre Geusens", {"note": OWNCREDIT + " (the lead photo)"}),
        (
            "list_item",
            "* Overvallers dringen apotheek in Hoen",
            {"note": "the round-up's summary bullets, glued on one line by the extractor: one list item each"},
        ),
        ("list_item", "* Laatste kans voor 'Limburgs'"),
        ("list_item", "* Overlast door spoorstaking België"),
        ("subheading", "Overvallers dringen apotheek in Hoen", {"note": "the first item's title"}),
        (
            "lede",
            "Dat was even schrikken. In Hoensbroek",
            {"tail": "Lees hier meer.", "note": "the first item's text; " + READMORE},
        ),
        ("site_text", "© Track '88", {"note": OWNCREDIT + " (the next item's photo)"}),
        ("subheading", "Limburgers stuiten vooral op straat"),
        ("paragraph", "Van de verschillende manieren waarop", {"tail": "Lees hier meer.", "note": READMORE}),
        ("subheading", "Laatste kans voor 'Limburgs' Australi"),
        ("paragraph", "Spannend! Bert van Marwijk heeft nog", {"tail": "Lees hier meer.", "note": READMORE}),
        ("subheading", "Ouders en leerlingen VMBO Maastricht"),
        ("paragraph", "In totaal zo'n zestig ouders en", {"tail": "Lees hier meer.", "note": READMORE}),
        ("site_text", "© Suna Soysüren", {"note": OWNCREDIT + " (the next item's photo)"}),
        ("subheading", "Ook stakingen op Belgisch spoor"),
        ("paragraph", "Wie vanaf donderdagavond met het open", {"note": CUT}),
    ],
)

# ---- AD (ad.nl, NL national daily; an explosion at a house in Urk) --------------------------------------
L(
    "ad_urk",
    None,
    [
        ("lede", "De melding van de explosie was om tie", {"note": NOTITLE + "; the first body paragraph"}),
        ("paragraph", "Volgens metingen van de brandweer was"),
        ("paragraph", "De politie is op zoek naar getuigen"),
        ("subheading", "Aanslag?"),
        ("paragraph", "Buurtbewoners spreken van een ‘aanslag"),
        ("site_text", "Volledig scherm", {"note": VIEWER}),
        ("caption", "Het huis heeft grote schade opgelopen.", {"tail": "© ANP", "note": CREDIT}),
        ("site_text", "Volledig scherm", {"note": VIEWER + " (second photo)"}),
        ("caption", "Door de klap kwam ook een aantal dakpa", {"tail": "© ANP", "note": CREDIT}),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl, NL regional broadcaster; a farm fire) ----------------------------------
L(
    "rtvd_dwingelderveld",
    (1, 0, None),
    [
        (
            "site_text",
            "Deel dit artikel:",
            {
                "note": "the share bar's label ('Deel dit artikel:') above the title, its buttons not in the text: site text"
            },
        ),
        (
            "headline",
            "Boerderij op Dwingelderveld afgebrand",
            {"note": "the title; the lead photo's caption is glued after it on the same line and split off"},
        ),
        ("caption", "Brand in een boerderij op het Dwingel", {"tail": "(foto: Archief RTV Drenthe)", "note": CREDIT}),
        ("lede", "DWINGELOO - Op het Dwingelderveld is", {"note": "the standfirst; the place dateline stays in it"}),
        ("paragraph", "Omdat de woning verderop in het veld"),
        ("paragraph", "De woning kan als verloren worden"),
        ("paragraph", "Of er mensen in de woning aanwezig"),
    ],
)

# ---- RTV Utrecht (rtvutrecht.nl, NL regional broadcaster; a dashcam video of a crash on the A2) — stand-in
L(
    "rtvu_dashcam",
    None,
    [
        (
            "byline",
            "Door de nieuwsredactie",
            {"note": NOTITLE + "; the author line, the date line glued after it is split off"},
        ),
        (
            "site_text",
            "· geplaatst: woensdag 1 februari 2017",
            {
                "note": "the publication and update date line ('· geplaatst: woensdag 1 februari 2017, 10:10 uur | update: 10:48 uur'), glued after the byline: split off, site text (the separator '·' kept with it)"
            },
        ),
        ("lede", "NIEUWEGEIN/VIANEN - De 36-jarige Paul", {"note": "the standfirst; the place dateline stays in it"}),
        ("paragraph", "Terwijl de slome automobilist op de dr"),
        ("paragraph", "De botsing is gefilmd met een dashcam"),
        ("paragraph", "Bij het ongeluk raakte niemand gewond."),
        ("paragraph", "De beelden van de crash zijn op Dumper"),
    ],
)

# ---- HLN (hln.be, Flemish national daily, print edition page 'de krant'; the government resigns) --------
L(
    "hln_lopendezaken",
    (0, 0, None),
    [
        (
            "headline",
            "Het is zover: de regering is in lopend",
            {"note": "the title; the date glued after it on the same line is split off"},
        ),
        (
            "site_text",
            "22 december 2018",
            {"note": "the publication date, glued after the title: split off, site text"},
        ),
        ("lede", "De koning heeft het ontslag van premie", {"note": "the article's one paragraph"}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be, Flemish national daily; a day's serious road accidents) -------------
L(
    "nb_ongevallen",
    None,
    [
        ("lede", "Er vonden gisteren verschillende zware", {"note": NOTITLE + "; the standfirst; " + CLEAN}),
        ("paragraph", "Rond 13.23 uur kwam het tot een zware"),
        ("paragraph", "In het West-Vlaamse Avekapelle bij"),
        ("paragraph", "Nog in Veurne is een twaalfjarig meis"),
        ("paragraph", "Op de expresweg in Maldegem, in de ri", {"note": CUT}),
    ],
)

# ---- VRT NWS (vrt.be, Flemish public broadcaster; a crash in the rain at Handzame) -----------------------
L(
    "vrt_handzame",
    None,
    [
        (
            "lede",
            '"Een brandweerman was toevallig getuig',
            {"note": NOTITLE + "; the first paragraph (a quote); " + CLEAN},
        ),
        (
            "paragraph",
            '"Dit had veel slechter kunnen aflopen',
            {"note": "a quote and the next paragraph glued without a break: one block"},
        ),
    ],
)

# ---- De Standaard (standaard.be, Flemish national daily; the new Flemish government, portraits) ----------
L(
    "ds_regering",
    (0, 0, None),
    [
        (
            "headline",
            "OVERZICHT. Dit is de nieuwe Vlaamse re",
            {"note": "the title with its genre kicker ('OVERZICHT.') glued"},
        ),
        ("caption", "De nieuwe Vlaamse regering bij de eeda", {"tail": "Foto: belga", "note": CREDIT}),
        ("lede", "Nu ook de namen van de twee Vlaamse Op", {"note": "the standfirst"}),
        ("subheading", "Minister-president, Buitenlands Beleid", {"note": "a minister's portfolio, on its own line"}),
        ("subheading", "Geert Bourgeois (N-VA)", {"note": "the minister's name, on its own line"}),
        ("paragraph", "Geert Bourgeois (63) is medeoprichter"),
        ("paragraph", "Bourgeois heeft veel ervaring in de Vl"),
        ("paragraph", "Opmerkelijk is nog dat veel N-VA'ers,"),
        ("subheading", "Minister van Wonen, Steden en Bestuurs"),
        ("subheading", "Liesbeth Homans (N-VA)"),
        ("paragraph", "Liesbeth Homans (41) werd vooral beken"),
        ("paragraph", "Homans werkte op verschillende kabinet"),
        ("paragraph", "Na de gemeenteraadsverkiezingen focust"),
        ("subheading", "Minister van Mobiliteit, Openbare Werk"),
        ("subheading", "Ben Weyts (N-VA)"),
        ("paragraph", "B", {"note": CUT + " (only its first letter is left)"}),
    ],
)

# ---- Gazet van Antwerpen (gva.be, Flemish regional daily; photo gallery of the new ministers) -----------
GALLERY = "a gallery slide's bold title (name and portfolio) with its HTML markup as the store kept it ('<strong>...</strong><br>'): a subheading, the markup left in it (doubtful: the tags are extraction debris, neither news nor furniture a reader sees)"
L(
    "gva_ministers",
    None,
    [
        ("subheading", "<strong>Geert Bourgeois (N-VA) - Mini", {"note": NOTITLE + "; " + GALLERY}),
        (
            "caption",
            "N-VA-oprichter Geert Bourgeois (63) m",
            {
                "tail": "© belga",
                "note": "the slide's text, a photo caption with words of its own (no lede: every text block is a gallery caption); "
                + CREDIT,
            },
        ),
        ("subheading", "<strong>Liesbeth Homans (N-VA) - Vice", {"note": GALLERY}),
        (
            "caption",
            "Liesbeth Homans (42), nu nog schepen",
            {"tail": "© belga", "note": CREDIT + " (glued without a space: 'uitlokte.© belga')"},
        ),
        ("subheading", "<strong>Ben Weyts (N-VA) - Openbare W", {"note": GALLERY}),
        (
            "caption",
            "Ben Weyts (44) neemt met de bevoegdhed",
            {"note": "the slide's text; no credit before the excerpt's end"},
        ),
    ],
)

# ---- Bruzz (bruzz.be, Brussels Dutch-language news site; a live report from the terror trial) -----------
L(
    "bruzz_maalbeek",
    (1, 0, None),
    [
        (
            "site_text",
            "proces aanslagen",
            {"note": "the dossier label ('proces aanslagen') on its own line above the title: site text"},
        ),
        ("headline", "Morgen getuigen hulpverleners die als", {"note": "the title on its own line"}),
        (
            "site_text",
            "© Belgaimage",
            {
                "note": "the lead photo's credit on its own line with the separator ('|') opening the caption's line: site text (the pipe kept with the credit)"
            },
        ),
        ("caption", "6 december 2022: beschuldigden Salah", {"note": "the lead photo's caption (words of its own)"}),
        ("site_text", "Updated: 05-01-2023 - 19:04", {"note": "the update date line: site text"}),
        ("lede", "Op het proces over de aanslagen van 2", {"note": "the standfirst"}),
        (
            "site_text",
            "19.04 uur:",
            {
                "note": "the entry's time glued before its title; the text holds one timed entry: site text (bare-time row, stop 46; doubtful: the page is a live report, the time could be read as liveblog_time)"
            },
        ),
        ("subheading", "Getuigenissen van hulpverleners van Ma", {"note": "the entry's title"}),
        ("paragraph", "Morgen getuigen de hulpverleners die a"),
        ("paragraph", "Hij getuigde hoe de politie de slachto"),
        ("paragraph", "Vrijdag komt de brandweer aan het woor"),
        ("paragraph", "Grégoire legde ook uit dat de onderzoe", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be, Flemish regional daily; a fire at an actor's flat) — stand-in -------
L(
    "hbvl_schoenaerts",
    None,
    [
        ("lede", "In de Arenbergstraat in hartje Antwer", {"note": NOTITLE + "; the standfirst"}),
        ("paragraph", "De brand ontstond even na 17 uur, op"),
        ("paragraph", "“De brand is ontstaan aan een soort ka"),
        ("paragraph", "Het vuur was pas rond 21 uur volledig"),
        ("paragraph", "Het vuur zou aan de achterkant van de"),
        ("site_text", "Video: rr", {"note": OWNCREDIT + " (the video)"}),
        ("site_text", "Foto: rr", {"note": OWNCREDIT + " (first photo)"}),
        ("site_text", "Foto: rr", {"note": OWNCREDIT + " (second photo)"}),
    ],
)

# ---- De Morgen (demorgen.be, Flemish national daily; round-up of the month's most-read interviews) -------
L(
    "dm_interviews",
    None,
    [
        (
            "lede",
            "De zomervakantie ligt achter ons. Die",
            {
                "note": NOTITLE
                + "; the round-up's own introduction (doubtful: it says what the page is and reports no news, but it is no standing frame written again each day: kept as the lede)"
            },
        ),
        ("subheading", "1. ‘Schrijvers hebben zichzelf irrele", {"note": "an item's title (the interview's title)"}),
        ("paragraph", "De vaststelling dat zijn vak er niet"),
        ("subheading", "2. ‘Ik ben al een paar keer serieus"),
        ("paragraph", "Op 31 december 2021 moest Jeroen Meus"),
        (
            "site_text",
            "Overzicht. ‘Die ontdekking bracht mij",
            {
                "note": "a related-article teaser ('Overzicht. ‘...’: lees de gesprekken die Dirk De Wachter deze zomer voerde'), a link to another page set between the items: site text (doubtful: could be read as the third item's title, which the excerpt lacks)"
            },
        ),
        (
            "paragraph",
            "Vincent Van Quickenborne (50) neemt",
            {"note": "the third item's text; its numbered title is not in the excerpt"},
        ),
        ("site_text", "Beeld Jan Aelberts", {"note": OWNCREDIT}),
        ("subheading", "4. Kim Van Oncen (37) en sportmanager"),
        ("paragraph", "Wat verwachten we van een relatie, van", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    build(HERE, LABELS, sys.argv[1:])

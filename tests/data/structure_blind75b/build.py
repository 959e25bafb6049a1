#!/usr/bin/env python3
"""Rebuild the second, independent labelling of structure set 75 (held out) from its texts.

    python3 build.py SRC_DIR [OUT_DIR]

SRC_DIR holds the sixteen NAME.txt of structure set 75 (/work/data/structure-blind75); they are
copied to OUT_DIR (default: this script's folder) and NAME.json gold files are written beside
them. The texts are third-party pages and NOT for the project repository; only the labels (ours)
live here, in LABELS, as start markers: each block is a kind plus the first characters of the
block (at most 38), found at or after the previous block's start (skip = occurrences to pass
over). A block runs from its marker to the next block's marker, stripped of surrounding
whitespace; `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`: the block's text keeps it, the key names it, as the page-store sets do). The headline is the index of the
`headline` block (its whole text) or None. Standard library only.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_MARKER = 38

Block = tuple  # (kind, marker) or (kind, marker, {"skip": n, "tail": marker, "note": str})

NOTITLE = "no title in the text"
CUT = "the excerpt ends here"

# name -> (headline block index | None, blocks)
LABELS: dict[str, tuple[int | None, list[Block]]] = {
    "atv_containers": (
        None,
        [
            (
                "lede",
                "In de Antwerpse haven zijn vanmiddag",
                {
                    "tail": "Foto Belga",
                    "note": NOTITLE + "; one block (sentences glued without a break); the photo credit its tail",
                },
            ),
        ],
    ),
    "dm_laatstezomer": (
        2,
        [
            ("site_text", "Donderdag 17/10/2019", {"note": "publication date line"}),
            (
                "site_text",
                "Reportage De laatste zomer van",
                {
                    "note": "genre label and series name on their own line above the title (doubtful: could be read "
                    "as the headline, the title the lede or a subheading)"
                },
            ),
            ("headline", "‘Het is angstaanjagend om te zien", {"note": "the title (a quote)"}),
            ("caption", "Stamgasten in het Palais de la Bi", {"tail": "Beeld Tim Dirven"}),
            ("lede", "Toen rook en roet nog vooruitgang"),
            ("paragraph", "Van alle plekken waar België ooit"),
            ("paragraph", "Ooit was dit het theatre of dreams"),
            (
                "site_text",
                "Zelden leek België zo verscheurd",
                {
                    "note": "the series' standing blurb (what the series 'De laatste zomer van België' is about), "
                    "printed with every episode: standing lines of a series (doubtful: could be read as a paragraph)"
                },
            ),
        ],
    ),
    "hbvl_gaslek": (
        None,
        [
            ("lede", "Op de Genkersteenweg in Hasselt was", {"note": NOTITLE}),
            (
                "paragraph",
                "Rond 11 uur viel de stroom in de buurt",
                {
                    "tail": "...",
                    "skip": 0,
                    "note": "the teaser's cut marker ' ...' its tail, as structure_blind74's gva_irakezen (doubtful)",
                },
            ),
        ],
    ),
    "hln_eeklo": (
        0,
        [
            ("headline", "AVS en stad Eeklo zitten rond tafel"),
            ("byline", "Joeri Seymortier", {"note": "the author's name glued after the title: split off, byline"}),
            ("site_text", "17 september 2019", {"note": "publication date line"}),
            (
                "site_text",
                "21u44 0",
                {"note": "time and comment count glued before the intro: site text, split off"},
            ),
            (
                "lede",
                "Eeklo De stad Eeklo en televisiezender",
                {"note": "the place ('Eeklo') opening the intro stays in the lede as a dateline (doubtful: a tag)"},
            ),
            ("paragraph", "Maandagavond was de gemeenteraad van"),
            ("paragraph", "Schepen Christophe De Waele (Open Vld)"),
        ],
    ),
    "humo_verhalen": (
        None,
        [
            (
                "subheading",
                "De 7 Hoofdzonden van Michèle Cuvelier",
                {
                    "note": NOTITLE
                    + " (a page of story teasers, as blind74's gld_nieuwsgemist); item titles subheadings"
                },
            ),
            ("site_text", "Beeld Koen Bauters", {"note": "image credit on a line of its own"}),
            ("lede", "Als druppels honing konden praten"),
            ("site_text", "Lees hier het volledige interview.", {"note": "link label on its own line"}),
            ("subheading", "Dood van een backpacker:"),
            ("site_text", "Beeld Geert Van de Velde"),
            ("paragraph", "Op 14 juni 2012 werd het zwaar"),
            ("site_text", "Lees hier het volledige interview"),
            ("subheading", "De macht van de voedingsindustrie:"),
            ("site_text", "Beeld JONNY STOREY"),
            ("paragraph", "Toen de Britse dokter en BBC-program"),
            ("site_text", "Lees hier het volledige artikel"),
            ("subheading", "Lezersbrief: ‘Stop met die onzin"),
            ("site_text", "Beeld BELGA"),
            ("paragraph", "Humo-lezer Rik Hendrickx kroop in zijn"),
            ("site_text", "Lees hier de volledige brief"),
            ("subheading", "De gepersonaliseerde nummerplaat:", {"note": CUT}),
        ],
    ),
    "nb_jeugdcup": (
        None,
        [
            ("lede", "De voorrondes van de Jeugdcup Het", {"note": NOTITLE}),
            (
                "byline",
                "Tekst Chris Thienpondt",
                {
                    "note": "the author credit glued to the text's end: an author line, byline, split off (doubtful: "
                    "could be read as a credit tail)"
                },
            ),
        ],
    ),
    "nh_wekdienst": (
        None,
        [
            (
                "lede",
                "Eerst het weer: de dag begint bewolkt",
                {"note": NOTITLE + " (the 'Wekdienst' morning round-up); the weather, its first paragraph"},
            ),
            (
                "site_text",
                "Goedemorgen!",
                {"note": "the round-up's greeting, glued before news sentences: split off (greeting-frame row)"},
            ),
            ("paragraph", "Vandaag willen activisten in Servië"),
            (
                "site_text",
                "Ga je de weg op? Hier vind je het",
                {"note": "the round-up's standing pointer to traffic and rail works: standing lines"},
            ),
            (
                "subheading",
                "Wat kun je vandaag verwachten?",
                {"note": "the round-up's standing section heading: subheading (doubtful: could be standing lines)"},
            ),
            ("paragraph", "Servische activisten zijn van plan"),
            ("paragraph", "In Thialf is de tweede dag van de NK"),
            ("paragraph", "Nog meer sport: op het WK darts"),
            ("subheading", "Wat heb je gemist?"),
            ("paragraph", "In de Amerikaanse staat Maine is", {"note": CUT}),
        ],
    ),
    "nu_praatjebij": (
        0,
        [
            (
                "headline",
                "NU praat je bij Het (volgens onze",
                {"note": "the title with the series name glued before it (kicker row)"},
            ),
            (
                "lede",
                "In NU praat je bij nemen we een kijkje",
                {
                    "note": "the intro names the series but lists this edition's topics (Den Haag, Ter Apel): article "
                    "text (doubtful: could be read as the series' standing line)"
                },
            ),
            ("paragraph", "Woensdag rond 23.00 uur ging het licht"),
            (
                "paragraph",
                "Ook vanavond wordt nog gedebatteerd.",
                {"tail": "Via ons liveblog blijf je op de", "note": "the plug for the liveblog its tail"},
            ),
            (
                "paragraph",
                "Het was een van de best gelezen",
                {"tail": "Meer daarover lees je in ons artikel.", "note": "the link label its tail"},
            ),
            ("paragraph", "Het wordt steeds drukker in het"),
            ("paragraph", '"Mijn collega Sanne Oving heeft'),
            ("paragraph", '"Dat ging niet zomaar: ik heb'),
            ("paragraph", "Het doek is gevallen voor", {"note": CUT}),
        ],
    ),
    "ob_112": (
        None,
        [
            (
                "site_text",
                "In dit liveblog houden we je deze",
                {
                    "note": NOTITLE + "; the daily 112 liveblog's standing intro and its call to switch on updates: "
                    "standing lines (doubtful: the first two sentences could be read as the lede)"
                },
            ),
            ("byline", "Redactie Geschreven door", {"note": "author line ('Geschreven door Redactie', scrambled)"}),
            ("site_text", "Liveblog", {"note": "genre label"}),
            ("liveblog_time", "10.39"),
            ("subheading", "Politie rectificeert eigen bericht"),
            (
                "lede",
                "De politie trekt haar eigen bericht in",
                {"tail": "Lees hier meer.", "note": "the first entry's text; the link label its tail"},
            ),
            ("liveblog_time", "09.40"),
            ("subheading", "Paarden zorgen voor file"),
            (
                "paragraph",
                "Vuer paarden zorgen donderdagochtend",
                {"tail": "Lees hier meer.", "note": "'Update (09.45): …' stays in the entry"},
            ),
            ("liveblog_time", "01.15"),
            ("subheading", "Enorme ravage nadat automobilist"),
            (
                "paragraph",
                "Meerdere mensen zijn afgelopen nacht",
                {"tail": "Lees hier meer.", "note": "tail: the link label and the photo credit printed twice"},
            ),
            ("liveblog_time", "23.15"),
            ("subheading", "Traumahelikopter beschenen met laser"),
            ("paragraph", "Een traumahelikopter die gisteravond", {"note": CUT}),
        ],
    ),
    "oz_wakker": (
        None,
        [
            (
                "caption",
                "Informatieavond Vlissingen",
                {"tail": "(foto: Omroep Zeeland)", "note": NOTITLE + "; a round-up of items, each under its photo"},
            ),
            ("subheading", "Overlast in stad"),
            ("lede", "Gisteravond konden Vlissingers hun"),
            ("caption", "Besloten bijeenkomst van de Christen", {"tail": "(foto: Omroep Zeeland)"}),
            ("subheading", "ChristenUnie op Schouwen gered"),
            ("paragraph", "Er is toekomst voor de ChristenUnie"),
            (
                "caption",
                "Een gebouw in de steigers (archief",
                {"tail": "(foto: Vivian Kramer)", "note": "'(archieffoto)' stays in the caption"},
            ),
            ("subheading", "Stikstof"),
            ("paragraph", "Vanaf komende vrijdag worden weer"),
            ("caption", "Twee ambulances van ziekenhuis", {"tail": "(foto: Omroep Zeeland)"}),
            ("subheading", "Bezetting meldkamer"),
            ("paragraph", "De bezetting van de meldkamer in"),
            ("caption", "De auto waarmee de man van IJzendijke", {"tail": "(foto: HV Zeeland)"}),
            ("subheading", "Langer vast"),
            ("paragraph", "De verdachte van een healingsessie"),
            ("caption", "Dienstvaartuig van Rijkswaterstaat", {"tail": "(foto: Ria Overbeeke"}),
            ("subheading", "Het weer"),
            ("paragraph", "Vandaag is het weer zoals we", {"note": CUT}),
        ],
    ),
    "parool_horeca": (
        None,
        [
            ("site_text", "Beeld Getty Images/Johner RF", {"note": NOTITLE + "; a caption that is only a credit"}),
            ("lede", "De magie van uit eten gaan neemt in"),
            ("paragraph", "Ongeïnteresseerd personeel dat ook"),
            ("paragraph", "Nu is klagen over de Amsterdamse"),
            ("subheading", "Bediening als serieus vak"),
            ("paragraph", "Volgens Grimm wordt in landen als"),
            ("paragraph", "Grimm betwijfelt of tegenwoordig"),
            ("paragraph", "Ook Koninklijke Horeca Nederland"),
            ("subheading", "Perfecte storm"),
            ("paragraph", "Toch is dit wel degelijk een", {"note": CUT}),
        ],
    ),
    "rtvd_emmen": (
        None,
        [("lede", "En ook al zit het niet in de volksaard", {"note": NOTITLE + "; no site text"})],
    ),
    "stentor_gemist": (
        None,
        [
            (
                "site_text",
                "Onze excuses Helaas kunnen wij deze",
                {"note": NOTITLE + "; the cookie notice standing for a blocked embed"},
            ),
            ("lede", "Een groep agenten is heeft vanmiddag"),
            ("paragraph", "Marathondirecteur Johan Nieuwland"),
            ("paragraph", "Volgens een recent verschenen"),
            ("paragraph", "De rieten kap van de historische"),
            ("site_text", "Onze excuses Helaas kunnen wij deze"),
            ("paragraph", "Voor Almere City FC ligt de kans om", {"note": CUT}),
        ],
    ),
    "tub_vogelvlucht": (
        None,
        [
            (
                "lede",
                "HAAKSBERGEN | Waar ieder woord",
                {
                    "tail": "Lees hier de nieuwsupdate uit",
                    "note": NOTITLE + "; the place opening each item stays in it (a dateline); the link label its tail",
                },
            ),
            ("paragraph", "OLDENZAAL, DINKELLAND, LOSSER |", {"tail": "Lees hier de nieuwsupdate uit"}),
            ("paragraph", "ALMELO | En opeens verscheen er", {"tail": "Lees hier de nieuwsupdate uit"}),
            ("paragraph", "TWENTERAND | Na jaren van", {"tail": "Lees hier de nieuwsupdate uit"}),
            ("paragraph", "HENGELO, BORNE, HOF VAN TWENTE |", {"note": CUT}),
        ],
    ),
    "tvl_topsport": (
        1,
        [
            ("site_text", "Sport", {"note": "section label above the title"}),
            ("headline", "Hasselt wil topsportstad worden"),
            ("site_text", "embed", {"note": "the video player's leftover label"}),
            ("byline", "door Philip De Hollogne", {"note": "author glued before the text: split off"}),
            ("lede", "Hasselt wil een topsportstad worden."),
        ],
    ),
    "tvoost_nieuws": (
        0,
        [
            ("headline", "TV Oost Nieuws van vrijdag 5/10/2018", {"note": "the bulletin's title (programme and date)"}),
            ("lede", "Gemeenten krijgen ongelijk in", {"note": "the bulletin's summary; no site text"}),
        ],
    ),
}


def _opts(block: Block) -> dict:
    return block[2] if len(block) > 2 else {}


def cut(name: str, text: str) -> dict:
    """Cut one text by its markers into gold (headline + blocks), checking every marker."""
    head, blocks = LABELS[name]
    starts: list[int] = []
    pos = 0
    for block in blocks:
        kind, marker, opts = block[0], block[1], _opts(block)
        if len(marker) > MAX_MARKER:
            sys.exit(f"{name}: marker over {MAX_MARKER} characters: {marker!r}")
        at = text.find(marker, pos)
        for _ in range(opts.get("skip", 0)):
            at = text.find(marker, at + 1)
        if at < 0:
            sys.exit(f"{name}: marker not found: {marker!r}")
        starts.append(at)
        pos = at + len(marker)
    if text[: starts[0]].strip():
        sys.exit(f"{name}: text before the first block")
    gold: list[dict] = []
    headline = None
    for i, block in enumerate(blocks):
        kind, opts = block[0], _opts(block)
        end = starts[i + 1] if i + 1 < len(blocks) else len(text)
        span = text[starts[i] : end]
        tail = None
        if "tail" in opts:
            at = span.rfind(opts["tail"]) if opts["tail"] == "..." else span.find(opts["tail"])
            if at <= 0:
                sys.exit(f"{name}: tail not found in block {i}: {opts['tail']!r}")
            tail = span[at:].strip()
            if not span[:at].strip():
                sys.exit(f"{name}: block {i} is all tail")
        body = span.strip()
        if not body:
            sys.exit(f"{name}: empty block {i}")
        entry = {"kind": kind, "text": body}
        if tail:
            entry["site_text_tail"] = tail
        if "note" in opts:
            entry["note"] = opts["note"]
        gold.append(entry)
        if i == head:
            if kind != "headline":
                sys.exit(f"{name}: headline index points at a {kind}")
            headline = body
    if (head is None) != (headline is None):
        sys.exit(f"{name}: headline not set")
    return {"headline": headline, "blocks": gold}


def main(argv: list[str]) -> None:
    if not argv or len(argv) > 2:
        sys.exit(__doc__)
    src = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    for name in sorted(LABELS):
        if src.resolve() != out.resolve():
            shutil.copyfile(src / f"{name}.txt", out / f"{name}.txt")
        text = (out / f"{name}.txt").read_text(encoding="utf-8")
        gold = cut(name, text)
        (out / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild structure set 71b (held out): a second, independent labelling of structure_blind71's texts.

    python3 build.py [--src DIR] [--out DIR]
        (defaults: --src /work/data/structure-blind71, --out /work/data/structure-blind71b)

The sixteen texts are structure_blind71's (third-party news pages, built there by helper "xblind71");
this script copies each NAME.txt from --src to --out and writes NAME.json (gold) beside it from the
labels below, written blind by helper "xblind71b" (who read neither blind71's labels nor any
structure code). The texts stay in /work/data and are NOT for the repository. The labels hold no
article text: each block is a kind plus a START MARKER (the first characters of the block, at most
38, with an occurrence skip count where needed); markers are searched in order, each after the
previous block's start. A block runs from its marker to the next block's marker; its gold text is
that span, stripped of surrounding whitespace. `tail` is the start marker of site text glued to the
end of a block (gold `site_text_tail`: the stripped span from that marker to the block's end). The
headline is (block index, start marker or 0, end marker or None) into that block's text. The build
exits on a missing marker, a marker over 38 characters, text before the first marker, an empty
block or a tail that is the whole block. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

SRC_DIR = Path("/work/data/structure-blind71")
OUT_DIR = Path("/work/data/structure-blind71b")
MAX_MARKER = 38

Block = tuple  # (kind, marker) or (kind, marker, {"skip": n, "tail": marker, "note": str})
LABELS: dict[str, dict] = {}


def L(name: str, headline: tuple | None, blocks: list[Block]) -> None:
    LABELS[name] = {"headline": headline, "blocks": blocks}


def fail(name: str, message: str) -> None:
    sys.exit(f"{name}: {message}")


def cut(name: str, text: str, blocks: list[Block]) -> list[dict]:
    starts: list[int] = []
    pos = 0
    for block in blocks:
        kind, marker = block[0], block[1]
        opts = block[2] if len(block) > 2 else {}
        if len(marker) > MAX_MARKER:
            fail(name, f"marker over {MAX_MARKER} characters: {marker!r}")
        at = text.find(marker, pos + 1 if starts else 0)
        for _ in range(opts.get("skip", 0)):
            at = text.find(marker, at + 1) if at >= 0 else at
        if at < 0:
            fail(name, f"{kind} marker not found: {marker!r}")
        if not starts and text[:at].strip():
            fail(name, f"text before the first marker: {text[:at][:60]!r}")
        starts.append(at)
        pos = at
    out: list[dict] = []
    for i, block in enumerate(blocks):
        kind = block[0]
        opts = block[2] if len(block) > 2 else {}
        end = starts[i + 1] if i + 1 < len(blocks) else len(text)
        span = text[starts[i] : end].strip()
        if not span:
            fail(name, f"empty block {i} ({kind})")
        gold: dict = {"kind": kind, "text": span}
        if "tail" in opts:
            t = span.rfind(opts["tail"])
            if t <= 0:
                fail(name, f"tail not found inside block {i} or the whole block: {opts['tail']!r}")
            gold["site_text_tail"] = span[t:].strip()
        if "note" in opts:
            gold["note"] = opts["note"]
        out.append(gold)
    return out


def headline_text(name: str, blocks: list[dict], spec: tuple | None) -> str | None:
    if spec is None:
        return None
    index, start, end = spec
    text = blocks[index]["text"]
    a = 0 if start == 0 else text.find(start)
    b = len(text) if end is None else text.find(end, a)
    if a < 0 or b < 0:
        fail(name, f"headline span not found in block {index}: {spec!r}")
    head = text[a:b].strip()
    if not head:
        fail(name, "empty headline")
    return head


def build(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, label in sorted(LABELS.items()):
        source = src / f"{name}.txt"
        if not source.is_file():
            fail(name, f"no text at {source}")
        if source.resolve() != (out / source.name).resolve():
            shutil.copyfile(source, out / source.name)
        text = source.read_text(encoding="utf-8")
        blocks = cut(name, text, label["blocks"])
        gold = {"headline": headline_text(name, blocks, label["headline"]), "blocks": blocks}
        (out / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} texts + gold to {out}")


# ---------------------------------------------------------------------------------------------
# LABELS
# ---------------------------------------------------------------------------------------------

NOTITLE = "the excerpt starts below the page title: no headline"
CLEAN = "the text carries no site text"
CUT = "the excerpt ends inside this block"

# ---- Apache (apache.be; Flemish investigative site; analysis) -------------------------------------
L(
    "ap_cultuur",
    (0, 0, None),
    [
        ("headline", "Oude politieke cultuur in Antwerpen"),
        ("site_text", "6 oktober 2014", {"note": "publication date glued before the author: site text"}),
        ("byline", "Tom Cochez", {"note": "author after the date on one line: split off, byline"}),
        (
            "caption",
            "De slachthuissite (Beeld:",
            {"tail": "(Beeld: slachthuiswijk2060)", "note": "caption with words of its own; the credit its tail"},
        ),
        (
            "site_text",
            "De slachthuissite (Beeld:",
            {"note": "the caption printed again (the 2nd to 4th copies in a row): site text"},
        ),
        ("site_text", "De slachthuissite (Beeld:"),
        ("site_text", "De slachthuissite (Beeld:"),
        ("lede", "Apache.be volgt al geruime tijd met"),
        ("subheading", "Tunnelplaats"),
        ("paragraph", "Het dossier van de Tunnelplaats kan"),
        ("paragraph", "Het dossier over de Tunnelplaats kwam", {"note": CUT}),
    ],
)

# ---- ATV (atv.be; Antwerp regional TV; police item) ----------------------------------------------
L(
    "atv_dieven",
    None,
    [
        ("lede", "De cameraoperator van de Antwerpse", {"note": NOTITLE + "; " + CLEAN}),
        ("paragraph", "Op de beelden was te zien dat vier"),
    ],
)

# ---- De Morgen (demorgen.be; Flemish national daily; reportage) -----------------------------------
L(
    "dm_seefhoek",
    (1, 0, None),
    [
        ("site_text", "Maandag 25/10/2021", {"note": "date line: site text"}),
        (
            "headline",
            "Lenteschoonmaakin de Seefhoek",
            {
                "note": "the title; 'Lenteschoonmaak' glued to 'in de Seefhoek' without a space (a kicker, or the title's two parts): the whole line is the headline"
            },
        ),
        ("lede", "Plastic zakken van supermarkten zijn", {"note": "the intro"}),
        ("byline", "Erik Raspoet"),
        ("site_text", "Foto's Tim Dirven", {"note": "photo credit on its own line: site text"}),
        ("paragraph", "Frank en Frank zijn perfect op elkaar", {"note": CUT}),
    ],
)

# ---- Het Belang van Limburg (hbvl.be; Flemish regional daily; match report) -----------------------
L(
    "hb_topper",
    None,
    [
        ("lede", "Club Brugge heeft een hoogstaande", {"note": NOTITLE}),
        ("paragraph", "Door de farce met de schorsingen"),
        ("site_text", "Foto: BELGA", {"note": "photo credit on its own line (the photo's caption lost)"}),
        ("paragraph", "Onder impuls van een kolkend Jan"),
        ("subheading", "Musona brengt Anderlecht weer in de"),
        ("paragraph", "Door het hoge spel van de thuisploeg"),
        ("site_text", "Foto: BELGA", {"note": "photo credit on its own line"}),
        ("paragraph", "De Brusselaars knokten zich halfweg", {"note": CUT}),
    ],
)

# ---- HLN (hln.be; Flemish national daily; regional news) ------------------------------------------
L(
    "hln_inbraken",
    (0, 0, None),
    [
        ("headline", "Politie zet extra middelen in tegen"),
        ("byline", "Koen Baten", {"note": "author glued after the title: split off, byline"}),
        ("site_text", "24 oktober 2019", {"note": "date line: site text"}),
        (
            "site_text",
            "09u09 16",
            {"note": "the time and a comment counter glued before the lede's dateline: site text"},
        ),
        ("lede", "Aalst De laatste twee dagen werd er in", {"note": "place dateline 'Aalst' stays in the lede"}),
        ("paragraph", "Dinsdag was er al melding van een"),
        ("paragraph", "Alle ploegen werden gealarmeerd en"),
    ],
)

# ---- 1Limburg (1limburg.nl; L1, Dutch regional broadcaster; daily news programme page) ------------
L(
    "l1_centraal",
    (0, 0, None),
    [
        ("headline", "L1mburg Centraal - 25 mei 2023", {"note": "the title (programme name and date), first copy"}),
        ("site_text", "L1mburg Centraal - 25 mei 2023", {"note": "the title printed again: site text"}),
        (
            "lede",
            "Eindelijk algemene regeling voor",
            {
                "tail": "Dit en ander nieuws uit Limburg in",
                "note": "the programme's summary; its standing closing formula ('Dit en ander nieuws uit Limburg in L1mburg Centraal') the tail (doubtful: a frame sentence, as the greeting-frame row)",
            },
        ),
        (
            "site_text",
            "L1mburg Centraal van donderdag 25 mei",
            {"note": "the programme's standing frame with the day's date: site text"},
        ),
        ("site_text", "Met de volgende onderwerpen:", {"note": "standing frame: site text"}),
        ("subheading", "Eindelijk algemene regeling voor", {"note": "item title"}),
        ("paragraph", "Goed nieuws voor de mijnstreek."),
        ("site_text", "Bekijk hier de hele reportage", {"note": "link label: site text"}),
        ("subheading", "Is er beweging in conflict vakbonden"),
        ("paragraph", "Opnieuw uren van overleg tussen de"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Milieuactie handhavers op het water"),
        ("paragraph", "Van vissen zonder vergunning, tot"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Brand lanceert twee speciaalbieren"),
        ("paragraph", "Brand in Wijlre, opende donderdag een"),
        ("site_text", "Bekijk hier de hele reportage"),
        ("subheading", "Postduivenvereniging Kerkrade", {"note": "the last item's title; " + CUT}),
    ],
)

# ---- Het Nieuwsblad (nieuwsblad.be; Flemish national daily; short item) ---------------------------
L(
    "nb_ambtenaar",
    None,
    [
        (
            "lede",
            "Antwerpen - Antwerpen voert een",
            {
                "note": NOTITLE
                + "; place dateline stays; 'Dat schrijft De Morgen donderdag.' is a sentence of the text; "
                + CLEAN
            },
        ),
        ("paragraph", "“Dit is investeren in de hoop dat het"),
    ],
)

# ---- NU.nl (nu.nl; Dutch national news site; podcast page) ----------------------------------------
L(
    "nu_nutech",
    None,
    [
        (
            "site_text",
            "In De week van NUtech bespreken de",
            {
                "note": NOTITLE
                + "; the podcast series' standing blurb: site text (doubtful: it could be read as the intro)"
            },
        ),
        ("lede", "54 Nederlandse gemeenten zijn vanaf"),
        ("paragraph", "Verder deed NU.nl ook nog onderzoek"),
        (
            "site_text",
            "Wil je reageren op deze aflevering of",
            {"note": "the podcast's standing call to react by e-mail: site text"},
        ),
    ],
)

# ---- Omroep Brabant (omroepbrabant.nl; Dutch regional broadcaster; accident update) ---------------
L(
    "ob_nuenen",
    None,
    [
        (
            "site_text",
            "00.30",
            {
                "note": NOTITLE
                + "; a time line (publication or update time): site text (doubtful: a liveblog entry's time?)"
            },
        ),
        ("lede", "De politie is bezig met een onderzoek"),
        ("site_text", "LEES OOK: Bestuurder gewond nadat", {"note": "related-article link: site text"}),
    ],
)

# ---- Omroep Zeeland (omroepzeeland.nl; Dutch regional broadcaster; morning round-up) --------------
L(
    "oz_souburg",
    None,
    [
        (
            "site_text",
            "OOST-SOUBURG - Goedemorgen! Het is",
            {"note": NOTITLE + "; the round-up's greeting frame with its place: site text (stop 44 row)"},
        ),
        ("subheading", "Fraude", {"note": "item title"}),
        ("lede", "Iets bestellen via internet en betalen", {"note": "the first item's text"}),
        ("subheading", "Geluidsapparatuur"),
        ("paragraph", "Bij het foodtruckfestival in Terneuzen"),
        ("subheading", "De Schelde gedigitaliseerd"),
        ("paragraph", "Het Vlissingse gemeentearchief heeft"),
        (
            "site_text",
            "Foto: Ronny Verrijzer, Colijnsplaat",
            {"note": "photo credit (with the photographer's place) on its own line: site text"},
        ),
        ("subheading", "Weer"),
        ("paragraph", "Het is bewolkt, met lokaal wat"),
    ],
)

# ---- Het Parool (parool.nl; Dutch Amsterdam daily; accident report) -------------------------------
L(
    "pa_haarlemmerweg",
    None,
    [
        ("site_text", "Beeld Hollandse Hoogte / ANP", {"note": NOTITLE + "; photo credit on its own line"}),
        ("lede", "In beide aangetroffen auto's zat één"),
        ("paragraph", "De politie vermoedt dat er ‘zeer"),
    ],
)

# ---- Ring TV (ringtv.be; Flemish regional TV; programme item) -------------------------------------
L(
    "ring_cocktail",
    None,
    [
        ("lede", "Heb jij op je werk ooit al het bezoek", {"note": NOTITLE}),
        ("paragraph", "Een hele dag gingen de jongeren niet"),
        (
            "paragraph",
            "Ook om onbekende mensen aanspreken",
            {
                "tail": "Het eindresultaat van een blik achter",
                "note": "the programme plug closing it ('… zie je vanavond in Cocktail.') its tail, as blind70 tvo_houtkaai (doubtful: it also tells when the report airs)",
            },
        ),
    ],
)

# ---- RTV Drenthe (rtvdrenthe.nl; Dutch regional broadcaster; New Year's Eve fires) ----------------
L(
    "rtvd_branden",
    None,
    [
        (
            "caption",
            "Op het parkeerterrein in Assen stond",
            {
                "tail": "(Rechten: De Vries Media)",
                "note": NOTITLE + "; a photo gallery's captions, each with its credit as tail",
            },
        ),
        ("caption", "Ook op de Dordsestraat in Emmen stond", {"tail": "(Rechten: De Vries Media)"}),
        ("caption", "Aan de IJselstraat in Assen stond", {"tail": "(Rechten: De Vries Media)"}),
        ("caption", "In Emmer-Compascuum is een keet", {"tail": "(Rechten: Van Oost Media)"}),
        ("caption", "In Geesbrug ging een auto in vlammen", {"tail": "(Rechten: De Vries Media)"}),
        ("lede", "De brandweer heeft het in Drenthe"),
        ("paragraph", "Dat gebeurde aan de Berkenlaan in het"),
        ("paragraph", "De brandweer begon Oudejaarsavond en"),
        ("paragraph", "Rond 20.45 uur moest de brandweer"),
        ("paragraph", "Verder stond er een auto in brand aan"),
    ],
)

# ---- Tubantia (tubantia.nl; Dutch regional daily; column) ----------------------------------------
L(
    "tub_column",
    (0, 0, None),
    [
        (
            "headline",
            "Column Saamhorigheid in Twente, in",
            {"note": "the genre label 'Column' glued into the title line stays in the headline (kicker row)"},
        ),
        (
            "site_text",
            "8:42",
            {"note": "a time (publication time or a media length) glued before the text: site text"},
        ),
        ("lede", "De verslaggeefster van Radio 1 vraagt", {"note": CUT}),
    ],
)

# ---- TV Oost (tvoost.be; Flemish regional TV; festival item) --------------------------------------
L(
    "tvo_lokeren",
    (1, 0, None),
    [
        ("site_text", "Nieuws", {"note": "section label on its own line above the title"}),
        ("headline", "Zeer rustig openingsweekend volgens"),
        ("site_text", "embed", {"note": "video embed placeholder"}),
        ("lede", "En de afgelopen festivalavonden zijn"),
    ],
)

# ---- de Volkskrant (volkskrant.nl; Dutch national daily; interview) -------------------------------
L(
    "vk_koch",
    (1, 0, None),
    [
        ("site_text", "INTERVIEW", {"note": "genre label on its own line above the title"}),
        ("headline", "'Ik doe niet vals bescheiden'"),
        ("lede", "Geen boze, blanke man dit keer in de", {"note": "the intro"}),
        (
            "caption",
            "Zijn nieuwe roman is net uit, maar het",
            {
                "tail": "Beeld Gerard Wessel",
                "note": "the photo's caption (it repeats the first sentence of a later paragraph, not in a row: a caption); the credit its tail",
            },
        ),
        ("paragraph", "Herman Koch reed door een verlaten"),
        ("paragraph", "Als Herman Koch Het diner niet had"),
        (
            "quote",
            "'Het is een boek dat internationale",
            {"note": "a quote on its own line (a streamer?): article text"},
        ),
        ("paragraph", "Zijn nieuwe roman is net uit, maar het", {"note": CUT}),
    ],
)

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=SRC_DIR)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    build(args.src, args.out)

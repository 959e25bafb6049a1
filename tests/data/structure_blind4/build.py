#!/usr/bin/env python3
"""Rebuild structure blind set 4 (texts + gold files) from bare git mirrors.

    python3 build.py [MIRROR_ROOT]        (default /work/.mirror; writes next to this file)

The texts are third-party news texts and are NOT stored here: they are read from public GitHub
repositories (fetched as bare mirrors MIRROR_ROOT/<owner>+<name>/repo) at pinned commits. Only the
labels (ours) live in this file, in LABELS below: each block as its kind and a START MARKER (the
first characters of the block, never the whole text); a block runs to the next block's start. Python 3 standard library only.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NPO2023 = ("nieuwsmonitor/npo2023", "acb2a514fb913af7cd392853aaa6db75286aa75d")
QUANTUM = ("nruigrok/quantum", "1b4c9bee6df8ad73a4a7b98b0c567225ce35047f")
NPO = ("nruigrok/npo", "c640652782cfac2e457dfa724bce4abdcfb4632c")
DPG = ("dpgmedia/partisan-news2019", "bdad68056f2862cea1c22422e5cccc223b15d464")

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show(root: Path, repo: str, commit: str, path: str) -> bytes:
    gitdir = root / repo.replace("/", "+") / "repo"
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {gitdir}: fetch github:{repo} first")
    try:
        return subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")


_csv_cache: dict[tuple[str, str], dict[str, dict]] = {}


def npo2023_row(root: Path, row_id: str) -> dict[str, str]:
    key = NPO2023
    if key not in _csv_cache:
        raw = git_show(root, *NPO2023, "results/websites_amcat.csv").decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(raw, newline="")))
        by_id: dict[str, dict[str, str]] = {}
        for r in rows:
            if r["id"] in by_id:
                sys.exit(f"duplicate id {r['id']} in websites_amcat.csv")
            by_id[r["id"]] = r
        _csv_cache[key] = by_id
    return _csv_cache[key][row_id]


def source_bytes(root: Path, spec: dict) -> bytes:
    """The text of one item, byte for byte as stored (fields joined as the README says)."""
    if spec["src"] == "npo2023":
        r = npo2023_row(root, spec["id"])
        if r["publisher"] != spec["publisher"]:
            sys.exit(f"row {spec['id']}: publisher {r['publisher']!r}, expected {spec['publisher']!r}")
        return (r["title"] + "\n\n" + r["text"]).encode("utf-8")
    if spec["src"] == "quantum":
        return git_show(root, *QUANTUM, "data/text/txt/" + spec["file"])
    if spec["src"] == "npo":
        doc = json.loads(git_show(root, *NPO, "data.txt").decode("utf-8"))
        hit = doc["hits"]["hits"][spec["hit"]]["_source"]
        return (hit["title"] + "\n\n" + hit["bodytext"]).encode("utf-8")
    if spec["src"] == "dpg":
        if DPG not in _csv_cache:
            raw = git_show(root, *DPG, "dpgMedia2019-articles-byarticle-all.jsonl").decode("utf-8")
            _csv_cache[DPG] = {str(d["id"]): d for d in map(json.loads, raw.splitlines()) if d}
        d = _csv_cache[DPG][str(spec["id"])]
        return (d["title"] + "\n\n" + d["text"]).encode("utf-8")
    sys.exit(f"unknown source {spec['src']}")


def gold_blocks(text: str, blocks: list, name: str) -> list[dict]:
    """Each block runs from its start marker (searched in order; `skip` passes over earlier occurrences)
    to the next block's start, stripped; a `tail_chars` block ends in that many characters of site text."""
    starts = []
    pos = 0
    for b in blocks:
        kind, marker = b[0], b[1]
        extra = b[2] if len(b) > 2 else {}
        if kind not in KINDS:
            sys.exit(f"{name}: bad kind {kind}")
        at = text.find(marker, pos)
        for _ in range(extra.get("skip", 0)):
            at = text.find(marker, at + 1)
        if at < 0:
            sys.exit(f"{name}: block marker not found after offset {pos}: {marker!r}")
        if not starts and text[pos:at].strip():
            sys.exit(f"{name}: unlabelled text before the first block: {text[pos:at].strip()[:80]!r}")
        starts.append(at)
        pos = at + len(marker)
    out = []
    for i, b in enumerate(blocks):
        end = starts[i + 1] if i + 1 < len(blocks) else len(text)
        btext = text[starts[i] : end].strip()
        extra = b[2] if len(b) > 2 else {}
        blk = {"kind": b[0], "text": btext}
        if "tail_chars" in extra:
            blk["site_text_tail"] = btext[-extra["tail_chars"] :]
        if "note" in extra:
            blk["note"] = extra["note"]
        out.append(blk)
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    for name, item in LABELS.items():
        raw = source_bytes(root, item["source"])
        text = raw.decode("utf-8")
        blocks = gold_blocks(text, item["blocks"], name)
        headline = None
        if item["headline"] is not None:
            index, start, end = item["headline"]
            headline = blocks[index]["text"][start:end]
        gold = {"headline": headline, "blocks": blocks}
        (HERE / f"{name}.txt").write_bytes(raw)
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(LABELS)} texts and gold files to {HERE}")


# LABELS: name -> {"source": ..., "headline": (block index, start, end) | None, "blocks": [(kind, start marker[, extra])]}
LABELS: dict[str, dict] = {
    "npo2023_eenvandaag_42789941": {
        "source": {"src": "npo2023", "id": "42789941", "publisher": "EenVandaag"},
        "headline": (0, 0, 103),
        "blocks": [
            ("headline", "Dilan Yeşilg"),
            ("lede", "Dilan Yeşilg"),
            ("site_text", "Vragen? Stel", {"note": "EenVandaag page furniture: reader-questions call-to-action box"}),
            ("site_text", "Tweede Kamer", {"note": "dossier box: topic label"}),
            ("site_text", "112 artikele", {"note": "dossier box: article count"}),
            ("site_text", "Presentatore", {"note": "EenVandaag sidebar: list of the programme's presenters"}),
            ("site_text", "Pieter Jan H", {"note": "presenter name in the sidebar"}),
            ("site_text", "Rik van de W", {"note": "presenter name in the sidebar"}),
            ("site_text", "Roos Moggré\n", {"note": "presenter name in the sidebar"}),
            ("site_text", "Suzanne Bosm", {"note": "presenter name in the sidebar"}),
        ],
    },
    "npo2023_eenvandaag_42789885": {
        "source": {"src": "npo2023", "id": "42789885", "publisher": "EenVandaag"},
        "headline": (0, 0, 117),
        "blocks": [
            ("headline", "100 rijden h"),
            ("lede", "Overdag maxi"),
            ("paragraph", "Lijstrekker "),
            ("subheading", "Stikstofruim"),
            ("paragraph", "Het is een r"),
            ("paragraph", '"Er werden d'),
            ("subheading", "0.2 procent\n"),
            ("paragraph", "Dat plan van"),
            ("paragraph", "Volgens TNO "),
            ("subheading", "Topje van de"),
            ("paragraph", "Toch is deze"),
            ("paragraph", "De Vries voe"),
            ("site_text", "Vragen? Stel", {"note": "EenVandaag page furniture: reader-questions call-to-action box"}),
            ("site_text", "Presentatore", {"note": "EenVandaag sidebar: list of the programme's presenters"}),
            ("site_text", "Pieter Jan H", {"note": "presenter name in the sidebar"}),
            ("site_text", "Rik van de W", {"note": "presenter name in the sidebar"}),
            ("site_text", "Roos Moggré\n", {"note": "presenter name in the sidebar"}),
            ("site_text", "Suzanne Bosm", {"note": "presenter name in the sidebar"}),
        ],
    },
    "npo2023_eenvandaag_42789889": {
        "source": {"src": "npo2023", "id": "42789889", "publisher": "EenVandaag"},
        "headline": (0, 0, 102),
        "blocks": [
            ("headline", "Zwevende kie"),
            ("lede", "Pas 4 op de "),
            ("paragraph", "Dat vroeg Ee"),
            ("subheading", "Verkiezingsp"),
            ("paragraph", "De zwevende "),
            ("paragraph", "Maar de ene "),
            ("subheading", "VVD: plannen"),
            ("paragraph", "Waar letten "),
            ("paragraph", "VVD-leider D"),
            ("subheading", "NSC: inhoud "),
            ("paragraph", "Zwevende kie"),
            ("paragraph", "Pieter Omtzi"),
            ("subheading", "GroenLinks-P"),
            ("paragraph", "Bij mensen d"),
            ("paragraph", "Ook vinden z"),
            ("subheading", "PVV: actuele"),
            ("paragraph", "Zwevers rond"),
            ("paragraph", "Om kiezers b"),
            ("subheading", "D66: invloed"),
            ("paragraph", "Opvallend bi"),
            ("paragraph", "Wat moet lij"),
            ("subheading", "BBB: debatte"),
            ("paragraph", "Ook kiezers "),
            ("paragraph", "Als Caroline"),
            (
                "subheading",
                "Over dit ond",
                {
                    "note": "heading of a collapsed 'about this survey' box whose "
                    "text was not scraped; kept as article (subheading) - "
                    "doubtful"
                },
            ),
            ("site_text", "Vragen? Stel", {"note": "EenVandaag page furniture: reader-questions call-to-action box"}),
            ("site_text", "Presentatore", {"note": "EenVandaag sidebar: list of the programme's presenters"}),
            ("site_text", "Pieter Jan H", {"note": "presenter name in the sidebar"}),
            ("site_text", "Rik van de W", {"note": "presenter name in the sidebar"}),
            ("site_text", "Roos Moggré\n", {"note": "presenter name in the sidebar"}),
            ("site_text", "Suzanne Bosm", {"note": "presenter name in the sidebar"}),
        ],
    },
    "npo2023_radio1_42789854": {
        "source": {"src": "npo2023", "id": "42789854", "publisher": "Radio1.nl"},
        "headline": (0, 0, 56),
        "blocks": [
            ("headline", "Hoe politiek"),
            ("lede", "Binnen de po"),
            ("subheading", "Groepsdynami"),
            ("paragraph", "Bij netwerkc"),
            ("subheading", "Gemiste kans"),
            ("paragraph", "De politieke"),
            ("paragraph", "Een aantal p"),
            ("subheading", "Sociaal kapi"),
            ("paragraph", "Slingerland "),
            ("site_text", "Gerelateerd", {"note": "heading of the 'related items' rail; the items were not scraped"}),
        ],
    },
    "npo2023_radio1_42789859": {
        "source": {"src": "npo2023", "id": "42789859", "publisher": "Radio1.nl"},
        "headline": (0, 0, 92),
        "blocks": [
            ("headline", "Dassen (Volt"),
            ("lede", "Lijsttrekker"),
            ("paragraph", "Dassen ziet "),
            ("subheading", "Europese opl"),
            ("paragraph", "In het NRC w"),
            ("paragraph", '"Omtzigt wil'),
            ("paragraph", "Dassen vrees"),
            ("site_text", "Luister Sven", {"note": "podcast promo of the radio programme"}),
            ("site_text", "Gerelateerd", {"note": "heading of the 'related items' rail; the items were not scraped"}),
        ],
    },
    "npo2023_nos_42790228": {
        "source": {"src": "npo2023", "id": "42790228", "publisher": "NOS.nl"},
        "headline": (0, 0, 67),
        "blocks": [
            ("headline", "Wonderkind W"),
            ("lede", "De hype rond"),
            ("paragraph", "De Fransman "),
            ("subheading", "Adelaarsarme"),
            ("paragraph", "De 2.24 mete"),
            ("paragraph", "In zijn eers"),
            ("site_text", "NBA\n\n@NBA\n\nA", {"note": "embedded tweet: account display name"}),
            (
                "site_text",
                "@NBA\n\nA CAREER NIGHT FOR VICTOR WEMBANYA",
                {"skip": 1, "note": "embedded tweet: account handle"},
            ),
            (
                "quote",
                "A CAREER NIGHT FOR VICTOR WEMBANYAMA.\n\n🔥",
                {"skip": 1, "note": "text of the embedded tweet (English), kept as quoted content"},
            ),
            ("quote", "🔥 38 PTS (career-high)\n💪 10 REB\n🚫 2 BLK\n", {"skip": 1}),
            ("quote", "💪 10 REB\n🚫 2 BLK\n\nSpurs got the W in a T", {"skip": 1}),
            ("quote", "🚫 2 BLK\n\nSpurs got the W in a THRILLER i", {"skip": 1}),
            ("quote", "Spurs got the W in a THRILLER in Phoenix", {"skip": 1}),
            ("site_text", "5:41\n\n3 nove", {"note": "embedded tweet: time stamp"}),
            (
                "site_text",
                "3 november 2023\n\nDe Suns hadden een acht",
                {"skip": 1, "note": "embedded tweet: date stamp"},
            ),
            ("paragraph", "De Suns hadden een achterstand van 27 pu", {"skip": 1}),
            ("paragraph", '"Iemand moet'),
            ("subheading", "Lof van Dura"),
            ("paragraph", "Het grote ta"),
            ("paragraph", '"Er is niema'),
            ("paragraph", "Ook Suns-gua"),
            ("paragraph", "Wembanyama z"),
            ("paragraph", "Rond zijn ee", {"note": "introduces an embedded video that was not scraped; article text"}),
        ],
    },
    "npo2023_nos_42790722": {
        "source": {"src": "npo2023", "id": "42790722", "publisher": "NOS.nl"},
        "headline": (0, 0, 50),
        "blocks": [
            ("headline", "Huis van PVV"),
            ("lede", "De stenen po"),
            ("paragraph", "In rode verf"),
            ("paragraph", "Geert Wilder"),
            ("site_text", "Geert Wilder", {"note": "embedded tweet: account display name"}),
            ("site_text", "@geertwilder", {"note": "embedded tweet: account handle"}),
            ("quote", "Bij een van ", {"note": "text of the embedded tweet, kept as quoted content"}),
            ("site_text", "12:47\n\n9 nov", {"note": "embedded tweet: time stamp"}),
            (
                "site_text",
                "9 november 2023\n\nVier jaar geleden werd ",
                {"skip": 1, "note": "embedded tweet: date stamp"},
            ),
            ("paragraph", "Vier jaar geleden werd dezelfde muur ook", {"skip": 1}),
            ("paragraph", "Partijleider"),
        ],
    },
    "npo2023_nos_42790182": {
        "source": {"src": "npo2023", "id": "42790182", "publisher": "NOS.nl"},
        "headline": (1, 0, 70),
        "blocks": [
            (
                "site_text",
                "Wekdienst 1/",
                {"note": "rubric label (daily morning briefing) + date glued before the headline; doubtful"},
            ),
            ("headline", "Wrakingskame"),
            ("lede", "Goedemorgen!"),
            ("paragraph", "Eerst het we"),
            (
                "site_text",
                "Ga je de weg",
                {
                    "note": "standing service line of the morning briefing with links to "
                    "traffic/rail overviews; doubtful"
                },
            ),
            ("subheading", "Wat kun je v", {"note": "section heading; the list under it was not scraped"}),
            ("subheading", "Wat heb je g"),
            ("paragraph", "Het minister"),
            ("paragraph", "Vanwege de v"),
            ("site_text", "Lees meer ov", {"note": "link to the liveblog"}),
            ("subheading", "Ander nieuws", {"note": "section heading; the list under it was not scraped"}),
            ("subheading", "En dan nog e"),
            ("paragraph", "Tijdens het "),
            ("paragraph", "Fijne dag!"),
        ],
    },
    "npo2023_nos_42791590": {
        "source": {"src": "npo2023", "id": "42791590", "publisher": "NOS.nl"},
        "headline": (0, 0, 54),
        "blocks": [
            ("headline", "Nieuwe Europ"),
            ("byline", "Aïda Brands\n"),
            ("byline", "redacteur Br"),
            ("byline", "Aïda Brands\n", {"note": "the author box appears twice in the scrape; still a byline"}),
            ("byline", "redacteur Br", {"note": "the author box appears twice in the scrape; still a byline"}),
            ("lede", "Brussel wil "),
            ("paragraph", "De afgelopen"),
            ("paragraph", "Op dit momen"),
            ("subheading", "Vergunningen"),
            ("paragraph", '"Te lang heb'),
            ("paragraph", "De bedoeling"),
            ("subheading", "Nederlandse "),
            ("paragraph", "Advocaat Bén"),
            ("paragraph", "Met de huidi"),
            ("paragraph", "De nieuwe Eu"),
            ("paragraph", "De EU-landen"),
        ],
    },
    "npo2023_nos_42790136": {
        "source": {"src": "npo2023", "id": "42790136", "publisher": "NOS.nl"},
        "headline": (0, 0, 75),
        "blocks": [
            ("headline", "Verstappen e"),
            ("byline", "Joost Smedem"),
            ("byline", "redacteur Fo"),
            ("byline", "Joost Smedem", {"note": "the author box appears twice in the scrape; still a byline"}),
            ("byline", "redacteur Fo", {"note": "the author box appears twice in the scrape; still a byline"}),
            ("lede", "Rookies zijn"),
            ("paragraph", "Maar wat ze "),
            ("subheading", "Niet de rege"),
            ("paragraph", "Het was also"),
            ("paragraph", "Uiteindelijk"),
            (
                "site_text",
                "De uitslag v",
                {
                    "note": "standing race-weekend schedule box inserted mid-article "
                    "(start times); doubtful - could be read as article service "
                    "info"
                },
            ),
            (
                "site_text",
                "Zaterdag beg",
                {"note": "standing race-weekend schedule box inserted mid-article (sprint format, points); doubtful"},
            ),
            ("paragraph", '"Ik schreeuw'),
            ("paragraph", '"Dat de bala'),
            ("subheading", "'Absurd en v"),
            ("paragraph", "Leclerc had "),
            ("paragraph", "Het had niet"),
            ("paragraph", '"Een mooie v'),
            ("subheading", "Onzekerheid "),
            ("paragraph", "Wat het bete"),
            ("paragraph", "Een weggewaa"),
            ("paragraph", '"Het zit all'),
            ("paragraph", '"De banden s'),
        ],
    },
    "npo_eenvandaag_126446": {
        "source": {"src": "npo", "hit": 0},
        "headline": (0, 0, 116),
        "blocks": [
            ("headline", "De papieren "),
            ("lede", "Sinds 2015 g"),
            ("subheading", "Acties\nMense"),
            ("paragraph", "Mensen komen zelf op het idee om een 'ec", {"skip": 1}),
            ("paragraph", "Ook andere a"),
            ("subheading", "Beperkt op k"),
            ("paragraph", "Dat de papie"),
            ("paragraph", '"Aan de ande'),
            ("subheading", "Digitaal nie"),
            ("paragraph", "Met de komst"),
            ("paragraph", "Kortom, verv"),
        ],
    },
    "quantum_ad_265": {
        "source": {"src": "quantum", "file": "265_PS#_5FTY-S0P1-DYRY-N01W.txt"},
        "headline": (0, 0, 38),
        "blocks": [
            ("headline", "Groot projec"),
            ("site_text", "AD/Algemeen ", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "24 april 201",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Sta"),
            ("site_text", "Length: 88 w"),
            ("site_text", "Body\r\n\r\nDe T"),
            ("lede", "De TU Eindhoven (TU/e) doet samen met el", {"skip": 1}),
            ("site_text", "Bekijk de oo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Edu"),
            ("site_text", "Groot projec", {"note": "repeated title inside the export's classification block"}),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: A"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_ad_585": {
        "source": {"src": "quantum", "file": "585_PS#_5CB0-T111-JC8W-Y0XS.txt"},
        "headline": (0, 0, 25),
        "blocks": [
            ("headline", "Star Trek bi"),
            ("site_text", "AD/Algemeen ", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "31 mei 2014 ",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Alg"),
            ("site_text", "Length: 125 "),
            ("byline", "Byline: LEO "),
            ("site_text", "Body\r\n\r\nDELF"),
            (
                "lede",
                "DELFT | Voor Star Trek-kapitein James Ki",
                {"skip": 1, "note": "starts with the dateline 'DELFT |' (article metadata, kept in the lede)"},
            ),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Phy"),
            ("site_text", "Star Trek bi"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: M"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_telegraaf_599": {
        "source": {"src": "quantum", "file": "599_PS#_5D5W-SSH1-JC8W-Y36W.txt"},
        "headline": (0, 0, 29),
        "blocks": [
            ("headline", "Magneet en k"),
            ("site_text", "De Telegraaf", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "20 september",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Wet"),
            ("site_text", "Length: 317 "),
            ("byline", "Byline: Veld"),
            ("site_text", "Body\r\n\r\nVRAA"),
            (
                "lede",
                "VRAAG  Waarom is ijzer magnetisch,  in t",
                {"skip": 1, "note": "the reader's question with the labels VRAAG/ANTWOORD; article text"},
            ),
            ("paragraph", "Veel materia"),
            ("paragraph", "IJzer is nie"),
            ("paragraph", "Het optreden"),
            ("paragraph", "De sterkste "),
            ("site_text", "Magneet en k", {"note": "page-break running head (repeated title) inside the text"}),
            ("paragraph", "magneten zij"),
            ("byline", "Dr. Lennart ", {"note": "signature of the expert who answers (byline)"}),
            ("byline", "Faculteit Ge"),
            ("byline", "Universiteit"),
            ("site_text", "Twitter: @Un", {"note": "contact line of the answering institute"}),
            ("site_text", "Heeft u ook ", {"note": "standing appeal of the Q&A column (send your question to ...)"}),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Sup"),
            ("site_text", "Industry: Me"),
            ("site_text", "Load-Date: S"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_telegraaf_581": {
        "source": {"src": "quantum", "file": "581_PS#_5H6J-66T1-DYRY-N28K.txt"},
        "headline": (0, 0, 25),
        "blocks": [
            ("headline", "Het heelal i"),
            ("site_text", "De Telegraaf", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "22 oktober 2",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Bin"),
            ("site_text", "Length: 122 "),
            ("byline", "Byline: Tong"),
            ("site_text", "Body\r\n\r\nAmst"),
            (
                "lede",
                "Amsterdam  Het heeft 80 jaar geduurd, ma",
                {"skip": 1, "note": "starts with the dateline 'Amsterdam' (kept in the lede)"},
            ),
            ("paragraph", "Maar onderzo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Phy"),
            ("site_text", "Het heelal i"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: O"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_nrcnext_690": {
        "source": {"src": "quantum", "file": "690_PS#_5G48-4VB1-JC8W-Y17W.txt"},
        "headline": (0, 0, 50),
        "blocks": [
            ("headline", "Qutech Neder"),
            ("site_text", "NRC.NEXT\r\n2 ", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "2 juni 2015 dinsdag\r\nCopyright 2015 NRC ",
                {
                    "skip": 1,
                    "note": "Nexis export header: publication date (export metadata, not a dateline in the text)",
                },
            ),
            ("site_text", "Copyright 2015 NRC Media B.V. All Rights", {"skip": 1}),
            ("site_text", "Section: tec"),
            ("site_text", "Length: 105 "),
            ("byline", "Byline: ANP\r"),
            ("site_text", "Body\r\n\r\nAmst"),
            (
                "lede",
                "Amsterdam.  Het kabinet steekt de komend",
                {
                    "skip": 1,
                    "note": "one paragraph hard-wrapped over three lines; starts with the dateline 'Amsterdam.'",
                },
            ),
            (
                "paragraph",
                "Supercompute",
                {
                    "tail_chars": 3,
                    "note": "agency credit glued to the last paragraph (tail); some would call it a byline",
                },
            ),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Exp"),
            ("site_text", "Industry: Co"),
            ("site_text", "Qutech Neder"),
            ("site_text", "Load-Date: J"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_trouw_186": {
        "source": {"src": "quantum", "file": "186_PS#_5PVJ-7RY1-JC8X-637P.txt"},
        "headline": (0, 0, 42),
        "blocks": [
            (
                "headline",
                "Proefschrift",
                {
                    "note": "archive title; may begin with a kicker ('Proefschrift') joined "
                    "to the head - kept whole as headline"
                },
            ),
            ("site_text", "Trouw\r\n1 nov", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "1 november 2017 woensdag\r\nCopyright 2017",
                {
                    "skip": 1,
                    "note": "Nexis export header: publication date (export metadata, not a dateline in the text)",
                },
            ),
            ("site_text", "Copyright 2017 De Persgroep Nederland BV", {"skip": 1}),
            ("site_text", "Section: Van"),
            ("site_text", "Length: 122 "),
            ("site_text", "Body\r\n\r\npers"),
            (
                "site_text",
                "personalia\r\nZijn proefschrift haalde The",
                {"skip": 1, "note": "rubric kicker (personalia)"},
            ),
            ("lede", "Zijn proefschrift haalde The New York Ti", {"skip": 1}),
            ("site_text", "Bekijk de oo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Subject: Exp"),
            ("site_text", "Employees (7"),
            ("site_text", "Industry: Co"),
            ("site_text", "Proefschrift"),
            ("site_text", "Load-Date: O"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_trouw_231": {
        "source": {"src": "quantum", "file": "231_PS#_5M76-8CG1-DYRY-X2W6.txt"},
        "headline": (0, 0, 28),
        "blocks": [
            ("headline", "Microsoft op"),
            ("site_text", "Trouw\r\n22 no", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "22 november 2016 dinsdag\r\nCopyright 2016",
                {
                    "skip": 1,
                    "note": "Nexis export header: publication date (export metadata, not a dateline in the text)",
                },
            ),
            ("site_text", "Copyright 2016 De Persgroep Nederland BV", {"skip": 1}),
            ("site_text", "Section: Ned"),
            ("site_text", "Length: 156 "),
            ("byline", "Byline: TROU", {"note": "byline naming the paper itself"}),
            ("site_text", "Body\r\n\r\nquan"),
            (
                "site_text",
                "quantumcomputer\r\nDe Amerikaanse software",
                {"skip": 1, "note": "topic kicker above the text"},
            ),
            ("lede", "De Amerikaanse softwaregigant Microsoft ", {"skip": 1}),
            ("paragraph", "De Delftse u"),
            ("paragraph", "Quantumcompu"),
            ("site_text", "Bekijk de oo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Microsoft op"),
            ("site_text", "Publication-"),
            ("site_text", "Subject: Edu"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: N"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_parool_87": {
        "source": {"src": "quantum", "file": "87_PS#_5V77-CHV1-JC8X-64DS.txt"},
        "headline": None,
        "blocks": [
            (
                "site_text",
                "[Quantumsyst",
                {
                    "note": "the archive's placeholder title (first words of the text, "
                    "bracketed): the page is a digest of three items with no overall "
                    "headline, so the gold headline is null"
                },
            ),
            ("site_text", "Het Parool\r\n", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "19 januari 2",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Wet"),
            ("site_text", "Length: 317 "),
            ("site_text", "Body\r\n\r\nQuan"),
            ("subheading", "Quantumsysteem IBM online\r\nIT-bedrijf IB", {"skip": 1}),
            ("paragraph", "IT-bedrijf IBM heeft voor het eerst een ", {"skip": 1}),
            ("subheading", "Tandplak vro"),
            ("paragraph", "Onderzoekers"),
            ("subheading", "Zwarte apen "),
            ("paragraph", "Steeds meer "),
            (
                "site_text",
                "[Quantumsyst",
                {"note": "page-break running head (the placeholder title repeated) inside the last item"},
            ),
            ("paragraph", "vacht. Boven"),
            ("site_text", "Bekijk de oo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Subject: Vir"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: J"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_nrc_378": {
        "source": {"src": "quantum", "file": "378_PS#_59GW-JV91-JC8W-Y3TS.txt"},
        "headline": None,
        "blocks": [
            (
                "site_text",
                "No Headline ",
                {"note": "the archive says the page has no headline (digest of three items); gold headline null"},
            ),
            ("site_text", "NRC Handelsb", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "3 oktober 20",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Wet"),
            ("site_text", "Length: 291 "),
            ("site_text", "Body\r\n\r\nKank"),
            (
                "site_text",
                "Kanker\r\n Bloeddrukverlager ondersteunt c",
                {"skip": 1, "note": "topic kicker above the item title"},
            ),
            ("subheading", "Bloeddrukverlager ondersteunt chemo \r\nAm", {"skip": 1}),
            (
                "paragraph",
                "Amsterdam. Chemotherapeutische medicatie",
                {"skip": 1, "tail_chars": 5, "note": "source credit glued to the item (tail)"},
            ),
            ("site_text", "Quantummecha", {"note": "topic kicker above the item title"}),
            ("subheading", "Veel geld vo"),
            ("paragraph", "Amsterdam.  ", {"tail_chars": 5, "note": "source credit glued to the item (tail)"}),
            ("site_text", "Langer leven", {"note": "topic kicker above the item title"}),
            ("subheading", "Eiwitten naa"),
            ("site_text", "No Headline ", {"note": "page-break running head inside the text"}),
            ("paragraph", "Amsterdam. N", {"tail_chars": 5, "note": "source credit glued to the item (tail)"}),
            ("site_text", "Graphic\r\n\r\n ", {"note": "export label of the picture block"}),
            ("caption", "Naakte molra"),
            ("site_text", "Foto  J. Ada", {"note": "photo credit alone on a line"}),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Journal Code"),
            ("site_text", "Subject: Can"),
            ("site_text", "Company:  MI"),
            ("site_text", "Ticker: MSFT"),
            ("site_text", "Industry: NA"),
            ("site_text", "SOFTWARE (54"),
            ("site_text", "Information "),
            ("site_text", "Load-Date: O"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_nrc_650": {
        "source": {"src": "quantum", "file": "650_PS#_5VBP-SW81-DYMH-R3WJ.txt"},
        "headline": (0, 0, 75),
        "blocks": [
            (
                "headline",
                "Documentaire",
                {
                    "tail_chars": 12,
                    "note": "rubric label 'Uitgelicht' glued to the headline by the archive "
                    "(tail); channel and time are part of the TV-tip headline",
                },
            ),
            ("site_text", "NRC Handelsb", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "4 februari 2",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: DE "),
            ("site_text", "Length: 181 "),
            ("site_text", "Body\r\n\r\nNano"),
            ("lede", "Nano-wetenschapper Leo Kouwenhoven is sa", {"skip": 1}),
            ("site_text", "Link naar PD", {"note": "archive link label"}),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Documentaire"),
            ("site_text", "Subject: Exp"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: F"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "quantum_volkskrant_227": {
        "source": {"src": "quantum", "file": "227_PS#_5M82-7CD1-DYRY-X2M8.txt"},
        "headline": (0, 0, 28),
        "blocks": [
            ("headline", "Microsoft ka"),
            ("site_text", "de Volkskran", {"note": "Nexis export header: publication name"}),
            (
                "site_text",
                "26 november ",
                {"note": "Nexis export header: publication date (export metadata, not a dateline in the text)"},
            ),
            ("site_text", "Copyright 20"),
            ("site_text", "Section: Sir"),
            ("site_text", "Length: 391 "),
            ("byline", "Byline: MART"),
            (
                "lede",
                "Highlight: C",
                {"note": "the standfirst, prefixed by the export label 'Highlight:' (kept whole as lede) - doubtful"},
            ),
            ("site_text", "Body\r\n\r\nDe w"),
            ("site_text", "De week in wetenschap\r\nHet meest verrass", {"skip": 1, "note": "column kicker"}),
            ("paragraph", "Het meest verrassende aan het nieuws dat", {"skip": 1}),
            ("paragraph", "Het echte ni"),
            ("paragraph", "De universit"),
            ("paragraph", "Kritiek was "),
            ("site_text", "Microsoft ka", {"note": "page-break running head (repeated title) inside the text"}),
            ("paragraph", "overnemen. D"),
            ("paragraph", "Een paar jaa"),
            ("paragraph", "Datzelfde ri"),
            ("site_text", "Bekijk de oo"),
            ("site_text", "Classificati"),
            ("site_text", "Language: DU"),
            ("site_text", "Publication-"),
            ("site_text", "Subject: Exp"),
            ("site_text", "Industry: Co"),
            ("site_text", "Load-Date: N"),
            ("site_text", "End of Docum"),
            ("site_text", "Page 2 of 2\r"),
        ],
    },
    "dpg_tubantia_10802213": {
        "source": {"src": "dpg", "id": 10802213},
        "headline": (0, 0, 48),
        "blocks": [
            ("headline", "Giovanni lee"),
            ("paragraph", "Zelden is er"),
            ("subheading", "Spanning Vol", {"note": "inline subheading: the dump joined all paragraphs into one line"}),
            ("paragraph", "Volgens Imbrogiano zijn trouwens bijna a", {"skip": 1}),
            ("subheading", "Badkamer Eve", {"note": "inline subheading: the dump joined all paragraphs into one line"}),
            (
                "paragraph",
                "Even heeft de Enschedeër dat gecompensee",
                {"skip": 1, "tail_chars": 53, "note": "app/video promo glued to the last paragraph (tail)"},
            ),
        ],
    },
    "dpg_gelderlander_10740614": {
        "source": {"src": "dpg", "id": 10740614},
        "headline": (0, 0, 35),
        "blocks": [
            (
                "headline",
                "Binnen een j",
                {
                    "tail_chars": 26,
                    "note": "tags/rubric ('siza nova me', 'Faillissement') glued to "
                    "the title by the dump (tail); doubtful whether "
                    "'Faillissement' was a kicker of the printed head",
                },
            ),
            ("lede", "Het zorgbedr", {"note": "the standfirst, cut out of the one-line body"}),
            ("paragraph", "Het is 19 fe"),
            ("subheading", "Klooster Een", {"note": "inline subheading: the dump joined all paragraphs into one line"}),
            ("paragraph", "Een weekeinde in een Tibetaans klooster ", {"skip": 1}),
            ("subheading", "Besmeurd Op ", {"note": "inline subheading: the dump joined all paragraphs into one line"}),
            (
                "paragraph",
                "Op de dag dat de rechtbank dat bepaalt, ",
                {
                    "skip": 1,
                    "tail_chars": 48,
                    "note": "tip request with the (truncated) author e-mail glued to the end (tail)",
                },
            ),
        ],
    },
    "dpg_volkskrant_10591868": {
        "source": {"src": "dpg", "id": 10591868},
        "headline": (0, 0, 46),
        "blocks": [
            (
                "headline",
                "Europese ver",
                {"tail_chars": 12, "note": "section/rubric label glued to the title by the dump (tail)"},
            ),
            ("paragraph", "Overal in Eu"),
        ],
    },
}


if __name__ == "__main__":
    main()

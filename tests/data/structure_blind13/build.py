#!/usr/bin/env python3
"""Rebuild structure blind set 13 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field rules below (ours). Only the labels (ours) live
here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the first
characters of the block, at most 38, with an occurrence skip count where needed). A block runs from
its marker to the next block's marker; its gold text is that span, stripped of surrounding
whitespace. `tail` is the start marker of site text glued to the end of a block (gold
`site_text_tail`). The headline is (block index, start, end) into that block's text (end None = to
the block's end; start/end may be marker strings). Python 3 standard library only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit, path)
AMCAT = "amcat/amcat"
AMCAT_COMMIT = "499ad0cb7147f705ebf83604b9e0873b5b0edb61"
MEDIARGUS = (AMCAT, AMCAT_COMMIT, "amcat/scripts/article_upload/tests/test_files/mediargus.txt")
LEXIS = (AMCAT, AMCAT_COMMIT, "amcat/scripts/article_upload/tests/test_files/lexisnexis/test3.txt")
STIMULI = (
    "nickma101/NewsApp",
    "6e3728d95608599fff0f2ba6093e3158c4746ce2",
    "backend/app/static/stimulus_material.json",
)

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show_bytes(root: Path, repo: str, commit: str, path: str) -> bytes:
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        return subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")


_cache: dict[tuple, object] = {}

# a Mediargus document starts with its date/page line, e.g. "29-11-2011, p.13"
_MG_DOC = re.compile(r"(?m)^\d\d-\d\d-\d{4}, p\.\s*\d+")


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields as the README says)."""
    if spec["src"] == "mediargus":
        if MEDIARGUS not in _cache:
            # the export is Latin-1 (ISO-8859-1), LF line ends
            _cache[MEDIARGUS] = git_show_bytes(root, *MEDIARGUS).decode("latin-1")
        t = _cache[MEDIARGUS]
        assert isinstance(t, str)
        starts = [m.start() for m in _MG_DOC.finditer(t)]
        i = spec["doc"]
        doc = t[starts[i] : starts[i + 1] if i + 1 < len(starts) else len(t)]
        # field rule (ours): one document of the export's full-text part, from its date/page line
        # to its copyright line, lines as stored, outer blank lines stripped
        if not doc.startswith(spec["date"]) or "©" not in doc:
            sys.exit(f"Mediargus document {i} is not {spec['date']!r}: file changed")
        return doc.strip() + "\n"
    if spec["src"] == "lexis":
        raw = git_show_bytes(root, *LEXIS).decode("utf-8-sig")
        # field rule (ours): the export from its first line to the end of its first document (the
        # `LOAD-DATE:` line); the second document of the file is a test variant with a German
        # header and is not used
        m = re.search(r"(?m)^LOAD-DATE:.*$", raw)
        if not m:
            sys.exit("LexisNexis file: no LOAD-DATE line")
        return raw[: m.end()].strip() + "\n"
    if spec["src"] == "stimuli":
        if STIMULI not in _cache:
            _cache[STIMULI] = json.loads(git_show_bytes(root, *STIMULI).decode("utf-8"))
        found = [a for a in _cache[STIMULI] if a.get("id") == spec["id"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"stimulus item {spec['id']} not found")
        a = found[0]
        if a.get("url") != spec["url"]:
            sys.exit(f"stimulus item {spec['id']} has another url: file changed")
        # field rule (ours): `title`, `teaser`, `text`, each stripped, joined by a blank line; the
        # `<p>`/`<b>` markup of `text` kept as stored (all on one line)
        return "\n\n".join(a[k].strip() for k in ("title", "teaser", "text")) + "\n"
    sys.exit(f"unknown source {spec['src']}")


def locate(text: str, marker: str, skip: int, pos: int, name: str) -> int:
    at = pos
    for _ in range(skip + 1):
        at = text.find(marker, at)
        if at < 0:
            sys.exit(f"{name}: marker {marker!r} (skip {skip}) not found after offset {pos}")
        at += 1
    return at - 1


def gold_blocks(text: str, blocks: list, name: str) -> list[dict]:
    """Cut the text at the start markers, in order; the blocks cover all non-space text."""
    starts: list[int] = []
    pos = 0
    for b in blocks:
        kind, marker = b[0], b[1]
        extra = b[2] if len(b) > 2 else {}
        if kind not in KINDS:
            sys.exit(f"{name}: bad kind {kind}")
        if len(marker) > 38:
            sys.exit(f"{name}: marker longer than 38 characters: {marker!r}")
        at = locate(text, marker, extra.get("skip", 0), pos, name)
        if not starts and text[:at].strip():
            sys.exit(f"{name}: unlabelled text before the first block: {text[:at].strip()[:80]!r}")
        starts.append(at)
        pos = at + 1
    out = []
    for i, b in enumerate(blocks):
        end = starts[i + 1] if i + 1 < len(blocks) else len(text)
        btext = text[starts[i] : end].strip()
        if not btext:
            sys.exit(f"{name}: empty block {i} ({b[1]!r})")
        extra = b[2] if len(b) > 2 else {}
        blk = {"kind": b[0], "text": btext}
        if "tail" in extra:
            tail_at = btext.rfind(extra["tail"])
            if tail_at <= 0 or b[0] == "site_text":
                sys.exit(f"{name}: tail marker {extra['tail']!r} not inside block {b[1]!r}")
            blk["site_text_tail"] = btext[tail_at:]
        if "note" in extra:
            blk["note"] = extra["note"]
        out.append(blk)
    return out


def main() -> None:
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = Path(args[i + 1])
        del args[i : i + 2]
    root = Path(args[0]) if args else Path("/work/.mirror")
    for name, item in LABELS.items():
        spec = item["source"]
        text = source_text(root, spec)
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{name}.txt").write_text(text, encoding="utf-8")
            continue
        blocks = gold_blocks(text, item["blocks"], name)
        headline = None
        if item.get("headline") is not None:
            bi, s, e = item["headline"]
            btext = blocks[bi]["text"]
            if isinstance(s, str):  # start/end given as markers inside the block
                s = btext.index(s)
            if isinstance(e, str):
                e = btext.index(e, s)
            headline = btext[s:e].strip()
            if blocks[bi]["kind"] != "headline" or not headline:
                sys.exit(f"{name}: headline span does not fall in a headline block")
        gold = {"headline": headline, "blocks": blocks}
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    where = "source texts to " + str(dump) if dump else "texts and gold files to " + str(HERE)
    print(f"wrote {len(LABELS)} {where}")


# ---------------------------------------------------------------------------------------------
# LABELS: name -> {"source": ..., "headline": (block, start, end) | None,
#                  "blocks": [(kind, start_marker[, {"skip": n, "tail": marker, "note": ...}]), ...]}
# ---------------------------------------------------------------------------------------------
LABELS: dict[str, dict] = {}

WWW = "https://www."
SRC = {
    "ds_jossef": {"src": "mediargus", "doc": 1, "date": "29-11-2011, p.13"},
    "ds_barbecue": {"src": "mediargus", "doc": 5, "date": "18-11-2011, p.7"},
    "ds_iphone": {"src": "mediargus", "doc": 35, "date": "04-10-2011, p.17"},
    "dm_studievisum": {"src": "mediargus", "doc": 12, "date": "09-11-2011, p.16"},
    "dm_populisten": {"src": "mediargus", "doc": 22, "date": "29-10-2011, p.1"},
    "dm_normaal": {"src": "mediargus", "doc": 40, "date": "29-09-2011, p.22"},
    "tgf_duisenberg": {"src": "lexis"},
    "trouw_lokaal": {
        "src": "stimuli",
        "id": 13,
        "url": WWW
        + "trouw.nl/politiek/worden-lokale-partijen-bewust-buitengesloten-bij-coalitievorming-soms-wel-zo-blijkt-uit-onderzoek~bd7a76f8/",
    },
    "vk_accountants": {
        "src": "stimuli",
        "id": 4,
        "url": WWW
        + "volkskrant.nl/economie/tekort-aan-accountants-loopt-komende-jaren-uit-de-hand-voorspelt-ing-studie~b84ca820/",
    },
    "nrc_omgevingswet": {
        "src": "stimuli",
        "id": 14,
        "url": WWW + "nrc.nl/nieuws/2022/08/08/ministerie-was-te-rooskleurig-over-omgevingswet-a4138451",
    },
}


def L(name: str, headline, blocks: list) -> None:
    LABELS[name] = {"source": SRC[name], "headline": headline, "blocks": blocks}


DATE = "date and print-page line of the press-database export ('DD-MM-YYYY, p.N'): database metadata, site text"
COPY = "copyright line of the press database ('© <publisher>'): site text"
EDITIONS = "list of the regional print editions the page appeared in: edition metadata, site text"
SECTION = "name of the print supplement/section the article appeared in: site text"
DUP = (
    "the headline again: the export gives the title as a field and the body repeats the printed title; the later copy is "
    "site text (STRUCTURE_CONVENTIONS.md, stop 38: the first copy on a line of its own, the title field, is the headline)"
)
AUTHOR = "author field of the export (a name on its own line above the title); labelled byline (it is the article's author, not site furniture)"
DECK = "deck/subtitle printed under (or above) the headline; labelled subheading"
PULL = "pull quote (streamer): a sentence of the article repeated in large type with its speaker, printed after the body in the export; labelled quote (doubtful: it duplicates article text and is layout furniture)"

# ---- Mediargus export (amcat/amcat mediargus.txt): De Standaard (Corelio) ---------------------
L(
    "ds_jossef",
    (2, 0, None),
    [
        ("site_text", "29-11-2011, p.13", {"note": DATE}),
        ("site_text", "Antwerpen, Limburg, Oost-", {"note": EDITIONS}),
        ("headline", "Na Mauro komt Jossef"),
        ("subheading", "Van 't Hek steekt", {"note": DECK}),
        ("lede", "Een column van Youp", {"note": "intro (lead paragraph) of the article"}),
        ("byline", "Van onze redacteur"),
        ("paragraph", "Het begon vorige week"),
        ("paragraph", "'Acht jaar van zijn leven"),
        ("paragraph", "Het gevolg van de krantenactie"),
        ("paragraph", "Die spuwde zijn gal"),
        ("subheading", "Toetsenbordmoralisme"),
        ("paragraph", "De reacties lieten niet"),
        ("paragraph", "Columnist Jan Dijkgraaf"),
        ("paragraph", "Maar Van 't Hek - die"),
        (
            "paragraph",
            "Waarop Halsema opnieuw",
            {"note": "a one-line paragraph of the article (short, but article text)"},
        ),
        ("paragraph", "Schilling geeft de moed"),
        (
            "paragraph",
            "Wordt dus vervolgd.",
            {"note": "closing sentence of the article ('To be continued'): article text, not a site prompt"},
        ),
        ("site_text", "© Corelio", {"note": COPY}),
    ],
)

L(
    "ds_barbecue",
    (2, 0, None),
    [
        ("site_text", "18-11-2011, p.7", {"note": DATE}),
        ("site_text", "De Standaard der Letteren", {"note": SECTION + " (the paper's weekly books supplement)"}),
        ("headline", "Een huis, een tuin", {"note": "two spaces inside the title as stored"}),
        ("lede", "Zeven jaar geleden", {"note": "intro of the book review"}),
        ("paragraph", "'I had to go see"),
        ("paragraph", "In Amerika zoals het is bekijkt"),
        ("paragraph", "Na de verkiezing van Barack"),
        ("paragraph", "In het boek worden"),
        ("paragraph", "Bij zijn aankomst was hij"),
        ("paragraph", "Zo was zijn verontwaardiging"),
        ("subheading", "Barbecueritueel"),
        ("paragraph", "Bij een inburgeringsproces"),
        ("paragraph", "Maar terug naar de politiek."),
        ("subheading", "Lefties zijn softies"),
        ("paragraph", "Bovendien heeft Obama"),
        ("paragraph", "De standpunten van rechts"),
        ("paragraph", "Af en toe valt hij"),
        (
            "paragraph",
            "DE AUTEUR: is een journalist",
            {
                "note": "review info box (the author, the book, our verdict): written by the reviewer, article text although it has fixed labels"
            },
        ),
        ("paragraph", "HET BOEK: politiek,", {"note": "review info box, article text"}),
        ("paragraph", "ONS OORDEEL: een wat", {"note": "review info box (the verdict), article text"}),
        (
            "paragraph",
            "TOM VANDYCK",
            {
                "note": "bibliographic data of the reviewed book (author, title, publisher, pages, price): part of the review, kept as article text (doubtful: a reader could call it a box)"
            },
        ),
        ("site_text", "© Corelio", {"note": COPY}),
    ],
)

L(
    "ds_iphone",
    (2, 0, None),
    [
        ("site_text", "04-10-2011, p.17", {"note": DATE}),
        ("site_text", "Antwerpen, Limburg, Oost-", {"note": EDITIONS}),
        (
            "headline",
            "Rutte en Wilders ook op",
            {
                "note": "title of the first item of a column of short foreign items ('Buitenrand'); the export uses it as the document's title"
            },
        ),
        ("paragraph", "Premier Mark Rutte en"),
        ("paragraph", "De applicatie is enorm"),
        ("subheading", "Nog meer verlies voor", {"note": "title of the second item of the column"}),
        ("paragraph", "Alsof de Griekse banksector"),
        ("paragraph", "De man kwam bij de bank"),
        ("paragraph", "De overvaller sloot"),
        ("subheading", "Kassa rinkelt voor", {"note": "title of the third item of the column"}),
        ("paragraph", "Londen is een dure stad"),
        (
            "site_text",
            "Buitenrand sprokkelt",
            {
                "note": "the column's standing tagline ('Buitenrand gleans world news(lets).'), the same under every edition of the rubric: site text"
            },
        ),
        (
            "byline",
            "Met bijdragen via ap,",
            {
                "note": "credit line of the column ('with contributions via AP, De Telegraaf and The Guardian'): names the sources of the items; labelled byline (doubtful: a standing credit could also be read as rubric furniture)"
            },
        ),
        ("site_text", "© Corelio", {"note": COPY}),
    ],
)

# ---- Mediargus export (amcat/amcat mediargus.txt): De Morgen (De Persgroep) --------------------
L(
    "dm_studievisum",
    (2, 0, None),
    [
        ("site_text", "09-11-2011, p.16", {"note": DATE}),
        (
            "byline",
            "Vk",
            {
                "note": AUTHOR
                + "; here only initials/an agency code 'Vk' (the text ends with '(VK)', the source credit); doubtful"
            },
        ),
        ("headline", "Mauro mag studievisum"),
        ("site_text", "Mauro mag studievisum", {"note": DUP}),
        (
            "lede",
            "Amsterdam l De Nederlandse",
            {
                "note": "first paragraph with the dateline 'Amsterdam l' (the 'l' is the paper's bullet glyph as exported)"
            },
        ),
        ("paragraph", "Vorige week stemde"),
        ("paragraph", "Ondanks de uitwijzing"),
        ("subheading", "Weinig consequenties"),
        ("paragraph", "Door het studievisum krijgt"),
        (
            "paragraph",
            "Voor Mauro zelf heeft",
            {
                "tail": "(VK)",
                "note": "ends with the source credit '(VK)' (de Volkskrant): its site_text_tail (relabelled stop 38 to "
                "STRUCTURE_CONVENTIONS.md, a source credit glued to a block's end; was kept in the paragraph)",
            },
        ),
        ("site_text", "© De Persgroep Publishing", {"note": COPY}),
    ],
)

L(
    "dm_populisten",
    (2, 0, None),
    [
        ("site_text", "29-10-2011, p.1", {"note": DATE}),
        ("byline", "Ward Daenen", {"note": AUTHOR}),
        ("headline", "N-VA is geen partij van"),
        ("subheading", "Studie VUB: partij Bart", {"note": DECK + " (printed above the title as exported)"}),
        ("site_text", "N-VA is geen partij van", {"note": DUP}),
        ("lede", "brussel l N-VA en LDD", {"note": "intro with the dateline 'brussel l'"}),
        ("byline", "Door Ward Daenen en Tine"),
        ("paragraph", "N-VA-voorzitter Bart De Wever"),
        ("paragraph", "Zij definiëren populisme"),
        ("paragraph", "Hij wijst erop dat populisme"),
        ("paragraph", "Elchardus en Spruyt deden"),
        ("paragraph", "Populisten werden vooral"),
        ("paragraph", '"In tegenstelling tot wat'),
        ("paragraph", "In een reactie op de studie"),
        (
            "site_text",
            "Essay Mark Elchardus >Opinie",
            {
                "note": "cross-reference to another page of the paper ('the essay by Mark Elchardus: Opinion, page 17'): a pointer, not news"
            },
        ),
        ("quote", "Socioloog Elchardus:", {"note": PULL}),
        ("site_text", "© De Persgroep Publishing", {"note": COPY}),
    ],
)

L(
    "dm_normaal",
    (2, 0, None),
    [
        ("site_text", "29-09-2011, p.22", {"note": DATE}),
        ("byline", "Yves Desmet", {"note": AUTHOR}),
        ("headline", "Doe eens normaal, Nederland"),
        ("subheading", "Yves Desmet kijkt verbaasd", {"note": DECK + " (printed above the title as exported)"}),
        ("site_text", "Doe eens normaal, Nederland", {"note": DUP}),
        (
            "byline",
            "l Yves Desmet is politiek",
            {
                "note": "author note ('Yves Desmet is political commentator of this paper'), bullet 'l' as exported; labelled byline (doubtful: it also says 'of this paper', a self-reference of the outlet)"
            },
        ),
        ("lede", "l Wat stelt 'doe eens", {"note": "printed intro/summary bullet of the opinion piece; lede"}),
        ("paragraph", "Om eerst even oer-Nederlander"),
        ("paragraph", "Dit lezende moet je wel"),
        ("paragraph", "Zorgvuldig wordt in de"),
        ("subheading", "Naslagwerk van beledigingen"),
        ("paragraph", "Nu loop ik me al een week"),
        ("paragraph", "Tenzij Vlaanderen en Nederland"),
        ("paragraph", "Als zo'n zinnetje uitgroeit"),
        ("paragraph", 'Wat stelt "doe eens normaal'),
        ("paragraph", "Of de legendarische"),
        ("paragraph", "Enfin, om maar te zeggen:"),
        (
            "quote",
            "Als zo'n banaliteit",
            {"note": PULL + " (here without a speaker: the author's own sentence, shortened)"},
        ),
        ("site_text", "© De Persgroep Publishing", {"note": COPY}),
    ],
)

# ---- LexisNexis export (amcat/amcat lexisnexis/test3.txt): De Telegraaf ------------------------
LN = "LexisNexis export field line: site text (database furniture)"
L(
    "tgf_duisenberg",
    (7, 0, None),
    [
        (
            "site_text",
            "Download Request: Selected",
            {
                "note": "the export's request header (request range and time, the subscribing library's address, the search terms, the source, an empty project id): database furniture, site text"
            },
        ),
        ("site_text", "1 of 62 DOCUMENTS", {"note": "document counter of the export: site text"}),
        ("site_text", "Copyright 2002 De Telegraaf", {"note": "copyright line: site text"}),
        (
            "site_text",
            "De Telegraaf",
            {"skip": 1, "note": "publication name line (centred header of the document): site text"},
        ),
        (
            "site_text",
            "24. September 2002",
            {
                "note": "publication date, twice (German-style and English-style, as exported): database metadata, site text"
            },
        ),
        ("site_text", "LENGTE: 158 words", {"note": LN + " (word count)"}),
        ("site_text", "KOP:", {"note": LN + " (field label 'KOP:' = headline, before the headline)"}),
        ("headline", "Gretta Duisenberg oprichtster"),
        ("site_text", "AUTEUR:", {"note": LN + " (field label 'AUTEUR:')"}),
        ("byline", "PRUIM, FRED", {"note": "author as the database gives it (surname, first name)"}),
        ("site_text", "TEKST:", {"note": LN + " (field label 'TEKST:' = body)"}),
        ("byline", "Van onze Haagse redactie"),
        ("paragraph", "DEN HAAG, dinsdag", {"note": "dateline (place, weekday) on its own line: article text"}),
        (
            "lede",
            "Gretta Duisenberg, de vrouw",
            {"note": "first paragraph; the export wraps lines at about 80 characters inside paragraphs"},
        ),
        ("paragraph", "Nadat de vrouw van de"),
        ("paragraph", "In een grote advertentie"),
        ("site_text", "PUB-TYPE: Paper", {"note": LN + " (publication type, language, load date)"}),
    ],
)

# ---- copied article texts (nickma101/NewsApp stimulus_material.json) ----------------------------
CLEAN = "clean article: a news-recommender experiment copied the article's title, teaser and body (<p> HTML) into its stimulus file; no site text"
TEASER = "`teaser` field (the article's intro as published); lede"


def stim(name: str, first: str, teaser: str, paras: list, notes: dict | None = None) -> None:
    notes = notes or {}
    blocks = [("headline", first, {"note": CLEAN}), ("lede", teaser, {"note": TEASER})]
    for m in paras:
        if m in notes:  # (kind, note) given
            blocks.append((notes[m][0], m, {"note": notes[m][1]}))
        else:  # a bold <p> is a subheading, any other <p> a paragraph
            blocks.append(("subheading" if m.startswith("<p><b>") else "paragraph", m))
    L(name, (0, 0, None), blocks)


stim(
    "trouw_lokaal",
    "Worden lokale partijen",
    "Lokale partijen die de",
    [
        "<p> Dat blijkt uit onderzoek",
        "<p> In 2018 kwam het achttien",
        "<p> In veruit de meeste",
        "<p><b> Hard afzetten tegen",
        "<p> Ook de politieke stijl",
        "<p> Al met al spelen die",
        "<p> Zelfstandige lokale partijen",
        "<p> Sinds 2002 is het 97 keer",
    ],
)
stim(
    "vk_accountants",
    "Tekort aan accountants",
    "De wettelijke controle op",
    [
        "<p> ‘We vangen nu al berichten",
        "<p> Het ING-onderzoek laat",
        "<p> Het aantal accountants dat",
        "<p> Het negatieve imago van",
        "<p><b> Automatisering",
        "<p> Volgens ING ontkomt de",
        "<p> ‘Data-analyse staat bij",
        "<p> De Koninklijke Nederlandse",
        "<p> Dat sommige bedrijven",
    ],
)
stim(
    "nrc_omgevingswet",
    "Ministerie was te rooskleurig",
    "Minister Hugo de Jonge",
    [
        "<p>Wie zich altijd heeft",
        "<p>„Het is helemaal niet onze",
        "<p>Het is niet voor het eerst",
        "<p><b>Digitaal systeem nog",
        "<p>Begin mei had minister",
        "<p>Er was alleen één probleem",
        "<p><b>Ja, beaamde een ambtenaar",
        "<p>Het gesprek tussen de",
        "<p>Zo is voor iedereen te",
        "<p>„Als je de laatste versie",
        "<p><b>Uitstel en gedoe",
        "<p>De weg naar de Omgevingswet",
        "<p>Het digitale stelsel was",
        "<p>De softwareleveranciers",
        "<p>Ook de Eerste Kamer laat",
    ],
    {
        "<p><b>Ja, beaamde een ambtenaar": (
            "paragraph",
            "a sentence of the article set in bold ('Yes, an official agreed, that was right.'): article text, not a subheading (the source marks it like the subheadings)",
        ),
        "<p><b>Uitstel en gedoe": (
            "subheading",
            "the source's markup is broken here ('</b><p><p>') so the heading runs into the next <p> without a closing tag",
        ),
    },
)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rebuild structure blind set 8 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field joining / page-text rules below (ours). Only the
labels (ours) live here, in LABELS, and they hold no article text: each block is a kind plus a
START MARKER (the first characters of the block, with an occurrence skip count where needed). A
block runs from its marker to the next block's marker; its gold text is that span, stripped of
surrounding whitespace. A `tail` marker starts the site text glued to the end of a block (it runs
to the block's end). The headline is (block index, start, end) into that block's text (end None =
to the block's end; start/end may also be marker strings). Python 3 standard library only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit)
BIJ = ("flupzor/bijgeschaafd", "fa176123430286956042d019f522976e156e5856")
BIJ_DIR = "news/parsers/tests/data/"
EPU_DEMO = ("Datafable/epu-index", "a0e27ffba0ae38abb234a7c6b1d303fe4fc1bff8", "scrapy_demo/articles.json")
EPU_NEWS = ("Datafable/epu-index", "67d1cdd7a88372c8ab1150042a9379328ad4615d", "news_scrapers/articles.json")
BELGA = ("superdesk/superdesk-belga", "5616357de944e417dc1bcd59d05f01fbdde636b9")
BELGA_DIR = "server/tests/io/fixtures/"

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


def git_show(root: Path, repo: str, commit: str, path: str) -> str:
    return git_show_bytes(root, repo, commit, path).decode("utf-8")


# --- page text of a saved HTML page (ours): an innerText-like rendering -------------------------
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
VOID_TAGS = {
    "br",
    "img",
    "hr",
    "input",
    "meta",
    "link",
    "source",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
    "wbr",
}
BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "blockquote",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "time",
    "main",
    "form",
}


class PageText(HTMLParser):
    """Visible text, one line per block-level element (whitespace collapsed inside a line, empty
    lines dropped); script/style/noscript/template/svg/iframe/head skipped. With `select`
    (tag, attribute, value) only the first element whose attribute contains that value (as a
    whitespace-separated token) is rendered - the article container a scraper would keep."""

    def __init__(self, select: tuple[str, str, str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.select = select
        self.depth = 0 if select else 1
        self.done = False

    def flush(self) -> None:
        t = re.sub(r"\s+", " ", " ".join(self.cur)).strip()
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self.select and not self.depth and not self.done:
            stag, attr, value = self.select
            if tag == stag and value in (dict(attrs).get(attr) or "").split():
                self.depth = 1
                self.flush()
                return
        elif self.select and self.depth and tag not in VOID_TAGS:
            self.depth += 1
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.flush()
        if self.select and self.depth and tag not in VOID_TAGS:
            self.depth -= 1
            if not self.depth:
                self.flush()
                self.done = True

    def handle_data(self, data: str) -> None:
        if not self.skip and self.depth and not self.done:
            self.cur.append(data)


def page_text(html: str, select: tuple[str, str, str] | None) -> str:
    p = PageText(select)
    p.feed(html)
    p.close()
    p.flush()
    if not p.lines:
        sys.exit(f"no text found for selector {select}")
    return "\n".join(p.lines) + "\n"


_cache: dict[str, object] = {}


def epu_items(root: Path, which: tuple[str, str, str]) -> list[dict]:
    key = which[2] + which[1]
    if key not in _cache:
        _cache[key] = json.loads(git_show(root, *which))
    return _cache[key]  # type: ignore[return-value]


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields joined / page rendered as the README says)."""
    src = spec["src"]
    if src == "page":
        html = git_show(root, *BIJ, BIJ_DIR + spec["file"])
        sel = tuple(spec["select"]) if spec.get("select") else None
        return page_text(html, sel)  # type: ignore[arg-type]
    if src == "epu":
        which = EPU_NEWS if spec.get("news") else EPU_DEMO
        a = epu_items(root, which)[spec["index"]]  # position in the JSON list at the pinned commit
        if not a["title"].startswith(spec["starts"]):
            sys.exit(f"epu item {spec['index']} is not the expected item")
        # field joining (ours): title, [intro,] text - blank-line separated, each stripped
        parts = [a["title"].strip()]
        if a.get("intro"):
            parts.append(a["intro"].strip())
        parts.append(a["text"].strip())
        return "\n\n".join(parts) + "\n"
    if src == "anp":
        xml = git_show(root, *BELGA, BELGA_DIR + "anp_belga.xml")
        head = re.search(r"<HeadLine>(.*?)</HeadLine>", xml, re.S).group(1).strip()  # type: ignore[union-attr]
        body = re.search(r"<body\.content>(.*?)</body\.content>", xml, re.S).group(1)  # type: ignore[union-attr]
        # field joining (ours): HeadLine, blank line, the NITF body.content elements as stored
        # (one per line, the file's tab indentation removed)
        lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        return head + "\n\n" + "\n".join(lines) + "\n"
    if src == "belga":
        raw = git_show_bytes(root, *BELGA, BELGA_DIR + "belga_remote_newsml_1_2.xml")
        tree = ET.fromstring(raw)
        parts: dict[str, str] = {}
        for comp in tree.iter("NewsComponent"):
            role = comp.find("Role")
            data = comp.find("ContentItem/DataContent")
            if role is not None and data is not None and role.get("FormalName") not in parts:
                parts[role.get("FormalName")] = data.text or ""  # type: ignore[index]
        # field joining (ours): Title, Lead, Body components of the first text item, blank-line
        # separated, each stripped of surrounding whitespace (inner tabs/newlines kept)
        return "\n\n".join(parts[r].strip() for r in ("Title", "Lead", "Body")) + "\n"
    sys.exit(f"unknown source {src}")


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

# notes used more than once
PUBDATE = "publication date/time line of the page (timestamp UI), not news"
SHARE = "share buttons / share counters"
TAGS = "topic tags and the share/comment counters under the article"
NUBAR = "NU.nl top bar: date, slogan, weather, traffic, NS price, AEX, TV guide, live scores"
NUHIDDEN = "breadcrumb path ending in a hidden breadcrumb item that repeats the title (the h1 follows); site text"
RELATED = "list of other articles (title + time/summary): related / earlier / latest / most-read"
PHOTOCREDIT = (
    "photo credit of the article's own lead image (no caption text): site text"
    " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
)

NOS = "www_nos_nl_artikel_2069130-dodental-parijs-op-129-maar-zal-nog-stijgen.html"
LABELS["nos_parijs"] = {
    "source": {"src": "page", "file": NOS},
    "headline": (1, 0, None),
    "blocks": [
        ("site_text", "Ga naar het hoofdmenu", {"note": "skip links and the NOS main menu"}),
        ("headline", "Dodental Parijs op 129"),
        ("site_text", "Vandaag, 19:28", {"note": PUBDATE + " (relative day)"}),
        ("site_text", "Buitenland", {"note": "section label of the article"}),
        ("byline", "ANP", {"note": "source credit (agency) under the headline"}),
        ("lede", "Bij de aanslagen in Parijs"),
        ("paragraph", "Alleen al in de concertzaal"),
        ("paragraph", "Openbaar aanklager Molins"),
        ("paragraph", "Een van de aanvallers"),
        ("paragraph", "Ook circuleert"),
        ("subheading", "België"),
        ("paragraph", "Er is ook een verband"),
        ("paragraph", "Onder de dodelijke"),
        ("site_text", "Deel dit artikel:", {"note": SHARE}),
        ("site_text", "40 gerelateerde artikelen", {"note": RELATED + " (incl. this article itself)"}),
        ("site_text", "Aanslagen Parijs\n'Utrechtse", {"note": "dossier list 'Aanslagen Parijs' with times"}),
        (
            "site_text",
            "NOS\nNieuws\nSport",
            {"note": "footer: site links, apps, follow-us, cookie settings, copyright, back-to-top"},
        ),
    ],
}

LABELS["metro_sapjes"] = {
    "source": {
        "src": "page",
        "file": "www_metronieuws_nl_nieuws_binnenland_2016_03_sapjes-en-fris-stijgen-sneller-in-prijs-dan-alcohol",
    },
    "headline": (2, 0, None),
    "blocks": [
        ("site_text", "Terug naar Metro", {"note": "header: account links, promos, section menu"}),
        ("site_text", "Deel op Facebook", {"note": SHARE}),
        ("headline", "Sapjes en fris stijgen"),
        (
            "byline",
            "10 maart 2016 om 16:42 door",
            {"note": "date and author on one line; kept as byline (the date part is timestamp UI)"},
        ),
        ("lede", "Mineraalwater, sap en frisdrank"),
        ("subheading", "Alcohol\n„"),
        ("paragraph", "„Geen goede ontwikkeling"),
        ("paragraph", "„Dat fris en water"),
        ("subheading", "Belasting\n"),
        ("paragraph", "Een groot deel van de prijsstijging"),
        ("site_text", "Lees ook: Woede", {"note": "'read also' pointer inside the article"}),
        ("paragraph", "Maar ook alcoholische"),
        ("paragraph", "Dat iemand in de supermarkt"),
        ("subheading", "Mineraalwater\nVan alle"),
        ("paragraph", "Van alle dranken"),
        ("site_text", "alcohol\nSTAP\nfrisdrank", {"note": "topic tags"}),
        ("site_text", "Wil je op de hoogte blijven", {"note": "'like us on Facebook' prompt"}),
        ("site_text", "Gerelateerd nieuws", {"note": RELATED}),
        ("site_text", "Populair\n", {"note": RELATED}),
        ("site_text", "Groot nieuws!", {"note": "advertorial (mobile provider)"}),
        ("site_text", "Laatste nieuws\n", {"note": RELATED + " with times"}),
        ("site_text", "top 10 kortingscodes", {"note": "discount-code advertising block"}),
        ("site_text", "Lees ook\nBritten", {"note": RELATED}),
        (
            "site_text",
            "Secties",
            {"note": "footer: sections, follow, contact, tip the editors, colophon, privacy, copyright"},
        ),
    ],
}

LABELS["metro_suiker"] = {
    "source": {
        "src": "page",
        "file": "www_metronieuws_nl_nieuws_extra_2016_03_wetenschappers-ontdekken-perfecte-suikervervanger",
        "select": ["div", "id", "content"],
    },
    "headline": (1, 0, None),
    "blocks": [
        ("site_text", "Deel op Facebook", {"note": SHARE}),
        ("headline", "Wetenschappers ontdekken"),
        ("byline", "11 maart 2016 om 22:43 door", {"note": "date and author on one line; kept as byline"}),
        ("site_text", "Foto: Colourbox", {"note": PHOTOCREDIT}),
        ("lede", "Suiker is alweer tijden"),
        ("site_text", "Lees ook: Oei", {"note": "'read also' pointer inside the article"}),
        ("paragraph", "De suikermolecuul"),
        ("paragraph", "En dat was niet het enige"),
        ("subheading", "Droomgoedje?"),
        ("paragraph", "Kojibiose lijkt een droomgoedje"),
        ("site_text", "suiker\nWetenschap", {"note": "topic tags"}),
        ("site_text", "Wil je op de hoogte blijven", {"note": "'like us on Facebook' prompt"}),
        ("site_text", "Gerelateerd nieuws", {"note": RELATED}),
        ("site_text", "Populair\n", {"note": RELATED}),
        ("site_text", "Groot nieuws!", {"note": "advertorial (mobile provider)"}),
        ("site_text", "Laatste nieuws\n", {"note": RELATED + " with times (incl. this article)"}),
        ("site_text", "top 10 kortingscodes", {"note": "discount-code advertising block"}),
        ("site_text", "Lees ook\nZout", {"note": RELATED}),
    ],
}

LABELS["nu_stiekem"] = {
    "source": {
        "src": "page",
        "file": "www_nu_nl_politiek_4163338_bestuur-kamer-stelt-onderzoek-in-wegens-lekken-commissie-stiekem.html",
    },
    "headline": (4, 0, None),
    "blocks": [
        ("site_text", "Skip to main content", {"note": "skip link (English), brand links, login, main menu"}),
        ("site_text", "Donderdag 12 november 2015", {"note": NUBAR}),
        ("site_text", "NU.nl\nAlgemeen\nPolitiek", {"note": NUHIDDEN}),
        ("site_text", "Bestuur Kamer stelt", {"note": "hidden last breadcrumb item repeating the title"}),
        ("headline", "Bestuur Kamer stelt"),
        ("site_text", "Foto: ANP", {"note": PHOTOCREDIT}),
        ("site_text", "Gepubliceerd:", {"note": "published / last update timestamps (timestamp UI)"}),
        ("site_text", "Deel\n", {"note": SHARE}),
        ("lede", "Het presidium, het dagelijks"),
        ("paragraph", "Dat is donderdag bekendgemaakt"),
        ("paragraph", "Eerder deze week"),
        ("paragraph", "Woensdag liet het OM"),
        (
            "caption",
            "Onderzoek naar lek",
            {
                "tail": "© ANP",
                "note": "photo/slideshow title and caption (the caption repeats the 2nd paragraph); its credit '© ANP'"
                " is the tail (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was kept in the caption)",
            },
        ),
        (
            "site_text",
            "Deel deze foto via:",
            {"note": "slideshow share/comment buttons, counter and 'back to slideshow'"},
        ),
        ("subheading", "Voldoende gronden"),
        ("paragraph", "Van Miltenburg maakte"),
        ("paragraph", "Zij zal later op de avond"),
        ("subheading", "Aanleiding\n"),
        ("paragraph", "Aanleiding is de rel"),
        ("paragraph", "In 2014 kwam Plasterk"),
        ("paragraph", "Hij zou de Kamer"),
        ("paragraph", "Het zorgde voor"),
        ("site_text", "Zie ook: Overzicht", {"note": "'see also' pointer inside the article"}),
        ("subheading", "Commissie-Stiekem\nNRC"),
        ("paragraph", "NRC wist te melden"),
        ("paragraph", "En aangezien lekken"),
        ("paragraph", "Wel zijn er aanwijzingen"),
        ("subheading", "Presidium\n"),
        ("paragraph", "Daarom is het dossier"),
        ("paragraph", "Een besluit om tot vervolging"),
        ("site_text", "Zie ook: Achtergrond", {"note": "'see also' pointer inside the article"}),
        ("byline", "Door: NU.nl"),
        ("site_text", "Lees meer over:", {"note": TAGS}),
        ("site_text", "Gerelateerde artikelen", {"note": RELATED + " with relative times and update labels"}),
        ("site_text", "Eerdere berichten", {"note": RELATED + " (incl. this article) and 'load more'"}),
        ("site_text", "Net binnen", {"note": RELATED + ": latest / most read / videos"}),
        ("site_text", "Speel mee met MijnTeam", {"note": "promos: manager game, reader photos"}),
        ("site_text", "Top 10 branches", {"note": "job-site widget"}),
        ("site_text", "© 2015 Sanoma", {"note": "footer: copyright, colophon, privacy, advertising, apps"}),
    ],
}

LABELS["nu_gladheid"] = {
    "source": {
        "src": "page",
        "file": "www_nu_nl_algemeen_4225459_automobilisten-krijgen-last-van-gladheid-en-mist.html",
        "select": ["div", "id", "main"],
    },
    "headline": (2, 0, None),
    "blocks": [
        ("site_text", "Dinsdag 29 maart 2016", {"note": NUBAR}),
        ("site_text", "NU.nl\nAlgemeen", {"note": NUHIDDEN}),
        ("headline", "Automobilisten krijgen last", {"skip": 1}),
        ("site_text", "Foto: ANP", {"note": PHOTOCREDIT}),
        ("site_text", "Gepubliceerd:", {"note": "published / last update timestamps (timestamp UI)"}),
        ("site_text", "Deel\n", {"note": SHARE}),
        ("lede", "Automobilisten krijgen zaterdagavond"),
        ("paragraph", "Tijdens opklaringen"),
        ("paragraph", "Later in de nacht"),
        ("paragraph", "Zondag overdag"),
        (
            "site_text",
            "Komende 5 dagen",
            {"note": "weather widget (5-day table) of the site, dated the day of the scrape, not of the article"},
        ),
        ("byline", "Door: ANP"),
        ("site_text", "Lees meer over:", {"note": TAGS}),
        ("site_text", "Gerelateerde artikelen", {"note": RELATED}),
        ("site_text", "Eerdere berichten", {"note": RELATED + " and 'load more'"}),
        ("site_text", "Net binnen", {"note": RELATED + ": latest / most read"}),
        ("site_text", "NU op NUfoto", {"note": "reader-photo promo"}),
        ("site_text", "Dagelijkse nieuwsbrief", {"note": "newsletter prompt"}),
        ("site_text", "Top 10 branches", {"note": "job-site widget"}),
    ],
}

LABELS["nu_psv"] = {
    "source": {
        "src": "page",
        "file": "www_nu_nl_champions-league_4136168_reacties-psv-3-2-nederlaag-bij-cska-moskou-gesloten.html",
        "select": ["div", "id", "main"],
    },
    "headline": (3, 0, " (gesloten)"),
    "blocks": [
        ("site_text", "Donderdag 12 november 2015", {"note": NUBAR}),
        ("site_text", "NU.nl\nSport", {"note": NUHIDDEN}),
        ("site_text", "Voetbal\n", {"note": "section label"}),
        (
            "headline",
            "Reacties PSV na 3-2",
            {
                "tail": " (gesloten)",
                "note": "closed liveblog: the '(gesloten)' status label is liveblog furniture, left out of the gold headline; the liveblog entries themselves are not in the saved page",
            },
        ),
        ("site_text", "Gepubliceerd:", {"note": "published / last update timestamps (timestamp UI)"}),
        ("site_text", "Deel\n", {"note": SHARE}),
        ("lede", "In de tweede poulewedstrijd"),
        (
            "paragraph",
            "Het duel tussen CSKA",
            {
                "note": "where the match is broadcast (incl. NU.nl itself); kept as article text (doubtful: close to a 'follow it live here' pointer)"
            },
        ),
        ("byline", "Door: NU.nl"),
        ("site_text", "Lees meer over:", {"note": TAGS}),
        ("site_text", "Eerdere berichten", {"note": RELATED + " and 'load more'"}),
        ("site_text", "Net binnen", {"note": RELATED + ": latest / most read"}),
        ("site_text", "Video's Champions League", {"note": "video list"}),
        ("site_text", "Speel mee met MijnTeam", {"note": "manager-game promo"}),
        ("site_text", "Top 10 branches", {"note": "job-site widget"}),
    ],
}

PRO = "pros/cons list of the review's verdict box"
LABELS["nu_trackmania"] = {
    "source": {
        "src": "page",
        "file": "www_nu_nl_reviews_4235935_review-trackmania-turbo-brengt-extreem-raceplezier-consoles.html",
        "select": ["div", "id", "main"],
    },
    "headline": (2, 0, None),
    "blocks": [
        ("site_text", "Dinsdag 29 maart 2016", {"note": NUBAR}),
        ("site_text", "NU.nl\nTech", {"note": NUHIDDEN}),
        (
            "headline",
            "Review: Trackmania",
            {"skip": 1, "note": "'Review:' is part of the published title (genre label); kept in the gold headline"},
        ),
        ("site_text", "Foto: Ubisoft", {"note": PHOTOCREDIT}),
        ("site_text", "Gepubliceerd:", {"note": "published / last update timestamps (timestamp UI)"}),
        ("site_text", "Deel\n", {"note": SHARE}),
        ("lede", "Supersnel, supercompleet"),
        ("paragraph", "Trackmania Turbo bevindt"),
        ("paragraph", "Simpel gezegd"),
        ("paragraph", "Je kunt het zo gek"),
        ("paragraph", "De game bevat vier"),
        ("caption", "Trailer: Supersnelle", {"note": "title of the article's own embedded trailer video"}),
        ("subheading", "Stuurmanskunst"),
        ("paragraph", "Je input is in de basis"),
        ("paragraph", "Uiteindelijk komt het"),
        ("paragraph", "Lukt het een keer niet"),
        ("subheading", "Multiplayer\n"),
        ("paragraph", "Trackmania staat niet"),
        ("paragraph", "In de praktijk betekent"),
        ("paragraph", "Dat klinkt misschien"),
        (
            "caption",
            "Trackmania Turbo\nScreenshots",
            {
                "tail": "© Ubisoft",
                "note": "slideshow title and the first copy of its screenshots' caption; the credit '© Ubisoft' is the"
                " tail (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was one caption with the copies below)",
            },
        ),
        (
            "site_text",
            "Screenshots van de racegame",
            {
                "skip": 1,
                "note": "the same caption with its credit printed five times more: site text (relabelled stop 37 to"
                " STRUCTURE_CONVENTIONS.md)",
            },
        ),
        ("site_text", "Deel deze foto via:", {"note": "slideshow share/comment buttons and 'back to slideshow'"}),
        ("subheading", "Double Driver\n"),
        ("paragraph", "Ook op lokaal niveau"),
        ("paragraph", "Nog origineler"),
        ("paragraph", "Om de gekkigheid"),
        ("subheading", "Bouwen\n"),
        ("paragraph", "Er is ook een uitgebreide"),
        ("paragraph", "Ook de functie"),
        ("subheading", "Uiterlijk\n"),
        ("paragraph", "Bij de combinatie"),
        ("paragraph", "Blauwe luchten"),
        ("paragraph", "De pompende"),
        ("subheading", "Conclusie\n"),
        ("paragraph", "De kwaliteiten van Trackmania"),
        ("paragraph", "Dit is niet alleen"),
        ("list_item", "Razendsnelle gameplay", {"note": PRO}),
        ("list_item", "Zowel toegankelijk", {"note": PRO}),
        ("list_item", "Veel multiplayermodi", {"note": PRO}),
        ("list_item", "Uitgebreide circuitbouwer", {"note": PRO}),
        ("list_item", "Kleine audiovisuele", {"note": PRO + " (a con)"}),
        (
            "site_text",
            "BEOORDELING",
            {"note": "label of the rating widget whose score (an image) is not in the text; doubtful"},
        ),
        ("paragraph", "Trackmania Turbo is vanaf donderdag"),
        (
            "site_text",
            "Ubisoft Trackmania Turbo (PS4",
            {"note": "price-comparison widget (shops, prices, 'powered by') - affiliate advertising"},
        ),
        ("byline", "Door: Gamer.nl/Joe van Burik"),
        ("site_text", "Lees meer over:", {"note": TAGS}),
        ("site_text", "Eerdere berichten", {"note": RELATED + " and 'load more'"}),
        ("site_text", "Net binnen", {"note": RELATED + ": latest / most read"}),
        ("site_text", "Videoreviews", {"note": "video list"}),
        ("site_text", "Wekelijkse podcast", {"note": "podcast promo"}),
        ("site_text", "Top 10 branches", {"note": "job-site widget"}),
        ("site_text", "Bekijk de beste apps", {"note": "promo link"}),
    ],
}

LABELS["telegraaf_belgie"] = {
    "source": {"src": "page", "file": "www_telegraaf_nl_buitenland_24775234___Dreiging_met_bommen_Belgie__.html"},
    "headline": (4, 0, None),
    "blocks": [
        ("site_text", "Abonneeservice | Abonneren", {"note": "subscription links and the main menu"}),
        (
            "site_text",
            "Buitenland\n'Minister",
            {"note": "mega-menu listing other articles per section (Buitenland, Binnenland, Telesport, ...)"},
        ),
        ("site_text", "Home » Buitenland", {"note": "breadcrumb"}),
        ("site_text", "Exclusieve artikelen", {"note": "promo line for premium articles"}),
        ("headline", "Premier België: concrete"),
        ("site_text", "21 NOV 2015", {"note": PUBDATE}),
        ("lede", "De dreiging in Brussel betreft"),
        (
            "caption",
            "Charles Michel\nFoto: Reuters",
            {
                "tail": "Foto: Reuters",
                "note": "photo caption; the photo credit is the tail (relabelled stop 37 to STRUCTURE_CONVENTIONS.md)",
            },
        ),
        ("paragraph", "Hij reageerde op het verhogen"),
        ("paragraph", "De regering heeft vier"),
        ("paragraph", "De maatregelen gelden"),
        ("paragraph", "Het Belgische Coördinatieorgaan"),
        ("paragraph", "Ook het ministerie van Buitenlandse"),
        ("subheading", "Overzicht stilgelegde"),
        ("paragraph", "In het Vlaams parlement"),
        ("paragraph", "Een belangrijke attractie"),
        ("paragraph", "Veel musea blijven"),
        ("paragraph", "De Vrije Universiteit"),
        ("paragraph", "Het metroverkeer is volledig"),
        ("paragraph", "Het vliegverkeer op Zaventem"),
        ("site_text", "Gerelateerde Artikelen", {"note": RELATED + " with dates"}),
        ("site_text", "SITEMAP", {"note": "footer sitemap, copyright, contact e-mail, terms/privacy/cookies"}),
        ("site_text", "3.6 °C", {"note": "weather / traffic / AEX ticker"}),
    ],
}

LABELS["telegraaf_mh17"] = {
    "source": {
        "src": "page",
        "file": "www_telegraaf_nl_binnenland_25300150____Geen_id_twee_MH17-slachtoffers___.html",
        "select": ["div", "class", "tg-article-page"],
    },
    "headline": (2, 0, None),
    "blocks": [
        ("site_text", "Home » Binnenland", {"note": "breadcrumb"}),
        ("site_text", "Exclusieve artikelen", {"note": "promo line for premium articles"}),
        ("headline", "Rutte: geen identificatie"),
        ("site_text", "01 MRT 2016", {"note": PUBDATE}),
        ("lede", "DEN HAAG - Identificatie", {"note": "dateline 'DEN HAAG -' glued to the lede, kept"}),
        ("paragraph", "Rutte noemde de kans"),
        (
            "site_text",
            "Meest Bekeken Video's",
            {
                "note": "'most watched videos' widget in the middle of the article (durations and titles of other videos)"
            },
        ),
        ("paragraph", "Midden vorig jaar"),
        ("site_text", "Advertentie", {"note": "ad label"}),
        ("site_text", "Tweets by @Nielsrigter", {"note": "fallback text of an embedded Twitter timeline widget"}),
    ],
}

LABELS["nieuwsblad_belleepoque"] = {
    "source": {"src": "epu", "index": 4, "starts": "Handelaars Belle"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Handelaars Belle Epoquewijk"),
        ("lede", "Voor de oprichting"),
        ("paragraph", "‘Met de oprichting"),
        (
            "site_text",
            "Klik hier en lees meer",
            {"note": "print-edition pointer ('click here and read more in Het Nieuwsblad of Tuesday 5 May')"},
        ),
    ],
}

LABELS["nieuwsblad_armoede"] = {
    "source": {"src": "epu", "index": 3, "starts": "België krijgt"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "België krijgt armoedecijfer"),
        ("lede", "Het armoederisico bij laagopgeleiden"),
        ("paragraph", "Uit de analyse blijkt"),
        ("subheading", "Armoederisico bij 65-plussers"),
        ("paragraph", "Bij 65-plussers daalde"),
        ("paragraph", "‘Er zijn ook alsmaar"),
        ("subheading", "Doelstellingen 2020"),
        ("paragraph", "De FOD Sociale Zaken"),
        ("paragraph", "Volgens die doelstelling"),
    ],
}

LABELS["nieuwsblad_fiorina"] = {
    "source": {"src": "epu", "index": 6, "starts": "Waarom Carly"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Waarom Carly Fiorina"),
        ("lede", "De voormalige topvrouw"),
        (
            "paragraph",
            "Haar campagneteam",
            {
                "note": "one paragraph broken over five lines by the scraper at its two links (domain names); all article text"
            },
        ),
        ("paragraph", "Analysten laten"),
    ],
}

LABELS["nieuwsblad_doel"] = {
    "source": {"src": "epu", "index": 5, "starts": "Zes redenen"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Zes redenen waarom"),
        ("subheading", "1. Het dok"),
        ("paragraph", "Volgens het Havenbedrijf"),
        ("paragraph", "‘Propagandapraat’"),
        ("subheading", "2. De haven"),
        ("paragraph", "Creve: ‘Rederij"),
        ("subheading", "3. Antwerpen"),
        ("paragraph", "De groei van de trafiekcijfers"),
        ("subheading", "4. 200 mensen"),
        ("paragraph", "De aanleg van het dok"),
        ("subheading", "5. De verkeersdrukte"),
        ("paragraph", "Volgens Doel 2020 wordt"),
        ("subheading", "6. Een uniek"),
        ("paragraph", "‘De plek waar"),
    ],
}

LABELS["nieuwsblad_natuur"] = {
    "source": {"src": "epu", "news": True, "index": 0, "starts": "Europese milieu"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Europese milieu- en natuurverenigingen"),
        ("lede", "Omdat ze vrezen", {"note": "the scraper's 'intro' field"}),
        ("paragraph", "'Ons doel blijft"),
        ("paragraph", "Via een zogenaamde"),
        ("paragraph", "Zo zijn vier grote"),
        ("paragraph", "De richtlijnen maken"),
        ("paragraph", "Het Natura 2000-netwerk"),
        ("paragraph", "Als de Commissie"),
        (
            "paragraph",
            "De organisaties hopen",
            {
                "note": "call to respond to a public consultation, with the organisations' web addresses: part of the news, not site text"
            },
        ),
    ],
}

LABELS["anp_postnl"] = {
    "source": {"src": "anp"},
    "headline": (0, 0, " (2)"),
    "blocks": [
        (
            "headline",
            "FNV staat alleen",
            {"tail": " (2)", "note": "'(2)' is the wire's version number of the item, left out of the gold headline"},
        ),
        ("site_text", "<p>N i e u w bericht", {"note": "wire service notice: 'new item, replaces: <earlier title>'"}),
        ("lede", "<p>San Mateo (ANP)", {"note": "dateline '<place> (ANP) -' glued to the lede, kept"}),
        ("paragraph", "<p>FNV overlegt"),
        ("paragraph", "<p>Andere betrokken bonden"),
        ("paragraph", "<p>De drie bonden"),
    ],
}

LABELS["belga_schijnpoort"] = {
    "source": {"src": "belga"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Knooppunt Schijnpoort"),
        ("lede", "In Antwerpen zal"),
        ("paragraph", "Auto's, vrachtverkeer"),
        ("paragraph", "De werken kaderen"),
    ],
}

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Rebuild structure blind set 5 (texts + gold files) from bare git mirrors.

    python3 build.py [MIRROR_ROOT]          (default /work/.mirror; writes next to this file)

The texts are third-party news texts and are NOT stored here: they are read from public GitHub
repositories (fetched as bare mirrors MIRROR_ROOT/<owner>+<name>/repo) at pinned commits. Only the
labels (ours) live in this file, in LABELS below: each block as its kind and a START MARKER (the
first characters of the block, never the whole text); a block runs to the next block's start. Python 3 standard library only.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

REPOS = {
    "vrt_dz": ("Dzetacq/react-news", "391787d8d951e4834a4e8fc52edefc744c79d155", "src/loadedDefault.js"),
    "vrt_vb": (
        "VanbroekhovenStef/nieuwsapp",
        "738ba2ee80c674da209bb66325ade93f707a2498",
        "src/features/newsItems/newsItemsSlice.js",
    ),
    "vrt_sp": (
        "StijnDePreter/ReactProject2",
        "7af5c522c821bd38ebb34842c98d88a8565ffe37",
        "src/features/news/newsSlice.js",
    ),
    "newsdata": (
        "paulusbakker/krantenkiezer",
        "36b67bdaf15815f365c863cdcbde914c42d1c710",
        "src/dummies&tryouts/ruttearticles.js",
    ),
    "drimble": ("ManzerX/scrapers", "82070ffe8975e05c98ab112b6f3ee07a0b96bbbb", "output_scrapers/drimble_vuurwerk.csv"),
    "newsapi": ("tnanhekhan/web-design-1920", "15cc7e89e5981eb45e7b78c0ba6f728079ba41f9", "src/js/data.js"),
}

KINDS = {"headline", "lede", "paragraph", "subheading", "quote", "caption", "byline", "list_item", "site_text"}


def git_show(root: Path, key: str) -> str:
    repo, commit, path = REPOS[key]
    base = root / repo.replace("/", "+") / "repo"
    gitdir = base / ".git" if (base / ".git").is_dir() else base
    if not gitdir.is_dir():
        sys.exit(f"no mirror for {repo} at {base}: fetch github:{repo} first")
    try:
        out = subprocess.run(
            ["git", f"--git-dir={gitdir}", "show", f"{commit}:{path}"], check=True, capture_output=True
        ).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"cannot read {repo}@{commit[:10]}:{path}: {e.stderr.decode(errors='replace').strip()}")
    return out.decode("utf-8")


_cache: dict[str, object] = {}


def _json_array_after(src: str, marker: str) -> object:
    """The JSON value that starts at the first '[' or '{' after `marker` (a JS module wrapping JSON)."""
    i = src.index(marker) + len(marker)
    i = min(p for p in (src.find("[", i), src.find("{", i)) if p >= 0)
    value, _ = json.JSONDecoder().raw_decode(src[i:])
    return value


def _js_fields(src: str, id_literal: str, fields: tuple[str, ...]) -> dict[str, str]:
    """Fields of one object in a JS object literal with unquoted keys (`key: "json string",` per line)."""
    start = src.index(f"id: {id_literal},")
    out: dict[str, str] = {}
    for f in fields:
        m = re.compile(rf'^\s*{f}: (".*?"),?\s*$', re.M).search(src, start)
        if not m:
            sys.exit(f"field {f} not found after id {id_literal}")
        out[f] = json.loads(m.group(1))
    return out


def source_text(root: Path, spec: dict) -> str:
    """The text of one item, as stored (fields joined as the README says)."""
    src = spec["src"]
    if src == "vrt_dz":
        if src not in _cache:
            _cache[src] = {d["id"]: d for d in _json_array_after(git_show(root, src), "newsData =") if "content" in d}
        d = _cache[src][spec["id"]]  # type: ignore[index]
        return "\n\n".join(x for x in (d["title"], d.get("subtitle"), d["content"]) if x)
    if src == "vrt_vb":
        f = _js_fields(git_show(root, src), json.dumps(spec["id"]), ("title", "subTitle", "content"))
        return f["title"] + "\n\n" + f["subTitle"] + "\n\n" + f["content"]
    if src == "vrt_sp":
        f = _js_fields(git_show(root, src), "'" + spec["id"] + "'", ("title", "subtitle", "content"))
        return f["title"] + "\n\n" + f["subtitle"] + "\n\n" + f["content"]
    if src == "newsdata":
        if src not in _cache:
            _cache[src] = _json_array_after(git_show(root, src), "ruttearticles =")
        d = _cache[src][spec["index"]]
        if d["link"] != spec["link"]:
            sys.exit(f"newsdata item {spec['index']}: link {d['link']!r}, expected {spec['link']!r}")
        return d["title"] + "\n\n" + d["content"]
    if src == "drimble":
        if src not in _cache:
            _cache[src] = list(csv.DictReader(io.StringIO(git_show(root, src), newline="")))
        rows = [r for r in _cache[src] if r["url"] == spec["url"]]  # type: ignore[union-attr]
        if len(rows) != 1:
            sys.exit(f"drimble: {len(rows)} rows with url {spec['url']}")
        return rows[0]["full_text"]
    if src == "newsapi":
        if src not in _cache:
            _cache[src] = _json_array_after(git_show(root, src), "const data =")["articles"]  # type: ignore[index]
        d = _cache[src][spec["index"]]
        if d["url"] != spec["url"]:
            sys.exit(f"newsapi item {spec['index']}: url {d['url']!r}, expected {spec['url']!r}")
        return "\n\n".join(x for x in (d["title"], d["description"], d["content"]) if x)
    sys.exit(f"unknown source {src}")


def source_bytes(root: Path, spec: dict) -> bytes:
    return source_text(root, spec).encode("utf-8")


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
    "vrt_hoboken_1648278348376": {
        "source": {"src": "vrt_dz", "id": "1648278348376"},
        "headline": (0, 0, 67),
        "blocks": [
            ("headline", "Vrouw (38) i"),
            ("lede", "Er werd vann"),
            (
                "site_text",
                "Radio 2 Antw",
                {
                    "note": "related-article teaser card flattened into the body: "
                    "brand label 'Radio 2 Antwerpen', teaser title and its "
                    "date/time"
                },
            ),
            ("paragraph", "Sinds eind j"),
            ("subheading", "Brandversnel"),
            ("paragraph", "Zaterdagocht"),
        ],
    },
    "vrt_mechelen_1648381738216": {
        "source": {"src": "vrt_dz", "id": "1648381738216"},
        "headline": (0, 0, 79),
        "blocks": [
            ("headline", "Bouw eerste "),
            ("lede", "Er zullen ru"),
            ("paragraph", "Vrijdag werd"),
            ("site_text", "Videospeler ", {"note": "video player placeholder"}),
            (
                "site_text",
                "Lucid Oorlog",
                {
                    "note": "related-article teaser card flattened into the body: "
                    "image credit 'Lucid', dossier label, teaser title, "
                    "date/time"
                },
            ),
            ("paragraph", "In totaal ko"),
            ("subheading", "1740 plaatse"),
            ("paragraph", '"Ze zullen d'),
            ("subheading", "120.000 vluc"),
            ("paragraph", "“Volgens de "),
        ],
    },
    "vrt_brasschaat_1648375033547": {
        "source": {"src": "vrt_dz", "id": "1648375033547"},
        "headline": (0, 0, 114),
        "blocks": [
            ("headline", "Motorrijders"),
            ("paragraph", "Vandaag orga"),
            ("subheading", "Ook in Brugg"),
            (
                "paragraph",
                "In Brugge kw",
                {
                    "tail_chars": 7,
                    "note": "VRT brand label of the producing station glued to "
                    "the end of the body (like an agency credit); "
                    "doubtful, could be read as a credit line",
                },
            ),
        ],
    },
    "vrt_decleir_vb1": {
        "source": {"src": "vrt_vb", "id": "1"},
        "headline": (0, 0, 103),
        "blocks": [
            ("headline", '"Nu verdwale'),
            ("lede", "Actrice en r"),
            ("paragraph", "Reinhilde Decleir, g"),
            (
                "paragraph",
                "Lees hier he",
                {"note": "introduces the poem that follows in the text; article text, not a link prompt"},
            ),
            ("quote", "Zonder veren"),
            (
                "caption",
                "BEKIJK - Act",
                {"note": "intro line of the embedded video (a caption of the article's media)"},
            ),
            ("site_text", "Videospeler ", {"note": "video player placeholder"}),
            (
                "site_text",
                "Podium Reinh",
                {"note": "related-article teaser card: section label 'Podium', teaser title, date/time"},
            ),
            ("paragraph", "Het gebouw v"),
            (
                "quote",
                "Jij kon in d",
                {"note": "a line of the poem standing alone at the end (pull quote or image caption); article text"},
            ),
        ],
    },
    "vrt_bornem_sp2": {
        "source": {"src": "vrt_sp", "id": "2"},
        "headline": (0, 0, 85),
        "blocks": [
            ("headline", "27 nieuwe sp"),
            ("lede", "De gemeente "),
            ("paragraph", "In 1984 bego"),
            (
                "quote",
                "Werken met v",
                {"note": "pull quote with its attribution, flattened into the body; article text"},
            ),
            ("paragraph", "Marc Vlogaert, h"),
            ("subheading", "Theorie en p"),
            ("paragraph", "De opleiding"),
            ("quote", "Dit voelt ni", {"note": "pull quote with its attribution; article text"}),
            ("paragraph", '"Dit is gewo'),
            ("paragraph", '"Het is fijn'),
        ],
    },
    "oogtv_studententien": {
        "source": {
            "src": "newsdata",
            "index": 114,
            "link": "https://www.oogtv.nl/2021/12/studententien-van-iso-voor-regeerakkoord-niet-alle-studenten-vieren-mee-in-feestje-van-rutte-iv/?utm_source=rss&utm_medium=rss&utm_campaign=studententien-van-iso-voor-regeerakkoord-niet-alle-studenten-vieren-mee-in-feestje-van-rutte-iv",
        },
        "headline": (0, 0, 100),
        "blocks": [
            ("headline", "‘Studententi"),
            (
                "paragraph",
                "Hoewel het k",
                {
                    "tail_chars": 155,
                    "note": "WordPress feed footer ('Het bericht … verscheen eerst op …') glued to the body (tail)",
                },
            ),
        ],
    },
    "oogtv_aanscherpingen": {
        "source": {
            "src": "newsdata",
            "index": 234,
            "link": "https://www.oogtv.nl/2021/11/rutte-met-kleine-maatregelen-kom-je-er-niet/?utm_source=rss&utm_medium=rss&utm_campaign=rutte-met-kleine-maatregelen-kom-je-er-niet",
        },
        "headline": (0, 0, 49),
        "blocks": [
            ("headline", "Rutte: “Met "),
            ("paragraph", "Nederland ga"),
            (
                "site_text",
                "Alle coronam",
                {"note": "link prompt whose link was lost ('… staan hier'), left in the body"},
            ),
            (
                "paragraph",
                "Minister Hug",
                {"tail_chars": 104, "note": "WordPress feed footer glued to the body (tail)"},
            ),
        ],
    },
    "geenstijl_lelystad": {
        "source": {
            "src": "newsdata",
            "index": 84,
            "link": "https://www.geenstijl.nl/5162591/rutte-iv-houdt-vliegveld-lelystad-aan-de-grond/",
        },
        "headline": (0, 0, 46),
        "blocks": [
            ("headline", "Rutte IV hou"),
            ("lede", "Faalproject ", {"note": "GeenStijl's subtitle line, glued before the body"}),
            ("paragraph", "Het kostte o"),
            (
                "paragraph",
                "INSTANT UPDA",
                {
                    "tail_chars": 5,
                    "note": "'Video' = placeholder label of an embedded video (tail); the "
                    "update line itself is article text",
                },
            ),
        ],
    },
    "geenstijl_wobverzoek": {
        "source": {
            "src": "newsdata",
            "index": 213,
            "link": "https://www.geenstijl.nl/5162324/gs-wobverzoek-ja-zei-mark-rutte-per-sms-en-mona-keijzer-was-ontslagen/",
        },
        "headline": (0, 0, 75),
        "blocks": [
            ("headline", "GS Wobverzoe"),
            ("lede", "De één z'n \"", {"note": "GeenStijl's subtitle line"}),
            ("paragraph", "U weet vast "),
            ("caption", "'MR' staat v", {"note": "caption of an embedded screenshot (image not scraped); doubtful"}),
            ("subheading", "Whatsappgroe", {"note": "inline subheading; doubtful (could be a second caption)"}),
            ("paragraph", "Uit de inven"),
            ("paragraph", "Het lijkt er"),
            ("paragraph", "Screenshot d"),
            ("paragraph", "De rest van "),
            ("site_text", "Social Nu u ", {"note": "placeholder label of an embedded social-media post"}),
            (
                "site_text",
                "Nu u hier toch bent... GeenStijl wil gra",
                {
                    "skip": 1,
                    "note": "standing donation appeal ('Nu u hier toch bent…') at the end "
                    "of the post; doubtful, it is phrased as part of this "
                    "post",
                },
            ),
        ],
    },
    "welingelichtekringen_nabestaanden": {
        "source": {
            "src": "newsdata",
            "index": 1,
            "link": "https://www.welingelichtekringen.nl/politiek/3148729/hoe-vaak-rutte-de-nabestaanden-van-coronaslachtoffers-noemde-in-2020-en-in-2021.html",
        },
        "headline": (0, 0, 79),
        "blocks": [
            ("headline", "Hoe vaak Rut"),
            ("paragraph", "In het begin"),
            ("quote", "Hoe vaak noe", {"note": "text of the embedded tweet"}),
            ("site_text", "pic.twitter.", {"note": "embedded-tweet furniture: media link, account name, handle, date"}),
        ],
    },
    "drimble_roda": {
        "source": {
            "src": "drimble",
            "url": "https://drimble.nl/regio/limburg/heerlen/104822908/roda-supporters-zwaaien-spelers-uit-met-vuurwerk-op-weg-naar-de-derby-tegen-mvv.html",
        },
        "headline": (2, 0, None),
        "blocks": [
            (
                "site_text",
                "Roda-support",
                {
                    "note": "the page title (headline + section label) in the browser title bar, on one flat line with the menu: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was the headline, the section its tail)"
                },
            ),
            ("site_text", "Login Nieuws", {"note": "aggregator menu and breadcrumb"}),
            (
                "headline",
                "Roda-support",
                {
                    "note": "the page heading right above the share line and the excerpt: the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was site text as a repeat)"
                },
            ),
            ("site_text", "Delen via: B", {"note": "share prompt, source credit and timestamp of the aggregator"}),
            ("lede", "Kerkrade - S", {"note": "the aggregator's excerpt of the source article"}),
            (
                "site_text",
                "Lees verder ",
                {"note": "read-more link, related/recent item lists with times, menus, ad, newsletter prompt, footer"},
            ),
        ],
    },
    "drimble_gelderland": {
        "source": {
            "src": "drimble",
            "url": "https://drimble.nl/regio/gelderland/104819501/laatste-keer-vuurwerk-afsteken-het-uit-je-levensvreugde.html",
        },
        "headline": (2, 0, None),
        "blocks": [
            (
                "site_text",
                "Laatste keer",
                {
                    "note": "the page title (headline + section label) in the browser title bar, on one flat line with the menu: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was the headline, the section its tail)"
                },
            ),
            ("site_text", "Login Nieuws", {"note": "aggregator menu and breadcrumb"}),
            (
                "headline",
                "Laatste keer",
                {
                    "note": "the page heading right above the share line and the excerpt: the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was site text as a repeat)"
                },
            ),
            ("site_text", "Delen via: B", {"note": "share prompt, source credit and timestamp"}),
            ("lede", "Het mag dit ", {"note": "the aggregator's excerpt of the source article"}),
            (
                "site_text",
                "Lees verder ",
                {"note": "read-more link, related/recent item lists with times, menus, ad, newsletter prompt, footer"},
            ),
        ],
    },
    "drimble_f1": {
        "source": {
            "src": "drimble",
            "url": "https://drimble.nl/auto/autosport/104819401/brown-rekent-op-vuurwerk-bij-start-f1-qatar-wil-dat-niet-missen.html",
        },
        "headline": (2, 0, None),
        "blocks": [
            (
                "site_text",
                "Brown rekent",
                {
                    "note": "the page title (headline + section label) in the browser title bar, on one flat line with the menu: site text (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was the headline, the section its tail)"
                },
            ),
            ("site_text", "Login Nieuws", {"note": "aggregator menu and breadcrumb"}),
            (
                "headline",
                "Brown rekent",
                {
                    "note": "the page heading right above the share line and the excerpt: the headline (relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was site text as a repeat)"
                },
            ),
            ("site_text", "Delen via: B", {"note": "share prompt, source credit and timestamp"}),
            ("lede", "Max Verstapp", {"note": "the aggregator's truncated excerpt of the source article"}),
            (
                "site_text",
                "Lees verder ",
                {"note": "read-more link, related/recent item lists with times, menus, ad, newsletter prompt, footer"},
            ),
        ],
    },
    "newsapi_geenstijl_cookie": {
        "source": {
            "src": "newsapi",
            "index": 0,
            "url": "https://www.geenstijl.nl/cookie-consent/?target_url=%2F5153296%2Fnee%2F%253F",
        },
        "headline": (0, 0, 73),
        "blocks": [
            ("headline", "Allemaal de ", {"tail_chars": 14, "note": "site name appended to the title (tail)"}),
            (
                "site_text",
                "geenstijl.nl",
                {"note": "the scraper got the cookie wall instead of the article; with the API's truncation marker"},
            ),
        ],
    },
    "newsapi_ad_cookie": {
        "source": {
            "src": "newsapi",
            "index": 1,
            "url": "https://myprivacy.dpgmedia.net/?siteKey=V9f6VUvlHxq9wKIN&callbackUrl=https:%2f%2fwww.ad.nl%2fprivacy-gate%2faccept%3fredirectUri%3d%252fbinnenland%252faantal-coronapatienten-op-ic-s-daalt-verder-dit-geeft-ruimte%257ea29f252a%252f",
        },
        "headline": (0, 0, 63),
        "blocks": [
            ("headline", "Aantal coron", {"tail_chars": 7, "note": "site name appended to the title (tail)"}),
            (
                "site_text",
                "AD en Krant.",
                {"note": "DPG consent wall instead of the article; with the API's truncation marker"},
            ),
        ],
    },
    "newsapi_1limburg": {
        "source": {
            "src": "newsapi",
            "index": 3,
            "url": "https://www.1limburg.nl/geen-nieuwe-corona-opnamen-noord-en-midden-limburg",
        },
        "headline": (0, 0, 54),
        "blocks": [
            (
                "headline",
                "Geen nieuwe ",
                {"tail_chars": 40, "note": "site name and tagline appended to the title (tail)"},
            ),
            ("site_text", "Lees hier me", {"note": "the feed's description field is only a read-more prompt"}),
            ("paragraph", "In ziekenhui"),
            (
                "paragraph",
                "Limburgse ci",
                {
                    "tail_chars": 15,
                    "note": "the API's truncation marker (tail); 'Limburgse cijfers' is "
                    "probably the start of a subheading or paragraph",
                },
            ),
        ],
    },
    "newsapi_tweakers": {
        "source": {
            "src": "newsapi",
            "index": 9,
            "url": "https://tweakers.net/nieuws/166750/google-en-apple-maken-eisen-bekend-voor-toegang-tot-corona-api.html",
        },
        "headline": (0, 0, 62),
        "blocks": [
            ("headline", "Google en Ap", {"tail_chars": 10, "note": "site name appended to the title (tail)"}),
            ("lede", "Apple en Goo"),
            (
                "site_text",
                "Het 'wonderm",
                {
                    "note": "the scraped 'content' is a reader comment from the comment "
                    "section, not the article; with the API's truncation marker"
                },
            ),
        ],
    },
    "newsapi_omroepwest": {
        "source": {
            "src": "newsapi",
            "index": 10,
            "url": "https://www.omroepwest.nl/nieuws/4038510/Italiaans-restaurant-Vapiano-is-failliet",
        },
        "headline": (0, 0, 40),
        "blocks": [
            ("headline", "Italiaans re", {"tail_chars": 13, "note": "site name appended to the title (tail)"}),
            ("lede", "De Nederland", {"note": "feed description, cut off by the feed"}),
            ("paragraph", "De coronacri", {"tail_chars": 14, "note": "the API's truncation marker (tail)"}),
        ],
    },
}


if __name__ == "__main__":
    main()

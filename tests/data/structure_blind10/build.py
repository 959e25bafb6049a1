#!/usr/bin/env python3
"""Rebuild structure blind set 10 (texts + gold files) from git mirrors.

    python3 build.py [MIRROR_ROOT]              (default /work/.mirror; writes next to this file)
    python3 build.py [MIRROR_ROOT] --dump DIR   (write only the source texts to DIR, for inspection)

The texts are third-party news texts and are NOT stored in this file: they are read from public
GitHub repositories (bare mirrors MIRROR_ROOT/<owner>+<name>/repo, or clones with a .git dir) at
pinned commits and turned into text by the field joining rules below (ours). Only the labels (ours)
live here, in LABELS, and they hold no article text: each block is a kind plus a START MARKER (the
first characters of the block, with an occurrence skip count where needed). A block runs from its
marker to the next block's marker; its gold text is that span, stripped of surrounding whitespace.
A `tail` marker starts the site text glued to the end of a block (it runs to the block's end). The
headline is (block index, start, end) into that block's text (end None = to the block's end;
start/end may also be marker strings). Python 3 standard library only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (repository, commit, path)
BLENDLE_POPULAR = (
    "sebaslogen/Blendletje",
    "e1de544c0902b753fb7133a8b3e3b234c78ffe98",
    "app/src/testShared/resources/utils/popular(ws.blendle.com_items_popular).json",
)
BLENDLE_ITEM_VK = (
    "sebaslogen/Blendletje",
    "e1de544c0902b753fb7133a8b3e3b234c78ffe98",
    "app/src/testShared/resources/utils/article(ws.blendle.com_item_bnl-vkn-20161117-7352758).json",
)
BLENDLE_ITEM_NN = (
    "nickurt/blendle-php-api",
    "2e953044f10fbfbff4b36bb25aba15ecaa74ace3",
    "tests/BlendleTest/Response/bnl-nn-20140801-1405555.json",
)
NEWSAPI_0920 = (
    "farshadmb/DutchNewsApp",
    "d0a225f33c1e542a5bf21e14e8a18c363836c76e",
    "DutchNewsTests/ModelsTests/Articles.json",
)
NEWSAPI_0907 = (
    "keereel/DutchNewsApp",
    "82ef2ed2134b3b0cdedfe46d0b4dae01508b8bb9",
    "DutchNewsApp/Resources/headlinesResponse.json",
)
NOS_SCRAPY = ("mrtroll1/NieuwsScraper", "ffbdacdb4364902d32a399d02f592e0cf05fdb53", "nieuwsscraper/nostechspider.json")

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


_cache: dict[tuple[str, str, str], object] = {}


def load_json(root: Path, which: tuple[str, str, str]) -> object:
    if which not in _cache:
        _cache[which] = json.loads(git_show_bytes(root, *which).decode("utf-8"))
    return _cache[which]


def blendle_text(manifest: dict) -> str:
    """Field joining (ours) for a Blendle item manifest: the `content` of each element of `body`,
    in order, stripped, as stored (HTML markup kept), then for each image its `caption` and
    `credit` (when present); all joined by a blank line. Empty body elements are dropped."""
    parts = [b["content"].strip() for b in manifest["body"] if b.get("content", "").strip()]
    for img in manifest.get("images") or []:
        for key in ("caption", "credit"):
            if (img.get(key) or "").strip():
                parts.append(img[key].strip())
    return "\n\n".join(parts) + "\n"


def source_text(root: Path, spec: dict) -> str:
    """The text of one item as stored (fields joined as the README says)."""
    src = spec["src"]
    if src == "blendle_popular":
        items = load_json(root, BLENDLE_POPULAR)["_embedded"]["items"]  # type: ignore[index]
        found = [it for it in items if it["_embedded"]["manifest"]["id"] == spec["id"]]
        if len(found) != 1:
            sys.exit(f"Blendle item {spec['id']} not found")
        return blendle_text(found[0]["_embedded"]["manifest"])
    if src in ("blendle_vk", "blendle_nn"):
        data = load_json(root, BLENDLE_ITEM_VK if src == "blendle_vk" else BLENDLE_ITEM_NN)
        manifest = data["_embedded"]["manifest"]  # type: ignore[index]
        if manifest["id"] != spec["id"]:
            sys.exit(f"Blendle item {spec['id']} not found")
        return blendle_text(manifest)
    if src in ("newsapi_0920", "newsapi_0907"):
        data = load_json(root, NEWSAPI_0920 if src == "newsapi_0920" else NEWSAPI_0907)
        articles = data["articles"] if isinstance(data, dict) else data  # a response, or its bare list
        found = [a for a in articles if a.get("url") == spec["url"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"NewsAPI item {spec['url']} not found")
        a = found[0]
        # field joining (ours): title, description, content - each only when not null/empty -
        # stripped, joined by a blank line; the API's \r\n inside content becomes \n
        parts = [(a.get(k) or "").replace("\r\n", "\n").strip() for k in ("title", "description", "content")]
        return "\n\n".join(p for p in parts if p) + "\n"
    if src == "nos_scrapy":
        data = load_json(root, NOS_SCRAPY)
        found = [a for a in data if a.get("url") == spec["url"]]  # type: ignore[union-attr]
        if len(found) != 1:
            sys.exit(f"Scrapy item {spec['url']} not found")
        # field joining (ours): title, blank line, description, both stripped
        return found[0]["title"].strip() + "\n\n" + found[0]["description"].strip() + "\n"
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

# notes used more than once
KICKER = "Blendle 'kicker' element that is the newspaper's section/rubric label, not news"
CUT = "the preview cut of the Blendle item (the paid article continues); '…' glued to the cut word is site text"
PHOTOCREDIT = (
    "photo credit of the article's own image (the item's image 'credit'): site text"
    " (relabelled stop 37 to STRUCTURE_CONVENTIONS.md; was caption)"
)
SITENAME = "the aggregator's site name appended to the title (NewsAPI), left out of the gold headline"
TRUNC = "the API's truncation mark '… [+N chars]' (the content is cut)"
DUP = "NewsAPI 'content' that only repeats the description (cut off, no new article words): an aggregator duplicate (doubtful, see README)"

LABELS["vk_geluk"] = {
    "source": {"src": "blendle_vk", "id": "bnl-vkn-20161117-7352758"},
    "headline": (2, 0, None),
    "blocks": [
        (
            "site_text",
            "Leven - INTERVIEW",
            {
                "note": KICKER
                + " ('Leven' section, genre label and the interviewee's name); doubtful: the name is informative"
            },
        ),
        ("lede", "Op zoek naar geluk?"),
        ("headline", "Geluk vind je ergens anders"),
        ("byline", "DOOR IANTHE SAHADAT"),
        ("paragraph", "Als je zo slim bent"),
        ("paragraph", "Steller van de vraag", {"tail": "â€¦", "note": CUT + " (here stored as mojibake 'â€¦')"}),
        ("caption", "Raj Raghunathan op de"),
        ("site_text", "Foto Daniel Cohen", {"note": PHOTOCREDIT}),
    ],
}

LABELS["vk_kushner"] = {
    "source": {"src": "blendle_popular", "id": "bnl-vkn-20161117-7353780"},
    "headline": (1, 0, None),
    "blocks": [
        ("lede", "Trumps schoonzoon Jared", {"note": "the 'intro' element, printed above the headline"}),
        ("headline", "Het brein van de Trump"),
        ("byline", "MICHAEL PERSSON"),
        (
            "byline",
            "NEW YORK",
            {
                "note": "the 'dateline' element on its own line; no dateline kind, kept with the byline (article text, not site text)"
            },
        ),
        ("paragraph", "Outsider Donald Trump"),
        ("paragraph", "In de overdracht van de", {"tail": "…", "note": CUT}),
        ("caption", "Jared Kushner en Ivanka"),
        ("site_text", "Foto Getty", {"note": PHOTOCREDIT}),
    ],
}

LABELS["knack_timmermans"] = {
    "source": {"src": "blendle_popular", "id": "bnl-knack-20161116-98372"},
    "headline": (1, 0, None),
    "blocks": [
        ("site_text", "EUROPA<strong>", {"note": KICKER + " (Knack rubric 'EUROPA', with empty markup)"}),
        ("headline", "Ik heb voor het eerst het"),
        ("lede", "Broederschap, een bijna"),
        (
            "subheading",
            "FRANS TIMMERMANS, DE",
            {"note": "'hl2' element: the subtitle naming the interviewee (article text)"},
        ),
        ("byline", "DOOR MICHEL VANDERSMISSEN"),
        ("paragraph", "De uitslag van het brexit", {"tail": "…", "note": CUT}),
        (
            "caption",
            "‘Ook in mijn omgeving",
            {"note": "the image caption, which is a pull quote of the interviewee; kept as caption (article text)"},
        ),
    ],
}

LABELS["telegraaf_wilders"] = {
    "source": {"src": "blendle_popular", "id": "bnl-telegraaf-20161118-1_02_1"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "’Ik zal nooit zwijgen’"),
        (
            "site_text",
            "Proces",
            {
                "note": "'hl2' element holding the one-word rubric label 'Proces' (the trial series); doubtful: could be read as a subheading"
            },
        ),
        ("byline", '<span class="person">'),
        ("lede", "Geert Wilders volgde"),
        ("paragraph", "<b>Wat dacht u toen u", {"note": "interview question (bold), article text"}),
        ("paragraph", "„Ik vond het een", {"tail": "…", "note": CUT}),
        (
            "caption",
            "Fractieleden van de PVV",
            {
                "tail": "Foto EPA",
                "note": "image caption; its credit 'Foto EPA' glued to the end is the tail (relabelled stop 37 to"
                " STRUCTURE_CONVENTIONS.md; was kept whole)",
            },
        ),
    ],
}

LABELS["trouw_aboujahjah"] = {
    "source": {"src": "blendle_popular", "id": "bnl-trn-20161118-7358045"},
    "headline": (1, 0, None),
    "blocks": [
        (
            "lede",
            "radicalisering | Drie",
            {
                "note": "'intro' element with Trouw's lower-case topic kicker 'radicalisering | ' glued to its start; kept in the lede (no head-of-block kind); doubtful"
            },
        ),
        ("headline", "'Abou Jahjah, kijk ook"),
        ("byline", "MARIJE VAN BEEK"),
        ("paragraph", "Pleidooi voor radicalisering' heet", {"note": "opening quote missing as stored"}),
        ("paragraph", "De boodschap van Abou", {"tail": "…", "note": CUT}),
        ("caption", "Dyab Abou Jahjah in 2015"),
        ("site_text", "foto hh", {"note": PHOTOCREDIT + " ('hh' = Hollandse Hoogte)"}),
    ],
}

LABELS["ad_clinton"] = {
    "source": {"src": "blendle_popular", "id": "bnl-adn-20161118-7358089"},
    "headline": (2, 0, None),
    "blocks": [
        (
            "subheading",
            "Hillary Clinton ontgoocheld",
            {
                "note": "'kicker' element that is a descriptive overline (not a section label): article text, labelled subheading; doubtful"
            },
        ),
        ("lede", "Hillary Clinton wil het"),
        ("headline", "Wat een nederlaag met je"),
        ("byline", "Mark van Assen", {"note": "'ph' element with the author's name"}),
        ("paragraph", "Haar gezicht vertelt", {"tail": "…", "note": CUT}),
        ("caption", "Voor het eerst sinds de"),
        ("site_text", "REUTERS", {"note": PHOTOCREDIT}),
    ],
}

LABELS["nrcnext_dezetijd"] = {
    "source": {"src": "blendle_popular", "id": "bnl-nn-20161118-2_02_2"},
    "headline": (0, 0, None),
    "blocks": [
        (
            "headline",
            "Deze tijd",
            {"note": "the 'hl1' of a column: the column's standing title, published as its headline"},
        ),
        ("paragraph", "Ik was uitgeweken naar"),
        ("paragraph", "Ik kreeg er thee met", {"tail": "…", "note": CUT}),
    ],
}

LABELS["nrcnext_dekmantel"] = {
    "source": {"src": "blendle_nn", "id": "bnl-nn-20140801-1405555"},
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Wat heeft dit nog met dj"),
        ("byline", '<span class="person">Rolinde'),
        (
            "lede",
            '<em class="intro">',
            {
                "note": "'lead' element with the keyword kicker 'Dekmantel' (the festival's name) glued to its start; kept in the lede"
            },
        ),
        ("paragraph", "David ‘Ketta’ Guetta"),
        ("paragraph", "We zien hem amechtig", {"tail": "…", "note": CUT + " (the whole preview is two sentences)"}),
    ],
}

LABELS["tweakers_sony"] = {
    "source": {
        "src": "newsapi_0920",
        "url": "https://tweakers.net/nieuws/172394/sony-pre-orderproces-playstation-5-kon-veel-soepeler-gaan.html",
    },
    "headline": (0, 0, " - Tweakers"),
    "blocks": [
        ("headline", "Sony: pre-orderproces", {"tail": " - Tweakers", "note": SITENAME}),
        ("lede", "Sony heeft op Twitter"),
        (
            "site_text",
            "Met al die scalpers en",
            {
                "note": "NewsAPI 'content' that is a reader's comment from the page's comment section (not the article), cut with '… [+855 chars]'"
            },
        ),
    ],
}

LABELS["rtl_lemans"] = {
    "source": {
        "src": "newsapi_0920",
        "url": "https://www.rtlnieuws.nl/sport/gp/video/5184877/dit-gebeurde-er-de-nacht-op-le-mans",
    },
    "headline": (0, 0, " - RTL Nieuws"),
    "blocks": [
        ("headline", "Dit gebeurde er in de", {"tail": " - RTL Nieuws", "note": SITENAME}),
        ("lede", "De nachtelijke uren in de", {"note": "the video's description"}),
        (
            "site_text",
            "De nachtelijke uren in de",
            {
                "note": "'content' of a video page: the description repeated, then the cut date line '20 se…' (timestamp UI) and '[+17 chars]'"
            },
        ),
    ],
}

LABELS["voetbalprimeur_ado"] = {
    "source": {
        "src": "newsapi_0920",
        "url": "https://www.voetbalprimeur.nl/nieuws/945567/live-discussie-gewijzigd-ado-en-groningen-jagen-op-eerste-eredivisie-zege.html",
    },
    "headline": (0, 0, " - VoetbalPrimeur.nl"),
    "blocks": [
        (
            "headline",
            "LIVE-discussie: gewijzigd",
            {
                "tail": " - VoetbalPrimeur.nl",
                "note": SITENAME
                + "; the format label 'LIVE-discussie: ' (a live comment thread) stays in the gold headline "
                "(relabelled stop 38 to STRUCTURE_CONVENTIONS.md; was left out)",
            },
        ),
        ("lede", "ADO Den Haag begint zondag"),
        ("site_text", "ADO Den Haag begint zondag", {"note": DUP}),
    ],
}

LABELS["linda_mol"] = {
    "source": {
        "src": "newsapi_0920",
        "url": "https://www.linda.nl/nieuws/fragment-gemist/molloot-ivo-aflevering-drie-ellie-mol-mata-hari/",
    },
    "headline": (0, 0, " - LINDA."),
    "blocks": [
        ("headline", "Molloot Ivo over aflevering", {"tail": " - LINDA.", "note": SITENAME}),
        ("lede", "Tien kandidaten, van wie"),
        ("paragraph", "Jeroen wist inmiddels", {"tail": "… [+4849 chars]", "note": TRUNC}),
    ],
}

LABELS["tpo_peiling"] = {
    "source": {
        "src": "newsapi_0920",
        "url": "https://tpo.nl/2020/09/20/peiling-maurice-de-hond-wilders-na-rutte-het-sterkst/",
    },
    "headline": (0, 0, " - ThePostOnline"),
    "blocks": [
        ("headline", "Opiniepeiling Maurice de", {"tail": " - ThePostOnline", "note": SITENAME}),
        ("lede", "Slechts 21% wil dat"),
        ("paragraph", "De peiling van deze week", {"tail": "… [+483 chars]", "note": TRUNC}),
    ],
}

LABELS["nos_sinterklaas"] = {
    "source": {"src": "newsapi_0907", "url": "https://nos.nl/l/2347192"},
    "headline": (0, 0, " | NOS - NOS"),
    "blocks": [
        (
            "headline",
            "Sinterklaasintochten afge",
            {
                "tail": " | NOS - NOS",
                "note": "the page title's own site name ' | NOS' plus the aggregator's ' - NOS', left out of the gold headline",
            },
        ),
        ("lede", "Steeds meer gemeenten"),
        ("paragraph", "De traditionele intocht", {"tail": "… [+2045 chars]", "note": TRUNC}),
    ],
}

LABELS["ad_dehond"] = {
    "source": {
        "src": "newsapi_0907",
        "url": "https://www.ad.nl/binnenland/maurice-de-hond-staat-in-groot-medisch-vakblad-laat-de-critici-maar-komen~a985afa5/",
    },
    "headline": (0, 0, " - AD.nl"),
    "blocks": [
        ("headline", "Maurice de Hond publiceert", {"tail": " - AD.nl", "note": SITENAME}),
        ("lede", "Opiniepeiler Maurice de"),
        (
            "paragraph",
            "Vandaag publiceert de 72",
            {"tail": "… [+4387 chars]", "note": TRUNC + "; the cut word 'voo' stays in the paragraph"},
        ),
    ],
}

LABELS["telegraaf_harry"] = {
    "source": {
        "src": "newsapi_0907",
        "url": "https://www.telegraaf.nl/entertainment/1709422015/harry-en-meghan-hebben-overheidsgeld-verbouwing-terugbetaald",
    },
    "headline": (0, 0, " - Telegraaf.nl"),
    "blocks": [
        ("headline", "Harry en Meghan hebben", {"tail": " - Telegraaf.nl", "note": SITENAME}),
        (
            "lede",
            "Prins Harry en zijn vrouw",
            {"tail": "…", "note": "description cut by the API, ending in a bare '…' (content empty)"},
        ),
    ],
}

LABELS["nos_gamemania"] = {
    "source": {
        "src": "nos_scrapy",
        "url": "nos.nl/artikel/2535579-game-mania-vraagt-faillissement-aan-winkels-vanaf-morgen-dicht",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Game Mania vraagt"),
        ("lede", "De game-verkoper was al"),
    ],
}

LABELS["nos_telegram"] = {
    "source": {
        "src": "nos_scrapy",
        "url": "nos.nl/artikel/2536066-telegram-oprichter-reageert-op-vervolging-verrassend-en-ondoordacht",
    },
    "headline": (0, 0, None),
    "blocks": [
        ("headline", "Telegram-oprichter reageert"),
        (
            "lede",
            "En dat media Telegram een",
            {"note": "the teaser continues the headline's quote ('En dat media ...'): article text"},
        ),
    ],
}

if __name__ == "__main__":
    main()

"""Rebuild the real scraped texts of the structure set tests/data/structure_real (kept outside the
repository: third-party text under no stated licence) from the public repositories they come from.

    python -m scripts.build_structure_real MIRRORS_DIR [OUT_DIR]   (OUT_DIR: /work/data/structure/real)

OUT_DIR/dev: the texts the rules of issue 21 were written on (Drimble, VRT NWS); OUT_DIR/heldout:
texts of other outlets (GeenStijl, OOG TV, Welingelichte Kringen) labelled and scored before any rule
was changed after they were found.

MIRRORS_DIR holds git directories of the source repositories, named OWNER+NAME/repo (what the
workplace's `fetch` tool makes); each text is read at the commit named in SOURCES, so a rebuild
gives the same bytes. The gold labels are ours: tests/data/structure_real/labels.json (block kinds over character
offsets), turned into NAME.json gold files next to the texts.

Not rebuilt here: structure_dev3 and the check sets 3, 3b, 3c of round 3 come from a store of web pages with
no git history (see their READMEs); their texts are kept under /work/data/structure-dev3 and -check3*.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

DEFAULT_OUT = Path("/work/data/structure/real")
DRIMBLE = ("ManzerX/scrapers", "82070ffe8975e05c98ab112b6f3ee07a0b96bbbb", "output_scrapers/drimble_vuurwerk.csv")
KRANTENKIEZER = (
    "paulusbakker/krantenkiezer",
    "36b67bdaf15815f365c863cdcbde914c42d1c710",
    "src/dummies&tryouts/ruttearticles.js",
)
KRANTENKIEZER_PICKS = {  # index in the file: name (outlets not in the other sets; texts of several shapes)
    1: "welingelichtekringen_01",
    19: "welingelichtekringen_02",
    177: "welingelichtekringen_03",
    114: "oogtv_01",
    234: "oogtv_02",
    12: "geenstijl_01",
    36: "geenstijl_02",
    78: "geenstijl_03",
    187: "geenstijl_04",
    202: "geenstijl_05",
}
LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "structure_real" / "labels.json"
NEWSAPI = ("tnanhekhan/web-design-1920", "5bd9c8ee24c508cbcab9a3d5f162f8cd258dea76", "src/js/data.js")
NEWSAPI_PICKS = {  # index in the file: name (an aggregator's API: site names in titles, "[+N chars]", consent walls)
    0: "newsapi_geenstijl",
    1: "newsapi_ad",
    2: "newsapi_voetbalprimeur",
    3: "newsapi_1limburg",
    4: "newsapi_nu_01",
    5: "newsapi_nu_02",
    6: "newsapi_rtl",
    7: "newsapi_parool",
    10: "newsapi_omroepwest",
    11: "newsapi_vpro",
}
KICKER_PICKS = {95: "geenstijl_kicker_95", 212: "geenstijl_kicker_212", 80: "geenstijl_kicker_80"}  # kicker. headline
DEV2_OUT = Path("/work/data/structure-dev2")
# the blind set of round 2: found, labelled and scored once after the round's rules were written
BLIND2_PICKS = {
    21: "geenstijl_21",
    84: "geenstijl_84",
    213: "geenstijl_213",
    262: "geenstijl_262",
    225: "welingelichtekringen_225",
    133: "welingelichtekringen_133",
}
BLIND2_OUT = Path("/work/data/structure-blind2")
DEV2_LABELS = LABELS.parent.parent / "structure_dev2" / "labels.json"
VRT = ("Dzetacq/react-news", "391787d8d951e4834a4e8fc52edefc744c79d155", "src/loadedDefault.js")


def _show(mirrors: Path, repo: str, commit: str, path: str) -> str:
    git_dir = mirrors / repo.replace("/", "+") / "repo"
    git_dir = git_dir / ".git" if (git_dir / ".git").is_dir() else git_dir  # a clone with a work tree
    out = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def drimble_texts(mirrors: Path) -> dict[str, str]:
    """An aggregator's pages, as its scraper stored them (whitespace collapsed: one line each)."""
    csv.field_size_limit(10**8)
    rows = list(csv.DictReader(io.StringIO(_show(mirrors, *DRIMBLE))))
    return {f"drimble_{i + 1:02d}": row["full_text"].strip() + "\n" for i, row in enumerate(rows)}


def vrt_texts(mirrors: Path) -> dict[str, str]:
    """VRT NWS articles from the outlet's JSON API: the title, a blank line, the body (one line)."""
    source = _show(mirrors, *VRT)
    articles, _ = json.JSONDecoder().raw_decode(source[source.index("[") :])
    return {f"vrt_{i + 1:02d}": f"{a['title'].strip()}\n\n{a['content'].strip()}\n" for i, a in enumerate(articles)}


def gold(text: str, label: dict) -> dict:
    """The gold file (scripts/eval_structure's format) of one text from its labels: block kinds over
    character spans of the text (labels.json holds offsets only, no third-party text)."""
    blocks = [{"kind": b["kind"], "text": text[b["start"] : b["end"]]} for b in label["blocks"]]
    headline = next((b["text"] for b in blocks if b["kind"] == "headline"), None)
    return {"headline": headline, "blocks": blocks}


def newsdata_texts(mirrors: Path) -> dict[str, str]:
    """Articles of several outlets as the newsdata.io API gave them: the title, a blank line, the
    `content` (one line)."""
    source = _show(mirrors, *KRANTENKIEZER)
    articles, _ = json.JSONDecoder().raw_decode(source[source.index("[") :])
    return {
        name: f"{articles[i]['title'].strip()}\n\n{articles[i]['content'].strip()}\n"
        for i, name in KRANTENKIEZER_PICKS.items()
    }


def newsapi_texts(mirrors: Path) -> dict[str, str]:
    """NewsAPI results (2020): the title, the description when it is not the content's start, the
    `content` (NewsAPI cuts it and appends "… [+N chars]")."""
    source = _show(mirrors, *NEWSAPI)
    data, _ = json.JSONDecoder().raw_decode(source[source.index("{") :])
    texts = {}
    for index, name in NEWSAPI_PICKS.items():
        item = data["articles"][index]
        description, content = (item.get("description") or "").strip(), (item.get("content") or "").strip()
        parts = [
            item["title"].strip(),
            *([description] if description and not content.startswith(description[:40]) else []),
        ]
        texts[name] = "\n\n".join([*parts, content]).replace("\r\n", "\n") + "\n"  # the labels' offsets: LF only
    return texts


def kicker_texts(mirrors: Path, picks: dict[int, str] = KICKER_PICKS) -> dict[str, str]:
    """GeenStijl articles whose title is a kicker, a full stop and the headline on one line (or other picks)."""
    source = _show(mirrors, *KRANTENKIEZER)
    articles, _ = json.JSONDecoder().raw_decode(source[source.index("[") :])
    return {name: f"{articles[i]['title'].strip()}\n\n{articles[i]['content'].strip()}\n" for i, name in picks.items()}


def build_dev2(mirrors: Path, out: Path = DEV2_OUT) -> int:
    """The second structure dev set (issue 21, round 2): texts and gold files in `out`; and the
    round's blind set in BLIND2_OUT."""
    texts = {**newsapi_texts(mirrors), **kicker_texts(mirrors)}
    blind = {k: v.replace("\r\n", "\n") for k, v in kicker_texts(mirrors, BLIND2_PICKS).items()}
    _write(blind, json.loads((DEV2_LABELS.parent.parent / "structure_blind2" / "labels.json").read_text()), BLIND2_OUT)
    return _write(texts, json.loads(DEV2_LABELS.read_text(encoding="utf-8")), out)


def _write(texts: dict[str, str], labels: dict, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.json").write_text(json.dumps(gold(text, labels[name]), ensure_ascii=False, indent=1))
    return len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        texts = {**drimble_texts(args.mirrors), **vrt_texts(args.mirrors), **newsdata_texts(args.mirrors)}
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        print(f"cannot read the source repositories under {args.mirrors}: {error}", file=sys.stderr)
        return 1
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    for name, text in texts.items():
        folder = args.out / ("heldout" if name in KRANTENKIEZER_PICKS.values() else "dev")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps(gold(text, labels[name]), ensure_ascii=False, indent=1))
    print(f"{len(texts)} texts written to {args.out}")
    print(f"{build_dev2(args.mirrors)} texts written to {DEV2_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the real multi-article outlet sets (tests/data/outlet_sets) from the page texts saved outside
the repository, and check them against the manifest.

    python -m scripts.build_outlet_sets [RAW_DIR] [OUT_DIR]
        (RAW_DIR: /work/data/outletsets/raw, OUT_DIR: /work/data/outletsets/sets)

RAW_DIR holds the page texts as the workplace's stored-pages corpus gave them (each page from its
beginning, about 2,000 characters), in record files named OUTLET_N.txt: a header line
`### NAME<TAB>URL<TAB>DATE` and the page's text up to the next header. The corpus puts a ` date
YYYY-MM ` marker before some pages; that marker is not page text and is left out when the records are
saved (the date is kept in the header). Third-party text under no stated licence stays out of the
repository: what is kept here is ours — manifest.json (each page's outlet, name, address, date and the
SHA-256 of its text, in publication order) and labels.json (block kinds over character offsets).

OUT_DIR/OUTLET/NN_NAME.txt and NN_NAME.json (the gold file of scripts/eval_structure, with the
outlet's name and the page's place in publication order): what `python -m scripts.eval_templates
--sets OUT_DIR` scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "outlet_sets"
DEFAULT_RAW = Path("/work/data/outletsets/raw")
DEFAULT_OUT = Path("/work/data/outletsets/sets")
OUTLET_NAMES = {
    "zeelandnet": "ZeelandNet",
    "omroepzeeland": "Omroep Zeeland",
    "nieuwskoppen": "Nieuwskoppen",
    "nieuwskoppenblind": "Nieuwskoppen (held out)",
}


@dataclass(frozen=True)
class Page:
    outlet: str
    name: str
    url: str
    published: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_records(raw: Path) -> dict[str, list[Page]]:
    """The pages of each outlet, in the order of its record files."""
    pages: dict[str, list[Page]] = {}
    for path in sorted(raw.glob("*_*.txt")):
        outlet = path.stem.rsplit("_", 1)[0]
        for record in path.read_text(encoding="utf-8").split("### ")[1:]:
            header, _, text = record.partition("\n")
            name, url, published = (header.split("\t") + ["", ""])[:3]
            pages.setdefault(outlet, []).append(Page(outlet, name, url, published.strip(), text.rstrip("\n") + "\n"))
    return pages


def manifest(pages: dict[str, list[Page]]) -> dict:
    return {
        outlet: [{"name": p.name, "url": p.url, "published": p.published, "sha256": p.sha256} for p in items]
        for outlet, items in pages.items()
    }


def gold(page: Page, label: dict, order: int) -> dict:
    blocks = [{"kind": b["kind"], "text": page.text[b["start"] : b["end"]]} for b in label["blocks"]]
    headline = next((b["text"] for b in blocks if b["kind"] == "headline"), None)
    outlet = OUTLET_NAMES.get(page.outlet, page.outlet)
    return {"headline": headline, "outlet": outlet, "order": order, "published": page.published, "blocks": blocks}


def build(raw: Path, out: Path) -> int:
    pages = read_records(raw)
    expected = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    labels = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    if manifest(pages) != expected:
        raise ValueError(
            f"the texts under {raw} are not the ones in {DATA / 'manifest.json'} (names, order or SHA-256)"
        )
    count = 0
    for outlet, items in pages.items():
        folder = out / outlet
        folder.mkdir(parents=True, exist_ok=True)
        for order, page in enumerate(items):
            stem = f"{order + 1:02d}_{page.name}"
            (folder / f"{stem}.txt").write_text(page.text, encoding="utf-8")
            record = gold(page, labels[f"{outlet}/{page.name}"], order)
            (folder / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, nargs="?", default=DEFAULT_RAW)
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        count = build(args.raw, args.out)
    except (OSError, ValueError, KeyError) as error:
        print(f"cannot build the outlet sets: {error}", file=sys.stderr)
        return 1
    print(f"{count} texts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

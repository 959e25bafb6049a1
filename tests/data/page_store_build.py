"""The builder the newer blind sets share: each set's build.py holds its labels — start markers, no article
text — and calls `build` (the sets of saved web pages, structure_blind14 … 18, 20, 21: the pages kept beside it
in pages_raw.json, url -> excerpt as the `search` tool's page store returned it, not in the repository) or
`write_set` with its own reader of the texts (structure_blind19: git mirrors), which cut the texts into
NAME.txt and NAME.json gold files. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KINDS = {
    "headline",
    "lede",
    "paragraph",
    "subheading",
    "quote",
    "caption",
    "byline",
    "list_item",
    "liveblog_time",
    "site_text",
}

# the store prefixes some pages with its own date metadata, " date YYYY-MM[-DD] " (not page text)
_STORE_DATE = re.compile(r"^ date \d{4}-\d{2}(?:-\d{2})? ")


def read_raw(path: Path) -> dict[str, str]:
    """The saved page excerpts (url -> excerpt as the store returned it)."""
    if not path.is_file():
        sys.exit(f"missing {path}: the saved page excerpts are not reproducible from a repository")
    return json.loads(path.read_text(encoding="utf-8"))


def source_text(spec: dict, pages: dict[str, str]) -> str:
    """The text of one page: the excerpt as returned, the store's date prefix removed, stripped."""
    if spec["url"] not in pages:
        sys.exit(f"no excerpt for {spec['url']}")
    raw = pages[spec["url"]]
    m = _STORE_DATE.match(raw)
    if (m.group(0).strip()[5:] if m else None) != spec.get("store_date"):
        sys.exit(f"{spec['url']}: store date prefix is not {spec.get('store_date')!r}")
    # text rule (ours): the store's " date YYYY-MM " prefix removed; outer whitespace stripped;
    # everything else (line breaks, runs of blank lines, glued words) kept as returned
    return raw[m.end() if m else 0 :].strip() + "\n"


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


def split_dump(args: list[str]) -> tuple[Path | None, list[str]]:
    """`--dump DIR` taken out of the arguments: (DIR or None, the other arguments)."""
    args = list(args)
    if "--dump" not in args:
        return None, args
    i = args.index("--dump")
    dump = Path(args[i + 1])
    del args[i : i + 2]
    return dump, args


def write_set(here: Path, labels: dict[str, dict], text_of, dump: Path | None) -> None:
    """Write every labelled text's NAME.txt and NAME.json to `here` (or, with `dump`, the texts only to it);
    `text_of(spec)` is the text of a label's "source" spec, however the set reads it (saved pages, mirrors)."""
    for name, item in labels.items():
        text = text_of(item["source"])
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
        (here / f"{name}.txt").write_text(text, encoding="utf-8")
        (here / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    where = "source texts to " + str(dump) if dump else "texts and gold files to " + str(here)
    print(f"wrote {len(labels)} {where}")


def build(here: Path, labels: dict[str, dict], args: list[str]) -> None:
    """Write every labelled page's NAME.txt and NAME.json to `here` (or, with `--dump DIR`, the texts only),
    from `here`/pages_raw.json."""
    pages = read_raw(here / "pages_raw.json")
    dump, _ = split_dump(args)
    write_set(here, labels, lambda spec: source_text(spec, pages), dump)

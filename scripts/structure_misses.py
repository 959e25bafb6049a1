"""Every gold site-text block the structure pass still keeps, on every structure set, grouped by shape (issue 21,
cross-set round site48): which shapes are missed at many outlets, not just on one set.

    python -m scripts.structure_misses [--root /work/data] [--tests tests/data] [--skip SET …] [--list KIND] [--json PATH]

Sets: as scripts.structure_sets finds them (a held-out set is never read). For each gold site-text block (and each
`site_text_tail`) with characters neither set aside nor read as front matter: its set, outlet (the file name's
part before its first "_"), place among the gold blocks (top: first quarter, end: last quarter, mid, or tail: glued
to a paragraph), the characters missed, the predicted kinds that hold them and its text. Each miss gets the first
shape kind of MISS_KINDS whose expression finds it (else a short label or a sentence by its length). Printed: per
kind, blocks, characters missed, distinct outlets, sets, and the characters and outlets whose missed characters
are in a translated kind (pipeline.document.TRANSLATED_KINDS: a miss read as a dateline or a byline never reaches
the translator). `--list KIND` prints that kind's misses; `--json PATH` writes every miss.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.document import TRANSLATED_KINDS, BlockKind
from pipeline.text.read import read_article
from scripts.eval_structure import (
    SOURCE_SUFFIXES,
    gold_kind,
    gold_text,
    locate,
    projected_source,
    visible,
    visible_text,
)
from scripts.structure_sets import ROOT, TESTS, find_sets

_DATE = (
    r"(\d{1,2}\s+(jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\w*\.?,?(\s+\d{4})?"
    r"|(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\w*\s+\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"
)
# (kind, expression on the missed block's text, case-insensitive), the first that finds it names the miss's kind
MISS_KINDS: tuple[tuple[str, str], ...] = (
    ("truncation marker", r"^(…|\.\.\.|\[…\])(\s*\[\+?\d+ chars\])?$|\[\+?\d+ chars\]"),
    (
        "photo credit",
        r"(^|[\s(|–-])(foto'?s?|beeld|fotografie|photo|credits?)\b\s*(:|©|\s+[A-Z])|^\(?(©|\(c\))|photo news|photo by"
        r"|shutterstock|^foto\b|creative commons",
    ),
    ("source line", r"^\(?(bron|alles bij de bron)\b"),
    ("date/time line", rf"^\W*(\w+( op)?\s*:?\s*)?(\w+,?\s+)?{_DATE}|leestijd|\d+ minuten$|\bago$"),
    ("reader comments", r"reactie|reageer|reageren|praat mee|stemmen"),
    ("newsletter/subscribe/promo", r"nieuwsbrief|abonne|luister|podcast|word lid|exclusieve artikelen|welkom bij"),
    ("link/teaser pointer", r"^(lees|bekijk|hier lees|volg hier|straks meer|check also)|\blees\b.*\bhier\b"),
    ("navigation/crumbs", r"terug$|^home\b|toggle navigation|site logo|voorpagina|pagina \d+|banner|\bmenu\b"),
)
SHORT_LABEL_MAX_CHARS = 45  # a miss this short without a sentence's end: a label (section, kicker, site name)
LONG_BLOCK_MIN_CHARS = 150  # longer: a block of related stories, comments or boilerplate


@dataclass(frozen=True)
class Miss:
    set: str
    article: str
    outlet: str
    where: str  # top, mid, end (by position among the gold blocks) or tail (glued to a paragraph's end)
    missed: int  # non-space characters kept
    total: int  # non-space characters of the gold block (or tail)
    predicted: tuple[str, ...]  # the predicted kinds holding the missed characters ("-": none)
    text: str

    @property
    def translated(self) -> bool:
        return any(k == "-" or BlockKind(k) in TRANSLATED_KINDS for k in self.predicted)


def miss_kind(text: str) -> str:
    """The shape kind of a missed block's text (see MISS_KINDS)."""
    for kind, expression in MISS_KINDS:
        if re.search(expression, text.strip(), re.IGNORECASE):
            return kind
    if len(text) <= SHORT_LABEL_MAX_CHARS and not re.search(r"[.!?]$", text.strip()):
        return "short label"
    return "long block" if len(text) > LONG_BLOCK_MIN_CHARS else "other sentence"


def set_misses(folder: Path, name: str) -> Iterator[Miss]:
    """The misses of one set, in file and block order."""
    for gold_path in sorted(folder.glob("*.json")):
        source = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source is None:
            continue
        article = read_article(source)
        text, front_span = projected_source(article)
        kept_out = visible(text, front_span)
        owner: dict[int, str] = {}
        predicted = list(article.blocks)
        spans = locate(
            text, ((b.time or "") + " " + b.text for b in predicted), start=front_span[1], project=visible_text
        )
        for block, span in zip(predicted, spans):
            for i in visible(text, span) if span else ():
                owner[i] = block.kind.value
        kept_out |= {i for i, kind in owner.items() if kind == BlockKind.SITE_TEXT.value}
        blocks = list(json.loads(gold_path.read_text(encoding="utf-8")).get("blocks") or [])
        gold_spans = locate(text, (gold_text(b) for b in blocks), project=visible_text)
        for index, (block, span) in enumerate(zip(blocks, gold_spans)):
            if span is None:
                continue
            chars = visible(text, span)
            parts = []
            tail = visible_text(block.get("site_text_tail"))
            if tail and (start := text.rfind(tail, *span)) >= 0:
                tail_chars = visible(text, (start, start + len(tail)))
                parts.append(("tail", tail_chars, tail))
                chars -= tail_chars
            if gold_kind(block) == "site_text":
                where = "top" if index < len(blocks) / 4 else "end" if index >= len(blocks) * 3 / 4 else "mid"
                parts.append((where, chars, visible_text(gold_text(block))))
            for where, part, part_text in parts:
                if missed := part - kept_out:
                    kinds = tuple(sorted({owner.get(i, "-") for i in missed}))
                    outlet = gold_path.stem.split("_")[0]
                    yield Miss(name, gold_path.stem, outlet, where, len(missed), len(part), kinds, part_text)


def kinds_table(misses: Sequence[Miss]) -> list[str]:
    """Per kind (most outlets first): blocks, characters, outlets, sets; characters and outlets in translated kinds."""
    grouped: dict[str, list[Miss]] = {}
    for miss in misses:
        grouped.setdefault(miss_kind(miss.text), []).append(miss)
    head = f"{'kind':28} {'blocks':>6} {'chars':>6} {'outlets':>7} {'sets':>4} {'transl. chars':>13} {'transl. outlets':>15}"
    lines = [head]
    for kind, rows in sorted(grouped.items(), key=lambda pair: (-len({m.outlet for m in pair[1]}), pair[0])):
        translated = [m for m in rows if m.translated]
        lines.append(
            f"{kind:28} {len(rows):6} {sum(m.missed for m in rows):6} {len({m.outlet for m in rows}):7}"
            f" {len({m.set for m in rows}):4} {sum(m.missed for m in translated):13} {len({m.outlet for m in translated}):15}"
        )
    total = f"{'total':28} {len(misses):6} {sum(m.missed for m in misses):6} {len({m.outlet for m in misses}):7}"
    return [*lines, total]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--tests", type=Path, default=TESTS)
    parser.add_argument("--skip", nargs="*", action="extend", default=[], metavar="SET")
    parser.add_argument("--list", metavar="KIND", help="print the misses of this kind")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write every miss as JSON")
    args = parser.parse_args(argv)
    misses = [
        miss
        for name, folder in find_sets(args.root, args.tests)
        if name not in args.skip and name.split("/")[0] not in args.skip
        for miss in set_misses(folder, name)
    ]
    print("\n".join(kinds_table(misses)))
    for miss in (m for m in misses if args.list and miss_kind(m.text) == args.list):
        print(
            f"  {miss.set}\t{miss.article}\t{miss.where}\t{','.join(miss.predicted)}\t{miss.missed}/{miss.total}\t{miss.text[:120]}"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in misses], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

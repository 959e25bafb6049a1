"""How far two labellings of the same texts agree on site text, character by character.

    python -m scripts.structure_agreement A_DIR B_DIR

Each DIR holds NAME.json gold files (the structure sets' format, see scripts/eval_structure) next to
their NAME.txt; the pages both hold are compared on A's text (a page whose visible text differs in B is
skipped and named). Gold blocks are located as eval_structure locates them (scripts.structure_gold:
visible text, blocks found in order); a labelling's site text is its `site_text` blocks plus every
`site_text_tail`. Printed per page and pooled, over the text's non-space characters: site text per
labeller, the characters both call site text, B's recall and precision taking A as gold (and A's taking
B as gold: the same two numbers swapped), Cohen's kappa (site text vs not), headline agreement (the same
headline, or both none), and the lines on which the two differ (their first 60 characters, what each
labeller called them).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.structure_gold import gold_chars, gold_kind, gold_text, locate, norm, visible, visible_text


@dataclass(frozen=True)
class Labelling:
    site: frozenset[int]  # indices into the visible source
    kinds: Mapping[int, str]  # the gold kind of the block holding each located character
    headline: str | None
    unlocated: int  # gold blocks whose text was not found in the source


@dataclass
class Counts:
    chars: int = 0  # non-space characters of the visible text
    a: int = 0  # A's site text
    b: int = 0  # B's site text
    both: int = 0
    pages: int = 0
    headlines_same: int = 0

    def add(self, other: Counts) -> None:
        for name in ("chars", "a", "b", "both", "pages", "headlines_same"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def kappa(self) -> float:
        """Cohen's kappa over characters, site text vs not (1.0 when both labellers agree trivially)."""
        if not self.chars:
            return 1.0
        n = self.chars
        observed = (self.both + (n - self.a - self.b + self.both)) / n
        expected = (self.a / n) * (self.b / n) + ((n - self.a) / n) * ((n - self.b) / n)
        return 1.0 if expected >= 1.0 else (observed - expected) / (1.0 - expected)


@dataclass
class Page:
    name: str
    counts: Counts
    headline_a: str | None
    headline_b: str | None
    lines: list[str] = field(default_factory=list)  # disagreements, ready to print


def labelling(source: str, gold: Mapping[str, Any]) -> Labelling:
    """Gold site text located in the visible `source`, as eval_structure.score_article reads it."""
    blocks = list(gold.get("blocks") or [])
    spans = locate(source, (gold_text(b) for b in blocks), project=visible_text)
    site: set[int] = set()
    kinds: dict[int, str] = {}
    unlocated = 0
    for block, span in zip(blocks, spans):
        if span is None:
            unlocated += bool(visible_text(gold_text(block)))
            continue
        chars, tail = gold_chars(source, block, span)
        site |= tail
        kinds.update(dict.fromkeys(tail, "site_text_tail"))
        kind = gold_kind(block)
        if kind == "site_text":
            site |= chars
        kinds.update(dict.fromkeys(chars, kind))
    return Labelling(frozenset(site), kinds, gold.get("headline"), unlocated)


def called(labels: Labelling, chars: set[int]) -> str:
    """What a labeller called a line: its kinds in order of size, with the site-text share."""
    tally: dict[str, int] = {}
    for i in chars:
        kind = labels.kinds.get(i, "unlabelled")
        tally[kind] = tally.get(kind, 0) + 1
    kinds = "+".join(sorted(tally, key=lambda k: -tally[k]))
    site = len(chars & labels.site)
    return f"{kinds} ({site}/{len(chars)} site)" if 0 < site < len(chars) else kinds


def compare(name: str, raw: str, a: Labelling, b: Labelling, source: str) -> Page:
    chars = visible(source, (0, len(source)))
    counts = Counts(
        chars=len(chars),
        a=len(a.site),
        b=len(b.site),
        both=len(a.site & b.site),
        pages=1,
        headlines_same=norm(a.headline) == norm(b.headline),
    )
    page = Page(name, counts, a.headline, b.headline)
    lines = [line for line in raw.splitlines() if visible_text(line)]
    for line, span in zip(lines, locate(source, lines, project=visible_text)):
        here = visible(source, span) if span else set()
        if here & a.site != here & b.site:
            page.lines.append(f"{norm(line)[:60]!r}: A {called(a, here)} | B {called(b, here)}")
    return page


def read_page(directory: Path, name: str) -> tuple[str, dict[str, Any]]:
    """A page's text and gold; a gold file that is no JSON stops the run with one line naming it."""
    raw = (directory / f"{name}.txt").read_text(encoding="utf-8")
    gold_path = directory / f"{name}.json"
    try:
        return raw, json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SystemExit(
            f"structure_agreement: {gold_path} is no JSON ({error.msg}, line {error.lineno}); fix it"
        ) from None


def agreement(a_dir: Path, b_dir: Path) -> tuple[list[Page], list[str]]:
    """Pages of both labellings compared, and notes on the pages that could not be."""
    names_a = {p.stem for p in a_dir.glob("*.json") if p.with_suffix(".txt").is_file()}
    names_b = {p.stem for p in b_dir.glob("*.json") if p.with_suffix(".txt").is_file()}
    notes = [
        f"{n}: only in {d}"
        for d, names in ((a_dir, names_a - names_b), (b_dir, names_b - names_a))
        for n in sorted(names)
    ]
    pages: list[Page] = []
    for name in sorted(names_a & names_b):
        raw, gold_a = read_page(a_dir, name)
        raw_b, gold_b = read_page(b_dir, name)
        source = visible_text(raw)
        if visible_text(raw_b) != source:
            notes.append(f"{name}: the two texts differ; skipped")
            continue
        la, lb = labelling(source, gold_a), labelling(source, gold_b)
        notes += [
            f"{name}: {n} gold blocks of {w} not found" for n, w in ((la.unlocated, "A"), (lb.unlocated, "B")) if n
        ]
        pages.append(compare(name, raw, la, lb, source))
    return pages, notes


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def row(label: str, c: Counts, headline: str) -> str:
    return (
        f"{label:20} {c.chars:6} {c.a:6} {c.b:6} {c.both:6}   {share(c.both, c.a)} {share(c.both, c.b)}"
        f"   {share(c.both, c.b)} {share(c.both, c.a)}   {c.kappa:6.3f}   {headline}"
    )


def report(pages: Sequence[Page], notes: Sequence[str]) -> None:
    print("                              site text (non-space chars)   B vs A gold   A vs B gold")
    print("page                  chars      A      B   both   recall prec.  recall prec.    kappa   headline")
    pooled = Counts()
    for page in pages:
        pooled.add(page.counts)
        print(row(page.name, page.counts, "same" if page.counts.headlines_same else "DIFFERENT"))
    print(row("POOLED", pooled, f"{pooled.headlines_same}/{pooled.pages} same"))
    for page in pages:
        if not page.counts.headlines_same:
            print(f"  {page.name}: headline A {page.headline_a!r} | B {page.headline_b!r}")
    print("Disagreeing lines:")
    for page in pages:
        for line in page.lines:
            print(f"  {page.name}: {line}")
    for note in notes:
        print(f"  note: {note}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a_dir", type=Path, help="labelling A (taken as gold in 'B vs A gold')")
    parser.add_argument("b_dir", type=Path, help="labelling B")
    args = parser.parse_args(argv)
    for folder in (args.a_dir, args.b_dir):
        if not folder.is_dir():
            parser.error(f"{folder} is no folder: give the two folders of NAME.txt and NAME.json files")
    pages, notes = agreement(args.a_dir, args.b_dir)
    if not pages:
        parser.error(f"no page is labelled in both {args.a_dir} and {args.b_dir} (NAME.txt with NAME.json in each)")
    report(pages, notes)


if __name__ == "__main__":
    main()

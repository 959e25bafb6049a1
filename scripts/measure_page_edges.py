"""What a rule by position alone would set aside, measured against the gold before it is built (issue 21, site46).

    python -m scripts.measure_page_edges [--root /work/data] [--examples N]

Over every labelled structure set (scripts.structure_sets.find_sets: held-out sets are skipped), three candidate
rules that set aside by place, not by wording, each counted in characters by the gold kind of what they would take:

    above     the blocks before the chosen headline that the product keeps (not set aside): teasers of other
              articles, section names, breadcrumb words — but also kickers, bylines and captions
    after     the blocks after the last paragraph of running text (pipeline.text.text_ends.running_text) that
              the product keeps: a closing run of short lines, tags, "related" titles — or the article's own end
    frame     a round-up's opening block when no headline was found and headings follow it (three or more): a
              standing series frame ("Dit is het nieuws van …") — or the article's own lede

A rule is free only when its column holds no gold article text (every kind but site_text) on any set. Printed:
per rule, the characters by gold kind on every set, then examples of the blocks it would take.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.document import Article, Block, BlockKind
from pipeline.text.read import read_article
from pipeline.text.text_ends import running_text
from scripts.eval_structure import SOURCE_SUFFIXES, projected_source
from scripts.structure_gold import gold_kind, gold_text, locate, visible, visible_text
from scripts.structure_sets import ROOT, find_sets

FRAME_MIN_HEADINGS = 3


def above(article: Article) -> list[int]:
    blocks = list(article.blocks)
    title = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADLINE), 0)
    return [i for i in range(title) if blocks[i].kind is not BlockKind.SITE_TEXT]


def after(article: Article) -> list[int]:
    blocks = list(article.blocks)
    last = max((i for i, b in enumerate(blocks) if running_text(b)), default=len(blocks))
    return [i for i in range(last + 1, len(blocks)) if blocks[i].kind is not BlockKind.SITE_TEXT]


def frame(article: Article) -> list[int]:
    blocks = list(article.blocks)
    shown = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    if article.meta.headline or len(shown) < 2:
        return []
    if blocks[shown[0]].kind not in (BlockKind.LEDE, BlockKind.PARAGRAPH):
        return []
    headings = sum(1 for b in blocks if b.kind is BlockKind.SUBHEADING)
    return [shown[0]] if blocks[shown[1]].kind is BlockKind.SUBHEADING and headings >= FRAME_MIN_HEADINGS else []


RULES: dict[str, Callable[[Article], list[int]]] = {"above": above, "after": after, "frame": frame}


def gold_owner(source: str, gold: dict) -> dict[int, str]:
    """The gold kind of each located character of the source."""
    blocks = list(gold.get("blocks") or [])
    owner: dict[int, str] = {}
    for block, span in zip(blocks, locate(source, (gold_text(b) for b in blocks), project=visible_text)):
        for i in visible(source, span) if span else ():
            owner[i] = gold_kind(block)
    return owner


def measure(folder: Path, tallies: dict[str, Counter[str]], examples: dict[str, list[str]], name: str) -> None:
    for gold_path in sorted(folder.glob("*.json")):
        source_path = next(
            (gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None
        )
        if source_path is None:
            continue
        article = read_article(source_path)
        source, front = projected_source(article)
        owner = gold_owner(source, json.loads(gold_path.read_text(encoding="utf-8")))
        blocks: Sequence[Block] = article.blocks
        spans = locate(
            source, ((b.time or "") + " " + (b.text or "") for b in blocks), start=front[1], project=visible_text
        )
        for rule, picks in ((rule, pick(article)) for rule, pick in RULES.items()):
            for index in picks:
                if spans[index] is None:
                    continue
                votes = Counter(owner.get(i, "none") for i in visible(source, spans[index]))
                tallies[rule].update(votes)
                kind = votes.most_common(1)[0][0]
                examples[rule].append(f"{name}/{gold_path.stem}: {kind}: {blocks[index].text[:70]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--examples", type=int, default=40, help="examples printed per rule")
    args = parser.parse_args(argv)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for name, folder in find_sets(args.root):
        tallies: dict[str, Counter[str]] = defaultdict(Counter)
        measure(folder, tallies, examples, name)
        for rule in RULES:
            totals[rule].update(tallies[rule])
            site = tallies[rule]["site_text"]
            article = sum(n for kind, n in tallies[rule].items() if kind not in ("site_text", "none"))
            print(f"{name:24} {rule:6} site text {site:6}  article text {article:6}")
    for rule in RULES:
        print(f"\n{rule}: {dict(totals[rule].most_common())}")
        for line in examples[rule][: args.examples]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

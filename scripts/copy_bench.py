"""A harder wire-copy test than the labelled sets: synthetic copies of real articles, and look-alikes that are not.

Usage:  .venv/bin/python scripts/copy_bench.py [--seed 32] [--originals 30] [--sets dev dev5] [--errors]
            [--write DIR]

From the dev sets' texts (/work/data/stories-SET/texts: third-party texts, never in the repository) the seed
picks `--originals` articles of at least four paragraphs and makes each variant of `copy_variants.VARIANTS`
(a new headline on every one): positives, the variant a copy of its original. Negatives:
- `independent`: two articles of one gold story from two outlets, neither a copy of the other (gold);
- `boilerplate`: two unrelated articles (and their first paragraphs alone) from two outlets under the same
  appended paragraph;
- `template`: an article's first paragraph, and the same paragraph with its names, days and numbers replaced
  (an agency's template filled in again for another event) from another outlet three hours later: most of
  a real paragraph's words stay, so its text is an edited copy's; only `copy_checks` (names, event marks) can
  tell, and P is printed without it too;
- `follow_up`: an outlet's later text of the story opening with another article's first paragraphs and
  ending with its own earlier article's last two paragraphs (background).
Each pair is assigned in a fresh `MemoryStoryStore` (`cluster.assign`, earlier first): the later is called a
copy of the earlier or not. Printed: precision and recall over the pairs, recall per variant, false copies per
negative kind. `--write DIR` saves the generated pairs (DIR/pairs.jsonl) to read them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stories.cluster import assign  # noqa: E402
from pipeline.stories.features import ArticleText, _paragraphs, extract  # noqa: E402
from pipeline.stories.memory import MemoryStoryStore  # noqa: E402
from scripts.copy_variants import BOILERPLATE, VARIANTS, new_headline, refill, substantial  # noqa: E402
from scripts.eval_stories import Labelled, load  # noqa: E402

DATA = Path("/work/data")
MIN_PARAGRAPHS = 4  # substantial ones (`copy_variants.substantial`)
MIN_WORDS = 120


@dataclass(frozen=True)
class Case:
    kind: str  # a variant's name, or a negative's kind
    first: ArticleText
    second: ArticleText
    copy: bool  # is `second` a copy of `first`?


def _body(paras: list[str]) -> str:
    return "\n\n".join(paras)


def _with(article: ArticleText, suffix: str, outlet: str, hours: float, title: str, paras: list[str]) -> ArticleText:
    return ArticleText(
        article.article_id + suffix, outlet, article.published + timedelta(hours=hours), title, _body(paras)
    )


def positives(originals: list[Labelled], rng: random.Random) -> list[Case]:
    cases = []
    for item in originals:
        art, paras = item.article, _paragraphs(item.article.body)
        for name, (edit, hours, variant_first) in VARIANTS.items():
            variant = _with(art, "~" + name, "Regio Synthetisch", 0.0, new_headline(art.title, rng), edit(paras, rng))
            if variant_first:
                later = replace(art, published=art.published + timedelta(hours=hours))
                cases.append(Case(name, variant, later, True))
            else:
                cases.append(Case(name, art, replace(variant, published=art.published + timedelta(hours=hours)), True))
    return cases


def _copy_root(items: dict[str, Labelled], aid: str) -> str:
    seen = set()
    while items[aid].duplicate_of and aid not in seen:
        seen.add(aid)
        aid = items[aid].duplicate_of or aid
    return aid


def negatives(items: list[Labelled], rng: random.Random, count: int) -> list[Case]:
    by_id = {x.article.article_id: x for x in items}
    pairs = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.story != b.story or a.article.outlet == b.article.outlet:
                continue
            if _copy_root(by_id, a.article.article_id) == _copy_root(by_id, b.article.article_id):
                continue
            pairs.append(
                (a.article, b.article) if a.article.published <= b.article.published else (b.article, a.article)
            )
    every = pairs
    pairs = rng.sample(pairs, min(count, len(pairs)))
    cases = [Case("independent", a, b, False) for a, b in pairs]
    for a, b in every:  # the earlier outlet's follow-up: another opening over its own background paragraphs
        opening, own = substantial(_paragraphs(b.body))[:3], substantial(_paragraphs(a.body))[-2:]
        if len(substantial(_paragraphs(a.body))) >= 4 and len(" ".join(opening).split()) >= len(" ".join(own).split()):
            follow = _with(a, "~follow", a.outlet, 6.0, "Vervolg: " + a.title, opening + own)
            cases.append(Case("follow_up", a, follow, False))
    for item in originals_of(items, rng, count):  # the template filled in again that day for another event
        art = item.article
        first = _with(art, "~cut", art.outlet, 0.0, art.title, substantial(_paragraphs(art.body))[:1])
        again = _with(
            art, "~refill", "Regio Synthetisch", 3.0, new_headline(art.title, rng), refill(_paragraphs(art.body), rng)
        )
        cases.append(Case("template", first, again, False))
    long = [x.article for x in items if len(substantial(_paragraphs(x.article.body))) >= 2]
    for _ in range(count):
        a, b = rng.sample(long, 2)
        if by_id[a.article_id].story == by_id[b.article_id].story:
            continue
        a, b = (a, b) if a.published <= b.published else (b, a)
        plate = rng.choice(BOILERPLATE)
        for suffix, cut in (("~plate", None), ("~plate1", 1)):
            first = _with(a, suffix, "Site Een", 0.0, a.title, substantial(_paragraphs(a.body))[:cut] + [plate])
            second = _with(b, suffix, "Site Twee", 0.0, b.title, substantial(_paragraphs(b.body))[:cut] + [plate])
            second = replace(second, published=max(b.published, a.published + timedelta(hours=1)))
            cases.append(Case("boilerplate" + (suffix[6:] and "_short"), first, second, False))
    return cases


def originals_of(items: list[Labelled], rng: random.Random, count: int) -> list[Labelled]:
    fit = [
        x
        for x in items
        if len(substantial(_paragraphs(x.article.body))) >= MIN_PARAGRAPHS and len(x.article.body.split()) >= MIN_WORDS
    ]
    return rng.sample(fit, min(count, len(fit)))


def called_copy(case: Case) -> bool:
    store = MemoryStoryStore()
    assign(extract(case.first), store)
    return assign(extract(case.second), store).duplicate_of == case.first.article_id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--originals", type=int, default=30)
    ap.add_argument("--sets", nargs="+", default=["dev", "dev5"])
    ap.add_argument("--errors", action="store_true", help="list each missed and false copy")
    ap.add_argument("--write", type=Path, help="save the generated pairs here (outside the repository)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    items = [x for name in args.sets for x in load(ROOT / f"tests/data/stories_{name}", DATA / f"stories-{name}/texts")]
    cases = positives(originals_of(items, rng, args.originals), rng) + negatives(items, rng, args.originals)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        with open(args.write / "pairs.jsonl", "w", encoding="utf-8") as fh:
            for c in cases:
                row = {"kind": c.kind, "copy": c.copy}
                for key, art in (("first", c.first), ("second", c.second)):
                    row[key] = {"id": art.article_id, "outlet": art.outlet, "published": art.published.isoformat()}
                    row[key] |= {"title": art.title, "body": art.body}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    found, total, wrong = Counter(), Counter(), Counter()
    for case in cases:
        said = called_copy(case)
        total[case.kind] += 1
        if said and case.copy:
            found[case.kind] += 1
        elif said:
            wrong[case.kind] += 1
        if args.errors and said != case.copy:
            print(
                f"{'MISSED' if case.copy else 'FALSE'} {case.kind}: {case.first.article_id} -> {case.second.article_id}"
            )
    pos = sum(total[k] for k in VARIANTS)
    tp, fp = sum(found.values()), sum(wrong.values())
    print(f"{len(cases)} pairs ({pos} copies), seed {args.seed}")
    print(f"copies P {tp / max(1, tp + fp):.3f}  R {tp / max(1, pos):.3f}  (tp {tp}, fp {fp}, missed {pos - tp})")
    fp_told = fp - wrong["template"]  # a paragraph with its names swapped reads as an edited copy to any text check
    print(f"  P without `template` {tp / max(1, tp + fp_told):.3f}  (fp {fp_told})")
    for kind in total:
        if kind in VARIANTS:
            print(f"  {kind:22s} recall {found[kind]}/{total[kind]}")
        else:
            print(f"  {kind:22s} false {wrong[kind]}/{total[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

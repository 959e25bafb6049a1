"""The missed and false wire copies of TUNE sets, with what each copy rule measured and which refused (issue 19).

Usage:  .venv/bin/python scripts/copy_trace.py [SET ...] [--set NAME=VALUE ...] [--jobs N] [--data DIR] [--texts DIR]

Each set is clustered as `stories_split` scores it; the copy signatures (`duplicates.signature_of`) are kept as they
are remembered. For every missed gold copy (the product found no member of its copy group) and every false one (its
original in another group): both items' outlets, times, shingle counts and first words, then the measures the rules
read (the MinHash Jaccard, whether the leads agree, the share of the smaller opening inside the other, the share of
its words aligned in order in the other's (`copy_align`), the share after a shared start, whether the shorter ends
inside the other) and the verdicts (`excerpt_of`, the outlet's own update `own_update` / `grown_update`, within
`edited_hours`), and a class: cross-outlet short (at most `excerpt_max` shingles) or long, same outlet at one moment
(`together`), same outlet later. Then the counts per class over the sets. TUNE sets only (`stories_split.group`); a
CHECK set is refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scripts.eval_stories as ev  # noqa: E402
from pipeline.stories import cluster  # noqa: E402
from pipeline.stories import duplicates as dup  # noqa: E402
from pipeline.stories.copy_align import aligned_words  # noqa: E402
from pipeline.stories.copy_leads import leads_agree  # noqa: E402
from pipeline.stories.excerpt_check import excerpt_of  # noqa: E402
from pipeline.stories.openings import after_start_share, ends_inside, opening_share  # noqa: E402
from pipeline.stories.own_update import grown_update, own_update  # noqa: E402
from pipeline.stories.settings import ClusterSettings  # noqa: E402
from pipeline.stories.shingles import NUM_PERM, estimated_jaccard  # noqa: E402
from pipeline.stories.store import Signature  # noqa: E402
from pipeline.stories.together import posted_together  # noqa: E402
from scripts.stories_split import load_set, tune_sets  # noqa: E402
from scripts.story_metrics import copy_groups, missed_copies  # noqa: E402

_kept: dict[str, Signature] = {}


def _install() -> None:
    """Keep every signature the clusterer remembers (once per process)."""
    if getattr(cluster.remember, "traced", False):
        return
    original = cluster.remember

    def remember(features, signature, store, settings):
        _kept[signature.article_id] = signature
        return original(features, signature, store, settings)

    remember.traced = True  # type: ignore[attr-defined]
    cluster.remember = remember


def kind(a: Signature, b: Signature, settings: dup.DuplicateSettings) -> str:
    if a.outlet == b.outlet:
        return "same outlet, one moment" if posted_together(a, b) else "same outlet, later"
    return "cross-outlet, short" if min(a.shingles, b.shingles) <= settings.excerpt_max else "cross-outlet, long"


def measures(a: Signature, b: Signature, s: dup.DuplicateSettings) -> str:
    sim = estimated_jaccard(a.values[:NUM_PERM], b.values[:NUM_PERM])
    hours = abs(a.published - b.published) / timedelta(hours=1)
    return (
        f"jaccard {sim:.2f} leads_agree {leads_agree(a, b, s)} opening {opening_share(a.values, b.values, 1):.2f}"
        f" aligned {aligned_words(a.values, b.values):.2f}"
        f" after_start {after_start_share(a.values, b.values, s.containment_min):.2f}"
        f" ends_inside {ends_inside(a.values, b.values)} | excerpt {excerpt_of(sim, a, b, s)}"
        f" own_update {own_update(a, b, s)} grown_update {grown_update(a, b, s)} hours {hours:.2f}"
    )


@dataclass(frozen=True)
class Clustered:
    """A TUNE set clustered as `stories_split` scores it, its copy signatures kept (`_kept`): the product's copies
    beside the gold ones."""

    items: list
    settings: ClusterSettings
    copy: dict[str, str | None]
    by_id: dict
    gold: dict[str, str | None]
    groups: dict[str, str]
    missed: set[str]


def clustered(job: tuple[str, list[str], Path, Path]) -> Clustered:
    """The set `job` names (name, `--set` overrides, data folder, texts folder), clustered with signatures kept."""
    name, overrides, data, texts = job
    _install()
    _kept.clear()
    items = load_set(name, data, texts)
    settings = ev.settings_with(overrides)
    _, copy, _ = ev.run(items, settings)
    gold = {x.article.article_id: x.duplicate_of for x in items}
    by_id = {x.article.article_id: x for x in items}
    return Clustered(items, settings, copy, by_id, gold, copy_groups(gold), set(missed_copies(gold, copy)))


def trace(job: tuple[str, list[str], Path, Path]) -> list[tuple[str, str]]:
    """(class, text) of each missed and false copy of the set."""
    name = job[0]
    found = clustered(job)
    items, settings, copy, by_id = found.items, found.settings, found.copy, found.by_id
    gold, groups, missed = found.gold, found.groups, found.missed
    out = []
    for x in items:
        aid, predicted = x.article.article_id, copy.get(x.article.article_id)
        pairs = [("MISSED", gold[aid])] if aid in missed else []
        if predicted and groups.get(predicted) != groups.get(aid):
            pairs.append(("FALSE", predicted))
        for label, other in pairs:
            a, b = _kept.get(aid), _kept.get(other or "")
            if a is None or b is None:
                out.append((f"{label} unsigned", f"{label} {name} {aid} -> {other}: no signature (too short)"))
                continue
            cls = kind(a, b, settings.duplicates)
            lines = [f"{label} {name} {cls}: {aid} -> {other}  shingles {a.shingles}/{b.shingles}"]
            for article in (x.article, by_id[other].article):
                first = " ".join(article.body.split()[:14])
                lines.append(f"    {article.outlet} {article.published:%m-%d %H:%M:%S} {article.title[:60]} | {first}")
            lines.append("    " + measures(a, b, settings.duplicates))
            out.append((f"{label} {cls}", "\n".join(lines)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--set", action="append", default=[], dest="overrides")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--texts", type=Path, default=Path("/work/data"))
    args = parser.parse_args(argv)
    names = tune_sets(parser, args.sets, args.data)
    jobs = [(n, args.overrides, args.data, args.texts) for n in names]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            found = [row for rows in pool.map(trace, jobs) for row in rows]
    else:
        found = [row for job in jobs for row in trace(job)]
    for _, text in found:
        print(text)
    print("by class:", dict(Counter(cls for cls, _ in found).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

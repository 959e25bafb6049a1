"""Does a learned, shape-based block classifier find the site text the rules miss? Leave-one-set-out.

    python -m scripts.train_site_text DIR [DIR …] [--model gb|lr] [--export PATH] [--misses]

Each DIR is a labelled set (as for scripts.eval_structure). For every article, the blocks the current rules
keep (as the learned stage sees them: after the rules and the outlet templates, before the headline is
chosen) are labelled from the gold by characters (site text or not) and described by shape only
(pipeline.text.shape_features). For each set, a model is trained on all the other sets and scores the
held-out one; reported per set and in total, for the rules alone and for rules + model at several
thresholds: site-text recall and precision by characters, and the article text the model sets aside
(characters; gold blocks hit). `--export`: the model trained on all sets, as the JSON the runtime reads
(pipeline/text/data/site_shape_model.json). `--misses`: per set, the gold notes of the site text still kept
by rules + model (the kinds a held-out set misses), by characters. Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.document import Block, BlockKind
from pipeline.text import article as article_module
from pipeline.text.read import read_article
from pipeline.text.shape_features import NAMES, block_features
from scripts.eval_structure import (
    SOURCE_SUFFIXES,
    gold_kind,
    gold_text,
    locate,
    projected_source,
    visible,
    visible_text,
)

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)


@dataclass
class Row:
    features: list[float]
    site: int  # non-space characters of gold site text in the block
    other: int  # its other non-space characters (gold article text, or text the gold does not place)
    gold_blocks: frozenset[int]  # the gold article blocks it overlaps
    notes: str
    article: str
    ruled: bool = False  # set aside by the rules already: a training example only


@dataclass
class SetData:
    name: str
    rows: list[Row] = field(default_factory=list)
    site_gold: int = 0
    site_right: int = 0  # set aside by the rules and gold site text
    site_front: int = 0  # gold site text read as front matter (counted as found in recall, as in eval_structure)
    site_found: int = 0
    missed: Counter[str] = field(default_factory=Counter)  # gold site text kept by the rules, by its note


def _capture() -> list[list[Block]]:
    """Blocks as the learned stage sees them, recorded when the headline is chosen (the stage is off)."""
    seen: list[list[Block]] = []
    original = article_module.choose_headline

    def recording(blocks: list[Block], *args: Any, **kwargs: Any) -> list[Block]:
        seen.append(list(blocks))
        return original(blocks, *args, **kwargs)

    article_module.choose_headline = recording  # type: ignore[assignment]
    return seen


def load_set(directory: Path, seen: list[list[Block]]) -> SetData:
    data = SetData(directory.name if directory.name not in ("dev", "heldout") else f"real-{directory.name}")
    for gold_path in sorted(directory.glob("*.json")):
        source_path = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source_path is None:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        seen.clear()
        article = read_article(source_path)
        blocks = seen[0] if seen else list(article.blocks)
        _label(data, article, blocks, gold, gold_path.stem)
    return data


def _label(data: SetData, article: Any, blocks: list[Block], gold: dict[str, Any], name: str) -> None:
    source, front_span = projected_source(article)
    front = visible(source, front_span)
    gold_blocks = list(gold.get("blocks") or [])
    gold_spans = locate(source, (gold_text(b) for b in gold_blocks), project=visible_text)
    gold_site: set[int] = set()
    note_of: dict[int, str] = {}
    article_owner: dict[int, int] = {}
    for number, (block, span) in enumerate(zip(gold_blocks, gold_spans)):
        if span is None:
            continue
        chars = visible(source, span)
        tail = visible_text(block.get("site_text_tail"))
        if tail and source.rfind(tail, *span) >= 0:
            start = source.rfind(tail, *span)
            tail_chars = visible(source, (start, start + len(tail)))
            gold_site |= tail_chars
            note_of.update(dict.fromkeys(tail_chars, "(site text tail)"))
            chars -= tail_chars
        if gold_kind(block) == "site_text":
            gold_site |= chars
            note_of.update(dict.fromkeys(chars, str(block.get("note") or "(no note)")[:60]))
        else:
            article_owner.update(dict.fromkeys(chars, number))
    final = list(article.blocks)
    final_spans = locate(source, ((b.time or "") + " " + (b.text or "") for b in final), start=front_span[1], project=visible_text)
    set_aside = {i for b, s in zip(final, final_spans) if s and b.kind is BlockKind.SITE_TEXT for i in visible(source, s)}
    data.site_gold += len(gold_site)
    data.site_found += len(set_aside)
    data.site_right += len(gold_site & set_aside)
    data.site_front += len((gold_site & front) - set_aside)
    spans = locate(source, ((b.time or "") + " " + (b.text or "") for b in blocks), start=front_span[1], project=visible_text)
    for block, span, vector in zip(blocks, spans, block_features(blocks, set_aside_too=True)):
        if vector is None or span is None:
            continue
        ruled = block.kind is BlockKind.SITE_TEXT
        chars = visible(source, span) - front - (set() if ruled else set_aside)
        if not chars:
            continue
        site = chars & gold_site
        notes = Counter(note_of[i] for i in site)
        data.rows.append(
            Row(
                vector,
                len(site),
                len(chars) - len(site),
                frozenset(article_owner[i] for i in chars - gold_site if i in article_owner),
                notes.most_common(1)[0][0] if notes else "",
                name,
                ruled,
            )
        )


def _fit(rows: Sequence[Row], model: str) -> Any:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.array([r.features for r in rows])
    y = np.array([int(r.site > r.other) for r in rows])
    weight = np.array([1.0 + np.log1p(r.site + r.other) for r in rows])
    if model == "lr":
        fitted = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
        fitted.fit(x, y, logisticregression__sample_weight=weight)
    else:
        fitted = GradientBoostingClassifier(n_estimators=120, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=0)
        fitted.fit(x, y, sample_weight=weight)
    return fitted


def _predict(fitted: Any, rows: Sequence[Row]) -> list[float]:
    import numpy as np

    if not rows:
        return []
    return [float(p) for p in fitted.predict_proba(np.array([r.features for r in rows]))[:, 1]]


def leave_one_set_out(sets: Sequence[SetData], model: str, *, train_all: bool) -> dict[str, list[float]]:
    """The held-out set's kept blocks scored by a model trained on the other sets; a block the rules set
    aside scores 0 (it is counted as the rules')."""
    scores: dict[str, list[float]] = {}
    for held in sets:
        train = [r for s in sets if s is not held for r in s.rows if train_all or not r.ruled]
        kept = [r for r in held.rows if not r.ruled]
        predicted = iter(_predict(_fit(train, model), kept))
        scores[held.name] = [0.0 if r.ruled else next(predicted) for r in held.rows]
    return scores


def report(sets: Sequence[SetData], scores: dict[str, list[float]], *, misses: bool, threshold: float) -> None:
    header = f"{'set':22} {'rules R':>8} {'P':>6}"
    for t in THRESHOLDS:
        header += f" | t={t:<4} {'R':>5} {'aside':>5} {'blk':>3}"
    print(header)
    totals: dict[str, float] = defaultdict(float)
    for data in sets:
        right = data.site_right + data.site_front
        line = f"{data.name:22} {_ratio(right, data.site_gold):8.3f} {_ratio(data.site_right, data.site_found):6.3f}"
        totals["gold"] += data.site_gold
        totals["right"] += right
        totals["found"] += data.site_found
        totals["found_right"] += data.site_right
        for t in THRESHOLDS:
            flagged = [r for r, p in zip(data.rows, scores[data.name]) if p >= t and not r.ruled]
            gain = sum(r.site for r in flagged)
            wrong = sum(r.other for r in flagged)
            hit = len({(r.article, g) for r in flagged for g in r.gold_blocks})
            totals[f"gain{t}"] += gain
            totals[f"wrong{t}"] += wrong
            totals[f"hit{t}"] += hit
            line += f" |        {_ratio(right + gain, data.site_gold):5.3f} {wrong:5d} {hit:3d}"
        print(line)
    line = f"{'TOTAL':22} {_ratio(totals['right'], totals['gold']):8.3f} {_ratio(totals['found_right'], totals['found']):6.3f}"
    for t in THRESHOLDS:
        recall = _ratio(totals["right"] + totals[f"gain{t}"], totals["gold"])
        line += f" |        {recall:5.3f} {int(totals[f'wrong{t}']):5d} {int(totals[f'hit{t}']):3d}"
    print(line)
    if misses:
        for data in sets:
            kept: Counter[str] = Counter()
            wrongly: list[str] = []
            for row, p in zip(data.rows, scores[data.name]):
                if row.site and p < threshold and not row.ruled:
                    kept[row.notes] += row.site
                if row.other and p >= threshold and not row.ruled:
                    wrongly.append(f"{row.article} {row.other} chars p={p:.2f}")
            print(f"\n{data.name}: site text kept by rules + model (t={threshold}), by gold note, characters")
            for note, chars in kept.most_common(8):
                print(f"  {chars:6d}  {note}")
            for entry in wrongly:
                print(f"  article text set aside: {entry}")


def _ratio(part: float, whole: float, empty: float = 1.0) -> float:
    return part / whole if whole else empty


def export(sets: Sequence[SetData], path: Path) -> None:
    """The gradient-boosted trees trained on every set, as nested lists the runtime walks in pure Python."""
    fitted = _fit([r for s in sets for r in s.rows], "gb")  # every block: kept and set aside by the rules
    trees = []
    for (estimator,) in fitted.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": [int(f) for f in tree.feature],
                "threshold": [round(float(t), 6) for t in tree.threshold],
                "left": [int(c) for c in tree.children_left],
                "right": [int(c) for c in tree.children_right],
                "value": [round(float(v[0][0]), 6) for v in tree.value],
            }
        )
    prior = fitted.init_.class_prior_[1]
    import math

    model = {
        "names": list(NAMES),
        "base": round(math.log(prior / (1 - prior)), 6),
        "rate": fitted.learning_rate,
        "trees": trees,
    }
    path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--model", choices=("gb", "lr"), default="gb")
    parser.add_argument("--export", type=Path, help="write the model trained on all sets to this JSON file")
    parser.add_argument("--kept-only", action="store_true", help="train on the blocks the rules keep only")
    parser.add_argument("--misses", action="store_true", help="per set, the kinds of site text still kept")
    parser.add_argument("--threshold", type=float, default=0.9, help="for --misses")
    args = parser.parse_args(argv)
    seen = _capture()
    if hasattr(article_module, "learned_site_text"):  # the stage itself is off: the blocks the rules keep
        article_module.learned_site_text = lambda blocks: blocks  # type: ignore[attr-defined]
    sets = [load_set(d, seen) for d in args.dirs]
    kept = [r for s in sets for r in s.rows if not r.ruled]
    print(
        f"{len(kept)} blocks kept by the rules ({sum(r.site > r.other for r in kept)} mostly site text),"
        f" {sum(len(s.rows) for s in sets) - len(kept)} set aside by them; {len(NAMES)} features"
    )
    report(sets, leave_one_set_out(sets, args.model, train_all=not args.kept_only), misses=args.misses, threshold=args.threshold)
    if args.export:
        export(sets, args.export)
        print(f"model written to {args.export}")


if __name__ == "__main__":
    main()

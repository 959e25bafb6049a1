"""Does a learned, shape-based block classifier find the site text the rules miss? Leave-one-set-out.

    python -m scripts.train_site_text DIR [DIR …] [--first-contact DUMP …] [--model lr|gb]
        [--article-weight W] [--gate none|outside|tail|long|long-tail|near] [--misses [--threshold T]]
        [--dump PATH] [--kept-only]

Each DIR is a labelled set (as for scripts.eval_structure). For every article, the blocks as a learned stage
would see them (after the rules and the outlet templates, before the headline is chosen) are labelled from
the gold by characters (site text or not) and described by shape only (scripts.site_text_features). For
each set, a model is trained on all the other sets — on every block, set aside by the rules or kept, unless
`--kept-only` — and scores the held-out set's kept blocks. Reported per set and in total: site-text recall
and precision by characters for the rules alone, and for rules + model at several thresholds the recall and
the article text the model sets aside (characters; gold blocks hit); then the threshold that sets aside no
article text on any set, and the recall there.

`--first-contact DUMP`: a set's rows as `--dump`ed by the code before anyone tuned rules for that set
(`git archive COMMIT`, with this script and scripts/site_text_features.py copied in): the held-out set is
then scored as the rules first saw it, which is what a fresh blind set looks like. `--gate`: which kept
blocks the model may set aside (see _gated). `--misses`: per set, the gold notes of the site text still
kept by rules + model at `--threshold`, by characters, and every block of article text it sets aside.
Training needs the `train` extra (scikit-learn); the features are pure Python.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.document import Block, BlockKind
from pipeline.text import article as article_module
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
from scripts.site_text_features import NAMES, block_features

ARTICLE_WEIGHT = 5.0  # a block of article text weighs this much more than one of site text in training
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
    text: str = ""  # for --show only (never written anywhere)


@dataclass
class SetData:
    name: str
    rows: list[Row] = field(default_factory=list)
    site_gold: int = 0
    site_right: int = 0  # set aside by the rules and gold site text
    site_front: int = 0  # gold site text read as front matter (counted as found in recall, as in eval_structure)
    site_found: int = 0
    missed: Counter[str] = field(default_factory=Counter)  # gold site text kept by the rules, by its note


@contextmanager
def _recorded() -> Iterator[list[list[Block]]]:
    """Blocks as a learned stage would see them: recorded when the headline is chosen, after the rules and
    the outlet templates (pipeline.text.article.article_from_blocks)."""
    seen: list[list[Block]] = []
    original = article_module.choose_headline

    def recording(blocks: list[Block], *args: Any, **kwargs: Any) -> list[Block]:
        seen.append(list(blocks))
        return original(blocks, *args, **kwargs)

    article_module.choose_headline = recording  # type: ignore[assignment]
    try:
        yield seen
    finally:
        article_module.choose_headline = original  # type: ignore[assignment]


def load_set(directory: Path) -> SetData:
    """A labelled set's rows (every block the learned stage would see) and the rules' scores."""
    data = SetData(directory.name if directory.name not in ("dev", "heldout") else f"real-{directory.name}")
    with _recorded() as seen:
        for gold_path in sorted(directory.glob("*.json")):
            source_path = next(
                (gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None
            )
            if source_path is None:
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            seen.clear()
            article = read_article(source_path)
            _label(data, article, seen[0] if seen else list(article.blocks), gold, gold_path.stem)
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
    final_spans = locate(
        source, ((b.time or "") + " " + (b.text or "") for b in final), start=front_span[1], project=visible_text
    )
    set_aside = {
        i for b, s in zip(final, final_spans) if s and b.kind is BlockKind.SITE_TEXT for i in visible(source, s)
    }
    data.site_gold += len(gold_site)
    data.site_found += len(set_aside)
    data.site_right += len(gold_site & set_aside)
    data.site_front += len((gold_site & front) - set_aside)
    spans = locate(
        source, ((b.time or "") + " " + (b.text or "") for b in blocks), start=front_span[1], project=visible_text
    )
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
                block.text,
            )
        )


def _set_from_dict(raw: dict[str, Any]) -> SetData:
    rows = [Row(**{**r, "gold_blocks": frozenset(r["gold_blocks"])}) for r in raw.pop("rows")]
    return SetData(**{**raw, "rows": rows, "missed": Counter(raw.get("missed") or {})})


def _fit(rows: Sequence[Row], model: str, article_weight: float = ARTICLE_WEIGHT) -> Any:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x = np.array([r.features for r in rows])
    y = np.array([int(r.site > r.other) for r in rows])
    weight = np.array([(1.0 + np.log1p(r.site + r.other)) * (article_weight if r.other >= r.site else 1) for r in rows])
    if model == "lr":
        fitted = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
        fitted.fit(x, y, logisticregression__sample_weight=weight)
    else:
        fitted = GradientBoostingClassifier(
            n_estimators=120, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=0
        )
        fitted.fit(x, y, sample_weight=weight)
    return fitted


def _predict(fitted: Any, rows: Sequence[Row]) -> list[float]:
    import numpy as np

    if not rows:
        return []
    return [float(p) for p in fitted.predict_proba(np.array([r.features for r in rows]))[:, 1]]


def _gated(row: Row, gate: str) -> bool:
    """Whether a block is scored: any block (`none`), one outside the longest run of running text
    (`outside`), one after it (`tail`: never the page's top, where the headline is), one of 6 words or more
    (`long`: never a short heading or a table's line), both (`long-tail`), or one right next to site text the
    rules set aside (`near`: a region of chrome grown by a block)."""
    long = row.features[NAMES.index("log_words")] >= LONG_WORDS
    if gate == "outside":
        return row.features[NAMES.index("blocks_to_run")] > 0
    if gate == "tail":
        return row.features[NAMES.index("after_run")] > 0
    if gate == "long":
        return long
    if gate == "near":
        return row.features[NAMES.index("prev_site")] > 0 or row.features[NAMES.index("next_site")] > 0
    if gate == "long-tail":
        return long and row.features[NAMES.index("after_run")] > 0
    return True


LONG_WORDS = math.log1p(6)


def leave_one_set_out(
    sets: Sequence[SetData], model: str, *, train_all: bool, gate: str = "none", article_weight: float = ARTICLE_WEIGHT
) -> dict[str, list[float]]:
    """The held-out set's kept blocks scored by a model trained on the other sets; a block the rules set
    aside scores 0 (it is counted as the rules'), and so does one inside the running text (`gate`)."""
    scores: dict[str, list[float]] = {}
    for held in sets:
        train = [r for s in sets if s is not held for r in s.rows if train_all or not r.ruled]
        scored = [not r.ruled and _gated(r, gate) for r in held.rows]
        predicted = iter(_predict(_fit(train, model, article_weight), [r for r, s in zip(held.rows, scored) if s]))
        scores[held.name] = [next(predicted) if s else 0.0 for s in scored]
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
    safe = max((p for d in sets for r, p in zip(d.rows, scores[d.name]) if r.other and not r.ruled), default=0.0)
    gain = {d.name: sum(r.site for r, p in zip(d.rows, scores[d.name]) if p > safe and not r.ruled) for d in sets}
    print(
        f"zero article text aside on every set needs t > {safe:.4f} (the highest score of a block holding article"
        f" text); there recall {_ratio(totals['right'] + sum(gain.values()), totals['gold']):.3f}"
        f" (rules {_ratio(totals['right'], totals['gold']):.3f}); gains: "
        + ", ".join(f"{name} +{chars}" for name, chars in gain.items() if chars)
    )
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


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--model", choices=("gb", "lr"), default="lr")
    parser.add_argument("--dump", type=Path, help="write the sets' rows (as read by this code) to this JSON file")
    parser.add_argument(
        "--first-contact",
        type=Path,
        action="append",
        default=[],
        help="rows --dump'ed by the code as it was before a set was tuned for: they replace that set's rows"
        " (a held-out set scored as the rules saw it first; the other sets train as they are now)",
    )
    parser.add_argument("--article-weight", type=float, default=ARTICLE_WEIGHT)
    parser.add_argument(
        "--gate",
        choices=("none", "outside", "tail", "long", "long-tail", "near"),
        default="near",
        help="which kept blocks are scored (see _gated)",
    )
    parser.add_argument("--kept-only", action="store_true", help="train on the blocks the rules keep only")
    parser.add_argument("--misses", action="store_true", help="per set, the kinds of site text still kept")
    parser.add_argument("--threshold", type=float, default=0.9, help="for --misses")
    args = parser.parse_args(argv)
    sets = [load_set(d) for d in args.dirs]
    if args.dump:
        args.dump.write_text(json.dumps([dataclasses.asdict(s) for s in sets], default=sorted), encoding="utf-8")
    for dump in args.first_contact:
        for old in map(_set_from_dict, json.loads(dump.read_text(encoding="utf-8"))):
            sets = [old if s.name == old.name else s for s in sets]
            print(f"{old.name}: rows and rule scores of {dump}")
    kept = [r for s in sets for r in s.rows if not r.ruled]
    print(
        f"{len(kept)} blocks kept by the rules ({sum(r.site > r.other for r in kept)} mostly site text),"
        f" {sum(len(s.rows) for s in sets) - len(kept)} set aside by them; {len(NAMES)} features"
    )
    report(
        sets,
        leave_one_set_out(
            sets, args.model, train_all=not args.kept_only, gate=args.gate, article_weight=args.article_weight
        ),
        misses=args.misses,
        threshold=args.threshold,
    )


if __name__ == "__main__":
    main()

"""Would a small learned block classifier find the site text the structure rules miss? (issue 21)

    python -m scripts.structure_learn_eval [--model lr|gbt] [--sets 10-39] [--show 30-39] [--data /work/data]

Leave-one-set-out over the structure sets structure-blind10 … 39 (texts and gold in /work/data/structure-blindN;
never 40/41, held out): for each set S a model is trained on the blocks of every other set and scores S. Units are
the reader's blocks (pipeline.text.read.read_article); a block's label is "site text" when most of its visible
characters are gold site text (located as scripts.eval_structure does). Variants, scored on characters as
scripts/eval_structure.py scores them (precision over set-aside blocks; recall counts front matter read as metadata):

    rules      the current pipeline's verdicts (the sets were tuned on: optimistic for the rules)
    ceiling    what a perfect block classifier would reach: every block mostly gold site text (alone; or the rules')
    alone@t    the classifier alone, on the blocks read with keep_all (no rule verdict at all), probability ≥ t
    or@t       the rules, plus the blocks the rules kept that the classifier gives ≥ t (trained on those blocks only)

Features are shapes only (position, length, capitals, digits, dates, link-like words, separators, repetition in the
page, Dutch/English function words, a small site vocabulary, the reader's block kind, neighbours, and for `or` the
rules' verdicts around the block). `--model gbt` needs scikit-learn: run with
PYTHONPATH=/work/data/learn-venv/lib/python3.11/site-packages (a separate venv; the project does not depend on it)
and OMP_NUM_THREADS=1 on a loaded machine. Findings: /work/notes/learn34.md.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.document import Article, BlockKind
from pipeline.text.read import read_article
from scripts.eval_structure import SOURCE_SUFFIXES, projected_source
from scripts.structure_gold import gold_kind, gold_text, locate, visible, visible_text

THRESHOLDS = (0.5, 0.7, 0.9)
# first-contact rule figures, (precision, recall, characters of article text set aside): each set's README
# ("## Scored", or its first lines); blind18-20 from notes/closing28.md, blind25-27 from notes/closing31.md
FIRST_CONTACT = {
    10: (0.963, 0.219, 6), 11: (0.893, 0.241, 55), 12: (1.0, 0.179, 0), 13: (0.409, 0.071, None),
    14: (0.983, 0.096, None), 15: (1.0, 0.458, 0), 16: (0.989, 0.185, 4), 17: (0.850, 0.066, None),
    18: (0.903, 0.375, 58), 19: (0.633, 0.084, 54), 20: (1.0, 0.111, 0), 21: (0.948, 0.169, 31),
    22: (0.944, 0.393, 47), 23: (0.976, 0.202, 38), 24: (0.940, 0.311, 61), 25: (0.963, 0.256, 28),
    26: (0.999, 0.223, 2), 27: (0.804, 0.291, 206), 28: (0.904, 0.261, 70), 29: (0.933, 0.500, 39),
    30: (1.0, 0.082, 0), 31: (0.954, 0.528, 53), 32: (0.916, 0.205, 65), 33: (0.842, 0.192, 28),
    34: (1.0, 0.100, 0), 35: (1.0, 0.382, 0), 36: (1.0, 0.275, 0), 37: (1.0, 0.571, 0),
    38: (1.0, 0.537, 0), 39: (0.768, 0.094, 107),
}  # fmt: skip
# the small vocabulary the features count (data, not rules): words of page chrome, and function words


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


SITE_WORDS = _vocabulary(
    "lees verder meer ook delen deel share reageer reacties reactie abonnee abonneren abonnement nieuwsbrief "
    "cookies cookie advertentie inloggen login menu zoeken zoek foto video bekijk volg volgen gerelateerd home "
    "contact privacy download app klik hier premium artikel artikelen nieuws sport tags tag bron meest gelezen "
    "facebook twitter whatsapp linkedin instagram mail print terug vorige volgende leestijd minuten min"
)
DUTCH_WORDS = _vocabulary("de het een en van in is dat op te voor met zijn niet die er ze hij werd wordt naar om")
ENGLISH_WORDS = _vocabulary("the and of to you your for with is are this that on in our we by from")
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_DATE = re.compile(rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\b\d{{1,2}} ({_MONTHS}|\w{{3}}\.?) \d{{4}}", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?! ?%)")
_LINK = re.compile(r"https?:|www\.|\.(nl|be|com|org|eu)\b|@\w", re.I)
_SEPARATORS = re.compile(r"[|•·»›>/]| [-–—] ")
_KINDS = (BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE)
_KINDS2 = (BlockKind.LIST, BlockKind.LEDE, BlockKind.TABLE)


@dataclass(frozen=True)
class Page:
    """One article: its blocks' features, characters, rule verdicts and labels, and its gold characters."""

    set_id: int
    name: str
    features: np.ndarray  # (blocks, features)
    chars: tuple[frozenset[int], ...]  # visible source characters of each block
    rule: np.ndarray  # bool: set aside by the rules
    label: np.ndarray  # bool: mostly gold site text
    gold_site: frozenset[int]
    front_site: frozenset[int]  # gold site text in a front matter the reader consumed as metadata


def gold_site_chars(source: str, gold: Mapping[str, Any]) -> set[int]:
    """The characters of gold site text in the projected source, as scripts.eval_structure locates them."""
    blocks = list(gold.get("blocks") or [])
    site: set[int] = set()
    for block, span in zip(blocks, locate(source, (gold_text(b) for b in blocks), project=visible_text)):
        if span is None:
            continue
        tail = visible_text(block.get("site_text_tail"))
        if tail and (start := source.rfind(tail, *span)) >= 0:
            site |= visible(source, (start, start + len(tail)))
        if gold_kind(block) == "site_text":
            site |= visible(source, span)
    return site


def _share(words: Sequence[str], vocabulary: frozenset[str]) -> float:
    return sum(w in vocabulary for w in words) / len(words) if words else 0.0


def _shape(text: str) -> list[float]:
    words = re.findall(r"\w+", text.lower())
    letters = [c for c in text if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    titled = sum(w[:1].isupper() for w in text.split()) / max(1, len(text.split()))
    return [
        math.log1p(len(text)),
        math.log1p(len(words)),
        sum(map(len, words)) / len(words) if words else 0.0,
        float(text.rstrip("\"'”’ )").endswith((".", "!", "?"))),
        math.log1p(len(re.findall(r"[.!?][\"'”’]? +[A-Z]", text))),
        caps,
        titled,
        float(bool(letters) and caps > 0.8),
        sum(c.isdigit() for c in text) / max(1, len(text)),
        float(bool(_DATE.search(text))),
        float(bool(_TIME.search(text))),
        float(bool(_LINK.search(text))),
        math.log1p(len(_SEPARATORS.findall(text))),
        sum(not c.isalnum() and not c.isspace() for c in text) / max(1, len(text)),
        _share(words, ENGLISH_WORDS),
        _share(words, DUTCH_WORDS),
        _share(words, SITE_WORDS),
        float(text[:1].islower()),
        float(any(q in text for q in "\"“”‘’'")),
    ]


SHAPES = 19  # len(_shape(…))
NEIGHBOUR = (0, 3, 15, 16)  # shape features repeated for the blocks before and after: length, full stop, Dutch, site


def block_features(texts: Sequence[str], kinds: Sequence[BlockKind], rule: Sequence[bool]) -> np.ndarray:
    """One row of shape features per block of a page (its visible texts, reader's kinds, rule verdicts)."""
    n = len(texts)
    shapes = [_shape(t) for t in texts]
    counts = Counter(texts)
    lengths = np.cumsum([0, *map(len, texts)])
    site = [i for i in range(n) if rule[i]]
    headline = next((i for i, k in enumerate(kinds) if k is BlockKind.HEADLINE), -1)
    rows = []
    for i, text in enumerate(texts):
        before = shapes[i - 1] if i else [0.0] * SHAPES
        after = shapes[i + 1] if i + 1 < n else [0.0] * SHAPES
        nearest = min((abs(i - j) for j in site if j != i), default=n + 1)
        copies = len(text) >= 10 and any(text in t for j, t in enumerate(texts) if j != i)
        rows.append(
            [
                i / max(1, n - 1),
                float(i == 0),
                float(i == n - 1),
                math.log1p(i),
                math.log1p(n - 1 - i),
                lengths[i] / max(1, lengths[-1]),
                float(counts[text] > 1),
                float(copies),
                float(headline >= 0 and i < headline),
                *(float(kinds[i] is k) for k in (*_KINDS, *_KINDS2)),
                *shapes[i],
                *(before[f] for f in NEIGHBOUR),
                *(after[f] for f in NEIGHBOUR),
                float(i > 0 and rule[i - 1]),
                float(i + 1 < n and rule[i + 1]),
                1.0 / (1.0 + nearest),
                len(site) / n,
            ]
        )
    return np.array(rows, dtype=float).reshape(n, -1)


def read_page(path: Path, gold: Mapping[str, Any], set_id: int, *, keep_all: bool) -> Page:
    article: Article = read_article(path, keep_all=keep_all)
    source, front_span = projected_source(article)
    gold_site = gold_site_chars(source, gold)
    blocks = list(article.blocks)
    texts = [visible_text((b.time or "") + " " + (b.text or "")) for b in blocks]
    spans = locate(source, texts, start=front_span[1], project=visible_text)
    chars = tuple(frozenset(visible(source, s)) if s else frozenset() for s in spans)
    rule = np.array([b.kind is BlockKind.SITE_TEXT for b in blocks], dtype=bool)
    label = np.array([len(c & gold_site) * 2 > len(c) for c in chars], dtype=bool)
    features = block_features(texts, [b.kind for b in blocks], list(rule))
    front = frozenset(visible(source, front_span))
    return Page(set_id, path.stem, features, chars, rule, label, frozenset(gold_site), front & gold_site)


def read_set(directory: Path, set_id: int, *, keep_all: bool) -> list[Page]:
    pages = []
    for gold_path in sorted(directory.glob("*.json")):
        source = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
        if source is not None:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            pages.append(read_page(source, gold, set_id, keep_all=keep_all))
    return pages


# -- models ------------------------------------------------------------------------------------------------------

COEFFICIENTS: list[np.ndarray] = []  # of every logistic model fitted, in order
Model = Callable[[np.ndarray], np.ndarray]  # features -> probability of site text
Fit = Callable[[np.ndarray, np.ndarray, np.ndarray], Model]  # (features, labels, weights) -> model


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, ridge: float = 1.0) -> Model:
    """L2-regularised logistic regression on standardised features, by Newton steps."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = ridge * np.eye(z.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (w * (p - y)) + penalty @ beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + penalty
        beta -= np.linalg.solve(hessian, gradient)
    COEFFICIENTS.append(beta[:-1])  # standardised coefficients, for the report

    def model(features: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(np.hstack([(features - mean) / scale, np.ones((len(features), 1))]) @ beta)))

    return model


def fit_boosted(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Model:
    """A small gradient-boosted tree ensemble (scikit-learn, from the separate venv)."""
    from sklearn.ensemble import HistGradientBoostingClassifier  # type: ignore[import-not-found]

    model = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, l2_regularization=1.0)
    model.fit(x, y, sample_weight=w)
    return lambda features: model.predict_proba(features)[:, 1]


def loso(pages: Sequence[Page], fit: Fit, *, kept_only: bool) -> list[np.ndarray]:
    """Leave one set out: each page's block probabilities from a model trained on the pages of every other set.
    `kept_only`: train on, and score, the blocks the rules kept (the blocks set aside keep probability 1)."""
    probabilities: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for held in sorted({p.set_id for p in pages}):
        xs, ys, ws = [], [], []
        for page in (p for p in pages if p.set_id != held):
            mask = ~page.rule if kept_only else np.ones(len(page.rule), dtype=bool)
            xs.append(page.features[mask])
            ys.append(page.label[mask])
            ws.append(np.sqrt([max(1, len(c)) for c in page.chars])[mask])
        model = fit(np.vstack(xs), np.concatenate(ys).astype(float), np.concatenate(ws))
        for i, page in enumerate(pages):
            if page.set_id == held:
                probabilities[i] = np.where(page.rule, 1.0, model(page.features)) if kept_only else model(page.features)
    return probabilities


# -- scoring -----------------------------------------------------------------------------------------------------


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right: int = 0
    front: int = 0

    def add(self, page: Page, chosen: np.ndarray) -> None:
        aside = frozenset().union(*(c for c, k in zip(page.chars, chosen) if k))
        self.gold += len(page.gold_site)
        self.found += len(aside)
        self.right += len(aside & page.gold_site)
        self.front += len(page.front_site - aside)

    @property
    def recall(self) -> float:
        return (self.right + self.front) / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def wrong(self) -> int:  # characters set aside that are not gold site text ("article text set aside")
        return self.found - self.right


SHAPE_NAMES = (
    "log chars", "log words", "mean word length", "ends with a full stop", "sentence ends", "capitals share",
    "title-case words", "all capitals", "digits share", "date", "time", "link-like", "separators",
    "punctuation share", "English words", "Dutch words", "site words", "starts lowercase", "quote marks",
)  # fmt: skip
FEATURE_NAMES = (
    "position", "first", "last", "log blocks before", "log blocks after", "characters before", "repeated",
    "copied in another block", "above the headline", *(f"kind {k.value}" for k in (*_KINDS, *_KINDS2)),
    *SHAPE_NAMES, *(f"before: {SHAPE_NAMES[f]}" for f in NEIGHBOUR), *(f"after: {SHAPE_NAMES[f]}" for f in NEIGHBOUR),
    "rules set aside the block before", "rules set aside the block after", "nearness of rule site text",
    "rules' site share of the page",
)  # fmt: skip


def variants(
    pages: Sequence[Page], kept: Sequence[Page], fit: Fit
) -> tuple[dict[str, dict[int, Score]], dict[str, np.ndarray]]:
    """Per variant and set, the score: rules, alone@t (on `kept`: pages read with keep_all), or@t; and the mean
    standardised coefficients of the logistic models of each variant over the folds."""
    table: dict[str, dict[int, Score]] = {"rules": {}, "ceiling alone": {}, "ceiling or": {}}
    for page in pages:  # the ceilings: every block whose label is site text (a block classifier can do no better)
        table["rules"].setdefault(page.set_id, Score()).add(page, page.rule)
        table["ceiling or"].setdefault(page.set_id, Score()).add(page, page.rule | page.label)
    for page in kept:
        table["ceiling alone"].setdefault(page.set_id, Score()).add(page, page.label)
    coefficients = {}
    for name, group in (("alone", kept), ("or", pages)):
        scores = loso(group, fit, kept_only=name == "or")
        if COEFFICIENTS:
            coefficients[name] = np.mean(COEFFICIENTS, axis=0)
            COEFFICIENTS.clear()
        for threshold in THRESHOLDS:
            column = table[f"{name}@{threshold}"] = {}
            for page, probabilities in zip(group, scores):
                column.setdefault(page.set_id, Score()).add(page, probabilities >= threshold)
    return table, coefficients


def print_table(table: Mapping[str, Mapping[int, Score]], sets: Sequence[int], article_chars: int) -> None:
    names = list(table)
    print("set | first contact R/P/aside | " + " | ".join(f"{n} R/P/aside" for n in names))
    print("---|---|" + "---|" * len(names))
    pooled = {n: Score() for n in names}
    for s in sets:
        first = FIRST_CONTACT.get(s)
        shown = f"{first[1]:.3f}/{first[0]:.3f}/{first[2] if first[2] is not None else '?'}" if first else "—"
        cells = (f"{table[n][s].recall:.3f}/{table[n][s].precision:.3f}/{table[n][s].wrong}" for n in names)
        print(f"blind{s} | {shown} | " + " | ".join(cells))
        for n in names:
            for attr in ("gold", "found", "right", "front"):
                setattr(pooled[n], attr, getattr(pooled[n], attr) + getattr(table[n][s], attr))
    first_mean = np.mean([FIRST_CONTACT[s][1] for s in sets if s in FIRST_CONTACT])
    print("pooled | — | " + " | ".join(f"{x.recall:.3f}/{x.precision:.3f}/{x.wrong}" for x in pooled.values()))
    means = (f"{np.mean([table[n][s].recall for s in sets]):.3f}" for n in names)
    print(f"mean recall | {first_mean:.3f} | " + " | ".join(means))
    clean = (f"{sum(table[n][s].wrong == 0 for s in sets)}/{len(sets)}" for n in names)
    print("sets with 0 aside | — | " + " | ".join(clean))
    print(
        f"(visible characters in blocks that are not gold site text: {article_chars}; gold site: {pooled['rules'].gold})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/data"))
    parser.add_argument("--sets", default="10-39", help="first-last blind set numbers (40 and 41 are held out)")
    parser.add_argument("--model", choices=("lr", "gbt"), default="lr")
    parser.add_argument("--show", help="first-last: the sets to show and pool (all are trained on); default: --sets")
    args = parser.parse_args(argv)
    first, last = map(int, args.sets.split("-"))
    sets = [s for s in range(first, last + 1) if s < 40]
    low, high = map(int, (args.show or args.sets).split("-"))
    pages = [p for s in sets for p in read_set(args.data / f"structure-blind{s}", s, keep_all=False)]
    kept = [p for s in sets for p in read_set(args.data / f"structure-blind{s}", s, keep_all=True)]
    table, coefficients = variants(pages, kept, fit_logistic if args.model == "lr" else fit_boosted)
    print(f"model {args.model}; {len(pages)} pages, {sum(len(p.chars) for p in pages)} blocks; thresholds {THRESHOLDS}")
    shown = [s for s in sets if low <= s <= high]
    print_table(table, shown, sum(len(frozenset().union(*p.chars) - p.gold_site) for p in pages if p.set_id in shown))
    for name, betas in coefficients.items():
        ranked = sorted(zip(FEATURE_NAMES, betas), key=lambda fb: -abs(fb[1]))[:12]
        print(f"{name}: largest mean standardised coefficients: " + ", ".join(f"{f} {b:+.2f}" for f, b in ranked))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Does a small learned model over block shape find the site text the rules miss, on sets it never saw?

    python -m scripts.measure_shape_model [DIR …] [--no-rules] [--model logistic|trees] [--weight blocks|chars]
        [--first-contact NAME=DUMP …] [--dump PATH] [-v]

DIRs: labelled structure sets (as for scripts.eval_structure); none: every set scripts.structure_sets finds (a
held-out one, a folder holding HELD_OUT, never). Each article is read as the pipeline reads it,
and each block the rules kept (scripts.shape_model_features.CANDIDATES, as the blocks stand after the rules,
before the headline is chosen) is labelled by its gold characters, placed as scripts.eval_structure places them:
site text (gold site text the rules did not set aside, and no gold article character), article text (any gold
article character: a headline, byline or caption too) or neither (not counted).

Leave-one-SET-out: for each set, the model is trained on all the other sets and its threshold chosen on them
alone — the lowest probability at which no block of their article text is set aside, judged on out-of-fold
probabilities (an inner leave-one-set-out over the training sets) — then it judges the held-out set. Reported
per set: the rules' recall, the site-text recall the model adds on top of them, and the article text it wrongly
sets aside (characters, blocks); below, pooled over all sets, recall added and article text aside at fixed
thresholds (out-of-fold). `--no-rules`: the blocks read with `keep_all` (the rules set nothing aside): the model
alone. `--first-contact NAME=DUMP`: the held-out set NAME judged as the code of its first contact read it (rows
`--dump`ed by this script run in `git archive COMMIT` of that code, with scripts/shape_model_features.py and
scripts/data copied in): its rules' recall is then the first-contact recall. `--model trees`: gradient-boosted
trees of depth 3 (scikit-learn, imported only then; the logistic model needs numpy and scipy).

Result (learn32; 25 sets, blind17-20 at first contact): no useful gain, so no stage was added. After the rules,
the model adds +0.000 recall on every set at its out-of-fold threshold (0.993-1.000), logistic or trees; one fold
(logistic) sets aside a closing greeting of article text (11 characters). Pooled, even at p >= 0.5 it adds only
+0.033 (logistic) / +0.022 (trees) recall for 19,291 / 12,505 article characters set aside. Alone (`--no-rules`),
logistic: blind17 0.009, blind18 0.036, blind19 0.000, blind20 0.008 at zero article text, against the rules'
first contact 0.057, 0.375, 0.084, 0.109; pooled it needs p >= 0.5 to reach +0.414 (9,996 article characters).
Short lines of article text (bylines, photo credits, result lines, tweets, greetings) have the shape of chrome.

Result (learn34; 30 sets, blind10-39, logistic; notes/learn34.md): still no useful gain. After the rules: +0.000
pooled recall at the zero threshold (8 article characters aside), +0.012 at the 0.2 % budget threshold (1,028
article characters, 0.22 %). Alone: +0.003 at zero; at the budget 0.141 pooled (905 characters, 0.20 %), a mean
of 0.161 per set against the rules' first-contact mean of 0.263 (24 sets whose README records it).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from pipeline.document import Article, ArticleMeta, Block, BlockKind
from pipeline.text.article import article_from_blocks
from pipeline.text.html_text import plain_or_html_blocks
from pipeline.text.read import decode_bytes, normalise_text, split_date_marker
from scripts.eval_structure import (
    SOURCE_SUFFIXES,
    gold_kind,
    gold_text,
    locate,
    projected_source,
    visible,
    visible_text,
)
from scripts.shape_model_features import block_features

DATA_ROOT = Path("/work/data")
THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995)
BUDGET = 0.002  # the budget variant: article characters a threshold may set aside, as a share of all judged
L2 = 1.0  # the ridge penalty of the logistic model, on standardised features
_NO_RULES_KINDS = {BlockKind.HEADLINE: BlockKind.SUBHEADING, BlockKind.LEDE: BlockKind.PARAGRAPH}


@dataclass(frozen=True)
class Rows:
    """The judged blocks of every set, and each set's gold site text and what the rules set aside of it."""

    names: tuple[str, ...]
    gold_site: np.ndarray  # per set: non-space characters of gold site text
    rules_site: np.ndarray  # per set: of which set aside by the rules (or read as front matter)
    sets: np.ndarray  # per block: its set's number
    x: np.ndarray  # per block: its features
    site: np.ndarray  # per block: gold site characters the rules left in it
    article: np.ndarray  # per block: gold article characters in it
    texts: tuple[str, ...]


def _read(path: Path, *, keep_all: bool) -> tuple[Article, list[Block]]:
    """The article as pipeline.text.read reads it, and the blocks the model would judge (after the rules)."""
    text = normalise_text(decode_bytes(path.read_bytes(), name=path.name)[0])
    _, body = split_date_marker(text)
    markdown = path.suffix in (".md", ".markdown")
    if markdown:
        from pipeline.text.markdown_source import markdown_blocks

        blocks, meta = markdown_blocks(body, name=path.name)
    else:
        blocks, meta = plain_or_html_blocks(body), ArticleMeta()
    seen: list[Block] = []

    def capture(found: list[Block]) -> list[Block]:  # the `templates` step: the blocks after the rules
        seen.extend(found)
        return found

    article = article_from_blocks(
        blocks, source_name=path.name, text=text, meta=meta, source_format="md" if markdown else "txt",
        keep_all=keep_all, templates=capture,
    )  # fmt: skip
    if keep_all:  # no rules (and no `templates` step): the blocks as read, a headline judged like any text
        seen = [replace(b, kind=_NO_RULES_KINDS.get(b.kind, b.kind)) for b in article.blocks]
    return article, seen


def _gold_chars(source: str, gold: dict) -> tuple[set[int], set[int]]:
    """Gold site and article characters of the projected source, as eval_structure.score_article places them."""
    blocks = list(gold.get("blocks") or [])
    site: set[int] = set()
    article: set[int] = set()
    for block, span in zip(blocks, locate(source, (gold_text(b) for b in blocks), project=visible_text)):
        if span is None:
            continue
        chars = visible(source, span)
        tail = visible_text(block.get("site_text_tail"))
        if tail and source.rfind(tail, *span) >= 0:
            start = source.rfind(tail, *span)
            site |= visible(source, (start, start + len(tail)))
            chars -= site
        (site if gold_kind(block) == "site_text" else article).update(chars)
    return site, article - site


def _spans(source: str, blocks: Sequence[Block], start: int) -> list[tuple[int, int] | None]:
    return locate(source, ((b.time or "") + " " + b.text for b in blocks), start=start, project=visible_text)


def collect(sets: Sequence[tuple[str, Path]], *, keep_all: bool) -> Rows:
    sets_of, features, site_chars, article_chars, texts = [], [], [], [], []
    gold_sites, rules_sites = [], []
    for number, (_, folder) in enumerate(sets):
        gold_total = rules_total = 0
        for gold_path in sorted(folder.glob("*.json")):
            path = next((gold_path.with_suffix(s) for s in SOURCE_SUFFIXES if gold_path.with_suffix(s).exists()), None)
            if path is None:
                continue
            article, blocks = _read(path, keep_all=keep_all)
            source, front_span = projected_source(article)
            site, gold_article = _gold_chars(source, json.loads(gold_path.read_text(encoding="utf-8")))
            final = zip(article.blocks, _spans(source, article.blocks, front_span[1]))
            aside = {i for b, s in final if s and b.kind is BlockKind.SITE_TEXT for i in visible(source, s)}
            gold_total += len(site)
            rules_total += len(site & (aside | visible(source, front_span)))
            spans = _spans(source, blocks, front_span[1])
            for index, values in block_features(blocks):
                chars = visible(source, spans[index]) if spans[index] else set()
                sets_of.append(number)
                features.append(values)
                site_chars.append(len((chars & site) - aside))
                article_chars.append(len(chars & gold_article))
                texts.append(blocks[index].text)
        gold_sites.append(gold_total)
        rules_sites.append(rules_total)
    return Rows(
        tuple(name for name, _ in sets), np.array(gold_sites), np.array(rules_sites), np.array(sets_of, dtype=int),
        np.array(features, dtype=float).reshape(len(features), -1), np.array(site_chars, dtype=int),
        np.array(article_chars, dtype=int), tuple(texts),
    )  # fmt: skip


def dump(rows: Rows, path: Path) -> None:
    np.savez(path, **{f: np.array(getattr(rows, f)) for f in Rows.__dataclass_fields__})


def load(path: Path) -> Rows:
    data = np.load(path)
    return Rows(
        tuple(str(n) for n in data["names"]), data["gold_site"], data["rules_site"], data["sets"], data["x"],
        data["site"], data["article"], tuple(str(t) for t in data["texts"]),
    )  # fmt: skip


def with_first_contact(rows: Rows, first: Rows) -> Rows:
    """`rows` with each set of `first` (its first-contact rows) in place of the set of that name."""
    for name in first.names:
        if name not in rows.names:
            raise SystemExit(f"--first-contact {name}: no set of that name among the sets read — pass its DIR")
        number, theirs = rows.names.index(name), first.names.index(name)
        keep, new = rows.sets != number, first.sets == theirs
        gold, rules = rows.gold_site.copy(), rows.rules_site.copy()
        gold[number], rules[number] = first.gold_site[theirs], first.rules_site[theirs]
        rows = Rows(
            rows.names, gold, rules, np.concatenate([rows.sets[keep], np.full(new.sum(), number)]),
            np.concatenate([rows.x[keep], first.x[new]]), np.concatenate([rows.site[keep], first.site[new]]),
            np.concatenate([rows.article[keep], first.article[new]]),
            tuple(t for t, k in zip(rows.texts, keep) if k) + tuple(t for t, k in zip(first.texts, new) if k),
        )  # fmt: skip
    return rows


class Logistic:
    """L2 logistic regression on standardised features (numpy + scipy)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> None:
        from scipy.optimize import minimize

        self.mean, self.scale = x.mean(axis=0), np.where(x.std(axis=0) > 0, x.std(axis=0), 1.0)
        z = (x - self.mean) / self.scale

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            p = 1 / (1 + np.exp(-np.clip(z @ theta[:-1] + theta[-1], -60, 60)))
            value = -np.sum(weight * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
            ridge = L2 / len(y)
            gradient = np.append(z.T @ (weight * (p - y)) + ridge * theta[:-1], np.sum(weight * (p - y)))
            return value + ridge * 0.5 * theta[:-1] @ theta[:-1], gradient

        self.theta = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B").x

    def predict(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-np.clip(((x - self.mean) / self.scale) @ self.theta[:-1] + self.theta[-1], -60, 60)))


class Trees:
    """Gradient-boosted trees of depth 3 (scikit-learn)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> None:
        from sklearn.ensemble import HistGradientBoostingClassifier

        self.model = HistGradientBoostingClassifier(max_depth=3, max_iter=150, min_samples_leaf=10, random_state=0)
        self.model.fit(x, y, sample_weight=weight)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(x)[:, 1]


def train(rows: Rows, training: Sequence[int], model: type, by_chars: bool) -> Logistic | Trees:
    """A model of the labelled blocks of the `training` sets, each class weighing half (by blocks or characters)."""
    keep = np.isin(rows.sets, training) & ((rows.site > 0) | (rows.article > 0))
    y = (rows.article[keep] == 0).astype(float)
    size = np.where(y == 1, rows.site[keep], rows.article[keep]) if by_chars else np.ones(len(y))
    weight = np.where(y == 1, size / max(size[y == 1].sum(), 1), size / max(size[y == 0].sum(), 1)) / 2
    return model(rows.x[keep], y, weight)


def out_of_fold(rows: Rows, training: Sequence[int], model: type, by_chars: bool) -> np.ndarray:
    """Each block's probability from a model of the other training sets (an inner leave-one-set-out); NaN
    outside the training sets."""
    probabilities = np.full(len(rows.sets), np.nan)
    for held in training:
        test = rows.sets == held
        if test.any():
            probabilities[test] = train(rows, [s for s in training if s != held], model, by_chars).predict(rows.x[test])
    return probabilities


def cut_for(probabilities: np.ndarray, article: np.ndarray, budget: float = 0.0) -> float:
    """The lowest probability (at least 0.5) at which the article characters of the scored blocks set aside stay
    within `budget` × all their article characters (0: no article block at all)."""
    scored = ~np.isnan(probabilities) & (article > 0)
    p, chars = probabilities[scored], article[scored]
    order = np.argsort(-p)
    within = np.cumsum(chars[order]) <= budget * chars.sum()
    first_over = int(np.argmin(within)) if not within.all() else len(order)
    worst = max(0.5, float(p[order][first_over])) if first_over < len(order) else 0.5
    return min(np.nextafter(worst, 2.0), 1.0)


def threshold(rows: Rows, training: Sequence[int], model: type, by_chars: bool, budget: float = 0.0) -> float:
    """The lowest probability at which no article block of the training sets is set aside, out of fold (or
    at most `budget` of their article characters)."""
    return cut_for(out_of_fold(rows, training, model, by_chars), rows.article, budget)


def first_contact(name: str) -> str:
    """The rules' site-text recall when the set was first scored, from its README ("## Scored", else the first
    recall it records); "—" when it records none."""
    readme = Path(__file__).resolve().parent.parent / "tests" / "data" / name.replace("-", "_") / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    scored = text[text.index("## Scored") :] if "## Scored" in text else text
    found = re.search(r"\b(?:recall|R) (\d\.\d{3})", scored)
    return found.group(1) if found else "—"


def measure(rows: Rows, model: type, by_chars: bool, verbose: bool) -> np.ndarray:
    """Print the leave-one-set-out table; return the out-of-fold probability of every block."""
    print(
        "set                     first  rules | zero: thresh  +model  aside chars  blocks"
        f" | budget {BUDGET:.1%}: thresh  +model  aside chars  blocks"
    )
    numbers = list(range(len(rows.names)))
    out_of_fold_all = np.zeros(len(rows.sets))
    pooled = {"zero": [0, 0], "budget": [0, 0]}
    for held in numbers:
        training = [s for s in numbers if s != held]
        test = rows.sets == held
        out_of_fold_all[test] = train(rows, training, model, by_chars).predict(rows.x[test])
        inner = out_of_fold(rows, training, model, by_chars)
        gold = max(int(rows.gold_site[held]), 1)
        cells = []
        for key, budget in (("zero", 0.0), ("budget", BUDGET)):
            cut = cut_for(inner, rows.article, budget)
            chosen = test & (out_of_fold_all >= cut)
            added, aside = int(rows.site[chosen].sum()), int(rows.article[chosen].sum())
            pooled[key][0] += added
            pooled[key][1] += aside
            cells.append(f"{cut:13.4f} {added / gold:+7.3f} {aside:12d} {int((rows.article[chosen] > 0).sum()):7d}")
            for i in np.flatnonzero(chosen)[: 6 if verbose and key == "budget" else 0]:
                print(
                    f"      p={out_of_fold_all[i]:.3f} site={rows.site[i]} article={rows.article[i]} {rows.texts[i][:70]!r}"
                )
        first = first_contact(rows.names[held].rsplit("/", 1)[-1])
        print(
            f"{rows.names[held]:<22} {first:>6} {rows.rules_site[held] / gold:6.3f} |" + " |         ".join(cells),
            flush=True,
        )
    gold = max(int(rows.gold_site.sum()), 1)
    article = max(int(rows.article.sum()), 1)
    print(f"all sets: rules recall {rows.rules_site.sum() / gold:.3f}; article characters judged {article}")
    for key, (added, aside) in pooled.items():
        print(
            f"  {key} threshold per set: recall +{added / gold:.3f}, article text aside {aside} ({aside / article:.3%})"
        )
    print("pooled out-of-fold, at a fixed threshold:")
    for cut in THRESHOLDS:
        chosen = out_of_fold_all >= cut
        print(
            f"  p >= {cut}: recall +{rows.site[chosen].sum() / gold:.3f}, article text aside"
            f" {int(rows.article[chosen].sum())} characters in {int((rows.article[chosen] > 0).sum())} blocks"
            f" of {len({int(s) for s in rows.sets[chosen & (rows.article > 0)]})} sets"
        )
    return out_of_fold_all


def _name(folder: Path) -> str:
    return folder.relative_to(DATA_ROOT).as_posix() if folder.is_relative_to(DATA_ROOT) else folder.name


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="labelled sets (default: every set structure_sets finds)")
    parser.add_argument("--no-rules", action="store_true", help="the model alone: blocks read with keep_all")
    parser.add_argument("--model", choices=("logistic", "trees"), default="logistic")
    parser.add_argument("--weight", choices=("blocks", "chars"), default="blocks", help="what each class weighs")
    parser.add_argument("--first-contact", action="append", default=[], metavar="NAME=DUMP")
    parser.add_argument("--dump", type=Path, help="write the rows read to this .npz file and stop")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the blocks set aside in each set")
    args = parser.parse_args(argv)
    if args.dirs:
        sets = [(_name(d), d) for d in args.dirs]
    else:
        from scripts.structure_sets import find_sets

        sets = find_sets()  # it leaves out a folder holding HELD_OUT
    if any((f / "HELD_OUT").exists() for _, f in sets):
        parser.error("a held-out set (a folder holding HELD_OUT) is never read here")
    rows = collect(sets, keep_all=args.no_rules)
    if args.dump:
        dump(rows, args.dump)
        return 0
    for pair in args.first_contact:
        rows = with_first_contact(rows, load(Path(pair.split("=", 1)[1])))
    site = int(((rows.site > 0) & (rows.article == 0)).sum())
    print(
        f"{len(sets)} sets, {len(rows.sets)} blocks judged: {site} site text, {int((rows.article > 0).sum())} article text"
    )
    measure(rows, Logistic if args.model == "logistic" else Trees, args.weight == "chars", args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Scores of a story clustering against gold labels: B-cubed, pairwise, wire-copy duplicates.

- B-cubed (Bagga & Baldwin 1998): per article, precision = the share of its predicted story that
  shares its gold story, recall = the share of its gold story found in its predicted story; averaged
  over articles; F1 of the two averages.
- Pairwise: over all pairs of articles, a pair is positive when both are in one story; P/R/F1 of
  predicted positive pairs against gold positive pairs.
- Duplicates: gold copy groups are the connected components of `duplicate_of` links. A predicted
  `duplicate_of` is right when the article and its predicted original are in one gold copy group.
  Precision: right / predicted copies; recall: per gold copy group, the group's members predicted as a copy of
  another member, at most its gold copies (articles with a gold `duplicate_of`), summed / gold copies. Which member
  of a group is the copy is not scored, as precision does not score it: two items published in the same minute
  have no order, and a labeller picks one (stop 38: before, recall counted only the labeller's pick).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


def bcubed(gold: Mapping[str, str], pred: Mapping[str, object]) -> PRF:
    ids = sorted(gold)
    gold_sets: dict[str, set[str]] = defaultdict(set)
    pred_sets: dict[object, set[str]] = defaultdict(set)
    for i in ids:
        gold_sets[gold[i]].add(i)
        pred_sets[pred[i]].add(i)
    p = r = 0.0
    for i in ids:
        g, s = gold_sets[gold[i]], pred_sets[pred[i]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    n = len(ids) or 1
    return PRF.of(p / n, r / n)


def _pairs(labels: Mapping[str, object]) -> int:
    sizes = Counter(labels.values())
    return sum(k * (k - 1) // 2 for k in sizes.values())


def pair_counts(gold: Mapping[str, str], pred: Mapping[str, object]) -> tuple[int, int, int]:
    """(same-story pairs found, false pairs: predicted together but not gold, gold same-story pairs)."""
    joint = Counter((gold[i], pred[i]) for i in gold)
    found = sum(k * (k - 1) // 2 for k in joint.values())
    return found, _pairs({i: pred[i] for i in gold}) - found, _pairs(gold)


def pairwise(gold: Mapping[str, str], pred: Mapping[str, object]) -> PRF:
    return pairs_prf(*pair_counts(gold, pred))


def pairs_prf(found: int, false: int, gold: int) -> PRF:
    """Pairwise P/R/F1 of pair counts (`pair_counts`): no pair made scores precision 1, no gold pair recall 1 — a
    part with neither (no same-story pair, none joined) is F1 1.0, one that joins a pair where gold has none 0.0.
    The one implementation: the scorer's pairwise and stories_days' parts alike."""
    made = found + false
    return PRF.of(found / made if made else 1.0, found / gold if gold else 1.0)


def copy_groups(duplicate_of: Mapping[str, str | None]) -> dict[str, str]:
    """Article id -> the root of its gold copy group (union-find over `duplicate_of` links)."""
    parent = {i: i for i in duplicate_of}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, original in duplicate_of.items():
        if original:
            a, b = find(i), find(original)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {i: find(i) for i in duplicate_of}


def missed_copies(gold: Mapping[str, str | None], pred: Mapping[str, str | None]) -> list[str]:
    """The gold copies (articles with a gold `duplicate_of`) not found. Per gold copy group, its members predicted a
    copy of another member count up to the group's gold copies: a gold copy marked so itself is found first, and the
    rest of the group's marks stand for its other gold copies (which member is the copy is not scored)."""
    groups = copy_groups(gold)
    marked = Counter(
        groups[i] for i, o in pred.items() if o and groups.get(i) is not None and groups.get(i) == groups.get(o)
    )
    gold_copies = [i for i, o in gold.items() if o]
    missed = []
    for i in sorted(gold_copies, key=lambda i: not (pred.get(i) and groups.get(pred[i]) == groups[i])):
        if marked[groups[i]]:
            marked[groups[i]] -= 1
        else:
            missed.append(i)
    return missed


def copy_counts(gold: Mapping[str, str | None], pred: Mapping[str, str | None]) -> dict[str, int]:
    """The counts behind `duplicates`: predicted copies, the right ones, gold copies, the found ones (to sum over
    sets)."""
    groups = copy_groups(gold)
    predicted = [(i, o) for i, o in pred.items() if o]
    right = sum(1 for i, o in predicted if groups.get(i) is not None and groups.get(i) == groups.get(o))
    gold_copies = sum(1 for o in gold.values() if o)
    found = gold_copies - len(missed_copies(gold, pred))
    return {"copies": len(predicted), "copies_right": right, "gold_copies": gold_copies, "copies_found": found}


def duplicates(gold: Mapping[str, str | None], pred: Mapping[str, str | None]) -> PRF:
    c = copy_counts(gold, pred)
    precision = c["copies_right"] / c["copies"] if c["copies"] else 1.0
    recall = c["copies_found"] / c["gold_copies"] if c["gold_copies"] else 1.0
    return PRF.of(precision, recall)

"""scripts/structure_learn_eval.py: leave-one-set-out never trains on the set it scores."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.document import BlockKind
from scripts.structure_learn_eval import FEATURE_NAMES, Model, Page, block_features, loso


def _page(set_id: int, index: int, rule: list[bool]) -> Page:
    features = np.array([[set_id, index, block, 0.0] for block in range(len(rule))], dtype=float)
    chars = tuple(frozenset({block}) for block in range(len(rule)))
    label = np.ones(len(rule), dtype=bool)  # every block is site text: a model that saw it would say so
    return Page(set_id, f"s{set_id}p{index}", features, chars, np.array(rule), label, frozenset(), frozenset())


def _memorising(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Model:
    """A model that knows exactly the rows it was trained on (1.0 for a seen site-text row) and nothing else."""
    seen = {tuple(row) for row, label in zip(x, y) if label}
    return lambda features: np.array([float(tuple(row) in seen) for row in features])


@pytest.mark.parametrize("kept_only", [False, True])
def test_no_set_is_scored_by_a_model_that_saw_it(kept_only: bool) -> None:
    pages = [_page(s, i, [False, i == 1, False]) for s in (3, 1, 2) for i in range(2)]  # sets not in order
    pages.insert(2, _page(2, 9, [False, False]))
    probabilities = loso(pages, _memorising, kept_only=kept_only)
    assert [len(p) for p in probabilities] == [len(p.rule) for p in pages]
    for page, scored in zip(pages, probabilities):
        expected = page.rule.astype(float) if kept_only else np.zeros(len(page.rule))
        assert scored.tolist() == expected.tolist(), page.name


def test_the_memorising_model_would_show_a_leak() -> None:
    page = _page(1, 0, [False, False])
    model = _memorising(page.features, page.label.astype(float), np.ones(2))
    assert model(page.features).tolist() == [1.0, 1.0]


def test_features_have_one_name_each() -> None:
    kinds = [BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.SITE_TEXT]
    rows = block_features(["Brug open", "De gemeente opende dinsdag de brug.", "Lees ook | Deel"], kinds, [0, 0, 1])
    assert rows.shape == (3, len(FEATURE_NAMES))

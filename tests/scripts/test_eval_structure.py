"""The structure development set, scored by scripts/eval_structure.py: a guard against regressions."""

from __future__ import annotations

from scripts.eval_structure import DEV_DIR, evaluate


def test_the_development_set_is_read_as_its_gold_says() -> None:
    tally = evaluate(DEV_DIR)
    assert tally.articles >= 20 and tally.unlocated == 0
    assert tally.site_found - tally.site_right == 0 and tally.article_blocks_hit == 0  # no article text set aside
    assert tally.headlines_right / tally.articles >= 0.95
    assert tally.site_right / tally.site_gold >= 0.95
    assert tally.lists and tally.lists_rendered == tally.lists
    assert tally.entries and tally.entries_rendered == tally.entries

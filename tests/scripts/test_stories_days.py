from datetime import datetime, timedelta

import pytest

from pipeline.stories.features import ArticleText
from scripts.eval_stories import LOCAL, Labelled
from scripts.stories_days import part_of, split_counts

MONDAY = datetime(2019, 6, 3, 9, 0, tzinfo=LOCAL)


def _item(article_id: str, story: str, hours: float) -> Labelled:
    article = ArticleText(article_id, "Krant", MONDAY + timedelta(hours=hours), "kop", "tekst")
    return Labelled(article, story, None)


def test_a_pair_is_cross_day_on_two_days_more_than_twelve_hours_apart():
    monday, late, night, tuesday = _item("a", "s", 0), _item("b", "s", 14), _item("c", "s", 16), _item("d", "s", 26)
    assert part_of(monday, tuesday) == "cross"
    assert part_of(late, night) == "same"  # 23:00 and 01:00: either side of midnight, two hours apart
    assert part_of(monday, late) == "same"  # one day, fourteen hours apart


def test_pairs_are_counted_found_false_and_gold_in_their_part():
    items = [_item("a", "trial", 0), _item("b", "trial", 48), _item("c", "storm", 1), _item("d", "storm2", 49)]
    items += [_item("e", "vote", 2), _item("f", "vote", 3)]
    story = {"a": 1, "b": 2, "c": 3, "d": 3, "e": 4, "f": 4}  # the trial split over two days, the storms joined
    counts, wrong = split_counts(items, story)
    assert counts["cross_gold"] == 1 and counts["cross_found"] == 0 and counts["cross_false"] == 1
    assert counts["same_gold"] == 1 and counts["same_found"] == 1 and counts["same_false"] == 0
    assert sorted(kind for kind, _, _ in wrong) == ["false", "missed"]


def test_a_parts_f1_is_the_scorers_pairwise_f1_empty_parts_included():
    """stories_days' F1 and the scorer's pairwise F1 were two formulas that differed on the empty case (no gold pair,
    none joined: 0.000 here, 1.000 in the scorer); now one (story_metrics.pairs_prf). Each is held to the figure
    worked out by hand, not to the other (one implementation: they agree by construction)."""
    from scripts.stories_days import f1
    from scripts.story_metrics import pair_counts, pairwise

    gold = {"a": "trial", "b": "trial", "c": "storm", "d": "vote"}
    for pred, expected in (
        ({"a": 1, "b": 2, "c": 3, "d": 4}, 0.0),  # nothing joined: the trial missed
        ({"a": 1, "b": 1, "c": 3, "d": 3}, 2 / 3),  # the trial found, the storm and the vote joined falsely: P 1/2, R 1
        ({"a": 1, "b": 1, "c": 1, "d": 1}, 2 / 7),  # six pairs made, one true: P 1/6, R 1
    ):
        assert f1(*pair_counts(gold, pred)) == pytest.approx(expected), pred
        assert pairwise(gold, pred).f1 == pytest.approx(expected), pred
    alone = {"a": "trial", "b": "storm"}
    assert f1(*pair_counts(alone, {"a": 1, "b": 2})) == 1.0  # the empty case: no gold pair, none joined
    assert pairwise(alone, {"a": 1, "b": 2}).f1 == 1.0
    assert f1(0, 1, 0) == 0.0  # a pair joined where gold has none

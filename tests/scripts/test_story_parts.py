from scripts.story_parts import lines, missed_kinds


def test_missed_pairs_are_told_by_how_their_gold_story_was_split():
    # a story of six in parts of two and three and one article alone; a pair split into two lone articles
    gold = {f"a{i}": "top" for i in range(6)} | {"p": "pair", "q": "pair", "x": "other"}
    story = {"a0": 1, "a1": 1, "a2": 2, "a3": 2, "a4": 2, "a5": 3, "p": 4, "q": 5, "x": 1}
    kinds = missed_kinds(gold, story)
    assert kinds[("big-big-pure", "6-10")] == 2 * 3  # story 1 holds a0, a1 and x: two thirds of it the gold story
    assert kinds[("single-big", "6-10")] == 2 + 3
    assert kinds[("single-single", "2")] == 1
    assert sum(kinds.values()) == 12


def test_a_part_in_a_story_mostly_of_other_articles_is_mixed():
    gold = {"a": "g", "b": "g", "c": "g", "d": "g", "x": "h", "y": "h", "z": "h"}
    story = {"a": 1, "b": 1, "c": 2, "d": 2, "x": 2, "y": 2, "z": 2}  # story 2: two of its five articles are g's
    kinds = missed_kinds(gold, story)
    assert kinds == {("big-big-mixed", "3-5"): 4}
    assert lines(kinds)[-1].split() == ["missed", "4"]

from datetime import timedelta

from pipeline.stories.rank import StoryArticle, rank
from tests.pipeline.stories.texts import at

NOW = at(2)


def art(i, outlet, hours_ago, duplicate_of=None):
    return StoryArticle(i, outlet, NOW - timedelta(hours=hours_ago), duplicate_of)


def test_more_outlets_rank_higher_than_more_articles_from_one_outlet():
    wide = [art("w1", "NOS", 3), art("w2", "NU.nl", 3), art("w3", "AD", 3)]
    one_site = [art(f"o{i}", "NOS", 3) for i in range(6)]
    ranked = rank([(1, one_site), (2, wide)], NOW)
    assert [r.story_id for r in ranked] == [2, 1]
    assert ranked[0].outlets == ("AD", "NOS", "NU.nl")


def test_a_growing_story_ranks_above_a_fading_one_with_the_same_coverage():
    growing = [art("g1", "NOS", 30), art("g2", "NU.nl", 5), art("g3", "AD", 2), art("g4", "NOS", 1)]
    fading = [art("f1", "NOS", 40), art("f2", "NU.nl", 35), art("f3", "AD", 30), art("f4", "NOS", 1)]
    ranked = rank([(1, fading), (2, growing)], NOW)
    assert ranked[0].story_id == 2
    assert (ranked[0].recent, ranked[0].before) == (3, 1)


def test_recency_decays_an_old_story():
    old = [art("a", "NOS", 60), art("b", "NU.nl", 60)]
    fresh = [art("c", "NOS", 1), art("d", "NU.nl", 1)]
    ranked = rank([(1, old), (2, fresh)], NOW)
    assert [r.story_id for r in ranked] == [2, 1]
    assert ranked[1].score < ranked[0].score / 2


def test_articles_after_now_do_not_count_and_ties_break_on_id():
    a = [art("a", "NOS", 2)]
    b = [art("b", "NOS", 2)]
    future = [art("f", "NOS", -5)]
    ranked = rank([(7, b), (3, a), (9, future)], NOW)
    assert [r.story_id for r in ranked] == [3, 7]


def test_a_story_two_outlets_covered_ranks_above_a_fresh_single_article_whatever_the_growth():
    # the day-2 story: one outlet yesterday, another today (no growth); the single article: fresh growth
    continuing = [art("s1", "De Telegraaf", 30), art("s2", "NOS", 20)]
    fresh = [art("x", "AD", 1)]
    ranked = rank([(1, continuing), (2, fresh)], NOW)
    assert [r.story_id for r in ranked] == [1, 2]
    assert ranked[1].score > ranked[0].score  # the score alone would have put the single article first


def test_a_fresh_article_with_a_copy_on_another_outlet_still_ranks_by_its_score():  # the look-alike: two outlets
    continuing = [art("s1", "De Telegraaf", 30), art("s2", "NOS", 20)]
    copied = [art("x", "AD", 1), art("xc", "NU.nl", 1, duplicate_of="x")]
    ranked = rank([(1, continuing), (2, copied)], NOW)
    assert [r.story_id for r in ranked] == [2, 1]

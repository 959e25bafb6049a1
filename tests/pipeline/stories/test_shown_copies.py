"""A copy group is shown by its fuller text (`shown_copies`): a feed's excerpt published first and the full wire
text after it (marked its copy) give the story the full text's title and lead sentences, the excerpt counted once
(stop 45, issue 19); a copy about as long as its original leaves the original shown."""

from pipeline.stories.brief import EnglishLead, central_article, shown_copies, story_brief, text_words
from pipeline.stories.rank import StoryArticle
from tests.pipeline.stories.texts import DIJK_OWN, DIJK_WIRE, at, feat


def test_a_much_fuller_copy_heads_its_group_and_the_rest_point_to_it():
    copies = {"ex": None, "full": "ex", "ex2": "ex", "other": None}
    words = {"ex": 30, "full": 200, "ex2": 31, "other": 50}
    assert shown_copies(copies, words) == {"ex": "full", "full": None, "ex2": "full", "other": None}


def test_a_copy_about_as_long_as_its_original_leaves_the_original_shown():
    copies = {"a": None, "b": "a", "c": "b"}  # a chain: c copies b, which copies a
    assert shown_copies(copies, {"a": 100, "b": 120, "c": 140}) == copies
    assert shown_copies(copies, {"a": 100, "b": 120, "c": 160}) == {"a": "c", "b": "c", "c": None}


def test_unknown_words_loops_and_originals_outside_the_story_change_nothing():
    assert shown_copies({"a": None, "b": "a"}, {"b": 500}) == {"a": None, "b": "a"}
    assert shown_copies({"x": "y", "y": "x"}, {"x": 10, "y": 90}) == {"x": "y", "y": "x"}
    assert shown_copies({"b": "gone"}, {"b": 90}) == {"b": "gone"}


def excerpt_story():
    lead = DIJK_WIRE.split("\n\n")[0]
    feats = [
        feat("ex", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt", lead),
        feat("full", "De Telegraaf", at(0, 2), "Dijk verzakt: 350 mensen geëvacueerd", DIJK_WIRE),
        feat("own", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking", DIJK_OWN),
    ]
    articles = [
        StoryArticle(f.article_id, f.outlet, f.published, "ex" if f.article_id == "full" else None) for f in feats
    ]
    leads = {
        "ex": EnglishLead("Dike subsides", ("A dike on the Waal near Zaltbommel subsided on Monday.",)),
        "full": EnglishLead(
            "Dike subsides: 350 evacuated",
            (
                "A dike on the Waal near Zaltbommel subsided on Monday.",
                "About 350 residents were taken to a sports hall.",
            ),
        ),
        "own": EnglishLead("Unrest in sports hall", ("The subsided dike keeps the Bommelerwaard busy.",)),
    }
    return feats, articles, leads


def test_the_story_reads_the_full_text_not_its_earlier_excerpt():
    feats, articles, leads = excerpt_story()
    assert len(DIJK_WIRE.split()) >= 1.5 * len(DIJK_WIRE.split("\n\n")[0].split())
    words = {f.article_id: text_words(f) for f in feats}
    shown = shown_copies({a.article_id: a.duplicate_of for a in articles}, words, {f.article_id: f for f in feats})
    assert central_article(feats, shown) != "ex"
    brief = story_brief(7, articles, {f.article_id: f for f in feats}, leads, 1000, lambda s: len(s.split()))
    assert brief.summary_input is not None and not brief.single
    taken = [article for article, _ in brief.summary_input.sentences]
    assert "ex" not in taken and taken.count("full") == 2  # the full text's second sentence is not lost
    assert [e.duplicate_of for e in brief.timeline] == [None, "ex", None]  # the copy links themselves stay

from datetime import date, timedelta

from pipeline.stories.cluster import ClusterSettings, score
from pipeline.stories.dates import days_agree, named_days
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat

JUNE_19 = date(2019, 6, 19)


def test_a_day_months_away_is_background_not_the_news_day():
    text = "Het proces tegen de vier verdachten begint op 9 maart in Schiphol, maakte het OM woensdag bekend."
    assert named_days(text, JUNE_19) == {JUNE_19}


def test_days_of_the_weeks_around_the_publication_are_named():
    text = "De rechter doet op 3 juli uitspraak; de zitting begon op 28 mei."
    assert named_days(text, JUNE_19) == {date(2019, 7, 3), date(2019, 5, 28)}
    assert named_days("Op 28 december ging het mis.", date(2020, 1, 2)) == {date(2019, 12, 28)}


def test_a_weekday_is_the_nearest_day_of_that_name_before_or_after_the_publication():
    wednesday = date(2019, 6, 5)
    assert named_days("Het elftal speelt donderdag tegen Engeland.", wednesday) == {date(2019, 6, 6)}  # tomorrow
    assert named_days("Zaterdag volgt de finale.", wednesday) == {date(2019, 6, 8)}
    assert named_days("De bondscoach maakte maandag zijn selectie bekend.", wednesday) == {date(2019, 6, 3)}
    assert named_days("Zondag won de ploeg nog.", wednesday) == {date(2019, 6, 2)}
    assert named_days("Woensdag is de persconferentie.", wednesday) == {wednesday}


def test_days_agree_when_shared_clash_when_apart_and_say_nothing_as_neighbours():
    monday, tuesday, friday = date(2019, 6, 3), date(2019, 6, 4), date(2019, 6, 7)
    assert days_agree(frozenset({monday}), frozenset({monday, friday})) is True
    assert days_agree(frozenset({friday}), frozenset({monday})) is False  # two matches of one club
    assert days_agree(frozenset({tuesday}), frozenset({monday})) is None  # "gisteravond" and "vandaag"
    assert days_agree(frozenset(), frozenset({monday})) is None


def _story_naming(days: frozenset[date]) -> StoryState:
    return StoryState(
        story_id=1,
        first_seen=at(0, 1),
        last_seen=at(0, 1),
        article_ids=("a",),
        outlets=("Krant",),
        centroid={"akkoord": 1.0},
        norm=1.0,
        names={},
        days=(at(0, 1).date(),),
        dates=days,
    )


def test_a_report_naming_the_day_after_the_storys_day_is_not_lowered_as_another_days_event():
    # the story's report names Monday ("maandag"); the article, the next morning, names Tuesday ("vandaag")
    article = feat(
        "b", "Krant", at(1, 8), "Vakbond stemt in met akkoord", "De vakbond stemt vandaag in met het akkoord."
    )
    monday = at(0, 1).date()
    settings = ClusterSettings()
    plain = score(article, {"akkoord": 0.2}, {}, _story_naming(frozenset()), settings)
    assert article.dates == frozenset({monday + timedelta(days=1)})
    assert score(article, {"akkoord": 0.2}, {}, _story_naming(frozenset({monday})), settings) == plain
    far = frozenset({monday - timedelta(days=3)})  # the Friday before: another day's event
    assert score(article, {"akkoord": 0.2}, {}, _story_naming(far), settings) < plain

from datetime import date

from pipeline.stories.dates import named_days

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

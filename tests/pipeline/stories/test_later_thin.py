"""A day on, a headline that says next to nothing of a story is another event (`story_score`: `later_thin`, issue 19,
stop 53: a film's news joined a day-old opinion item on its streaming service). Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.test_review25_probes import window
from tests.pipeline.stories.texts import at, feat

OPINION = (
    "Kijkers moe van steeds meer streamingdiensten naast Flixwave",
    "Kijkers raken het overzicht kwijt nu naast Flixwave steeds meer streamingdiensten een abonnement vragen. "
    "Wie alles wil zien, betaalt al snel veertig euro per maand, zeggen kijkers in een peiling. Flixwave zelf "
    "verhoogde vorige maand de prijs van zijn abonnement.",
)
FILM = (  # a day later: the service's name the only headline word the opinion item holds
    "Film van serie Kortsluiting in oktober op Flixwave",
    "De film van de serie Kortsluiting is vanaf oktober te zien op Flixwave. Dat maakte Flixwave zaterdag bekend. "
    "Fans van de serie wachtten al jaren op een vervolg met de oude hoofdrolspelers.",
)
FOLLOW_UP = (  # a day later: its headline tells the opinion item's news again
    "Kijkers zeggen abonnementen op streamingdiensten op na prijsverhoging Flixwave",
    "Na de prijsverhoging van Flixwave zeggen kijkers hun abonnementen op streamingdiensten op. Veel kijkers "
    "betalen al veertig euro per maand, blijkt uit een peiling.",
)
NO_GUARD = replace(ClusterSettings(), later_thin=1.0)


def _joins(first, second, settings: ClusterSettings, when=(at(0, 9), at(1, 8))) -> bool:
    store = window(settings)
    a = assign(feat("a", "Dagblad", when[0], *first), store, settings)
    return assign(feat("b", "Avondkrant", when[1], *second), store, settings).story_id == a.story_id


def test_a_next_days_item_sharing_one_headline_word_stays_apart():
    assert not _joins(OPINION, FILM, ClusterSettings())
    assert _joins(OPINION, FILM, NO_GUARD)  # the guard is what keeps them apart


def test_a_next_days_follow_up_telling_the_story_still_joins():
    assert _joins(OPINION, FOLLOW_UP, ClusterSettings())


def test_an_item_dated_midnight_is_a_papers_day_and_escapes_the_guard():
    # (final53) a time of exactly midnight is a printed paper's date (`together.at_midnight`): the guard is for items
    # both given a time of day; later_hours lowered so that one night's hours tell the two apart
    settings = replace(ClusterSettings(), later_hours=12.0)
    assert _joins(OPINION, FILM, settings, when=(at(0, -1), at(1, -9)))  # Monday 08:00, Tuesday 00:00
    assert not _joins(OPINION, FILM, settings, when=(at(0, -1), at(1, -8)))  # ... Tuesday 01:00

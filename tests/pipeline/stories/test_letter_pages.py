"""A newspaper's letters page (`letter_pages`, `letters`): readers' letters numbered in their headlines, posted by one
outlet within minutes, are one story though each writer says it in words of their own; another outlet's letter,
another day's page and a news story grown over hours that a letter joined stay apart. The letters are made up for
these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.letters import marks
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()
NEVER = replace(SETTINGS, letters_minutes=0.0)

LETTERS = (
    (
        "Brief 1 ’Laat de weilanden bij Veldhoven met rust’",
        "De gemeente wil op de weilanden een nieuwe woonwijk bouwen. Ik wandel er elke ochtend met mijn hond en "
        "zie er reigers, hazen en soms een ree. Bouw liever op het oude fabrieksterrein bij het station.",
    ),
    (
        "Brief 2: ’Jonge gezinnen hebben die woonwijk hard nodig’",
        "Mijn dochter zoekt al drie jaar een betaalbaar huis. Wie tegen elke woonwijk is, stuurt haar generatie "
        "de stad uit. De raad moet durven kiezen voor starters.",
    ),
    (
        "Brief 3:’Eerst de wegen, dan pas de huizen’",
        "Het verkeer staat nu al elke avond vast op de rondweg. Zonder een tweede ontsluiting wordt een woonwijk "
        "daar een verkeersinfarct. Laat de provincie eerst de aansluiting op de snelweg regelen.",
    ),
)


def _assign_all(items, settings):
    store = unrelated_window(settings)
    return [assign(f, store, settings) for f in items], store


def _letters(outlet: str = "De Krant", hours: tuple[float, ...] = (0.5, 0.5, 0.6)):
    return [feat(f"brief-{i}", outlet, at(1, hours[i]), title, body) for i, (title, body) in enumerate(LETTERS)]


def test_a_numbered_letter_is_marked_with_its_outlet_and_minute():
    assert marks("Brief 2: ’Rekenrente moet omhoog’", "De Krant")
    assert marks("Brief 3:’Eerst de wegen’", "De Krant") == marks("Brief 1 'Eerst'", "De Krant")
    assert not marks("Brief 2: ’Rekenrente moet omhoog’", None)  # a page is one outlet's
    assert not marks("Brief van de minister aan de Kamer over de rekenrente", "De Krant")
    assert not marks("’We hoeven ons niet te schamen’", "De Krant")  # a quoted headline alone: no letter


def test_letters_of_one_page_are_one_story_though_their_words_are_their_own():
    results, store = _assign_all(_letters(), SETTINGS)
    assert len({store.article_story(f"brief-{i}") for i in range(3)}) == 1
    assert any(r.merges for r in results)  # the page's stories merged, and the merge recorded
    apart, store = _assign_all(_letters(), NEVER)  # by their words alone they stay apart
    assert len({store.article_story(f"brief-{i}") for i in range(3)}) > 1


def test_another_outlets_letter_or_another_days_page_stays_apart():
    items = _letters()
    other = feat("ander-1", "Het Dagblad", at(1, 0.55), *LETTERS[1])  # another outlet, the same minute
    next_day = feat("morgen-1", "De Krant", at(2, 0.5), *LETTERS[2])  # the same outlet's page of the next day
    _, store = _assign_all([items[0], other, next_day], SETTINGS)
    assert len({store.article_story(a) for a in ("brief-0", "ander-1", "morgen-1")}) == 3


def test_a_news_story_grown_over_hours_does_not_take_the_page():
    news = [
        feat(
            f"nieuws-{i}",
            "NOS",
            at(1, -4 + i),
            "Raad Veldhoven stemt over woonwijk op de weilanden",
            "De gemeenteraad van Veldhoven beslist vanavond over de nieuwe woonwijk op de weilanden bij de rondweg. "
            "Omwonenden vrezen verkeersoverlast, starters hopen op een betaalbaar huis.",
        )
        for i in range(3)
    ]
    _, store = _assign_all([*news, *_letters()], SETTINGS)
    news_story = store.article_story("nieuws-0")
    assert store.article_story("brief-0") == news_story  # the first letter joins the news by its words ...
    assert store.article_story("brief-1") == store.article_story("brief-2") != news_story  # ... the page stays apart

"""Review 49 probes of the letters-page rule (`letters`, `letter_pages`): a numbered letter's page must not take in a
news story posted in the same minutes, nor another outlet's page, and a news headline starting "Brief" is no letter.
The texts are made up for these tests."""

from __future__ import annotations

import time

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.letters import NUMBERED, marks
from tests.pipeline.stories.test_letter_pages import _letters
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()
# another paper's letters page on the same debate, in its writers' own words
OTHER_PAGE = (
    (
        "Brief 1 ’Veldhoven verkwanselt zijn laatste groen’",
        "Op de weilanden bij de rondweg broeden nog kieviten. Een woonwijk daar is voorgoed verloren natuur. "
        "Er staan in het centrum genoeg lege winkelpanden die huizen kunnen worden.",
    ),
    (
        "Brief 2: ’Zonder nieuwe huizen vertrekt de jeugd’",
        "Onze zoon woont op zijn dertigste nog thuis. De gemeente moet bouwen, ook op de weilanden, anders "
        "trekken de jongeren naar Eindhoven.",
    ),
    (
        "Brief 3:’Vraag de omwonenden eerst om hun mening’",
        "Niemand heeft de bewoners van de rondweg iets gevraagd. Een woonwijk van die omvang verdient een "
        "inspraakavond voordat de raad stemt.",
    ),
)


def _assign_all(items):
    store = unrelated_window(SETTINGS)
    return [assign(f, store, SETTINGS) for f in items], store


def test_news_headlines_starting_brief_are_no_letters():
    for title in (
        "Brief van minister Hoekstra: 'Geen extra geld voor de zorg'",
        "Brief 12 burgemeesters: ’Stop met de bezuinigingen op jeugdzorg’",
        "Brief aan de Kamer: 'Kabinet wil snel duidelijkheid'",
        "Briefbom 2 'ontploft' bij kantoor in Amsterdam",
        "Brieven 1 'vragen' aan de minister",
    ):
        assert not marks(title, "De Krant"), title


def test_another_outlets_numbered_page_in_the_same_minutes_stays_apart():
    ours = _letters("De Krant")
    theirs = [feat(f"ander-{i}", "Het Dagblad", at(1, 0.45), t, b) for i, (t, b) in enumerate(OTHER_PAGE)]
    results, store = _assign_all([*ours, *theirs])
    page = store.article_story("brief-0")
    # the other paper's first letters may join ours by their words (they do with letters_minutes 0 too); the page
    # rule must not then merge the rest of the other page in, through the mark of a letter that joined by words
    assert store.article_story("ander-2") != page
    assert not any(r.merges for r in results[3:])


def test_a_news_story_posted_in_the_same_minutes_is_not_taken_into_the_page():
    """A news story of another outlet posted minutes before the page (on its theme, so the first letter joins it by
    its words) is a story of its own: the page's other letters must not merge it in (`_page` checks time only, not
    that the joined story is letters of the page's outlet)."""
    news = [
        feat(
            f"nieuws-{i}",
            outlet,
            at(1, 0.4 + 0.02 * i),
            "Raad Veldhoven stemt over woonwijk op de weilanden",
            "De gemeenteraad van Veldhoven beslist vanavond over de nieuwe woonwijk op de weilanden bij de rondweg. "
            "Omwonenden vrezen verkeersoverlast, starters hopen op een betaalbaar huis.",
        )
        for i, outlet in enumerate(("NOS", "RTL Nieuws"))
    ]
    _, store = _assign_all([*news, *_letters()])
    news_story = store.article_story("nieuws-0")
    page = {store.article_story(f"brief-{i}") for i in (1, 2)}
    assert news_story not in page


def test_the_numbered_pattern_is_linear_on_a_long_hostile_line():
    for line in (" " * 100_000, "brief " + " " * 100_000 + "1", "Brief 1" + " " * 100_000 + ":x"):
        start = time.perf_counter()
        NUMBERED.match(line)
        assert time.perf_counter() - start < 0.1

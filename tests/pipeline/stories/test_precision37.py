"""Precision on busy days (issue 19): one item about another event must not join a big story, where every item of the
story would make a false pair with it. Each rule by shape: an example of two events that stay apart beside one of a
real continuation that still joins."""

from __future__ import annotations

from pipeline.stories import events, sides
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

# one evening's qualifying match of the national team, told by a clip outlet in short items
MATCH = [
    ("Oranje wint in Hamburg met 2-4 van Duitsland", "Het Nederlands elftal heeft in Hamburg met 2-4 gewonnen."),
    (
        "Bondscoach Koeman: 'De wissels pakten goed uit'",
        "De reactie van Koeman na de kwalificatiewedstrijd tegen Duitsland.",
    ),
    (
        "Van Dijk: 'Ik had dit niet verwacht'",
        "De reactie van Virgil van Dijk na de kwalificatiewedstrijd tegen Duitsland.",
    ),
    (
        "Bekijk de samenvatting van Duitsland-Nederland (2-4)",
        "Een samenvatting van het kwalificatieduel tussen Duitsland en Nederland.",
    ),
]


def _match_story() -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = [
        assign(feat(f"m{i}", "Clips", at(0, 12 + i * 0.2), title, body), store, SETTINGS).story_id
        for i, (title, body) in enumerate(MATCH)
    ]
    return store, ids[-1]


def test_a_labels_capitalised_word_is_no_part_of_a_countrys_side() -> None:
    assert sides.marks("Samenvatting Schotland-Rusland: 1-2") == {"match:rusland|schotland"}
    assert sides.marks("Samenvatting Estland-Wit Rusland: 1-2") == {"match:estland|wit"}
    assert sides.marks("Samenvatting Noord-Korea") == frozenset()  # one country
    assert sides.marks("Kijk Chili-Zweden terug") == {"match:chili|zweden"}


def test_another_matchs_summary_stays_apart_from_a_big_match_story() -> None:
    store, story_id = _match_story()
    other = feat(
        "x",
        "Clips",
        at(0, 13.2),
        "Samenvatting Schotland-Rusland: 1-2",
        "Een samenvatting van het kwalificatieduel in groep I tussen Schotland en Rusland.",
    )
    assert events.clash(other.marks, store.story(story_id).marks)  # type: ignore[union-attr]
    assert assign(other, store, SETTINGS).story_id != story_id


def test_the_same_matchs_summary_still_joins() -> None:
    store, story_id = _match_story()
    same = feat(
        "y",
        "Clips",
        at(0, 13.2),
        "Samenvatting Duitsland-Nederland: 2-4",
        "Een samenvatting van het kwalificatieduel tussen Duitsland en Nederland.",
    )
    assert assign(same, store, SETTINGS).story_id == story_id

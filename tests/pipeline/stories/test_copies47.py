"""Wire copy (copies47): one outlet's later, shorter text that is its earlier text cut with small edits (a clause
dropped, a word changed: 0.85 of its opening inside the earlier's) is the same text shown again, hours later too
(STORIES_CONVENTIONS rule 6: `own_cut` 0.8; at 0.9 it read as the outlet's new item, copies43); one whose opening
goes on with a sentence of its own (what happens next: 0.76 inside, as blind14's NOS video under the morning's lead)
is its follow-up. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.test_copies43 import JAM, JAM_CUT
from tests.pipeline.stories.texts import assigned_in_turn

# the same opening three hours later, its third sentence cut and a sentence of news in its place
JAM_NEXT = (
    "Het verkeer op de A50 tussen Arnhem en Oss staat in beide richtingen vast na een ongeluk met een vrachtwagen"
    " bij knooppunt Valburg. De weg is dicht voor het verkeer, omdat de lading van de vrachtwagen over de rijbanen"
    " verspreid ligt. Bergers verwachten dat het opruimen tot het einde van de middag duurt."
)


def test_the_outlets_text_cut_with_small_edits_hours_later_is_its_copy():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 8, "Verkeer op A50 loopt in beide richtingen vast", JAM),
            ("b", "Dagblad", 11, "Verkeer op A50 vast, ruim een uur extra reistijd", JAM_CUT),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_the_outlets_later_text_going_on_with_a_sentence_of_news_is_its_follow_up():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 8, "Verkeer op A50 loopt in beide richtingen vast", JAM),
            ("b", "Dagblad", 11, "A50 nog uren dicht", JAM_NEXT),
        ]
    )
    assert got["b"] == (got["a"][0], None)

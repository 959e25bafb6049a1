"""scripts/copy_sentence_stats: the share of a short text's sentences found in another, and its names and numbers."""

from __future__ import annotations

from scripts.copy_sentence_stats import _marks, sentence_share

SHORT = "De brug bij Zwolle is dicht na een aanrijding. Volgens de politie raakten twee mensen gewond."
REWRITE = (
    "Na een aanrijding is de brug bij Zwolle dicht. Volgens de politie raakten twee mensen gewond. "
    "De weg blijft de hele middag afgesloten voor verkeer."
)
OTHER = "In Groningen opent een nieuwe bibliotheek haar deuren. De burgemeester knipt het lint door."


def test_a_sentence_counts_when_half_its_words_run_in_order_in_the_other() -> None:
    # the second sentence stands word for word; the first, reordered, keeps only 4 of its 9 words in one run
    assert sentence_share(SHORT, REWRITE) == 0.5
    assert sentence_share(SHORT, SHORT + " Meer volgt.") == 1.0
    assert sentence_share(SHORT, OTHER) == 0.0
    assert sentence_share("", REWRITE) == 0.0


def test_one_of_two_sentences_found_is_half() -> None:
    half = "De brug bij Zwolle is dicht na een aanrijding. Er is niemand gewond geraakt bij het ongeluk vanmiddag."
    assert sentence_share(half, SHORT) == 0.5


def test_marks_are_names_not_opening_a_sentence_and_numbers() -> None:
    marks = _marks("De brug bij Zwolle is 12 uur dicht. Volgens Rijkswaterstaat duurt het tot 18.00 uur.")
    assert {"zwolle", "12", "rijkswaterstaat", "18.00"} <= marks
    assert "de" not in marks and "volgens" not in marks

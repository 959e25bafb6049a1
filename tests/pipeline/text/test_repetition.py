"""The repetition guard knows numbers, laughter, lists and refrains, and its retry cannot alter numbers."""

from __future__ import annotations

import re

import pytest

from pipeline.text.repetition import has_runaway_repetition, keeps_numbers
from pipeline.translate import Translator
from tests.fakes import FakeEngine

LEGITIMATE = [
    "The deficit is 1,000,000,000 euros.",
    "The deficit is 1.000.000.000 euro.",
    "Ha ha ha ha",
    "Haha, haha, haha, haha!",
    "No, no, no, no, that is not what I said.",
    "The sets ended 6-4, 6-4, 6-4.",
    "Numbers 20 20 20 20 were drawn.",
    "The winners were Jan Jansen, Piet Jansen, Klaas Jansen and Marie Jansen.",
    "Ministers Rutte, Kaag, Hoekstra and Hoekstra's deputy attended.",
]
RUNAWAY = [
    "the the the the",
    "in the city in the city in the city",
    "Putin Putin Putin Putin Putin",
    "The deficit is the deficit is the deficit is the deficit is large.",
]


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_repetition_is_not_runaway(text: str) -> None:
    assert not has_runaway_repetition(text)


@pytest.mark.parametrize("text", RUNAWAY)
def test_runaway_repetition_is_found(text: str) -> None:
    assert has_runaway_repetition(text)


def test_a_refrain_in_the_source_may_be_translated_as_it_stands_but_not_grow() -> None:
    dutch = "Nooit meer, nooit meer, nooit meer oorlog."
    assert not has_runaway_repetition("Never again, never again, never again war.", source=dutch)
    assert has_runaway_repetition("Never again, " * 7 + "war.", source=dutch)


def test_a_sentence_whose_output_repeats_a_number_is_accepted_as_it_is() -> None:
    engine = FakeEngine(transform=lambda text, options: "The deficit is 1,000,000,000 euros.")
    result = Translator(engine).translate_sentences(["Het tekort is een miljard euro."])[0]
    assert not result.retried and result.text == "The deficit is 1,000,000,000 euros."
    assert len(engine.batches) == 1  # no retry at all


def _ban_mangles_digits(text: str, options) -> str:
    """A degenerate first answer; an n-gram ban garbles repeated digit groups (as it does over subword
    tokens), a repetition penalty gives the right answer."""
    if "no_repeat_ngram_size" in options:
        return "The deficit is 1,000,001,002 euros."
    if "repetition_penalty" in options:
        return "The deficit is 1,000,000,000 euros."
    return "the deficit the deficit the deficit the deficit"


def test_the_retry_of_a_sentence_with_digits_never_bans_ngrams() -> None:
    engine = FakeEngine(transform=_ban_mangles_digits)
    result = Translator(engine).translate_sentences(["Het tekort is 1.000.000.000 euro."])[0]
    assert result.retried and not result.degenerate
    assert result.text == "The deficit is 1,000,000,000 euros."
    assert all("no_repeat_ngram_size" not in call for call in engine.calls)


def test_a_retry_that_alters_a_number_is_not_accepted_the_sentence_is_split_instead() -> None:
    sentence = "Er werden gisteren 1.439 nieuwe besmettingen gemeld, zegt het RIVM."

    def penalty_alters(text: str, options) -> str:
        if text != sentence:  # a half: translated faithfully
            return text.upper()
        if "repetition_penalty" in options:
            return re.sub(r"1\.439", "1.493", text.upper())  # a wrong number, no repetition
        return "het het het het het het"

    engine = FakeEngine(transform=penalty_alters)
    result = Translator(engine).translate_sentences([sentence])[0]
    assert "1.439" in result.text and "1.493" not in result.text
    assert result.retried and result.parts == 2


def test_keeps_numbers_compares_digits_across_formats() -> None:
    assert keeps_numbers("Het kost 3,5 miljoen en 1.439 stuks.", "It costs 3.5 million and 1,439 pieces.")
    assert not keeps_numbers("Het kost 1.439 euro.", "It costs 1,493 euros.")

"""The language check's passages are linear in the text: a page of 400,000 lines without letters before an English
sentence is refused in seconds (the run of pieces was counted again at every piece: 20,000 such lines took 39 s)."""

from __future__ import annotations

import time

import pytest

from pipeline.errors import InputError
from pipeline.text.language import dutch_share, require_dutch

ENGLISH = "This is an English text with quite a few words, more than forty letters in it for sure."


def test_lines_without_letters_do_not_make_the_check_quadratic() -> None:
    dutch_share("Dit is een Nederlandse zin met genoeg letters om te tellen.")  # the detector loaded outside the clock
    started = time.perf_counter()
    with pytest.raises(InputError, match="not Dutch|does not read as Dutch"):
        require_dutch("!\n" * 400_000 + ENGLISH, name="page.txt")
    assert time.perf_counter() - started < 10.0


def test_passages_keep_their_words_and_letters() -> None:
    # pieces without letters add nothing; the Dutch passage counts its own letters only
    share = dutch_share(
        "!\n\n...\n" + "De gemeenteraad besloot gisteravond de nieuwe brug over de rivier te bouwen.\n" + ENGLISH
    )
    assert 0.3 < share < 0.7

"""A sentence-opening adverb is no key name (issue 19, user pass 41): "Natuurlijk" at the start of a quote or
a sentence was listed as a story's key name; the common-words data (`common_words_extra.txt`, merged into
common_words_nl.txt.gz) now holds it. Texts written for this test, never copied from news."""

from __future__ import annotations

import pytest

from pipeline.stories.common_words import is_common
from tests.pipeline.stories.test_keynames39 import names_of

ADVERBS = ("natuurlijk", "waarschijnlijk", "uiteindelijk", "eigenlijk", "blijkbaar", "bijvoorbeeld")


@pytest.mark.parametrize("adverb", ADVERBS)
def test_a_sentence_opening_adverb_is_no_key_name(adverb):
    word = adverb.capitalize()
    names = names_of(
        [
            f"Wethouder Kees Brandsma zegt: „{word} gaan we door.” Hij zei: {word} niet morgen.",
            f"Kees Brandsma: „{word} is het goed.” En: „{word} niet.” Zij zei: {word} wel.",
        ]
    )
    assert is_common(adverb)
    assert word not in names and names["Kees Brandsma"] == 2

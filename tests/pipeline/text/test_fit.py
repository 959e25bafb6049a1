"""Cutting over-long inputs into pieces that fit, losing nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.fit import fit_pieces


def word_tokens(texts):  # one token per word, plus one end token
    return [len(t.split()) + 1 for t in texts]


def char_tokens(texts):  # one token per 3 characters, plus one end token
    return [len(t) // 3 + 1 for t in texts]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_short_text_is_one_piece() -> None:
    assert fit_pieces("Een korte zin.", 10, word_tokens) == ["Een korte zin."]


def test_clause_boundaries_are_preferred() -> None:
    text = "eerst dit en dat, dan zus en zo; en ten slotte nog wat"
    pieces = fit_pieces(text, 6, word_tokens)
    assert pieces == ["eerst dit en dat,", "dan zus en zo;", "en ten slotte nog wat"]


def test_space_free_run_is_cut_in_windows() -> None:
    text = "x" * 100
    pieces = fit_pieces(text, 5, char_tokens)
    assert "".join(pieces) == text
    assert all(char_tokens([p])[0] <= 5 for p in pieces)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcé,;:.—- ", min_size=1, max_size=12), min_size=1, max_size=120),
    budget=st.integers(min_value=2, max_value=40),
)
def test_pieces_fit_and_lose_nothing(words: list[str], budget: int) -> None:
    text = " ".join(words)
    for count in (word_tokens, char_tokens):
        pieces = fit_pieces(text, budget, count)
        assert squash("".join(pieces)) == squash(text)
        assert all(p == p.strip() and p for p in pieces)
        # a single character may exceed a budget no splitter can meet; everything else fits
        assert all(count([p])[0] <= budget or len(p) == 1 for p in pieces)

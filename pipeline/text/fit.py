"""Cutting text that is too long for a model into pieces that fit — never truncating.

Order of preference: clause boundaries (after , ; : and before dashes), then word boundaries,
then, for a single 'word' longer than the budget (a URL, a run of characters with no space),
character windows. Every piece is an exact, stripped substring; in order, the pieces cover
every non-space character of the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

CountTokens = Callable[[Sequence[str]], list[int]]

_CLAUSE_END = re.compile(r"(?<=[,;:])\s+|\s+(?=[—–-]\s)|(?<=[)\]])\s+(?=\()")
_SPACE = re.compile(r"\s+")


def fit_pieces(text: str, budget: int, count: CountTokens) -> list[str]:
    """Split `text` into pieces of at most `budget` tokens (as `count` measures, special tokens
    included), preferring clause boundaries, then words, then character windows."""
    text = text.strip()
    if not text:
        return []
    if count([text])[0] <= budget:
        return [text]
    overhead = count([""])[0]
    for splitter in (_split_clauses, _split_words):
        units = splitter(text)
        if len(units) > 1:
            return [
                piece for chunk in _pack(units, budget, overhead, count) for piece in fit_pieces(chunk, budget, count)
            ]
    return _char_windows(text, budget, count)


def _split_clauses(text: str) -> list[str]:
    return [part for part in (p.strip() for p in _CLAUSE_END.split(text)) if part]


def _split_words(text: str) -> list[str]:
    return [part for part in _SPACE.split(text) if part]


def _pack(units: list[str], budget: int, overhead: int, count: CountTokens) -> list[str]:
    """Greedily join consecutive units while their summed cost fits the budget.
    Costs are per-unit estimates; a packed chunk that still does not fit is split again by the caller."""
    costs = [max(1, c - overhead) for c in count(units)]
    chunks: list[str] = []
    current: list[str] = []
    used = overhead
    for unit, cost in zip(units, costs):
        if current and used + cost > budget:
            chunks.append(" ".join(current))
            current, used = [], overhead
        current.append(unit)
        used += cost
    if current:
        chunks.append(" ".join(current))
    if len(chunks) == 1 and len(units) > 1:  # estimate said it fits but it does not: halve
        middle = len(units) // 2
        return [" ".join(units[:middle]), " ".join(units[middle:])]
    return chunks


def _char_windows(text: str, budget: int, count: CountTokens) -> list[str]:
    """Cut a space-free run into windows that fit; the window shrinks until each one fits."""
    pieces: list[str] = []
    start = 0
    width = max(1, len(text) * budget // max(1, count([text])[0]))
    while start < len(text):
        size = min(width, len(text) - start)
        while size > 1 and count([text[start : start + size]])[0] > budget:
            size = max(1, size * 3 // 4)
        pieces.append(text[start : start + size])
        start += size
    return pieces

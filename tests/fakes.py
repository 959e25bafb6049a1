"""A fake seq2seq engine for orchestration tests: words are tokens, output is the input upper-cased.

It records every batch it is given and refuses (like the real engines) any input over its limit,
so a test that passes proves nothing was sent truncated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.engines.base import Generated


@dataclass
class FakeEngine:
    max_input_tokens: int = 64
    max_output_tokens: int = 511
    special_tokens: int = 1
    transform: Callable[[str, Mapping[str, Any]], str] = lambda text, options: text.upper()
    batches: list[list[str]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)
    each_calls: int = 0  # generate_each calls (one batch per text each)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t.split()) + self.special_tokens for t in texts]

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]) -> list[Generated]:
        for tokens in self.count_tokens(texts):
            if tokens > self.max_input_tokens:
                raise AssertionError(f"input of {tokens} tokens sent to an engine that takes {self.max_input_tokens}")
        self.batches.append(list(texts))
        self.calls.append({"max_new_tokens": max_new_tokens, **options})
        results = []
        for text in texts:
            words = self.transform(text, options).split()
            finished = len(words) < max_new_tokens
            words = words[:max_new_tokens]
            results.append(Generated(" ".join(words), len(words), finished))
        return results

    def generate_each(
        self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]
    ) -> list[Generated]:
        """Each text a batch of its own, as the real engines decode it."""
        self.each_calls += 1
        return [g for text in texts for g in self.generate([text], max_new_tokens=max_new_tokens, options=options)]

    @property
    def texts_seen(self) -> list[str]:
        return [t for batch in self.batches for t in batch]

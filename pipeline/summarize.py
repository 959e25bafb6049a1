"""Stage 4 — summarize the English article with a seq2seq model, never truncating the input.

An article that fits the model input (1024 tokens for BART) is summarized in one pass. A longer
one is summarized by map-reduce: chunks cut at paragraph boundaries (a paragraph too long on its
own is cut at sentence, then clause/word boundaries) are summarized separately, their summaries
are joined, and the result is summarized again until it fits one input.
Generation settings come from the model's generation config; any of them can be overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.document import Summary
from pipeline.engines.base import Seq2SeqEngine
from pipeline.settings import SummaryOptions
from pipeline.text.fit import fit_pieces

MAX_ROUNDS = 6


class Summarizer:
    def __init__(self, engine: Seq2SeqEngine, options: SummaryOptions | None = None) -> None:
        self.engine = engine
        self.options = options or SummaryOptions()
        config = getattr(engine, "generation_config", None)
        self.default_max_length = int(getattr(config, "max_length", None) or 142)
        self.default_min_length = int(getattr(config, "min_length", None) or 0)

    def summarize(self, paragraphs: Sequence[str]) -> Summary:
        """Summarize an article given as its English paragraphs."""
        paragraphs = [p.strip() for p in paragraphs if p.strip()]
        if not paragraphs:
            return Summary(text="", input_tokens=0, chunks=0, rounds=0)
        total = self.engine.count_tokens(["\n".join(paragraphs)])[0]
        chunks = self.chunk(paragraphs)
        first_level = len(chunks)
        rounds = 0
        while True:
            rounds += 1
            summaries = self._summarize_chunks(chunks)
            if len(chunks) == 1:
                return Summary(text=summaries[0], input_tokens=total, chunks=first_level, rounds=rounds)
            next_chunks = self.chunk(summaries)
            shrinking = self._tokens(next_chunks) < self._tokens(chunks)
            if not shrinking or rounds >= MAX_ROUNDS:
                # Summaries no longer get shorter: return them all rather than cut anything.
                return Summary(text=" ".join(summaries), input_tokens=total, chunks=first_level, rounds=rounds)
            chunks = next_chunks

    def chunk(self, paragraphs: Sequence[str]) -> list[str]:
        """Group consecutive paragraphs into chunks that each fit one model input."""
        limit = self.engine.max_input_tokens
        units: list[str] = []
        for paragraph, tokens in zip(paragraphs, self.engine.count_tokens(list(paragraphs))):
            units.extend([paragraph] if tokens <= limit else fit_pieces(paragraph, limit, self.engine.count_tokens))
        chunks: list[str] = []
        current: list[str] = []
        for unit in units:
            candidate = "\n".join(current + [unit])
            if current and self.engine.count_tokens([candidate])[0] > limit:
                chunks.append("\n".join(current))
                current = []
            current.append(unit)
        if current:
            chunks.append("\n".join(current))
        return chunks

    def _tokens(self, chunks: Sequence[str]) -> int:
        return sum(self.engine.count_tokens(list(chunks)))

    def _summarize_chunks(self, chunks: list[str]) -> list[str]:
        results: list[str] = []
        for chunk, tokens in zip(chunks, self.engine.count_tokens(chunks)):
            options = self._options_for(tokens)
            max_new = options.pop("max_length")
            generated = self.engine.generate([chunk], max_new_tokens=max_new, options=options)[0]
            results.append(generated.text)
        return results

    def _options_for(self, input_tokens: int) -> dict[str, Any]:
        """Generation options for one chunk: the config's, overridden, with min_length lowered for
        short inputs (asking for a summary longer than half its input invites invention)."""
        # max_length/min_length count the decoder start token, as in the model's config
        max_length = self.options.max_length or self.default_max_length
        min_length = self.options.min_length if self.options.min_length is not None else self.default_min_length
        max_new = max(1, max_length - 1)
        min_new = max(0, min(min_length - 1, input_tokens // 2, max_new - 1))
        options: dict[str, Any] = {"max_length": max_new, "min_new_tokens": min_new, "min_length": 0}
        for name in ("num_beams", "length_penalty", "no_repeat_ngram_size"):
            value = getattr(self.options, name)
            if value is not None:
                options[name] = value
        return options

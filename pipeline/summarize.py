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
from pipeline.model_options import SummaryOptions
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
        return self.summarize_many([paragraphs])[0]

    def summarize_many(self, articles: Sequence[Sequence[str]]) -> list[Summary]:
        """Summarize several articles (each given as its English paragraphs) in lockstep: every
        round's chunks of all articles go to the engine in one call, decoded side by side but
        never padded together; each article's summary is the one `summarize` gives it alone."""
        summaries: dict[int, Summary] = {}
        jobs: dict[int, tuple[list[str], int, int, int]] = {}  # article -> (chunks, input tokens, first chunks, rounds)
        for index, article in enumerate(articles):
            paragraphs = [p.strip() for p in article if p.strip()]
            if not paragraphs:
                summaries[index] = Summary(text="", input_tokens=0, chunks=0, rounds=0)
                continue
            chunks = self.chunk(paragraphs)
            jobs[index] = (chunks, self.engine.count_tokens(["\n".join(paragraphs)])[0], len(chunks), 0)
        while jobs:
            outputs = iter(self._summarize_chunks([chunk for job in jobs.values() for chunk in job[0]]))
            for index, (chunks, total, first_level, rounds) in list(jobs.items()):
                results = [next(outputs) for _ in chunks]
                done, next_chunks = self._reduce(chunks, results, total, first_level, rounds + 1)
                if done is not None:
                    summaries[index] = done
                    del jobs[index]
                else:
                    jobs[index] = (next_chunks, total, first_level, rounds + 1)
        return [summaries[i] for i in range(len(articles))]

    def _reduce(
        self, chunks: list[str], summaries: list[str], total: int, first_level: int, rounds: int
    ) -> tuple[Summary | None, list[str]]:
        """After a round: the final summary, or the next round's chunks."""
        if len(chunks) == 1:
            return Summary(text=summaries[0], input_tokens=total, chunks=first_level, rounds=rounds), []
        next_chunks = self.chunk(summaries)
        shrinking = self._tokens(next_chunks) < self._tokens(chunks)
        if not shrinking or rounds >= MAX_ROUNDS:
            # Summaries no longer get shorter: return them all rather than cut anything.
            return Summary(text=" ".join(summaries), input_tokens=total, chunks=first_level, rounds=rounds), []
        return None, next_chunks

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
        """One summary per chunk, in order. Chunks with the same generation options go to the engine
        together, longest first, but each is decoded on its own (`generate_each`): padded beside a
        longer chunk, a chunk's summary can change (measured on distilbart-size int8), and a brief
        must not depend on which other articles were briefed with it."""
        counts = self.engine.count_tokens(chunks)
        groups: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        for index, tokens in enumerate(counts):
            groups.setdefault(tuple(sorted(self._options_for(tokens).items())), []).append(index)
        results: dict[int, str] = {}
        for key, members in groups.items():
            options = dict(key)
            max_new = options.pop("max_length")
            members.sort(key=lambda i: counts[i], reverse=True)  # the longest start first: workers finish together
            generated = self.engine.generate_each([chunks[i] for i in members], max_new_tokens=max_new, options=options)
            results.update((i, g.text) for i, g in zip(members, generated))
        return [results[i] for i in range(len(chunks))]

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

"""Stage 3 — translate every sentence (Dutch -> English), never dropping or truncating one.

In front of any `Seq2SeqEngine`: de-duplication, splitting of sentences longer than the model
input, length-sorted batching, an output-length bound relative to the input, and a guard that
detects degenerate output (a phrase repeated over and over, output hitting the bound) and
retries it deterministically — once with `no_repeat_ngram_size` (pieces without digits) or
`repetition_penalty` (pieces with digits: an n-gram ban over subword tokens forbids repeated digit
groups and alters numbers), accepted only if it keeps the source's numbers; then in two halves.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.document import SegmentedArticle, SentenceTranslation, TranslatedBlock, TranslationStats
from pipeline.engines.base import Generated, Seq2SeqEngine
from pipeline.settings import TranslationOptions
from pipeline.store.sentences import SentenceCache
from pipeline.text.fit import fit_pieces
from pipeline.text.repetition import has_runaway_repetition, keeps_numbers

Progress = Callable[[int, int], None]  # (sentences done, sentences total)


@dataclass
class _Piece:
    sentence: int  # index into the unique sentences
    text: str
    split: bool = False  # a part of a sentence too long for one model input
    tokens: int = 0
    output: Generated | None = None
    retried: bool = False
    degenerate: bool = False


class Translator:
    """Translates sentences through an engine; see the module docstring."""

    def __init__(
        self,
        engine: Seq2SeqEngine,
        options: TranslationOptions | None = None,
        *,
        cache: SentenceCache | None = None,
        namespace: str = "",
        group_size: int = 256,
        refresh: bool = False,
    ) -> None:
        self.engine = engine
        self.options = options or TranslationOptions()
        self.cache = cache
        self.namespace = namespace
        self.group_size = group_size
        self.refresh = refresh  # translate again (and overwrite the cache) instead of reading it
        self.cache_hits = 0  # sentences served from the cache by the last call

    # -- public --------------------------------------------------------------------------
    def translate_article(
        self, article: SegmentedArticle, progress: Progress | None = None
    ) -> tuple[tuple[TranslatedBlock, ...], TranslationStats]:
        return self.translate_articles([article], progress)[0]

    def translate_articles(
        self, articles: Sequence[SegmentedArticle], progress: Progress | None = None
    ) -> list[tuple[tuple[TranslatedBlock, ...], TranslationStats]]:
        """Several articles at once: their sentences are de-duplicated, length-sorted and batched
        together (one article's short sentences fill another's batches); each article gets its own
        blocks and stats, as if it had been translated alone."""
        sentences = [s for article in articles for b in article.blocks for s in b.sentences]
        translated = iter(self.translate_sentences(sentences, progress))
        results = []
        for article in articles:
            blocks = tuple(
                TranslatedBlock(b.index, b.block, tuple(tuple(next(translated) for _ in part) for part in b.parts))
                for b in article.blocks
            )
            results.append((blocks, summarise_stats([s for b in blocks for s in b.sentences])))
        return results

    def translate_sentences(
        self, sentences: Sequence[str], progress: Progress | None = None
    ) -> list[SentenceTranslation]:
        """One translation per input sentence, in order. Identical sentences are translated once."""
        unique = list(dict.fromkeys(sentences))
        by_text: dict[str, SentenceTranslation] = {}
        if self.cache is not None and not self.refresh:
            by_text.update(self.cache.get_many(self.namespace, unique))
        self.cache_hits = len(by_text)
        missing = [s for s in unique if s not in by_text]
        for start in range(0, len(missing), self.group_size):
            group = missing[start : start + self.group_size]
            results = self._translate_unique(
                group, progress, offset=len(unique) - len(missing) + start, total=len(unique)
            )
            by_text.update(zip(group, results))
            if self.cache is not None:
                self.cache.put_many(self.namespace, results)  # committed per group: a crash loses one group
        if progress:
            progress(len(unique), len(unique))
        return [by_text[s] for s in sentences]

    def batches_for(self, sentences: Sequence[str]) -> list[list[str]]:
        """The engine calls `sentences` (each within the model input) would be sent in: the
        length-sorted batches `translate_sentences` cuts (the benchmarks time exactly these)."""
        pieces = [_Piece(i, text) for i, text in enumerate(sentences)]
        self._measure(pieces)
        return [[p.text for p in batch] for batch in self._batches(pieces)]

    # -- internals -----------------------------------------------------------------------
    def _translate_unique(
        self, sentences: list[str], progress: Progress | None, *, offset: int = 0, total: int | None = None
    ) -> list[SentenceTranslation]:
        pieces: list[_Piece] = []
        passthrough: dict[int, str] = {}
        limit = self.engine.max_input_tokens
        counts = self.engine.count_tokens(sentences)
        for index, (sentence, tokens) in enumerate(zip(sentences, counts)):
            if not needs_translation(sentence):
                passthrough[index] = sentence
                continue
            if tokens <= limit:
                pieces.append(_Piece(index, sentence, tokens=tokens))
            else:
                budget = min(self.options.piece_tokens, limit)
                for part in fit_pieces(sentence, budget, self.engine.count_tokens):
                    pieces.append(_Piece(index, part, split=True))
        self._measure(pieces)
        self._run(
            pieces,
            self.options.generate_options(),
            progress,
            total=total if total is not None else len(sentences),
            done=offset + len(passthrough),
        )
        pieces = self._retry_degenerate(pieces)
        return self._assemble(sentences, pieces, passthrough)

    def _measure(self, pieces: list[_Piece]) -> None:
        missing = [p for p in pieces if not p.tokens]
        for piece, tokens in zip(missing, self.engine.count_tokens([p.text for p in missing])):
            piece.tokens = tokens

    def _bound(self, tokens: int) -> int:
        """The output bound of a piece: a function of the piece alone (rounded up to a multiple of
        `bound_step`), so that what comes out never depends on which pieces share its batch."""
        bound = math.ceil(self.options.length_ratio * tokens) + self.options.length_margin
        step = self.options.bound_step
        return min(-(-bound // step) * step, self.engine.max_output_tokens)

    def _run(
        self, pieces: list[_Piece], options: dict[str, Any], progress: Progress | None, total: int, done: int
    ) -> None:
        """Generate for all pieces in length-sorted batches; fill `piece.output`."""
        finished_sentences: set[int] = set()
        remaining = _pieces_per_sentence(pieces)
        for batch in self._batches(pieces):
            outputs = self.engine.generate(
                [p.text for p in batch], max_new_tokens=self._bound(batch[0].tokens), options=options
            )
            for piece, output in zip(batch, outputs):
                piece.output = output
                remaining[piece.sentence] -= 1
                if remaining[piece.sentence] == 0:
                    finished_sentences.add(piece.sentence)
            if progress:
                progress(done + len(finished_sentences), total)

    def _batches(self, pieces: list[_Piece]) -> list[list[_Piece]]:
        ordered = sorted(pieces, key=lambda p: p.tokens, reverse=True)
        batches: list[list[_Piece]] = []
        current: list[_Piece] = []
        for piece in ordered:
            width = max([piece.tokens] + [p.tokens for p in current])
            if current and (
                len(current) >= self.options.max_batch_sentences
                or width * (len(current) + 1) > self.options.max_batch_tokens
                or self._bound(piece.tokens) != self._bound(current[0].tokens)  # one bound per batch
            ):
                batches.append(current)
                current = []
            current.append(piece)
        if current:
            batches.append(current)
        return batches

    def _is_degenerate(self, piece: _Piece) -> bool:
        output = piece.output
        assert output is not None
        if not output.text:
            return True
        # At the bound = degenerate, even when "finished": models whose config forces an end token
        # (opus-mt, distilbart: forced_eos_token_id) end a runaway output with it at the bound.
        if not output.finished or output.tokens >= self._bound(piece.tokens) - 1:
            return True
        return has_runaway_repetition(output.text, source=piece.text)

    def _retry_options(self, text: str) -> dict[str, Any]:
        """A retry that cannot alter numbers: no n-gram ban over a piece with digits."""
        if any(ch.isdigit() for ch in text):
            return {**self.options.generate_options(), "repetition_penalty": self.options.retry_repetition_penalty}
        return {**self.options.generate_options(), "no_repeat_ngram_size": self.options.retry_no_repeat_ngram_size}

    def _run_retries(self, pieces: list[_Piece]) -> None:
        with_digits = [p for p in pieces if any(ch.isdigit() for ch in p.text)]
        without = [p for p in pieces if not any(ch.isdigit() for ch in p.text)]
        for group in (without, with_digits):
            if group:
                self._run(group, self._retry_options(group[0].text), None, total=0, done=0)

    def _retry_degenerate(self, pieces: list[_Piece]) -> list[_Piece]:
        """Retry degenerate pieces once (see `_retry_options`); what is still degenerate, or lost a
        number of its source, is translated in halves (cut between words, never inside a number)."""
        bad = [p for p in pieces if self._is_degenerate(p)]
        if not bad:
            return pieces
        retried = [_Piece(p.sentence, p.text, split=p.split, tokens=p.tokens, retried=True) for p in bad]
        self._run_retries(retried)
        replacement: dict[int, list[_Piece]] = {}
        halves_for: dict[int, list[_Piece]] = {}
        for original, again in zip(bad, retried):
            if not self._is_degenerate(again) and keeps_numbers(again.text, again.output.text if again.output else ""):
                replacement[id(original)] = [again]
                continue
            halves = halve(again.text)
            if len(halves) < 2:
                again.degenerate = self._is_degenerate(again)
                replacement[id(original)] = [again]
                continue
            halves_for[id(original)] = [_Piece(again.sentence, h, split=again.split, retried=True) for h in halves]
        all_halves = [h for hs in halves_for.values() for h in hs]
        self._measure(all_halves)
        self._run_retries(all_halves)
        for key, halves in halves_for.items():
            for half in halves:
                half.degenerate = self._is_degenerate(half)
            replacement[key] = halves
        result: list[_Piece] = []
        for piece in pieces:
            result.extend(replacement.get(id(piece), [piece]))
        return result

    def _assemble(
        self, sentences: list[str], pieces: list[_Piece], passthrough: dict[int, str]
    ) -> list[SentenceTranslation]:
        grouped: dict[int, list[_Piece]] = {}
        for piece in pieces:
            grouped.setdefault(piece.sentence, []).append(piece)
        results: list[SentenceTranslation] = []
        for index, sentence in enumerate(sentences):
            if index in passthrough:
                results.append(SentenceTranslation(sentence, passthrough[index]))
                continue
            parts = grouped[index]
            texts: list[str] = []
            degenerate = False
            for part in parts:
                if part.output and part.output.text:
                    texts.append(part.output.text)
                    degenerate = degenerate or part.degenerate
                else:  # nothing came out for this part: keep its source rather than lose it
                    texts.append(part.text)
                    degenerate = True
            text = " ".join(texts).strip()
            results.append(
                SentenceTranslation(
                    source=sentence,
                    text=text,
                    parts=len(parts),
                    split=any(p.split for p in parts),
                    retried=any(p.retried for p in parts),
                    degenerate=degenerate,
                )
            )
        return results


def _pieces_per_sentence(pieces: list[_Piece]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for piece in pieces:
        counts[piece.sentence] = counts.get(piece.sentence, 0) + 1
    return counts


def needs_translation(sentence: str) -> bool:
    """Sentences with no letters at all (numbers, dashes, emoji) are kept as they are."""
    return any(ch.isalpha() for ch in sentence)


def halve(text: str) -> list[str]:
    """Two halves at the clause or word boundary nearest the middle ([] halves if it has one word)."""
    words = text.split()
    if len(words) < 2:
        return [text]
    middle = len(text) / 2
    candidates = (
        [m.start() for m in re.finditer(r"(?<=[,;:])\s(?!\d{3}\b)", text)]
        or [m.start() for m in re.finditer(r"(?<!\d)\s|\s(?!\d)", text)]  # not inside "1 000 000"
        or [m.start() for m in re.finditer(r"\s", text)]
    )
    cut = min(candidates, key=lambda pos: abs(pos - middle))
    return [text[:cut].strip(), text[cut:].strip()]


def summarise_stats(sentences: Sequence[SentenceTranslation]) -> TranslationStats:
    return TranslationStats(
        sentences=len(sentences),
        split_sentences=sum(1 for s in sentences if s.split),
        retried_sentences=sum(1 for s in sentences if s.retried),
        degenerate_sentences=sum(1 for s in sentences if s.degenerate),
    )

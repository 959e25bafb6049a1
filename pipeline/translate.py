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
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.document import SegmentedArticle, SentenceTranslation, TranslatedBlock, TranslationStats
from pipeline.engines.base import Generated, Seq2SeqEngine
from pipeline.model_options import TranslationOptions
from pipeline.store.sentences import SentenceCache
from pipeline.text.fit import fit_pieces
from pipeline.text.repetition import has_runaway_repetition, keeps_numbers

Progress = Callable[[int, int], None]  # (sentences done, sentences total)


@dataclass(frozen=True)
class Piece:
    """What one engine input is: a sentence, or a part of one (too long, or halved on a retry)."""

    sentence: int  # index into the unique sentences
    text: str
    tokens: int  # input tokens as the engine counts them
    split: bool = False  # a part of a sentence too long for one model input
    retried: bool = False


@dataclass(frozen=True)
class Output:
    """A piece and what came out for it."""

    piece: Piece
    generated: Generated
    degenerate: bool = False  # still degenerate after the retry


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
        pieces = self._pieces([(i, text, False) for i, text in enumerate(sentences)])
        return [[pieces[i].text for i in batch] for batch in self._batches(pieces)]

    # -- internals -----------------------------------------------------------------------
    def _translate_unique(
        self, sentences: list[str], progress: Progress | None, *, offset: int = 0, total: int | None = None
    ) -> list[SentenceTranslation]:
        wanted: list[tuple[int, str, bool]] = []  # (sentence, text, split)
        passthrough: dict[int, str] = {}
        limit = self.engine.max_input_tokens
        for index, (sentence, tokens) in enumerate(zip(sentences, self.engine.count_tokens(sentences))):
            if not needs_translation(sentence):
                passthrough[index] = sentence
            elif tokens <= limit:
                wanted.append((index, sentence, False))
            else:
                budget = min(self.options.piece_tokens, limit)
                wanted += [(index, part, True) for part in fit_pieces(sentence, budget, self.engine.count_tokens)]
        pieces = self._pieces(wanted)
        done = offset + len(passthrough)
        generated = self._run(
            pieces, self.options.generate_options(), progress, total=total or len(sentences), done=done
        )
        outputs = self._retry_degenerate(pieces, generated)
        return self._assemble(sentences, outputs, passthrough)

    def _pieces(self, wanted: Sequence[tuple[int, str, bool]], *, retried: bool = False) -> list[Piece]:
        counts = self.engine.count_tokens([text for _, text, _ in wanted])
        return [Piece(i, text, tokens, split, retried) for (i, text, split), tokens in zip(wanted, counts)]

    def _bound(self, tokens: int) -> int:
        """The output bound of a piece: a function of the piece alone (rounded up to a multiple of
        `bound_step`), so that what comes out never depends on which pieces share its batch."""
        bound = math.ceil(self.options.length_ratio * tokens) + self.options.length_margin
        step = self.options.bound_step
        return min(-(-bound // step) * step, self.engine.max_output_tokens)

    def _run(
        self, pieces: list[Piece], options: dict[str, Any], progress: Progress | None, total: int, done: int
    ) -> list[Generated]:
        """Generate for all pieces in length-sorted batches; one output per piece, in order."""
        outputs: dict[int, Generated] = {}
        remaining = Counter(p.sentence for p in pieces)
        finished = 0
        for batch in self._batches(pieces):
            texts = [pieces[i].text for i in batch]
            bound = self._bound(pieces[batch[0]].tokens)
            for i, output in zip(batch, self.engine.generate(texts, max_new_tokens=bound, options=options)):
                outputs[i] = output
                remaining[pieces[i].sentence] -= 1
                finished += remaining[pieces[i].sentence] == 0
            if progress:
                progress(done + finished, total)
        return [outputs[i] for i in range(len(pieces))]

    def _batches(self, pieces: list[Piece]) -> list[list[int]]:
        """Indices of `pieces` in batches: longest first, within the size limits, one bound per batch."""
        ordered = sorted(range(len(pieces)), key=lambda i: pieces[i].tokens, reverse=True)
        batches: list[list[int]] = []
        for i in ordered:
            current = batches[-1] if batches else []
            width = max(pieces[j].tokens for j in [i, *current])  # the longest piece pads the batch
            if (
                not current
                or len(current) >= self.options.max_batch_sentences
                or width * (len(current) + 1) > self.options.max_batch_tokens
                or self._bound(pieces[i].tokens) != self._bound(pieces[current[0]].tokens)
            ):
                batches.append([i])
            else:
                current.append(i)
        return batches

    def _is_degenerate(self, piece: Piece, output: Generated) -> bool:
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

    def _run_retries(self, pieces: list[Piece]) -> list[Generated]:
        """Generate again with the retry options (pieces with and without digits apart); in order."""
        outputs: dict[int, Generated] = {}
        for has_digits in (False, True):
            group = [i for i, p in enumerate(pieces) if any(ch.isdigit() for ch in p.text) == has_digits]
            if group:
                options = self._retry_options(pieces[group[0]].text)
                outputs.update(zip(group, self._run([pieces[i] for i in group], options, None, total=0, done=0)))
        return [outputs[i] for i in range(len(pieces))]

    def _retry_degenerate(self, pieces: list[Piece], generated: list[Generated]) -> list[Output]:
        """Retry degenerate pieces once (see `_retry_options`); what is still degenerate, or lost a
        number of its source, is translated in halves (cut between words, never inside a number)."""
        results = {
            i: [Output(p, g)] for i, (p, g) in enumerate(zip(pieces, generated)) if not self._is_degenerate(p, g)
        }
        bad = [i for i in range(len(pieces)) if i not in results]
        again = [replace(pieces[i], retried=True) for i in bad]
        halves_of: dict[int, list[str]] = {}
        for i, piece, output in zip(bad, again, self._run_retries(again)):
            halves = halve(piece.text)
            if not self._is_degenerate(piece, output) and keeps_numbers(piece.text, output.text):
                results[i] = [Output(piece, output)]
            elif len(halves) < 2:
                results[i] = [Output(piece, output, self._is_degenerate(piece, output))]
            else:
                halves_of[i] = halves
        wanted = [(pieces[i].sentence, h, pieces[i].split) for i, hs in halves_of.items() for h in hs]
        halves = self._pieces(wanted, retried=True)
        done = iter(zip(halves, self._run_retries(halves)))
        for i, hs in halves_of.items():
            results[i] = [Output(h, g, self._is_degenerate(h, g)) for h, g in (next(done) for _ in hs)]
        return [output for i in range(len(pieces)) for output in results[i]]

    def _assemble(
        self, sentences: list[str], outputs: list[Output], passthrough: dict[int, str]
    ) -> list[SentenceTranslation]:
        grouped: dict[int, list[Output]] = {}
        for output in outputs:
            grouped.setdefault(output.piece.sentence, []).append(output)
        results: list[SentenceTranslation] = []
        for index, sentence in enumerate(sentences):
            if index in passthrough:
                results.append(SentenceTranslation(sentence, passthrough[index]))
                continue
            parts = grouped[index]
            # a part with no output keeps its source rather than lose it (and counts as degenerate)
            texts = [o.generated.text or o.piece.text for o in parts]
            results.append(
                SentenceTranslation(
                    source=sentence,
                    text=" ".join(texts).strip(),
                    parts=len(parts),
                    split=any(o.piece.split for o in parts),
                    retried=any(o.piece.retried for o in parts),
                    degenerate=any(o.degenerate or not o.generated.text for o in parts),
                )
            )
        return results


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

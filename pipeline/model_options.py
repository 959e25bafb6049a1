"""The stages' model options (split from pipeline.settings, which builds them from its values): how the translator
batches, bounds and retries, and the summarizer's generation overrides — frozen dataclasses whose `describe()` is
what goes into the cache key and the brief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

# the conversions CTranslate2 makes (brief models convert --quantization; engines.convert)
Quantization = Literal[
    "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32"
]
QUANTIZATIONS: tuple[str, ...] = get_args(Quantization)


@dataclass(frozen=True)
class TranslationOptions:
    num_beams: int | None = None  # None: the model's generation config decides
    max_batch_sentences: int = 32
    max_batch_tokens: int = 4096  # padded input tokens per batch
    length_ratio: float = 2.0  # output bound: ratio * input tokens + margin
    length_margin: int = 10
    bound_step: int = 8  # bounds rounded up to a multiple: a piece's bound never depends on its batch
    piece_tokens: int = 128  # size of the parts a too-long sentence is cut into
    retry_no_repeat_ngram_size: int = 3  # retry of a degenerate piece without digits
    retry_repetition_penalty: float = 1.3  # retry of a degenerate piece with digits (an n-gram ban would alter them)

    def generate_options(self) -> dict[str, Any]:
        return {} if self.num_beams is None else {"num_beams": self.num_beams}

    def describe(self) -> dict[str, Any]:
        """The settings that change the output (they go into the cache key and the brief)."""
        return {
            "num_beams": self.num_beams,
            "length_ratio": self.length_ratio,
            "length_margin": self.length_margin,
            "bound_step": self.bound_step,
            "piece_tokens": self.piece_tokens,
            "retry_no_repeat_ngram_size": self.retry_no_repeat_ngram_size,
            "retry_repetition_penalty": self.retry_repetition_penalty,
        }


@dataclass(frozen=True)
class SummaryOptions:
    """Overrides of the summarizer's generation config (None: the model's own value)."""

    num_beams: int | None = None
    max_length: int | None = None
    min_length: int | None = None
    length_penalty: float | None = None
    no_repeat_ngram_size: int | None = None

    def describe(self) -> dict[str, Any]:
        return {
            "num_beams": self.num_beams,
            "max_length": self.max_length,
            "min_length": self.min_length,
            "length_penalty": self.length_penalty,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
        }

"""The one small interface every seq2seq backend implements, and the torch implementation.

Everything else — splitting long inputs, sorting, batching, length bounds, repetition guards,
caching — lives once, in front of this interface (translate.py, summarize.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Protocol, Sequence

from pipeline.models import LoadedModel


@dataclass(frozen=True)
class Generated:
    """One generated output."""

    text: str
    tokens: int  # generated tokens, without the decoder start and end tokens
    finished: bool  # the model ended the output itself (end token) rather than hitting the bound


class Seq2SeqEngine(Protocol):
    """A tokenizer + model pair that turns texts into texts."""

    max_input_tokens: int  # inputs longer than this (special tokens included) must be split by the caller
    max_output_tokens: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Token count of each text as the model will see it, special tokens included."""
        ...

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]) -> list[Generated]:
        """Generate one output per text. Never truncates: raises ValueError if an input is too long."""
        ...


def count_with(tokenizer: Any, texts: Sequence[str]) -> list[list[int]]:
    """Token ids of each text as the model sees it (special tokens included, never truncated)."""
    if not texts:
        return []
    return tokenizer(list(texts), add_special_tokens=True, truncation=False, verbose=False)["input_ids"]


def refuse_overlong(longest: int, limit: int) -> None:
    """Engines never truncate: an input over the limit is the caller's to split."""
    if longest > limit:
        raise ValueError(f"input of {longest} tokens exceeds the model's {limit}; split it first")


class TorchEngine:
    """`generate()` on a transformers model under `torch.inference_mode()`."""

    def __init__(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        self.tokenizer = loaded.tokenizer
        self.model = loaded.model
        self.max_input_tokens = loaded.max_input_tokens
        positions = getattr(loaded.model.config, "max_position_embeddings", None) or 512
        self.max_output_tokens = int(positions) - 1  # the decoder start token takes one position
        self.generation_config = loaded.model.generation_config

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in count_with(self.tokenizer, texts)]

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]) -> list[Generated]:
        import torch

        if not texts:
            return []
        encoded = self.tokenizer(list(texts), return_tensors="pt", padding=True, truncation=False, verbose=False)
        refuse_overlong(encoded["input_ids"].shape[1], self.max_input_tokens)
        encoded = {key: value.to(self.loaded.device) for key, value in encoded.items()}
        with torch.inference_mode():
            output = self.model.generate(
                **encoded, max_new_tokens=min(max_new_tokens, self.max_output_tokens), **dict(options)
            )
        return [self._describe(row) for row in output.tolist()]

    def _describe(self, row: list[int]) -> Generated:
        config = self.generation_config
        eos = _as_set(config.eos_token_id)
        specials = eos | _as_set(config.pad_token_id) | _as_set(config.decoder_start_token_id) | _as_set(config.bos_token_id)
        body = row[1:]  # drop the decoder start token
        finished = False
        tokens: list[int] = []
        for token in body:
            if token in eos:
                finished = True
                break
            tokens.append(token)
        text = self.tokenizer.decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False).strip()
        count = sum(1 for t in tokens if t not in specials)
        return Generated(text=text, tokens=count, finished=finished)


def _as_set(value: Any) -> set[int]:
    if value is None:
        return set()
    if isinstance(value, (list, tuple, set)):
        return {int(v) for v in value}
    return {int(value)}

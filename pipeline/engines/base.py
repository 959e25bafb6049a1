"""The one small interface every seq2seq backend implements, and what all backends share.

Everything else — splitting long inputs, sorting, batching, length bounds, repetition guards,
caching — lives once, in front of this interface (translate.py, summarize.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.errors import SettingsError


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
        """Generate one output per text. Never truncates: raises ValueError if an input is too long.
        Texts share padded batches, so an output can differ in its last bits with its batch-mates."""
        ...

    def generate_each(
        self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]
    ) -> list[Generated]:
        """As `generate`, but every text is decoded on its own (never padded to another): an
        output depends on its text alone, whatever else is asked in the same call. As many run at
        once as the engine has workers."""
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


def as_token_set(value: Any) -> set[int]:
    if value is None:
        return set()
    if isinstance(value, (list, tuple, set)):
        return {int(v) for v in value}
    return {int(value)}


def describe_output(
    ids: Sequence[int], generation_config: Any, decode: Any, *, forced_eos: int | None = None, steps: int = 0
) -> Generated:
    """One generated row (decoder start token already removed) as a `Generated`: text up to the
    first end token, its token count without special tokens, and whether the model ended it.
    `forced_eos`: the end token transformers forces at the last position when `steps` ran out."""
    config = generation_config
    eos = as_token_set(config.eos_token_id)
    specials = (
        eos
        | as_token_set(config.pad_token_id)
        | as_token_set(config.decoder_start_token_id)
        | as_token_set(config.bos_token_id)
    )
    finished = False
    tokens: list[int] = []
    for token in ids:
        if token in eos:
            finished = True
            break
        tokens.append(token)
    if not finished and forced_eos is not None and len(ids) >= max(steps, 0):
        finished = forced_eos in eos
    text = decode(tokens, skip_special_tokens=True, clean_up_tokenization_spaces=False).strip()
    count = sum(1 for t in tokens if t not in specials)
    return Generated(text=text, tokens=count, finished=finished)


def input_limit(*limits: Any, default: int = 512) -> int:
    """The usable input length: the smallest plausible of the given limits (position embeddings,
    the tokenizer's model_max_length — which is 1e30 when unset)."""
    usable = [int(x) for x in limits if isinstance(x, int) and 0 < x < 1_000_000]
    return min(usable) if usable else default


def check_device_name(device: str) -> None:
    if device not in ("auto", "cpu", "cuda"):
        raise SettingsError(f"unknown device {device!r} — use auto, cpu or cuda")

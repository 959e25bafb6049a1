"""The torch backend: `generate()` on a transformers model (tokenizer + model from engines.hub)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.engines.base import Generated, count_with, describe_output, refuse_overlong
from pipeline.engines.hub import LoadedModel


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

    def generate_each(
        self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]
    ) -> list[Generated]:
        """One `generate()` per text (torch parallelises within a call, over its intra-op threads)."""
        return [g for text in texts for g in self.generate([text], max_new_tokens=max_new_tokens, options=options)]

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
        return [
            describe_output(row[1:], self.generation_config, self.tokenizer.decode) for row in output.tolist()
        ]  # row[0]: decoder start

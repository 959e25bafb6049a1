"""The `Seq2SeqEngine` protocol on a CTranslate2 `Translator` (the `ct2` backend).

A converted model directory (written by `pipeline.engines.convert.convert_model`) holds the CTranslate2
model (`model.bin`, `config.json`, `shared_vocabulary.json`), the original Hugging Face tokenizer
in `tokenizer/`, the original model's `generation_config.json` and `dutch_brief_convert.json`
(what was converted, from which revision, with which quantization).

The engine behaves like `TorchEngine` on the same model:

* the same tokenizer, special tokens included (Marian appends `</s>`, BART wraps in `<s>…</s>`);
  inputs longer than `max_input_tokens` are refused with ValueError, never truncated;
* the defaults come from the original generation config (beams, length penalty, no-repeat n-gram
  size, repetition penalty, min length, forced BOS/EOS), so "the model's generation config unless
  set" holds for both backends; `options` override them with transformers' names;
* `forced_bos_token_id` (BART) becomes a one-token target prefix, and `forced_eos_token_id` is
  reproduced: transformers forces the end token at the last allowed position, so the engine
  decodes one token less and ends the output there, exactly as `generate()` does;
* `Generated(text, tokens, finished)` is computed from the same token ids by the same rules.

Greedy float32 output equals torch's token for token; beam search can differ in rare ties and in
how finished hypotheses are ranked (CTranslate2 stops when `num_beams` hypotheses have finished,
like `early_stopping=True`). int8 is an approximation of the float model.

`ctranslate2` and `transformers` are imported inside the functions, never at module import time.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.engines.base import (
    Generated,
    count_with,
    describe_output,
    refuse_overlong,
)

# transformers option names the engine maps onto CTranslate2's decoding options.
_MAPPED = {
    "num_beams",
    "length_penalty",
    "no_repeat_ngram_size",
    "repetition_penalty",
    "min_new_tokens",
    "min_length",
    "forced_bos_token_id",
    "forced_eos_token_id",
    "bad_words_ids",
}
# Options that change nothing here: max_length (max_new_tokens takes precedence, as in
# transformers), early_stopping (CTranslate2's beam search always stops when num_beams hypotheses
# have finished), renormalize_logits (CTranslate2 normalises over the vocabulary it decodes with).
_IGNORED = {"max_length", "early_stopping", "renormalize_logits", "use_cache"}


class CT2Engine:
    """`translate_batch()` on a CTranslate2 translator; see the module docstring.

    Thread settings: `inter_threads` batches run in parallel, each on `intra_threads` OpenMP
    threads. With `inter_threads > 1`, `generate()` splits a batch into that many length-sorted
    sub-batches so the workers have something to do in parallel.
    """

    def __init__(
        self,
        translator: Any,
        tokenizer: Any,
        generation_config: Any,
        *,
        max_input_tokens: int,
        max_output_tokens: int,
        info: Mapping[str, Any] | None = None,
        model_dir: Path | None = None,
        inter_threads: int = 1,
        intra_threads: int = 0,
        compute_type: str = "default",
    ) -> None:
        self.translator = translator
        self.tokenizer = tokenizer
        self.generation_config = generation_config
        self.max_input_tokens = int(max_input_tokens)
        self.max_output_tokens = int(max_output_tokens)
        self.info = dict(info or {})
        self.model_dir = model_dir
        self.inter_threads = max(1, int(inter_threads))
        self.intra_threads = int(intra_threads)
        self.compute_type = compute_type
        self._target_vocab = _vocabulary(model_dir, "target") if model_dir is not None else None
        # What the engine spent inside CTranslate2 (the rest of a brief is pipeline overhead).
        self.model_seconds = 0.0
        self.model_calls = 0
        self._lock = threading.Lock()

    # -- the protocol --------------------------------------------------------------------
    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in count_with(self.tokenizer, texts)]

    def generate(self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]) -> list[Generated]:
        """The texts in padded batches, split into one length-sorted sub-batch per worker."""
        per_worker = -(-len(texts) // self.inter_threads) if self.inter_threads > 1 and len(texts) > 1 else None
        return self._run(texts, max_new_tokens=max_new_tokens, options=options, max_batch_size=per_worker)

    def generate_each(
        self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any]
    ) -> list[Generated]:
        """Every text its own batch of one (no padding), `inter_threads` of them decoded at once."""
        return self._run(texts, max_new_tokens=max_new_tokens, options=options, max_batch_size=1)

    def _run(
        self, texts: Sequence[str], *, max_new_tokens: int, options: Mapping[str, Any], max_batch_size: int | None
    ) -> list[Generated]:
        if not texts:
            return []
        encoded = count_with(self.tokenizer, texts)
        refuse_overlong(max(len(ids) for ids in encoded), self.max_input_tokens)
        source = [self.tokenizer.convert_ids_to_tokens(ids) for ids in encoded]
        settings = self.decoding_options(max_new_tokens=max_new_tokens, options=options)
        forced_eos = settings.pop("_forced_eos")
        prefix = settings.pop("_prefix")
        steps = settings["max_decoding_length"]
        if steps <= 0:  # only the forced end token fits
            return [self._describe([], forced_eos=forced_eos, steps=steps) for _ in texts]
        if max_batch_size is not None:
            settings["max_batch_size"] = max_batch_size
        started = time.perf_counter()
        results = self.translator.translate_batch(
            source,
            target_prefix=[list(prefix) for _ in source] if prefix else None,
            return_end_token=True,
            max_input_length=0,  # never truncate: the length was checked above
            **settings,
        )
        elapsed = time.perf_counter() - started
        with self._lock:
            self.model_seconds += elapsed
            self.model_calls += 1
        return [self._describe(r.hypotheses[0], forced_eos=forced_eos, steps=steps) for r in results]

    # -- mapping -------------------------------------------------------------------------
    def decoding_options(self, *, max_new_tokens: int, options: Mapping[str, Any]) -> dict[str, Any]:
        """CTranslate2 `translate_batch` keyword arguments for transformers-style `options`
        (plus two private entries, `_prefix` and `_forced_eos`). Raises ValueError for an option
        this backend cannot honour."""
        unknown = sorted(k for k in options if k not in _MAPPED | _IGNORED | {"do_sample", "num_return_sequences"})
        if unknown:
            raise ValueError(f"generation option {unknown[0]!r} is not supported by the ct2 backend")
        if options.get("do_sample"):
            raise ValueError(
                "generation option 'do_sample' is not supported by the ct2 backend (it decodes deterministically)"
            )
        if options.get("num_return_sequences", 1) not in (1, None):
            raise ValueError("generation option 'num_return_sequences' is not supported by the ct2 backend")
        config = self.generation_config

        def pick(name: str, default: Any) -> Any:
            if name in options and (options[name] is not None or name.startswith("forced_")):
                return options[name]  # an explicit forced_*_token_id=None switches forcing off, as in transformers
            value = getattr(config, name, None)
            return default if value is None else value

        beams = int(pick("num_beams", 1))
        min_new = int(pick("min_new_tokens", 0) or 0)
        min_length = int(pick("min_length", 0) or 0)  # transformers counts the decoder start token
        forced_bos = pick("forced_bos_token_id", None)
        forced_eos = pick("forced_eos_token_id", None)
        prefix = [self.tokenizer.convert_ids_to_tokens(int(forced_bos))] if forced_bos is not None else []
        limit = min(int(max_new_tokens), self.max_output_tokens)
        steps = limit - 1 if forced_eos is not None else limit  # the last position is the forced end token
        settings: dict[str, Any] = {
            "beam_size": max(1, beams),
            "length_penalty": float(pick("length_penalty", 1.0)),
            "no_repeat_ngram_size": int(pick("no_repeat_ngram_size", 0) or 0),
            "repetition_penalty": float(pick("repetition_penalty", 1.0)),
            "max_decoding_length": steps,
            "min_decoding_length": max(0, min(max(min_new, min_length - 1), steps)),
            "_prefix": prefix,
            "_forced_eos": None if forced_eos is None else int(forced_eos),
        }
        suppress = self._suppressed(pick("bad_words_ids", None))
        if suppress:
            settings["suppress_sequences"] = suppress
        return settings

    def _suppressed(self, bad_words_ids: Any) -> list[list[str]]:
        """bad_words_ids as token sequences; sequences the converted vocabulary cannot produce at
        all (Marian's <pad>, which the converter removes) are dropped."""
        if not bad_words_ids:
            return []
        sequences = []
        for ids in bad_words_ids:
            tokens = self.tokenizer.convert_ids_to_tokens([int(i) for i in ids])
            if self._target_vocab is not None and any(t not in self._target_vocab for t in tokens):
                continue
            sequences.append(tokens)
        return sequences

    def _describe(self, hypothesis: list[str], *, forced_eos: int | None, steps: int) -> Generated:
        ids = [int(i) for i in self.tokenizer.convert_tokens_to_ids(list(hypothesis))]
        return describe_output(ids, self.generation_config, self.tokenizer.decode, forced_eos=forced_eos, steps=steps)


def _vocabulary(model_dir: Path, side: str) -> set[str] | None:
    for name in ("shared_vocabulary.json", f"{side}_vocabulary.json"):
        path = model_dir / name
        if path.is_file():
            try:
                return set(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                return None
    return None

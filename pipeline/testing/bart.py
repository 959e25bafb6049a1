"""A BART (distilbart-cnn-12-6 layout) stand-in: byte-level BPE tokenizer, random weights."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from transformers import BartConfig, BartForConditionalGeneration, GenerationConfig

from pipeline.testing.common import (
    BART_GENERATION_KEYS,
    BART_MASK,
    BART_SPECIAL_IDS,
    BART_SPECIALS,
    TINY_DIMS,
    cached_build,
    clean_config,
    init_model,
    load_published_config,
    training_lines,
    write_json,
)

# --------------------------------------------------------------------------------------
# BART
# --------------------------------------------------------------------------------------

BART_FILES = ("vocab.json", "merges.txt", "tokenizer_config.json", "config.json", "model.safetensors")


def iter_lines(lines: list[str]) -> Iterator[str]:
    yield from lines


def write_bart_tokenizer(out_dir: Path, corpus: list[str], *, vocab_size: int, model_max_length: int) -> dict[str, int]:
    """Train a byte-level BPE (GPT-2/RoBERTa style) and save it the way the real repo has it."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=list(BART_SPECIALS),  # ids 0..3 as in the real BART vocab
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(iter_lines(training_lines(corpus)), trainer=trainer)
    tmp = out_dir / "_bpe"
    tmp.mkdir()
    tok.model.save(str(tmp))
    vocab: dict[str, int] = json.loads((tmp / "vocab.json").read_text(encoding="utf-8"))
    for i, special in enumerate(BART_SPECIALS):
        if vocab.get(special) != i:  # pragma: no cover - tokenizers contract
            raise AssertionError(f"{special} has id {vocab.get(special)}, expected {i}")
    vocab[BART_MASK] = len(vocab)  # like the real vocab: <mask> is the last id
    vocab = dict(sorted(vocab.items(), key=lambda kv: kv[1]))
    write_json(out_dir / "vocab.json", vocab)
    shutil.move(str(tmp / "merges.txt"), out_dir / "merges.txt")
    shutil.rmtree(tmp)
    # The published tokenizer_config.json of distilbart-cnn-12-6 is exactly this one key.
    write_json(out_dir / "tokenizer_config.json", {"model_max_length": model_max_length})
    return vocab


def published_bart_config() -> tuple[dict[str, Any], dict[str, Any]]:
    """distilbart-cnn-12-6's config.json, and the generation keys it holds set aside (BartConfig pops
    them in transformers 5)."""
    published = clean_config(load_published_config("distilbart-cnn-12-6.config.json"))
    return published, {k: published.pop(k) for k in BART_GENERATION_KEYS if k in published}


def bart_model(config: dict[str, Any], generation: dict[str, Any], seed: int) -> BartForConditionalGeneration:
    """A BART of ``config`` (with the published special ids) with random weights and ``generation``."""
    model = init_model(BartForConditionalGeneration, BartConfig.from_dict({**config, **BART_SPECIAL_IDS}), seed)
    model.generation_config = GenerationConfig(**BART_SPECIAL_IDS, **generation)
    return model


def build_tiny_bart(
    out_dir: Path,
    corpus: list[str],
    *,
    max_positions: int = 1024,
    seed: int = 0,
    bpe_vocab_size: int = 1000,
    model_max_length: int | None = None,
    num_beams: int = 4,
    length_penalty: float = 2.0,
    max_length: int = 142,
    min_length: int = 56,
    no_repeat_ngram_size: int = 3,
    early_stopping: bool = True,
    generation_config_file: bool = False,
) -> Path:
    """Build a tiny, randomly initialised BartForConditionalGeneration + BPE tokenizer.

    The tokenizer is a byte-level BPE trained with ``tokenizers`` on ``corpus`` plus
    :data:`ENGLISH_SENTENCES`, saved like the real distilbart repo: ``vocab.json``
    (``<s>`` 0, ``<pad>`` 1, ``</s>`` 2, ``<unk>`` 3, ..., ``<mask>`` last), ``merges.txt``
    and ``tokenizer_config.json`` = ``{"model_max_length": ...}``. ``AutoTokenizer`` loads it
    as ``RobertaTokenizer`` (= ``BartTokenizer`` in transformers 5, tokenizers-backed).

    The model keeps the published distilbart-cnn-12-6 flags and ids (gelu,
    ``normalize_embedding``, bos 0 / pad 1 / eos 2 / decoder_start 2 / forced_bos 0 /
    forced_eos 2) with ``d_model`` 32, 2+2 layers and ``max_position_embeddings`` =
    ``max_positions`` (published: 1024). Generation defaults mirror the published ones
    (num_beams 4, length_penalty 2.0, max_length 142, min_length 56,
    no_repeat_ngram_size 3, early_stopping) and each can be overridden, e.g.
    ``min_length=0, max_length=20`` for quick tests. Like the real repo they are stored in
    ``config.json`` and no ``generation_config.json`` is written, unless
    ``generation_config_file=True``.

    Args:
        out_dir: Target directory; it is (re)created unless it holds a cached build.
        corpus: Texts to train the BPE on (English is added inside).
        max_positions: ``max_position_embeddings`` (published: 1024).
        seed: Seed for the random weights.
        bpe_vocab_size: Requested BPE vocab size (includes 256 byte symbols).
        model_max_length: Tokenizer ``model_max_length``; defaults to ``max_positions``
            (published: both 1024).
        num_beams: Generation default (published: 4).
        length_penalty: Generation default (published: 2.0).
        max_length: Generation default (published: 142).
        min_length: Generation default (published: 56).
        no_repeat_ngram_size: Generation default (published: 3).
        early_stopping: Generation default (published: true).
        generation_config_file: Write the generation defaults to ``generation_config.json``
            (modern layout) instead of ``config.json`` (published layout).

    Returns:
        ``out_dir`` as a :class:`~pathlib.Path`.
    """
    gen = {
        "num_beams": num_beams,
        "length_penalty": length_penalty,
        "max_length": max_length,
        "min_length": min_length,
        "no_repeat_ngram_size": no_repeat_ngram_size,
        "early_stopping": early_stopping,
    }
    params = {
        "max_positions": max_positions,
        "seed": seed,
        "bpe_vocab_size": bpe_vocab_size,
        "model_max_length": model_max_length,
        "generation_config_file": generation_config_file,
        **gen,
    }

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_bart_tokenizer(
            out_dir,
            corpus,
            vocab_size=bpe_vocab_size,
            model_max_length=model_max_length if model_max_length is not None else max_positions,
        )
        config, published_gen = published_bart_config()
        config.update(TINY_DIMS, vocab_size=len(vocab), max_position_embeddings=max_positions)
        generation = {**published_gen, **gen, "forced_bos_token_id": vocab["<s>"]}
        model = bart_model(config, generation, seed)
        model.save_pretrained(out_dir)
        if not generation_config_file:
            # Published layout: generation defaults in config.json, no generation_config.json.
            cfg_path = out_dir / "config.json"
            cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
            cfg.update(generation)
            write_json(cfg_path, dict(sorted(cfg.items())))
            (out_dir / "generation_config.json").unlink(missing_ok=True)
        return {"vocab_size": len(vocab), "pad_token_id": model.config.pad_token_id}

    required = BART_FILES + (("generation_config.json",) if generation_config_file else ())
    return cached_build(out_dir, "tiny_bart", corpus, params, required, build)

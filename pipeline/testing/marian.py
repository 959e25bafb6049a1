"""MarianMT stand-ins: tiny and full-size with random weights (the one rigged to repeat: pipeline.testing.rigged_marian)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sentencepiece as spm
from transformers import GenerationConfig, MarianConfig, MarianMTModel

from pipeline.testing.common import (
    TINY_DIMS,
    cached_build,
    clean_config,
    init_model,
    load_published_config,
    marian_vocab,
    train_sentencepiece,
    training_lines,
    write_json,
)

# --------------------------------------------------------------------------------------
# Marian
# --------------------------------------------------------------------------------------

MARIAN_FILES = (
    "source.spm",
    "target.spm",
    "vocab.json",
    "tokenizer_config.json",
    "config.json",
    "generation_config.json",
    "model.safetensors",
)


def write_marian_tokenizer(
    out_dir: Path, corpus: list[str], *, spm_vocab_size: int, model_max_length: int, target_size: int | None
) -> dict[str, int]:
    model_proto = train_sentencepiece(training_lines(corpus), spm_vocab_size)
    # One shared SentencePiece model for both sides, as in opus-mt-nl-en (shared vocab.json).
    (out_dir / "source.spm").write_bytes(model_proto)
    (out_dir / "target.spm").write_bytes(model_proto)
    sp = spm.SentencePieceProcessor(model_proto=model_proto)
    vocab = marian_vocab(sp, target_size)
    write_json(out_dir / "vocab.json", vocab)
    # The published file is {"target_lang": "en", "source_lang": "nl"}; model_max_length 512
    # is MarianTokenizer's default. We write it explicitly so shrunken builds stay consistent.
    write_json(
        out_dir / "tokenizer_config.json",
        {"source_lang": "nl", "target_lang": "en", "model_max_length": model_max_length},
    )
    return vocab


def marian_special_ids(pad: int) -> dict[str, int]:
    """opus-mt's special-token ids, the same in config.json and generation_config.json."""
    return {
        "pad_token_id": pad,
        "decoder_start_token_id": pad,  # Marian starts decoding from <pad>
        "eos_token_id": 0,
        "bos_token_id": 0,
        "forced_eos_token_id": 0,
    }


def marian_model(
    vocab_size: int,
    seed: int,
    *,
    tiny: bool,
    max_positions: int | None,
    num_beams: int | None,
    max_length: int | None,
    no_repeat_ngram_size: int | None = None,
) -> MarianMTModel:
    """The published opus-mt-nl-en model (``tiny``: with :data:`TINY_DIMS`) with random weights and
    the published generation config; ``None`` keeps a published value."""
    d = clean_config(load_published_config("opus-mt-nl-en.config.json"))
    pad = vocab_size - 1
    d.update(vocab_size=vocab_size, decoder_vocab_size=vocab_size, **marian_special_ids(pad))
    if tiny:
        d.update(TINY_DIMS)
    if max_positions is not None:
        d["max_position_embeddings"] = max_positions
    # Generation keys in config.json are legacy; transformers 5 pops them. They go into
    # generation_config.json instead (which the real repo also has).
    for key in ("bad_words_ids", "max_length", "num_beams"):
        d.pop(key, None)
    model = init_model(MarianMTModel, MarianConfig.from_dict(d), seed)
    g = clean_config(load_published_config("opus-mt-nl-en.generation_config.json"))
    g.update(bad_words_ids=[[pad]], **marian_special_ids(pad))
    chosen = {"num_beams": num_beams, "max_length": max_length, "no_repeat_ngram_size": no_repeat_ngram_size}
    g.update({key: value for key, value in chosen.items() if value is not None})
    model.generation_config = GenerationConfig.from_dict(g)
    return model


def build_tiny_marian(
    out_dir: Path,
    corpus: list[str],
    *,
    max_positions: int = 512,
    seed: int = 0,
    spm_vocab_size: int = 800,
    model_max_length: int | None = None,
    num_beams: int = 4,
    max_length: int = 512,
) -> Path:
    """Build a tiny, randomly initialised MarianMT model + MarianTokenizer into ``out_dir``.

    The tokenizer is a real SentencePiece model trained on ``corpus`` (plus
    :data:`ENGLISH_SENTENCES`), used as both ``source.spm`` and ``target.spm``, with a
    Marian-style ``vocab.json`` (``</s>`` = 0, ``<unk>`` = 1, ``<pad>`` = last id). The model
    keeps every flag of the published opus-mt-nl-en config (swish, scaled + sinusoidal
    embeddings, shared embeddings, ``decoder_start_token_id`` = pad id, ...) but has
    ``d_model`` 32 and 2+2 layers. The generation config mirrors the published one
    (``bad_words_ids`` = [[pad]], ``max_length`` 512, ``renormalize_logits``) except
    ``num_beams`` (published: 6; default here 4 to keep CPU tests quick).

    Args:
        out_dir: Target directory; it is (re)created. Any previous content is removed
            unless it is a cached build of the very same inputs.
        corpus: Texts to train the SentencePiece model on (e.g. the seed articles).
        max_positions: ``max_position_embeddings`` of the model (published: 512).
        seed: Seed for the random weights.
        spm_vocab_size: Requested SentencePiece vocab size (includes 256 byte pieces; may
            come out smaller on a tiny corpus).
        model_max_length: Tokenizer ``model_max_length``; defaults to ``max_positions``
            (published: both 512).
        num_beams: ``num_beams`` in generation_config.json.
        max_length: ``max_length`` in generation_config.json (published: 512).

    Returns:
        ``out_dir`` as a :class:`~pathlib.Path`.
    """
    params = {
        "max_positions": max_positions,
        "seed": seed,
        "spm_vocab_size": spm_vocab_size,
        "model_max_length": model_max_length,
        "num_beams": num_beams,
        "max_length": max_length,
    }

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_marian_tokenizer(
            out_dir,
            corpus,
            spm_vocab_size=spm_vocab_size,
            model_max_length=model_max_length if model_max_length is not None else max_positions,
            target_size=None,
        )
        model = marian_model(
            len(vocab), seed, tiny=True, max_positions=max_positions, num_beams=num_beams, max_length=max_length
        )
        model.save_pretrained(out_dir)
        return {"vocab_size": len(vocab), "pad_token_id": model.config.pad_token_id}

    return cached_build(out_dir, "tiny_marian", corpus, params, MARIAN_FILES, build)


def build_fullsize_marian_random(
    out_dir: Path,
    corpus: list[str],
    *,
    seed: int = 0,
    spm_vocab_size: int = 800,
) -> Path:
    """Build the full-size published opus-mt-nl-en architecture with random weights.

    The model config is ``tests/data/configs/opus-mt-nl-en.config.json`` unchanged
    (67028 vocab, d_model 512, 6+6 layers, 8 heads, ffn 2048, 512 positions) and the
    generation config is the published ``generation_config.json`` (num_beams 6,
    max_length 512, ``bad_words_ids`` [[67027]], renormalize_logits). The tokenizer is a
    small SentencePiece model trained on ``corpus`` whose ``vocab.json`` is padded with
    ``<unused_N>`` filler entries to exactly ``config.vocab_size`` entries, so ``<pad>`` is
    67027 -- vocab.json, the pad id and the embedding matrix agree exactly, as converters
    such as CTranslate2's require. About 77 M parameters (~300 MB safetensors).

    Args:
        out_dir: Target directory; it is (re)created unless it holds a cached build.
        corpus: Texts to train the SentencePiece model on.
        seed: Seed for the random weights.
        spm_vocab_size: Requested SentencePiece vocab size.

    Returns:
        ``out_dir`` as a :class:`~pathlib.Path`.
    """
    published = load_published_config("opus-mt-nl-en.config.json")
    vocab_size = int(published["vocab_size"])
    params = {"seed": seed, "spm_vocab_size": spm_vocab_size, "vocab_size": vocab_size}

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_marian_tokenizer(
            out_dir,
            corpus,
            spm_vocab_size=spm_vocab_size,
            model_max_length=int(published["max_position_embeddings"]),
            target_size=vocab_size,
        )
        model = marian_model(len(vocab), seed, tiny=False, max_positions=None, num_beams=None, max_length=None)
        if model.config.pad_token_id != published["pad_token_id"]:  # pragma: no cover - guards the JSON
            raise AssertionError(f"pad id {model.config.pad_token_id} != published {published['pad_token_id']}")
        model.save_pretrained(out_dir)
        return {"vocab_size": len(vocab), "pad_token_id": model.config.pad_token_id}

    return cached_build(out_dir, "fullsize_marian_random", corpus, params, MARIAN_FILES, build)

"""Full-size stand-ins of the two hub models for the benchmarks: the published architectures
(opus-mt-nl-en: 67,028 vocab, 512 wide, 6+6 layers; distilbart-cnn-12-6: 50,264 vocab, 1024
wide, 12+6 layers) with random weights and their published generation configs.

Their tokenizers are small SentencePiece / byte-level BPE models trained on the corpus, padded
with never-produced filler entries to the published vocabulary sizes; the filler ids get a
-10,000 logit bias so that the random models emit real pieces (the output projection still spans
the whole vocabulary, so the compute is that of the real models). Built offline, cached in
`out_dir` by a fingerprint of the inputs, like the tiny builders.
"""

from __future__ import annotations

import time
from pathlib import Path

import torch
from transformers import BartConfig, BartForConditionalGeneration, GenerationConfig, MarianMTModel

from pipeline.testing.bart import BART_FILES, write_bart_tokenizer
from pipeline.testing.common import (
    BART_GENERATION_KEYS,
    BART_MASK,
    clean_config,
    fingerprint,
    finish,
    init_model,
    is_built,
    load_published_config,
    prepare_dir,
    write_json,
)
from pipeline.testing.marian import MARIAN_FILES, marian_config, marian_generation_config, write_marian_tokenizer

FILLER_BIAS = -10_000.0
BUILD_VERSION = 1


def build_fullsize_marian(out_dir: Path, corpus: list[str], *, seed: int = 0) -> Path:
    """opus-mt-nl-en as published (generation config with num_beams 6), random weights, filler
    pieces biased away."""
    published = load_published_config("opus-mt-nl-en.config.json")
    vocab_size = int(published["vocab_size"])
    params = {"seed": seed, "vocab_size": vocab_size, "filler_bias": FILLER_BIAS, "bench": BUILD_VERSION}
    fp = fingerprint("bench_marian", corpus, params)
    if is_built(out_dir, fp, MARIAN_FILES):
        return out_dir
    started = time.perf_counter()
    out_dir = prepare_dir(out_dir)
    vocab = write_marian_tokenizer(out_dir, corpus, spm_vocab_size=800, model_max_length=512, target_size=vocab_size)
    config = marian_config(len(vocab), tiny=False, max_positions=None)
    model = init_model(MarianMTModel, config, seed)
    fillers = [i for piece, i in vocab.items() if piece.startswith("<unused_")]
    with torch.no_grad():
        model.final_logits_bias[0, fillers] = FILLER_BIAS
    model.generation_config = marian_generation_config(config.pad_token_id, num_beams=None, max_length=None)
    model.save_pretrained(out_dir)
    return finish(out_dir, "bench_marian", fp, started, {"real_pieces": len(vocab) - len(fillers), **params})


def build_fullsize_bart(out_dir: Path, corpus: list[str], *, seed: int = 0) -> Path:
    """distilbart-cnn-12-6 as published (num_beams 4, length_penalty 2, min/max length 56/142,
    no_repeat_ngram_size 3), random weights; the BPE padded with filler entries to the published
    vocabulary size (<mask> last, as in the real vocab.json)."""
    published = clean_config(load_published_config("distilbart-cnn-12-6.config.json"))
    vocab_size = int(published["vocab_size"]) if "vocab_size" in published else 50264
    params = {"seed": seed, "vocab_size": vocab_size, "filler_bias": FILLER_BIAS, "bench": BUILD_VERSION}
    fp = fingerprint("bench_bart", corpus, params)
    if is_built(out_dir, fp, BART_FILES + ("generation_config.json",)):
        return out_dir
    started = time.perf_counter()
    out_dir = prepare_dir(out_dir)
    vocab = write_bart_tokenizer(out_dir, corpus, vocab_size=1000, model_max_length=1024)
    vocab.pop(BART_MASK)
    real = len(vocab)
    while len(vocab) < vocab_size:
        vocab[f"<unused_{len(vocab)}>"] = len(vocab)
    vocab[BART_MASK] = len(vocab)
    write_json(out_dir / "vocab.json", vocab)
    generation = {k: published.pop(k) for k in BART_GENERATION_KEYS if k in published}
    specials = {"bos_token_id": 0, "pad_token_id": 1, "eos_token_id": 2, "decoder_start_token_id": 2}
    published.update(vocab_size=vocab_size, forced_eos_token_id=2, **specials)
    model = init_model(BartForConditionalGeneration, BartConfig.from_dict(published), seed)
    with torch.no_grad():
        model.final_logits_bias[0, real:] = FILLER_BIAS
    model.generation_config = GenerationConfig(forced_eos_token_id=2, **specials, **generation)
    model.save_pretrained(out_dir)
    return finish(out_dir, "bench_bart", fp, started, {"real_pieces": real, **params})

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

from pathlib import Path
from typing import Any

import torch

from pipeline.testing.bart import BART_FILES, bart_model, published_bart_config, write_bart_tokenizer
from pipeline.testing.common import (
    BART_MASK,
    FILLER_PREFIX,
    add_fillers,
    cached_build,
    load_published_config,
    write_json,
)
from pipeline.testing.marian import MARIAN_FILES, marian_model, write_marian_tokenizer

FILLER_BIAS = -10_000.0
BUILD_VERSION = 1


def build_fullsize_marian(out_dir: Path, corpus: list[str], *, seed: int = 0) -> Path:
    """opus-mt-nl-en as published (generation config with num_beams 6), random weights, filler
    pieces biased away."""
    vocab_size = int(load_published_config("opus-mt-nl-en.config.json")["vocab_size"])
    params = {"seed": seed, "vocab_size": vocab_size, "filler_bias": FILLER_BIAS, "bench": BUILD_VERSION}

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_marian_tokenizer(
            out_dir, corpus, spm_vocab_size=800, model_max_length=512, target_size=vocab_size
        )
        model = marian_model(len(vocab), seed, tiny=False, max_positions=None, num_beams=None, max_length=None)
        fillers = [i for piece, i in vocab.items() if piece.startswith(FILLER_PREFIX)]
        with torch.no_grad():
            model.final_logits_bias[0, fillers] = FILLER_BIAS
        model.save_pretrained(out_dir)
        return {"real_pieces": len(vocab) - len(fillers)}

    return cached_build(out_dir, "bench_marian", corpus, params, MARIAN_FILES, build)


def build_fullsize_bart(out_dir: Path, corpus: list[str], *, seed: int = 0) -> Path:
    """distilbart-cnn-12-6 as published (num_beams 4, length_penalty 2, min/max length 56/142,
    no_repeat_ngram_size 3), random weights; the BPE padded with filler entries to the published
    vocabulary size (<mask> last, as in the real vocab.json)."""
    published, generation = published_bart_config()
    vocab_size = int(published["vocab_size"]) if "vocab_size" in published else 50264
    params = {"seed": seed, "vocab_size": vocab_size, "filler_bias": FILLER_BIAS, "bench": BUILD_VERSION}

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_bart_tokenizer(out_dir, corpus, vocab_size=1000, model_max_length=1024)
        vocab.pop(BART_MASK)
        real = len(vocab)
        add_fillers(vocab, vocab_size)
        vocab[BART_MASK] = len(vocab)
        write_json(out_dir / "vocab.json", vocab)
        model = bart_model({**published, "vocab_size": vocab_size}, generation, seed)
        with torch.no_grad():
            model.final_logits_bias[0, real:] = FILLER_BIAS
        model.save_pretrained(out_dir)
        return {"real_pieces": real}

    return cached_build(out_dir, "bench_bart", corpus, params, BART_FILES + ("generation_config.json",), build)

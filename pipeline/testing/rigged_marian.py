"""A tiny MarianMT rigged to repeat one ordinary word piece (split from pipeline.testing.marian): the stand-in for a
degenerate translation and its retry, and — with no_repeat_ngram_size=1 — a terse model (see
build_rigged_repeating_marian)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from pipeline.testing.common import MARIAN_EOS, MARIAN_PAD, MARIAN_UNK, cached_build
from pipeline.testing.marian import MARIAN_FILES, marian_model, write_marian_tokenizer


def pick_repeat_piece(vocab: dict[str, int]) -> str:
    """A common, ordinary word piece (not special, not a byte piece)."""
    for piece in ("▁de", "▁het", "▁the", "▁een", "▁en"):
        if piece in vocab:
            return piece
    for piece in vocab:
        if piece.startswith("▁") and len(piece) > 2 and piece[1:].isalpha():
            return piece
    raise ValueError("no ordinary word piece found in the vocab")


def build_rigged_repeating_marian(
    out_dir: Path,
    corpus: list[str],
    token_piece: str | None = None,
    *,
    seed: int = 0,
    max_positions: int = 512,
    repeat_bias: float = 30.0,
    eos_bias: float = 15.0,
    num_beams: int = 4,
    max_length: int = 512,
    no_repeat_ngram_size: int | None = None,
) -> Path:
    """Build a tiny Marian whose decoder always prefers one ordinary token.

    Same as :func:`build_tiny_marian`, then ``final_logits_bias`` (a saved buffer of
    ``MarianMTModel``, added to the LM-head logits) is set to ``repeat_bias`` for the
    chosen piece and ``eos_bias`` for ``</s>`` (id 0), 0 elsewhere. The random logits of the
    tiny model are < 1 in magnitude, so:

    * default generation (greedy or beam) emits the piece at every step until
      ``max_length`` (the last position is the forced ``</s>``): a degenerate repeat;
    * once the piece is banned -- e.g. by ``no_repeat_ngram_size=3`` (or 2) on a retry --
      ``</s>`` is the best remaining token, so the output is the piece 3 (or 2) times
      followed by ``</s>`` (checked for every seed sentence, greedy and beam).
      ``repetition_penalty`` is not a reliable fix: with the default beam search even 3.0
      keeps the run; greedy only stops at 3.0 because 30 / 3 < 15 (an artefact of the
      chosen biases).
    * with ``no_repeat_ngram_size=1`` in its generation config the model is *terse*: every
      sentence becomes the piece once, then ``</s>`` -- a short, finished, non-degenerate
      output that the sentence cache keeps (a random tiny model's runaway outputs are not kept).

    The chosen piece and its id are recorded in ``tiny_model_info.json``
    (``repeat_piece``, ``repeat_token_id``); see :func:`read_build_info`.

    Args:
        out_dir: Target directory; it is (re)created unless it holds a cached build.
        corpus: Texts to train the SentencePiece model on.
        token_piece: SentencePiece piece to repeat (e.g. ``"▁de"``); by default a common
            ordinary word piece is picked.
        seed: Seed for the random weights.
        max_positions: ``max_position_embeddings`` (published: 512).
        repeat_bias: Logit bias for the repeated piece.
        eos_bias: Logit bias for ``</s>``; must be below ``repeat_bias`` and well above 0.
        num_beams: ``num_beams`` in generation_config.json.
        max_length: ``max_length`` in generation_config.json.

    Returns:
        ``out_dir`` as a :class:`~pathlib.Path`.
    """
    if not 0 < eos_bias < repeat_bias:
        raise ValueError("need 0 < eos_bias < repeat_bias")
    params = {
        "token_piece": token_piece,
        "seed": seed,
        "max_positions": max_positions,
        "repeat_bias": repeat_bias,
        "eos_bias": eos_bias,
        "num_beams": num_beams,
        "max_length": max_length,
        "no_repeat_ngram_size": no_repeat_ngram_size,
    }

    def build(out_dir: Path) -> dict[str, Any]:
        vocab = write_marian_tokenizer(
            out_dir, corpus, spm_vocab_size=800, model_max_length=max_positions, target_size=None
        )
        piece = token_piece if token_piece is not None else pick_repeat_piece(vocab)
        if piece not in vocab or piece in (MARIAN_EOS, MARIAN_UNK, MARIAN_PAD):
            raise ValueError(f"{piece!r} is not an ordinary piece of the trained vocab")
        token_id = vocab[piece]
        model = marian_model(
            len(vocab),
            seed,
            tiny=True,
            max_positions=max_positions,
            num_beams=num_beams,
            max_length=max_length,
            no_repeat_ngram_size=no_repeat_ngram_size,
        )
        with torch.no_grad():
            bias = torch.zeros_like(model.final_logits_bias)
            bias[0, token_id] = repeat_bias
            bias[0, model.config.eos_token_id] = eos_bias
            model.final_logits_bias.copy_(bias)
        model.save_pretrained(out_dir)
        return {
            "vocab_size": len(vocab),
            "pad_token_id": model.config.pad_token_id,
            "repeat_piece": piece,
            "repeat_token_id": token_id,
        }

    return cached_build(out_dir, "rigged_repeating_marian", corpus, params, MARIAN_FILES, build)

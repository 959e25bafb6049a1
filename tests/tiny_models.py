"""Offline builders for small stand-ins of the two hub models dutch-brief uses.

No model hub is reachable from CI or the dev machines, so the tests cannot download
``Helsinki-NLP/opus-mt-nl-en`` (MarianMT) or ``sshleifer/distilbart-cnn-12-6`` (BART).
The functions here build models *of the same classes, with the same file layout* into a
directory, so that::

    AutoTokenizer.from_pretrained(path, local_files_only=True)
    AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True)

go through exactly the code path a real hub snapshot goes through:

* Marian: ``source.spm`` / ``target.spm`` (SentencePiece), ``vocab.json`` (piece -> id,
  ``</s>`` = 0, ``<unk>`` = 1, ``<pad>`` = last id), ``tokenizer_config.json``,
  ``config.json`` + ``generation_config.json`` + ``model.safetensors``.
  ``AutoTokenizer`` returns :class:`transformers.MarianTokenizer` (sentencepiece based).
* BART: byte-level BPE ``vocab.json`` + ``merges.txt`` and a ``tokenizer_config.json`` that
  only holds ``model_max_length`` -- the same files the real distilbart repo has (no
  ``tokenizer.json``). In transformers 5 ``AutoTokenizer`` returns
  :class:`transformers.RobertaTokenizer` (``BartTokenizer``/``BartTokenizerFast`` are aliases
  of it), a ``tokenizers``-backed class. Like the real repo, the generation defaults live in
  ``config.json`` (legacy location) and there is *no* ``generation_config.json`` by default;
  transformers then derives the generation config from ``config.json``.

The architecture flags and special-token ids are taken from the researched published
configs in ``tests/data/configs`` (see ``scripts/research_notes.md``); only the sizes
(vocab, width, depth) are shrunk. Weights are random.

All builders are pure functions of their arguments: same corpus + same arguments give
byte-identical tokenizer files and identical weights. They are meant to be called from
session-scoped pytest fixtures. As a convenience, each build writes a small
``tiny_model_info.json`` with a fingerprint of its inputs; calling a builder again with the
same inputs on the same directory returns immediately instead of rebuilding.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sentencepiece as spm
import torch
from transformers import (
    BartConfig,
    BartForConditionalGeneration,
    GenerationConfig,
    MarianConfig,
    MarianMTModel,
)

__all__ = [
    "BUILDER_VERSION",
    "CONFIG_DIR",
    "ENGLISH_SENTENCES",
    "INFO_FILE",
    "build_fullsize_marian_random",
    "build_rigged_repeating_marian",
    "build_tiny_bart",
    "build_tiny_marian",
    "load_published_config",
    "read_build_info",
]

#: Bump when the build recipe changes, so cached directories are rebuilt.
BUILDER_VERSION = 1

#: Researched copies of the published configs (see scripts/research_notes.md).
CONFIG_DIR = Path(__file__).resolve().parent / "data" / "configs"

#: Written into every built directory: what was built, from which inputs, how long it took.
INFO_FILE = "tiny_model_info.json"

#: A few plain English news-style sentences. They are added to every tokenizer corpus so
#: that English text (the Marian target side, the summarizer's input) tokenizes into
#: sensible sub-words rather than single bytes.
ENGLISH_SENTENCES: tuple[str, ...] = (
    "The minister said on Tuesday that the situation had deteriorated in recent days.",
    "Most of the embassy staff will leave the country, according to the government.",
    "The police arrested two men after a fire broke out in the city centre.",
    "Prices of gas and electricity rose sharply again this winter.",
    "The football club announced that its coach will leave at the end of the season.",
    "Scientists warn that the sea level is rising faster than expected.",
    "The cabinet wants to invest more money in schools, hospitals and public transport.",
    "Thousands of people demonstrated in Amsterdam against the new measures.",
    "A spokesperson for the company declined to comment on the report.",
    "The weather will remain cold and wet, with rain and wind in the north.",
    "According to the Dutch statistics office, unemployment fell to a record low.",
    "He was sentenced to six years in prison for fraud and money laundering.",
)

# Marian special tokens, as in every Helsinki-NLP opus-mt vocab.json.
_MARIAN_EOS, _MARIAN_UNK, _MARIAN_PAD = "</s>", "<unk>", "<pad>"
# BART / RoBERTa special tokens and their ids in the real vocab (<mask> is the last id).
_BART_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")
_BART_MASK = "<mask>"

# Tiny architecture used by the tiny builders (the published flags are kept, only sizes shrink).
_TINY_DIMS: dict[str, int] = {
    "d_model": 32,
    "encoder_layers": 2,
    "decoder_layers": 2,
    "num_hidden_layers": 2,  # attribute_map alias of encoder_layers: must agree or it wins
    "encoder_attention_heads": 4,
    "decoder_attention_heads": 4,
    "encoder_ffn_dim": 64,
    "decoder_ffn_dim": 64,
}

# Keys that only describe where a published file came from; never copied into built configs.
_PROVENANCE_KEYS = ("_name_or_path", "transformers_version", "torch_dtype", "dtype", "_from_model_config")

# Generation parameters of distilbart-cnn-12-6 that live in its config.json (it has no
# generation_config.json); transformers 5 pops these from the model config on load and
# derives the generation config from config.json instead.
_BART_GENERATION_KEYS = (
    "early_stopping",
    "forced_bos_token_id",
    "length_penalty",
    "max_length",
    "min_length",
    "no_repeat_ngram_size",
    "num_beams",
)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def load_published_config(name: str) -> dict[str, Any]:
    """Return one of the researched published config files from ``tests/data/configs``.

    Args:
        name: File name without directory, e.g. ``"opus-mt-nl-en.config.json"``.

    Returns:
        The parsed JSON object (a fresh dict on every call).
    """
    return json.loads((CONFIG_DIR / name).read_text(encoding="utf-8"))


def read_build_info(model_dir: Path) -> dict[str, Any]:
    """Return the ``tiny_model_info.json`` a builder wrote into ``model_dir``."""
    return json.loads((Path(model_dir) / INFO_FILE).read_text(encoding="utf-8"))


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _fingerprint(kind: str, corpus: list[str], params: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(f"{kind}|{BUILDER_VERSION}|".encode())
    h.update(json.dumps(params, sort_keys=True, default=str).encode())
    for text in corpus:
        h.update(b"\x00")
        h.update(text.encode("utf-8"))
    return h.hexdigest()


def _cached(out_dir: Path, fingerprint: str, required: Iterable[str]) -> bool:
    """True if ``out_dir`` already holds a complete build with this fingerprint."""
    info = out_dir / INFO_FILE
    if not info.is_file():
        return False
    try:
        if json.loads(info.read_text(encoding="utf-8")).get("fingerprint") != fingerprint:
            return False
    except (OSError, json.JSONDecodeError):
        return False
    return all((out_dir / name).is_file() for name in required)


def _prepare_dir(out_dir: Path) -> Path:
    """Create an empty ``out_dir``.

    An existing directory is only wiped if it is empty or holds an earlier build of these
    builders (it has an ``INFO_FILE``); anything else is refused, so passing e.g. a test's
    ``tmp_path`` with other files in it cannot delete them.
    """
    out_dir = Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise NotADirectoryError(out_dir)
        if any(out_dir.iterdir()):
            if not (out_dir / INFO_FILE).is_file():
                raise FileExistsError(f"{out_dir} is not empty and is not a tiny-model build; refusing to overwrite it")
            shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def _training_lines(corpus: list[str], *, max_chars: int = 2000) -> list[str]:
    """Split the corpus into non-empty lines (long lines cut at sentence ends)."""
    lines: list[str] = []
    for text in list(corpus) + list(ENGLISH_SENTENCES):
        for line in text.splitlines():
            line = line.strip()
            while len(line) > max_chars:
                cut = line.rfind(". ", 0, max_chars)
                cut = max_chars if cut <= 0 else cut + 1
                lines.append(line[:cut].strip())
                line = line[cut:].strip()
            if line:
                lines.append(line)
    if not lines:
        raise ValueError("corpus is empty: need some text to train a tokenizer on")
    return lines


def _train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
    """Train a deterministic unigram SentencePiece model; returns the serialized model.

    ``byte_fallback`` + full character coverage: characters never seen in training
    (other scripts, emoji) become ``<0x..>`` byte pieces instead of ``<unk>``, so any text
    round-trips. Piece ids: ``<unk>`` = 0, ``</s>`` = 1, no ``<s>``/``<pad>`` pieces (the
    Marian vocab.json adds ``<pad>`` itself).
    """
    buf = bytearray()

    class _Writer:
        def write(self, data: bytes) -> None:
            buf.extend(data)

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=_Writer(),
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # small corpora: allow fewer pieces instead of failing
        character_coverage=1.0,
        byte_fallback=True,
        split_digits=True,
        unk_id=0,
        eos_id=1,
        bos_id=-1,
        pad_id=-1,
        max_sentence_length=1 << 16,
        num_threads=1,  # deterministic
        shuffle_input_sentence=False,
        minloglevel=2,
    )
    return bytes(buf)


def _marian_vocab(sp: spm.SentencePieceProcessor, target_size: int | None = None) -> dict[str, int]:
    """Build a Marian ``vocab.json`` mapping from a SentencePiece model.

    Layout as in the real opus-mt repos: ``</s>`` = 0, ``<unk>`` = 1, then the pieces,
    ``<pad>`` = last id. With ``target_size`` the vocab is padded with unused filler
    entries so that it has exactly ``target_size`` entries (``<pad>`` = target_size - 1).
    """
    vocab: dict[str, int] = {_MARIAN_EOS: 0, _MARIAN_UNK: 1}
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if piece not in vocab and piece != _MARIAN_PAD:
            vocab[piece] = len(vocab)
    if target_size is not None:
        if target_size < len(vocab) + 1:
            raise ValueError(f"target vocab size {target_size} < {len(vocab) + 1} needed pieces")
        while len(vocab) < target_size - 1:
            vocab[f"<unused_{len(vocab)}>"] = len(vocab)
    vocab[_MARIAN_PAD] = len(vocab)
    return vocab


def _clean_config(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _PROVENANCE_KEYS}


def _init_model(model_cls: type, config: Any, seed: int) -> Any:
    """Instantiate ``model_cls(config)`` with seeded random weights, leaving global RNG alone."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = model_cls(config)
    return model.eval()


def _finish(out_dir: Path, kind: str, fingerprint: str, started: float, extra: dict[str, Any]) -> Path:
    info = {
        "kind": kind,
        "builder_version": BUILDER_VERSION,
        "fingerprint": fingerprint,
        "build_seconds": round(time.perf_counter() - started, 3),
        **extra,
    }
    _write_json(out_dir / INFO_FILE, info)
    return out_dir


# --------------------------------------------------------------------------------------
# Marian
# --------------------------------------------------------------------------------------

_MARIAN_FILES = (
    "source.spm",
    "target.spm",
    "vocab.json",
    "tokenizer_config.json",
    "config.json",
    "generation_config.json",
    "model.safetensors",
)


def _write_marian_tokenizer(
    out_dir: Path, corpus: list[str], *, spm_vocab_size: int, model_max_length: int, target_size: int | None
) -> dict[str, int]:
    model_proto = _train_sentencepiece(_training_lines(corpus), spm_vocab_size)
    # One shared SentencePiece model for both sides, as in opus-mt-nl-en (shared vocab.json).
    (out_dir / "source.spm").write_bytes(model_proto)
    (out_dir / "target.spm").write_bytes(model_proto)
    sp = spm.SentencePieceProcessor(model_proto=model_proto)
    vocab = _marian_vocab(sp, target_size)
    _write_json(out_dir / "vocab.json", vocab)
    # The published file is {"target_lang": "en", "source_lang": "nl"}; model_max_length 512
    # is MarianTokenizer's default. We write it explicitly so shrunken builds stay consistent.
    _write_json(
        out_dir / "tokenizer_config.json",
        {"source_lang": "nl", "target_lang": "en", "model_max_length": model_max_length},
    )
    return vocab


def _marian_config(vocab_size: int, *, tiny: bool, max_positions: int | None) -> MarianConfig:
    d = _clean_config(load_published_config("opus-mt-nl-en.config.json"))
    pad = vocab_size - 1
    d.update(
        vocab_size=vocab_size,
        decoder_vocab_size=vocab_size,
        pad_token_id=pad,
        decoder_start_token_id=pad,  # Marian starts decoding from <pad>
        eos_token_id=0,
        bos_token_id=0,
        forced_eos_token_id=0,
    )
    if tiny:
        d.update(_TINY_DIMS)
    if max_positions is not None:
        d["max_position_embeddings"] = max_positions
    # Generation keys in config.json are legacy; transformers 5 pops them. They go into
    # generation_config.json instead (which the real repo also has).
    for key in ("bad_words_ids", "max_length", "num_beams"):
        d.pop(key, None)
    return MarianConfig.from_dict(d)


def _marian_generation_config(pad: int, *, num_beams: int | None, max_length: int | None) -> GenerationConfig:
    g = _clean_config(load_published_config("opus-mt-nl-en.generation_config.json"))
    g.update(
        bad_words_ids=[[pad]],
        bos_token_id=0,
        decoder_start_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        pad_token_id=pad,
    )
    if num_beams is not None:
        g["num_beams"] = num_beams
    if max_length is not None:
        g["max_length"] = max_length
    return GenerationConfig.from_dict(g)


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
    out_dir = Path(out_dir)
    params = {
        "max_positions": max_positions,
        "seed": seed,
        "spm_vocab_size": spm_vocab_size,
        "model_max_length": model_max_length,
        "num_beams": num_beams,
        "max_length": max_length,
    }
    fp = _fingerprint("tiny_marian", corpus, params)
    if _cached(out_dir, fp, _MARIAN_FILES):
        return out_dir
    started = time.perf_counter()
    out_dir = _prepare_dir(out_dir)
    vocab = _write_marian_tokenizer(
        out_dir,
        corpus,
        spm_vocab_size=spm_vocab_size,
        model_max_length=model_max_length if model_max_length is not None else max_positions,
        target_size=None,
    )
    config = _marian_config(len(vocab), tiny=True, max_positions=max_positions)
    model = _init_model(MarianMTModel, config, seed)
    model.generation_config = _marian_generation_config(config.pad_token_id, num_beams=num_beams, max_length=max_length)
    model.save_pretrained(out_dir)
    return _finish(
        out_dir,
        "tiny_marian",
        fp,
        started,
        {"vocab_size": len(vocab), "pad_token_id": config.pad_token_id, **params},
    )


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
    out_dir = Path(out_dir)
    published = load_published_config("opus-mt-nl-en.config.json")
    vocab_size = int(published["vocab_size"])
    params = {"seed": seed, "spm_vocab_size": spm_vocab_size, "vocab_size": vocab_size}
    fp = _fingerprint("fullsize_marian_random", corpus, params)
    if _cached(out_dir, fp, _MARIAN_FILES):
        return out_dir
    started = time.perf_counter()
    out_dir = _prepare_dir(out_dir)
    vocab = _write_marian_tokenizer(
        out_dir,
        corpus,
        spm_vocab_size=spm_vocab_size,
        model_max_length=int(published["max_position_embeddings"]),
        target_size=vocab_size,
    )
    config = _marian_config(len(vocab), tiny=False, max_positions=None)
    if config.pad_token_id != published["pad_token_id"]:  # pragma: no cover - guards the JSON
        raise AssertionError(f"pad id {config.pad_token_id} != published {published['pad_token_id']}")
    model = _init_model(MarianMTModel, config, seed)
    model.generation_config = _marian_generation_config(config.pad_token_id, num_beams=None, max_length=None)
    model.save_pretrained(out_dir)
    return _finish(
        out_dir,
        "fullsize_marian_random",
        fp,
        started,
        {"vocab_size": len(vocab), "pad_token_id": config.pad_token_id, **params},
    )


def _pick_repeat_piece(vocab: dict[str, int]) -> str:
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
    out_dir = Path(out_dir)
    params = {
        "token_piece": token_piece,
        "seed": seed,
        "max_positions": max_positions,
        "repeat_bias": repeat_bias,
        "eos_bias": eos_bias,
        "num_beams": num_beams,
        "max_length": max_length,
    }
    fp = _fingerprint("rigged_repeating_marian", corpus, params)
    if _cached(out_dir, fp, _MARIAN_FILES):
        return out_dir
    started = time.perf_counter()
    out_dir = _prepare_dir(out_dir)
    vocab = _write_marian_tokenizer(
        out_dir, corpus, spm_vocab_size=800, model_max_length=max_positions, target_size=None
    )
    piece = token_piece if token_piece is not None else _pick_repeat_piece(vocab)
    if piece not in vocab or piece in (_MARIAN_EOS, _MARIAN_UNK, _MARIAN_PAD):
        raise ValueError(f"{piece!r} is not an ordinary piece of the trained vocab")
    token_id = vocab[piece]
    config = _marian_config(len(vocab), tiny=True, max_positions=max_positions)
    model = _init_model(MarianMTModel, config, seed)
    with torch.no_grad():
        bias = torch.zeros_like(model.final_logits_bias)
        bias[0, token_id] = repeat_bias
        bias[0, config.eos_token_id] = eos_bias
        model.final_logits_bias.copy_(bias)
    model.generation_config = _marian_generation_config(config.pad_token_id, num_beams=num_beams, max_length=max_length)
    model.save_pretrained(out_dir)
    return _finish(
        out_dir,
        "rigged_repeating_marian",
        fp,
        started,
        {
            "vocab_size": len(vocab),
            "pad_token_id": config.pad_token_id,
            "repeat_piece": piece,
            "repeat_token_id": token_id,
            **params,
        },
    )


# --------------------------------------------------------------------------------------
# BART
# --------------------------------------------------------------------------------------

_BART_FILES = ("vocab.json", "merges.txt", "tokenizer_config.json", "config.json", "model.safetensors")


def _iter_lines(lines: list[str]) -> Iterator[str]:
    yield from lines


def _write_bart_tokenizer(out_dir: Path, corpus: list[str], *, vocab_size: int, model_max_length: int) -> dict[str, int]:
    """Train a byte-level BPE (GPT-2/RoBERTa style) and save it the way the real repo has it."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=list(_BART_SPECIALS),  # ids 0..3 as in the real BART vocab
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_iter_lines(_training_lines(corpus)), trainer=trainer)
    tmp = out_dir / "_bpe"
    tmp.mkdir()
    tok.model.save(str(tmp))
    vocab: dict[str, int] = json.loads((tmp / "vocab.json").read_text(encoding="utf-8"))
    for i, special in enumerate(_BART_SPECIALS):
        if vocab.get(special) != i:  # pragma: no cover - tokenizers contract
            raise AssertionError(f"{special} has id {vocab.get(special)}, expected {i}")
    vocab[_BART_MASK] = len(vocab)  # like the real vocab: <mask> is the last id
    vocab = dict(sorted(vocab.items(), key=lambda kv: kv[1]))
    _write_json(out_dir / "vocab.json", vocab)
    shutil.move(str(tmp / "merges.txt"), out_dir / "merges.txt")
    shutil.rmtree(tmp)
    # The published tokenizer_config.json of distilbart-cnn-12-6 is exactly this one key.
    _write_json(out_dir / "tokenizer_config.json", {"model_max_length": model_max_length})
    return vocab


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
    out_dir = Path(out_dir)
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
    fp = _fingerprint("tiny_bart", corpus, params)
    required = _BART_FILES + (("generation_config.json",) if generation_config_file else ())
    if _cached(out_dir, fp, required):
        return out_dir
    started = time.perf_counter()
    out_dir = _prepare_dir(out_dir)
    vocab = _write_bart_tokenizer(
        out_dir,
        corpus,
        vocab_size=bpe_vocab_size,
        model_max_length=model_max_length if model_max_length is not None else max_positions,
    )

    published = _clean_config(load_published_config("distilbart-cnn-12-6.config.json"))
    # Generation keys are popped by BartConfig in transformers 5; keep them aside.
    published_gen = {k: published.pop(k) for k in _BART_GENERATION_KEYS if k in published}
    d = dict(published)
    d.update(_TINY_DIMS)
    d.update(
        vocab_size=len(vocab),
        max_position_embeddings=max_positions,
        bos_token_id=vocab["<s>"],
        pad_token_id=vocab["<pad>"],
        eos_token_id=vocab["</s>"],
        decoder_start_token_id=vocab["</s>"],
        forced_eos_token_id=vocab["</s>"],
    )
    config = BartConfig.from_dict(d)
    model = _init_model(BartForConditionalGeneration, config, seed)
    generation = {**published_gen, **gen, "forced_bos_token_id": vocab["<s>"]}
    model.generation_config = GenerationConfig(
        bos_token_id=config.bos_token_id,
        pad_token_id=config.pad_token_id,
        eos_token_id=config.eos_token_id,
        decoder_start_token_id=config.decoder_start_token_id,
        forced_eos_token_id=config.forced_eos_token_id,
        **generation,
    )
    model.save_pretrained(out_dir)
    if not generation_config_file:
        # Published layout: generation defaults in config.json, no generation_config.json.
        cfg_path = out_dir / "config.json"
        cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
        cfg.update(generation)
        _write_json(cfg_path, dict(sorted(cfg.items())))
        (out_dir / "generation_config.json").unlink(missing_ok=True)
    return _finish(
        out_dir,
        "tiny_bart",
        fp,
        started,
        {"vocab_size": len(vocab), "pad_token_id": config.pad_token_id, **params},
    )


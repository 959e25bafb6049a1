"""What the tiny-model builders share: published configs, fingerprints, tokenizer training."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sentencepiece as spm
import torch

#: Bump when the build recipe changes, so cached directories are rebuilt.
BUILDER_VERSION = 1

#: Researched copies of the published configs (see scripts/research_notes.md).
CONFIG_DIR = Path(__file__).resolve().parent / "configs"

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
MARIAN_EOS, MARIAN_UNK, MARIAN_PAD = "</s>", "<unk>", "<pad>"
# BART / RoBERTa special tokens and their ids in the real vocab (<mask> is the last id).
BART_SPECIALS = ("<s>", "<pad>", "</s>", "<unk>")
BART_MASK = "<mask>"
#: The special-token ids of distilbart-cnn-12-6 (config.json and generation config alike), ids of BART_SPECIALS.
BART_SPECIAL_IDS: dict[str, int] = {
    "bos_token_id": 0,
    "pad_token_id": 1,
    "eos_token_id": 2,
    "decoder_start_token_id": 2,
    "forced_eos_token_id": 2,
}
#: Never-produced entries that pad a small trained vocab to a published size: <unused_ID>.
FILLER_PREFIX = "<unused_"

# Tiny architecture used by the tiny builders (the published flags are kept, only sizes shrink).
TINY_DIMS: dict[str, int] = {
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
PROVENANCE_KEYS = ("_name_or_path", "transformers_version", "torch_dtype", "dtype", "_from_model_config")

# Generation parameters of distilbart-cnn-12-6 that live in its config.json (it has no
# generation_config.json); transformers 5 pops these from the model config on load and
# derives the generation config from config.json instead.
BART_GENERATION_KEYS = (
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


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fingerprint(kind: str, corpus: list[str], params: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(f"{kind}|{BUILDER_VERSION}|".encode())
    h.update(json.dumps(params, sort_keys=True, default=str).encode())
    for text in corpus:
        h.update(b"\x00")
        h.update(text.encode("utf-8"))
    return h.hexdigest()


def cached_build(
    out_dir: Path,
    kind: str,
    corpus: list[str],
    params: dict[str, Any],
    required: Iterable[str],
    build: Callable[[Path], dict[str, Any]],
) -> Path:
    """Build into ``out_dir`` unless it holds a complete build of these very inputs.

    ``build`` fills the emptied directory and returns what the build found out (vocab size, ids),
    recorded with ``params`` in :data:`INFO_FILE` (a key of ``params`` wins).
    """
    out_dir = Path(out_dir)
    fp = fingerprint(kind, corpus, params)
    if is_built(out_dir, fp, required):
        return out_dir
    started = time.perf_counter()
    out_dir = prepare_dir(out_dir)
    return finish(out_dir, kind, fp, started, {**build(out_dir), **params})


def is_built(out_dir: Path, fingerprint: str, required: Iterable[str]) -> bool:
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


def prepare_dir(out_dir: Path) -> Path:
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


def training_lines(corpus: list[str], *, max_chars: int = 2000) -> list[str]:
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


def train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
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


def marian_vocab(sp: spm.SentencePieceProcessor, target_size: int | None = None) -> dict[str, int]:
    """Build a Marian ``vocab.json`` mapping from a SentencePiece model.

    Layout as in the real opus-mt repos: ``</s>`` = 0, ``<unk>`` = 1, then the pieces,
    ``<pad>`` = last id. With ``target_size`` the vocab is padded with unused filler
    entries so that it has exactly ``target_size`` entries (``<pad>`` = target_size - 1).
    """
    vocab: dict[str, int] = {MARIAN_EOS: 0, MARIAN_UNK: 1}
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if piece not in vocab and piece != MARIAN_PAD:
            vocab[piece] = len(vocab)
    if target_size is not None:
        if target_size < len(vocab) + 1:
            raise ValueError(f"target vocab size {target_size} < {len(vocab) + 1} needed pieces")
        add_fillers(vocab, target_size - 1)
    vocab[MARIAN_PAD] = len(vocab)
    return vocab


def add_fillers(vocab: dict[str, int], size: int) -> None:
    """Pad ``vocab`` with filler entries (``<unused_ID>``) until it has ``size`` entries."""
    while len(vocab) < size:
        vocab[f"{FILLER_PREFIX}{len(vocab)}>"] = len(vocab)


def clean_config(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in PROVENANCE_KEYS}


def init_model(model_cls: type, config: Any, seed: int) -> Any:
    """Instantiate ``model_cls(config)`` with seeded random weights, leaving global RNG alone."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = model_cls(config)
    return model.eval()


def finish(out_dir: Path, kind: str, fingerprint: str, started: float, extra: dict[str, Any]) -> Path:
    info = {
        "kind": kind,
        "builder_version": BUILDER_VERSION,
        "fingerprint": fingerprint,
        "build_seconds": round(time.perf_counter() - started, 3),
        **extra,
    }
    write_json(out_dir / INFO_FILE, info)
    return out_dir

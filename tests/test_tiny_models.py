"""Checks for the offline tiny-model builders in tests/tiny_models.py.

Every model is loaded the way production code loads a hub snapshot
(``AutoTokenizer`` / ``AutoModelForSeq2SeqLM`` with ``local_files_only=True``).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

import pytest
import torch
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    BartForConditionalGeneration,
    BartTokenizer,
    MarianMTModel,
    MarianTokenizer,
)

try:  # works whether or not tests/ is a package
    from tests import tiny_models as tm
except ImportError:  # pragma: no cover - depends on how pytest sets sys.path
    import tiny_models as tm

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


# --------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    assert texts, f"no seed articles in {SEEDS_DIR}"
    return texts


@pytest.fixture(scope="session")
def seed_sentences(seed_texts: list[str]) -> list[str]:
    """Seed articles split into sentences (simple regex; good enough for tokenizer checks)."""
    sentences = [
        s
        for text in seed_texts
        for line in text.splitlines()
        for s in re.split(r"(?<=[.!?”])\s+", line.strip())
        if s
    ]
    assert len(sentences) > 50
    return sentences


@pytest.fixture(scope="session")
def tiny_marian_dir(tmp_path_factory: pytest.TempPathFactory, seed_texts: list[str]) -> Path:
    return tm.build_tiny_marian(tmp_path_factory.mktemp("models") / "tiny-marian", seed_texts)


@pytest.fixture(scope="session")
def tiny_bart_dir(tmp_path_factory: pytest.TempPathFactory, seed_texts: list[str]) -> Path:
    return tm.build_tiny_bart(tmp_path_factory.mktemp("models") / "tiny-bart", seed_texts)


@pytest.fixture(scope="session")
def rigged_dir(tmp_path_factory: pytest.TempPathFactory, seed_texts: list[str]) -> Path:
    return tm.build_rigged_repeating_marian(tmp_path_factory.mktemp("models") / "rigged-marian", seed_texts)


def _load(path: Path):
    tok = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True)
    return tok, model.eval()


def _generate(tok, model, text: str, **kwargs) -> list[int]:
    enc = tok(text, return_tensors="pt")
    with torch.inference_mode():
        out = model.generate(**enc, **kwargs)
    return out[0].tolist()


def _dir_digest(path: Path) -> dict[str, str]:
    return {
        f.name: hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(path.iterdir())
        if f.name != tm.INFO_FILE
    }


# --------------------------------------------------------------------------------------
# Published configs (research)
# --------------------------------------------------------------------------------------


def test_published_configs_are_self_consistent() -> None:
    marian = tm.load_published_config("opus-mt-nl-en.config.json")
    marian_gen = tm.load_published_config("opus-mt-nl-en.generation_config.json")
    pad = marian["vocab_size"] - 1
    assert (marian["vocab_size"], pad) == (67028, 67027)
    assert marian["pad_token_id"] == marian["decoder_start_token_id"] == pad
    assert marian["decoder_vocab_size"] == marian["vocab_size"]
    assert marian["bad_words_ids"] == marian_gen["bad_words_ids"] == [[pad]]
    assert (marian["eos_token_id"], marian["forced_eos_token_id"]) == (0, 0)
    assert marian["max_position_embeddings"] == marian_gen["max_length"] == 512
    assert marian_gen["num_beams"] == marian["num_beams"] == 6

    bart = tm.load_published_config("distilbart-cnn-12-6.config.json")
    bart_gen = tm.load_published_config("distilbart-cnn-12-6.generation_config.json")
    assert (bart["encoder_layers"], bart["decoder_layers"], bart["d_model"]) == (12, 6, 1024)
    assert bart["max_position_embeddings"] == 1024
    for key, value in bart_gen.items():
        if not key.startswith("_"):
            assert bart[key] == value, key  # generation config is derived from config.json


# --------------------------------------------------------------------------------------
# Tiny Marian
# --------------------------------------------------------------------------------------


def test_tiny_marian_loads_via_auto_classes_and_generates(tiny_marian_dir: Path, seed_sentences: list[str]) -> None:
    tok, model = _load(tiny_marian_dir)
    assert type(tok) is MarianTokenizer
    assert type(model) is MarianMTModel
    ids = _generate(tok, model, seed_sentences[0], max_new_tokens=8)
    assert ids[0] == model.config.decoder_start_token_id == tok.pad_token_id
    assert ids[-1] == tok.eos_token_id == 0
    assert 2 <= len(ids) <= 10
    # the published default (beam search, max_length 512) also runs; short input, few beams
    ids = _generate(tok, model, "Het regent.", max_new_tokens=4, num_beams=4)
    assert len(ids) <= 6


def test_tiny_marian_files_and_ids_match_the_real_layout(tiny_marian_dir: Path) -> None:
    names = {p.name for p in tiny_marian_dir.iterdir()}
    assert {"source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "config.json",
            "generation_config.json", "model.safetensors"} <= names
    vocab = json.loads((tiny_marian_dir / "vocab.json").read_text(encoding="utf-8"))
    assert vocab["</s>"] == 0 and vocab["<unk>"] == 1
    assert vocab["<pad>"] == len(vocab) - 1 == max(vocab.values())
    assert sorted(vocab.values()) == list(range(len(vocab)))

    tok, model = _load(tiny_marian_dir)
    cfg, gen = model.config, model.generation_config
    assert len(tok) == tok.vocab_size == len(vocab) == cfg.vocab_size == cfg.decoder_vocab_size
    assert model.get_input_embeddings().weight.shape[0] == cfg.vocab_size
    assert tok.pad_token_id == cfg.pad_token_id == cfg.decoder_start_token_id == len(vocab) - 1
    assert (tok.eos_token_id, tok.unk_token_id, cfg.eos_token_id, cfg.forced_eos_token_id) == (0, 1, 0, 0)
    assert tok.model_max_length == cfg.max_position_embeddings == 512
    assert gen.bad_words_ids == [[cfg.pad_token_id]]
    assert gen.decoder_start_token_id == gen.pad_token_id == cfg.pad_token_id
    assert (gen.max_length, gen.num_beams, gen.renormalize_logits) == (512, 4, True)
    # architecture flags kept from the published config
    published = tm.load_published_config("opus-mt-nl-en.config.json")
    for key in ("activation_function", "scale_embedding", "share_encoder_decoder_embeddings",
                "normalize_embedding", "static_position_embeddings", "add_final_layer_norm"):
        assert getattr(cfg, key) == published[key], key
    assert cfg.d_model < published["d_model"]


def test_tiny_marian_round_trips_seed_sentences(tiny_marian_dir: Path, seed_sentences: list[str]) -> None:
    tok = AutoTokenizer.from_pretrained(tiny_marian_dir, local_files_only=True)
    n = len(seed_sentences)
    exact = sum(tok.decode(tok(s).input_ids, skip_special_tokens=True) == s for s in seed_sentences)
    unknown = sum(tok(s).input_ids.count(tok.unk_token_id) for s in seed_sentences)
    assert exact == n, f"round-trip exact for {exact}/{n} seed sentences"
    assert unknown == 0, f"{unknown} <unk> ids in the seed sentences"
    # characters never seen in training fall back to byte pieces instead of <unk>
    unseen = "Zoë en Chloë eten crème brûlée in Ærø — ‘ja’, “nee” 漢字 😀"
    ids = tok(unseen).input_ids
    assert tok.unk_token_id not in ids
    assert tok.decode(ids, skip_special_tokens=True) == unseen


def test_tiny_marian_is_deterministic_and_cached(tmp_path: Path, seed_texts: list[str], tiny_marian_dir: Path) -> None:
    started = time.perf_counter()
    other = tm.build_tiny_marian(tmp_path / "again", seed_texts)
    assert time.perf_counter() - started < 10
    assert _dir_digest(other) == _dir_digest(tiny_marian_dir)
    mtime = (other / "model.safetensors").stat().st_mtime_ns
    assert tm.build_tiny_marian(other, seed_texts) == other  # cached: nothing rewritten
    assert (other / "model.safetensors").stat().st_mtime_ns == mtime
    tm.build_tiny_marian(other, seed_texts, seed=1)  # different inputs: rebuilt
    assert _dir_digest(other)["model.safetensors"] != _dir_digest(tiny_marian_dir)["model.safetensors"]


def test_builder_refuses_to_wipe_a_foreign_directory(tmp_path: Path, seed_texts: list[str]) -> None:
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        tm.build_tiny_marian(tmp_path, seed_texts)
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_tiny_marian_max_positions_is_configurable(tmp_path: Path, seed_texts: list[str]) -> None:
    path = tm.build_tiny_marian(tmp_path / "m64", seed_texts, max_positions=64)
    tok, model = _load(path)
    assert model.config.max_position_embeddings == tok.model_max_length == 64


# --------------------------------------------------------------------------------------
# Tiny BART
# --------------------------------------------------------------------------------------


def test_tiny_bart_loads_via_auto_classes_and_generates(tiny_bart_dir: Path, seed_sentences: list[str]) -> None:
    tok, model = _load(tiny_bart_dir)
    # transformers 5: BartTokenizer is an alias of the tokenizers-backed RobertaTokenizer
    assert isinstance(tok, BartTokenizer) and type(tok).__name__ == "RobertaTokenizer"
    assert type(model) is BartForConditionalGeneration
    ids = _generate(tok, model, seed_sentences[1], min_length=0, max_length=12)
    assert ids[:2] == [model.config.decoder_start_token_id, tok.bos_token_id] == [2, 0]  # forced BOS
    assert ids[-1] == tok.eos_token_id == 2
    assert len(ids) <= 12


def test_tiny_bart_ids_and_generation_defaults_mirror_distilbart(tiny_bart_dir: Path) -> None:
    names = {p.name for p in tiny_bart_dir.iterdir()}
    # same files as the published repo: no tokenizer.json, no generation_config.json
    assert {"vocab.json", "merges.txt", "tokenizer_config.json", "config.json", "model.safetensors"} <= names
    assert "tokenizer.json" not in names and "generation_config.json" not in names
    assert json.loads((tiny_bart_dir / "tokenizer_config.json").read_text()) == {"model_max_length": 1024}

    tok, model = _load(tiny_bart_dir)
    vocab = json.loads((tiny_bart_dir / "vocab.json").read_text(encoding="utf-8"))
    assert [vocab[t] for t in ("<s>", "<pad>", "</s>", "<unk>")] == [0, 1, 2, 3]
    assert vocab["<mask>"] == len(vocab) - 1 == tok.mask_token_id
    cfg = model.config
    assert len(tok) == len(vocab) == cfg.vocab_size == model.get_input_embeddings().weight.shape[0]
    assert (tok.bos_token_id, tok.pad_token_id, tok.eos_token_id) == (cfg.bos_token_id, cfg.pad_token_id, cfg.eos_token_id)
    assert cfg.max_position_embeddings == tok.model_max_length == 1024
    published_gen = tm.load_published_config("distilbart-cnn-12-6.generation_config.json")
    gen = model.generation_config
    for key, value in published_gen.items():
        if not key.startswith("_"):
            assert getattr(gen, key) == value, key


def test_tiny_bart_generation_overrides_and_round_trip(tmp_path: Path, seed_texts: list[str], seed_sentences: list[str]) -> None:
    path = tm.build_tiny_bart(tmp_path / "b", seed_texts, max_positions=128, min_length=0, max_length=10,
                              generation_config_file=True)
    assert (path / "generation_config.json").is_file()
    tok, model = _load(path)
    assert (model.generation_config.min_length, model.generation_config.max_length) == (0, 10)
    assert model.generation_config.num_beams == 4 and model.generation_config.no_repeat_ngram_size == 3
    assert model.config.max_position_embeddings == tok.model_max_length == 128
    assert len(_generate(tok, model, "The minister said the situation had deteriorated.")) <= 10
    english = list(tm.ENGLISH_SENTENCES) + ["Unseen: naïve café, ‘quotes’, 漢字 😀 ½."]
    texts = english + seed_sentences
    exact = sum(tok.decode(tok(s).input_ids, skip_special_tokens=True) == s for s in texts)
    assert exact == len(texts), f"round-trip exact for {exact}/{len(texts)} texts"


# --------------------------------------------------------------------------------------
# Rigged repeating Marian
# --------------------------------------------------------------------------------------


def test_rigged_marian_repeats_until_max_length(rigged_dir: Path, seed_sentences: list[str]) -> None:
    info = tm.read_build_info(rigged_dir)
    tok, model = _load(rigged_dir)
    token = info["repeat_token_id"]
    assert tok.convert_ids_to_tokens(token) == info["repeat_piece"] == "▁de"
    for kwargs in ({}, {"num_beams": 1}):
        ids = _generate(tok, model, seed_sentences[2], max_new_tokens=25, **kwargs)
        assert ids[1:-1] == [token] * 24, kwargs  # start, 24 x token, forced </s> at the limit
        assert ids[-1] == tok.eos_token_id
    assert tok.decode(ids, skip_special_tokens=True) == " ".join(["de"] * 24)


@pytest.mark.parametrize("ngram", [3, 2])
def test_rigged_marian_retry_with_no_repeat_ngram_ends(rigged_dir: Path, seed_sentences: list[str], ngram: int) -> None:
    info = tm.read_build_info(rigged_dir)
    tok, model = _load(rigged_dir)
    expected = [tok.pad_token_id] + [info["repeat_token_id"]] * ngram + [tok.eos_token_id]
    for sentence in seed_sentences[:5]:
        for beams in (1, 4):
            ids = _generate(tok, model, sentence, no_repeat_ngram_size=ngram, num_beams=beams, max_new_tokens=30)
            assert ids == expected, (sentence, beams)


def test_rigged_marian_custom_piece(tmp_path: Path, seed_texts: list[str]) -> None:
    path = tm.build_rigged_repeating_marian(tmp_path / "r", seed_texts, token_piece="▁van")
    tok, model = _load(path)
    ids = _generate(tok, model, "Dit is een test.", max_new_tokens=5)
    assert tok.convert_ids_to_tokens(ids[1:-1]) == ["▁van"] * 4
    with pytest.raises(ValueError):
        tm.build_rigged_repeating_marian(tmp_path / "bad", seed_texts, token_piece="<pad>")


# --------------------------------------------------------------------------------------
# Full-size random Marian
# --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_fullsize_marian_random_matches_published_architecture(tmp_path_factory: pytest.TempPathFactory,
                                                              seed_texts: list[str], seed_sentences: list[str]) -> None:
    started = time.perf_counter()
    path = tm.build_fullsize_marian_random(tmp_path_factory.mktemp("models") / "fullsize-marian", seed_texts)
    built = time.perf_counter() - started
    published = tm.load_published_config("opus-mt-nl-en.config.json")
    published_gen = tm.load_published_config("opus-mt-nl-en.generation_config.json")

    vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
    assert len(vocab) == published["vocab_size"] == 67028
    assert vocab["<pad>"] == published["pad_token_id"] == 67027
    assert (vocab["</s>"], vocab["<unk>"]) == (0, 1)

    tok, model = _load(path)
    cfg = model.config
    generation_keys = {"bad_words_ids", "max_length", "num_beams"}  # live in generation_config
    for key, value in published.items():
        if key not in generation_keys and key not in ("id2label", "label2id", "_num_labels"):
            assert getattr(cfg, key) == value, key
    for key, value in published_gen.items():
        assert getattr(model.generation_config, key) == value, key
    assert len(tok) == cfg.vocab_size and tok.pad_token_id == cfg.pad_token_id == 67027
    n_params = sum(p.numel() for p in model.parameters())
    assert 78_000_000 < n_params < 80_000_000, n_params  # opus-mt-nl-en: ~79 M (316 MB fp32)

    ids = _generate(tok, model, seed_sentences[0], max_new_tokens=8)
    assert ids[0] == 67027 and ids[-1] == 0 and len(ids) <= 10
    assert isinstance(tok.decode(ids, skip_special_tokens=True), str)
    total = time.perf_counter() - started
    print(f"\nfull-size random Marian: build {built:.1f}s, build+load+translate {total:.1f}s")
    assert total < 60

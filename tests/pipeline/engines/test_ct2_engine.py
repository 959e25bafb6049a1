"""The ct2 backend on the tiny models: conversion, the engine protocol, equality with torch, errors."""

from __future__ import annotations

import builtins
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("ctranslate2", reason="the ct2 backend needs the ctranslate2 package")

from pipeline.document import ModelRef
from pipeline.engines import registry
from pipeline.engines.convert import QUANTIZATIONS, convert_model, converted_dir, find_converted
from pipeline.engines.ct2_engine import CT2Engine
from pipeline.engines.ct2_load import CONVERT_INFO, load_ct2
from pipeline.engines.torch_engine import TorchEngine
from pipeline.errors import ModelUnavailableError, SettingsError
from pipeline.model_options import SummaryOptions, TranslationOptions
from pipeline.summarize import Summarizer
from pipeline.text.read import read_article
from pipeline.text.segment import split_sentences
from pipeline.translate import Translator
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="session")
def ct2_store(model_store: Path) -> Path:
    return model_store / "converted"


@pytest.fixture(scope="session")
def ct2_marian_f32(tiny_marian: Path, ct2_store: Path) -> Path:
    return convert_model(
        str(tiny_marian), converted_dir(ct2_store, str(tiny_marian), "float32"), quantization="float32"
    )


@pytest.fixture(scope="session")
def ct2_marian_int8(tiny_marian: Path, ct2_store: Path) -> Path:
    return convert_model(str(tiny_marian), converted_dir(ct2_store, str(tiny_marian), "int8"))


@pytest.fixture(scope="session")
def ct2_bart_f32(tiny_bart: Path, ct2_store: Path) -> Path:
    return convert_model(str(tiny_bart), converted_dir(ct2_store, str(tiny_bart), "float32"), quantization="float32")


@pytest.fixture(scope="session")
def ct2_bart_int8(tiny_bart: Path, ct2_store: Path) -> Path:
    return convert_model(str(tiny_bart), converted_dir(ct2_store, str(tiny_bart), "int8"))


@pytest.fixture(scope="session")
def seed_sentences() -> list[str]:
    sentences = []
    for path in SEEDS:
        for block in read_article(path).blocks:
            sentences.extend(s for part in block.parts for s in split_sentences(part))
    return sentences


def torch_engine(path: Path, role: str = "translator") -> TorchEngine:
    return registry.torch_engine(ModelRef(str(path)), role=role, device="cpu")


def pick(sentences: list[str], count: int) -> list[str]:
    """`count` sentences spread over all the seeds, short and long."""
    step = max(1, len(sentences) // count)
    return sentences[::step][:count]


def torch_ids(engine: TorchEngine, texts: list[str], max_new_tokens: int, **options) -> list[list[int]]:
    """Raw generated ids per text (decoder start token dropped, padding after the end token dropped)."""
    import torch

    encoded = engine.tokenizer(texts, return_tensors="pt", padding=True)
    with torch.inference_mode():
        rows = engine.model.generate(**encoded, max_new_tokens=max_new_tokens, **options).tolist()
    eos = engine.generation_config.eos_token_id
    return [row[1 : row.index(eos, 1) + 1] if eos in row[1:] else row[1:] for row in rows]


def ct2_ids(engine: CT2Engine, texts: list[str], max_new_tokens: int, **options) -> list[list[int]]:
    """Raw ids out of CTranslate2 for the same request, with the forced end token transformers adds."""
    settings = engine.decoding_options(max_new_tokens=max_new_tokens, options=options)
    forced_eos, prefix = settings.pop("_forced_eos"), settings.pop("_prefix")
    source = [engine.tokenizer.convert_ids_to_tokens(ids) for ids in engine.tokenizer(texts)["input_ids"]]
    results = engine.translator.translate_batch(
        source,
        target_prefix=[prefix] * len(texts) if prefix else None,
        return_end_token=True,
        max_input_length=0,
        **settings,
    )
    rows = [engine.tokenizer.convert_tokens_to_ids(r.hypotheses[0]) for r in results]
    eos = engine.generation_config.eos_token_id
    return [row if eos in row or forced_eos is None else row + [forced_eos] for row in rows]


# -- conversion ---------------------------------------------------------------------------


@pytest.mark.parametrize("quantization", ["float32", "int8"])
def test_conversion_writes_a_complete_model(tiny_marian: Path, tmp_path: Path, quantization: str) -> None:
    target = converted_dir(tmp_path / "models", str(tiny_marian), quantization)
    assert target.parent == tmp_path / "models" / "ct2" and target.name.endswith(f"-{quantization}")
    assert convert_model(str(tiny_marian), target, quantization=quantization) == target
    for name in ("model.bin", "config.json", "shared_vocabulary.json", "generation_config.json", CONVERT_INFO):
        assert (target / name).is_file(), name
    assert (target / "tokenizer" / "source.spm").is_file() and (target / "tokenizer" / "vocab.json").is_file()
    info = json.loads((target / CONVERT_INFO).read_text())
    assert info["source"] == str(tiny_marian) and info["quantization"] == quantization
    assert info["fingerprint"].startswith("local-") and info["ctranslate2_version"]
    assert info["model_type"] == "marian" and info["max_position_embeddings"] == 512
    assert find_converted(tmp_path / "models", str(tiny_marian), quantization=quantization) == target
    # converting again replaces the directory in one rename and leaves no temporary directory behind
    convert_model(str(tiny_marian), target, quantization=quantization)
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    engine = load_ct2(target)
    # no early end: the bound is reached exactly; the config forces the end token into the last of the
    # 8 positions (forced_eos_token_id, as the published opus-mt config), so 7 text tokens, ended
    assert engine.generation_config.forced_eos_token_id is not None
    no_early_end = {"num_beams": 1, "min_new_tokens": 9}
    forced = engine.generate(["Het kabinet is gevallen."], max_new_tokens=8, options=no_early_end)
    assert forced[0].tokens == 7 and forced[0].finished


def test_hub_ids_get_a_readable_directory_name(tmp_path: Path) -> None:
    assert (
        converted_dir(tmp_path, "Helsinki-NLP/opus-mt-nl-en", "int8")
        == tmp_path / "ct2" / "Helsinki-NLP--opus-mt-nl-en-int8"
    )


def test_an_unknown_quantization_is_refused_naming_the_choices(tiny_marian: Path, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="unknown quantization 'int3' — use one of int8, ") as raised:
        convert_model(str(tiny_marian), tmp_path / "out", quantization="int3")
    assert all(q in str(raised.value) for q in QUANTIZATIONS) and not (tmp_path / "out").exists()


def test_a_changed_source_directory_makes_the_conversion_stale(tiny_marian: Path, tmp_path: Path) -> None:
    source = tmp_path / "marian-copy"
    shutil.copytree(tiny_marian, source)
    convert_model(str(source), converted_dir(tmp_path / "models", str(source), "int8"))
    assert find_converted(tmp_path / "models", str(source)) is not None
    config = source / "generation_config.json"
    config.write_text(config.read_text() + "\n")  # new size and mtime: a new fingerprint
    assert find_converted(tmp_path / "models", str(source)) is None
    assert find_converted(tmp_path / "models", str(source), quantization="float32") is None


def test_bart_conversion_keeps_the_generation_defaults(ct2_bart_int8: Path) -> None:
    engine = load_ct2(ct2_bart_int8, intra_threads=1)
    config = engine.generation_config
    # tiny_bart keeps them in config.json (as the real distilbart does); they travel with the conversion
    assert (config.num_beams, config.max_length, config.min_length, config.no_repeat_ngram_size) == (2, 24, 4, 3)
    assert config.forced_bos_token_id == 0 and engine.max_input_tokens == 1024


# -- the engine protocol ------------------------------------------------------------------


def test_float32_greedy_equals_torch_token_for_token(
    tiny_marian: Path, ct2_marian_f32: Path, seed_sentences: list[str]
) -> None:
    torch_side = torch_engine(tiny_marian)
    ct2_side = load_ct2(ct2_marian_f32, intra_threads=1)
    sentences = pick(seed_sentences, 8)
    for max_new_tokens in (6, 40, 120):
        for sentence in sentences:  # one at a time: no padding anywhere
            expected = torch_ids(torch_side, [sentence], max_new_tokens, num_beams=1)
            assert ct2_ids(ct2_side, [sentence], max_new_tokens, num_beams=1) == expected, sentence
            options = {"num_beams": 1}
            assert ct2_side.generate([sentence], max_new_tokens=max_new_tokens, options=options) == torch_side.generate(
                [sentence], max_new_tokens=max_new_tokens, options=options
            )
    # and as one padded batch, the way the translator sends them
    assert ct2_side.generate(sentences, max_new_tokens=40, options={"num_beams": 1}) == torch_side.generate(
        sentences, max_new_tokens=40, options={"num_beams": 1}
    )


def test_forced_lengths_and_min_new_tokens_match_torch(
    tiny_marian: Path, ct2_marian_f32: Path, seed_sentences: list[str]
) -> None:
    torch_side, ct2_side = torch_engine(tiny_marian), load_ct2(ct2_marian_f32, intra_threads=1)
    sentences = pick(seed_sentences, 4)
    for options in (
        {"num_beams": 1, "min_new_tokens": 12},
        {"num_beams": 1, "min_new_tokens": 12, "forced_eos_token_id": None},
    ):
        got = ct2_side.generate(sentences, max_new_tokens=12, options=options)
        assert got == torch_side.generate(sentences, max_new_tokens=12, options=options)
        # forced EOS on: 11 tokens and the forced end token; off: 12 tokens, not finished
        expected = (11, True) if "forced_eos_token_id" not in options else (12, False)
        assert {(g.tokens, g.finished) for g in got} == {expected}


def test_defaults_come_from_the_generation_config(ct2_marian_f32: Path) -> None:
    engine = load_ct2(ct2_marian_f32, intra_threads=1)
    assert engine.generation_config.num_beams == 2  # tiny_marian's generation_config.json
    assert engine.decoding_options(max_new_tokens=20, options={})["beam_size"] == 2
    assert engine.decoding_options(max_new_tokens=20, options={"num_beams": 1})["beam_size"] == 1
    mapped = engine.decoding_options(
        max_new_tokens=20,
        options={"no_repeat_ngram_size": 3, "length_penalty": 0.5, "repetition_penalty": 1.2, "min_new_tokens": 4},
    )
    assert (mapped["no_repeat_ngram_size"], mapped["length_penalty"], mapped["repetition_penalty"]) == (3, 0.5, 1.2)
    assert mapped["min_decoding_length"] == 4
    assert mapped["max_decoding_length"] == 19  # the 20th position is the forced end token
    assert "suppress_sequences" not in mapped  # bad_words_ids = [[<pad>]]: the converted vocabulary has no <pad>
    assert (engine.max_input_tokens, engine.max_output_tokens) == (512, 511)
    with pytest.raises(ValueError, match="not supported by the ct2 backend"):
        engine.generate(["Een zin."], max_new_tokens=5, options={"top_k": 5})


def test_ct2_engine_drives_the_translator_like_torch(
    tiny_marian: Path, ct2_marian_f32: Path, seed_sentences: list[str]
) -> None:
    sentences = pick(seed_sentences, 24) + ["127.000", "Een zin.", "Een zin."]
    options = TranslationOptions(num_beams=1, max_batch_sentences=8)
    expected = Translator(torch_engine(tiny_marian), options).translate_sentences(sentences)
    got = Translator(load_ct2(ct2_marian_f32, intra_threads=1), options).translate_sentences(sentences)
    assert got == expected
    assert [r.source for r in got] == sentences and all(r.text for r in got)


def test_two_inter_threads_split_batches_without_changing_the_output(
    ct2_marian_f32: Path, seed_sentences: list[str]
) -> None:
    sentences = pick(seed_sentences, 10)
    one = load_ct2(ct2_marian_f32, inter_threads=1, intra_threads=1)
    two = load_ct2(ct2_marian_f32, inter_threads=2, intra_threads=1)
    options = {"num_beams": 1}
    assert two.generate(sentences, max_new_tokens=30, options=options) == one.generate(
        sentences, max_new_tokens=30, options=options
    )
    assert two.model_calls == 1 and two.model_seconds > 0


def test_generate_each_never_pads_a_text_beside_another(
    ct2_bart_int8: Path, tiny_bart: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Summary chunks: each its own batch of one (an output cannot depend on its batch-mates), all
    in one call so that the workers decode them side by side; torch: one generate() per text."""
    engine = load_ct2(ct2_bart_int8, inter_threads=2, intra_threads=1)
    texts = ["Het kabinet is gevallen na een lange nacht.", "Kort.", "De politie zoekt getuigen van het ongeluk."]
    options = {"num_beams": 2}
    alone = [engine.generate_each([t], max_new_tokens=12, options=options)[0] for t in texts]
    calls_before = engine.model_calls
    assert engine.generate_each(texts, max_new_tokens=12, options=options) == alone
    assert engine.model_calls == calls_before + 1  # one call for all of them

    asked: list[dict] = []
    real = engine.translator

    class Recording:
        def translate_batch(self, source, **kwargs):
            asked.append(kwargs)
            return real.translate_batch(source, **kwargs)

    engine.translator = Recording()
    engine.generate_each(texts, max_new_tokens=12, options=options)
    engine.generate(texts, max_new_tokens=12, options=options)
    assert asked[0]["max_batch_size"] == 1  # never padded together
    assert asked[1]["max_batch_size"] == 2  # generate(): one padded sub-batch per worker

    torch_side = torch_engine(tiny_bart, role="summarizer")
    seen: list[int] = []
    original = torch_side.generate  # the registry's engine, shared: patched for this test only
    monkeypatch.setattr(torch_side, "generate", lambda batch, **kw: seen.append(len(batch)) or original(batch, **kw))
    assert len(torch_side.generate_each(texts, max_new_tokens=12, options=options)) == 3 and seen == [1, 1, 1]


def test_thread_layout_is_one_worker_per_core(
    ct2_marian_int8: Path, ct2_bart_int8: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    translator, summarizer = load_ct2(ct2_marian_int8), load_ct2(ct2_bart_int8)
    assert (translator.inter_threads, translator.intra_threads) == (2, 1)  # one sub-batch per core
    assert (summarizer.inter_threads, summarizer.intra_threads) == (2, 1)  # one unpadded chunk per core
    explicit = load_ct2(ct2_marian_int8, inter_threads=1)
    assert (explicit.inter_threads, explicit.intra_threads) == (1, 2)


def test_repetition_retries_behave_as_with_torch(rigged_marian: Path, tmp_path: Path) -> None:
    converted = convert_model(str(rigged_marian), tmp_path / "rigged-f32", quantization="float32")
    sentences = ["Het kabinet is gevallen.", "De politie heeft twee mannen aangehouden."]
    expected = Translator(torch_engine(rigged_marian)).translate_sentences(sentences)
    got = Translator(load_ct2(converted, intra_threads=1)).translate_sentences(sentences)
    assert got == expected and all(r.retried for r in got)


def test_int8_translator_produces_a_translation_for_every_sentence(
    ct2_marian_int8: Path, seed_sentences: list[str]
) -> None:
    sentences = pick(seed_sentences, 12)
    results = Translator(load_ct2(ct2_marian_int8, intra_threads=1)).translate_sentences(sentences)  # default beams
    assert [r.source for r in results] == sentences and all(r.text.strip() for r in results)


def test_ct2_engine_drives_the_summarizer(tiny_bart: Path, ct2_bart_f32: Path, ct2_bart_int8: Path) -> None:
    paragraphs = [
        "The government said on Tuesday that the talks with the unions would continue next week in The Hague.",
        "Officials expect a decision before the summer, although several ministers have voiced their doubts.",
    ]
    greedy = SummaryOptions(num_beams=1)
    expected = Summarizer(torch_engine(tiny_bart, "summarizer"), greedy).summarize(paragraphs)
    assert Summarizer(load_ct2(ct2_bart_f32, intra_threads=1), greedy).summarize(paragraphs) == expected
    summary = Summarizer(load_ct2(ct2_bart_int8, intra_threads=1)).summarize(
        paragraphs
    )  # the config's beams, min/max length
    assert summary.text.strip() and summary.chunks == 1


def test_long_inputs_are_refused_by_the_engine_and_split_by_the_front_ends(
    ct2_marian_int8: Path, ct2_bart_int8: Path, seed_texts: list[str]
) -> None:
    engine = load_ct2(ct2_marian_int8, intra_threads=1)
    words = " ".join(seed_texts).split()
    sentence = " ".join(words[:700]).replace(".", ",") + "."
    assert engine.count_tokens([sentence])[0] > engine.max_input_tokens
    with pytest.raises(ValueError, match="split it first"):
        engine.generate([sentence], max_new_tokens=10, options={})
    result = Translator(engine, TranslationOptions(num_beams=1)).translate_sentences([sentence])[0]
    assert result.split and result.parts >= 2 and result.text.strip()
    summarizer_engine = load_ct2(ct2_bart_int8, intra_threads=1)
    english = "The government said on Tuesday that the talks with the unions would continue next week in The Hague."
    paragraphs = [" ".join([english] * 4)] * 20
    assert summarizer_engine.count_tokens(["\n".join(paragraphs)])[0] > summarizer_engine.max_input_tokens
    summary = Summarizer(summarizer_engine, SummaryOptions(num_beams=1, max_length=16, min_length=0)).summarize(
        paragraphs
    )
    assert summary.chunks >= 2 and summary.input_tokens > 1024


# -- errors: one line each ------------------------------------------------------------------


def one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message
    return message


def test_missing_or_broken_converted_directories(tmp_path: Path, ct2_marian_int8: Path) -> None:
    with pytest.raises(ModelUnavailableError) as missing:
        load_ct2(tmp_path / "nowhere")
    assert "brief models convert" in one_line(missing.value)
    broken = tmp_path / "broken"
    shutil.copytree(ct2_marian_int8, broken)
    (broken / "model.bin").write_bytes(b"not a model")
    with pytest.raises(ModelUnavailableError) as bad:
        load_ct2(broken)
    assert "convert it with" in one_line(bad.value)
    (broken / "model.bin").unlink()
    with pytest.raises(ModelUnavailableError) as incomplete:
        load_ct2(broken)
    assert "model.bin" in one_line(incomplete.value)


def test_missing_ctranslate2_is_one_actionable_line(
    monkeypatch: pytest.MonkeyPatch, ct2_marian_int8: Path, tiny_marian: Path, tmp_path: Path
) -> None:
    real_import = builtins.__import__

    def no_ct2(name, *args, **kwargs):
        if name == "ctranslate2" or name.startswith("ctranslate2."):
            raise ImportError("No module named 'ctranslate2'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ct2)
    for module in [m for m in sys.modules if m == "ctranslate2" or m.startswith("ctranslate2.")]:
        monkeypatch.delitem(sys.modules, module)
    with pytest.raises(ModelUnavailableError) as loading:
        load_ct2(ct2_marian_int8)
    assert "pip install ctranslate2" in one_line(loading.value)
    with pytest.raises(ModelUnavailableError) as converting:
        convert_model(str(tiny_marian), tmp_path / "out")
    assert "pip install ctranslate2" in one_line(converting.value)


def test_conversion_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError) as missing:
        convert_model(str(tmp_path / "no-such-model"), tmp_path / "out")
    one_line(missing.value)
    with pytest.raises(SettingsError) as quantization:
        convert_model(str(tmp_path), tmp_path / "out", quantization="int3")
    assert "int8" in one_line(quantization.value)
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no temporary leftovers


def test_ct2_engine_imports_no_torch(ct2_marian_int8: Path, tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from pipeline.engines.ct2_load import load_ct2\n"
        f"engine = load_ct2({str(ct2_marian_int8)!r}, intra_threads=1)\n"
        "print(engine.generate(['Het kabinet is gevallen.'], max_new_tokens=6, options={})[0].tokens)\n"
        "print('TORCH=' + str('torch' in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "TORCH=False" in done.stdout

"""Translation engines side by side on the same sentences (each in a fresh process):

  (a) naive        one `generate()` per sentence, fp32 torch, the model's default beams
  (b) torch        TorchEngine, in the batches pipeline.translate.Translator cuts
  (c) ct2 int8     CT2Engine, same batches            (d) ct2 float32, same batches
  + exploration rows (thread layouts, batch sizes, vocabulary mapping)
  + a greedy check: ct2 float32 must equal torch token for token on the full-size model, or the run fails.

Output lengths are forced (`min_new_tokens = max_new_tokens = N`, no forced end token) so that
every engine generates exactly the same number of tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.common import SEEDS, Meter, forced, log, peak_rss_mb, run_worker


def seed_sentences() -> list[str]:
    """Every distinct sentence of the seeds that needs translating, in order."""
    from pipeline.brief import segment_article
    from pipeline.text.read import read_article

    sentences: list[str] = []
    for path in SEEDS:
        for block in segment_article(read_article(path)).blocks:
            sentences.extend(block.sentences)
    return list(dict.fromkeys(s for s in sentences if any(ch.isalpha() for ch in s)))


def sample(sentences: list[str], count: int) -> list[str]:
    """`count` sentences spread evenly over the seeds (0: all of them)."""
    if count <= 0 or count >= len(sentences):
        return list(sentences)
    return [sentences[int(i * len(sentences) / count)] for i in range(count)]


def load_engine(params: dict[str, Any]) -> Any:
    if params["kind"] in ("naive", "torch"):
        import torch

        from pipeline.document import ModelRef
        from pipeline.engines.hub import load_seq2seq
        from pipeline.engines.torch_engine import TorchEngine

        torch.set_num_threads(int(params["threads"]))
        return TorchEngine(load_seq2seq(ModelRef(params["model"]), role="translator", device="cpu"))
    from pipeline.engines.ct2_load import load_ct2

    engine = load_ct2(Path(params["model"]), inter_threads=params["inter"], intra_threads=params["intra"])
    if params.get("vmap"):
        translate_batch = engine.translator.translate_batch
        engine.translator = _WithVmap(engine.translator, translate_batch)
    return engine


class _WithVmap:
    """A CTranslate2 translator whose translate_batch always uses the vocabulary map."""

    def __init__(self, inner: Any, translate_batch: Any) -> None:
        self._inner, self._translate_batch = inner, translate_batch

    def translate_batch(self, *args: Any, **kwargs: Any) -> Any:
        return self._translate_batch(*args, **kwargs, use_vmap=True)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def naive_run(engine: Any, texts: list[str], length: int) -> list[int]:
    """One generate() per sentence on the transformers model, default beams, fp32."""
    import torch

    counts = []
    for text in texts:
        encoded = engine.tokenizer([text], return_tensors="pt")
        with torch.inference_mode():
            row = engine.model.generate(**encoded, max_new_tokens=length, **forced(length))[0].tolist()
        engine.tokenizer.decode(row, skip_special_tokens=True)
        counts.append(len(row) - 1)
    return counts


def worker_engine(params: dict[str, Any]) -> dict[str, Any]:
    from pipeline.model_options import TranslationOptions
    from pipeline.translate import Translator

    n, sentences = int(params["tokens"]), params["sentences"]
    with Meter() as loading:
        engine = load_engine(params)
    if params["kind"] == "naive":
        batches = [[s] for s in sentences]
        run = lambda texts, length: naive_run(engine, texts, length)
    else:
        options = TranslationOptions(
            max_batch_sentences=params["max_batch_sentences"], max_batch_tokens=params["max_batch_tokens"]
        )
        batches = Translator(engine, options).batches_for(sentences)  # the Translator's own batching
        run = lambda texts, length: [
            g.tokens for g in engine.generate(texts, max_new_tokens=length, options=forced(length))
        ]
    run(sentences[:2], 4)  # warm-up: first-call allocations, kernel selection
    generated: list[int] = []
    with Meter() as meter:
        for batch in batches:
            generated.extend(run(batch, n))
    result: dict[str, Any] = {
        "seconds": round(meter.wall, 3),
        "cpu_seconds": round(meter.cpu, 3),
        "foreign_cpu_share": round(meter.foreign, 3),
        "sentences": len(sentences),
        "tokens": sum(generated),
        "tokens_exact": all(t == n for t in generated),
        "tokens_per_second": round(sum(generated) / meter.wall, 1),
        "batches": len(batches),
        "beams": getattr(engine.generation_config, "num_beams", None) or 1,
        "load_seconds": round(loading.wall, 2),
        "peak_rss_mb": peak_rss_mb(),
    }
    if params.get("greedy_check"):
        outputs = engine.generate(params["greedy_check"], max_new_tokens=n, options={"num_beams": 1})
        result["greedy"] = [[g.text, g.tokens, g.finished] for g in outputs]
    return result


def measure(params: dict[str, Any], *, threads: int, quiet_wait: float, retries: int) -> dict[str, Any]:
    """One engine worker; if other processes took > 10 % of the machine, again (up to `retries`
    times), keeping the least disturbed run."""
    best: dict[str, Any] | None = None
    for attempt in range(retries + 1):
        result = run_worker("engine", params, threads=threads, quiet_wait=quiet_wait)
        result["attempts"] = attempt + 1
        if best is None or result["foreign_cpu_share"] < best["foreign_cpu_share"]:
            best = result
        if result["foreign_cpu_share"] <= 0.10:
            break
        log(f"  other processes used {result['foreign_cpu_share']:.0%} of the machine during the run")
    assert best is not None
    return best


def rows(paths: dict[str, Any], threads: int, check: list[str], explore: bool) -> list[tuple[str, str, dict[str, Any]]]:
    layout = {"inter": threads, "intra": 1}  # the translator's thread layout (engines.ct2_load.recommended_threads)
    found = [
        ("a", "naive: one generate() per sentence, torch fp32", {"kind": "naive", "model": paths["marian"]}),
        (
            "b",
            "torch fp32, Translator batches (TorchEngine)",
            {"kind": "torch", "model": paths["marian"], "greedy_check": check},
        ),
        (
            "c",
            f"ct2 int8, same batches, {threads}x1 threads",
            {"kind": "ct2", "model": paths["marian_int8"], **layout, "greedy_check": check},
        ),
        (
            "d",
            f"ct2 float32, same batches, {threads}x1 threads",
            {"kind": "ct2", "model": paths["marian_float32"], **layout, "greedy_check": check},
        ),
    ]
    if explore:
        int8, f32 = paths["marian_int8"], paths["marian_float32"]
        found += [
            (
                "x1",
                f"ct2 int8, 1x{threads} threads (one batch at a time)",
                {"kind": "ct2", "model": int8, "inter": 1, "intra": threads},
            ),
            ("x2", f"ct2 float32, 1x{threads} threads", {"kind": "ct2", "model": f32, "inter": 1, "intra": threads}),
            (
                "x3",
                "ct2 int8, batches of <= 16 sentences",
                {"kind": "ct2", "model": int8, **layout, "max_batch_sentences": 16},
            ),
            (
                "x4",
                "ct2 int8, batches of <= 64 sentences / 8192 tokens",
                {"kind": "ct2", "model": int8, **layout, "max_batch_sentences": 64, "max_batch_tokens": 8192},
            ),
            (
                "x5",
                "ct2 int8 + vmap: 33,514 of 67,027 target tokens (approximation)",
                {"kind": "ct2", "model": paths["vmap"]["33514"], **layout, "vmap": True, "greedy_check": check},
            ),
            (
                "x6",
                "ct2 int8 + vmap: 1,024 target tokens (approximation)",
                {"kind": "ct2", "model": paths["vmap"]["1024"], **layout, "vmap": True, "greedy_check": check},
            ),
        ]
    return found


def run_engines(
    paths: dict[str, Any],
    *,
    sentences: list[str],
    tokens: int,
    threads: int,
    explore: bool,
    quiet_wait: float,
    retries: int,
) -> dict[str, Any]:
    """All rows; then the greedy check, which fails the run when ct2 float32 and torch differ."""
    from pipeline.model_options import TranslationOptions

    defaults = TranslationOptions()
    check = sentences[: min(8, len(sentences))]
    common = {
        "sentences": sentences,
        "tokens": tokens,
        "threads": threads,
        "max_batch_sentences": defaults.max_batch_sentences,
        "max_batch_tokens": defaults.max_batch_tokens,
    }
    results: dict[str, dict[str, Any]] = {}
    for key, label, params in rows(paths, threads, check, explore):
        log(f"({key}) {label} …")
        results[key] = {
            **measure({**common, **params}, threads=threads, quiet_wait=quiet_wait, retries=retries),
            "label": label,
        }
        log(
            f"    {results[key]['seconds']:.1f} s, {results[key]['tokens_per_second']:.0f} tokens/s, peak RSS {results[key]['peak_rss_mb']:.0f} MB"
        )
    base_a, base_b = results["a"]["tokens_per_second"], results["b"]["tokens_per_second"]
    for result in results.values():
        result["vs_naive"] = round(result["tokens_per_second"] / base_a, 2)
        result["vs_torch_batched"] = round(result["tokens_per_second"] / base_b, 2)
    torch_greedy = results["b"].pop("greedy")
    greedy: dict[str, Any] = {"sentences": len(check), "max_new_tokens": tokens}
    for key in ("c", "d", "x5", "x6"):
        if key in results:
            greedy[key] = sum(1 for x, y in zip(results[key].pop("greedy"), torch_greedy) if x == y)
    if greedy["d"] != len(check):
        raise SystemExit(f"greedy check failed: ct2 float32 equals torch on only {greedy['d']}/{len(check)} sentences")
    return {
        "engines": results,
        "greedy_check": greedy,
        "batching": {k: common[k] for k in ("max_batch_sentences", "max_batch_tokens")},
    }

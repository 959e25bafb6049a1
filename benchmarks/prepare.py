"""Worker: build the full-size random models and convert them (reused when already there).

The int8 conversions go through `pipeline.engines.model_store.ensure_converted`, the path
`--backend auto` takes on first use (file lock, atomic rename, batch size measured).
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.common import SEEDS


def worker_prepare(params: dict[str, Any]) -> dict[str, Any]:
    from pipeline.document import ModelRef
    from pipeline.engines.convert import convert_model, converted_dir, find_converted
    from pipeline.engines.ct2_load import read_convert_info
    from pipeline.engines.model_store import ensure_converted
    from pipeline.testing import build_fullsize_bart, build_fullsize_marian

    cache = Path(params["cache"])
    corpus = [p.read_text(encoding="utf-8") for p in SEEDS]
    started = time.perf_counter()
    marian = build_fullsize_marian(cache / "opus-mt-nl-en-random", corpus)
    bart = build_fullsize_bart(cache / "distilbart-cnn-12-6-random", corpus)
    paths: dict[str, Any] = {
        "marian": str(marian),
        "bart": str(bart),
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    for name, source, role in (("marian", marian, "translator"), ("bart", bart, "summarizer")):
        found = ensure_converted(cache, ModelRef(str(source)), role=role, quantization="int8")
        assert found is not None, f"{name} could not be converted"
        paths[f"{name}_int8"] = str(found)
        info = read_convert_info(found)
        paths[f"{name}_int8_convert_seconds"] = info.get("convert_seconds")
        if "tuned" in info:
            paths["tuned"] = info["tuned"]
        for quantization in params["quantizations"].get(name, []):
            target = find_converted(cache, str(source), quantization=quantization)
            if target is None:
                target = convert_model(
                    str(source), converted_dir(cache, str(source), quantization), quantization=quantization
                )
            paths[f"{name}_{quantization}"] = str(target)
    if params.get("vmap_sizes"):
        paths["vmap"] = {str(n): str(make_vmap_copy(Path(paths["marian_int8"]), n)) for n in params["vmap_sizes"]}
    return paths


def make_vmap_copy(converted: Path, keep: int) -> Path:
    """A copy of a converted model with a vocabulary map that always allows the first `keep`
    target tokens (all real pieces come first; the rest are fillers the model never picks)."""
    target = converted.with_name(f"{converted.name}-vmap{keep}")
    vocabulary = json.loads((converted / "shared_vocabulary.json").read_text(encoding="utf-8"))
    if not (target / "vmap.txt").is_file():
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(converted, target)
        (target / "vmap.txt").write_text("\t" + " ".join(vocabulary[:keep]) + "\n", encoding="utf-8")
    return target

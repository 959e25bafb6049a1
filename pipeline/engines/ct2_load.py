"""Loading a converted model directory as a `CT2Engine` (split from pipeline.engines.ct2_engine): the directory's
layout (`model.bin`, `config.json`, `tokenizer/`, `generation_config.json`, `dutch_brief_convert.json`), the thread
plan (`default_threads`, `recommended_threads`), `read_convert_info` and `load_ct2`, which checks the directory and
the device and refuses with one actionable sentence. `ctranslate2` and `transformers` are imported inside the
functions, never at module import time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pipeline.engines.base import check_device_name, input_limit
from pipeline.engines.ct2_engine import CT2Engine
from pipeline.errors import ModelUnavailableError, first_line

CONVERT_INFO = "dutch_brief_convert.json"
TOKENIZER_DIR = "tokenizer"
GENERATION_CONFIG = "generation_config.json"
CT2_FILES = ("model.bin", "config.json")


def default_threads() -> int:
    """Threads for CTranslate2: OMP_NUM_THREADS when it is set, else the CPU cores this process may use."""
    configured = os.environ.get("OMP_NUM_THREADS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def recommended_threads() -> dict[str, int]:
    """`load_ct2` thread keyword arguments for both models, measured in benchmarks/README.md: as
    many workers as cores, one thread each (inter_threads = cores, intra_threads = 1).

    The translator's `generate()` splits a batch of many sentences into one sub-batch per worker;
    the summarizer's `generate_each()` decodes one chunk per worker, unpadded. A second thread on
    one chunk's beam search bought nothing on this 2-core machine (8 distilbart-size chunks one at
    a time: 16.1 s with 2 threads, 15.5 s with 1); two chunks at once took 8.7 s.
    """
    return {"inter_threads": default_threads(), "intra_threads": 1}


def read_convert_info(model_dir: Path) -> dict[str, Any]:
    """The `dutch_brief_convert.json` of a converted model ({} when it has none or it is unreadable)."""
    try:
        data = json.loads((Path(model_dir) / CONVERT_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_ct2(
    model_dir: Path,
    *,
    device: str = "cpu",
    compute_type: str = "default",
    inter_threads: int | None = None,
    intra_threads: int | None = None,
) -> CT2Engine:
    """Load a converted model directory as a `CT2Engine`.

    `device` is cpu, cuda or auto; `compute_type` "default" keeps the quantization the model was
    converted with. Threads: `inter_threads` parallel batches of `intra_threads` threads each.
    Left out, they follow `recommended_threads()`: the thread budget is OMP_NUM_THREADS when
    set, else the cores available.
    Raises ModelUnavailableError with one actionable sentence.
    """
    model_dir = Path(model_dir).expanduser()
    convert_hint = "convert it with `brief models convert SOURCE`"
    try:
        import ctranslate2
    except ImportError:
        raise ModelUnavailableError(
            "the ct2 backend needs the ctranslate2 package — install it with `pip install ctranslate2`, or use --backend torch"
        ) from None
    if not model_dir.is_dir():
        raise ModelUnavailableError(f"no converted model in {model_dir} — {convert_hint} first")
    missing = [name for name in CT2_FILES if not (model_dir / name).is_file()]
    if not (model_dir / TOKENIZER_DIR).is_dir():
        missing.append(TOKENIZER_DIR + "/")
    if missing:
        raise ModelUnavailableError(
            f"{model_dir} is not a complete converted model (missing {', '.join(missing)}) — {convert_hint} again"
        )
    check_device_name(device)
    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    elif device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
        raise ModelUnavailableError(
            "--device cuda was asked for but CTranslate2 sees no CUDA device — use --device cpu"
        )
    info = read_convert_info(model_dir)
    plan = recommended_threads()
    inter = max(1, int(inter_threads if inter_threads is not None else plan["inter_threads"]))
    intra = int(intra_threads) if intra_threads is not None else max(1, default_threads() // inter)
    try:
        tokenizer, generation_config = _load_tokenizer_and_config(model_dir)
        translator = ctranslate2.Translator(
            str(model_dir), device=device, compute_type=compute_type, inter_threads=inter, intra_threads=intra
        )
    except (OSError, ValueError, KeyError, RuntimeError, ImportError) as exc:
        raise ModelUnavailableError(
            f"converted model {model_dir} cannot be loaded ({first_line(exc)}) — {convert_hint} again"
        ) from exc
    max_positions = int(info.get("max_position_embeddings") or 512)
    return CT2Engine(
        translator,
        tokenizer,
        generation_config,
        max_input_tokens=input_limit(max_positions, getattr(tokenizer, "model_max_length", None)),
        max_output_tokens=max_positions - 1,  # as TorchEngine: the decoder start token takes one position
        info=info,
        model_dir=model_dir,
        inter_threads=inter,
        intra_threads=intra,
        compute_type=compute_type,
    )


def _load_tokenizer_and_config(model_dir: Path) -> tuple[Any, Any]:
    import transformers
    from transformers import GenerationConfig
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    folder = model_dir / TOKENIZER_DIR
    # The class save_pretrained recorded, imported directly: AutoTokenizer would import torch
    # (through the model configuration registry), which this backend does not otherwise need.
    try:
        name = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8")).get("tokenizer_class")
    except (OSError, ValueError):
        name = None
    tokenizer_class = getattr(transformers, name, None) if isinstance(name, str) and name.isidentifier() else None
    if tokenizer_class is None:
        tokenizer_class = transformers.AutoTokenizer
    tokenizer = tokenizer_class.from_pretrained(str(folder), local_files_only=True)
    if (model_dir / GENERATION_CONFIG).is_file():
        generation_config = GenerationConfig.from_pretrained(str(model_dir), local_files_only=True)
    else:
        raise OSError(f"{GENERATION_CONFIG} is missing")
    return tokenizer, generation_config

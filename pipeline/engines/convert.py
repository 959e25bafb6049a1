"""Convert a transformers seq2seq model (hub id or local directory) for the `ct2` backend.

The model and tokenizer are loaded through the same `from_pretrained` path as the torch backend
(`pipeline.engines.hub.load_seq2seq`: pinned revisions for the default models, the Hugging Face cache
first, works offline), handed to CTranslate2's own `TransformersConverter` loaders, and written
with the tokenizer (`tokenizer/`), the original generation config and `dutch_brief_convert.json`
into a temporary directory that is renamed into place: a converted directory is either complete
or absent.

torch, transformers and ctranslate2 are imported inside the functions.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.document import ModelRef
from pipeline.engines.ct2_load import CONVERT_INFO, TOKENIZER_DIR, read_convert_info
from pipeline.engines.hub import load_seq2seq, model_fingerprint
from pipeline.errors import ModelUnavailableError, SettingsError, first_line
from pipeline.model_options import QUANTIZATIONS
from pipeline.settings import DEFAULT_SUMMARIZER, DEFAULT_TRANSLATOR
from pipeline.times import iso_utc

FORMAT_VERSION = 1
SOURCE_CONFIG = "source_config.json"  # the original model's config.json (CTranslate2 owns config.json)


class ConversionUnsupported(ModelUnavailableError):
    """CTranslate2 has no converter for this model (it loads fine with torch)."""


DEFAULT_QUANTIZATION = "int8"


def source_ref(source: str, revision: str | None = None) -> ModelRef:
    """The model reference for `source`; the default models get their pinned revision."""
    for default in (DEFAULT_TRANSLATOR, DEFAULT_SUMMARIZER):
        if revision is None and source == default.name:
            return default
    return ModelRef(source, revision)


def slug(source: str) -> str:
    """A directory name for a model source: `Helsinki-NLP--opus-mt-nl-en` for a hub id,
    `<dirname>-<hash of the absolute path>` for a local directory."""
    path = Path(source).expanduser()
    if path.is_dir() or source.startswith(("/", ".", "~")):
        resolved = str(path.resolve())
        digest = hashlib.sha256(resolved.encode()).hexdigest()[:8]
        base = path.resolve().name or "model"
        return f"{_safe(base)}-{digest}"
    return _safe(source.replace("/", "--"))


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "model"


def converted_dir(models_dir: Path, source: str, quantization: str = DEFAULT_QUANTIZATION) -> Path:
    """Where `convert_model` puts `source` converted with `quantization`: models/ct2/<slug>-<quantization>."""
    return Path(models_dir) / "ct2" / f"{slug(source)}-{quantization}"


def find_converted(
    models_dir: Path, source: str, *, revision: str | None = None, quantization: str = DEFAULT_QUANTIZATION
) -> Path | None:
    """The converted directory of `source` if it exists, is complete and was converted from the same
    weights (same hub revision, or a local directory whose fingerprint has not changed); else None.
    Cheap: reads one small JSON file, imports neither torch nor ctranslate2."""
    target = converted_dir(models_dir, source, quantization)
    if not (target / "model.bin").is_file() or not (target / TOKENIZER_DIR).is_dir():
        return None
    info = read_convert_info(target)
    ref = source_ref(source, revision)
    if info.get("quantization") != quantization or info.get("source_id") != _source_id(source):
        return None
    if info.get("fingerprint") != model_fingerprint(ref):
        return None
    return target


def convert_model(
    source: str,
    out_dir: Path,
    *,
    revision: str | None = None,
    quantization: str = DEFAULT_QUANTIZATION,
    role: str | None = None,
    tune: bool = False,
) -> Path:
    """Convert `source` (hub id or local save_pretrained directory) into `out_dir` for CTranslate2.

    `quantization` is one of QUANTIZATIONS (int8 by default). An existing `out_dir` is replaced
    only once the new conversion is complete. `role` (translator/summarizer) only words the error
    messages. `tune`: measure the fastest translation batch size on this machine and record it
    (engines.tune). Returns `out_dir`. Raises ConversionUnsupported (CTranslate2 cannot convert
    this model), ModelUnavailableError (source cannot be loaded, ctranslate2 missing) or
    SettingsError (unknown quantization), one line each.
    """
    if quantization not in QUANTIZATIONS:
        raise SettingsError(f"unknown quantization {quantization!r} — use one of {', '.join(QUANTIZATIONS)}")
    try:
        import ctranslate2
    except ImportError:
        raise ModelUnavailableError(
            "converting needs the ctranslate2 package — install it with `pip install ctranslate2`"
        ) from None
    out_dir = Path(out_dir).expanduser()
    ref = source_ref(source, revision)
    role = role or guess_role(source)
    started = time.perf_counter()
    loaded = load_seq2seq(ref, role=role, device="cpu")
    model, tokenizer = loaded.model, loaded.tokenizer
    generation_config = model.generation_config
    source_config = model.config.to_dict()
    info: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "source": source,
        "source_id": _source_id(source),
        "revision": ref.revision,
        "resolved_revision": loaded.resolved_revision,
        "fingerprint": model_fingerprint(ref),
        "quantization": quantization,
        "ctranslate2_version": ctranslate2.__version__,
        "transformers_version": _version("transformers"),
        "torch_version": _version("torch"),
        "model_type": getattr(model.config, "model_type", None),
        "architecture": type(model).__name__,
        "max_position_embeddings": getattr(model.config, "max_position_embeddings", None),
        "vocab_size": getattr(model.config, "vocab_size", None),
    }
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
    try:
        target = work / "model"
        try:
            _convert_loaded(model, tokenizer, target, quantization)
        except (ValueError, RuntimeError, NotImplementedError, KeyError, TypeError) as exc:
            detail = first_line(exc)
            raise ConversionUnsupported(
                f"{role} {ref.describe()} cannot be converted for CTranslate2 ({detail}) — use --backend torch for this model"
            ) from exc
        del model, loaded
        gc.collect()
        tokenizer.save_pretrained(str(target / TOKENIZER_DIR))
        generation_config.save_pretrained(str(target))  # -> generation_config.json
        _write_json(target / SOURCE_CONFIG, source_config)
        info["convert_seconds"] = round(time.perf_counter() - started, 2)
        if tune:
            from pipeline.engines.tune import measure_batch_size

            info["tuned"] = measure_batch_size(target)
        info["created_at"] = iso_utc(datetime.now(UTC))
        _write_json(target / CONVERT_INFO, info)
        _replace(target, out_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out_dir


def _convert_loaded(model: Any, tokenizer: Any, target: Path, quantization: str) -> None:
    """Run CTranslate2's TransformersConverter on an already loaded model and tokenizer."""
    import torch
    from ctranslate2.converters import TransformersConverter

    class _Loaded(TransformersConverter):
        # TransformersConverter._load reads AutoConfig from the name it is given and then calls
        # these two hooks; we give it the objects loaded above (right revision, offline) instead.
        def _load(self):
            try:
                from ctranslate2.converters.transformers import _MODEL_LOADERS
            except ImportError:  # pragma: no cover - depends on the ctranslate2 version
                return self._load_saved()
            loader = _MODEL_LOADERS.get(type(model.config).__name__)
            if loader is None:
                raise ValueError(f"CTranslate2 has no converter for {type(model.config).__name__}")
            with torch.no_grad():
                return loader(model, tokenizer)

        def _load_saved(self):  # pragma: no cover - fallback through a saved copy
            with tempfile.TemporaryDirectory() as tmp:
                model.save_pretrained(tmp)
                tokenizer.save_pretrained(tmp)
                self._model_name_or_path = tmp
                return TransformersConverter._load(self)

    _Loaded(str(getattr(model.config, "_name_or_path", "") or "model")).convert(
        str(target), quantization=quantization, force=True
    )


def _replace(new: Path, out_dir: Path) -> None:
    """Rename `new` to `out_dir`; an existing `out_dir` is moved aside first and removed after."""
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}-{time.time_ns()}")
        os.replace(out_dir, old)
    try:
        os.replace(new, out_dir)
    except OSError:
        if old is not None:
            os.replace(old, out_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_work_dirs(out_dir: Path) -> None:
    """Remove what killed conversions into `out_dir` left behind (`.<name>.*.tmp`). Only for a
    caller holding the target's lock (engines.model_store): then no conversion is running."""
    for work in out_dir.parent.glob(f".{out_dir.name}.*.tmp"):
        shutil.rmtree(work, ignore_errors=True)


def _source_id(source: str) -> str:
    """A hub id as it is; a local directory as its absolute path."""
    path = Path(source).expanduser()
    return str(path.resolve()) if path.is_dir() else source


def guess_role(source: str) -> str:
    if source == DEFAULT_SUMMARIZER.name:
        return "summarizer"
    config = Path(source).expanduser() / "config.json"
    if config.is_file():
        try:
            model_type = json.loads(config.read_text(encoding="utf-8")).get("model_type")
        except (OSError, ValueError):
            model_type = None
        return "translator" if model_type == "marian" else "summarizer"
    return "translator" if "opus-mt" in source or source == DEFAULT_TRANSLATOR.name else "summarizer"


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _write_json(path: Path, data: Any) -> None:
    """`data` as JSON in the conversion's work folder (whole or not at all with it: `_replace` renames the folder
    into place only after every file is written)."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")

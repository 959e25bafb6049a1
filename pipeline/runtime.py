"""The translator and summarizer of one settings object: which backend serves each model, and the
stage objects built on the engines — loaded on first use, once per process.

Cheap to import: torch, transformers and ctranslate2 are imported only when a model is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.document import ModelRef
from pipeline.engines.hub import model_fingerprint
from pipeline.model_options import TranslationOptions
from pipeline.settings import BriefSettings

if TYPE_CHECKING:
    from pipeline.engines.base import Seq2SeqEngine
    from pipeline.store.sentences import SentenceCache
    from pipeline.summarize import Summarizer
    from pipeline.translate import Translator

log = logging.getLogger("dutch_brief")
Progress = Callable[[str, int, int], None]  # (stage, done, total)


def resolve_backend(settings: BriefSettings, ref: ModelRef) -> tuple[str, Path | None]:
    """("ct2", converted dir), ("ct2", None) — auto, converted on first load — or ("torch", None).
    Cheap: no torch, no ctranslate2 import (with auto, torch only when ctranslate2 is missing or
    an earlier run found that it cannot convert this model)."""
    if settings.backend == "torch":
        return "torch", None
    from pipeline.engines.convert import converted_dir, find_converted
    from pipeline.engines.model_store import ct2_installed, refused

    found = find_converted(settings.models_dir, ref.name, revision=ref.revision, quantization=settings.quantization)
    if settings.backend == "ct2":
        return "ct2", found or converted_dir(settings.models_dir, ref.name, settings.quantization)
    if not ct2_installed() or refused(settings.models_dir, ref, settings.quantization) is not None:
        return "torch", None
    return "ct2", found


def backend_label(settings: BriefSettings, ref: ModelRef) -> str:
    backend, _ = resolve_backend(settings, ref)
    return f"ct2-{settings.quantization}" if backend == "ct2" else "torch"


def roles(settings: BriefSettings) -> tuple[tuple[ModelRef, str], ...]:
    return (settings.translator_ref(), "translator"), (settings.summarizer_ref(), "summarizer")


def convert_pending(settings: BriefSettings, progress: Progress | None = None) -> bool:
    """With --backend auto: convert the models no process has converted yet (once, atomically).
    True when one of them turned out unconvertible, so that its backend label is now torch."""
    if settings.backend != "auto":
        return False
    from pipeline.engines.model_store import ensure_converted

    changed = False
    for ref, role in roles(settings):
        if resolve_backend(settings, ref) == ("ct2", None):
            found = ensure_converted(
                settings.models_dir,
                ref,
                role=role,
                quantization=settings.quantization,
                progress=progress,
            )
            changed = changed or found is None
    return changed


_SENTENCE_CACHES: dict[Path, SentenceCache] = {}


def open_sentence_cache(path: Path) -> SentenceCache:
    """One connection per cache file per process."""
    from pipeline.store.sentences import SentenceCache

    key = path.expanduser().resolve()
    if key not in _SENTENCE_CACHES:
        sentence_cache = SentenceCache(key)
        if sentence_cache.warning:
            log.warning(sentence_cache.warning)
        _SENTENCE_CACHES[key] = sentence_cache
    return _SENTENCE_CACHES[key]


def sentence_namespace(settings: BriefSettings, options: TranslationOptions | None = None) -> str:
    """Where the translator's sentences are cached: model, resolved commit, backend, code version and
    the generation options (`options`: as the translator runs, e.g. with a measured batch size)."""
    from pipeline.store.sentences import cache_namespace

    ref = settings.translator_ref()
    described = (options or settings.translation_options()).describe()
    return cache_namespace(ref.name, model_fingerprint(ref), backend_label(settings, ref), described)


class Models:
    """The translator and summarizer of one settings object, loaded on first use, once per process.
    With --backend auto, a model not converted yet is converted first (prepare_brief normally has
    done it); one CTranslate2 cannot convert runs on torch."""

    def __init__(self, settings: BriefSettings) -> None:
        self.settings = settings

    def translator(self, refresh: bool = False) -> Translator:
        from pipeline.translate import Translator

        settings = self.settings
        ref = settings.translator_ref()
        engine = self.engine(ref, "translator")
        options = settings.translation_options()
        tuned = _tuned_batch(engine) if settings.batch_sentences is None else None
        if tuned is not None:
            options = replace(options, max_batch_sentences=tuned)
        sentence_cache = open_sentence_cache(settings.sentence_cache_path()) if settings.sentence_cache else None
        namespace = sentence_namespace(settings, options)
        return Translator(engine, options, cache=sentence_cache, namespace=namespace, refresh=refresh)

    def summarizer(self) -> Summarizer:
        from pipeline.summarize import Summarizer

        return Summarizer(self.engine(self.settings.summarizer_ref(), "summarizer"), self.settings.summary_options())

    def engine(self, ref: ModelRef, role: str) -> Seq2SeqEngine:
        from pipeline.engines import registry

        backend, converted = resolve_backend(self.settings, ref)
        if backend == "ct2" and converted is None:  # auto, first use
            convert_pending(self.settings)
            backend, converted = resolve_backend(self.settings, ref)
        if backend == "ct2":
            assert converted is not None
            return registry.ct2_engine(converted, device=self.settings.device)
        return registry.torch_engine(ref, role=role, device=self.settings.device)


def _tuned_batch(engine: Seq2SeqEngine) -> int | None:
    """The batch size measured when this converted model was made (None for torch)."""
    model_dir = getattr(engine, "model_dir", None)
    if model_dir is None:
        return None
    from pipeline.engines.tune import tuned_batch_sentences

    return tuned_batch_sentences(model_dir)

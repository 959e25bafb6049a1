"""The translator and summarizer of one settings object: which backend serves each model, and the
stage objects built on the engines — loaded on first use, once per process.

Cheap to import: torch, transformers and ctranslate2 are imported only when a model is loaded.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.document import ModelRef
from pipeline.engines.hub import model_fingerprint
from pipeline.settings import BriefSettings

if TYPE_CHECKING:
    from pipeline.engines.base import Seq2SeqEngine
    from pipeline.store.sentences import SentenceCache
    from pipeline.summarize import Summarizer
    from pipeline.translate import Translator

log = logging.getLogger("dutch_brief")


def resolve_backend(settings: BriefSettings, ref: ModelRef) -> tuple[str, Path | None]:
    """("ct2", converted dir) or ("torch", None) for one model. Cheap: no torch, no ctranslate2 import."""
    if settings.backend == "torch":
        return "torch", None
    from pipeline.engines.convert import converted_dir, find_converted

    found = find_converted(settings.models_dir, ref.name, revision=ref.revision, quantization=settings.quantization)
    if settings.backend == "ct2":
        return "ct2", found or converted_dir(settings.models_dir, ref.name, settings.quantization)
    if found is not None and importlib.util.find_spec("ctranslate2") is not None:
        return "ct2", found
    return "torch", None


def backend_label(settings: BriefSettings, ref: ModelRef) -> str:
    backend, _ = resolve_backend(settings, ref)
    return f"ct2-{settings.quantization}" if backend == "ct2" else "torch"


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


class Models:
    """The translator and summarizer of one settings object, loaded on first use, once per process."""

    def __init__(self, settings: BriefSettings) -> None:
        self.settings = settings

    def translator(self, refresh: bool = False) -> Translator:
        from pipeline.store.sentences import cache_namespace
        from pipeline.translate import Translator

        settings = self.settings
        ref = settings.translator_ref()
        options = settings.translation_options()
        sentence_cache = open_sentence_cache(settings.sentence_cache_path()) if settings.sentence_cache else None
        namespace = cache_namespace(ref.name, model_fingerprint(ref), backend_label(settings, ref), options.describe())
        return Translator(
            self.engine(ref, "translator"), options, cache=sentence_cache, namespace=namespace, refresh=refresh
        )

    def summarizer(self) -> Summarizer:
        from pipeline.summarize import Summarizer

        return Summarizer(self.engine(self.settings.summarizer_ref(), "summarizer"), self.settings.summary_options())

    def engine(self, ref: ModelRef, role: str) -> Seq2SeqEngine:
        from pipeline.engines import registry

        backend, converted = resolve_backend(self.settings, ref)
        if backend == "ct2":
            assert converted is not None
            return registry.ct2_engine(converted, device=self.settings.device)
        return registry.torch_engine(ref, role=role, device=self.settings.device)

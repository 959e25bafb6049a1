"""The one entry point the CLI and the flows share: an article file in, a brief file out.

`plan_brief` is cheap (read, hash, cache key, output path); `build_brief` returns an existing
brief at once on a cache hit — without importing torch or transformers — and otherwise runs
segment -> translate -> summarize -> render and writes the brief atomically.
"""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from pipeline import cache
from pipeline.errors import OutputError
from pipeline.language import require_dutch
from pipeline.models import model_fingerprint
from pipeline.read import content_hash, read_article
from pipeline.render import render_brief
from pipeline.segment import SEGMENTER_VERSION, split_sentences
from pipeline.settings import BriefSettings
from pipeline.types import (
    Article,
    Brief,
    ModelRef,
    SegmentedArticle,
    SegmentedParagraph,
    Summary,
    TranslatedArticle,
    TranslatedParagraph,
    TranslationStats,
)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
TITLE_MAX_WORDS = 14


@dataclass(frozen=True)
class Plan:
    """What is known before any model work: the article, its key and where its brief goes."""

    source: Path
    article: Article
    content_hash: str
    key: str
    path: Path
    settings_summary: dict[str, object]


@dataclass(frozen=True)
class BriefResult:
    source: Path
    path: Path
    cached: bool
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def resolve_backend(settings: BriefSettings, ref: ModelRef) -> tuple[str, Path | None]:
    """("ct2", converted dir) or ("torch", None) for one model. Cheap: no torch, no ctranslate2 import."""
    if settings.backend == "torch":
        return "torch", None
    from pipeline.convert import converted_dir, find_converted

    found = find_converted(settings.models_dir, ref.name, revision=ref.revision, quantization=settings.quantization)
    if settings.backend == "ct2":
        return "ct2", found or converted_dir(settings.models_dir, ref.name, settings.quantization)
    if found is not None and importlib.util.find_spec("ctranslate2") is not None:
        return "ct2", found
    return "torch", None


def backend_label(settings: BriefSettings, ref: ModelRef) -> str:
    backend, _ = resolve_backend(settings, ref)
    return f"ct2-{settings.quantization}" if backend == "ct2" else "torch"


def settings_summary(settings: BriefSettings) -> dict[str, object]:
    """The settings that change a brief (recorded in it and part of its cache key)."""
    return {
        "segmenter_version": SEGMENTER_VERSION,
        "backend": {
            "translator": backend_label(settings, settings.translator_ref()),
            "summarizer": backend_label(settings, settings.summarizer_ref()),
        },
        "translation": settings.translation_options().describe(),
        "summary": settings.summary_options().describe(),
    }


def plan_brief(source: Path, settings: BriefSettings) -> Plan:
    article = read_article(source, max_bytes=settings.max_input_bytes)
    digest = content_hash(article.text)
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    summary = settings_summary(settings)
    key = cache.cache_key(
        digest,
        translator=f"{translator.name}@{model_fingerprint(translator)}",
        summarizer=f"{summarizer.name}@{model_fingerprint(summarizer)}",
        settings=summary,
    )
    path = cache.brief_path(settings.out_dir, dutch_title(article), key)
    return Plan(source, article, digest, key, path, summary)


def dutch_title(article: Article) -> str:
    """What names the output file: the leading heading, else the first words of the article."""
    return " ".join(article.paragraphs[0].text.split()[:10])


def segment_article(article: Article) -> SegmentedArticle:
    """Stage 2: headings stay whole; other paragraphs are split into sentences."""
    paragraphs = []
    for paragraph in article.paragraphs:
        sentences = (paragraph.text,) if paragraph.is_heading else tuple(split_sentences(paragraph.text))
        paragraphs.append(SegmentedParagraph(paragraph.index, paragraph.text, paragraph.is_heading, sentences or (paragraph.text,)))
    return SegmentedArticle(article, tuple(paragraphs))


def english_title(paragraphs: tuple[TranslatedParagraph, ...]) -> str:
    """The translated leading heading, else the article's first translated sentence (shortened)."""
    if not paragraphs:
        return ""
    first = paragraphs[0]
    text = first.text if first.is_heading else (first.sentences[0].text if first.sentences else "")
    words = text.split()
    if len(words) > TITLE_MAX_WORDS:
        return " ".join(words[:TITLE_MAX_WORDS]).rstrip(",;:") + " …"
    return text


_SENTENCE_CACHES: dict[Path, object] = {}


def open_sentence_cache(path: Path):  # -> SentenceCache, one connection per file per process
    import logging

    from pipeline.sentence_cache import SentenceCache

    key = path.expanduser().resolve()
    if key not in _SENTENCE_CACHES:
        cache = SentenceCache(key)
        if cache.warning:
            logging.getLogger("dutch_brief").warning(cache.warning)
        _SENTENCE_CACHES[key] = cache
    return _SENTENCE_CACHES[key]


class Models:
    """The translator and summarizer of one settings object, loaded on first use, once per process."""

    def __init__(self, settings: BriefSettings) -> None:
        self.settings = settings

    def translator(self, refresh: bool = False):  # -> Translator (typed lazily: importing it is cheap, loading is not)
        from pipeline.models import model_fingerprint
        from pipeline.sentence_cache import cache_namespace
        from pipeline.translate import Translator

        settings = self.settings
        ref = settings.translator_ref()
        engine = self.engine(ref, "translator")
        options = settings.translation_options()
        cache = open_sentence_cache(settings.sentence_cache_path()) if settings.sentence_cache else None
        namespace = cache_namespace(ref.name, model_fingerprint(ref), backend_label(settings, ref), options.describe())
        return Translator(engine, options, cache=cache, namespace=namespace, refresh=refresh)

    def summarizer(self):  # -> Summarizer
        from pipeline.summarize import Summarizer

        ref = self.settings.summarizer_ref()
        return Summarizer(self.engine(ref, "summarizer"), self.settings.summary_options())

    def engine(self, ref: ModelRef, role: str):  # -> Seq2SeqEngine, loaded once per process
        backend, converted = resolve_backend(self.settings, ref)
        from pipeline.models import get_ct2_engine, get_model

        if backend == "ct2":
            return get_ct2_engine(converted, device=self.settings.device)
        from pipeline.engine import TorchEngine

        return TorchEngine(get_model(ref, role=role, device=self.settings.device))


@dataclass(frozen=True)
class WrittenBrief:
    """What the write stage reports: enough for a digest entry without re-reading the file."""

    path: Path
    title: str
    summary: str
    source_name: str
    key: str


def build_brief(
    source: Path,
    settings: BriefSettings,
    *,
    force: bool = False,
    models: Models | None = None,
    progress: Progress | None = None,
) -> BriefResult:
    """Brief one article. Raises InputError (bad input), ModelUnavailableError, OutputError."""
    started = time.perf_counter()
    plan = plan_brief(source, settings)
    if not force and cache.lookup(plan.path, plan.key):
        return BriefResult(
            source, plan.path, cached=True, timings={"total": time.perf_counter() - started}, warnings=plan.article.warnings
        )
    if settings.require_dutch and not force:
        require_dutch(plan.article.text, name=str(source))
    from filelock import Timeout

    try:
        with cache.brief_lock(settings.out_dir, plan.key, settings.lock_timeout):
            if not force and cache.lookup(plan.path, plan.key):  # another process just made it
                return BriefResult(
                    source, plan.path, cached=True, timings={"total": time.perf_counter() - started},
                    warnings=plan.article.warnings,
                )
            return _build_locked(plan, settings, models or Models(settings), progress, started, refresh=force)
    except Timeout:
        raise OutputError(
            f"{source}: another process has been briefing this article for over {settings.lock_timeout:.0f} s "
            "— try again later, or raise BRIEF_LOCK_TIMEOUT"
        ) from None


def _build_locked(
    plan: Plan, settings: BriefSettings, models: Models, progress: Progress | None, started: float, *, refresh: bool
) -> BriefResult:
    source = plan.source
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    segmented = segment_article(plan.article)
    lap("segment")
    load_models(models, progress)
    lap("load")
    translated = translate_article(segmented, models, progress, refresh=refresh)
    lap("translate")
    summary = summarize_article(translated, models, progress)
    lap("summarize")
    write_brief(plan, settings, translated, summary)
    lap("render")
    timings["total"] = time.perf_counter() - started
    return BriefResult(source, plan.path, cached=False, timings=timings, warnings=plan.article.warnings)


def load_models(models: Models, progress: Progress | None = None) -> None:
    """Load both models now (so that loading shows as its own step)."""
    if progress:
        progress("load models", 0, 2)
    models.translator()
    if progress:
        progress("load models", 1, 2)
    models.summarizer()
    if progress:
        progress("load models", 2, 2)


def translate_article(
    segmented: SegmentedArticle, models: Models, progress: Progress | None = None, *, refresh: bool = False
) -> TranslatedArticle:
    """Stage 3: every sentence of every paragraph (`refresh`: ignore the sentence cache)."""
    report = (lambda done, total: progress("translate", done, total)) if progress else None
    paragraphs, stats = models.translator(refresh).translate_article(segmented, report)
    return TranslatedArticle(paragraphs, stats)


def summarize_article(translated: TranslatedArticle, models: Models, progress: Progress | None = None) -> Summary:
    """Stage 4: the English body paragraphs (headings left out)."""
    if progress:
        progress("summarize", 0, 1)
    summary = models.summarizer().summarize([p.text for p in translated.paragraphs if not p.is_heading])
    if progress:
        progress("summarize", 1, 1)
    return summary


def write_brief(
    plan: Plan,
    settings: BriefSettings,
    translated: TranslatedArticle,
    summary: Summary,
    created_at: str | None = None,
) -> WrittenBrief:
    """Stage 5 + 6: render the Markdown and write it atomically where the cache key says."""
    brief = assemble_brief(plan, settings, translated.paragraphs, summary, translated.stats, created_at)
    cache.write_atomic(plan.path, render_brief(brief))
    return WrittenBrief(plan.path, brief.title_en, summary.text, plan.article.source_name, plan.key)


def assemble_brief(
    plan: Plan,
    settings: BriefSettings,
    paragraphs: tuple[TranslatedParagraph, ...],
    summary: Summary,
    stats: TranslationStats,
    created_at: str | None = None,
) -> Brief:
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    return Brief(
        article=plan.article,
        paragraphs=paragraphs,
        summary=summary,
        title_en=english_title(paragraphs),
        cache_key=plan.key,
        content_hash=plan.content_hash,
        translator=type(translator)(translator.name, model_fingerprint(translator)),
        summarizer=type(summarizer)(summarizer.name, model_fingerprint(summarizer)),
        settings=plan.settings_summary,
        stats=stats,
        created_at=created_at or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    )

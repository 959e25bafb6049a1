"""The one build path the CLI and the flows share: an article file in, a brief file out.

    prepare   read → hash → cache key → output path → (cache lookup) → language check → segment
    build     under the article's lock: translate → summarize → render → store

`prepare_brief` is cheap: a cache hit returns without importing torch or transformers.
`build_brief` runs the stages through a `Stages` object: `DirectStages` calls them in this
process (the CLI); the flows pass one whose stages are Prefect tasks (retries, task caching) —
the same functions, the same lock, the same `force` rule and the same errors either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from pipeline.document import (
    Article,
    Brief,
    Plan,
    Prepared,
    SegmentedArticle,
    SegmentedParagraph,
    Summary,
    TranslatedArticle,
    TranslatedParagraph,
    WrittenBrief,
)
from pipeline.engines.hub import model_fingerprint
from pipeline.errors import BusyError
from pipeline.render.brief import render_brief
from pipeline.runtime import Models, backend_label, convert_pending
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.store.files import write_atomic
from pipeline.text.language import require_dutch
from pipeline.text.read import content_hash, read_article
from pipeline.text.segment import SEGMENTER_VERSION, split_sentences

Progress = Callable[[str, int, int], None]  # (stage, done, total)
TITLE_MAX_WORDS = 14


@dataclass(frozen=True)
class BriefResult:
    source: Path
    path: Path
    cached: bool
    timings: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    written: WrittenBrief | None = None  # what the write stage reported (None on a cache hit)


class Stages(Protocol):
    """How the model stages run: in this process, or as Prefect tasks."""

    def load(self) -> None: ...
    def translate(self, prepared: Prepared, *, refresh: bool) -> TranslatedArticle: ...
    def summarize(self, prepared: Prepared, translated: TranslatedArticle) -> Summary: ...
    def write(self, prepared: Prepared, translated: TranslatedArticle, summary: Summary) -> WrittenBrief: ...


# -- prepare ---------------------------------------------------------------------------------


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
    """Read the article and work out its cache key and output path (no model work)."""
    article = read_article(source, max_bytes=settings.max_input_bytes)
    digest = content_hash(article.text)
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    summary = settings_summary(settings)
    key = briefs.cache_key(
        digest,
        translator=f"{translator.name}@{model_fingerprint(translator)}",
        summarizer=f"{summarizer.name}@{model_fingerprint(summarizer)}",
        settings=summary,
    )
    path = briefs.brief_path(settings.out_dir, dutch_title(article), key)
    return Plan(source, article, digest, key, path, summary)


def prepare_brief(
    source: Path, settings: BriefSettings, *, force: bool = False, progress: Progress | None = None
) -> Prepared:
    """Plan, look the brief up, check the language (unless cached or forced) and segment.
    On a miss with --backend auto, models no process has converted yet are converted first (a
    model CTranslate2 cannot convert then runs on torch, which changes its key: planned again).
    Raises InputError (bad input, not Dutch), ModelUnavailableError."""
    plan = plan_brief(source, settings)
    cached = not force and briefs.lookup(plan.path, plan.key)
    if not cached and convert_pending(settings, progress):
        plan = plan_brief(source, settings)
        cached = not force and briefs.lookup(plan.path, plan.key)
    if not cached and not force and settings.require_dutch:
        require_dutch(plan.article.text, name=str(source))
    return Prepared(plan, segment_article(plan.article), cached)


def dutch_title(article: Article) -> str:
    """What names the output file: the leading heading, else the first words of the article."""
    return " ".join(article.paragraphs[0].text.split()[:10])


def segment_article(article: Article) -> SegmentedArticle:
    """Headings stay whole; other paragraphs are split into sentences."""
    paragraphs = []
    for paragraph in article.paragraphs:
        sentences = (paragraph.text,) if paragraph.is_heading else tuple(split_sentences(paragraph.text))
        paragraphs.append(
            SegmentedParagraph(paragraph.index, paragraph.text, paragraph.is_heading, sentences or (paragraph.text,))
        )
    return SegmentedArticle(article, tuple(paragraphs))


# -- build -----------------------------------------------------------------------------------


def build_brief(
    source: Path,
    settings: BriefSettings,
    *,
    force: bool = False,
    models: Models | None = None,
    progress: Progress | None = None,
    stages: Stages | None = None,
    lock_timeout: float | None = None,
) -> BriefResult:
    """Brief one article. A cache hit returns at once; otherwise the article's lock is taken
    (processes briefing the same article do the model work once; a killed holder's lock is
    released by the kernel) and the stages run. `lock_timeout` (default: the setting) 0 means:
    raise BusyError at once if another process holds it.
    Raises InputError (bad input), BusyError, ModelUnavailableError, OutputError."""
    started = time.perf_counter()
    prepared = prepare_brief(source, settings, force=force, progress=progress)
    warnings = prepared.plan.article.warnings
    if prepared.cached:
        return BriefResult(source, prepared.plan.path, True, {"total": time.perf_counter() - started}, warnings)
    from filelock import Timeout

    timeout = settings.lock_timeout if lock_timeout is None else lock_timeout
    try:
        with briefs.brief_lock(settings.out_dir, prepared.plan.key, timeout):
            if not force and briefs.lookup(prepared.plan.path, prepared.plan.key):  # another process just made it
                return BriefResult(source, prepared.plan.path, True, {"total": time.perf_counter() - started}, warnings)
            timings, written = _run_stages(
                prepared, stages or DirectStages(settings, models or Models(settings), progress), force
            )
    except Timeout:
        raise BusyError(
            f"{source}: another process has been briefing this article for over {timeout:.0f} s "
            "— try again later, or raise lock_timeout (BRIEF_LOCK_TIMEOUT)"
        ) from None
    timings["total"] = time.perf_counter() - started
    return BriefResult(source, prepared.plan.path, False, timings, warnings, written)


def _run_stages(prepared: Prepared, stages: Stages, refresh: bool) -> tuple[dict[str, float], WrittenBrief]:
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    stages.load()
    lap("load")
    translated = stages.translate(prepared, refresh=refresh)
    lap("translate")
    summary = stages.summarize(prepared, translated)
    lap("summarize")
    written = stages.write(prepared, translated, summary)
    lap("render")
    return timings, written


class DirectStages:
    """The stages called in this process, with the models of `models` (the CLI's way)."""

    def __init__(self, settings: BriefSettings, models: Models, progress: Progress | None = None) -> None:
        self.settings, self.models, self.progress = settings, models, progress

    def load(self) -> None:
        load_models(self.models, self.progress)

    def translate(self, prepared: Prepared, *, refresh: bool) -> TranslatedArticle:
        return translate_article(prepared.segmented, self.models, self.progress, refresh=refresh)

    def summarize(self, prepared: Prepared, translated: TranslatedArticle) -> Summary:
        return summarize_article(translated, self.models, self.progress)

    def write(self, prepared: Prepared, translated: TranslatedArticle, summary: Summary) -> WrittenBrief:
        return write_brief(prepared.plan, self.settings, translated, summary)


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
    """Every sentence of every paragraph (`refresh`: ignore the sentence cache)."""
    report = (lambda done, total: progress("translate", done, total)) if progress else None
    paragraphs, stats = models.translator(refresh).translate_article(segmented, report)
    return TranslatedArticle(paragraphs, stats)


def summarize_article(translated: TranslatedArticle, models: Models, progress: Progress | None = None) -> Summary:
    """The English body paragraphs (headings left out)."""
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
    """Render the Markdown and write it atomically where the cache key says."""
    brief = assemble_brief(plan, settings, translated, summary, created_at)
    write_atomic(plan.path, render_brief(brief))
    return WrittenBrief(plan.path, brief.title_en, summary.text, plan.article.source_name, plan.key)


def assemble_brief(
    plan: Plan, settings: BriefSettings, translated: TranslatedArticle, summary: Summary, created_at: str | None = None
) -> Brief:
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    return Brief(
        article=plan.article,
        paragraphs=translated.paragraphs,
        summary=summary,
        title_en=english_title(translated.paragraphs),
        cache_key=plan.key,
        content_hash=plan.content_hash,
        translator=type(translator)(translator.name, model_fingerprint(translator)),
        summarizer=type(summarizer)(summarizer.name, model_fingerprint(summarizer)),
        settings=plan.settings_summary,
        stats=translated.stats,
        created_at=created_at or datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    )


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

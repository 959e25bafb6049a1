"""The one build path the CLI and the flows share: an article (a text file, a saved .html page or a
web page URL — pipeline.web.source picks the reader) in, a brief file out.

    prepare   read → hash → cache key → output path → (cache lookup) → language check → segment
    build     under the article's lock: translate → summarize → render → store

`prepare_brief` is cheap: a cache hit returns without importing torch or transformers.
`build_brief` runs the stages through a `Stages` object: `DirectStages` calls them in this
process (the CLI); the `brief-article` flow passes one whose stages are Prefect tasks (retries,
task caching) — the same functions, the same lock, the same `force` rule and the same errors
either way. Many articles at once (`brief a b c`, feed polls, the daily flow): pipeline.batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from pipeline import hits
from pipeline.document import (
    ARTICLE_TEXT_KINDS,
    TRANSLATED_KINDS,
    Article,
    Block,
    BlockKind,
    Brief,
    Plan,
    Prepared,
    SegmentedArticle,
    SegmentedBlock,
    Summary,
    TranslatedArticle,
    TranslatedBlock,
    WrittenBrief,
)
from pipeline.engines.hub import model_fingerprint
from pipeline.errors import BusyError
from pipeline.hits import settings_summary
from pipeline.runtime import Models, convert_pending
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.store.files import write_atomic
from pipeline.text.language import require_dutch
from pipeline.text.read import content_hash
from pipeline.text.segment import split_sentences
from pipeline.web.source import read_source

Progress = Callable[[str, int, int], None]  # (stage, done, total)
FILE_TITLE_WORDS = 10
WHOLE_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.TABLE})  # translated unsplit


@dataclass(frozen=True)
class BriefResult:
    source: Path | str
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


def plan_brief(source: Path | str, settings: BriefSettings, *, article: Article | None = None) -> Plan:
    """Read the article (unless already read: a feed poll passes it) and work out its cache key and
    output path (no model work)."""
    hit_key = None
    if article is None:
        before = _file_bytes(source, settings.max_input_bytes)
        article = read_source(source, settings)
        after = _file_bytes(source, settings.max_input_bytes) if before is not None else None
        if before is not None and after == before:  # the bytes the article was read from
            hit_key = hits.hit_key(Path(source), before, settings)
    digest = content_hash(article.text)
    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    summary = settings_summary(settings) | {"input_format": article.source_format}
    key = briefs.cache_key(
        digest,
        translator=f"{translator.name}@{model_fingerprint(translator)}",
        summarizer=f"{summarizer.name}@{model_fingerprint(summarizer)}",
        settings=summary,
    )
    path = briefs.brief_path(settings.out_dir, dutch_title(article), key)
    return Plan(source, article, digest, key, path, summary, hit_key)


def _file_bytes(source: Path | str, settings_limit: int) -> bytes | None:
    """A local text or Markdown file's bytes (what pipeline.hits indexes); None for anything else."""
    if not isinstance(source, Path) or source.suffix.lower() not in hits.INDEXED_SUFFIXES:
        return None
    try:
        if not source.is_file() or source.stat().st_size > settings_limit:  # no FIFO, device or huge file
            return None
        return source.read_bytes()
    except OSError:
        return None


def prepare_brief(
    source: Path | str,
    settings: BriefSettings,
    *,
    force: bool = False,
    article: Article | None = None,
    progress: Progress | None = None,
) -> Prepared:
    """Plan, look the brief up, check the language (unless cached or forced) and segment.
    On a miss with --backend auto, models no process has converted yet are converted first (a
    model CTranslate2 cannot convert then runs on torch, which changes its key: planned again).
    Raises InputError (bad input, not Dutch), ModelUnavailableError."""
    plan = plan_brief(source, settings, article=article)
    cached = not force and briefs.lookup(plan.path, plan.key)
    if not cached and convert_pending(settings, progress):
        plan = plan_brief(source, settings, article=plan.article)  # the same article: not read (or fetched) again
        cached = not force and briefs.lookup(plan.path, plan.key)
    if cached:
        hits.record(plan.hit_key, settings, plan.path, plan.key, plan.article.warnings)
    if not cached and not force and settings.require_dutch:
        require_dutch(plan.article.text, name=str(source))
    return Prepared(plan, None if cached else segment_article(plan.article), cached)  # a hit is not segmented


def dutch_title(article: Article) -> str:
    """What names the output file: the headline, else the first words of the article's text."""
    block = article.headline or next((b for b in article.blocks if b.kind in ARTICLE_TEXT_KINDS and b.parts), None)
    text = block.parts[0] if block else article.blocks[0].text
    return " ".join(text.split()[:FILE_TITLE_WORDS])


def segment_article(article: Article) -> SegmentedArticle:
    """Each part of each translated block split into sentences (headings and table lines stay
    whole); bylines, datelines and site text are not translated."""
    return SegmentedArticle(article, tuple(SegmentedBlock(i, b, _segment(b)) for i, b in enumerate(article.blocks)))


def _segment(block: Block) -> tuple[tuple[str, ...], ...]:
    if block.kind not in TRANSLATED_KINDS:
        return ()
    if block.kind in WHOLE_KINDS:
        return tuple((part,) for part in block.parts)
    return tuple(tuple(split_sentences(part)) or (part,) for part in block.parts)


# -- build -----------------------------------------------------------------------------------


def build_brief(
    source: Path | str,
    settings: BriefSettings,
    *,
    force: bool = False,
    article: Article | None = None,
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
    prepared = prepare_brief(source, settings, force=force, article=article, progress=progress)
    warnings = prepared.plan.article.warnings
    if prepared.cached:
        return BriefResult(source, prepared.plan.path, True, {"total": time.perf_counter() - started}, warnings)
    with article_lock(settings, prepared, lock_timeout):
        if not force and briefs.lookup(prepared.plan.path, prepared.plan.key):  # another process just made it
            return BriefResult(source, prepared.plan.path, True, {"total": time.perf_counter() - started}, warnings)
        timings, written = _run_stages(
            prepared, stages or DirectStages(settings, models or Models(settings), progress), force
        )
    timings["total"] = time.perf_counter() - started
    return BriefResult(source, prepared.plan.path, False, timings, warnings, written)


@contextmanager
def article_lock(settings: BriefSettings, prepared: Prepared, timeout: float | None = None) -> Iterator[None]:
    """Hold the article's lock (one per cache key; a killed holder's is released by the kernel).
    `timeout` (default: the lock_timeout setting; 0: do not wait) past, BusyError."""
    from filelock import Timeout

    wait = settings.lock_timeout if timeout is None else timeout
    lock = briefs.brief_lock(settings.out_dir, prepared.plan.key, wait)
    try:
        lock.acquire()
    except Timeout:
        raise BusyError(
            f"{prepared.plan.source}: another process has been briefing this article for over {wait:.0f} s "
            "— try again later, or raise lock_timeout (BRIEF_LOCK_TIMEOUT)"
        ) from None
    try:
        yield
    finally:
        lock.release()


def stopwatch(timings: dict[str, float]) -> Callable[[str], None]:
    """`lap(name)` records the seconds since the previous lap (or since the stopwatch was made)."""
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    return lap


def _run_stages(prepared: Prepared, stages: Stages, refresh: bool) -> tuple[dict[str, float], WrittenBrief]:
    timings: dict[str, float] = {}
    lap = stopwatch(timings)
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
    """Every sentence of every translated block (`refresh`: ignore the sentence cache)."""
    report = (lambda done, total: progress("translate", done, total)) if progress else None
    blocks, stats = models.translator(refresh).translate_article(segmented, report)
    return TranslatedArticle(blocks, stats)


def summary_input(translated: TranslatedArticle) -> list[str]:
    """The English of the article's own text: headline, lede, paragraphs, list items, quotes,
    liveblog entries — never site text, captions, credits, datelines or table lines."""
    return [text for b in translated.blocks if b.block.kind in ARTICLE_TEXT_KINDS for text in b.part_texts]


def summarize_article(translated: TranslatedArticle, models: Models, progress: Progress | None = None) -> Summary:
    """The summary of the article's own text (summary_input)."""
    if progress:
        progress("summarize", 0, 1)
    summary = models.summarizer().summarize(summary_input(translated))
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
    from pipeline.catalog.record import record_written  # here: a cache hit imports no SQLAlchemy
    from pipeline.render.brief import render_brief  # here: a cache hit renders nothing

    brief = assemble_brief(plan, settings, translated, summary, created_at)
    write_atomic(plan.path, render_brief(brief))
    record_written(settings, brief, plan.path, plan.hit_key)  # the catalog: the article, and the file bytes' hit
    return WrittenBrief(plan.path, brief.title_en, summary.text, plan.article.source_name, plan.key)


def assemble_brief(
    plan: Plan, settings: BriefSettings, translated: TranslatedArticle, summary: Summary, created_at: str | None = None
) -> Brief:
    from pipeline.quality.fidelity import check_translation  # here: a cache hit checks nothing

    translator, summarizer = settings.translator_ref(), settings.summarizer_ref()
    title_en, title_from = english_title(translated.blocks)
    return Brief(
        article=plan.article,
        blocks=translated.blocks,
        summary=summary,
        title_en=title_en,
        title_from=title_from,
        cache_key=plan.key,
        content_hash=plan.content_hash,
        translator=type(translator)(translator.name, model_fingerprint(translator)),
        summarizer=type(summarizer)(summarizer.name, model_fingerprint(summarizer)),
        settings=plan.settings_summary,
        stats=translated.stats,
        created_at=created_at or datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        fidelity=check_translation(translated.blocks),
    )


def english_title(blocks: tuple[TranslatedBlock, ...]) -> tuple[str, str | None]:
    """(title, where from): the whole translated headline ("headline"), else the first translated
    sentence of the article's text ("lede"), never cut."""
    for block in blocks:
        if block.block.kind is BlockKind.HEADLINE:
            return block.text, "headline"
    for block in blocks:
        if block.block.kind in ARTICLE_TEXT_KINDS and block.sentences:
            return block.sentences[0].text, "lede"
    return "", None

"""The pieces of the build path: what is done to one article before and after the model work.
pipeline.batch.build_briefs is the one build path (the CLI, every flow and feed polls run it;
one article is `build_briefs([it])`); this module is what it is made of.

    prepare   read (once) → hash → cache key → output path → (cache lookup) → language check →
              the outlet's template lines set aside (pipeline.text.outlet_templates) → segment (once)
    lock      `article_lock`: one per cache key
    write     render → store (`write_brief`), atomically

`prepare_brief` is cheap: a cache hit returns without importing torch or transformers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

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
from pipeline.errors import BusyError, InputError
from pipeline.hits import settings_summary
from pipeline.runtime import Models, convert_pending
from pipeline.settings import BriefSettings
from pipeline.store import briefs
from pipeline.store.files import write_atomic
from pipeline.text.language import require_dutch
from pipeline.text.outlet_templates import apply_outlet_templates, lines_to_record
from pipeline.text.read import normalised_hash
from pipeline.text.segment import one_article, split_sentences
from pipeline.times import iso_utc
from pipeline.web.source import read_source_bytes

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
    key: str = ""  # the brief's cache key, written or found
    placed: bool = False  # found cached and listed now under the `day` setting's day (Prepared.placed)


# -- prepare ---------------------------------------------------------------------------------


def plan_brief(source: Path | str, settings: BriefSettings, *, article: Article | None = None) -> Plan:
    """Read the article (unless already read: a feed poll passes it) and work out its cache key and
    output path (no model work). A local file is opened once: the index of briefs (pipeline.hits)
    keys on the very bytes the article was read from."""
    hit_key = None
    if article is None:
        article, data = read_source_bytes(source, settings)
        if data is not None and isinstance(source, Path):
            hit_key = hits.hit_key(source, data, settings)
    digest = normalised_hash(article.text)  # an Article's text is normalised already (pipeline.text.read)
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


@one_article()  # read, templates and segmentation for translation: each paragraph segmented once
def prepare_brief(
    source: Path | str,
    settings: BriefSettings,
    *,
    force: bool = False,
    article: Article | None = None,
    plan: Plan | None = None,
    progress: Progress | None = None,
) -> Prepared:
    """Plan (unless `plan` is given: the daily scan's), look the brief up, check the language
    (unless cached or forced) and segment.
    On a miss with --backend auto, models no process has converted yet are converted first (a
    model CTranslate2 cannot convert then runs on torch, which changes its key: planned again,
    from the article already read).
    Raises InputError (bad input, not Dutch), ModelUnavailableError."""
    plan = plan or plan_brief(source, settings, article=article)
    cached = not force and briefs.lookup(plan.path, plan.key)
    if not cached and convert_pending(settings, progress):
        plan = plan_brief(source, settings, article=plan.article)  # not read (or fetched) again; no hit key
        cached = not force and briefs.lookup(plan.path, plan.key)
    if cached and not hits.record(plan.hit_key, settings, plan.path, plan.key, plan.article.warnings):
        join_recorded(settings, plan.key)  # a brief whose record was lost joins its story now
    placed = bool(cached and settings.day) and list_under_day(settings, plan.key)  # as a brief written would be
    if not cached and not force and settings.require_dutch:
        require_dutch(plan.article.text, name=str(source))
    if not cached:  # the outlet's template lines, learned from its earlier articles (the catalog)
        plan = replace(plan, article=apply_outlet_templates(plan.article, settings, key=plan.key))
        require_article_text(plan.article, name=str(source))
    return Prepared(plan, None if cached else segment_article(plan.article), cached, placed)  # a hit: not segmented


def require_article_text(article: Article, *, name: str) -> None:
    """Raises InputError when every block of `article` was set aside as site text (a page's chrome copied as text):
    its brief would be an empty "Untitled" (user53). `name`: the source as given. `--keep-all` (setting `keep_all`)
    reads site text as text."""
    if any(b.kind in ARTICLE_TEXT_KINDS for b in article.blocks):
        return
    reasons = ", ".join(dict.fromkeys(b.reason or "site text" for b in article.blocks))
    raise InputError(
        f"{name}: no article text — every line reads as site text ({reasons}) — pass --keep-all to brief it anyway"
    )


def join_recorded(settings: BriefSettings, key: str) -> None:
    """Join the recorded brief `key` to its story if it has none (pipeline.storydesk.rebuild, from its file)."""
    from pipeline.catalog.db import open_catalog
    from pipeline.storydesk.rebuild import rejoin_stories

    rejoin_stories(open_catalog(settings), [key])


def list_under_day(settings: BriefSettings, key: str) -> bool:
    """A cached brief listed under the `day` setting's day, as a brief written is (pipeline.catalog.days.list_cached:
    the first listing wins). Whether the day lists it now and did not before (its digest then shows it: user52)."""
    from pipeline.catalog.days import list_cached
    from pipeline.catalog.db import open_catalog

    return bool(list_cached(open_catalog(settings), settings.day, [key]))


def dutch_title(article: Article) -> str:
    """What names the output file: the headline, else the first words of the article's text."""
    block = article.headline or next((b for b in article.blocks if b.kind in ARTICLE_TEXT_KINDS and b.parts), None)
    text = block.parts[0] if block else article.blocks[0].text
    return " ".join(text.split()[:FILE_TITLE_WORDS])


def segment_article(article: Article) -> SegmentedArticle:
    """Each part of each translated block split into sentences (headings and table lines stay
    whole); bylines, datelines and site text are not translated. A paragraph the reader segmented
    already (looking for site text: `Block.sentences`) keeps those sentences: no text is segmented twice."""
    return SegmentedArticle(article, tuple(SegmentedBlock(i, b, _segment(b)) for i, b in enumerate(article.blocks)))


def _segment(block: Block) -> tuple[tuple[str, ...], ...]:
    if block.kind not in TRANSLATED_KINDS:
        return ()
    if block.kind in WHOLE_KINDS:
        return tuple((part,) for part in block.parts)
    if block.sentences is not None and block.parts == (block.text,):
        return (block.sentences or (block.text,),)
    return tuple(tuple(split_sentences(part)) or (part,) for part in block.parts)


# -- the stages' pieces (pipeline.batch.build_briefs runs them) ----------------------------------


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


def summary_input(translated: TranslatedArticle) -> list[str]:
    """The English of the article's own text: headline, lede, paragraphs, list items, quotes,
    liveblog entries — never site text, captions, credits, datelines or table lines."""
    return [text for b in translated.blocks if b.block.kind in ARTICLE_TEXT_KINDS for text in b.part_texts]


def write_brief(
    plan: Plan,
    settings: BriefSettings,
    translated: TranslatedArticle,
    summary: Summary,
    created_at: str | None = None,
) -> WrittenBrief:
    """Render the Markdown and write it atomically where the cache key says."""
    from pipeline.render.brief import render_brief  # here: a cache hit renders nothing
    from pipeline.storydesk.join import record_and_join  # here: a cache hit imports no SQLAlchemy

    brief = assemble_brief(plan, settings, translated, summary, created_at)
    write_atomic(plan.path, render_brief(brief))
    lines = lines_to_record(plan.article, settings)  # the outlet's lines, for the template detector
    # the catalog, in one transaction: the article, the file bytes' hit, the outlet's lines, its story
    record_and_join(settings, brief, plan.path, plan.hit_key, plan.source, lines)
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
        created_at=created_at or iso_utc(datetime.now(UTC)),
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
